#include "eventmodel.h"

#include "palette.h"
#include "simulationcontroller.h"

#include "sim/simulator.h"

#include <limits>

namespace mmvis {

namespace {
QString hex8(quint64 v)
{
    return QStringLiteral("%1").arg(v, 8, 16, QLatin1Char('0'));
}
constexpr int kMaxRows = std::numeric_limits<int>::max();
} // namespace

EventModel::EventModel(SimulationController& controller, QObject* parent)
    : QAbstractTableModel(parent)
    , m_controller(controller)
{
    m_rows = int(std::min<size_t>(controller.simulator().events().size(), kMaxRows));
    connect(&controller, &SimulationController::stepped, this, &EventModel::append);
    connect(&controller, &SimulationController::machineReset, this, [this] {
        beginResetModel();
        m_rows = int(std::min<size_t>(m_controller.simulator().events().size(), kMaxRows));
        endResetModel();
    });
}

void EventModel::append(quint64, quint64)
{
    const int rows = int(std::min<size_t>(m_controller.simulator().events().size(), kMaxRows));
    if (rows <= m_rows)
        return;
    beginInsertRows({}, m_rows, rows - 1);
    m_rows = rows;
    endInsertRows();
}

int EventModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int EventModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto& e = m_controller.simulator().events()[size_t(index.row())];
    using mm::sim::Event;
    using mm::sim::EventKind;
    switch (role) {
    case CidRole:
        return e.cid;
    case VaRole:
        return e.va == Event::kNone ? QVariant() : QVariant(quint32(e.va));
    case PfnRole:
        return e.pfn == Event::kNone ? QVariant() : QVariant(quint32(e.pfn));
    case Qt::ToolTipRole:
        return QString::fromStdString(mm::sim::describe(e));
    case Qt::BackgroundRole:
        if (m_markedFrame && e.pfn == *m_markedFrame)
            return Palette::highlight().lighter(175);
        return {};
    case Qt::DecorationRole:
        if (index.column() == Frame && e.kind == EventKind::PageMove && e.listNew < mm::kPageLocationCount)
            return Palette::list(static_cast<mm::PageLocation>(e.listNew));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Seq:
        return qulonglong(e.seq);
    case Routine:
        return QString::fromLatin1(mm::sim::routineName(e.routine));
    case Process:
        return e.cid ? QStringLiteral("%1").arg(e.cid, 4, 16, QLatin1Char('0')) : QString();
    case Address:
        return e.va == Event::kNone ? QString() : hex8(e.va);
    case Pte:
        if (e.kind == EventKind::PteWrite)
            return QStringLiteral("%1: %2 -> %3").arg(hex8(e.pteAddress), hex8(e.pteOld), hex8(e.pteNew));
        if (e.kind == EventKind::Cr3Load)
            return QStringLiteral("CR3 %1 -> %2").arg(hex8(e.pteOld), hex8(e.pteNew));
        return {};
    case Frame:
        if (e.pfn == Event::kNone)
            return {};
        if (e.kind == EventKind::PageMove)
            return QStringLiteral("%1: %2 -> %3")
                .arg(e.pfn, 0, 16)
                .arg(QString::fromLatin1(mm::pageLocationName(e.listOld)),
                    QString::fromLatin1(mm::pageLocationName(e.listNew)));
        return QStringLiteral("%1").arg(e.pfn, 0, 16);
    case Explanation:
        return QString::fromStdString(mm::sim::describe(e));
    }
    return {};
}

std::optional<int> EventModel::lastRowOfFrame(quint32 pfn) const
{
    const auto& log = m_controller.simulator().events();
    for (int row = m_rows - 1; row >= 0; --row) {
        if (log[size_t(row)].pfn == pfn)
            return row;
    }
    return std::nullopt;
}

QVariant EventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char* const names[] = {"Step", "Routine", "Cid", "Address", "PTE", "Frame", "What happened"};
    return section >= 0 && section < ColumnCount ? tr(names[section]) : QVariant();
}

} // namespace mmvis
