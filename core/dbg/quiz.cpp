#include "dbg/quiz.h"

#include "dbg/format.h"
#include "dbg/session.h"
#include "dbg/sessionfile.h"
#include "hw/paginggeometry.h"
#include "hw/pte.h"
#include "mm/mmpfn.h"
#include "ps/processmanager.h"
#include "sim/explain.h"
#include "sim/message.h"
#include "sim/simulator.h"

#include <algorithm>
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

const char* const kProtections[]
    = {MM_TRANSLATE_NOOP("mm::quiz", "no access"), MM_TRANSLATE_NOOP("mm::quiz", "read-only"),
        MM_TRANSLATE_NOOP("mm::quiz", "execute"), MM_TRANSLATE_NOOP("mm::quiz", "execute/read"),
        MM_TRANSLATE_NOOP("mm::quiz", "read/write"), MM_TRANSLATE_NOOP("mm::quiz", "write-copy"),
        MM_TRANSLATE_NOOP("mm::quiz", "execute/read/write"), MM_TRANSLATE_NOOP("mm::quiz", "execute/write-copy")};

// A sentence or a word of this file, for the window to translate (context "mm::quiz").
sim::Message say(const char* source, std::vector<sim::Message> args = {})
{
    return sim::Message {"mm::quiz", source, std::move(args)};
}

sim::Message protectionText(uint8_t protection)
{
    std::vector<sim::Message> words {say(kProtections[protection & 7])};
    if (protection & 0x08)
        words.push_back(say(MM_TRANSLATE_NOOP("mm::quiz", "no cache")));
    if (protection & 0x10)
        words.push_back(say(MM_TRANSLATE_NOOP("mm::quiz", "guard")));
    return sim::Message::join(std::move(words));
}

std::string hex8(uint32_t v)
{
    return format("%08x", v);
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

sim::Message decodeAnswer(uint32_t pte)
{
    namespace pt = hw::pte;
    switch (pt::classify(pte)) {
    case pt::Kind::Hardware: {
        const auto h = pt::HardwarePte::decode(pte);
        std::vector<sim::Message> words {format("%x", h.pfn),
            h.write ? say(MM_TRANSLATE_NOOP("mm::quiz", "writable")) : say(MM_TRANSLATE_NOOP("mm::quiz", "read-only")),
            h.owner ? say(MM_TRANSLATE_NOOP("mm::quiz", "user")) : say(MM_TRANSLATE_NOOP("mm::quiz", "kernel"))};
        if (h.dirty)
            words.push_back(say(MM_TRANSLATE_NOOP("mm::quiz", "dirty")));
        if (h.accessed)
            words.push_back(say(MM_TRANSLATE_NOOP("mm::quiz", "accessed")));
        if (h.copyOnWrite)
            words.push_back(say(MM_TRANSLATE_NOOP("mm::quiz", "copy-on-write")));
        // "frame 71c, writable, user, dirty": the frame's number is the first of the list.
        words.front() = say(MM_TRANSLATE_NOOP("mm::quiz", "frame %1"), {words.front()});
        return say(MM_TRANSLATE_NOOP("mm::quiz", "valid: %1"), {sim::Message::join(std::move(words))});
    }
    case pt::Kind::TransitionPage: {
        const auto t = pt::TransitionPte::decode(pte);
        return say(MM_TRANSLATE_NOOP("mm::quiz", "transition: frame %1, %2"),
            {format("%x", t.pfn), protectionText(t.protection)});
    }
    case pt::Kind::PageFile: {
        const auto f = pt::PageFilePte::decode(pte);
        return say(MM_TRANSLATE_NOOP("mm::quiz", "paging file %1 offset %2, %3"),
            {format("%u", f.fileNumber), format("%x", f.offset), protectionText(f.protection)});
    }
    case pt::Kind::DemandZero:
        return say(MM_TRANSLATE_NOOP("mm::quiz", "demand zero, %1"), {protectionText(pt::protectionOf(pte))});
    case pt::Kind::PrototypePointer: {
        const auto p = pt::PrototypePointerPte::decode(pte);
        return p.lookupNeeded
            ? say(MM_TRANSLATE_NOOP("mm::quiz", "prototype: look the prototype PTE up through the VAD"))
            : say(MM_TRANSLATE_NOOP("mm::quiz", "prototype: the prototype PTE at %1"), {hex8(p.protoPteAddress)});
    }
    case pt::Kind::Zero:
    case pt::Kind::Subsection:
        break;
    }
    return say(MM_TRANSLATE_NOOP("mm::quiz", "zero: the VAD says"));
}

sim::Message translateAnswer(const sim::Simulator& sim, const Page& page)
{
    namespace pt = hw::pte;
    switch (pt::classify(page.pte)) {
    case pt::Kind::Hardware:
        return say(MM_TRANSLATE_NOOP("mm::quiz", "physical address %1"),
            {hex8((page.pte & pt::FrameMask) | (page.va & hw::kPageMask))});
    case pt::Kind::TransitionPage: {
        const hw::Pfn pfn = page.pte >> hw::kPageShift;
        const auto list = sim.pfnDatabase()[pfn].location();
        return say(MM_TRANSLATE_NOOP(
                       "mm::quiz", "a soft fault: MiResolveTransitionFault takes frame %1 back from the %2 list"),
            {format("%x", pfn), pageLocationName(static_cast<uint8_t>(list))});
    }
    case pt::Kind::PageFile: {
        const auto f = pt::PageFilePte::decode(page.pte);
        return say(MM_TRANSLATE_NOOP("mm::quiz", "a hard fault: MiResolvePageFileFault reads paging file %1 offset %2"),
            {format("%u", f.fileNumber), format("%x", f.offset)});
    }
    case pt::Kind::DemandZero:
        return say(MM_TRANSLATE_NOOP("mm::quiz", "a demand-zero fault: MiResolveDemandZeroFault gives a zeroed page"));
    case pt::Kind::PrototypePointer:
        return say(MM_TRANSLATE_NOOP(
            "mm::quiz", "a prototype PTE fault: MiResolveProtoPteFault, through the section's prototype PTE"));
    case pt::Kind::Zero:
    case pt::Kind::Subsection:
        break;
    }
    return say(MM_TRANSLATE_NOOP("mm::quiz", "the VAD decides"));
}

std::string name(const ps::Process& p)
{
    return format("%s (Cid %04x)", p.imageName.c_str(), p.cid);
}

// "0, 1 and 300": hex numbers as a list.
std::string listed(const std::vector<uint32_t>& numbers)
{
    std::string text;
    for (size_t i = 0; i < numbers.size(); ++i) {
        if (i)
            text += i + 1 == numbers.size() ? " and " : ", ";
        text += format("%x", numbers[i]);
    }
    return text;
}

// The PDEs of two processes' page directories that hold different values.
std::vector<uint32_t> differingPdes(const sim::Simulator& sim, const ps::Process& a, const ps::Process& b)
{
    std::vector<uint32_t> differ;
    for (uint32_t i = 0; i < hw::kX86Geometry.entriesPerTable(); ++i) {
        if (sim.memory().read32(a.directoryTableBase[0] + i * 4)
            != sim.memory().read32(b.directoryTableBase[0] + i * 4))
            differ.push_back(i);
    }
    return differ;
}

sim::Message directoryDiffAnswer(const std::vector<uint32_t>& differ)
{
    const uint32_t firstSystem = hw::kX86Geometry.pdeIndex(hw::kSystemRangeStart);
    std::vector<uint32_t> user;
    std::vector<uint32_t> system;
    for (uint32_t i : differ)
        (i < firstSystem ? user : system).push_back(i);
    const sim::Message userPart = user.empty()
        ? say(MM_TRANSLATE_NOOP("mm::quiz", "No user PDE (neither process has a page table below 80000000)"))
        : say(
            MM_TRANSLATE_NOOP("mm::quiz", "User PDEs %1 (each process has its own page tables there)"), {listed(user)});
    const bool both
        = std::count(system.begin(), system.end(), 0x300u) && std::count(system.begin(), system.end(), 0x301u);
    const sim::Message note = both
        ? say(MM_TRANSLATE_NOOP("mm::quiz", " (300 maps each directory onto itself, 301 each process's hyperspace)"))
        : sim::Message();
    return say(MM_TRANSLATE_NOOP("mm::quiz", "%1; in system space %2%3; every other system PDE is the same copy."),
        {userPart, listed(system), note});
}

// Where a new process's three pages come from: the Zeroed list first, then the Free list
// (zeroed before use), then Standby (MiRemoveZeroPage, nt-mm: page list removal).
sim::Message spawnAnswer(uint32_t fromZeroed, uint32_t zeroed, uint32_t fromFree, uint32_t fromStandby)
{
    const sim::Message rest = fromFree && fromStandby ? say(MM_TRANSLATE_NOOP("mm::quiz",
                                  ", the rest from the Free list and then Standby, zeroed first "
                                  "(MiZeroPhysicalPage)"))
        : fromFree
        ? say(MM_TRANSLATE_NOOP("mm::quiz", " and the rest from the Free list, zeroed first (MiZeroPhysicalPage)"))
        : fromStandby ? say(MM_TRANSLATE_NOOP("mm::quiz", " and the rest from Standby, repurposed and zeroed first"))
                      : sim::Message();
    return say(MM_TRANSLATE_NOOP("mm::quiz",
                   "%1: MmCreateProcessAddressSpace takes three pages (page directory, hyperspace page table, "
                   "working set list) with MiRemoveZeroPage; the Zeroed list holds %2, so %3 come from it%4."),
        {format("%u", fromZeroed), format("%u", zeroed), format("%u", fromZeroed), rest});
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
    const auto& all = sim.processes().processes();
    for (size_t n = 0, tries = 0; n < count && !pages.empty() && tries < 64 * count; ++tries) {
        auto kind = static_cast<Kind>(random.below(6));
        if (kind == Kind::AfterTrim && trimmable.empty())
            kind = Kind::Decode;
        const Page& page
            = kind == Kind::AfterTrim ? trimmable[random.below(trimmable.size())] : pages[random.below(pages.size())];
        // The second process of a comparison: any other.
        const ps::Process* other = nullptr;
        if (kind == Kind::DirectoryDiff) {
            other = all[random.below(all.size())].get();
            if (other == page.process)
                continue;
        }
        const uint32_t key = kind == Kind::SpawnZeroed ? 0
            : other
            ? (uint32_t(std::min(page.process->cid, other->cid)) << 16) | std::max(page.process->cid, other->cid)
            : page.va ^ (uint32_t(page.process->cid) << 1);
        if (!asked.insert({int(kind), key}).second)
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
            q.questionText = say(
                MM_TRANSLATE_NOOP("mm::quiz", "Where are the PTE and the PDE of %1 (in any process)?"), {hex8(va)});
            q.answerText = say(MM_TRANSLATE_NOOP("mm::quiz", "PTE at %1, PDE at %2"),
                {format("%08X", hw::kX86Geometry.pteAddress(va)), format("%08X", hw::kX86Geometry.pdeAddress(va))});
            break;
        }
        case Kind::Decode:
            q.questionText = say(MM_TRANSLATE_NOOP("mm::quiz", "In %1, the PTE of %2 holds %3. What does it say?"),
                {q.process, hex8(page.va), hex8(page.pte)});
            q.answerText = decodeAnswer(page.pte);
            break;
        case Kind::Translate:
            q.va = page.va | 0x123;
            q.questionText
                = say(MM_TRANSLATE_NOOP("mm::quiz", "%1 reads %2. Where does the read go, or which fault resolves it?"),
                    {q.process, hex8(q.va)});
            q.answerText = translateAnswer(sim, {page.process, q.va, page.pte});
            break;
        case Kind::AfterTrim: {
            const hw::Pfn pfn = page.pte >> hw::kPageShift;
            const bool modified = (page.pte & hw::pte::Dirty) || (sim.pfnDatabase()[pfn].flags & MmPfn::Modified);
            q.questionText
                = say(MM_TRANSLATE_NOOP("mm::quiz",
                          "The working set of %1 is trimmed. Which list does its page at %2 (PTE %3) go to?"),
                    {q.process, hex8(page.va), hex8(page.pte)});
            // The list's name first, as NT names it: the answer is checked by it.
            q.answerText = modified
                ? say(MM_TRANSLATE_NOOP(
                    "mm::quiz", "Modified: it was written (or never had a copy elsewhere), so only memory holds it"))
                : say(MM_TRANSLATE_NOOP("mm::quiz", "Standby: a copy exists (paging file or image), so it is clean"));
            q.rehearsal = {format("trim %x all", q.cid)};
            break;
        }
        case Kind::DirectoryDiff:
            q.otherCid = other->cid;
            q.numbers = differingPdes(sim, *page.process, *other);
            q.questionText = say(MM_TRANSLATE_NOOP("mm::quiz",
                                     "Compare the page directories of %1 and %2. Which PDEs hold different values?"),
                {q.process, name(*other)});
            q.answerText = directoryDiffAnswer(q.numbers);
            break;
        case Kind::SpawnZeroed: {
            const auto& pfns = sim.pfnDatabase();
            const uint32_t zeroed = pfns.count(PageLocation::Zeroed);
            const uint32_t free = pfns.count(PageLocation::Free);
            const uint32_t fromZeroed = std::min(3u, zeroed);
            const uint32_t fromFree = std::min(3u - fromZeroed, free);
            q.numbers = {fromZeroed};
            q.questionText
                = say(MM_TRANSLATE_NOOP("mm::quiz", "How many pages does \"spawn %1\" take from the Zeroed list now?"),
                    {page.process->imageName});
            q.answerText = spawnAnswer(fromZeroed, zeroed, fromFree, 3u - fromZeroed - fromFree);
            q.rehearsal = {"spawn " + page.process->imageName};
            break;
        }
        }
        q.question = q.questionText.text();
        q.answer = q.answerText.text();
        if (kind == Kind::Translate && !(q.pte & hw::pte::Valid))
            q.rehearsal = {format("switch %x", q.cid), format("read %x", q.va)};
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
        if (i > 0 && std::isalnum(static_cast<unsigned char>(t[i - 1]))) { // inside a word ("PDE")
            while (i < t.size() && std::isalnum(static_cast<unsigned char>(t[i])))
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
    case Kind::DirectoryDiff:
        // Every PDE that differs, and no index of one that does not.
        for (uint32_t i : q.numbers) {
            if (!has(i))
                return false;
        }
        for (uint64_t n : numbers) {
            if (n < hw::kX86Geometry.entriesPerTable() && !std::count(q.numbers.begin(), q.numbers.end(), uint32_t(n)))
                return false;
        }
        return true;
    case Kind::SpawnZeroed:
        // The count, and no other count of three or fewer.
        for (uint64_t n : numbers) {
            if (n <= 3 && n != q.numbers.front())
                return false;
        }
        return has(q.numbers.front());
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

std::string rehearse(Session& session, const QuizQuestion& q)
{
    if (q.rehearsal.empty())
        return {};
    SessionFile file;
    OpenedSession copy;
    std::string error;
    if (!parseSessionFile(formatSessionFile(session), &file, &error) || !openSessionFile(file, &copy, &error))
        return {};
    const uint64_t before = copy.simulator->events().lastSeq();
    for (const std::string& command : q.rehearsal) {
        if (!copy.session->execute(command).ok)
            return {};
    }
    // The events that concern the answer: the trimmed page's; the frames the new process
    // takes; the fault's, without the hyperspace mappings it makes on the way.
    const hw::Pfn frame = q.kind == QuizQuestion::Kind::AfterTrim ? q.pte >> hw::kPageShift : hw::kNoPfn;
    const uint32_t page = q.va & ~hw::kPageMask;
    auto concerns = [&](const sim::Event& e) {
        using R = sim::Routine;
        switch (q.kind) {
        case QuizQuestion::Kind::AfterTrim:
            return e.pfn == frame || (e.kind == sim::EventKind::PteWrite && e.va == page);
        case QuizQuestion::Kind::SpawnZeroed:
            return e.kind == sim::EventKind::PageMove
                && (e.routine == R::MiRemoveZeroPage || e.routine == R::MiRemoveAnyPage);
        default:
            return e.kind != sim::EventKind::TlbFlush && e.routine != R::MiMapPageInHyperSpace
                && e.routine != R::MiUnmapPageInHyperSpace && e.routine != R::KiSwapProcess;
        }
    };
    std::string text;
    sim::Routine scene = sim::Routine::Count;
    for (const sim::Event& e : copy.simulator->events().since(before)) {
        if (sim::opensScene(e.routine))
            scene = e.routine;
        if (!concerns(e))
            continue;
        const sim::Explanation x = sim::explain(e, scene);
        text += sim::routineName(e.routine);
        if (e.pfn != sim::Event::kNone && e.kind == sim::EventKind::PageMove)
            text += format(" (frame %x)", e.pfn);
        text += ": " + (x.change.empty() ? x.why.text() : x.change + ". " + x.why.text()) + "\n";
    }
    return text;
}

} // namespace mm::dbg
