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
QString hex3(uint32_t v)
{
    return QStringLiteral("%1").arg(v, 3, 16, QLatin1Char('0'));
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
// What the G bit means, said where an entry has it.
QString globalNote(uint32_t entry)
{
    return (entry & mm::hw::pte::Global)
        ? Translation::tr(" Global (G): its TLB entry survives a context switch (a CR3 load).")
        : QString();
}
// The routines of a fault worth a step of their own (the rest are bookkeeping).
bool isFaultRoutine(mm::sim::Routine r)
{
    using mm::sim::Routine;
    return r == Routine::MiDispatchFault || r == Routine::MiResolveDemandZeroFault
        || r == Routine::MiResolveTransitionFault || r == Routine::MiResolvePageFileFault
        || r == Routine::MiResolveProtoPteFault || r == Routine::MiCopyOnWrite;
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

std::optional<Translation::TlbUse> Translation::tlbEntry(const mm::sim::Simulator& sim, uint32_t va)
{
    const mm::hw::TlbEntry* e = sim.mmu().tlb().lookup(va);
    if (!e)
        return std::nullopt;
    return TlbUse {e->pfn, e->global, e->large};
}

void Translation::addAddressStep()
{
    if (largePage()) {
        steps.push_back({Phase::Address, tr("Split the virtual address (a 4 MB page)"),
            tr("%1 = directory index %2 (bits 31-22) and byte offset %3 in the 4 MB page (bits 21-0): "
               "the PDE maps the page itself, there is no page table.")
                .arg(hex8(va), hex3(pdi()))
                .arg(offset(), 6, 16, QLatin1Char('0'))});
        return;
    }
    steps.push_back({Phase::Address, tr("Split the virtual address"),
        tr("%1 = directory index %2 (bits 31-22), table index %3 (bits 21-12), byte offset %4 (bits 11-0).")
            .arg(hex8(va), hex3(pdi()), hex3(pti()), hex3(offset()))});
}

void Translation::addTlbStep()
{
    const QString page = hex8(largePage() ? va & 0xFFC00000u : va & ~0xFFFu);
    if (!tlb) {
        steps.push_back({Phase::Tlb, tr("TLB miss"),
            tr("The TLB has no entry for page %1: the CPU walks the page tables from CR3.").arg(page)});
        return;
    }
    steps.push_back({Phase::Tlb, tr("TLB hit"),
        tr("The TLB holds page %1 -> frame %2%3: the CPU uses it and reads neither the page directory nor "
           "a page table.%4")
            .arg(page)
            .arg(tlb->pfn, 0, 16)
            .arg(tlb->large ? tr(" (a 4 MB entry)") : QString())
            .arg(tlb->global ? tr(" The entry is global (G): a context switch keeps it.") : QString())});
}

void Translation::addWalkSteps(const Walk& w, bool afterFault)
{
    const QString again = afterFault ? tr(" (after the fault)") : QString();
    QString content;
    if (!w.pdeValid)
        content = tr("not valid: there is no page table for these 4 MB");
    else if (w.large)
        content = tr("a 4 MB page at frame %1, %2").arg(w.pde >> 12, 0, 16).arg(flags(w.pde));
    else
        content = tr("valid, page table in frame %1, %2").arg(w.pde >> 12, 0, 16).arg(flags(w.pde));
    steps.push_back({Phase::Directory, tr("Read the PDE%1").arg(again),
        tr("PDE %1 is at %2 + %1 x 4 = physical %3 (virtual %4 through the self-map). It contains %5: %6.%7")
            .arg(hex3(pdi()), hex8(dirBase), hex8(w.pdeAddress), hex8(geo.pdeAddress(va)), hex8(w.pde), content,
                w.large ? globalNote(w.pde) : QString())});
    if (!w.pdeValid || w.large)
        return;
    if (selfMap) {
        steps.push_back({Phase::Table, tr("Find the PTE through the self-map%1").arg(again),
            tr("The memory manager reads it at C0000000 + VA/1024 = %1: PDE 300 maps the directory as a "
               "page table, so entry %2 of the directory (the PDE above) supplies the frame, and %3 x 4 the "
               "offset in it.")
                .arg(hex8(geo.pteAddress(va)), hex3(pdi()), hex3(pti()))});
    }
    steps.push_back({Phase::Table, tr("Read the PTE%1").arg(again),
        tr("PTE %1 is at %2 + %1 x 4 = physical %3 (virtual %4). It contains %5: %6.%7")
            .arg(hex3(pti()), hex8(w.pde & mm::hw::pte::FrameMask), hex8(w.pteAddress), hex8(geo.pteAddress(va)),
                hex8(w.pte),
                (w.pte & mm::hw::pte::Valid) ? tr("valid, frame %1, %2").arg(w.pte >> 12, 0, 16).arg(flags(w.pte))
                                             : tr("not valid (%1)").arg(kindOf(w.pte)),
                (w.pte & mm::hw::pte::Valid) ? globalNote(w.pte) : QString())});
}

void Translation::addFaultSteps(const mm::sim::Simulator& sim, uint64_t firstSeq, uint64_t lastSeq)
{
    // The fault, from the events the access appended.
    const auto& log = sim.events();
    for (uint64_t seq = firstSeq + 1; seq <= lastSeq; ++seq) {
        const auto& e = log[size_t(seq - 1)];
        using mm::sim::EventKind;
        using mm::sim::Routine;
        const QString routine = QString::fromLatin1(mm::sim::routineName(e.routine));
        QString title;
        QString detail;
        if (e.routine == Routine::MmAccessFault && e.kind == EventKind::Call) {
            title = tr("Page fault: MmAccessFault");
            detail = tr("The walk failed: the CPU raises a page fault with CR2 = %1; KiTrap0E calls "
                        "MmAccessFault, which checks the address against the process's VADs.")
                         .arg(hex8(e.va));
        } else if (e.kind == EventKind::Call && isFaultRoutine(e.routine)) {
            title = routine;
            detail = QString::fromStdString(mm::sim::describe(e));
        } else if (e.kind == EventKind::PageMove
            && (e.routine == Routine::MiRemoveZeroPage || e.routine == Routine::MiRemoveAnyPage
                || e.routine == Routine::MiUnlinkPageFromList)) {
            title = QStringLiteral("%1: frame %2").arg(routine).arg(e.pfn, 0, 16);
            detail = tr("Frame %1 comes from the %2 list.")
                         .arg(e.pfn, 0, 16)
                         .arg(QString::fromLatin1(mm::pageLocationName(e.listOld)));
        } else if (e.kind == EventKind::PteWrite && e.va != mm::sim::Event::kNone
            && (e.pteAddress == geo.pteAddress(va) || e.pteAddress == geo.pdeAddress(va))) {
            const QString entry = e.pteAddress == geo.pdeAddress(va) ? QStringLiteral("PDE") : QStringLiteral("PTE");
            title = tr("%1 writes the %2").arg(routine, entry);
            detail = tr("%1 at %2: %3 -> %4 (%5).")
                         .arg(entry, hex8(e.pteAddress), hex8(e.pteOld), hex8(e.pteNew), kindOf(uint32_t(e.pteNew)));
        } else if (e.routine == Routine::IoPageRead) {
            title = QStringLiteral("IoPageRead");
            detail = (e.detail == mm::sim::Detail::FilePage
                    ? tr("The page is read from its file (page %1) into frame %2.")
                    : tr("The page is read from the paging file (offset %1) into frame %2."))
                         .arg(e.value, 0, 16)
                         .arg(e.pfn, 0, 16);
        } else if (e.routine == Routine::MiAccessCheck && e.kind == EventKind::Call) {
            title = tr("MiAccessCheck refuses the access");
            detail = outcome;
        }
        if (!title.isEmpty()) {
            steps.push_back({Phase::Fault, title, detail});
            faulted = true;
        }
    }
    if (faulted && after.valid) {
        retryStep = int(steps.size());
        steps.push_back({Phase::Fault, tr("Retry"),
            tr("The fault is resolved; the CPU executes the access again and walks once more.")});
        addWalkSteps(after, true);
    }
}

QString Translation::whyNoTranslation() const
{
    if (!after.pdeValid)
        return tr("The PDE is not valid: there is no page table for these 4 MB. An access faults; "
                  "MmAccessFault makes the page table (MiMakePdeExistAndMakeValid) if a VAD commits the "
                  "address, else it is an access violation.");
    using Kind = mm::hw::pte::Kind;
    QString next;
    switch (mm::hw::pte::classify(after.pte)) {
    case Kind::Zero:
        next = tr("the PTE is zero, so MmAccessFault asks the VADs: a committed address becomes a "
                  "demand-zero page, anything else an access violation.");
        break;
    case Kind::DemandZero:
        next = tr("MiResolveDemandZeroFault gives it a zeroed frame.");
        break;
    case Kind::TransitionPage:
        next = tr("the frame is still in memory on the Standby or Modified list: "
                  "MiResolveTransitionFault puts it back, with no disk read (a soft fault).");
        break;
    case Kind::PageFile:
        next = tr("the page is in the paging file: MiResolvePageFileFault reads it back (a hard fault).");
        break;
    case Kind::PrototypePointer:
    case Kind::Subsection:
        next = tr("it points at a prototype PTE: MiResolveProtoPteFault finds the section's page.");
        break;
    case Kind::Hardware:
        break;
    }
    return tr("The PTE is not valid (%1). An access faults into MmAccessFault; MiDispatchFault decides by "
              "the PTE's format: %2 Access makes one.")
        .arg(kindOf(after.pte), next);
}

void Translation::addEndSteps()
{
    if (!after.valid && !(tlb && !faulted)) {
        steps.push_back({Phase::Done, tr("No translation"), outcome.isEmpty() ? whyNoTranslation() : outcome});
        return;
    }
    // A hit translates with the TLB entry; the walk (not made) would give the same.
    const uint64_t physical
        = tlb && !faulted ? (uint64_t(tlb->pfn) << 12) + (tlb->large ? va & 0x3FFFFFu : va & 0xFFFu) : after.physical;
    result = physical;
    const QString from = tlb && !faulted ? tr("The TLB entry's frame")
        : largePage()                    ? tr("The PDE's 4 MB frame")
                                         : tr("The PTE's frame");
    steps.push_back({Phase::Frame, tr("Frame + offset"),
        tr("%1 %2 x 1000 + offset %3 = physical address %4.")
            .arg(from)
            .arg((physical - offset()) >> 12, 0, 16)
            .arg(offset(), 0, 16)
            .arg(hex8(physical))});
    steps.push_back({Phase::Done, tr("Physical address %1").arg(hex8(physical)),
        outcome.isEmpty()
            ? tr("Virtual %1 is physical %2.").arg(hex8(va), hex8(physical))
            : tr("Virtual %1 is physical %2. The read gives %3.").arg(hex8(va), hex8(physical), outcome)});
}

Translation Translation::lookup(
    const mm::sim::Simulator& sim, const mm::ps::Process& process, uint32_t va, bool selfMap)
{
    const Walk w = walk(sim, process.directoryTableBase[0], va);
    // Only the current process's translations can be in the CPU's TLB.
    const bool current = &process == &sim.processes().current();
    return access(sim, process, va, selfMap, w, current ? tlbEntry(sim, va) : std::nullopt, 0, 0, QString());
}

Translation Translation::access(const mm::sim::Simulator& sim, const mm::ps::Process& process, uint32_t va,
    bool selfMap, const Walk& before, std::optional<TlbUse> tlb, uint64_t firstSeq, uint64_t lastSeq,
    const QString& output)
{
    Translation t;
    t.va = va;
    t.dirBase = process.directoryTableBase[0];
    t.selfMap = selfMap;
    t.tlb = tlb;
    t.before = before;
    t.after = walk(sim, t.dirBase, va);
    t.outcome = output.trimmed().section(QLatin1Char('\n'), -1);

    t.addAddressStep();
    t.addTlbStep();
    if (!t.tlb) {
        t.steps.push_back({Phase::Cr3, tr("CR3: the page directory"),
            tr("%1's DirectoryTableBase[0] = %2: the page directory is frame %3.")
                .arg(QString::fromStdString(process.imageName), hex8(t.dirBase))
                .arg(t.dirBase >> 12, 0, 16)});
        t.addWalkSteps(before, false);
    }
    if (lastSeq > firstSeq)
        t.addFaultSteps(sim, firstSeq, lastSeq);
    t.addEndSteps();
    return t;
}

QStringList Translation::summary() const
{
    QStringList lines;
    lines << (largePage() ? QStringLiteral("VA  %1 = PDE %2 | offset %3")
                                .arg(hex8(va), hex3(pdi()))
                                .arg(offset(), 6, 16, QLatin1Char('0'))
                          : QStringLiteral("VA  %1 = PDE %2 | PTE %3 | offset %4")
                                .arg(hex8(va), hex3(pdi()), hex3(pti()), hex3(offset())));
    if (tlb && !faulted) {
        lines << tr("TLB %1 -> frame %2%3%4")
                     .arg(hex8(largePage() ? va & 0xFFC00000u : va & ~0xFFFu))
                     .arg(tlb->pfn, 0, 16)
                     .arg(tlb->large ? QStringLiteral(", 4 MB") : QString())
                     .arg(tlb->global ? tr(", global") : QString());
        lines << tr("(the PDE and PTE were not read)");
    } else {
        const Walk& w = after;
        lines << QStringLiteral("PDE %1 at %2 = %3  %4")
                     .arg(hex3(pdi()), hex8(w.pdeAddress), hex8(w.pde),
                         !w.pdeValid   ? tr("not valid")
                             : w.large ? tr("4 MB page, frame %1  %2").arg(w.pde >> 12, 0, 16).arg(flags(w.pde))
                                       : tr("page table in frame %1  %2").arg(w.pde >> 12, 0, 16).arg(flags(w.pde)));
        if (w.pdeValid && !w.large)
            lines << QStringLiteral("PTE %1 at %2 = %3  %4")
                         .arg(hex3(pti()), hex8(w.pteAddress), hex8(w.pte),
                             (w.pte & mm::hw::pte::Valid) ? tr("frame %1  %2").arg(w.pte >> 12, 0, 16).arg(flags(w.pte))
                                                          : tr("not valid: %1").arg(kindOf(w.pte)));
    }
    if (result)
        lines << tr("PA  frame %1 x 1000 + %2 = %3")
                     .arg((*result - offset()) >> 12, 0, 16)
                     .arg(offset(), 0, 16)
                     .arg(hex8(*result));
    return lines;
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
