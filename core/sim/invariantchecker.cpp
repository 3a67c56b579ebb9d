#include "sim/invariantchecker.h"

#include "hw/pte.h"
#include "sim/simulator.h"

#include <cstdio>
#include <cstring>
#include <map>
#include <optional>
#include <string>

namespace mm::sim {

namespace {

// Entry i of the page table or directory whose bytes are `page` (nullptr: all zeros).
uint32_t entryOf(const uint8_t* page, uint32_t i)
{
    uint32_t entry = 0;
    if (page)
        std::memcpy(&entry, page + i * 4, 4);
    return entry;
}
class Checker {
public:
    Checker(const Simulator& sim, size_t limit)
        : m_sim(sim)
        , m_pfns(sim.pfnDatabase())
        , m_mem(sim.memory())
        , m_limit(limit)
    {
    }

    std::vector<std::string> run()
    {
        checkLists();
        checkFrames();
        countSharedMappings();
        checkShareCounts();
        checkAddressSpaces();
        for (const auto& process : m_sim.processes().processes())
            checkUserSpace(*process);
        checkSections();
        checkPageFileSlots();
        return std::move(m_violations);
    }

private:
    template <typename... Args> void fail(const char* format, Args... args)
    {
        if (m_violations.size() >= m_limit)
            return;
        char buf[256];
        std::snprintf(buf, sizeof buf, format, args...);
        m_violations.emplace_back(buf);
    }
    bool full() const { return m_violations.size() >= m_limit; }

    void checkLists()
    {
        m_onList.assign(m_pfns.size(), 0);
        for (int l = 0; l < kListCount; ++l) {
            const auto list = static_cast<PageLocation>(l);
            const PfnListHead& head = m_pfns.list(list);
            uint32_t n = 0;
            uint32_t prev = kListEnd;
            for (uint32_t pfn = head.flink; pfn != kListEnd; pfn = m_pfns[pfn].u1) {
                if (pfn >= m_pfns.size()) {
                    fail("%s list links to frame %x, beyond RAM", pageLocationName(list), pfn);
                    return;
                }
                if (m_onList[pfn]) {
                    fail("frame %x is on the %s list twice (or on two lists)", pfn, pageLocationName(list));
                    return;
                }
                m_onList[pfn] = 1;
                const MmPfn& e = m_pfns[pfn];
                if (e.location() != list)
                    fail("frame %x is on the %s list but its state is %s", pfn, pageLocationName(list),
                        pageLocationName(e.location()));
                if (e.u2 != prev)
                    fail("frame %x on the %s list: blink %x, expected %x", pfn, pageLocationName(list), e.u2, prev);
                if (e.referenceCount != 0)
                    fail("frame %x on the %s list has reference count %x", pfn, pageLocationName(list),
                        e.referenceCount);
                prev = pfn;
                ++n;
            }
            if (head.blink != prev)
                fail("%s list head: last frame %x, but the list ends at %x", pageLocationName(list), head.blink, prev);
            if (head.total != n)
                fail("%s list head counts %u frames, the list holds %u", pageLocationName(list), head.total, n);
            if (m_pfns.count(list) != n)
                fail("%s count is %u, the list holds %u", pageLocationName(list), m_pfns.count(list), n);
        }
    }

    void checkFrames()
    {
        uint32_t states[kPageLocationCount] = {};
        for (hw::Pfn pfn = 0; pfn < m_pfns.size(); ++pfn) {
            const MmPfn& e = m_pfns[pfn];
            const PageLocation l = e.location();
            ++states[static_cast<int>(l)];
            if (isList(l) && !m_onList[pfn])
                fail("frame %x is in state %s but on no list", pfn, pageLocationName(l));
            if ((l == PageLocation::Active || l == PageLocation::Transition) && e.referenceCount == 0)
                fail("frame %x is %s with reference count 0", pfn, pageLocationName(l));
        }
        uint64_t total = 0;
        for (int l = 0; l < kPageLocationCount; ++l) {
            total += states[l];
            if (states[l] != m_pfns.count(static_cast<PageLocation>(l)))
                fail("%s: %u frames in that state, the count says %u", pageLocationName(l), states[l],
                    m_pfns.count(static_cast<PageLocation>(l)));
        }
        if (total != m_pfns.size())
            fail("the states add up to %llu frames, RAM has %u", static_cast<unsigned long long>(total), m_pfns.size());
    }

    static bool inUse(PageLocation l)
    {
        return l != PageLocation::Zeroed && l != PageLocation::Free && l != PageLocation::Bad;
    }

    // A frame mapped by a KSEG0 large page has no page table of its own.
    static bool mappedByLargePage(const MmPfn& e)
    {
        const auto& geo = hw::kX86Geometry;
        return e.pteAddress >= geo.pteAddress(SystemLayout::kKseg0Base)
            && e.pteAddress < geo.pteAddress(SystemLayout::kKseg0Base + (512u << 20));
    }

    // A valid PTE at pteVa that maps a page of a section: the frame's PTE address is its
    // prototype PTE, not pteVa.
    bool isSharedMapping(hw::Pfn pfn, hw::VirtualAddress pteVa) const
    {
        return pfn < m_pfns.size() && (m_pfns[pfn].flags & MmPfn::PrototypePte) && m_pfns[pfn].pteAddress != pteVa;
    }

    // How many process PTEs map each shared frame, and how many such PTEs each page table holds.
    void countSharedMappings()
    {
        const auto& geo = hw::kX86Geometry;
        m_mappings.assign(m_pfns.size(), 0);
        m_sharedInTable.assign(m_pfns.size(), 0);
        for (const auto& process : m_sim.processes().processes()) {
            const uint8_t* directory = frameOf(process->directoryTableBase[0]);
            for (uint32_t pdi = 0; pdi < geo.pdeIndex(hw::kSystemRangeStart); ++pdi) {
                const uint32_t pde = entryOf(directory, pdi);
                if (!(pde & hw::pte::Valid))
                    continue;
                const hw::Pfn table = pde >> hw::kPageShift;
                const uint8_t* tablePage = m_mem.storedFrame(table);
                for (uint32_t i = 0; tablePage && i < geo.entriesPerTable(); ++i) {
                    const uint32_t entry = entryOf(tablePage, i);
                    if (!entry)
                        continue;
                    const hw::VirtualAddress va = (pdi << geo.pdeShift) | (i << hw::kPageShift);
                    if (hw::pte::classify(entry) == hw::pte::Kind::PrototypePointer) {
                        const auto pointer = hw::pte::PrototypePointerPte::decode(entry);
                        if (!pointer.lookupNeeded)
                            ++m_protoReferrers[pointer.protoPteAddress];
                    }
                    if ((entry & hw::pte::Valid) && isSharedMapping(entry >> hw::kPageShift, geo.pteAddress(va))) {
                        ++m_protoReferrers[m_pfns[entry >> hw::kPageShift].pteAddress];
                        ++m_mappings[entry >> hw::kPageShift];
                        if (table < m_pfns.size())
                            ++m_sharedInTable[table];
                    }
                }
            }
        }
    }

    void checkShareCounts()
    {
        // The share count of a page-table page is 1 + the pages whose PTE it holds.
        std::vector<uint32_t> children(m_pfns.size(), 0);
        for (hw::Pfn pfn = 0; pfn < m_pfns.size(); ++pfn) {
            const MmPfn& e = m_pfns[pfn];
            if (!inUse(e.location()) || mappedByLargePage(e))
                continue;
            if (e.pteFrame >= m_pfns.size()) {
                fail("frame %x: containing page %x is beyond RAM", pfn, e.pteFrame);
                continue;
            }
            ++children[e.pteFrame];
        }
        for (hw::Pfn pfn = 0; pfn < m_pfns.size() && !full(); ++pfn) {
            const MmPfn& e = m_pfns[pfn];
            if (e.location() != PageLocation::Active)
                continue;
            if (e.flags & MmPfn::PrototypePte) {
                // A page of a section: one share per process PTE that maps it.
                if (e.shareCount() != m_mappings[pfn])
                    fail("frame %x: share count %x, but %x process PTEs map it", pfn, e.shareCount(), m_mappings[pfn]);
                continue;
            }
            const uint32_t expected = 1 + children[pfn] + m_sharedInTable[pfn];
            if (e.shareCount() != expected)
                fail("frame %x: share count %x, but it holds the PTEs of %x pages (expected %x)", pfn, e.shareCount(),
                    children[pfn] + m_sharedInTable[pfn], expected);
            if (children[pfn] && m_pfns[pfn].location() != PageLocation::Active)
                fail("frame %x holds PTEs but is %s", pfn, pageLocationName(e.location()));
        }
    }

    // A valid 4 KB mapping at pte (self-map address) in page table frame `table`.
    void checkMapping(uint32_t entry, hw::VirtualAddress pteVa, hw::Pfn table, const char* owner)
    {
        const hw::Pfn pfn = entry >> hw::kPageShift;
        if (pfn >= m_pfns.size()) {
            fail("%s: PTE %08x maps frame %x, beyond RAM", owner, pteVa, pfn);
            return;
        }
        const MmPfn& e = m_pfns[pfn];
        if (e.location() != PageLocation::Active)
            fail("%s: PTE %08x maps frame %x, which is %s", owner, pteVa, pfn, pageLocationName(e.location()));
        if (isSharedMapping(pfn, pteVa)) {
            // Its PFN names the prototype PTE, which must be valid and name the same frame.
            const ControlArea* ca = m_sim.memoryManager().controlAreaOf(e.pteAddress);
            const auto proto = ca ? read(e.pteAddress) : std::nullopt;
            if (!proto || !(*proto & hw::pte::Valid) || (*proto >> hw::kPageShift) != pfn)
                fail("%s: PTE %08x maps shared frame %x, but its prototype PTE %08x does not", owner, pteVa, pfn,
                    e.pteAddress);
            return;
        }
        if (e.pteAddress != pteVa)
            fail("%s: PTE %08x maps frame %x, whose PTE address is %08x", owner, pteVa, pfn, e.pteAddress);
        if (e.pteFrame != table)
            fail("%s: frame %x is mapped from page table %x, its containing page says %x", owner, pfn, table,
                e.pteFrame);
    }

    // The bytes of the frame holding physical address `pa` (nullptr: all zeros).
    const uint8_t* frameOf(hw::PhysicalAddress pa) const
    {
        return m_mem.storedFrame(static_cast<hw::Pfn>(pa >> hw::kPageShift));
    }

    void checkTable(hw::Pfn table, uint32_t pdi, const char* owner)
    {
        const auto& geo = hw::kX86Geometry;
        const uint8_t* page = m_mem.storedFrame(table);
        if (!page)
            return; // all zeros: nothing valid in it
        for (uint32_t i = 0; i < geo.entriesPerTable() && !full(); ++i) {
            const uint32_t entry = entryOf(page, i);
            if (!(entry & hw::pte::Valid))
                continue;
            const hw::VirtualAddress va = (pdi << geo.pdeShift) | (i << hw::kPageShift);
            checkMapping(entry, geo.pteAddress(va), table, owner);
        }
    }

    void checkAddressSpaces()
    {
        const auto& geo = hw::kX86Geometry;
        const auto& processes = m_sim.processes();
        const ps::Process& system = *processes.processes().front();
        const hw::PhysicalAddress systemPd = system.directoryTableBase[0];
        const uint32_t hyperIndex = geo.pdeIndex(geo.hyperspaceStart);
        const uint32_t systemStart = geo.pdeIndex(hw::kSystemRangeStart);

        if (processes.attached())
            fail("the CPU is still attached to Cid %04x", processes.attached()->cid);
        if (m_sim.mmu().cr3() != processes.current().directoryTableBase[0])
            fail("CR3 is %08x, but the current process %s has DirBase %08x", m_sim.mmu().cr3(),
                processes.current().imageName.c_str(), processes.current().directoryTableBase[0]);

        for (const auto& process : processes.processes()) {
            if (full())
                return;
            const ps::Process& p = *process;
            const char* name = p.imageName.c_str();
            const hw::PhysicalAddress pd = p.directoryTableBase[0];
            const hw::Pfn pdPfn = static_cast<hw::Pfn>(pd >> hw::kPageShift);
            const uint32_t self = m_mem.read32(pd + geo.selfMapIndex * 4);
            if ((self & hw::pte::FrameMask) != pd || !(self & hw::pte::Valid) || (self & hw::pte::Global))
                fail("%s: PDE 300 is %08x, not a valid local entry for its own directory %08x", name, self,
                    static_cast<uint32_t>(pd));
            const uint32_t hyper = m_mem.read32(pd + hyperIndex * 4);
            if ((hyper & hw::pte::FrameMask) != p.directoryTableBase[1] || !(hyper & hw::pte::Valid))
                fail("%s: PDE 301 is %08x, not its hyperspace page table %08x", name, hyper, p.directoryTableBase[1]);
            const uint32_t counter = m_mem.read32(p.directoryTableBase[1]);
            if ((counter & hw::pte::Valid) || (counter >> hw::kPageShift) > MemoryManager::kHyperspacePtes)
                fail("%s: the hyperspace mapping counter PTE holds %08x", name, counter);
            const uint32_t wsPte
                = m_mem.read32(p.directoryTableBase[1] + geo.pteIndex(MemoryManager::kWorkingSetList) * 4);
            if (wsPte & hw::pte::Valid)
                checkMapping(wsPte, geo.pteAddress(MemoryManager::kWorkingSetList),
                    static_cast<hw::Pfn>(p.directoryTableBase[1] >> hw::kPageShift), name);
            else
                fail("%s: the working set list page is not mapped", name);
            checkMapping(self, geo.pdeAddress(geo.pteBase), pdPfn, name);
            checkMapping(hyper, geo.pdeAddress(geo.hyperspaceStart), pdPfn, name);

            const uint8_t* directory = frameOf(pd);
            const uint8_t* systemDirectory = frameOf(systemPd);
            for (uint32_t i = 0; i < geo.entriesPerTable() && !full(); ++i) {
                const uint32_t pde = entryOf(directory, i);
                if (i >= systemStart) {
                    // Upper half: the same in every process except the two per-process entries.
                    const uint32_t systemPde = entryOf(systemDirectory, i);
                    if (i != geo.selfMapIndex && i != hyperIndex && &p != &system && pde != systemPde)
                        fail("%s: system PDE %x is %08x, the System process has %08x", name, i, pde, systemPde);
                    if (&p != &system || i == geo.selfMapIndex || i == hyperIndex)
                        continue;
                }
                if (!(pde & hw::pte::Valid) || (pde & hw::pte::LargePage))
                    continue;
                checkMapping(pde, geo.pdeBase + i * 4, pdPfn, name);
                checkTable(pde >> hw::kPageShift, i, name);
            }
        }
    }

    // The user half of one process: its working set list against its valid PTEs, its
    // transition PTEs against the frames they name, its private-page count and its commit.
    void checkUserSpace(const ps::Process& p)
    {
        const auto& geo = hw::kX86Geometry;
        const char* name = p.imageName.c_str();
        const AddressSpace& space = p.vm;
        const uint32_t dirBase = p.directoryTableBase[0];
        auto read = [&](hw::VirtualAddress va) -> std::optional<uint32_t> {
            const hw::Walk w = hw::Mmu::walk(m_mem, dirBase, va);
            if (!w.valid)
                return std::nullopt;
            return m_mem.read32(w.physical);
        };

        // The working set list (MMWSL in the process's hyperspace): every valid entry maps
        // a valid page, and a private page's PFN entry names its index.
        std::map<hw::VirtualAddress, uint32_t> inWorkingSet; // page -> WSLE index
        const auto lastEntry = read(MemoryManager::kWorkingSetList + 0x0C);
        if (!lastEntry) {
            fail("%s: the working set list header cannot be read", name);
            return;
        }
        for (uint32_t i = 0; i <= *lastEntry && !full(); ++i) {
            const auto wsle = read(MemoryManager::kWsle + i * 4);
            if (!wsle) {
                fail("%s: WSLE %x lies beyond the mapped working set list", name, i);
                return;
            }
            if (!(*wsle & MemoryManager::kWsleValid))
                continue;
            const hw::VirtualAddress va = *wsle & ~hw::kPageMask;
            if (!inWorkingSet.emplace(va, i).second)
                fail("%s: page %08x is in the working set twice (WSLE %x)", name, va, i);
            const hw::Walk w = hw::Mmu::walk(m_mem, dirBase, va);
            if (!w.valid || w.large) {
                fail("%s: WSLE %x names %08x, which is not a valid 4 KB page", name, i, va);
                continue;
            }
            const hw::Pfn pfn = static_cast<hw::Pfn>(w.physical >> hw::kPageShift);
            // (The page directory's u1 names its EPROCESS instead; a shared page's, no one process.)
            if (pfn < m_pfns.size() && va != geo.pdeBase && !(m_pfns[pfn].flags & MmPfn::PrototypePte)
                && m_pfns[pfn].u1 != i)
                fail("%s: WSLE %x maps %08x, whose frame %x names WSLE %x", name, i, va, pfn, m_pfns[pfn].u1);
        }
        if (inWorkingSet.size() != space.workingSetSize)
            fail("%s: working set size %u, but the list holds %zu valid entries", name, space.workingSetSize,
                inWorkingSet.size());

        // Every valid user page and user page table is in the working set; transition PTEs
        // name frames that are waiting on a list with their PTE address pointing back.
        uint32_t privatePages = 0;
        const uint32_t systemStart = geo.pdeIndex(hw::kSystemRangeStart);
        const uint8_t* directory = frameOf(dirBase);
        for (uint32_t pdi = 0; pdi < systemStart && !full(); ++pdi) {
            const uint32_t pde = entryOf(directory, pdi);
            if (!(pde & hw::pte::Valid))
                continue;
            const hw::VirtualAddress tableVa = geo.pteBase + pdi * hw::kPageSize;
            if (!inWorkingSet.count(tableVa))
                fail("%s: the page table at %08x is not in the working set", name, tableVa);
            const hw::Pfn table = pde >> hw::kPageShift;
            const uint8_t* tablePage = m_mem.storedFrame(table);
            for (uint32_t i = 0; tablePage && i < geo.entriesPerTable() && !full(); ++i) {
                const uint32_t entry = entryOf(tablePage, i);
                if (!entry)
                    continue;
                const hw::VirtualAddress va = (pdi << geo.pdeShift) | (i << hw::kPageShift);
                const hw::VirtualAddress pteVa = geo.pteAddress(va);
                switch (hw::pte::classify(entry)) {
                case hw::pte::Kind::Hardware:
                    privatePages += isSharedMapping(entry >> hw::kPageShift, pteVa) ? 0 : 1;
                    if (!inWorkingSet.count(va))
                        fail("%s: %08x is valid but not in the working set", name, va);
                    break;
                case hw::pte::Kind::TransitionPage: {
                    ++privatePages;
                    const hw::Pfn pfn = entry >> hw::kPageShift;
                    if (pfn >= m_pfns.size()) {
                        fail("%s: transition PTE %08x names frame %x, beyond RAM", name, pteVa, pfn);
                        break;
                    }
                    const MmPfn& e = m_pfns[pfn];
                    const PageLocation l = e.location();
                    if (l != PageLocation::Standby && l != PageLocation::Modified && l != PageLocation::Transition)
                        fail("%s: transition PTE %08x names frame %x, which is %s", name, pteVa, pfn,
                            pageLocationName(l));
                    if (e.pteAddress != pteVa || e.pteFrame != table)
                        fail("%s: transition PTE %08x names frame %x, whose PTE is %08x in table %x", name, pteVa, pfn,
                            e.pteAddress, e.pteFrame);
                    break;
                }
                case hw::pte::Kind::PageFile:
                    ++privatePages;
                    noteSlot(entry, name, pteVa);
                    break;
                default:
                    break;
                }
            }
        }
        if (privatePages != space.privatePages)
            fail("%s: NumberOfPrivatePages is %u, its page tables hold %u private pages", name, space.privatePages,
                privatePages);

        uint32_t vadCharge = 0;
        space.vads.forEach([&](const Vad& v, int, const Vad*) { vadCharge += v.commitCharge; });
        if (vadCharge != space.commitCharge)
            fail("%s: commit charge %u, its VADs charge %u", name, space.commitCharge, vadCharge);

        // Each MMVAD in nonpaged pool holds its VAD's range, links and flags.
        space.vads.forEach([&](const Vad& v, int, const Vad* parent) {
            const std::pair<uint32_t, uint32_t> fields[] = {{0x00, v.startingVpn << hw::kPageShift},
                {0x04, (v.endingVpn << hw::kPageShift) | hw::kPageMask}, {0x08, parent ? parent->address : 0},
                {0x0C, v.left ? v.left->address : 0}, {0x10, v.right ? v.right->address : 0}, {0x14, v.flags()},
                {0x18, v.privateMemory ? 0 : v.controlArea}};
            for (const auto& [offset, expected] : fields) {
                if (offset == 0x18 && v.privateMemory)
                    break;
                const auto held = read(v.address + offset);
                if (held != expected)
                    fail("%s: MMVAD %08x +%02x holds %08x, its VAD says %08x", name, v.address, offset,
                        held.value_or(0xFFFFFFFF), expected);
            }
        });
    }

    // A kernel virtual address read through the System process's page tables.
    std::optional<uint32_t> read(hw::VirtualAddress va) const
    {
        const hw::Walk w = hw::Mmu::walk(m_mem, m_sim.processes().processes().front()->directoryTableBase[0], va);
        if (!w.valid)
            return std::nullopt;
        return m_mem.read32(w.physical);
    }

    // Every prototype PTE against the frame it names, and each control area's counts.
    void checkSections()
    {
        const auto& mm = m_sim.memoryManager();
        std::map<hw::VirtualAddress, uint32_t> views; // by CONTROL_AREA address
        for (const auto& process : m_sim.processes().processes())
            process->vm.vads.forEach([&](const Vad& v, int, const Vad*) {
                if (!v.privateMemory)
                    ++views[v.controlArea];
            });
        std::map<hw::VirtualAddress, uint32_t> sections;
        for (const auto& [name, section] : mm.sections())
            ++sections[section.controlArea];
        for (const ControlArea& ca : mm.controlAreas()) {
            uint32_t frames = 0;
            for (uint32_t i = 0; i < ca.totalPtes && !full(); ++i) {
                const hw::VirtualAddress at = ca.prototypePte(i);
                const auto proto = read(at);
                if (!proto) {
                    fail("control area %08x: prototype PTE %08x is not readable", ca.address, at);
                    return;
                }
                const auto kind = hw::pte::classify(*proto, true);
                if (kind == hw::pte::Kind::Hardware || kind == hw::pte::Kind::TransitionPage) {
                    ++frames;
                    const hw::Pfn pfn = *proto >> hw::kPageShift;
                    if (pfn >= m_pfns.size()) {
                        fail("prototype PTE %08x names frame %x, beyond RAM", at, pfn);
                        continue;
                    }
                    const MmPfn& e = m_pfns[pfn];
                    const PageLocation l = e.location();
                    const bool stateOk = kind == hw::pte::Kind::Hardware
                        ? l == PageLocation::Active
                        : (l == PageLocation::Standby || l == PageLocation::Modified || l == PageLocation::Transition);
                    if (!stateOk || e.pteAddress != at || !(e.flags & MmPfn::PrototypePte))
                        fail("prototype PTE %08x (%08x) names frame %x, which is %s with PTE address %08x%s", at,
                            *proto, pfn, pageLocationName(l), e.pteAddress,
                            (e.flags & MmPfn::PrototypePte) ? "" : " and not marked Shared");
                } else if (kind == hw::pte::Kind::PageFile) {
                    noteSlot(*proto, "a prototype PTE", at);
                }
                if (ca.fork) {
                    // A clone block's page is referred to by exactly CloneRefCount process PTEs.
                    const uint32_t referrers = m_protoReferrers.count(at) ? m_protoReferrers.at(at) : 0;
                    if (referrers != ca.cloneReferences[i])
                        fail("clone block %08x: prototype PTE %08x has %u referring PTEs, CloneRefCount %u", ca.address,
                            at, referrers, ca.cloneReferences[i]);
                    if (referrers == 0 && *proto != 0)
                        fail("clone block %08x: prototype PTE %08x is unreferenced but holds %08x", ca.address, at,
                            *proto);
                }
            }
            if (frames != ca.pfnReferences)
                fail("control area %08x: %u frames hold its pages, NumberOfPfnReferences says %u", ca.address, frames,
                    ca.pfnReferences);
            if (views[ca.address] != ca.mappedViews)
                fail("control area %08x: %u views map it, NumberOfMappedViews says %u", ca.address, views[ca.address],
                    ca.mappedViews);
            if (sections[ca.address] != ca.sectionReferences)
                fail("control area %08x: %u sections name it, NumberOfSectionReferences says %u", ca.address,
                    sections[ca.address], ca.sectionReferences);
        }
    }

    // A page-file location named by a PTE or by a frame's OriginalPte.
    void noteSlot(uint32_t pageFilePte, const char* owner, uint32_t where)
    {
        const auto slot = hw::pte::PageFilePte::decode(pageFilePte);
        const auto& files = m_sim.memoryManager().pagingFiles();
        if (slot.fileNumber >= files.size() || !files[slot.fileNumber].inUse(slot.offset)) {
            fail("%s: %08x names page %x of paging file %u, which is not in use", owner, where, slot.offset,
                slot.fileNumber);
            return;
        }
        if (!m_slots.emplace(std::make_pair(slot.fileNumber, slot.offset), where).second)
            fail("%s: %08x and %08x both name page %x of paging file %u", owner, where,
                m_slots[{slot.fileNumber, slot.offset}], slot.offset, slot.fileNumber);
    }

    // Every paging-file page in use belongs to exactly one PTE or one frame's OriginalPte.
    void checkPageFileSlots()
    {
        for (hw::Pfn pfn = 0; pfn < m_pfns.size() && !full(); ++pfn) {
            const MmPfn& e = m_pfns[pfn];
            if (!inUse(e.location()) || hw::pte::classify(e.originalPte) != hw::pte::Kind::PageFile)
                continue;
            noteSlot(e.originalPte, "a frame's OriginalPte", pfn);
        }
        const auto& files = m_sim.memoryManager().pagingFiles();
        size_t used = 0;
        for (const auto& f : files)
            used += f.used();
        if (used != m_slots.size())
            fail("the paging files have %zu pages in use, PTEs and frames name %zu", used, m_slots.size());
    }

    const Simulator& m_sim;
    const PfnDatabase& m_pfns;
    const hw::PhysicalMemory& m_mem;
    size_t m_limit;
    std::vector<uint8_t> m_onList;
    std::vector<std::string> m_violations;
    std::vector<uint32_t> m_mappings; // process PTEs mapping each shared frame
    std::vector<uint32_t> m_sharedInTable; // PTEs mapping shared frames, per page table
    std::map<hw::VirtualAddress, uint32_t> m_protoReferrers; // process PTEs naming each prototype PTE
    std::map<std::pair<uint8_t, uint32_t>, uint32_t> m_slots; // (file, page) -> who names it
};
} // namespace

std::vector<std::string> checkInvariants(const Simulator& simulator, size_t limit)
{
    return Checker(simulator, limit).run();
}

} // namespace mm::sim
