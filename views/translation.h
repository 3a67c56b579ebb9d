#pragma once

#include <QString>

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

    uint32_t va = 0;
    uint32_t dirBase = 0;
    bool selfMap = false; // show the PTE read through the self-map window
    bool tlbHit = false;
    Walk before; // the walk when the access started
    Walk after; // after the fault was resolved (equal to before without a fault)
    bool faulted = false;
    int retryStep = -1; // the step from which the walk after the fault is shown
    QString outcome; // "00010010: 00000000", or the status an access was refused with
    std::vector<Step> steps;

    uint32_t pdi() const { return va >> 22; }
    uint32_t pti() const { return (va >> 12) & 0x3FF; }
    uint32_t offset() const { return va & 0xFFF; }
    std::optional<uint64_t> physical() const
    {
        return after.valid ? std::optional<uint64_t>(after.physical) : std::nullopt;
    }

    // A look-up that changes nothing (the debugger's walk of the process's directory).
    static Translation lookup(const mm::sim::Simulator& sim, const mm::ps::Process& process, uint32_t va, bool selfMap);
    // An access that was just made: `before` is the walk taken before it, the events
    // (firstSeq, lastSeq] are what it did, `output` what the console printed.
    static Translation access(const mm::sim::Simulator& sim, const mm::ps::Process& process, uint32_t va, bool selfMap,
        const Walk& before, bool tlbHit, uint64_t firstSeq, uint64_t lastSeq, const QString& output);
    static Walk walk(const mm::sim::Simulator& sim, uint32_t dirBase, uint32_t va);

    // A good first address to show: the lowest user page of the process with a valid PTE.
    static std::optional<uint32_t> firstValidUserPage(const mm::sim::Simulator& sim, const mm::ps::Process& process);

private:
    void addWalkSteps(const Walk& w, bool afterFault);
};

} // namespace mmvis
