#include "translation.h"

#include "hw/mmu.h"
#include "hw/pte.h"
#include "sim/simulator.h"

namespace mmvis {

namespace {
const auto& geo = mm::hw::kX86Geometry;
QString hex8(uint64_t v)
{
    return QStringLiteral("%1").arg(v, 8, 16, QLatin1Char('0')).toUpper();
}
QString flags(uint32_t e)
{
    char letters[12];
    mm::hw::pte::flagLetters(e, letters);
    return QString::fromLatin1(letters);
}
QString kindOf(uint32_t e)
{
    return QString::fromLatin1(mm::hw::pte::kindName(mm::hw::pte::classify(e)));
}
} // namespace

Translation::Walk Translation::walk(const mm::sim::Simulator& sim, uint32_t dirBase, uint32_t va)
{
    const mm::hw::Walk w = mm::hw::Mmu::walk(sim.memory(), dirBase, va);
    Walk r;
    r.pdeAddress = uint32_t(w.pdeAddress);
    r.pde = w.pde;
    r.pteAddress = uint32_t(w.pteAddress);
    r.pte = w.pte;
    r.pdeValid = w.pdeValid;
    r.large = w.large;
    r.valid = w.valid;
    r.physical = w.physical;
    return r;
}

void Translation::addWalkSteps(const Walk& w, bool afterFault)
{
    const QString again = afterFault ? QStringLiteral(" (after the fault)") : QString();
    steps.push_back({Phase::Directory, QStringLiteral("Read the PDE%1").arg(again),
        QStringLiteral("PDE %1 is at %2 + %1 x 4 = physical %3 (virtual %4 through the self-map). It contains %5: %6.")
            .arg(pdi(), 3, 16, QLatin1Char('0'))
            .arg(hex8(dirBase), hex8(w.pdeAddress), hex8(geo.pdeAddress(va)), hex8(w.pde),
                w.pdeValid ? (w.large
                        ? QStringLiteral("a 4 MB page at frame %1, %2").arg(w.pde >> 12, 0, 16).arg(flags(w.pde))
                        : QStringLiteral("valid, page table in frame %1, %2").arg(w.pde >> 12, 0, 16).arg(flags(w.pde)))
                           : QStringLiteral("not valid: no page table for these 4 MB"))});
    if (!w.pdeValid || w.large)
        return;
    if (selfMap) {
        steps.push_back({Phase::Table, QStringLiteral("Find the PTE through the self-map%1").arg(again),
            QStringLiteral(
                "The memory manager reads it at C0000000 + VA/1024 = %1: PDE 300 maps the directory as a "
                "page table, so entry %2 of the directory (the PDE above) supplies the frame, and %3 x 4 the "
                "offset in it.")
                .arg(hex8(geo.pteAddress(va)))
                .arg(pdi(), 3, 16, QLatin1Char('0'))
                .arg(pti(), 3, 16, QLatin1Char('0'))});
    }
    steps.push_back({Phase::Table, QStringLiteral("Read the PTE%1").arg(again),
        QStringLiteral("PTE %1 is at %2 + %1 x 4 = physical %3 (virtual %4). It contains %5: %6.")
            .arg(pti(), 3, 16, QLatin1Char('0'))
            .arg(hex8(w.pde & mm::hw::pte::FrameMask), hex8(w.pteAddress), hex8(geo.pteAddress(va)), hex8(w.pte),
                (w.pte & mm::hw::pte::Valid)
                    ? QStringLiteral("valid, frame %1, %2").arg(w.pte >> 12, 0, 16).arg(flags(w.pte))
                    : QStringLiteral("not valid (%1)").arg(kindOf(w.pte)))});
}

Translation Translation::lookup(
    const mm::sim::Simulator& sim, const mm::ps::Process& process, uint32_t va, bool selfMap)
{
    const Walk w = walk(sim, process.directoryTableBase[0], va);
    const bool current = &process == &sim.processes().current();
    const bool tlbHit = current && sim.mmu().tlb().lookup(va);
    return access(sim, process, va, selfMap, w, tlbHit, 0, 0, QString());
}

Translation Translation::access(const mm::sim::Simulator& sim, const mm::ps::Process& process, uint32_t va,
    bool selfMap, const Walk& before, bool tlbHit, uint64_t firstSeq, uint64_t lastSeq, const QString& output)
{
    Translation t;
    t.va = va;
    t.dirBase = process.directoryTableBase[0];
    t.selfMap = selfMap;
    t.tlbHit = tlbHit;
    t.before = before;
    t.after = walk(sim, t.dirBase, va);
    t.outcome = output.trimmed().section(QLatin1Char('\n'), -1);

    t.steps.push_back({Phase::Address, QStringLiteral("Split the virtual address"),
        QStringLiteral("%1 = directory index %2 (bits 31-22), table index %3 (bits 21-12), byte offset %4 (bits 11-0).")
            .arg(hex8(va))
            .arg(t.pdi(), 3, 16, QLatin1Char('0'))
            .arg(t.pti(), 3, 16, QLatin1Char('0'))
            .arg(t.offset(), 3, 16, QLatin1Char('0'))});
    t.steps.push_back({Phase::Tlb, tlbHit ? QStringLiteral("TLB hit") : QStringLiteral("TLB miss"),
        tlbHit ? QStringLiteral("The TLB holds the translation of page %1: no walk is needed. (Shown anyway, below.)")
                     .arg(hex8(va >> 12 << 12))
               : QStringLiteral("The TLB has no entry for page %1: the CPU walks the page tables.")
                     .arg(hex8(va >> 12 << 12))});
    t.steps.push_back({Phase::Cr3, QStringLiteral("CR3: the page directory"),
        QStringLiteral("%1's DirectoryTableBase[0] = %2: the page directory is frame %3.")
            .arg(QString::fromStdString(process.imageName), hex8(t.dirBase))
            .arg(t.dirBase >> 12, 0, 16)});
    t.addWalkSteps(before, false);

    if (lastSeq > firstSeq) {
        // The fault, from the events the access appended.
        const auto& log = sim.events();
        bool any = false;
        for (uint64_t seq = firstSeq + 1; seq <= lastSeq; ++seq) {
            const auto& e = log[size_t(seq - 1)];
            using mm::sim::EventKind;
            using mm::sim::Routine;
            QString title;
            QString detail;
            if (e.routine == Routine::MmAccessFault && e.kind == EventKind::Call) {
                title = QStringLiteral("Page fault: MmAccessFault");
                detail = QStringLiteral("The walk failed: the CPU raises a page fault with CR2 = %1; KiTrap0E calls "
                                        "MmAccessFault.")
                             .arg(hex8(e.va));
            } else if (e.kind == EventKind::PageMove
                && (e.routine == Routine::MiRemoveZeroPage || e.routine == Routine::MiRemoveAnyPage
                    || e.routine == Routine::MiUnlinkPageFromList)) {
                title = QStringLiteral("%1: frame %2")
                            .arg(QString::fromLatin1(mm::sim::routineName(e.routine)))
                            .arg(e.pfn, 0, 16);
                detail = QStringLiteral("Frame %1 comes from the %2 list.")
                             .arg(e.pfn, 0, 16)
                             .arg(QString::fromLatin1(mm::pageLocationName(e.listOld)));
            } else if (e.kind == EventKind::PteWrite && e.va != mm::sim::Event::kNone
                && (e.pteAddress == geo.pteAddress(va) || e.pteAddress == geo.pdeAddress(va))) {
                const bool pde = e.pteAddress == geo.pdeAddress(va);
                title = QStringLiteral("%1 writes the %2")
                            .arg(QString::fromLatin1(mm::sim::routineName(e.routine)),
                                pde ? QStringLiteral("PDE") : QStringLiteral("PTE"));
                detail = QStringLiteral("%1 at %2: %3 -> %4 (%5).")
                             .arg(pde ? QStringLiteral("PDE") : QStringLiteral("PTE"), hex8(e.pteAddress),
                                 hex8(e.pteOld), hex8(e.pteNew), kindOf(uint32_t(e.pteNew)));
            } else if (e.routine == Routine::IoPageRead) {
                title = QStringLiteral("IoPageRead");
                detail = QStringLiteral("The page is read from the paging file (offset %1) into frame %2.")
                             .arg(e.status, 0, 16)
                             .arg(e.pfn, 0, 16);
            } else if (e.routine == Routine::MiAccessCheck && e.kind == EventKind::Call) {
                title = QStringLiteral("MiAccessCheck refuses the access");
                detail = t.outcome;
            }
            if (!title.isEmpty()) {
                t.steps.push_back({Phase::Fault, title, detail});
                any = true;
            }
        }
        t.faulted = any;
        if (any && t.after.valid) {
            t.retryStep = int(t.steps.size());
            t.steps.push_back({Phase::Fault, QStringLiteral("Retry"),
                QStringLiteral("The fault is resolved; the CPU executes the access again and walks once more.")});
            t.addWalkSteps(t.after, true);
        }
    }
    if (t.after.valid) {
        t.steps.push_back({Phase::Frame, QStringLiteral("Frame + offset"),
            QStringLiteral("Frame %1 x 1000 + offset %2 = physical address %3.")
                .arg((t.after.physical >> 12), 0, 16)
                .arg(t.offset(), 3, 16, QLatin1Char('0'))
                .arg(hex8(t.after.physical))});
        t.steps.push_back({Phase::Done, QStringLiteral("Physical address %1").arg(hex8(t.after.physical)),
            t.outcome.isEmpty() ? QStringLiteral("Virtual %1 is physical %2.").arg(hex8(va), hex8(t.after.physical))
                                : t.outcome});
    } else {
        t.steps.push_back({Phase::Done, QStringLiteral("No translation"),
            t.outcome.isEmpty() ? QStringLiteral("The PTE is not valid: an access would fault into MmAccessFault. Use "
                                                 "Access to make one.")
                                : t.outcome});
    }
    return t;
}

std::optional<uint32_t> Translation::firstValidUserPage(const mm::sim::Simulator& sim, const mm::ps::Process& process)
{
    const auto& memory = sim.memory();
    for (uint32_t pdi = 0; pdi < 0x200; ++pdi) {
        const uint32_t pde = memory.read32(uint64_t(process.directoryTableBase[0]) + pdi * 4);
        if (!(pde & mm::hw::pte::Valid))
            continue;
        for (uint32_t pti = 0; pti < 1024; ++pti) {
            if (memory.read32(uint64_t(pde & mm::hw::pte::FrameMask) + pti * 4) & mm::hw::pte::Valid)
                return (pdi << 22) | (pti << 12);
        }
    }
    return std::nullopt;
}

} // namespace mmvis
