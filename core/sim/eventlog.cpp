#include "sim/eventlog.h"

namespace mm::sim {

std::vector<Event> EventLog::since(uint64_t afterSeq) const
{
    if (afterSeq >= m_lastSeq)
        return {};
    // Sequence numbers are dense from 1, so event seq lives at index seq - 1.
    return {m_events.begin() + static_cast<std::ptrdiff_t>(afterSeq),
        m_events.begin() + static_cast<std::ptrdiff_t>(m_lastSeq)};
}

} // namespace mm::sim
