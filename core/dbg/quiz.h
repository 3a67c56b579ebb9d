#pragma once

#include "sim/message.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mm::sim {
class Simulator;
}

namespace mm::dbg {

// Practice questions made from the machine as it is, reproducible from a seed: where is
// the PTE of an address (self-map arithmetic), decode a PTE, translate an address (a
// physical address, or which fault and which resolver), which list a page goes to when
// its working set is trimmed, which PDEs differ between two processes' page directories,
// how many pages a new process takes from the Zeroed list. Asking changes nothing.
struct QuizQuestion {
    enum class Kind { SelfMap, Decode, Translate, AfterTrim, DirectoryDiff, SpawnZeroed };
    Kind kind = Kind::SelfMap;
    std::string process; // "a.exe (Cid 000c)"
    uint16_t cid = 0;
    uint32_t va = 0;
    uint32_t pte = 0; // the PTE's value (Decode, Translate, AfterTrim)
    uint16_t otherCid = 0; // DirectoryDiff: the second process
    std::vector<uint32_t> numbers; // DirectoryDiff: the PDEs that differ; SpawnZeroed: the count
    std::string question; // in English (the worksheet, the checker)
    std::string answer;
    sim::Message questionText; // the same, for the window to translate
    sim::Message answerText;
    // Commands that make the machine do what the answer says (trim, the read, the spawn):
    // rehearse() runs them on a copy and tells its events as the explanation. Empty for
    // questions a view explains (self-map arithmetic, decoding).
    std::vector<std::string> rehearsal;
};

// count questions (fewer when the machine has too few mapped user pages to ask about).
std::vector<QuizQuestion> makeQuiz(const sim::Simulator& simulator, size_t count, uint64_t seed);
// Whether a student's answer is right: the numbers that matter (hex, with or without 0x)
// and the words that matter, in any order and case. A self-map question wants both
// addresses; a PTE, its kind and frame (or paging-file offset); a translation, the
// physical address or the resolving routine; a trim, the list.
bool checkAnswer(const QuizQuestion& question, std::string_view answer);
// A numbered worksheet, then its answer key: what `quiz` prints.
std::string formatWorksheet(const std::vector<QuizQuestion>& questions, uint64_t seed);

class Session;
// The explanation of a question whose answer the machine can show: a copy of the session
// (its machine replayed to the same position) runs the question's rehearsal, and the
// events that concern the answer are told, one per line ("MiInsertPageInList  Transition
// -> Modified: The working set was trimmed and the page is dirty, ..."). The session itself
// is not touched. Empty when the question has no rehearsal or the copy cannot be made.
std::string rehearse(Session& session, const QuizQuestion& question);

} // namespace mm::dbg
