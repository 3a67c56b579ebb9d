#pragma once

#include "sim/event.h"
#include "sim/message.h"

#include <cstdint>
#include <string>

namespace mm::sim {

// An event told for people: what it changed, decoded ("Valid pfn 71c RW user dirty ->
// Transition pfn 71c ReadWrite", "Active -> Modified"), and why, in a sentence that names
// the cause ("The working set was trimmed; the page is dirty, so ...").
struct Explanation {
    std::string change; // in the debugger's words, as !pte decodes: the same in every language
    Message why; // a sentence the window translates
};

// Whether a routine's event opens a piece of work that the events after it belong to
// until the next such event (within one command): a fault, a trim, the modified page
// writer, freeing memory, creating or ending a process... The explanation of an event
// inside it names that cause.
bool opensScene(Routine routine);

Explanation explain(const Event& event, Routine scene = Routine::Count);

// A page list's name (NT's: "Zeroed", "Standby", ...) for the window to translate.
Message pageListName(uint8_t location);

// A PTE or PDE decoded in a few words, as the explanation of a PTE write shows each side:
// "0", "Valid pfn 71c RW user dirty", "Transition pfn 71c ReadWrite", "DemandZero
// ReadWrite", "PageFile 0 offset 1a ReadWrite", "Proto e1001008", "Proto (VAD)",
// "Subsection" (a prototype PTE whose page is only in its file).
std::string decodeEntry(uint32_t entry, bool prototypePte = false);

} // namespace mm::sim
