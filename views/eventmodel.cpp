#include "eventmodel.h"

#include "palette.h"
#include "simulationcontroller.h"

#include "sim/simulator.h"

#include <cctype>
#include <charconv>
#include <limits>
#include <vector>

namespace mmvis {

namespace {
QString hex8(quint64 v)
{
    return QStringLiteral("%1").arg(v, 8, 16, QLatin1Char('0'));
}
constexpr int kMaxRows = std::numeric_limits<int>::max();

// Lower-case hex with at least `width` digits, as QString::arg(v, width, 16, '0') writes it.
void appendHex(std::string& out, quint64 v, int width)
{
    char digits[16];
    int n = 0;
    do {
        digits[n++] = "0123456789abcdef"[v & 0xF];
        v >>= 4;
    } while (v);
    for (int i = n; i < width; ++i)
        out += '0';
    while (n)
        out += digits[--n];
}

std::string lowerCase(const char* text)
{
    std::string s = text;
    for (char& c : s)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

const std::string& lowerRoutineName(mm::sim::Routine routine)
{
    static const std::vector<std::string> names = [] {
        std::vector<std::string> v;
        for (int r = 0; r <= int(mm::sim::Routine::Count); ++r)
            v.push_back(lowerCase(mm::sim::routineName(static_cast<mm::sim::Routine>(r))));
        return v;
    }();
    return names[size_t(routine)];
}

const std::string& lowerListName(uint8_t list)
{
    static const std::vector<std::string> names = [] {
        std::vector<std::string> v;
        for (int l = 0; l < 256; ++l)
            v.push_back(lowerCase(mm::pageLocationName(uint8_t(l))));
        return v;
    }();
    return names[list];
}
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

bool EventModel::rowContains(int row, std::string_view needle) const
{
    using mm::sim::Event;
    using mm::sim::EventKind;
    const Event& e = m_controller.simulator().events()[size_t(row)];
    std::string& t = m_rowText;
    t.clear();
    // The columns of data()'s DisplayRole, separated so that no match spans two of them.
    char seq[24];
    t.append(seq, std::to_chars(seq, seq + sizeof seq, e.seq).ptr);
    t += '\x1f';
    t += lowerRoutineName(e.routine);
    t += '\x1f';
    if (e.cid)
        appendHex(t, e.cid, 4);
    t += '\x1f';
    if (e.va != Event::kNone)
        appendHex(t, e.va, 8);
    t += '\x1f';
    if (e.kind == EventKind::PteWrite) {
        appendHex(t, e.pteAddress, 8);
        t += ": ";
        appendHex(t, e.pteOld, 8);
        t += " -> ";
        appendHex(t, e.pteNew, 8);
    } else if (e.kind == EventKind::Cr3Load) {
        t += "cr3 ";
        appendHex(t, e.pteOld, 8);
        t += " -> ";
        appendHex(t, e.pteNew, 8);
    }
    t += '\x1f';
    if (e.pfn != Event::kNone) {
        appendHex(t, e.pfn, 0);
        if (e.kind == EventKind::PageMove) {
            t += ": ";
            t += lowerListName(e.listOld);
            t += " -> ";
            t += lowerListName(e.listNew);
        }
    }
    return t.find(needle) != std::string::npos;
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
