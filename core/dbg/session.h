#pragma once

#include "dbg/command.h"
#include "dbg/console.h"
#include "mm/mmpfn.h"
#include "sim/message.h"

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace mm::sim {
class Simulator;
struct MachineState;
} // namespace mm::sim

namespace mm::dbg {

// One difference between two positions, as !diff and View > Compare Positions show it.
struct PositionChange {
    enum class Kind { Process, Pde, Pte, Frame };
    Kind kind = Kind::Process;
    std::string process; // "a.exe (Cid 0010)"; empty for a frame
    uint16_t cid = 0;
    uint32_t where = 0; // the PDE's index, the PTE's virtual address, the frame's number
    std::string before; // each side decoded ("00708867 valid, frame 708")
    std::string after;
    std::string line; // the whole change in one line, as !diff prints it
    uint32_t beforeValue = 0; // a PDE or PTE: the entries; a frame: its list (PageLocation)
    uint32_t afterValue = 0;
    // before, after and line for the window to translate (the strings stay !diff's English).
    sim::Message beforeText;
    sim::Message afterText;
    sim::Message lineText;
};
// What changed from one position to another: the page lists' counts, the running process,
// each process's working set, private pages and commit, processes created or ended,
// every user PDE and PTE of a process present at both, and each frame whose list changed.
struct PositionComparison {
    size_t from = 0;
    size_t to = 0;
    std::string lists; // "Zeroed -3, Active +3", or "unchanged"
    std::array<uint32_t, kPageLocationCount> listsBefore {}; // each page list's count
    std::array<uint32_t, kPageLocationCount> listsAfter {};
    std::string running; // the process and CR3, "... -> ..." when they changed
    sim::Message listsText; // lists and running, for the window to translate
    sim::Message runningText;
    std::vector<PositionChange> processes;
    std::vector<PositionChange> entries; // PDEs, then PTEs, by process and address
    std::vector<PositionChange> frames;
};

// A machine and its debugger over time: every command that ran, in order, so that the
// machine can go to any position and come back (time travel, with WinDbg TTD's words),
// and the session can be replayed, saved and shown.
//
// Position n is the machine after the nth recorded command (0: just booted). Going to a
// position restores the nearest checkpoint at or before it and runs the recorded
// commands from there; the commands after the current position are the recorded future,
// kept until a different command is run (then they are discarded, as an undo stack's
// redo entries are). A command is recorded when it changes the machine or the debugger
// (`.process` changes what a later `ed` writes); looking (`!pte`, `dd`, `.hash`) changes
// neither, so it is not a position and keeps the recorded future; errors change nothing.
class Session {
public:
    // A checkpoint at 0 and then every kCheckpointEvery positions; when there would be more
    // than kMaxCheckpoints after 0, the spacing doubles and the checkpoints off the new
    // spacing are dropped, so a long session keeps 5 to 9. Replaying runs 150,000 random
    // commands a second or more at 128 MB, so reaching a position of a 100,000-command
    // session takes some 10 ms (median, mmvis-ttbench); each checkpoint costs what changed
    // since the one before, and all of them some 13 % of the live machine there.
    static constexpr size_t kCheckpointEvery = 1024;
    static constexpr size_t kMaxCheckpoints = 8;

    explicit Session(sim::Simulator& simulator, size_t checkpointEvery = kCheckpointEvery);
    ~Session();

    sim::Simulator& simulator() { return m_sim; }
    Console& console() { return m_console; }

    // A line: time travel is carried out here, every other command by the console.
    CommandResult execute(std::string_view line);
    CommandResult run(const Command& command);

    size_t position() const { return m_position; }
    size_t end() const { return m_commands.size(); } // the last recorded position
    const std::vector<Command>& commands() const { return m_commands; }

    // Goes to position (at most end()): afterwards the machine, its event log and the
    // debugger are exactly as they were there. progress, if given, is called with
    // (commands replayed, commands to replay) while it replays.
    void goTo(size_t position, const std::function<void(size_t, size_t)>& progress = {});

    // Called while time-travel commands (!tt, t-, g-, t, g, !diff) replay, as goTo's
    // progress is: a window shows a long replay's progress.
    void setReplayProgress(std::function<void(size_t, size_t)> progress) { m_replayProgress = std::move(progress); }

    // Both positions compared (each must be recorded); the machine comes back to where it was.
    PositionComparison compare(size_t from, size_t to);

    size_t checkpointCount() const { return m_checkpoints.size(); }
    size_t checkpointSpacing() const { return m_checkpointEvery; }
    // The machine as the ith checkpoint keeps it (for measuring what checkpoints cost).
    const sim::MachineState& checkpointState(size_t i) const { return *m_checkpoints[i].machine; }

private:
    struct Checkpoint {
        size_t position;
        std::shared_ptr<const sim::MachineState> machine;
        Console::State console;
    };
    std::string travel(const args::TimeTravel& travel);
    std::string diff(const args::Diff& diff);
    // A position the user named, if it is recorded; else the error naming its column.
    size_t recorded(const NumberArg& position) const;
    void record(const Command& command);
    void discardFuture(uint64_t divergedAt);

    sim::Simulator& m_sim;
    Console m_console;
    std::vector<Command> m_commands; // the recorded timeline
    size_t m_position = 0;
    std::vector<Checkpoint> m_checkpoints; // by position
    size_t m_checkpointEvery;
    std::function<void(size_t, size_t)> m_replayProgress;
};

} // namespace mm::dbg
