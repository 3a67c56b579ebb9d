#pragma once

#include "sim/event.h"

#include <QAbstractItemModel>
#include <QStringList>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mmvis {

class SimulationController;

// The core's event log as a tree: one top-level row per command that changed the machine
// (the first for boot), holding the events that command caused, in order. An event row
// shows what it changed and says why (sim::explain, with the cause its command's work
// opened: a trim, a fault, the modified page writer...). Rows are appended as events
// arrive; the log can hold millions, so nothing is copied per event.
class EventModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Seq, Routine, Process, Address, Pte, Frame, Explanation, ColumnCount };
    static constexpr int CidRole = Qt::UserRole + 1;
    static constexpr int VaRole = Qt::UserRole + 2; // invalid QVariant when the event has none
    static constexpr int PfnRole = Qt::UserRole + 3;
    static constexpr int EventRole = Qt::UserRole + 4; // an event row's index in the log; invalid for a command

    explicit EventModel(SimulationController& controller, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int commandCount() const { return int(m_ends.size()); }
    size_t eventCount() const { return m_ends.empty() ? 0 : size_t(m_ends.back()); }
    // The row of the event log[event], under its command's row.
    QModelIndex eventIndex(size_t event, int column = 0) const;
    // The command whose events include log[event].
    int commandOf(size_t event) const;
    // The events of a command: log indices [first, second).
    std::pair<size_t, size_t> eventsOf(int command) const;

    // Events of this frame get a tinted background. Only the rows on screen need
    // repainting, so the view updates its viewport instead of the model announcing a
    // change to every row of a log that can hold millions.
    void setMarkedFrame(std::optional<quint32> pfn) { m_markedFrame = pfn; }
    std::optional<quint32> markedFrame() const { return m_markedFrame; }
    // The newest event that concerns the frame, if any.
    std::optional<size_t> lastEventOfFrame(quint32 pfn) const;
    // Whether the event's Step, Routine, Cid, Address, PTE or Frame text contains `needle`
    // (lower case), as the filter box asks; the explanation is prose and is not searched.
    // Formats into a buffer instead of QStrings: a filter runs over millions of rows.
    bool eventContains(size_t event, std::string_view needle) const;
    // Whether the command's text contains `needle` (lower case).
    bool commandContains(int command, std::string_view needle) const;

private:
    void update();
    void reset();
    mm::sim::Routine sceneOf(size_t event) const;
    QString summaryOf(int command) const;

    SimulationController& m_controller;
    std::vector<quint64> m_ends; // per command: one past its last event's log index
    QStringList m_commands; // "boot", then each command as typed
    mutable std::vector<std::string> m_lowerCommands;
    mutable std::string m_rowText; // eventContains' buffer
    std::optional<quint32> m_markedFrame;
    // Where the cause changes inside a command, computed the first time one of its events
    // is explained: (log index, the routine that opened the work).
    mutable std::vector<std::optional<std::vector<std::pair<size_t, mm::sim::Routine>>>> m_scenes;
    mutable std::vector<QString> m_summaries; // per command, once asked; empty: not yet
};

} // namespace mmvis
