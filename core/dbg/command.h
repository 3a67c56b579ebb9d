#pragma once

#include "dbg/commandline.h"
#include "dbg/inspector.h"
#include "dbg/viewrequest.h"
#include "hw/mmu.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace mm::dbg {

// A number as it was typed: its value and where it is, for errors found when the command
// runs (a frame beyond RAM, an address that is not a control area).
struct NumberArg {
    uint64_t value = 0;
    size_t column = 1;
};

// The arguments of each command of the language, checked for syntax. Names of processes,
// files and sections stay tokens: what they name depends on when the command runs.
namespace args {
struct ProcessInfo { // !process [0|<process>] [<flags>]
    enum class What { Implicit, All, One } what = What::Implicit;
    Token process;
    std::optional<uint32_t> flags;
};
struct SetProcess { // .process [<process>]
    std::optional<Token> process;
};
struct Register { }; // r cr3
struct Dump { // dd|dc|db [/p] <address> [L<count>]
    Inspector::Unit unit = Inspector::Unit::Dword;
    bool physical = false;
    uint64_t address = 0;
    uint32_t count = 0;
};
struct EnterDwords { // ed <address> <value> ...
    uint32_t address = 0;
    size_t column = 1;
    std::vector<uint32_t> values;
};
struct Pte { // !pte <address>
    uint32_t va = 0;
};
struct Pfn { // !pfn <pfn>
    NumberArg pfn;
};
struct Vtop { // !vtop <DirBase|PFN|0> <address>
    NumberArg base;
    std::string baseText;
    uint32_t va = 0;
};
struct Memusage { // !memusage [<flags>]
    uint32_t flags = 0;
};
struct Echo { // .echo <text>
    std::string text;
};
struct Trace { // .trace [on|off]
    std::optional<bool> on;
};
struct Select { // .select ...: the request, and the process to resolve for .select process
    ViewRequest request;
    std::optional<Token> process;
    std::optional<NumberArg> pfn; // checked against RAM when it runs
};
struct Export { // .export <diagram>|all [<file or folder>]
    ViewRequest request;
};
struct Help { // help [<command>], ? [<command>]
    std::string command; // empty: the list
};
struct Vad { // !vad [<process>|<VAD address> [1]]
    std::optional<Token> target;
    std::optional<Token> flag; // read only when target is a VAD address
};
struct Wsle { // !wsle [<process>]
    std::optional<Token> process;
};
struct Vm { }; // !vm
struct ControlArea { // !ca <control area>|0
    NumberArg address;
};
struct Spawn { // spawn <image> [parent <process>]
    Token image;
    std::optional<Token> parent;
};
struct Exit { // exit <process>
    Token process;
};
struct Switch { // switch <process>
    Token process;
};
struct Zero { // zero [<pages>]
    uint32_t pages = 0xFFFFFFFF;
};
struct Idle { }; // idle
struct Alloc { // alloc <base|0> <size> [reserve|commit|reserve,commit] [<PAGE_*>]
    uint32_t base = 0;
    uint32_t size = 0;
    bool reserve = true;
    bool commit = true;
    uint8_t protection = 0;
};
struct Free { // free <base> [<size>] [decommit|release]
    uint32_t base = 0;
    uint32_t size = 0;
    bool release = true;
};
struct Protect { // protect <base> <size> <PAGE_*>
    uint32_t base = 0;
    uint32_t size = 0;
    uint8_t protection = 0;
};
struct Access { // read|write|exec|kread|kwrite <address> [<dword>]
    uint32_t va = 0;
    hw::Access access = hw::Access::Read;
    hw::Mode mode = hw::Mode::User;
    uint32_t value = 0;
};
struct Trim { // trim <process> [<pages>|all]
    Token process;
    uint32_t pages = UINT32_MAX;
};
struct Modwrite { }; // modwrite
struct File { // file <name> <size>
    Token name;
    NumberArg size;
};
struct Section { // section <name> [file <file>|pagefile] <size> <PAGE_*> [image]
    Token name;
    std::optional<Token> file;
    uint32_t pages = 0;
    uint8_t protection = 0;
    bool image = false;
};
struct Fork { // fork <process> [<image>]
    Token parent;
    std::optional<std::string> image;
};
struct Map { // map <section> [<base>] [<PAGE_*>]
    Token section;
    uint32_t base = 0;
    uint8_t protection = 0;
};
struct Unmap { // unmap <base>
    uint32_t base = 0;
};
struct Touch { // touch <base> <size> [read|write]
    uint32_t base = 0;
    uint32_t pages = 0;
    bool write = false;
};
struct Hash { }; // .hash
struct Diff { // !diff <position> <position> (a Session carries it out)
    NumberArg from;
    NumberArg to;
};
// A lesson's directives (docs/LESSONS.md): .lesson <title>, .step <title>, .say <text>,
// .ask <question>, .answer <answer>. They change nothing; a batch run prints them.
struct Lesson {
    enum class Kind { Title, Step, Say, Ask, Answer } kind = Kind::Say;
    std::string text;
};
// .focus <view> [<arguments>]: the lesson player brings a view to the front.
struct Focus {
    std::string view; // one of kFocusViews
    std::string arguments;
};
// .expect <command> => <text>: the command (one that looks) must print the text.
struct Expect {
    std::string command;
    size_t commandColumn = 1;
    std::string text;
    size_t textColumn = 1;
};
// quiz <count> [seed <n>]: a worksheet from the machine as it is, then its answer key.
struct Quiz {
    uint32_t count = 5;
    uint64_t seed = 1;
};
// Time travel (a Session carries these out): !tt [<position>], t-, g-, t, g.
struct TimeTravel {
    enum class Kind { Show, GoTo, BackOne, BackToStart, ForwardOne, ForwardToEnd } kind = Kind::Show;
    NumberArg position; // GoTo
};
} // namespace args

using Arguments = std::variant<args::ProcessInfo, args::SetProcess, args::Register, args::Dump, args::EnterDwords,
    args::Pte, args::Pfn, args::Vtop, args::Memusage, args::Echo, args::Trace, args::Select, args::Export, args::Help,
    args::Vad, args::Wsle, args::Vm, args::ControlArea, args::Spawn, args::Exit, args::Switch, args::Zero, args::Idle,
    args::Alloc, args::Free, args::Protect, args::Access, args::Trim, args::Modwrite, args::File, args::Section,
    args::Fork, args::Map, args::Unmap, args::Touch, args::Hash, args::TimeTravel, args::Diff, args::Lesson,
    args::Focus, args::Expect, args::Quiz>;

// The views `.focus` names: the page directory (of a process), two directories compared, a
// page table (of a PDE index or an address), the translation of an address, the page
// lists, their dynamics, physical memory, the TLB, the event log.
inline constexpr const char* kFocusViews[]
    = {"directory", "compare", "table", "translation", "lists", "dynamics", "memory", "tlb", "events"};

// One line of the command language as a value: which command, with its arguments read and
// checked, not yet run. A session is a list of these (their text is what is saved and
// shown); running one is Console::run.
struct Command {
    std::string text; // the line as typed
    std::string verb; // lower case: "!pte", "spawn"
    bool changesState = false; // a simulation verb: the machine runs (and balances) after it
    Arguments arguments;
};

// Reads a line: nullopt for an empty line or a comment; CommandError (with the column) for
// a line that is not a command of the language. Needs no machine.
std::optional<Command> parseCommand(std::string_view line);

// The command list for help: usage and one line each, inspection first.
std::string commandHelp();
// One command's help: its syntax, what it does, what it mirrors (the WinDbg command, or
// the NT routines that run) and an example; CommandError for an unknown name.
std::string commandHelp(std::string_view name);
std::vector<std::string> commandNames(); // every command, in help's order
std::string commandExample(std::string_view name);

} // namespace mm::dbg
