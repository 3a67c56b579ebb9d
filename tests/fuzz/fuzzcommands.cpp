// The command language under libFuzzer: the input is a script, one command per line, run
// on a small machine (4 MB RAM, 2 MB paging file, 16 processes) so that paging, the
// commit limit and the process limit are all within reach. Every command must either run
// or be refused without changing anything (no event; the first lines are also compared bit
// for bit), and the invariants must hold after every command that changed the machine; a
// violation aborts with the line that caused it. The same input is also read as a saved
// session: it must be refused with an error or open to the machine its header describes.
//
// Built two ways: with clang's -fsanitize=fuzzer as mmvis-fuzz (scripts/fuzz), and with a
// small main() as mmvis-fuzz-replay, which runs saved inputs (the regression corpus in
// tests/fuzz/corpus and the golden scripts) in every normal and sanitizer test run.
#include "dbg/commandline.h"
#include "dbg/sessionfile.h"
#include "support/checkedcommand.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {
constexpr size_t kMaxLines = 400; // keeps one input well under a second
constexpr size_t kHashCheckedLines = 24; // refused commands compared bit for bit
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace mm;
    {
        // As a session file: refused with a reason, or opened (on a machine small enough).
        dbg::SessionFile file;
        std::string error;
        const std::string_view text(reinterpret_cast<const char*>(data), size);
        if (dbg::parseSessionFile(text, &file, &error)) {
            dbg::OpenedSession opened;
            if (file.config.ramBytes <= (16ull << 20) && file.commands.size() <= kMaxLines
                && !dbg::openSessionFile(file, &opened, &error) && error.empty())
                std::abort(); // refused without saying why
        } else if (error.empty()) {
            std::abort();
        }
    }
    sim::SimulatorConfig config;
    config.ramBytes = 4ull << 20;
    config.pageFileBytes = 2ull << 20;
    config.maxProcesses = 16;
    auto sim = sim::Simulator::create(config);
    if (!sim)
        std::abort();
    dbg::Session session(*sim);
    std::string_view text(reinterpret_cast<const char*>(data), size);
    for (size_t number = 1; !text.empty() && number <= kMaxLines; ++number) {
        const size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        (void)dbg::printableLine(line); // what the batch runner echoes
        const std::string failure
            = testing::runCheckedCommand(session, line, number <= kHashCheckedLines, testing::Checks::AfterChanges);
        if (!failure.empty()) {
            std::fprintf(
                stderr, "mmvis-fuzz: line %zu: %s\n  %s\n", number, dbg::printableLine(line).c_str(), failure.c_str());
            std::abort();
        }
    }
    return 0;
}
