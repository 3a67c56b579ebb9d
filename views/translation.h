#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace mm::sim {
class Simulator;
}
namespace mm::ps {
struct Process;
}

namespace mmvis {

// One address translation, step by step, as the translation view animates it: the VA's
// fields, the TLB, CR3, the PDE, the PTE, the frame; and when the PTE was not valid, the
// fault the access took (from the events it appended) and the walk after the retry. Built
// from simulator state only, so the animation can never change a result.
struct Translation {
    Q_DECLARE_TR_FUNCTIONS(mmvis::Translation)

public:
    enum class Phase { Address, Tlb, Cr3, Directory, Table, Fault, Frame, Done };
    struct Step {
        Phase phase;
        QString title;
        QString detail;
    };
    struct Walk {
        uint32_t pdeAddress = 0; // physical
        uint32_t pde = 0;
        uint32_t pteAddress = 0; // physical, 0 without a page table
        uint32_t pte = 0;
        bool pdeValid = false;
        bool large = false;
        bool valid = false;
        uint64_t physical = 0;
    };

    // The TLB entry that translated the page without a walk (a hit).
    struct TlbUse {
        uint32_t pfn = 0; // for a 4 MB page, its first frame
        bool global = false;
        bool large = false;
    };

    uint32_t va = 0;
    uint32_t dirBase = 0;
    bool selfMap = false; // show the PTE read through the self-map window
    std::optional<TlbUse> tlb; // set on a TLB hit: no walk was made
    Walk before; // the walk when the access started
    Walk after; // after the fault was resolved (equal to before without a fault)
    bool faulted = false;
    int retryStep = -1; // the step from which the walk after the fault is shown
    QString outcome; // "00010010: 00000000", or the status an access was refused with
    std::optional<uint64_t> result; // the physical address, when the translation succeeded
    std::vector<Step> steps;

    bool tlbHit() const { return tlb.has_value(); }
    // A 4 MB page (KSEG0): the address splits 10/22, and the PDE gives the frame.
    bool largePage() const { return tlb ? tlb->large : (before.large || after.large); }
    uint32_t pdi() const { return va >> 22; }
    uint32_t pti() const { return (va >> 12) & 0x3FF; } // not used by a 4 MB page
    uint32_t offset() const { return largePage() ? va & 0x3FFFFF : va & 0xFFF; }
    std::optional<uint64_t> physical() const { return result; }

    // A look-up that changes nothing (the debugger's walk of the process's directory).
    static Translation lookup(const mm::sim::Simulator& sim, const mm::ps::Process& process, uint32_t va, bool selfMap);
    // An access that was just made: `before` is the walk taken before it, the events
    // (firstSeq, lastSeq] are what it did, `output` what the console printed.
    static Translation access(const mm::sim::Simulator& sim, const mm::ps::Process& process, uint32_t va, bool selfMap,
        const Walk& before, std::optional<TlbUse> tlb, uint64_t firstSeq, uint64_t lastSeq, const QString& output);
    // The current TLB entry of va's page in the simulator's CPU, if any.
    static std::optional<TlbUse> tlbEntry(const mm::sim::Simulator& sim, uint32_t va);
    static Walk walk(const mm::sim::Simulator& sim, uint32_t dirBase, uint32_t va);

    // The translation in a few lines of WinDbg-like text (the split, the PDE and PTE
    // decoded, the TLB entry, the formula), for the view's explanation panel.
    QStringList summary() const;

    // A good first address to show: the lowest user page of the process with a valid PTE.
    static std::optional<uint32_t> firstValidUserPage(const mm::sim::Simulator& sim, const mm::ps::Process& process);

private:
    void addAddressStep();
    void addTlbStep();
    void addWalkSteps(const Walk& w, bool afterFault);
    void addFaultSteps(const mm::sim::Simulator& sim, uint64_t firstSeq, uint64_t lastSeq);
    void addEndSteps();
    QString whyNoTranslation() const; // what the walk found, and what an access would do
};

} // namespace mmvis
