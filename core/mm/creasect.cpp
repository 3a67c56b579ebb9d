// Sections: MmCreateSection and the structures behind it (NT's creasect.c), and the
// paged pool the prototype PTEs live in.
#include "hw/protection.h"
#include "mm/memorymanager.h"
#include "mm/ntstatus.h"

#include <utility>

namespace mm {

using hw::Pfn;
using hw::VirtualAddress;
using sim::Routine;
namespace pte = hw::pte;
namespace prot = hw::protection;

const Subsection& ControlArea::subsectionOf(uint32_t index) const
{
    for (const Subsection& s : subsections) {
        if (index >= s.firstPte && index < s.firstPte + s.ptes)
            return s;
    }
    return subsections.back();
}

VirtualAddress MemoryManager::allocatePagedPool(uint32_t bytes, uint32_t tag)
{
    const uint32_t size = ((bytes + 7) & ~7u) + 8; // with the 8-byte POOL_HEADER
    const VirtualAddress block = m_pagedPoolNext;
    const VirtualAddress end = block + size;
    // Paged pool here is the range the boot-time page table maps (4 MB).
    const VirtualAddress limit = SystemLayout::kPagedPoolStart + (1u << geometry().pdeShift);
    if (end > limit)
        return 0;
    const uint32_t newPages = (end - m_pagedPoolMapped + hw::kPageSize - 1) / hw::kPageSize;
    if (end > m_pagedPoolMapped && (!ensureAvailablePages(newPages) || m_totalCommitted + newPages > commitLimit()))
        return 0;
    // MiAllocatePoolPages: back every page the block reaches with a zeroed frame.
    while (m_pagedPoolMapped < end) {
        const Pfn pfn = removeZeroPage();
        ++m_totalCommitted;
        const VirtualAddress pteVa = geometry().pteAddress(m_pagedPoolMapped);
        writePte(Routine::MiAllocatePoolPages, pteVa, (pfn << hw::kPageShift) | pte::ValidKernelPteGlobal);
        initializePfn(pfn, pteVa, true);
        m_pagedPoolMapped += hw::kPageSize;
    }
    m_pagedPoolNext = end;
    writeKernel32(block, (2u << 25) | ((size / 8) << 16)); // PoolType PagedPool + 1
    writeKernel32(block + 4, tag);
    return block + 8;
}

pte::SubsectionPte::Bases MemoryManager::subsectionBases() const
{
    return {m_layout.nonPagedPoolStart, SystemLayout::kNonPagedPoolEnd};
}

Section* MemoryManager::imageSection(const std::string& fileName)
{
    if (Section* existing = findSection(fileName))
        return controlAreaAt(existing->controlArea).image ? existing : nullptr;
    SimFile* file = m_files.image(fileName);
    if (!file)
        return nullptr;
    return createSection(fileName, file, 0, prot::ExecuteWriteCopy, true, nullptr);
}

Section* MemoryManager::findSection(const std::string& name)
{
    auto it = m_sections.find(name);
    return it == m_sections.end() ? nullptr : &it->second;
}

const ControlArea* MemoryManager::findControlArea(VirtualAddress address) const
{
    for (const auto& ca : m_controlAreas) {
        if (ca.address == address)
            return &ca;
    }
    return nullptr;
}

ControlArea& MemoryManager::controlAreaAt(VirtualAddress address)
{
    return const_cast<ControlArea&>(std::as_const(*this).controlAreaAt(address));
}

const ControlArea& MemoryManager::controlAreaAt(VirtualAddress address) const
{
    const ControlArea* ca = findControlArea(address);
    if (!ca)
        throw BugCheck(0x1A, 0x41284, address, 0, 0, "no control area at this address"); // MEMORY_MANAGEMENT
    return *ca;
}

void MemoryManager::writeControlArea(const ControlArea& ca)
{
    writeKernel32(ca.address + pool::kCaSectionReferences, ca.sectionReferences);
    writeKernel32(ca.address + pool::kCaPfnReferences, ca.pfnReferences);
    writeKernel32(ca.address + pool::kCaMappedViews, ca.mappedViews);
    writeKernel32(ca.address + pool::kCaUserReferences, ca.userReferences);
}

ControlArea* MemoryManager::buildControlArea(const SimFile* file, uint32_t pages, uint8_t protection, bool image)
{
    const Routine creator = image ? Routine::MiCreateImageFileMap
                                  : (file ? Routine::MiCreateDataFileMap : Routine::MiCreatePagingFileMap);
    ControlArea fresh;
    fresh.file = file ? file->name : std::string();
    fresh.image = image;
    fresh.totalPtes = file ? file->pages : pages; // a file's segment covers all of it
    if (image) {
        for (const ImageSection& s : file->sections)
            fresh.subsections.push_back({0, s.firstPage, s.firstPage, s.pages, s.protection});
    } else {
        fresh.subsections.push_back({0, 0, 0, fresh.totalPtes, protection});
    }
    // The control area with its subsections behind it, in nonpaged pool; the segment
    // with the prototype PTEs, in paged pool.
    const uint32_t n = static_cast<uint32_t>(fresh.subsections.size());
    fresh.address = allocateNonPagedPool(pool::kControlAreaSize + n * pool::kSubsectionSize, 0x61436D4D); // MmCa
    fresh.segment
        = fresh.address ? allocatePagedPool(pool::kSegmentHeader + fresh.totalPtes * 4, 0x74536D4D) : 0; // MmSt
    if (!fresh.address || !fresh.segment) {
        if (fresh.address)
            freeNonPagedPool(fresh.address);
        return nullptr;
    }
    fresh.firstPrototypePte = fresh.segment + pool::kSegmentHeader;
    ControlArea* ca = &m_controlAreas.emplace_back(std::move(fresh));

    writeKernel32(ca->address + pool::kCaSegment, ca->segment);
    writeKernel32(ca->address + pool::kCaSubsections, n);
    writeKernel32(
        ca->address + pool::kCaFlags, (file ? pool::kFlagFile : pool::kFlagCommit) | (image ? pool::kFlagImage : 0));
    writeKernel32(ca->address + pool::kCaFilePointer, 0);
    writeKernel32(ca->segment + pool::kSegControlArea, ca->address);
    writeKernel32(ca->segment + pool::kSegTotalPtes, ca->totalPtes);
    writeKernel32(ca->segment + pool::kSegSizeOfSegment, ca->totalPtes * hw::kPageSize);
    writeKernel32(ca->segment + pool::kSegPteTemplate, pte::DemandZeroPte {protection}.encode());
    writeKernel32(ca->segment + pool::kSegPrototypePte, ca->firstPrototypePte);
    for (uint32_t i = 0; i < n; ++i) {
        Subsection& s = ca->subsections[i];
        s.address = ca->address + pool::kControlAreaSize + i * pool::kSubsectionSize;
        writeKernel32(s.address + pool::kSsControlArea, ca->address);
        writeKernel32(s.address + pool::kSsFlags, static_cast<uint32_t>(s.protection) << 4);
        writeKernel32(s.address + pool::kSsStartingSector, s.startingSector * (hw::kPageSize / 512));
        writeKernel32(s.address + pool::kSsNumberOfSectors, s.ptes * (hw::kPageSize / 512));
        writeKernel32(s.address + pool::kSsSubsectionBase, ca->prototypePte(s.firstPte));
        writeKernel32(s.address + pool::kSsPtesInSubsection, s.ptes);
        writeKernel32(s.address + pool::kSsNextSubsection, i + 1 < n ? s.address + pool::kSubsectionSize : 0);
    }
    // The prototype PTEs: a file page not read yet names its subsection; a page of the
    // paging file is demand zero until first touched.
    for (uint32_t i = 0; i < ca->totalPtes; ++i) {
        const Subsection& s = ca->subsectionOf(i);
        const uint32_t initial = file ? pte::SubsectionPte {s.address, s.protection}.encode(subsectionBases())
                                      : pte::DemandZeroPte {protection}.encode();
        const VirtualAddress at = ca->prototypePte(i);
        recordPteWrite(creator, at, readKernel32(at), initial, sim::Event::kNone);
        writeKernel32(at, initial);
    }
    return ca;
}

Section* MemoryManager::createSection(const std::string& name, const SimFile* file, uint32_t pages, uint8_t protection,
    bool image, status::Refusal* refusal)
{
    auto fail = [&](uint32_t code, const std::string& why) -> Section* {
        if (refusal)
            *refusal = {code, why};
        return nullptr;
    };
    if (m_sections.count(name))
        return fail(status::ObjectNameCollision, "a section named '" + name + "' exists already");
    if (image && (!file || !file->image))
        return fail(status::InvalidImageFormat, "an image section needs an image file (.exe or .dll)");
    if (file && !image) {
        if (pages == 0)
            pages = file->pages;
        if (pages > file->pages)
            return fail(status::SectionTooBig,
                "the section is larger than the file (" + std::to_string(file->pages) + " pages)");
    }
    if (image)
        pages = file->pages;
    if (pages == 0)
        return fail(status::InvalidParameter, "a section of the paging file needs a size");
    if (!file && m_totalCommitted + pages > commitLimit())
        return fail(status::CommitmentLimit,
            "a paging-file section is charged its " + std::to_string(pages) + " pages of commit when it is created");

    // One control area per file and kind (the file's SECTION_OBJECT_POINTERS): a second
    // section of the same file shares it, and so every page of it.
    ControlArea* ca = nullptr;
    if (file) {
        for (auto& existing : m_controlAreas) {
            if (existing.file == file->name && existing.image == image) {
                ca = &existing;
                break;
            }
        }
    }
    if (!ca) {
        ca = buildControlArea(file, pages, protection, image);
        if (!ca)
            return fail(status::InsufficientResources, "pool is exhausted");
        if (!file)
            m_totalCommitted += pages;
    }
    ++ca->sectionReferences;
    writeControlArea(*ca);

    Section& section = m_sections[name];
    section.name = name;
    section.controlArea = ca->address;
    section.pages = pages;
    section.protection = protection;
    recordCall(Routine::MmCreateSection, ca->address, hw::kNoPfn, sim::Detail::Pages, pages);
    return &section;
}

} // namespace mm
