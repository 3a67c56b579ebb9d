#pragma once

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
// its working set is trimmed. Asking changes nothing.
struct QuizQuestion {
    enum class Kind { SelfMap, Decode, Translate, AfterTrim };
    Kind kind = Kind::SelfMap;
    std::string process; // "a.exe (Cid 000c)"
    uint16_t cid = 0;
    uint32_t va = 0;
    uint32_t pte = 0; // the PTE's value (Decode, Translate, AfterTrim)
    std::string question;
    std::string answer;
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

} // namespace mm::dbg
