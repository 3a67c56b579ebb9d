#include "dbg/command.h"
#include "sim/glossary.h"

#include "dbg/format.h"
#include "hw/protection.h"
#include "mm/mmpfn.h"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace mm::dbg {

namespace {
std::string lower(std::string s)
{
    for (char& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

constexpr uint32_t kMaxDumpBytes = 0x100000; // 1 MB per d* command

void expectArguments(const CommandLine& cmd, size_t min, size_t max, const char* usage)
{
    const size_t given = cmd.size() - 1;
    if (given < min)
        throw CommandError(cmd.endColumn() + 1, std::string("missing argument; usage: ") + usage);
    if (given > max)
        throw CommandError(cmd[max + 1].column, "unexpected argument '" + cmd[max + 1].text + "'; usage: " + usage);
}

uint8_t parseProtection(const Token& token)
{
    std::string upper = token.text;
    for (char& ch : upper)
        ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    auto mask = hw::protection::fromWin32Name(upper);
    if (!mask)
        throw CommandError(token.column,
            "'" + token.text
                + "' is not a protection (PAGE_NOACCESS, PAGE_READONLY, PAGE_READWRITE, PAGE_WRITECOPY, PAGE_EXECUTE, "
                  "PAGE_EXECUTE_READ, PAGE_EXECUTE_READWRITE, PAGE_EXECUTE_WRITECOPY, with |PAGE_GUARD or "
                  "|PAGE_NOCACHE)");
    return *mask;
}

uint32_t number32(const Token& token)
{
    return static_cast<uint32_t>(parseNumber(token));
}

// --- One parser per command: syntax only ---

Arguments processInfo(const CommandLine& cmd)
{
    expectArguments(cmd, 0, 2, "!process [0|<process>] [<flags>]");
    args::ProcessInfo a;
    if (cmd.size() > 2)
        a.flags = static_cast<uint32_t>(parseNumber(cmd[2], 0xFF));
    if (cmd.size() > 1) {
        a.what = tryParseNumber(cmd[1].text) == 0u ? args::ProcessInfo::What::All : args::ProcessInfo::What::One;
        a.process = cmd[1];
    }
    return a;
}

Arguments setProcess(const CommandLine& cmd)
{
    expectArguments(cmd, 0, 1, ".process [<process>]");
    args::SetProcess a;
    if (cmd.size() == 2)
        a.process = cmd[1];
    return a;
}

Arguments registers(const CommandLine& cmd)
{
    expectArguments(cmd, 1, 1, "r cr3");
    if (lower(cmd[1].text) != "cr3")
        throw CommandError(cmd[1].column, "the simulated CPU shows only cr3 (r cr3)");
    return args::Register {};
}

Arguments dump(const CommandLine& cmd)
{
    const std::string verb = lower(cmd[0].text);
    args::Dump a;
    a.unit = verb == "db" ? Inspector::Unit::Byte : verb == "dc" ? Inspector::Unit::DwordChars : Inspector::Unit::Dword;
    const char* usage = "dd|dc|db [/p] <address> [L<count>]";
    size_t i = 1;
    if (i < cmd.size() && lower(cmd[i].text) == "/p") {
        a.physical = true;
        ++i;
    }
    if (i >= cmd.size())
        throw CommandError(cmd.endColumn() + 1, std::string("missing address; usage: ") + usage);
    a.address = parseNumber(cmd[i], a.physical ? 0xFFFFFFFFFull : 0xFFFFFFFFull);
    ++i;
    uint64_t count = a.unit == Inspector::Unit::Byte ? 0x80 : 0x20; // 128 bytes either way
    if (i < cmd.size()) {
        const Token& t = cmd[i];
        if (t.text.size() < 1 || (t.text[0] != 'L' && t.text[0] != 'l'))
            throw CommandError(t.column, "expected a length like L20, found '" + t.text + "'; usage: " + usage);
        Token number {t.text.substr(1), t.column + 1};
        if (number.text.empty()) {
            if (++i >= cmd.size())
                throw CommandError(t.column + 1, "missing the count after L");
            number = cmd[i];
        }
        count = parseNumber(number, 0xFFFFFFFF);
        if (count == 0)
            throw CommandError(number.column, "the length must be at least 1");
        ++i;
    }
    if (i < cmd.size())
        throw CommandError(cmd[i].column, "unexpected argument '" + cmd[i].text + "'; usage: " + usage);
    const uint64_t bytes = count * (a.unit == Inspector::Unit::Byte ? 1 : 4);
    if (bytes > kMaxDumpBytes)
        throw CommandError(cmd[0].column,
            format("range too large: %llx bytes (at most %x per command)", static_cast<unsigned long long>(bytes),
                kMaxDumpBytes));
    a.count = static_cast<uint32_t>(count);
    return a;
}

Arguments enterDwords(const CommandLine& cmd)
{
    if (cmd.size() < 3)
        throw CommandError(cmd.endColumn() + 1, "missing argument; usage: ed <address> <value> [<value> ...]");
    args::EnterDwords a;
    a.address = number32(cmd[1]);
    a.column = cmd[1].column;
    for (size_t i = 2; i < cmd.size(); ++i)
        a.values.push_back(number32(cmd[i]));
    return a;
}

Arguments pte(const CommandLine& cmd)
{
    expectArguments(cmd, 1, 1, "!pte <address>");
    return args::Pte {number32(cmd[1])};
}

Arguments pfn(const CommandLine& cmd)
{
    expectArguments(cmd, 1, 1, "!pfn <page frame number>");
    return args::Pfn {{parseNumber(cmd[1]), cmd[1].column}};
}

Arguments vtop(const CommandLine& cmd)
{
    expectArguments(cmd, 2, 2, "!vtop <DirBase|PFN|0> <virtual address>");
    args::Vtop a;
    a.base = {parseNumber(cmd[1]), cmd[1].column};
    a.baseText = cmd[1].text;
    a.va = number32(cmd[2]);
    return a;
}

Arguments memusage(const CommandLine& cmd)
{
    expectArguments(cmd, 0, 1, "!memusage [<flags>]");
    return args::Memusage {cmd.size() == 2 ? static_cast<uint32_t>(parseNumber(cmd[1], 0xFF)) : 0};
}

Arguments echo(const CommandLine& cmd)
{
    return args::Echo {cmd.restFrom(1)};
}

Arguments lesson(const CommandLine& cmd)
{
    using Kind = args::Lesson::Kind;
    const std::string verb = lower(cmd[0].text);
    const Kind kind = verb == ".lesson" ? Kind::Title
        : verb == ".step"               ? Kind::Step
        : verb == ".ask"                ? Kind::Ask
        : verb == ".answer"             ? Kind::Answer
                                        : Kind::Say;
    const std::string text = cmd.restFrom(1);
    if (text.empty() && kind != Kind::Say) // an empty .say is a paragraph break
        throw CommandError(cmd[0].column + verb.size() + 1, verb + " needs its text");
    return args::Lesson {kind, text};
}

Arguments focus(const CommandLine& cmd)
{
    expectArguments(cmd, 1, 3, ".focus <view> [<arguments>]");
    const std::string view = lower(cmd[1].text);
    if (std::find_if(std::begin(kFocusViews), std::end(kFocusViews), [&](const char* v) { return view == v; })
        == std::end(kFocusViews)) {
        std::string names;
        for (const char* v : kFocusViews)
            names += std::string(names.empty() ? "" : ", ") + v;
        throw CommandError(cmd[1].column, "'" + cmd[1].text + "' is not a view (" + names + ")");
    }
    return args::Focus {view, cmd.restFrom(2)};
}

Arguments expect(const CommandLine& cmd)
{
    const std::string rest = cmd.restFrom(1);
    const size_t arrow = rest.find(" => ");
    if (rest.empty() || arrow == std::string::npos || arrow == 0 || arrow + 4 >= rest.size())
        throw CommandError(cmd[0].column, "usage: .expect <command> => <text it prints>");
    args::Expect e;
    e.command = rest.substr(0, arrow);
    e.commandColumn = cmd.size() > 1 ? cmd[1].column : 1;
    e.text = rest.substr(arrow + 4);
    e.textColumn = e.commandColumn + arrow + 4;
    // The command must be one that looks: checked here, with columns in this line.
    try {
        const auto inner = parseCommand(e.command);
        if (!inner)
            throw CommandError(1, "no command to run");
        // Only inspection: nothing that changes the machine or the debugger, travels,
        // acts on the window's views, or is itself a directive.
        const bool looks = !inner->changesState
            && std::visit(
                [](const auto& a) {
                    using A = std::decay_t<decltype(a)>;
                    return !std::
                               is_same_v<A,
                                   args::
                                       TimeTravel> && !std::is_same_v<A, args::Diff> && !std::is_same_v<A, args::Expect> && !std::is_same_v<A, args::Select> && !std::is_same_v<A, args::Export> && !std::is_same_v<A, args::Trace> && !std::is_same_v<A, args::SetProcess> && !std::is_same_v<A, args::Lesson> && !std::is_same_v<A, args::Focus> && !std::is_same_v<A, args::EnterDwords>;
                },
                inner->arguments);
        if (!looks)
            throw CommandError(
                1, "'" + inner->verb + "' is not a command that looks; .expect runs one such as !pte, dd or !pfn");
    } catch (const CommandError& error) {
        throw CommandError(e.commandColumn + error.column - 1, error.what());
    }
    return e;
}

Arguments quiz(const CommandLine& cmd)
{
    expectArguments(cmd, 0, 3, "quiz [<count>] [seed <n>]");
    args::Quiz q;
    size_t i = 1;
    if (cmd.size() > i && lower(cmd[i].text) != "seed") {
        q.count = static_cast<uint32_t>(parseNumber(cmd[i], 0x40));
        if (q.count == 0)
            throw CommandError(cmd[i].column, "a worksheet has at least one question");
        ++i;
    }
    if (cmd.size() > i) {
        if (lower(cmd[i].text) != "seed")
            throw CommandError(cmd[i].column, "expected 'seed <n>'; usage: quiz [<count>] [seed <n>]");
        if (cmd.size() != i + 2)
            throw CommandError(cmd[i].column, "missing argument: the seed; usage: quiz [<count>] [seed <n>]");
        q.seed = parseNumber(cmd[i + 1], UINT64_MAX);
    }
    return q;
}

Arguments help(const CommandLine& cmd)
{
    expectArguments(cmd, 0, 1, "help [<command>]");
    if (cmd.size() == 2) {
        // A command, or a routine the event log names; checked here, so that an unknown
        // name is an error at its column.
        if (!sim::glossaryEntry(cmd[1].text)) {
            try {
                commandHelp(cmd[1].text);
            } catch (const CommandError&) {
                throw CommandError(cmd[1].column,
                    "no command or routine '" + cmd[1].text
                        + "' (help lists the commands; routines are as the event "
                          "log names them, e.g. MiResolveDemandZeroFault)");
            }
        }
        return args::Help {cmd[1].text};
    }
    return args::Help {};
}

Arguments trace(const CommandLine& cmd)
{
    expectArguments(cmd, 0, 1, ".trace [on|off]");
    args::Trace a;
    if (cmd.size() == 2) {
        const std::string word = lower(cmd[1].text);
        if (word != "on" && word != "off")
            throw CommandError(cmd[1].column, "expected on or off");
        a.on = word == "on";
    }
    return a;
}

Arguments select(const CommandLine& cmd)
{
    static const char* const usage
        = ".select process <process>|va <address>|pfn <pfn>|table <PDE index>|lists <list>,...|all|directory";
    expectArguments(cmd, 1, 2, usage);
    args::Select a;
    ViewRequest& view = a.request;
    const std::string what = lower(cmd[1].text);
    view.column = cmd[0].column;
    if (what == "directory") {
        expectArguments(cmd, 1, 1, usage);
        view.kind = ViewRequest::Kind::SelectDirectory;
        return a;
    }
    expectArguments(cmd, 2, 2, usage);
    if (what == "process") {
        view.kind = ViewRequest::Kind::SelectProcess;
        a.process = cmd[2];
    } else if (what == "va") {
        view.kind = ViewRequest::Kind::SelectVa;
        view.value = number32(cmd[2]);
    } else if (what == "pfn") {
        view.kind = ViewRequest::Kind::SelectPfn;
        a.pfn = NumberArg {parseNumber(cmd[2]), cmd[2].column};
    } else if (what == "table") {
        view.kind = ViewRequest::Kind::SelectTable;
        view.value = static_cast<uint32_t>(parseNumber(cmd[2], 0x3FF));
    } else if (what == "lists") {
        // The page lists the charts show: names separated by commas, or all.
        view.kind = ViewRequest::Kind::SelectLists;
        const std::string names = lower(cmd[2].text);
        if (names == "all") {
            view.value = (1u << kPageLocationCount) - 1;
            return a;
        }
        size_t start = 0;
        while (start <= names.size()) {
            const size_t end = std::min(names.find(',', start), names.size());
            const std::string name = names.substr(start, end - start);
            int found = -1;
            for (int l = 0; l < kPageLocationCount; ++l) {
                if (name == lower(pageLocationName(static_cast<uint8_t>(l))))
                    found = l;
            }
            if (found < 0)
                throw CommandError(cmd[2].column + start,
                    "'" + name
                        + "' is not a page list (Zeroed, Free, Standby, Modified, ModifiedNoWrite, Bad, Active, "
                          "Transition, or all)");
            view.value |= 1u << found;
            start = end + 1;
        }
    } else {
        throw CommandError(cmd[1].column, "expected process, va, pfn, table, lists or directory");
    }
    return a;
}

Arguments exportDiagram(const CommandLine& cmd)
{
    expectArguments(cmd, 1, 2, ".export <diagram>|all [<file or folder>]");
    const std::string name = lower(cmd[1].text);
    bool known = name == "all";
    std::string names;
    for (std::string_view n : kDiagramNames) {
        known = known || name == n;
        names += std::string(names.empty() ? "" : ", ") + std::string(n);
    }
    if (!known)
        throw CommandError(cmd[1].column, "unknown diagram '" + cmd[1].text + "' (all, " + names + ")");
    args::Export a;
    a.request.kind = ViewRequest::Kind::Export;
    a.request.column = cmd[0].column;
    a.request.diagram = name;
    if (cmd.size() == 3)
        a.request.path = cmd[2].text;
    return a;
}

Arguments vad(const CommandLine& cmd)
{
    expectArguments(cmd, 0, 2, "!vad [<process>|<VAD address> [1]]");
    args::Vad a;
    if (cmd.size() >= 2)
        a.target = cmd[1];
    if (cmd.size() == 3)
        a.flag = cmd[2];
    return a;
}

Arguments wsle(const CommandLine& cmd)
{
    expectArguments(cmd, 0, 1, "!wsle [<process>]");
    args::Wsle a;
    if (cmd.size() == 2)
        a.process = cmd[1];
    return a;
}

Arguments vm(const CommandLine& cmd)
{
    expectArguments(cmd, 0, 0, "!vm");
    return args::Vm {};
}

Arguments controlArea(const CommandLine& cmd)
{
    expectArguments(cmd, 1, 1, "!ca <control area>|0");
    return args::ControlArea {{static_cast<uint32_t>(parseNumber(cmd[1])), cmd[1].column}};
}

Arguments spawn(const CommandLine& cmd)
{
    const char* usage = "spawn <image> [parent <process>]";
    expectArguments(cmd, 1, 3, usage);
    args::Spawn a;
    a.image = cmd[1];
    if (cmd.size() > 2) {
        if (lower(cmd[2].text) != "parent")
            throw CommandError(cmd[2].column, "expected 'parent', found '" + cmd[2].text + "'; usage: " + usage);
        if (cmd.size() < 4)
            throw CommandError(cmd.endColumn() + 1, std::string("missing the parent process; usage: ") + usage);
        a.parent = cmd[3];
    }
    return a;
}

Arguments exitProcess(const CommandLine& cmd)
{
    expectArguments(cmd, 1, 1, "exit <process>");
    return args::Exit {cmd[1]};
}

Arguments switchProcess(const CommandLine& cmd)
{
    expectArguments(cmd, 1, 1, "switch <process>");
    return args::Switch {cmd[1]};
}

Arguments zero(const CommandLine& cmd)
{
    expectArguments(cmd, 0, 1, "zero [<pages>]");
    return args::Zero {cmd.size() == 2 ? number32(cmd[1]) : 0xFFFFFFFF};
}

Arguments idle(const CommandLine& cmd)
{
    expectArguments(cmd, 0, 0, "idle");
    return args::Idle {};
}

Arguments alloc(const CommandLine& cmd)
{
    const char* usage = "alloc <base|0> <size> [reserve|commit|reserve,commit] [<PAGE_*>]";
    expectArguments(cmd, 2, 4, usage);
    args::Alloc a;
    a.base = number32(cmd[1]);
    a.size = static_cast<uint32_t>(parseSizeOrNumber(cmd[2]));
    a.protection = hw::protection::ReadWrite;
    for (size_t i = 3; i < cmd.size(); ++i) {
        const std::string word = lower(cmd[i].text);
        if (word == "reserve" || word == "commit" || word == "reserve,commit" || word == "commit,reserve") {
            a.reserve = word.find("reserve") != std::string::npos;
            a.commit = word.find("commit") != std::string::npos;
        } else {
            a.protection = parseProtection(cmd[i]);
        }
    }
    return a;
}

Arguments free(const CommandLine& cmd)
{
    expectArguments(cmd, 1, 3, "free <base> [<size>] [decommit|release]");
    args::Free a;
    a.base = number32(cmd[1]);
    for (size_t i = 2; i < cmd.size(); ++i) {
        const std::string word = lower(cmd[i].text);
        if (word == "decommit" || word == "release")
            a.release = word == "release";
        else
            a.size = static_cast<uint32_t>(parseSizeOrNumber(cmd[i]));
    }
    return a;
}

Arguments protect(const CommandLine& cmd)
{
    expectArguments(cmd, 3, 3, "protect <base> <size> <PAGE_*>");
    args::Protect a;
    a.base = number32(cmd[1]);
    a.size = static_cast<uint32_t>(parseSizeOrNumber(cmd[2]));
    a.protection = parseProtection(cmd[3]);
    return a;
}

Arguments access(const CommandLine& cmd)
{
    const std::string verb = lower(cmd[0].text);
    const bool write = verb == "write" || verb == "kwrite";
    args::Access a;
    a.mode = verb[0] == 'k' ? hw::Mode::Kernel : hw::Mode::User;
    a.access = write ? hw::Access::Write : verb == "exec" ? hw::Access::Execute : hw::Access::Read;
    expectArguments(cmd, write ? 2 : 1, write ? 2 : 1, write ? "write <address> <dword>" : "read <address>");
    a.va = number32(cmd[1]);
    a.value = write ? number32(cmd[2]) : 0;
    if ((a.va & hw::kPageMask) > hw::kPageSize - 4)
        throw CommandError(cmd[1].column,
            format("the dword at %08x crosses a page boundary; use an address below "
                   "%08x in its page",
                a.va, (a.va & ~hw::kPageMask) + hw::kPageSize - 4));
    return a;
}

Arguments trim(const CommandLine& cmd)
{
    expectArguments(cmd, 1, 2, "trim <process> [<pages>|all]");
    args::Trim a;
    a.process = cmd[1];
    if (cmd.size() == 3 && lower(cmd[2].text) != "all")
        a.pages = number32(cmd[2]);
    return a;
}

Arguments modwrite(const CommandLine& cmd)
{
    expectArguments(cmd, 0, 0, "modwrite");
    return args::Modwrite {};
}

Arguments file(const CommandLine& cmd)
{
    expectArguments(cmd, 2, 2, "file <name> <size>");
    const uint64_t size = parseSizeOrNumber(cmd[2]);
    if (size == 0 || size > (64u << 20))
        throw CommandError(cmd[2].column, "a data file is 1 byte to 64 MB here");
    return args::File {cmd[1], {size, cmd[2].column}};
}

Arguments section(const CommandLine& cmd)
{
    const char* usage = "section <name> [file <file>|pagefile] <size> <PAGE_*> [image]";
    expectArguments(cmd, 3, 6, usage);
    args::Section a;
    a.name = cmd[1];
    size_t i = 2;
    const std::string backing = lower(cmd[i].text);
    if (backing == "file") {
        if (cmd.size() < 4)
            throw CommandError(cmd.endColumn(), std::string("expected a file name; usage: ") + usage);
        a.file = cmd[i + 1];
        i += 2;
    } else if (backing == "pagefile") {
        ++i;
    }
    if (i + 2 > cmd.size())
        throw CommandError(cmd.endColumn(), std::string("expected a size and a protection; usage: ") + usage);
    const uint64_t size = parseSizeOrNumber(cmd[i]);
    a.protection = parseProtection(cmd[i + 1]);
    if (i + 2 < cmd.size()) {
        if (lower(cmd[i + 2].text) != "image")
            throw CommandError(cmd[i + 2].column, std::string("expected image or the end; usage: ") + usage);
        a.image = true;
    }
    if (i + 3 < cmd.size())
        throw CommandError(cmd[i + 3].column, std::string("too many arguments; usage: ") + usage);
    if (a.image && !a.file)
        throw CommandError(cmd[2].column, "an image section needs 'file <image>'");
    if (size > (256u << 20))
        throw CommandError(cmd[i].column, "a section is at most 256 MB here");
    a.pages = static_cast<uint32_t>((size + hw::kPageSize - 1) / hw::kPageSize);
    return a;
}

Arguments fork(const CommandLine& cmd)
{
    expectArguments(cmd, 1, 2, "fork <process> [<image>]");
    args::Fork a;
    a.parent = cmd[1];
    if (cmd.size() == 3)
        a.image = cmd[2].text;
    return a;
}

Arguments map(const CommandLine& cmd)
{
    expectArguments(cmd, 1, 3, "map <section> [<base>] [<PAGE_*>]");
    args::Map a;
    a.section = cmd[1];
    for (size_t i = 2; i < cmd.size(); ++i) {
        if (tryParseNumber(cmd[i].text))
            a.base = number32(cmd[i]);
        else
            a.protection = parseProtection(cmd[i]);
    }
    return a;
}

Arguments unmap(const CommandLine& cmd)
{
    expectArguments(cmd, 1, 1, "unmap <base>");
    return args::Unmap {number32(cmd[1])};
}

Arguments touch(const CommandLine& cmd)
{
    const char* usage = "touch <base> <size> [read|write]";
    expectArguments(cmd, 2, 3, usage);
    args::Touch a;
    a.base = number32(cmd[1]) & ~hw::kPageMask;
    const uint64_t size = parseSizeOrNumber(cmd[2]);
    if (cmd.size() == 4) {
        const std::string mode = lower(cmd[3].text);
        if (mode != "read" && mode != "write")
            throw CommandError(cmd[3].column, std::string("expected read or write; usage: ") + usage);
        a.write = mode == "write";
    }
    const uint64_t pages = (size + hw::kPageMask) >> hw::kPageShift;
    if (pages == 0 || a.base + (pages << hw::kPageShift) - 1 > 0xFFFFFFFFull)
        throw CommandError(cmd[2].column, "the range must have at least one page and end below 4 GB");
    a.pages = static_cast<uint32_t>(pages);
    return a;
}

Arguments hash(const CommandLine& cmd)
{
    expectArguments(cmd, 0, 0, ".hash");
    return args::Hash {};
}

// A position as !tt and !diff read it: decimal, 0x for hex.
NumberArg position(const Token& token)
{
    const std::string& text = token.text;
    const bool prefixed = text.size() > 2 && text[0] == '0' && std::strchr("xXnN", text[1]);
    return {parseNumber(Token {prefixed ? text : "0n" + text, token.column}, 0xFFFFFFFF), token.column};
}

Arguments diff(const CommandLine& cmd)
{
    expectArguments(cmd, 2, 2, "!diff <position> <position>");
    return args::Diff {position(cmd[1]), position(cmd[2])};
}

Arguments timeTravel(const CommandLine& cmd)
{
    using Kind = args::TimeTravel::Kind;
    const std::string verb = lower(cmd[0].text);
    args::TimeTravel a;
    if (verb == "!tt") {
        expectArguments(cmd, 0, 1, "!tt [<position>]");
        if (cmd.size() == 2) {
            a.kind = Kind::GoTo;
            // Positions are counted in decimal, like WinDbg's TTD steps; 0x for hex.
            a.position = position(cmd[1]);
        }
        return a;
    }
    expectArguments(cmd, 0, 0, verb.c_str());
    a.kind = verb == "t-" ? Kind::BackOne
        : verb == "g-"    ? Kind::BackToStart
        : verb == "t"     ? Kind::ForwardOne
                          : Kind::ForwardToEnd;
    return a;
}

struct Spec {
    const char* name;
    Arguments (*parse)(const CommandLine&);
    bool changesState;
    const char* usage;
    const char* summary;
};

// Inspection first, then the verbs that change the simulation (help lists them in this order).
const Spec kCommands[] = {
    {"!process", processInfo, false, "!process [0|<process>] [<flags>]", "processes (0 0: all, brief)"},
    {".process", setProcess, false, ".process [<process>]", "set the debugger's process context"},
    {"r", registers, false, "r cr3", "the page directory base the CPU uses"},
    {"dd", dump, false, "dd [/p] <address> [L<count>]", "display dwords (/p: physical)"},
    {"dc", dump, false, "dc [/p] <address> [L<count>]", "display dwords and characters"},
    {"db", dump, false, "db [/p] <address> [L<count>]", "display bytes"},
    {"!pte", pte, false, "!pte <address>", "decode the PDE and PTE of an address"},
    {"!pfn", pfn, false, "!pfn <pfn>", "a PFN database entry"},
    {"!vtop", vtop, false, "!vtop <DirBase|PFN|0> <address>", "translate an address"},
    {"!memusage", memusage, false, "!memusage [8]",
        "page counts of each list, and who uses the pages (8: the counts only)"},
    {".echo", echo, false, ".echo <text>", "print text"},
    {".lesson", lesson, false, ".lesson <title>", "a lesson's title"},
    {".step", lesson, false, ".step <title>", "a lesson's next step (the player stops here)"},
    {".say", lesson, false, ".say <text>", "a caption (consecutive lines make one)"},
    {".ask", lesson, false, ".ask <question>", "a question to think about before the answer"},
    {".answer", lesson, false, ".answer <answer>", "the answer to the question before"},
    {".focus", focus, false, ".focus <view> [<arguments>]", "bring a view to the front (in the window)"},
    {".expect", expect, false, ".expect <command> => <text>", "fail unless the command prints the text"},
    {".trace", trace, false, ".trace [on|off]", "show or hide --trace output from here on"},
    {".select", select, false, ".select process|va|pfn|table|lists <value>, .select directory",
        "what the diagrams show (the window, or --export)"},
    {".export", exportDiagram, false, ".export <diagram>|all [<file or folder>]",
        "write a diagram now (the window, or --export)"},
    {".hash", hash, false, ".hash", "a digest of the whole machine (as --state-hash prints)"},
    {"quiz", quiz, false, "quiz [<count>] [seed <n>]",
        "practice: questions from the machine as it is, then the answers (at most 40h)"},
    {"!tt", timeTravel, false, "!tt [<position>]",
        "time travel: the position (commands run since boot), or go to one (decimal)"},
    {"!diff", diff, false, "!diff <position> <position>",
        "what changed between two positions: lists, processes, PDEs and PTEs, frames"},
    {"t-", timeTravel, false, "t-", "back one command"},
    {"g-", timeTravel, false, "g-", "back to position 0, just booted"},
    {"t", timeTravel, false, "t", "forward one recorded command"},
    {"g", timeTravel, false, "g", "forward through every recorded command"},
    {"help", help, false, "help [<command>|<routine>]",
        "this list; a command (what it mirrors, an example); a routine"},
    {"?", help, false, "? [<command>|<routine>]", "same as help"},
    {"!vad", vad, false, "!vad [<process>|<VAD address> [1]]", "the VAD tree of a process"},
    {"!wsle", wsle, false, "!wsle [<process>]", "the working set list of a process"},
    {"!vm", vm, false, "!vm", "physical memory, paging file and commit"},
    {"!ca", controlArea, false, "!ca <control area>|0", "a section's control area, segment and subsections"},
    {"ed", enterDwords, false, "ed <address> <value> [<value> ...]", "write dwords (data pages)"},
    {"spawn", spawn, true, "spawn <image> [parent <process>]", "create a process (PspCreateProcess)"},
    {"exit", exitProcess, true, "exit <process>", "end a process (PspExitProcess)"},
    {"switch", switchProcess, true, "switch <process>", "context switch (KiSwapProcess)"},
    {"zero", zero, true, "zero [<pages>]", "run the zero page thread until Free is empty"},
    {"idle", idle, true, "idle", "the CPU idles: the zero page thread runs if woken"},
    {"alloc", alloc, true, "alloc <base|0> <size> [reserve|commit|reserve,commit] [<PAGE_*>]",
        "NtAllocateVirtualMemory in the current process"},
    {"free", free, true, "free <base> [<size>] [decommit|release]", "NtFreeVirtualMemory"},
    {"protect", protect, true, "protect <base> <size> <PAGE_*>", "NtProtectVirtualMemory"},
    {"read", access, true, "read <address>", "a user-mode read by the current process"},
    {"write", access, true, "write <address> <dword>", "a user-mode write"},
    {"exec", access, true, "exec <address>", "a user-mode instruction fetch"},
    {"kread", access, true, "kread <address>", "a kernel-mode read"},
    {"kwrite", access, true, "kwrite <address> <dword>", "a kernel-mode write"},
    {"trim", trim, true, "trim <process> [<pages>|all]", "empty a working set (MmAdjustWorkingSetSize)"},
    {"modwrite", modwrite, true, "modwrite", "run the modified page writer"},
    {"file", file, true, "file <name> <size>", "create a data file on the simulated disk"},
    {"section", section, true, "section <name> [file <file>|pagefile] <size> <PAGE_*> [image]",
        "create a section (MmCreateSection)"},
    {"fork", fork, true, "fork <process> [<image>]",
        "create a process that clones its parent (no section; copy-on-write)"},
    {"map", map, true, "map <section> [<base>] [<PAGE_*>]",
        "map a view of a section in the current process (MmMapViewOfSection)"},
    {"unmap", unmap, true, "unmap <base>", "unmap a view (MmUnmapViewOfSection)"},
    {"touch", touch, true, "touch <base> <size> [read|write]", "one access to every page of a range"},
};
} // namespace

std::optional<Command> parseCommand(std::string_view line)
{
    checkLineIsText(line);
    const CommandLine cmd(line);
    if (cmd.empty())
        return std::nullopt;
    const std::string verb = lower(cmd[0].text);
    const auto spec
        = std::find_if(std::begin(kCommands), std::end(kCommands), [&](const Spec& s) { return verb == s.name; });
    if (spec == std::end(kCommands))
        throw CommandError(cmd[0].column, "unknown command '" + cmd[0].text + "' (type help for the list)");
    return Command {std::string(line), verb, spec->changesState, spec->parse(cmd)};
}

namespace {

// For `help <command>`: what it mirrors (a WinDbg command, or the NT routines that run)
// and an example, in the same order as kCommands.
struct Detail {
    const char* name;
    const char* mirrors;
    const char* example;
};
const Detail kDetails[] = {
    {"!process", "WinDbg's !process", "!process 0 0"},
    {".process", "WinDbg's .process (the implicit process)", ".process a.exe"},
    {"r", "WinDbg's r (a register)", "r cr3"},
    {"dd", "WinDbg's dd", "dd c0300c00 L2"},
    {"dc", "WinDbg's dc", "dc 400000 L8"},
    {"db", "WinDbg's db", "db /p 0 L10"},
    {"!pte", "WinDbg's !pte", "!pte c0300000"},
    {"!pfn", "WinDbg's !pfn", "!pfn 6e0"},
    {"!vtop", "WinDbg's !vtop", "!vtop 0 80001234"},
    {"!memusage", "WinDbg's !memusage", "!memusage 8"},
    {".echo", "WinDbg's .echo", ".echo the page directory of a.exe"},
    {".lesson", "a lesson directive (docs/LESSONS.md)", ".lesson Two page directories"},
    {".step", "a lesson directive (docs/LESSONS.md)", ".step A context switch"},
    {".say", "a lesson directive (docs/LESSONS.md)", ".say PDE 300 points at the directory itself."},
    {".ask", "a lesson directive (docs/LESSONS.md)", ".ask Which field is loaded into CR3?"},
    {".answer", "a lesson directive (docs/LESSONS.md)", ".answer DirectoryTableBase[0]."},
    {".focus", "a lesson directive (docs/LESSONS.md)", ".focus compare a.exe b.exe"},
    {".expect", "a lesson directive (docs/LESSONS.md)", ".expect r cr3 => cr3=006e0000"},
    {".trace", "mmvis: --trace from here on", ".trace on"},
    {".select", "mmvis: the diagrams' selection", ".select va 400000"},
    {".export", "mmvis: a diagram to a file", ".export translation"},
    {".hash", "mmvis: --state-hash", ".hash"},
    {"quiz", "mmvis: practice (self-map arithmetic, PTE decoding, translation, trimming)", "quiz 0n10 seed 7"},
    {"!tt", "WinDbg's time travel (TTD) !tt", "!tt 3"},
    {"!diff", "mmvis: two positions compared", "!diff 0 3"},
    {"t-", "WinDbg TTD's t- (step back)", "t-"},
    {"g-", "WinDbg TTD's g- (back to the start)", "g-"},
    {"t", "WinDbg's t (step)", "t"},
    {"g", "WinDbg's g (go)", "g"},
    {"help", "WinDbg's help", "help !pte"},
    {"?", "WinDbg's ?", "?"},
    {"!vad", "WinDbg's !vad", "!vad a.exe"},
    {"!wsle", "WinDbg's !wsle", "!wsle a.exe"},
    {"!vm", "WinDbg's !vm", "!vm"},
    {"!ca", "WinDbg's !ca", "!ca 0"},
    {"ed", "WinDbg's ed (writes through MmAccessFault when the page is not resident)", "ed 10000 12345678"},
    {"spawn", "PspCreateProcess -> MmCreateProcessAddressSpace, MmInitializeProcessAddressSpace", "spawn a.exe"},
    {"exit", "PspExitProcess -> MmCleanProcessAddressSpace -> MmDeleteProcessAddressSpace", "exit a.exe"},
    {"switch", "KiSwapProcess (a CR3 load)", "switch a.exe"},
    {"zero", "MmZeroPageThread (MiRemoveAnyPage, MiZeroPhysicalPage)", "zero 8"},
    {"idle", "the idle loop: KeSetEvent wakes MmZeroPageThread", "idle"},
    {"alloc", "NtAllocateVirtualMemory (MiInsertVad)", "alloc 0 10000 reserve,commit PAGE_READWRITE"},
    {"free", "NtFreeVirtualMemory (MiDeleteVirtualAddresses, MiRemoveVad)", "free 10000 0 release"},
    {"protect", "NtProtectVirtualMemory", "protect 10000 1000 PAGE_READONLY"},
    {"read", "MmAccessFault -> MiDispatchFault when the access faults", "read 10000"},
    {"write", "MmAccessFault -> MiDispatchFault when the access faults", "write 10000 12345678"},
    {"exec", "MmAccessFault -> MiDispatchFault when the access faults", "exec 400000"},
    {"kread", "MmAccessFault (kernel mode)", "kread 80001234"},
    {"kwrite", "MmAccessFault (kernel mode)", "kwrite c0502000 0"},
    {"trim", "MmAdjustWorkingSetSize -> MiTrimWorkingSet", "trim a.exe all"},
    {"modwrite", "MiModifiedPageWriter (MiGatherPagefilePages, IoAsynchronousPageWrite)", "modwrite"},
    {"file", "mmvis: a file on the simulated disk", "file data.bin 20000"},
    {"section", "MmCreateSection (MiCreateDataFileMap, MiCreatePagingFileMap, MiCreateImageFileMap)",
        "section shared pagefile 10000 PAGE_READWRITE"},
    {"fork", "PspCreateProcess -> MiCloneProcessAddressSpace", "fork a.exe"},
    {"map", "MmMapViewOfSection", "map shared 0 PAGE_READWRITE"},
    {"unmap", "MmUnmapViewOfSection", "unmap 20000"},
    {"touch", "MmAccessFault for every page that faults", "touch 10000 20000 write"},
};
static_assert(std::size(kDetails) == std::size(kCommands), "a help entry for every command");

} // namespace

std::string commandHelp(std::string_view name)
{
    const std::string verb = lower(std::string(name));
    for (size_t i = 0; i < std::size(kCommands); ++i) {
        const Spec& s = kCommands[i];
        if (verb != s.name)
            continue;
        return format(
            "%s\n  %s\n  Mirrors: %s\n  Example: %s\n", s.usage, s.summary, kDetails[i].mirrors, kDetails[i].example);
    }
    throw CommandError(1, "no command '" + std::string(name) + "' (help lists them)");
}

std::vector<std::string> commandNames()
{
    std::vector<std::string> names;
    for (const Spec& s : kCommands)
        names.emplace_back(s.name);
    return names;
}

std::string commandExample(std::string_view name)
{
    for (size_t i = 0; i < std::size(kCommands); ++i) {
        if (name == kCommands[i].name)
            return kDetails[i].example;
    }
    return {};
}

std::string commandHelp()
{
    std::string out = "Inspection (WinDbg syntax):\n";
    bool verbs = false;
    for (const Spec& s : kCommands) {
        if (s.changesState && !verbs) {
            out += "Simulation:\n";
            verbs = true;
        }
        if (std::string_view(s.usage).size() > 44) // a long usage gets a line of its own
            out += format("  %s\n  %-44s %s\n", s.usage, "", s.summary);
        else
            out += format("  %-44s %s\n", s.usage, s.summary);
    }
    out += "Numbers are hex (0n for decimal); <process> is an EPROCESS address, a Cid or an image name.\n";
    return out;
}

} // namespace mm::dbg
