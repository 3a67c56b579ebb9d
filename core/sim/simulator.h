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

    // A 64-bit digest of the machine state: RAM contents, PFN database, CR3, processes,
    // paging files and, with Everything, the TLB. Same commands, same hash.
    enum class HashScope { Everything, Architectural };
    uint64_t stateHash(HashScope scope = HashScope::Everything) const;

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
