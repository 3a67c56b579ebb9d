#include "mm/systemlayout.h"

#include "mm/mmpfn.h"

#include <algorithm>

namespace mm {

std::optional<SystemLayout> SystemLayout::compute(uint64_t ramBytes, std::string* error)
{
    auto fail = [&](const char* why) -> std::optional<SystemLayout> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (ramBytes < kMinRam || ramBytes > kMaxRam)
        return fail("RAM must be between 4 MB and 4 GB");
    if (ramBytes % (4u << 20))
        return fail("RAM must be a multiple of 4 MB");

    SystemLayout l;
    l.ramBytes = ramBytes;
    l.frames = static_cast<hw::Pfn>(ramBytes >> hw::kPageShift);
    const uint64_t megabytes = ramBytes >> 20;

    // KSEG0: one 4 MB large-page PDE per 4 MB of RAM, at most 512 MB.
    l.kseg0Pdes = static_cast<uint32_t>(std::min<uint64_t>(megabytes / 4, 128));

    l.pfnDatabaseFirst = l.kernelFirst + l.kernelFrames;
    l.pfnDatabaseFrames
        = static_cast<hw::Pfn>((static_cast<uint64_t>(l.frames) * sizeof(MmPfn) + hw::kPageMask) >> hw::kPageShift);
    l.pfnDatabase = l.kseg0Address(l.pfnDatabaseFirst);

    // Initial nonpaged pool: 256 KB + 32 KB per MB above 4 MB, at most 128 MB.
    const uint64_t initialPool = std::min<uint64_t>((256 + 32 * (megabytes - 4)) << 10, 128ull << 20);
    l.nonPagedPoolFirst = l.pfnDatabaseFirst + l.pfnDatabaseFrames;
    l.nonPagedPoolFrames = static_cast<hw::Pfn>(initialPool >> hw::kPageShift);
    l.nonPagedPoolStart = l.kseg0Address(l.nonPagedPoolFirst);
    l.nonPagedPoolInitialEnd = l.nonPagedPoolStart + static_cast<uint32_t>(initialPool);
    l.firstLoaderFreeFrame = l.nonPagedPoolFirst + l.nonPagedPoolFrames;

    // Maximum nonpaged pool: 1 MB + 400 KB per MB above 4 MB, at most 128 MB; the part above
    // the initial pool is the expansion area just below MmNonPagedPoolEnd.
    const uint64_t maximumPool = std::min<uint64_t>((1024 + 400 * (megabytes - 4)) << 10, 128ull << 20);
    const uint64_t expansion = maximumPool > initialPool ? maximumPool - initialPool : 0;
    l.nonPagedPoolExpansionStart = static_cast<uint32_t>((kNonPagedPoolEnd - expansion) & ~hw::kPageMask);

    // System PTEs: 7000 below 19 MB, else 11000, doubled above 32 MB and again above 256 MB.
    uint32_t systemPtes = megabytes < 19 ? 7000 : 11000;
    if (megabytes > 32)
        systemPtes *= 2;
    if (megabytes > 256)
        systemPtes *= 2;
    // The range starts on a page-directory boundary below the expansion area.
    l.systemPteStart = (l.nonPagedPoolExpansionStart - (systemPtes + 1) * hw::kPageSize) & ~0x3FFFFFu;
    l.numberOfSystemPtes = (l.nonPagedPoolExpansionStart - l.systemPteStart) >> hw::kPageShift;

    // Paged pool: 64 MB at 0xE1000000 (never past the system PTEs).
    l.pagedPoolEnd = std::min<hw::VirtualAddress>(kPagedPoolStart + (64u << 20), l.systemPteStart) - 1;

    if (l.firstLoaderFreeFrame + 64 > l.frames)
        return fail("RAM is too small for the kernel, the PFN database and the initial nonpaged pool");
    return l;
}

} // namespace mm
