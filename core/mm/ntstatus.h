#pragma once

#include <cstdint>
#include <string>

// NTSTATUS values the memory manager returns (public ntstatus.h values).
namespace mm::status {

inline constexpr uint32_t Success = 0x00000000;
inline constexpr uint32_t PageFaultTransition = 0x00000110;
inline constexpr uint32_t PageFaultDemandZero = 0x00000111;
inline constexpr uint32_t PageFaultCopyOnWrite = 0x00000112;
inline constexpr uint32_t PageFaultGuardPage = 0x00000113;
inline constexpr uint32_t PageFaultPagingFile = 0x00000114;
inline constexpr uint32_t GuardPageViolation = 0x80000001;
inline constexpr uint32_t AccessViolation = 0xC0000005;
inline constexpr uint32_t InPageError = 0xC0000006;
inline constexpr uint32_t InvalidParameter = 0xC000000D;
inline constexpr uint32_t AccessDenied = 0xC0000022;
inline constexpr uint32_t ObjectNameInvalid = 0xC0000033;
inline constexpr uint32_t ObjectNameCollision = 0xC0000035;
inline constexpr uint32_t SectionTooBig = 0xC0000040;
inline constexpr uint32_t InvalidImageFormat = 0xC000007B;
inline constexpr uint32_t NoMemory = 0xC0000017;
inline constexpr uint32_t ConflictingAddresses = 0xC0000018;
inline constexpr uint32_t NotMappedView = 0xC0000019;
inline constexpr uint32_t UnableToFreeVm = 0xC000001A;
inline constexpr uint32_t NotCommitted = 0xC000002D;
inline constexpr uint32_t InvalidPageProtection = 0xC0000045;
inline constexpr uint32_t SectionProtection = 0xC000004E;
inline constexpr uint32_t InsufficientResources = 0xC000009A;
inline constexpr uint32_t FreeVmNotAtBase = 0xC000009F;
inline constexpr uint32_t MemoryNotAllocated = 0xC00000A0;
inline constexpr uint32_t NotSupported = 0xC00000BB;
inline constexpr uint32_t CommitmentLimit = 0xC000012D;

// "STATUS_ACCESS_VIOLATION" and so on; "STATUS_<hex>" for others.
const char* name(uint32_t status);

// Why a service refused a request: the NTSTATUS it returns, and for people a reason.
struct Refusal {
    uint32_t status = Success;
    std::string reason;
};
inline constexpr bool isError(uint32_t s)
{
    return (s >> 30) == 3;
}

} // namespace mm::status
