#pragma once

#include "sim/message.h"
#include "sim/simulator.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace mm::dbg {

class Session;

// A saved session: the machine's configuration, the recorded commands, the position and
// the state hash there. On disk it is a command file with a header of `#:` lines, so it
// is readable, and runs as a script too:
//
//     # mmvis session: the recorded commands of a session, in order.
//     #: mmvis-session 1
//     #: ram 128M
//     #: pagefile 140M
//     #: max-processes 512
//     #: commands 7
//     #: position 5
//     #: hash 4bad2f1880f8dd78
//     #: view process=0x14
//     spawn a.exe
//     ...
struct SessionFile {
    static constexpr int kVersion = 1;
    sim::SimulatorConfig config;
    std::vector<std::string> commands;
    std::vector<size_t> lines; // where each command is in the file (1-based)
    size_t position = 0;
    uint64_t hash = 0; // Simulator::stateHash() at position
    // `#: view <what>=<value>` lines: what the window showed (the selection), for the
    // window to restore; the core keeps them as they are.
    std::vector<std::string> view;
};

// The file's text for a session (its machine's configuration, commands and position).
std::string formatSessionFile(Session& session, const std::vector<std::string>& view = {});
// Reads a session file; on a file that is not one (another kind of file, a newer version,
// a missing or malformed header line, a truncated file) returns false with one error
// naming the line and what is wrong (also as a message for the window to translate).
bool parseSessionFile(std::string_view text, SessionFile* file, std::string* error, sim::Message* message = nullptr);

// A machine and session rebuilt from a file: booted with its configuration, every command
// replayed, at its position, its hash checked. Nothing is returned, and error says why,
// when a command no longer runs or the machine does not come out the same.
struct OpenedSession {
    std::unique_ptr<sim::Simulator> simulator;
    std::unique_ptr<Session> session;
};
// progress, if given, is called after boot and after each command replayed, with the
// machine then and (replayed, total); returning false stops the opening (an error: "the opening was
// cancelled").
using OpenProgress = std::function<bool(const sim::Simulator& machine, size_t replayed, size_t total)>;
bool openSessionFile(const SessionFile& file, OpenedSession* opened, std::string* error,
    const OpenProgress& progress = {}, sim::Message* message = nullptr);

} // namespace mm::dbg
