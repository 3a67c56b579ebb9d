#include "eventlogview.h"

#include "dbg/command.h"
#include "sim/glossary.h"
#include "sim/simulator.h"

#include "eventmodel.h"
#include "selection.h"
#include "simulationcontroller.h"

#include <QApplication>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <vector>

namespace mmvis {

namespace {
// A command opens by itself when it caused at most this many events (a zeroed 4 GB
// machine's boot caused millions: the user opens that one).
constexpr int kOpenAtMost = 5000;
// While filtering, the commands open until this many matching events are on show.
constexpr int kOpenWhileFiltering = 50000;

// Keeps the events whose text contains the filter text (case-insensitive), under their
// commands, and the commands whose text contains it or that hold such an event. Matching
// goes through EventModel::eventContains, not through data(): a log can hold millions of
// rows, so each command's events are matched once, when the proxy asks about the command,
// and its rows then read the answers.
class EventFilterModel : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setNeedle(const QString& text)
    {
        const std::string needle = text.toLower().toStdString();
        if (needle == m_needle)
            return;
        m_needle = needle;
        m_matches.clear();
        // One relayout, not a removal per range of rows that stop matching: with millions
        // of interleaved events those ranges are countless and each costs the view O(rows).
        invalidate();
    }
    bool filtering() const { return !m_needle.empty(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        if (m_needle.empty())
            return true;
        if (!parent.isValid()) {
            const std::vector<bool>& matches = matchesOf(row);
            return events()->commandContains(row, m_needle)
                || std::find(matches.begin(), matches.end(), true) != matches.end();
        }
        return matchesOf(parent.row())[size_t(row)];
    }

private:
    const EventModel* events() const { return static_cast<const EventModel*>(sourceModel()); }
    const std::vector<bool>& matchesOf(int command) const
    {
        if (size_t(command) >= m_matches.size())
            m_matches.resize(size_t(command) + 1);
        std::vector<bool>& matches = m_matches[size_t(command)];
        const auto [first, end] = events()->eventsOf(command);
        if (matches.size() != end - first) { // not matched yet, or events came since
            matches.resize(end - first);
            for (size_t i = first; i < end; ++i)
                matches[i - first] = events()->eventContains(i, m_needle);
        }
        return matches;
    }

    std::string m_needle;
    mutable std::vector<std::vector<bool>> m_matches; // per command: whether each of its events matches
};
} // namespace

EventLogView::EventLogView(SimulationController& controller, Selection& selection, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_selection(selection)
    , m_model(new EventModel(controller, this))
    , m_filter(new EventFilterModel(this))
    , m_tree(new QTreeView(this))
    , m_filterEdit(new QLineEdit(this))
    , m_filterDelay(new QTimer(this))
{
    m_filter->setSourceModel(m_model);
    m_filterEdit->setPlaceholderText(tr("Filter: a command, a routine, a Cid, an address, a PTE, a frame, a list..."));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setToolTip(tr("Show only the commands and the events whose step, routine, Cid, address, PTE or "
                                "frame contains this (not case-sensitive)"));
    // Filter once typing pauses, not on every key: a zeroed 4 GB machine logs millions of events.
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(250);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, &EventLogView::applyFilter);

    m_tree->setModel(m_filter);
    m_tree->setUniformRowHeights(true); // millions of rows: no per-row height queries
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setWordWrap(false);
    // What happened and why comes straight after the routine: it is what a student reads;
    // the raw values follow for those who check them.
    m_tree->header()->moveSection(EventModel::Explanation, EventModel::Process);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex& under) {
        if (m_follow && !under.isValid())
            openNewest();
    });
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        if (m_follow)
            openNewest();
    });

    connect(
        m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            if (!current.isValid())
                return;
            const QModelIndex source = m_filter->mapToSource(current);
            const QVariant event = source.data(EventModel::EventRole);
            if (!event.isValid()) {
                explainCommand(source.sibling(source.row(), EventModel::Routine).data(Qt::ToolTipRole).toString());
                return;
            }
            explainEvent(size_t(event.toULongLong()), source);
            const auto cid = source.data(EventModel::CidRole).toUInt();
            if (cid)
                m_selection.setCid(quint16(cid));
            const QVariant va = source.data(EventModel::VaRole);
            if (va.isValid())
                m_selection.setVa(va.toUInt());
            const QVariant pfn = source.data(EventModel::PfnRole);
            if (pfn.isValid())
                m_selection.setPfn(pfn.toUInt());
        });
    // A frame selected elsewhere: tint its events and bring the newest of them into view
    // (unless the user just picked one of them here).
    connect(&m_selection, &Selection::pfnChanged, this, [this](std::optional<quint32> pfn) {
        m_model->setMarkedFrame(pfn);
        m_tree->viewport()->update();
        if (!pfn || m_tree->currentIndex().data(EventModel::PfnRole) == QVariant(*pfn))
            return;
        if (const auto event = m_model->lastEventOfFrame(*pfn))
            revealEvent(*event);
    });
    // Keep the newest events in view until the user scrolls up; scrolling back to the
    // bottom follows again.
    QScrollBar* bar = m_tree->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) { m_follow = value >= bar->maximum() - 2; });

    m_explain = new QTextBrowser(this);
    m_explain->setAccessibleName(tr("Explain"));
    m_explain->setPlaceholderText(tr("Select an event: what it changed and why, what its routine does in NT, when "
                                     "NT calls it, and where to read more. Select a command: its help."));
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_explain);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filterEdit);
    layout->addWidget(splitter);
    setTextScale(1.0);
    openNewest();
}

void EventLogView::setTextScale(qreal scale)
{
    m_scale = scale;
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * scale);
    m_tree->setFont(font);
    m_explain->setFont(font);
    m_filterEdit->setFont(font);
    static const std::pair<int, int> widths[]
        = {{EventModel::Seq, 90}, {EventModel::Routine, 230}, {EventModel::Process, 50}, {EventModel::Address, 80},
            {EventModel::Pte, 260}, {EventModel::Frame, 180}, {EventModel::Explanation, 560}};
    for (const auto& [column, width] : widths)
        m_tree->setColumnWidth(column, int(width * scale));
}

void EventLogView::openNewest()
{
    const int commands = m_filter->rowCount();
    if (commands == 0)
        return;
    const QModelIndex newest = m_filter->index(commands - 1, 0);
    if (m_filter->rowCount(newest) <= kOpenAtMost)
        m_tree->expand(newest);
    m_tree->scrollToBottom();
}

void EventLogView::explainEvent(size_t event, const QModelIndex& source)
{
    // What happened and why (the row's explanation, with its decoded change), then the
    // routine's glossary entry.
    const mm::sim::Event& e = m_controller.simulator().events()[event];
    QString html = QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                       .arg(tr("Step %1").arg(e.seq),
                           source.sibling(source.row(), EventModel::Explanation).data().toString().toHtmlEscaped());
    if (const mm::sim::GlossaryEntry* g = mm::sim::glossaryEntry(e.routine))
        html += glossaryHtml(*g);
    m_explain->setHtml(html);
}

QString EventLogView::glossaryHtml(const mm::sim::GlossaryEntry& g) const
{
    auto text = [](const char* s) { return QString::fromUtf8(s).toHtmlEscaped(); };
    // The entry's sentences in the interface's language; the routine's name and the
    // references (English documents) as they are.
    auto said = [](const char* s) { return QCoreApplication::translate("mm::glossary", s).toHtmlEscaped(); };
    return QStringLiteral("<p><b>%1</b></p><p>%2</p><p><b>%3</b> %4</p><p><b>%5</b> %6</p><p><b>%7</b> %8</p>")
        .arg(text(g.name), said(g.what), tr("When:"), said(g.when), tr("Here:"), said(g.here), tr("Read:"),
            text(g.read));
}

void EventLogView::explainRoutine(const QString& name)
{
    if (const mm::sim::GlossaryEntry* g = mm::sim::glossaryEntry(name.toStdString()))
        m_explain->setHtml(glossaryHtml(*g));
}

void EventLogView::explainCommand(const QString& command)
{
    const QString verb = command.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    std::string help;
    try {
        help = mm::dbg::commandHelp(verb.toStdString());
    } catch (const std::exception&) {
        help = tr("What the machine did while it booted: the boot loader built the system's page tables, the "
                  "memory manager put every page on a list, and the zero page thread started clearing Free pages.")
                   .toStdString();
    }
    m_explain->setHtml(QStringLiteral("<p><b>%1</b></p><pre>%2</pre>")
                           .arg(command.toHtmlEscaped(), QString::fromStdString(help).toHtmlEscaped()));
}

QString EventLogView::explanation() const
{
    return m_explain->toPlainText();
}

void EventLogView::setFilterText(const QString& text)
{
    m_filterEdit->setText(text);
    applyFilter();
}

void EventLogView::applyFilter()
{
    m_filterDelay->stop();
    auto* filter = static_cast<EventFilterModel*>(m_filter);
    const bool large = m_model->eventCount() > 200000;
    if (large)
        QApplication::setOverrideCursor(Qt::WaitCursor);
    filter->setNeedle(m_filterEdit->text());
    // Only what the new text asks for stays open: a command left open with a million
    // events would make the tree lay out a million rows.
    m_tree->collapseAll();
    if (!filter->filtering()) {
        openNewest();
    } else {
        // Open the commands with matches, the newest first, while the rows stay few.
        int shown = 0;
        for (int row = filter->rowCount() - 1; row >= 0 && shown < kOpenWhileFiltering; --row) {
            const QModelIndex command = filter->index(row, 0);
            const int events = filter->rowCount(command);
            if (events <= kOpenAtMost) {
                m_tree->expand(command);
                shown += events;
            }
        }
    }
    if (large)
        QApplication::restoreOverrideCursor();
    if (m_follow)
        m_tree->scrollToBottom();
}

int EventLogView::shownRows() const
{
    int rows = 0;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        rows += m_filter->rowCount(m_filter->index(row, 0));
    return rows;
}

void EventLogView::revealEvent(size_t event)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->eventIndex(event));
    if (!index.isValid())
        return;
    m_tree->expand(index.parent());
    m_tree->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void EventLogView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_follow)
        m_tree->scrollToBottom();
}

} // namespace mmvis
