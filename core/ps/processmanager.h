#pragma once

#include "mm/addressspace.h"
#include "mm/memorymanager.h"
#include "mm/ntstatus.h"
#include "ps/process.h"
#include "sim/eventlog.h"

#include <memory>
#include <string>
#include <vector>

namespace mm::ps {

// The process list (PsActiveProcessHead, in creation order), the Cid table, and the
// context the CPU runs in: the current thread's process and the processes it is attached
// to, if any. CR3 always holds the page directory of the innermost attached process, else
// of the current one. The memory manager reaches processes through this class.
class ProcessManager : public mm::ProcessContext {
public:
    static constexpr uint16_t kSystemCid = 8;

    // The process list and the CPU's process context as a value (a checkpoint): processes
    // copied whole, the current and attached ones by Cid.
    struct State {
        std::vector<Process> processes; // in creation order
        uint16_t current = 0;
        std::vector<uint16_t> attached; // innermost last
        uint16_t nextCid = 0;
        std::vector<uint16_t> freeCids;
    };

    ProcessManager(mm::MemoryManager& memoryManager, sim::EventLog& log, uint32_t maxProcesses);

    // Creates the System process around the address space boot built; the CPU runs in it.
    Process& createSystemProcess(const mm::ProcessPages& pages);

    // What PspCreateProcess did, for the console's summary.
    struct Creation {
        mm::AddressSpaceCreation space;
        std::vector<std::pair<std::string, hw::VirtualAddress>> views; // image and DLLs mapped, in order
        uint32_t clonedPages = 0; // a clone: private pages of the parent moved to a new clone block
    };
    // PspCreateProcess. On failure returns nullptr, says why (the NT status and a reason)
    // and changes nothing. With clone, there is no section: the child is a copy of
    // its parent (MiCloneProcessAddressSpace), private pages shared copy-on-write.
    Process* createProcess(const std::string& imageName, Process& parent, mm::status::Refusal* refusal,
        bool clone = false, Creation* report = nullptr);
    // PspExitProcess -> MmCleanProcessAddressSpace -> MmDeleteProcessAddressSpace.
    bool exitProcess(Process& process, mm::status::Refusal* refusal);

    void swapProcess(Process& to); // KiSwapProcess: the CPU now runs a thread of `to`
    void attachProcess(Process& to); // KeAttachProcess (nests)
    void detachProcess(); // KeDetachProcess
    // Lets the zero page thread (System, priority 0) run while the CPU is otherwise idle.
    uint32_t runZeroPageThread(uint32_t maxPages);

    Process& system() { return *m_processes.front(); }
    Process& current() { return *m_current; }
    const Process& current() const { return *m_current; }
    Process* attached() const { return m_attached.empty() ? nullptr : m_attached.back(); }
    const std::vector<std::unique_ptr<Process>>& processes() const { return m_processes; }
    uint32_t maxProcesses() const { return m_maxProcesses; }

    Process* findByCid(uint32_t cid) const;
    Process* findByEprocess(hw::VirtualAddress eprocess) const;
    std::vector<Process*> findByImage(const std::string& imageName) const; // case-insensitive
    Process* owner(const mm::AddressSpace& space) const;

    State state() const;
    void restore(const State& state);

    // mm::ProcessContext
    mm::AddressSpace& currentAddressSpace() override;
    std::vector<mm::AddressSpace*> addressSpaces() override;
    void attach(mm::AddressSpace& target) override;
    void detach() override;

private:
    uint16_t allocateCid();
    void loadContext(sim::Routine routine, Process& to);
    void writeEprocess(const Process& process);

    mm::MemoryManager& m_mm;
    sim::EventLog& m_log;
    uint32_t m_maxProcesses;
    // The state (state() and restore() keep each of these).
    std::vector<std::unique_ptr<Process>> m_processes;
    Process* m_current = nullptr;
    std::vector<Process*> m_attached; // innermost last
    uint16_t m_nextCid = kSystemCid + 4;
    std::vector<uint16_t> m_freeCids; // released Cids, reused last-in first-out like handle table entries
};

} // namespace mm::ps
