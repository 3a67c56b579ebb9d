#include "dynamicstracker.h"

#include "sim/event.h"

namespace mmvis {

using mm::PageLocation;

void DynamicsTracker::reset()
{
    m_counts = {};
    m_last.reset();
    m_pending.clear();
}

void DynamicsTracker::count(PageLocation from, PageLocation to, bool softFault)
{
    std::optional<Move> m;
    if (from == PageLocation::Free && to == PageLocation::Zeroed)
        m = Move::Zeroing;
    else if (from == PageLocation::Zeroed && to == PageLocation::Active)
        m = Move::DemandZero;
    else if (from == PageLocation::Free && to == PageLocation::Active)
        m = Move::TakenFromFree;
    else if (from == PageLocation::Standby && to == PageLocation::Active)
        m = softFault ? Move::SoftFaultStandby : Move::Repurpose;
    else if (from == PageLocation::Modified && to == PageLocation::Active)
        m = Move::SoftFaultModified;
    else if (from == PageLocation::Active && to == PageLocation::Standby)
        m = Move::TrimClean;
    else if (from == PageLocation::Active && to == PageLocation::Modified)
        m = Move::TrimDirty;
    else if (from == PageLocation::Modified && to == PageLocation::Standby)
        m = Move::ModifiedWrite;
    else if (from == PageLocation::Active && to == PageLocation::Free)
        m = Move::Released;
    else if (from == PageLocation::Standby && to == PageLocation::Free)
        m = Move::StandbyFreed;
    else if (from == PageLocation::Modified && to == PageLocation::Free)
        m = Move::ModifiedFreed;
    if (m) {
        ++m_counts[static_cast<size_t>(*m)];
        m_last = m;
    }
}

void DynamicsTracker::apply(const mm::sim::Event& e)
{
    if (e.kind != mm::sim::EventKind::PageMove || e.listOld >= mm::kPageLocationCount
        || e.listNew >= mm::kPageLocationCount)
        return;
    const auto from = static_cast<PageLocation>(e.listOld);
    const auto to = static_cast<PageLocation>(e.listNew);
    const bool softFault = e.routine == mm::sim::Routine::MiUnlinkPageFromList
        || e.routine == mm::sim::Routine::MiResolveTransitionFault;
    if (to == PageLocation::Transition) {
        m_pending.emplace(e.pfn, Pending {from, softFault});
        return;
    }
    if (from == PageLocation::Transition) {
        auto it = m_pending.find(e.pfn);
        if (it == m_pending.end())
            return; // a frame that was in I/O since before the log began
        count(it->second.from, to, it->second.softFault || softFault);
        m_pending.erase(it);
        return;
    }
    count(from, to, softFault);
}

QString DynamicsTracker::label(Move m)
{
    switch (m) {
    case Move::Zeroing:
        return tr("zero page thread");
    case Move::DemandZero:
        return tr("demand zero");
    case Move::TakenFromFree:
        return tr("taken, zeroed or read into");
    case Move::SoftFaultStandby:
        return tr("soft fault");
    case Move::SoftFaultModified:
        return tr("soft fault");
    case Move::Repurpose:
        return tr("repurposed");
    case Move::TrimClean:
        return tr("trim (clean)");
    case Move::TrimDirty:
        return tr("trim (dirty)");
    case Move::ModifiedWrite:
        return tr("modified page writer");
    case Move::Released:
        return tr("exit / free");
    case Move::StandbyFreed:
        return tr("exit / free");
    case Move::ModifiedFreed:
        return tr("exit / free");
    case Move::Count:
        break;
    }
    return {};
}

PageLocation DynamicsTracker::from(Move m)
{
    switch (m) {
    case Move::Zeroing:
    case Move::TakenFromFree:
        return PageLocation::Free;
    case Move::DemandZero:
        return PageLocation::Zeroed;
    case Move::SoftFaultStandby:
    case Move::Repurpose:
    case Move::StandbyFreed:
        return PageLocation::Standby;
    case Move::SoftFaultModified:
    case Move::ModifiedWrite:
    case Move::ModifiedFreed:
        return PageLocation::Modified;
    default:
        return PageLocation::Active;
    }
}

PageLocation DynamicsTracker::to(Move m)
{
    switch (m) {
    case Move::Zeroing:
        return PageLocation::Zeroed;
    case Move::TrimClean:
    case Move::ModifiedWrite:
        return PageLocation::Standby;
    case Move::TrimDirty:
        return PageLocation::Modified;
    case Move::Released:
    case Move::StandbyFreed:
    case Move::ModifiedFreed:
        return PageLocation::Free;
    default:
        return PageLocation::Active;
    }
}

} // namespace mmvis
