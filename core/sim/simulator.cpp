#include "sim/simulator.h"

#include "mm/ntstatus.h"

#include <algorithm>
#include <cstring>

namespace mm::sim {

namespace {
// FNV-1a (64-bit) over 8-byte words, with a shift folding the high bits back in.
struct Hasher {
    uint64_t h = 0xcbf29ce484222325ull;
    void bytes(const void* data, size_t n)
    {
        const auto* p = static_cast<const uint8_t*>(data);
        // Eight bytes per step (a page in 512 multiplies), then the tail byte by byte.
        for (; n >= 8; p += 8, n -= 8) {
            uint64_t word;
            std::memcpy(&word, p, 8);
            h ^= word;
            h *= 0x100000001b3ull;
            h ^= h >> 29;
        }
        for (; n; ++p, --n) {
            h ^= *p;
            h *= 0x100000001b3ull;
        }
    }
    template <typename T> void value(const T& v) { bytes(&v, sizeof v); }
};
} // namespace

Simulator::Simulator(const SystemLayout& layout)
    : m_layout(layout)
{
}

Simulator::~Simulator() = default;

std::unique_ptr<Simulator> Simulator::create(const SimulatorConfig& config, std::string* error)
{
    auto layout = SystemLayout::compute(config.ramBytes, error);
    if (!layout)
        return nullptr;
    std::unique_ptr<Simulator> sim(new Simulator(*layout));
    sim->m_memory = std::make_unique<hw::PhysicalMemory>(layout->frames);
    sim->m_pfns = std::make_unique<PfnDatabase>(layout->frames);
    // The PFN database is what the frames at MmPfnDatabase contain.
    sim->m_memory->attachBacking(layout->pfnDatabaseFirst, sim->m_pfns->storagePages(), *sim->m_pfns);
    sim->m_mmu = std::make_unique<hw::Mmu>(*sim->m_memory);
    sim->m_mm = std::make_unique<MemoryManager>(*sim->m_mmu, *sim->m_pfns, sim->m_events, *layout);
    sim->m_processes = std::make_unique<ps::ProcessManager>(*sim->m_mm, sim->m_events, config.maxProcesses);

    // The loader builds the System page directory with paging off, then turns paging on.
    const hw::Pfn pd = layout->firstLoaderFreeFrame;
    MemoryManager::buildLoaderPageDirectory(*sim->m_memory, *layout, pd, sim->m_events);
    sim->m_mmu->loadCr3(pd << hw::kPageShift);
    sim->m_mmu->enablePaging();
    sim->m_mm->setEventProcess(ps::ProcessManager::kSystemCid);
    const ProcessPages pages = sim->m_mm->initializeSystemSpace(pd);
    sim->m_processes->createSystemProcess(pages);
    sim->m_mm->setProcessContext(sim->m_processes.get());

    // One paging file, by default RAM + 12 MB. A page-file PTE has 20 bits of offset, so a
    // file holds at most 0xFFFFF pages (4095 MB); the default is kept within that.
    const uint64_t pageFile = config.pageFileBytes ? config.pageFileBytes
                                                   : std::min<uint64_t>(config.ramBytes + (12ull << 20), 4095ull << 20);
    if (pageFile < (1ull << 20) || pageFile > (4ull << 30)) {
        if (error)
            *error = "the paging file must be between 1 MB and 4 GB";
        return nullptr;
    }
    sim->m_mm->addPagingFile(static_cast<uint32_t>(std::min<uint64_t>(pageFile >> hw::kPageShift, 0xFFFFF)));
    // The system DLLs' image sections exist from boot on (PsLocateSystemDll for ntdll.dll;
    // kernel32.dll as the session manager leaves it): every process maps the same ones.
    for (const char* dll : {"ntdll.dll", "kernel32.dll"})
        sim->m_mm->imageSection(dll);
    return sim;
}

Simulator::AccessResult Simulator::access(hw::VirtualAddress va, hw::Access access, hw::Mode mode, uint32_t value)
{
    AccessResult result;
    const bool write = access == hw::Access::Write;
    for (int attempt = 0; attempt < 4; ++attempt) {
        if (m_mmu->translate(va, access, mode).ok) {
            if (write)
                m_mmu->write32(va, value, mode);
            else
                result.value = *m_mmu->read32(va, mode);
            result.completed = true;
            return result;
        }
        const uint32_t status = m_mm->accessFault(va, write, mode, result.faults);
        if (status::isError(status) || status == status::GuardPageViolation)
            return result;
    }
    return result;
}

std::shared_ptr<const MachineState> Simulator::checkpoint() const
{
    auto state = std::make_shared<MachineState>();
    state->memory = m_memory->state();
    state->pfns = m_pfns->state();
    state->mmu = m_mmu->state();
    state->mm = m_mm->state();
    state->processes = m_processes->state();
    state->lastEvent = m_events.lastSeq();
    state->logBranch = m_events.branch();
    return state;
}

bool Simulator::restore(const MachineState& state)
{
    if (!m_events.holds(state.logBranch, state.lastEvent))
        return false;
    m_events.rewind(state.lastEvent);
    m_memory->restore(state.memory);
    m_pfns->restore(state.pfns);
    m_mmu->restore(state.mmu);
    m_mm->restore(state.mm);
    m_processes->restore(state.processes);
    return true;
}

uint64_t Simulator::stateHash(HashScope scope) const
{
    Hasher h;
    m_memory->forEachStoredFrame([&](hw::Pfn pfn, const uint8_t* page) {
        // Frames that hold only zeros hash like frames that were never written.
        static const uint8_t zeros[hw::kPageSize] = {};
        if (std::memcmp(page, zeros, hw::kPageSize) == 0)
            return;
        h.value(pfn);
        h.bytes(page, hw::kPageSize);
    });
    for (int l = 0; l < kListCount; ++l) {
        const auto& head = m_pfns->list(static_cast<PageLocation>(l));
        h.value(head.total);
        h.value(head.flink);
        h.value(head.blink);
    }
    h.value(m_mmu->cr3());
    auto hashEntry = [&](const hw::TlbEntry& e) {
        if (!e.valid)
            return;
        h.value(e.vpn);
        h.value(e.pfn);
        const uint8_t bits
            = static_cast<uint8_t>(e.writable | e.user << 1 | e.global << 2 | e.dirty << 3 | e.large << 4);
        h.value(bits);
    };
    if (scope == HashScope::Everything) {
        for (const auto& e : m_mmu->tlb().smallEntries())
            hashEntry(e);
        for (const auto& e : m_mmu->tlb().largeEntries())
            hashEntry(e);
    }
    for (const auto& p : m_processes->processes()) {
        h.value(p->cid);
        h.value(p->parentCid);
        h.bytes(p->imageName.data(), p->imageName.size());
        h.value(p->eprocess);
        h.value(p->directoryTableBase);
        const AddressSpace& vm = p->vm;
        for (uint32_t v : {vm.workingSetSize, vm.peakWorkingSetSize, vm.minimumWorkingSet, vm.maximumWorkingSet,
                 vm.pageFaultCount, vm.workingSetListPages, vm.commitCharge, vm.privatePages})
            h.value(v);
        vm.vads.forEach([&](const Vad& v, int level, const Vad*) {
            for (uint32_t x : {v.startingVpn, v.endingVpn, uint32_t(v.protection), uint32_t(v.memCommit),
                     v.commitCharge, v.address, uint32_t(level)})
                h.value(x);
        });
    }
    for (const auto& file : m_mm->pagingFiles()) {
        h.value(file.used());
        for (uint32_t offset = 0; offset < file.size(); ++offset) {
            if (file.inUse(offset))
                h.value(offset);
        }
    }
    h.value(m_mm->totalCommitted());
    h.value(m_processes->current().cid);
    h.value(m_mm->zeroingEventSignaled());
    return h.h;
}

} // namespace mm::sim
