#pragma once

#include "mm/mmpfn.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <unordered_map>

namespace mm::sim {
struct Event;
}

namespace mmvis {

// The kinds of move between page lists that the dynamics diagram draws as arrows.
enum class Move {
    Zeroing, // Free -> Zeroed: the zero page thread
    DemandZero, // Zeroed -> Active
    TakenFromFree, // Free -> Active (zeroed on the spot, or overwritten by a read)
    SoftFaultStandby, // Standby -> Active without I/O
    SoftFaultModified, // Modified -> Active without I/O
    Repurpose, // Standby -> Active for another use (the old PTE restored)
    TrimClean, // Active -> Standby
    TrimDirty, // Active -> Modified
    ModifiedWrite, // Modified -> Standby: the modified page writer
    Released, // Active -> Free: exit, free
    StandbyFreed, // Standby -> Free
    ModifiedFreed, // Modified -> Free
    Count
};

// Counts the moves in the event log. A frame often passes through the Transition state on
// its way (Active -> Transition -> Standby); the tracker joins those halves into one move.
class DynamicsTracker {
    Q_DECLARE_TR_FUNCTIONS(mmvis::DynamicsTracker)

public:
    void apply(const mm::sim::Event& e);
    void reset();

    uint64_t count(Move m) const { return m_counts[static_cast<size_t>(m)]; }
    std::optional<Move> last() const { return m_last; }
    static QString label(Move m);
    static mm::PageLocation from(Move m);
    static mm::PageLocation to(Move m);

private:
    void count(mm::PageLocation from, mm::PageLocation to, bool softFault);

    std::array<uint64_t, static_cast<size_t>(Move::Count)> m_counts {};
    std::optional<Move> m_last;
    // Frames on their way through Transition: where they came from, and whether a soft fault took them.
    struct Pending {
        mm::PageLocation from;
        bool softFault;
    };
    std::unordered_map<uint32_t, Pending> m_pending; // only looked up by frame, never iterated
};

} // namespace mmvis
