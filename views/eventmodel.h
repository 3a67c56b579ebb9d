#pragma once

#include <QAbstractTableModel>

#include <optional>
#include <string>
#include <string_view>

namespace mmvis {

class SimulationController;

// The core's event log as a table: one row per event, appended as events arrive.
class EventModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Seq, Routine, Process, Address, Pte, Frame, Explanation, ColumnCount };
    static constexpr int CidRole = Qt::UserRole + 1;
    static constexpr int VaRole = Qt::UserRole + 2; // invalid QVariant when the event has none
    static constexpr int PfnRole = Qt::UserRole + 3;

    explicit EventModel(SimulationController& controller, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Events of this frame get a tinted background. Only the rows on screen need
    // repainting, so the view updates its viewport instead of the model announcing a
    // change to every row of a log that can hold millions.
    void setMarkedFrame(std::optional<quint32> pfn) { m_markedFrame = pfn; }
    std::optional<quint32> markedFrame() const { return m_markedFrame; }
    // The row of the newest event that concerns the frame, if any.
    std::optional<int> lastRowOfFrame(quint32 pfn) const;
    // Whether the row's Step, Routine, Cid, Address, PTE or Frame text contains `needle`
    // (lower case), as the filter box asks; the explanation is prose and is not searched.
    // Formats into a buffer instead of QStrings: a filter runs over millions of rows.
    bool rowContains(int row, std::string_view needle) const;

private:
    void append(quint64 firstSeq, quint64 lastSeq);

    SimulationController& m_controller;
    int m_rows = 0;
    mutable std::string m_rowText; // rowContains' buffer
    std::optional<quint32> m_markedFrame;
};

} // namespace mmvis
