#include "dbg/sessionfile.h"

#include "sim/message.h"

#include "dbg/commandline.h"
#include "dbg/format.h"
#include "dbg/session.h"

#include <cstdlib>
#include <map>

namespace mm::dbg {

namespace {
std::string sizeText(uint64_t bytes)
{
    if (bytes % (1ull << 20) == 0)
        return std::to_string(bytes >> 20) + "M";
    return std::to_string(bytes >> 10) + "K";
}

// A sentence of this file, for the window to translate (context "mm::session").
sim::Message say(const char* source, std::vector<sim::Message> args = {})
{
    return sim::Message {"mm::session", source, std::move(args)};
}

// Why a file does not open, with its line: in English, and as a message to translate.
struct Failure {
    std::string* error;
    sim::Message* message;

    bool operator()(size_t line, sim::Message why) const
    {
        sim::Message m = line
            ? say(MM_TRANSLATE_NOOP("mm::session", "line %1: %2"), {std::to_string(line), std::move(why)})
            : std::move(why);
        if (error)
            *error = m.text();
        if (message)
            *message = std::move(m);
        return false;
    }
};
} // namespace

std::string formatSessionFile(Session& session, const std::vector<std::string>& view)
{
    const sim::Simulator& sim = session.simulator();
    std::string out = "# mmvis session: the recorded commands of a session, in order. mmvis opens it (File >\n"
                      "# Open Session, mmvis <file>, mmvis --batch --session <file>); it also runs as a script.\n";
    out += format("#: mmvis-session %d\n", SessionFile::kVersion);
    out += "#: ram " + sizeText(sim.layout().ramBytes) + "\n";
    out += "#: pagefile " + sizeText(uint64_t(sim.memoryManager().pagingFiles().front().size()) << 12) + "\n";
    out += format("#: max-processes %u\n", sim.processes().maxProcesses());
    out += format("#: commands %zu\n", session.end());
    out += format("#: position %zu\n", session.position());
    out += format("#: hash %016llx\n", static_cast<unsigned long long>(sim.stateHash()));
    for (const std::string& v : view)
        out += "#: view " + v + "\n";
    for (const Command& c : session.commands())
        out += c.text + "\n";
    return out;
}

bool parseSessionFile(std::string_view text, SessionFile* file, std::string* error, sim::Message* message)
{
    const Failure fail {error, message};
    SessionFile f;
    std::map<std::string, std::string> header;
    std::map<std::string, size_t> headerLine;
    size_t lineNumber = 0;
    bool sawVersion = false;
    size_t commandsDeclared = 0;
    while (!text.empty()) {
        const size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        ++lineNumber;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.rfind("#:", 0) == 0) {
            const CommandLine words(std::string(line.substr(2)));
            if (words.size() != 2)
                return fail(lineNumber, say(MM_TRANSLATE_NOOP("mm::session", "a header line is '#: <name> <value>'")));
            const std::string key = words[0].text;
            if (!sawVersion) {
                if (key != "mmvis-session")
                    return fail(lineNumber,
                        say(MM_TRANSLATE_NOOP(
                            "mm::session", "not an mmvis session (it must begin with '#: mmvis-session 1')")));
                const int version = std::atoi(words[1].text.c_str());
                if (version > SessionFile::kVersion)
                    return fail(lineNumber,
                        say(MM_TRANSLATE_NOOP(
                                "mm::session", "made by a newer mmvis (session version %1; this one reads version %2)"),
                            {std::to_string(version), std::to_string(SessionFile::kVersion)}));
                if (version < 1)
                    return fail(lineNumber,
                        say(MM_TRANSLATE_NOOP("mm::session", "'%1' is not a session version"), {words[1].text}));
                sawVersion = true;
                continue;
            }
            if (!f.commands.empty())
                return fail(lineNumber, say(MM_TRANSLATE_NOOP("mm::session", "a header line after the commands")));
            if (key == "view") {
                f.view.push_back(words[1].text);
                continue;
            }
            if (key != "ram" && key != "pagefile" && key != "max-processes" && key != "commands" && key != "position"
                && key != "hash")
                return fail(lineNumber, say(MM_TRANSLATE_NOOP("mm::session", "unknown header line '%1'"), {key}));
            if (header.count(key))
                return fail(lineNumber, say(MM_TRANSLATE_NOOP("mm::session", "'%1' is given twice"), {key}));
            header[key] = words[1].text;
            headerLine[key] = lineNumber;
            continue;
        }
        const CommandLine words(line);
        if (words.empty())
            continue; // a comment or a blank line
        if (!sawVersion)
            return fail(lineNumber,
                say(MM_TRANSLATE_NOOP(
                    "mm::session", "not an mmvis session (it must begin with '#: mmvis-session 1')")));
        try {
            if (!parseCommand(line))
                continue;
        } catch (const CommandError& e) {
            return fail(lineNumber, format("column %zu: %s", e.column, e.what()));
        }
        f.commands.emplace_back(line);
        f.lines.push_back(lineNumber);
    }
    if (!sawVersion)
        return fail(
            0, say(MM_TRANSLATE_NOOP("mm::session", "not an mmvis session (it must begin with '#: mmvis-session 1')")));
    for (const char* key : {"ram", "pagefile", "max-processes", "commands", "position", "hash"}) {
        if (!header.count(key))
            return fail(0, say(MM_TRANSLATE_NOOP("mm::session", "the header has no '%1' line"), {key}));
    }
    auto number = [&](const std::string& key, uint64_t max, uint64_t* value) {
        try {
            *value = parseNumber(Token {"0n" + header[key], 1}, max);
            return true;
        } catch (const CommandError&) {
            return fail(headerLine[key], say(MM_TRANSLATE_NOOP("mm::session", "'%1' is not a %2"), {header[key], key}));
        }
    };
    auto size = [&](const std::string& key, uint64_t* value) {
        const auto bytes = parseSize(header[key]);
        if (!bytes)
            return fail(headerLine[key],
                say(MM_TRANSLATE_NOOP("mm::session", "'%1' is not a size such as 128M"), {header[key]}));
        *value = *bytes;
        return true;
    };
    uint64_t maxProcesses = 0, commands = 0, position = 0;
    if (!size("ram", &f.config.ramBytes) || !size("pagefile", &f.config.pageFileBytes)
        || !number("max-processes", 4096, &maxProcesses) || !number("commands", 0xFFFFFFFF, &commands)
        || !number("position", 0xFFFFFFFF, &position))
        return false;
    f.config.maxProcesses = static_cast<uint32_t>(maxProcesses);
    try {
        f.hash = parseNumber(Token {header["hash"], 1}, UINT64_MAX);
    } catch (const CommandError&) {
        return fail(
            headerLine["hash"], say(MM_TRANSLATE_NOOP("mm::session", "'%1' is not a state hash"), {header["hash"]}));
    }
    commandsDeclared = static_cast<size_t>(commands);
    if (f.commands.size() != commandsDeclared)
        return fail(0,
            say(MM_TRANSLATE_NOOP(
                    "mm::session", "the header says %1 commands and the file has %2: it was cut short or changed"),
                {std::to_string(commandsDeclared), std::to_string(f.commands.size())}));
    if (position > commands)
        return fail(headerLine["position"],
            say(MM_TRANSLATE_NOOP("mm::session", "position %1 is beyond the %2 commands"),
                {std::to_string(position), std::to_string(f.commands.size())}));
    f.position = static_cast<size_t>(position);
    *file = std::move(f);
    return true;
}

bool openSessionFile(const SessionFile& file, OpenedSession* opened, std::string* error, const OpenProgress& progress,
    sim::Message* message)
{
    const Failure fail {error, message};
    std::string why;
    auto simulator = sim::Simulator::create(file.config, &why);
    if (!simulator)
        return fail(0, say(MM_TRANSLATE_NOOP("mm::session", "the machine cannot be booted: %1"), {why}));
    auto session = std::make_unique<Session>(*simulator);
    if (progress && !progress(*simulator, 0, file.commands.size()))
        return fail(0, say(MM_TRANSLATE_NOOP("mm::session", "the opening was cancelled")));
    for (size_t i = 0; i < file.commands.size(); ++i) {
        const size_t before = session->end();
        const CommandResult result = session->execute(file.commands[i]);
        if (session->end() != before + 1)
            return fail(file.lines[i],
                result.ok
                    ? say(MM_TRANSLATE_NOOP("mm::session", "'%1' does not run as it did when the session was saved"),
                        {printableLine(file.commands[i])})
                    : say(
                        MM_TRANSLATE_NOOP("mm::session", "'%1' does not run as it did when the session was saved: %2"),
                        {printableLine(file.commands[i]), result.error}));
        if (progress && !progress(*simulator, i + 1, file.commands.size()))
            return fail(0, say(MM_TRANSLATE_NOOP("mm::session", "the opening was cancelled")));
    }
    session->goTo(file.position);
    if (simulator->stateHash() != file.hash)
        return fail(0,
            say(MM_TRANSLATE_NOOP(
                    "mm::session", "the machine does not come out as it was saved (state hash %1, the file says %2)"),
                {format("%016llx", static_cast<unsigned long long>(simulator->stateHash())),
                    format("%016llx", static_cast<unsigned long long>(file.hash))}));
    opened->simulator = std::move(simulator);
    opened->session = std::move(session);
    return true;
}

} // namespace mm::dbg
