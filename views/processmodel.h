#pragma once

#include <QAbstractTableModel>

namespace mmvis {

class SimulationController;

// The process list as a table: image, Cid, parent, DirBase, working set (size, min, max),
// page faults, private pages, commit. Rows follow the process list (creation order).
class ProcessModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Image,
        Cid,
        Parent,
        DirBase,
        WorkingSet,
        Minimum,
        Maximum,
        PageFaults,
        PrivatePages,
        Commit,
        ColumnCount
    };
    static constexpr int CidRole = Qt::UserRole + 1;

    explicit ProcessModel(SimulationController& controller, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOfCid(quint16 cid) const; // -1 when there is no such process

private:
    void refresh();

    SimulationController& m_controller;
    int m_rows = 0;
};

} // namespace mmvis
