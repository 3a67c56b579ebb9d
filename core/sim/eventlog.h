#pragma once

#include "sim/event.h"

#include <cstdint>
#include <deque>
#include <functional>
#include <vector>

namespace mm::sim {

// The single record of what the memory manager did. Sequence numbers start at 1 and are
// never reused; a listener (the --trace printer, the GUI controller) sees each event as
// it is appended.
class EventLog {
public:
    uint64_t append(Event event)
    {
        event.seq = ++m_lastSeq;
        m_events.push_back(event);
        if (m_listener)
            m_listener(m_events.back());
        return event.seq;
    }
    uint64_t lastSeq() const { return m_lastSeq; }
    size_t size() const { return m_events.size(); }
    const Event& operator[](size_t i) const { return m_events[i]; }
    // The events with sequence numbers in (afterSeq, lastSeq()].
    std::vector<Event> since(uint64_t afterSeq) const;

    void setListener(std::function<void(const Event&)> listener) { m_listener = std::move(listener); }

private:
    std::deque<Event> m_events; // grows without copying, so no 2x peak while it grows
    uint64_t m_lastSeq = 0;
    std::function<void(const Event&)> m_listener;
};

} // namespace mm::sim
