#pragma once

#include "hw/mmu.h"
#include "hw/physicalmemory.h"
#include "mm/memorymanager.h"
#include "mm/pfndatabase.h"
#include "mm/systemlayout.h"
#include "ps/processmanager.h"
#include "sim/eventlog.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace mm::sim {

struct SimulatorConfig {
    uint64_t ramBytes = 128ull << 20;
    uint64_t pageFileBytes = 0; // 0: RAM + 12 MB
    uint32_t maxProcesses = 512;
};

// The whole machine as a value: what a checkpoint keeps. RAM frames, PFN database chunks
// and paging-file pages are shared with the live machine and other checkpoints until
// either side writes them, so a checkpoint costs what changed since.
struct MachineState {
    hw::PhysicalMemory::State memory;
    PfnDatabase::State pfns;
    hw::Mmu::State mmu;
    MemoryManager::State mm;
    ps::ProcessManager::State processes;
    uint64_t lastEvent = 0; // the event log's last sequence number
    uint64_t logBranch = 0; // EventLog::branch() then
};

// The simulated machine after boot: RAM, MMU, PFN database, memory manager, processes
// and the event log. Owns everything; all state changes go through its parts.
class Simulator {
public:
    // Boots a machine; nullptr and a reason when the configuration is not possible.
    static std::unique_ptr<Simulator> create(const SimulatorConfig& config, std::string* error = nullptr);
    ~Simulator();

    const SystemLayout& layout() const { return m_layout; }
    hw::PhysicalMemory& memory() { return *m_memory; }
    const hw::PhysicalMemory& memory() const { return *m_memory; }
    hw::Mmu& mmu() { return *m_mmu; }
    const hw::Mmu& mmu() const { return *m_mmu; }
    PfnDatabase& pfnDatabase() { return *m_pfns; }
    const PfnDatabase& pfnDatabase() const { return *m_pfns; }
    MemoryManager& memoryManager() { return *m_mm; }
    const MemoryManager& memoryManager() const { return *m_mm; }
    ps::ProcessManager& processes() { return *m_processes; }
    const ps::ProcessManager& processes() const { return *m_processes; }
    EventLog& events() { return m_events; }
    const EventLog& events() const { return m_events; }

    // One data access by the CPU, as an instruction makes it: translate, and on a page
    // fault trap to MmAccessFault and execute the instruction again, until it completes or
    // the fault is refused (a page-table fault and the page's own fault take two rounds).
    // A write stores value; a read returns the dword read.
    struct AccessResult {
        bool completed = false;
        uint32_t value = 0;
        std::vector<FaultRecord> faults; // each fault on the way, in order
    };
    AccessResult access(hw::VirtualAddress va, hw::Access access, hw::Mode mode, uint32_t value = 0);

    // A 64-bit digest of the machine state: RAM contents, PFN database, CR3, processes,
    // paging files and, with Everything, the TLB. Same commands, same hash.
    enum class HashScope { Everything, Architectural };
    uint64_t stateHash(HashScope scope = HashScope::Everything) const;

    // A checkpoint of everything, and going back (or forward) to one: afterwards the
    // machine, its hash and its event log are exactly what they were when the checkpoint
    // was taken. The log keeps the events after it as the recorded future (EventLog), so
    // a later checkpoint can be restored while its events are kept; false, changing
    // nothing, for a checkpoint whose events the log no longer holds (a different command
    // replaced them). Only between commands.
    std::shared_ptr<const MachineState> checkpoint() const;
    bool restore(const MachineState& state);

private:
    explicit Simulator(const SystemLayout& layout);

    SystemLayout m_layout;
    EventLog m_events;
    std::unique_ptr<hw::PhysicalMemory> m_memory;
    std::unique_ptr<PfnDatabase> m_pfns;
    std::unique_ptr<hw::Mmu> m_mmu;
    std::unique_ptr<MemoryManager> m_mm;
    std::unique_ptr<ps::ProcessManager> m_processes;
};

} // namespace mm::sim
