#pragma once

#include "dbg/command.h"
#include "dbg/commandline.h"
#include "dbg/inspector.h"
#include "dbg/viewrequest.h"
#include "hw/mmu.h"
#include "mm/ntstatus.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mm::sim {
class Simulator;
}
namespace mm::ps {
struct Process;
}
namespace mm {
struct FaultRecord;
}

namespace mm::dbg {

struct CommandResult {
    bool ok = true;
    std::string output; // what the command prints, WinDbg style, each line ending in \n
    size_t errorColumn = 0; // 1-based, when !ok
    std::string error; // one sentence, when !ok
    uint64_t firstSeq = 0; // events this command appended: (firstSeq, lastSeq]
    uint64_t lastSeq = 0;
    bool changedState = false; // a simulation verb (or ed) ran
    ViewRequest view; // .select and .export: what the views are asked to do
    // The NTSTATUS a service refused the command with (0: it was not refused). A refused
    // service is a result, not an error: ok stays true and the output says the status.
    uint32_t status = 0;
    bool travelled = false; // time travel moved the machine to another position
};

// Runs the command language shared by the batch runner, the console dock and scenario
// files (WinDbg inspection commands plus simulation verbs) on a simulator: parseCommand
// reads a line into a Command, run() carries it out and words the result as WinDbg would.
// A command either runs completely or fails before changing anything.
class Console {
public:
    explicit Console(sim::Simulator& simulator);

    // A line: parsed, then run. An empty line or a comment does nothing.
    CommandResult execute(std::string_view line);
    CommandResult run(const Command& command);

    // The process whose address space dd, !pte and ed read (WinDbg's implicit process).
    const ps::Process& implicitProcess() const;
    static std::string helpText() { return commandHelp(); }
    // Whether --trace output is wanted now (.trace off silences it).
    bool traceEnabled() const { return m_trace; }

    // The debugger's own settings (the implicit process, .trace): what a checkpoint keeps
    // besides the machine.
    struct State {
        uint16_t implicitCid = 0;
        bool trace = true;
        bool operator==(const State&) const = default;
    };
    State state() const { return {m_implicitCid, m_trace}; }
    void restore(const State& state)
    {
        m_implicitCid = state.implicitCid;
        m_trace = state.trace;
    }

private:
    // One per command: carries it out, returns what it prints. Inspection:
    std::string run(const args::ProcessInfo& a);
    std::string run(const args::SetProcess& a);
    std::string run(const args::Register& a);
    std::string run(const args::Dump& a);
    std::string run(const args::EnterDwords& a);
    std::string run(const args::Pte& a);
    std::string run(const args::Pfn& a);
    std::string run(const args::Vtop& a);
    std::string run(const args::Memusage& a);
    std::string run(const args::Echo& a);
    std::string run(const args::Lesson& a);
    std::string run(const args::Focus& a);
    std::string run(const args::Expect& a);
    std::string run(const args::Quiz& a);
    std::string run(const args::Trace& a);
    std::string run(const args::Select& a);
    std::string run(const args::Export& a);
    std::string run(const args::Help& a);
    std::string run(const args::Vad& a);
    std::string run(const args::Wsle& a);
    std::string run(const args::Vm& a);
    std::string run(const args::ControlArea& a);
    // Simulation:
    std::string run(const args::Spawn& a);
    std::string run(const args::Exit& a);
    std::string run(const args::Switch& a);
    std::string run(const args::Zero& a);
    std::string run(const args::Idle& a);
    std::string run(const args::Alloc& a);
    std::string run(const args::Free& a);
    std::string run(const args::Protect& a);
    std::string run(const args::Access& a);
    std::string run(const args::Trim& a);
    std::string run(const args::Modwrite& a);
    std::string run(const args::File& a);
    std::string run(const args::Section& a);
    std::string run(const args::Fork& a);
    std::string run(const args::Map& a);
    std::string run(const args::Unmap& a);
    std::string run(const args::Touch& a);
    std::string run(const args::Hash& a);
    std::string run(const args::TimeTravel& a); // refused: time travel needs a Session
    std::string run(const args::Diff& a); // the same

    ps::Process& resolveProcess(const Token& token) const;
    std::string describeFault(const FaultRecord& record);
    // A service's refusal, as the command's output: "<routine>: STATUS_X: reason".
    std::string refused(const char* routine, const mm::status::Refusal& refusal);
    std::string refused(const char* routine, uint32_t status);
    std::string balance();

    sim::Simulator& m_sim;
    Inspector m_inspector;
    uint16_t m_implicitCid = 0; // 0: follow the current process
    bool m_stateChanged = false;
    bool m_trace = true;
    ViewRequest m_view; // what the command being run asks of the views
    uint32_t m_status = 0; // the NTSTATUS a service refused the running command with
};

} // namespace mm::dbg
