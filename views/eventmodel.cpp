#include "eventmodel.h"

#include "messages.h"
#include "palette.h"
#include "simulationcontroller.h"

#include "sim/explain.h"
#include "sim/simulator.h"

#include <QFont>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <vector>

namespace mmvis {

namespace {
QString hex8(quint64 v)
{
    return QStringLiteral("%1").arg(v, 8, 16, QLatin1Char('0'));
}

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
    : QAbstractItemModel(parent)
    , m_controller(controller)
{
    reset();
    connect(&controller, &SimulationController::stepped, this, &EventModel::update);
    connect(&controller, &SimulationController::machineReset, this, [this] {
        beginResetModel();
        reset();
        endResetModel();
    });
}

void EventModel::reset()
{
    m_ends.clear();
    m_commands.clear();
    m_lowerCommands.clear();
    m_scenes.clear();
    m_summaries.clear();
    const auto& history = m_controller.history();
    for (const auto& sample : history) {
        m_ends.push_back(sample.seq);
        m_commands.append(sample.command);
    }
    // Events after the last sample (none when every command is sampled) stay with it.
    if (!m_ends.empty())
        m_ends.back() = std::max<quint64>(m_ends.back(), m_controller.simulator().events().size());
    m_scenes.resize(m_ends.size());
    m_summaries.resize(m_ends.size());
}

void EventModel::update()
{
    const auto& history = m_controller.history();
    const quint64 total = m_controller.simulator().events().size();
    if (history.size() < m_ends.size()) {
        beginResetModel();
        reset();
        endResetModel();
        return;
    }
    // The last command's events, if more came without a new command.
    if (!m_ends.empty()) {
        const int last = commandCount() - 1;
        const quint64 end = history.size() > m_ends.size() ? history[m_ends.size() - 1].seq : total;
        if (end > m_ends.back()) {
            const auto [first, oldEnd] = eventsOf(last);
            beginInsertRows(index(last, 0), int(oldEnd - first), int(end - first) - 1);
            m_ends.back() = end;
            m_scenes[size_t(last)].reset();
            m_summaries[size_t(last)].clear();
            endInsertRows();
        }
    }
    if (history.size() > m_ends.size()) {
        beginInsertRows({}, commandCount(), int(history.size()) - 1);
        for (size_t i = m_ends.size(); i < history.size(); ++i) {
            m_ends.push_back(history[i].seq);
            m_commands.append(history[i].command);
        }
        m_ends.back() = std::max<quint64>(m_ends.back(), total);
        m_scenes.resize(m_ends.size());
        m_summaries.resize(m_ends.size());
        endInsertRows();
    }
}

std::pair<size_t, size_t> EventModel::eventsOf(int command) const
{
    const size_t first = command > 0 ? size_t(m_ends[size_t(command) - 1]) : 0;
    return {first, std::max<size_t>(first, size_t(m_ends[size_t(command)]))};
}

int EventModel::commandOf(size_t event) const
{
    const auto it = std::upper_bound(m_ends.begin(), m_ends.end(), quint64(event));
    return int(std::min<ptrdiff_t>(it - m_ends.begin(), ptrdiff_t(m_ends.size()) - 1));
}

QModelIndex EventModel::eventIndex(size_t event, int column) const
{
    if (event >= eventCount())
        return {};
    const int command = commandOf(event);
    return createIndex(int(event - eventsOf(command).first), column, quintptr(command) + 1);
}

QModelIndex EventModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row()) + 1 : 0);
}

QModelIndex EventModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int EventModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return commandCount();
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    const auto [first, end] = eventsOf(parent.row());
    return int(end - first);
}

int EventModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

mm::sim::Routine EventModel::sceneOf(size_t event) const
{
    const int command = commandOf(event);
    auto& scenes = m_scenes[size_t(command)];
    if (!scenes) {
        // One pass over the command's events, the first time one of them is explained.
        scenes.emplace();
        const auto& log = m_controller.simulator().events();
        const auto [first, end] = eventsOf(command);
        for (size_t i = first; i < end; ++i) {
            if (mm::sim::opensScene(log[i].routine) && (scenes->empty() || scenes->back().second != log[i].routine))
                scenes->emplace_back(i, log[i].routine);
        }
    }
    const auto it = std::upper_bound(scenes->begin(), scenes->end(), event,
        [](size_t e, const std::pair<size_t, mm::sim::Routine>& s) { return e < s.first; });
    return it == scenes->begin() ? mm::sim::Routine::Count : std::prev(it)->second;
}

QString EventModel::summaryOf(int command) const
{
    QString& summary = m_summaries[size_t(command)];
    if (!summary.isEmpty())
        return summary;
    using mm::sim::EventKind;
    const auto& log = m_controller.simulator().events();
    const auto [first, end] = eventsOf(command);
    size_t ptes = 0;
    size_t moves = 0;
    size_t flushes = 0;
    for (size_t i = first; i < end; ++i) {
        ptes += log[i].kind == EventKind::PteWrite;
        moves += log[i].kind == EventKind::PageMove;
        flushes += log[i].kind == EventKind::TlbFlush || log[i].kind == EventKind::Cr3Load;
    }
    const size_t n = end - first;
    if (n == 0)
        return summary = tr("No events.");
    summary = n == 1 ? tr("1 event") : tr("%1 events").arg(n);
    QStringList parts;
    if (ptes)
        parts << (ptes == 1 ? tr("1 PTE written") : tr("%1 PTEs written").arg(ptes));
    if (moves)
        parts << (moves == 1 ? tr("1 frame moved") : tr("%1 frames moved").arg(moves));
    if (flushes)
        parts << (flushes == 1 ? tr("1 TLB flush or CR3 load") : tr("%1 TLB flushes or CR3 loads").arg(flushes));
    if (!parts.isEmpty())
        summary += QStringLiteral(": ") + parts.join(QStringLiteral(", "));
    return summary;
}

QVariant EventModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        // A command.
        const int command = index.row();
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == Routine)
                return command == 0 ? tr("Boot") : QStringLiteral("kd> ") + m_commands[command];
            if (index.column() == Explanation)
                return summaryOf(command);
            if (index.column() == Seq) {
                const auto [first, end] = eventsOf(command);
                return end > first ? QVariant(qulonglong(first + 1)) : QVariant();
            }
            return {};
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case Qt::ToolTipRole:
            return command == 0 ? tr("What the machine did while it booted") : m_commands[command];
        default:
            return {};
        }
    }
    const size_t event = eventsOf(int(index.internalId() - 1)).first + size_t(index.row());
    const auto& e = m_controller.simulator().events()[event];
    using mm::sim::Event;
    using mm::sim::EventKind;
    switch (role) {
    case EventRole:
        return qulonglong(event);
    case CidRole:
        return e.cid;
    case VaRole:
        return e.va == Event::kNone ? QVariant() : QVariant(quint32(e.va));
    case PfnRole:
        return e.pfn == Event::kNone ? QVariant() : QVariant(quint32(e.pfn));
    case Qt::ToolTipRole: {
        const mm::sim::Explanation x = mm::sim::explain(e, sceneOf(event));
        QString tip = QString::fromLatin1(mm::sim::routineName(e.routine));
        if (!x.change.empty())
            tip += QStringLiteral(": ") + QString::fromStdString(x.change);
        return tip + QStringLiteral("\n") + translated(x.why);
    }
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
    case Explanation: {
        // What changed (a PTE's both sides decoded, a frame's lists), then why.
        const mm::sim::Explanation x = mm::sim::explain(e, sceneOf(event));
        return x.change.empty() ? translated(x.why)
                                : QString::fromStdString(x.change) + QStringLiteral(". ") + translated(x.why);
    }
    }
    return {};
}

bool EventModel::commandContains(int command, std::string_view needle) const
{
    if (m_lowerCommands.size() < m_ends.size()) {
        for (size_t i = m_lowerCommands.size(); i < m_ends.size(); ++i)
            m_lowerCommands.push_back(m_commands[int(i)].toLower().toStdString());
    }
    return m_lowerCommands[size_t(command)].find(needle) != std::string::npos;
}

bool EventModel::eventContains(size_t event, std::string_view needle) const
{
    using mm::sim::Event;
    using mm::sim::EventKind;
    const Event& e = m_controller.simulator().events()[event];
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

std::optional<size_t> EventModel::lastEventOfFrame(quint32 pfn) const
{
    const auto& log = m_controller.simulator().events();
    for (size_t event = eventCount(); event-- > 0;) {
        if (log[event].pfn == pfn)
            return event;
    }
    return std::nullopt;
}

QVariant EventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char* const names[] = {QT_TR_NOOP("Step"), QT_TR_NOOP("Routine"), "Cid", QT_TR_NOOP("Address"), "PTE",
        QT_TR_NOOP("Frame"), QT_TR_NOOP("What happened, and why")};
    return section >= 0 && section < ColumnCount ? tr(names[section]) : QVariant();
}

} // namespace mmvis
