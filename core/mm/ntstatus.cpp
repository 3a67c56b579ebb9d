#include "mm/ntstatus.h"

namespace mm::status {

const char* name(uint32_t s)
{
    switch (s) {
    case Success:
        return "STATUS_SUCCESS";
    case PageFaultTransition:
        return "STATUS_PAGE_FAULT_TRANSITION";
    case PageFaultDemandZero:
        return "STATUS_PAGE_FAULT_DEMAND_ZERO";
    case PageFaultCopyOnWrite:
        return "STATUS_PAGE_FAULT_COPY_ON_WRITE";
    case PageFaultGuardPage:
        return "STATUS_PAGE_FAULT_GUARD_PAGE";
    case PageFaultPagingFile:
        return "STATUS_PAGE_FAULT_PAGING_FILE";
    case GuardPageViolation:
        return "STATUS_GUARD_PAGE_VIOLATION";
    case AccessViolation:
        return "STATUS_ACCESS_VIOLATION";
    case InPageError:
        return "STATUS_IN_PAGE_ERROR";
    case InvalidParameter:
        return "STATUS_INVALID_PARAMETER";
    case AccessDenied:
        return "STATUS_ACCESS_DENIED";
    case ObjectNameInvalid:
        return "STATUS_OBJECT_NAME_INVALID";
    case ObjectNameCollision:
        return "STATUS_OBJECT_NAME_COLLISION";
    case SectionTooBig:
        return "STATUS_SECTION_TOO_BIG";
    case InvalidImageFormat:
        return "STATUS_INVALID_IMAGE_FORMAT";
    case NoMemory:
        return "STATUS_NO_MEMORY";
    case ConflictingAddresses:
        return "STATUS_CONFLICTING_ADDRESSES";
    case NotMappedView:
        return "STATUS_NOT_MAPPED_VIEW";
    case SectionProtection:
        return "STATUS_SECTION_PROTECTION";
    case UnableToFreeVm:
        return "STATUS_UNABLE_TO_FREE_VM";
    case NotCommitted:
        return "STATUS_NOT_COMMITTED";
    case InvalidPageProtection:
        return "STATUS_INVALID_PAGE_PROTECTION";
    case InsufficientResources:
        return "STATUS_INSUFFICIENT_RESOURCES";
    case FreeVmNotAtBase:
        return "STATUS_FREE_VM_NOT_AT_BASE";
    case MemoryNotAllocated:
        return "STATUS_MEMORY_NOT_ALLOCATED";
    case NotSupported:
        return "STATUS_NOT_SUPPORTED";
    case CommitmentLimit:
        return "STATUS_COMMITMENT_LIMIT";
    }
    return "STATUS_UNKNOWN";
}

} // namespace mm::status
