#include "dbg/quiz.h"

#include "dbg/format.h"
#include "hw/paginggeometry.h"
#include "hw/pte.h"
#include "mm/mmpfn.h"
#include "ps/processmanager.h"
#include "sim/simulator.h"

#include <cctype>
#include <set>
#include <string>
#include <utility>

namespace mm::dbg {

namespace {

// splitmix64: a small, fixed generator, so a seed gives the same questions everywhere.
struct Random {
    uint64_t state;
    uint64_t next()
    {
        uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    size_t below(size_t n) { return n ? size_t(next() % n) : 0; }
};

const char* const kProtections[] = {"no access", "read-only", "execute", "execute/read", "read/write", "write-copy",
    "execute/read/write", "execute/write-copy"};

std::string protectionText(uint8_t protection)
{
    std::string text = kProtections[protection & 7];
    if (protection & 0x08)
        text += ", no cache";
    if (protection & 0x10)
        text += ", guard";
    return text;
}

// A user page a question can be about: the process, the address and its PTE (non-zero).
struct Page {
    const ps::Process* process;
    uint32_t va;
    uint32_t pte;
};

std::vector<Page> userPages(const sim::Simulator& sim)
{
    std::vector<Page> pages;
    const auto& memory = sim.memory();
    const uint32_t userPdes = hw::kX86Geometry.pdeIndex(hw::kSystemRangeStart);
    for (const auto& p : sim.processes().processes()) {
        for (uint32_t i = 0; i < userPdes; ++i) {
            const uint32_t pde = memory.read32(p->directoryTableBase[0] + i * 4);
            if (!(pde & hw::pte::Valid) || (pde & hw::pte::LargePage))
                continue;
            for (uint32_t j = 0; j < 1024; ++j) {
                if (const uint32_t pte = memory.read32((pde & hw::pte::FrameMask) + j * 4))
                    pages.push_back({p.get(), (i << 22) | (j << 12), pte});
            }
        }
    }
    return pages;
}

std::string decodeAnswer(uint32_t pte)
{
    namespace pt = hw::pte;
    switch (pt::classify(pte)) {
    case pt::Kind::Hardware: {
        const auto h = pt::HardwarePte::decode(pte);
        return format("valid: frame %x, %s, %s%s%s%s", h.pfn, h.write ? "writable" : "read-only",
            h.owner ? "user" : "kernel", h.dirty ? ", dirty" : "", h.accessed ? ", accessed" : "",
            h.copyOnWrite ? ", copy-on-write" : "");
    }
    case pt::Kind::TransitionPage: {
        const auto t = pt::TransitionPte::decode(pte);
        return format("transition: frame %x, %s", t.pfn, protectionText(t.protection).c_str());
    }
    case pt::Kind::PageFile: {
        const auto f = pt::PageFilePte::decode(pte);
        return format("paging file %u offset %x, %s", f.fileNumber, f.offset, protectionText(f.protection).c_str());
    }
    case pt::Kind::DemandZero:
        return "demand zero, " + protectionText(pt::protectionOf(pte));
    case pt::Kind::PrototypePointer: {
        const auto p = pt::PrototypePointerPte::decode(pte);
        return p.lookupNeeded ? std::string("prototype: look the prototype PTE up through the VAD")
                              : format("prototype: the prototype PTE at %08x", p.protoPteAddress);
    }
    case pt::Kind::Zero:
    case pt::Kind::Subsection:
        break;
    }
    return "zero: the VAD says";
}

std::string translateAnswer(const sim::Simulator& sim, const Page& page)
{
    namespace pt = hw::pte;
    switch (pt::classify(page.pte)) {
    case pt::Kind::Hardware:
        return format("physical address %08x", (page.pte & pt::FrameMask) | (page.va & hw::kPageMask));
    case pt::Kind::TransitionPage: {
        const hw::Pfn pfn = page.pte >> hw::kPageShift;
        const auto list = sim.pfnDatabase()[pfn].location();
        return format("a soft fault: MiResolveTransitionFault takes frame %x back from the %s list", pfn,
            pageLocationName(static_cast<uint8_t>(list)));
    }
    case pt::Kind::PageFile: {
        const auto f = pt::PageFilePte::decode(page.pte);
        return format("a hard fault: MiResolvePageFileFault reads paging file %u offset %x", f.fileNumber, f.offset);
    }
    case pt::Kind::DemandZero:
        return "a demand-zero fault: MiResolveDemandZeroFault gives a zeroed page";
    case pt::Kind::PrototypePointer:
        return "a prototype PTE fault: MiResolveProtoPteFault, through the section's prototype PTE";
    case pt::Kind::Zero:
    case pt::Kind::Subsection:
        break;
    }
    return "the VAD decides";
}

std::string name(const ps::Process& p)
{
    return format("%s (Cid %04x)", p.imageName.c_str(), p.cid);
}

} // namespace

std::vector<QuizQuestion> makeQuiz(const sim::Simulator& sim, size_t count, uint64_t seed)
{
    using Kind = QuizQuestion::Kind;
    Random random {seed};
    const std::vector<Page> pages = userPages(sim);
    // Pages a trim question can be about: valid private pages (a shared one's fate depends
    // on its other users).
    std::vector<Page> trimmable;
    for (const Page& p : pages) {
        if ((p.pte & hw::pte::Valid) && !(sim.pfnDatabase()[p.pte >> hw::kPageShift].flags & MmPfn::PrototypePte))
            trimmable.push_back(p);
    }
    std::vector<QuizQuestion> quiz;
    std::set<std::pair<int, uint32_t>> asked; // (kind, page): no question twice
    for (size_t n = 0, tries = 0; n < count && !pages.empty() && tries < 64 * count; ++tries) {
        auto kind = static_cast<Kind>(random.below(4));
        if (kind == Kind::AfterTrim && trimmable.empty())
            kind = Kind::Decode;
        const Page& page
            = kind == Kind::AfterTrim ? trimmable[random.below(trimmable.size())] : pages[random.below(pages.size())];
        if (!asked.insert({int(kind), page.va ^ (uint32_t(page.process->cid) << 1)}).second)
            continue;
        ++n;
        QuizQuestion q;
        q.kind = kind;
        q.process = name(*page.process);
        q.cid = page.process->cid;
        q.va = page.va;
        q.pte = page.pte;
        switch (kind) {
        case Kind::SelfMap: {
            // Any address of the page, to make the arithmetic real.
            const uint32_t va = page.va | (uint32_t(random.below(0x400)) << 2);
            q.va = va;
            q.question = format("Where are the PTE and the PDE of %08x (in any process)?", va);
            q.answer
                = format("PTE at %08X, PDE at %08X", hw::kX86Geometry.pteAddress(va), hw::kX86Geometry.pdeAddress(va));
            break;
        }
        case Kind::Decode:
            q.question
                = format("In %s, the PTE of %08x holds %08x. What does it say?", q.process.c_str(), page.va, page.pte);
            q.answer = decodeAnswer(page.pte);
            break;
        case Kind::Translate:
            q.question = format("%s reads %08x. Where does the read go, or which fault resolves it?", q.process.c_str(),
                page.va | 0x123);
            q.va = page.va | 0x123;
            q.answer = translateAnswer(sim, {page.process, q.va, page.pte});
            break;
        case Kind::AfterTrim: {
            const hw::Pfn pfn = page.pte >> hw::kPageShift;
            const bool modified = (page.pte & hw::pte::Dirty) || (sim.pfnDatabase()[pfn].flags & MmPfn::Modified);
            q.question = format("The working set of %s is trimmed. Which list does its page at %08x (PTE %08x) go to?",
                q.process.c_str(), page.va, page.pte);
            q.answer = modified ? "Modified: it was written (or never had a copy elsewhere), so only memory holds it"
                                : "Standby: a copy exists (paging file or image), so it is clean";
            break;
        }
        }
        quiz.push_back(std::move(q));
    }
    return quiz;
}

namespace {

std::string lowered(std::string_view text)
{
    std::string out(text);
    for (char& c : out)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// The hex numbers in a text ("c0000040", "0x70d", "70D"), as values.
std::set<uint64_t> numbersIn(std::string_view text)
{
    std::set<uint64_t> numbers;
    const std::string t = lowered(text);
    for (size_t i = 0; i < t.size();) {
        if (!std::isxdigit(static_cast<unsigned char>(t[i]))) {
            ++i;
            continue;
        }
        size_t j = i;
        if (t.compare(i, 2, "0x") == 0)
            j += 2;
        const size_t digits = j;
        while (j < t.size() && std::isxdigit(static_cast<unsigned char>(t[j])))
            ++j;
        const bool word = j < t.size() && std::isalpha(static_cast<unsigned char>(t[j])); // part of a word
        if (!word && j > digits && j - digits <= 16)
            numbers.insert(std::stoull(t.substr(digits, j - digits), nullptr, 16));
        while (j < t.size() && std::isalnum(static_cast<unsigned char>(t[j])))
            ++j;
        i = j;
    }
    return numbers;
}

bool mentions(std::string_view answer, std::string_view word)
{
    return lowered(answer).find(lowered(word)) != std::string::npos;
}

} // namespace

bool checkAnswer(const QuizQuestion& q, std::string_view answer)
{
    using Kind = QuizQuestion::Kind;
    namespace pt = hw::pte;
    const auto numbers = numbersIn(answer);
    auto has = [&](uint64_t n) { return numbers.count(n) != 0; };
    switch (q.kind) {
    case Kind::SelfMap:
        return has(hw::kX86Geometry.pteAddress(q.va)) && has(hw::kX86Geometry.pdeAddress(q.va));
    case Kind::Decode:
        switch (pt::classify(q.pte)) {
        case pt::Kind::Hardware:
            return mentions(answer, "valid") && has(q.pte >> hw::kPageShift);
        case pt::Kind::TransitionPage:
            return mentions(answer, "transition") && has(q.pte >> hw::kPageShift);
        case pt::Kind::PageFile:
            return mentions(answer, "file") && has(pt::PageFilePte::decode(q.pte).offset);
        case pt::Kind::DemandZero:
            return mentions(answer, "demand") && mentions(answer, "zero");
        case pt::Kind::PrototypePointer:
            return mentions(answer, "prototype");
        case pt::Kind::Zero:
        case pt::Kind::Subsection:
            break;
        }
        return false;
    case Kind::Translate:
        switch (pt::classify(q.pte)) {
        case pt::Kind::Hardware:
            return has((q.pte & pt::FrameMask) | (q.va & hw::kPageMask));
        case pt::Kind::TransitionPage:
            return mentions(answer, "MiResolveTransitionFault") || mentions(answer, "soft");
        case pt::Kind::PageFile:
            return mentions(answer, "MiResolvePageFileFault") || mentions(answer, "hard");
        case pt::Kind::DemandZero:
            return mentions(answer, "MiResolveDemandZeroFault") || mentions(answer, "demand");
        case pt::Kind::PrototypePointer:
            return mentions(answer, "MiResolveProtoPteFault") || mentions(answer, "prototype");
        case pt::Kind::Zero:
        case pt::Kind::Subsection:
            break;
        }
        return false;
    case Kind::AfterTrim:
        return mentions(answer, q.answer.substr(0, q.answer.find(':')))
            && !mentions(answer, q.answer.rfind("Modified", 0) == 0 ? "standby" : "modified");
    }
    return false;
}

std::string formatWorksheet(const std::vector<QuizQuestion>& questions, uint64_t seed)
{
    std::string out = format("Worksheet: %zu question%s (seed %llu)\n", questions.size(),
        questions.size() == 1 ? "" : "s", static_cast<unsigned long long>(seed));
    if (questions.empty())
        return out + "  (no user page is mapped yet: spawn a process and touch some memory first)\n";
    for (size_t i = 0; i < questions.size(); ++i)
        out += format("%3zu. %s\n", i + 1, questions[i].question.c_str());
    out += "Answer key:\n";
    for (size_t i = 0; i < questions.size(); ++i)
        out += format("%3zu. %s\n", i + 1, questions[i].answer.c_str());
    return out;
}

} // namespace mm::dbg
