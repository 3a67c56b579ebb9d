#include "processmodel.h"

#include "simulationcontroller.h"

#include "sim/simulator.h"

namespace mmvis {

ProcessModel::ProcessModel(SimulationController& controller, QObject* parent)
    : QAbstractTableModel(parent)
    , m_controller(controller)
{
    m_rows = int(controller.simulator().processes().processes().size());
    connect(&controller, &SimulationController::stepped, this, &ProcessModel::refresh);
    connect(&controller, &SimulationController::machineReset, this, &ProcessModel::refresh);
}

void ProcessModel::refresh()
{
    const int rows = int(m_controller.simulator().processes().processes().size());
    if (rows != m_rows) {
        // Processes came or went: the rows are different processes now.
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    if (rows)
        emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
}

int ProcessModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ProcessModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ProcessModel::rowOfCid(quint16 cid) const
{
    const auto& list = m_controller.simulator().processes().processes();
    for (int i = 0; i < m_rows && i < int(list.size()); ++i) {
        if (list[size_t(i)]->cid == cid)
            return i;
    }
    return -1;
}

QVariant ProcessModel::data(const QModelIndex& index, int role) const
{
    const auto& list = m_controller.simulator().processes().processes();
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.row() >= int(list.size()))
        return {};
    const auto& p = *list[size_t(index.row())];
    if (role == CidRole)
        return p.cid;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Image ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == WorkingSet)
        return tr("Pages in the working set now (peak %1)").arg(p.vm.peakWorkingSetSize);
    if (role != Qt::DisplayRole)
        return {};
    auto hex = [](quint32 v, int width) { return QStringLiteral("%1").arg(v, width, 16, QLatin1Char('0')); };
    switch (index.column()) {
    case Image:
        return QString::fromStdString(p.imageName);
    case Cid:
        return hex(p.cid, 4);
    case Parent:
        return hex(p.parentCid, 4);
    case DirBase:
        return hex(p.directoryTableBase[0], 8);
    case WorkingSet:
        return p.vm.workingSetSize;
    case Minimum:
        return p.vm.minimumWorkingSet;
    case Maximum:
        return p.vm.maximumWorkingSet;
    case PageFaults:
        return p.vm.pageFaultCount;
    case PrivatePages:
        return p.vm.privatePages;
    case Commit:
        return p.vm.commitCharge;
    }
    return {};
}

QVariant ProcessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    // Cid and DirBase are NT's own names and stay as they are.
    static const char* const names[] = {QT_TR_NOOP("Image"), "Cid", QT_TR_NOOP("Parent"), "DirBase", QT_TR_NOOP("WS"),
        QT_TR_NOOP("Min"), QT_TR_NOOP("Max"), QT_TR_NOOP("Faults"), QT_TR_NOOP("Private"), QT_TR_NOOP("Commit")};
    return section >= 0 && section < ColumnCount ? tr(names[section]) : QVariant();
}

} // namespace mmvis
