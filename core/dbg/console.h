#pragma once

#include "dbg/commandline.h"
#include "dbg/inspector.h"
#include "dbg/viewrequest.h"
#include "hw/mmu.h"

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
};

// The command language shared by the batch runner, the console dock and scenario files:
// WinDbg inspection commands plus simulation verbs. A command either runs completely or
// fails before changing anything.
class Console {
public:
    explicit Console(sim::Simulator& simulator);

    CommandResult execute(std::string_view line);

    // The process whose address space dd, !pte and ed read (WinDbg's implicit process).
    const ps::Process& implicitProcess() const;
    static std::string helpText();
    // Whether --trace output is wanted now (.trace off silences it).
    bool traceEnabled() const { return m_trace; }

    // The debugger's own settings (the implicit process, .trace): what a checkpoint keeps
    // besides the machine.
    struct State {
        uint16_t implicitCid = 0;
        bool trace = true;
    };
    State state() const { return {m_implicitCid, m_trace}; }
    void restore(const State& state)
    {
        m_implicitCid = state.implicitCid;
        m_trace = state.trace;
    }

private:
    friend struct ConsoleTable;
    std::string cmdProcess(const CommandLine& cmd);
    std::string cmdDotProcess(const CommandLine& cmd);
    std::string cmdRegister(const CommandLine& cmd);
    std::string cmdDump(const CommandLine& cmd);
    std::string cmdEnterDword(const CommandLine& cmd);
    std::string cmdPte(const CommandLine& cmd);
    std::string cmdPfn(const CommandLine& cmd);
    std::string cmdVtop(const CommandLine& cmd);
    std::string cmdMemusage(const CommandLine& cmd);
    std::string cmdEcho(const CommandLine& cmd);
    std::string cmdHelp(const CommandLine& cmd);
    std::string cmdSpawn(const CommandLine& cmd);
    std::string cmdExit(const CommandLine& cmd);
    std::string cmdSwitch(const CommandLine& cmd);
    std::string cmdZero(const CommandLine& cmd);
    std::string cmdIdle(const CommandLine& cmd);
    std::string cmdAlloc(const CommandLine& cmd);
    std::string cmdFree(const CommandLine& cmd);
    std::string cmdProtect(const CommandLine& cmd);
    std::string cmdAccess(const CommandLine& cmd);
    std::string cmdTrim(const CommandLine& cmd);
    std::string cmdModwrite(const CommandLine& cmd);
    std::string cmdVad(const CommandLine& cmd);
    std::string cmdWsle(const CommandLine& cmd);
    std::string cmdVm(const CommandLine& cmd);
    std::string cmdFile(const CommandLine& cmd);
    std::string cmdSection(const CommandLine& cmd);
    std::string cmdControlArea(const CommandLine& cmd);
    std::string cmdMap(const CommandLine& cmd);
    std::string cmdFork(const CommandLine& cmd);
    std::string cmdUnmap(const CommandLine& cmd);
    std::string cmdTouch(const CommandLine& cmd);
    std::string cmdTrace(const CommandLine& cmd);
    std::string cmdSelect(const CommandLine& cmd);
    std::string cmdExport(const CommandLine& cmd);

    ps::Process& resolveProcess(const Token& token) const;
    uint8_t parseProtection(const Token& token) const;
    std::string describeFault(const FaultRecord& record);
    std::string balance();
    void expectArguments(const CommandLine& cmd, size_t min, size_t max, const char* usage) const;

    sim::Simulator& m_sim;
    Inspector m_inspector;
    uint16_t m_implicitCid = 0; // 0: follow the current process
    bool m_stateChanged = false;
    bool m_trace = true;
    ViewRequest m_view; // what the command being run asks of the views
};

} // namespace mm::dbg
