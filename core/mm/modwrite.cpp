// Paging files and the modified page writer: Modified pages are written to a paging file
// and become Standby pages (NT's modwrite.c).
#include "hw/pte.h"
#include "mm/memorymanager.h"

#include <array>

namespace mm {

using hw::Pfn;
using sim::Routine;
namespace pte = hw::pte;

void MemoryManager::addPagingFile(uint32_t sizeInPages)
{
    m_pagingFiles.emplace_back(static_cast<uint8_t>(m_pagingFiles.size()), sizeInPages);
}

uint32_t MemoryManager::commitLimit() const
{
    // MmTotalCommitLimit: every page of RAM plus every page a paging file can hold.
    uint32_t limit = m_pfns.size();
    for (const auto& file : m_pagingFiles)
        limit += file.size() - 1;
    return limit;
}

void MemoryManager::releasePageFileSpace(uint32_t pageFilePte)
{
    const auto location = pte::PageFilePte::decode(pageFilePte);
    if (location.fileNumber >= m_pagingFiles.size())
        return;
    m_pagingFiles[location.fileNumber].release(location.offset);
    recordCall(
        Routine::MiReleasePageFileSpace, sim::Event::kNone, hw::kNoPfn, sim::Detail::PageFileOffset, location.offset);
}

uint32_t MemoryManager::runModifiedPageWriter(uint32_t maxPages, uint32_t* toFiles)
{
    uint32_t written = 0;
    if (!m_pfns.count(PageLocation::Modified))
        return 0;
    recordCall(Routine::MiModifiedPageWriter, sim::Event::kNone, hw::kNoPfn, sim::Detail::Pages,
        m_pfns.count(PageLocation::Modified));
    std::array<uint8_t, hw::kPageSize> page;
    while (written < maxPages && m_pfns.count(PageLocation::Modified)) {
        PagingFile* file = nullptr;
        for (auto& f : m_pagingFiles) {
            if (f.free()) {
                file = &f;
                break;
            }
        }
        if (!file)
            break; // every paging file is full: the pages stay on the Modified list
        const Pfn pfn = m_pfns.head(PageLocation::Modified);
        MmPfn& e = m_pfns[pfn];
        if ((e.flags & MmPfn::PrototypePte) && pte::classify(e.originalPte, true) == pte::Kind::Subsection) {
            writeMappedPage(pfn); // a page of a mapped file goes back to its file
            ++written;
            if (toFiles)
                ++*toFiles;
            continue;
        }
        const uint32_t offset = *file->allocate();
        // MiGatherPagefilePages: off the list, referenced and marked while the write is in flight.
        m_pfns.unlink(pfn);
        m_pfns.setLocation(pfn, PageLocation::Transition);
        recordMove(Routine::MiGatherPagefilePages, pfn, static_cast<uint8_t>(PageLocation::Modified),
            static_cast<uint8_t>(PageLocation::Transition));
        ++e.referenceCount;
        e.flags |= MmPfn::WriteInProgress;
        e.originalPte = pte::PageFilePte {file->number(), offset, pte::protectionOf(e.originalPte)}.encode();
        m_mmu.memory().readFrame(pfn, page.data()); // DMA out of the frame
        file->write(offset, page.data());
        recordCall(Routine::IoAsynchronousPageWrite, sim::Event::kNone, pfn, sim::Detail::PageFileOffset, offset);
        // MiWriteComplete: clean now, so it goes to Standby when nothing references it.
        e.flags &= ~(MmPfn::WriteInProgress | MmPfn::Modified);
        recordCall(Routine::MiWriteComplete, sim::Event::kNone, pfn, sim::Detail::Pte, e.originalPte);
        decrementReferenceCount(pfn);
        ++written;
    }
    return written;
}

void MemoryManager::writeMappedPage(Pfn pfn)
{
    // MiMappedPageWriter: the page is written to its place in the file; its prototype PTE
    // keeps naming the subsection, so a later fault reads it back from there.
    MmPfn& e = m_pfns[pfn];
    ControlArea* ca = controlAreaOf(e.pteAddress);
    const uint32_t index = (e.pteAddress - ca->firstPrototypePte) / 4;
    const Subsection& s = ca->subsectionOf(index);
    const uint32_t filePage = s.startingSector + index - s.firstPte;
    m_pfns.unlink(pfn);
    m_pfns.setLocation(pfn, PageLocation::Transition);
    recordMove(Routine::MiMappedPageWriter, pfn, static_cast<uint8_t>(PageLocation::Modified),
        static_cast<uint8_t>(PageLocation::Transition));
    ++e.referenceCount;
    e.flags |= MmPfn::WriteInProgress;
    std::array<uint8_t, hw::kPageSize> page;
    m_mmu.memory().readFrame(pfn, page.data());
    m_files.writePage(*m_files.find(ca->file), filePage, page.data());
    recordCall(Routine::IoAsynchronousPageWrite, sim::Event::kNone, pfn, sim::Detail::FilePage, filePage);
    e.flags &= ~(MmPfn::WriteInProgress | MmPfn::Modified);
    recordCall(Routine::MiWriteComplete, sim::Event::kNone, pfn, sim::Detail::Pte, e.originalPte);
    decrementReferenceCount(pfn);
}

MemoryManager::BalanceReport MemoryManager::balance()
{
    BalanceReport report;
    // The modified page writer wakes when the list passes MmModifiedPageMaximum and writes
    // until it is below MmModifiedPageMinimum.
    const uint32_t modified = m_pfns.count(PageLocation::Modified);
    if (modified > m_thresholds.modifiedPageMaximum)
        runModifiedPageWriter(modified - m_thresholds.modifiedPageMinimum);
    // The working set manager trims when available pages run low.
    if (m_pfns.availablePages() < m_thresholds.minimumFreePages && m_context)
        report.trimmed = runWorkingSetManager();
    const uint32_t after = m_pfns.count(PageLocation::Modified);
    report.modifiedWritten = after < modified ? modified - after : 0;
    return report;
}

} // namespace mm
