#pragma once

#include "sim/event.h"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <functional>
#include <utility>
#include <vector>

namespace mm::sim {

// The single record of what the memory manager did. Sequence numbers start at 1 and are
// never reused; a listener (the --trace printer, the GUI controller) sees each event as
// it is appended.
//
// Going back in time moves the log's end back (rewind) without forgetting what came
// after: the recorded future is kept, so a later checkpoint can be restored with its
// events, and replaying a recorded command appends the same events over the kept ones.
// Running a different command discards the future first (discardFuture).
class EventLog {
public:
    uint64_t append(Event event)
    {
        event.seq = ++m_lastSeq;
        if (m_lastSeq <= m_events.size())
            m_events[static_cast<size_t>(m_lastSeq - 1)] = event; // the recorded future, again
        else
            m_events.push_back(event);
        if (m_listener)
            m_listener(m_events[static_cast<size_t>(m_lastSeq - 1)]);
        return event.seq;
    }
    uint64_t lastSeq() const { return m_lastSeq; }
    size_t size() const { return static_cast<size_t>(m_lastSeq); }
    const Event& operator[](size_t i) const { return m_events[i]; }
    // The events with sequence numbers in (afterSeq, lastSeq()].
    std::vector<Event> since(uint64_t afterSeq) const;

    // Makes seq the last event (seq may lie in the kept future).
    void rewind(uint64_t seq) { m_lastSeq = std::min<uint64_t>(seq, m_events.size()); }
    // Forgets the events after lastSeq(): the future that a different command replaces.
    // divergedAt is where the new history began when the new command's events were
    // appended over the kept future already (they replace the old ones from there).
    void discardFuture(uint64_t divergedAt = UINT64_MAX)
    {
        const uint64_t fork = std::min(divergedAt, m_lastSeq);
        if (futureSize() == 0 && fork == m_lastSeq)
            return;
        m_events.resize(static_cast<size_t>(m_lastSeq));
        m_forks.push_back(fork);
    }
    // Whether the log still holds the events a checkpoint saw: its first `seq` events, as
    // they were when branch() was `branch` (no future discarded below seq since).
    uint64_t branch() const { return m_forks.size(); }
    bool holds(uint64_t branch, uint64_t seq) const
    {
        if (seq > m_events.size() || branch > m_forks.size())
            return false;
        for (size_t i = static_cast<size_t>(branch); i < m_forks.size(); ++i) {
            if (m_forks[i] < seq)
                return false;
        }
        return true;
    }
    // How many events are kept beyond lastSeq().
    size_t futureSize() const { return m_events.size() - static_cast<size_t>(m_lastSeq); }

    void setListener(std::function<void(const Event&)> listener) { m_listener = std::move(listener); }
    // The listener, removed (to put back with setListener).
    std::function<void(const Event&)> takeListener() { return std::exchange(m_listener, nullptr); }

private:
    std::deque<Event> m_events; // grows without copying, so no 2x peak while it grows
    uint64_t m_lastSeq = 0;
    std::vector<uint64_t> m_forks; // where each discarded future began
    std::function<void(const Event&)> m_listener;
};

} // namespace mm::sim
