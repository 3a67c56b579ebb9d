#pragma once

#include "sim/event.h"

#include <string>
#include <string_view>

namespace mm::sim {

// What a student reads about each routine the event log names (`help <routine>`, the
// Explain pane): what it does in NT, when NT calls it, what it does in this simulator,
// and where to read more (a section of the seed digest or of nt-mm.md in
// ../shared/reference/, or a seed document).
struct GlossaryEntry {
    const char* name; // as events and the console name it
    const char* what;
    const char* when;
    const char* here;
    const char* read;
};

// The entry of an event's routine; nullptr only for Routine::Count.
const GlossaryEntry* glossaryEntry(Routine routine);
// The entry of a routine named as events and the console name it (case-insensitive): the
// event routines and the NT services the console reports refusing; or nullptr.
const GlossaryEntry* glossaryEntry(std::string_view name);
// The entry as `help <routine>` prints it.
std::string glossaryText(const GlossaryEntry& entry);

} // namespace mm::sim
