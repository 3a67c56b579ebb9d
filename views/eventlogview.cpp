#include "eventlogview.h"

#include "sim/glossary.h"

#include "eventmodel.h"
#include "selection.h"
#include "simulationcontroller.h"

#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace mmvis {

namespace {
// Keeps the rows whose text contains the filter text (case-insensitive). Matching goes
// through EventModel::rowContains, not through data(): a log can hold millions of rows.
class EventFilterModel : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setNeedle(const QString& text)
    {
        const std::string needle = text.toLower().toStdString();
        if (needle == m_needle)
            return;
        m_needle = needle;
        // One relayout, not a removal per range of rows that stop matching: with millions
        // of interleaved events those ranges are countless and each costs the view O(rows).
        invalidate();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        if (m_needle.empty() || parent.isValid())
            return true;
        return static_cast<const EventModel*>(sourceModel())->rowContains(row, m_needle);
    }

private:
    std::string m_needle;
};
} // namespace

EventLogView::EventLogView(SimulationController& controller, Selection& selection, QWidget* parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_model(new EventModel(controller, this))
    , m_filter(new EventFilterModel(this))
    , m_table(new QTableView(this))
    , m_filterEdit(new QLineEdit(this))
    , m_filterDelay(new QTimer(this))
{
    m_filter->setSourceModel(m_model);
    m_filterEdit->setPlaceholderText(tr("Filter: a routine, a Cid, an address, a PTE, a frame, a list..."));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setToolTip(tr("Show only the events whose step, routine, Cid, address, PTE or frame "
                                "contains this (not case-sensitive)"));
    // Filter once typing pauses, not on every key: a zeroed 4 GB machine logs millions of events.
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(250);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, &EventLogView::applyFilter);

    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setColumnWidth(EventModel::Seq, 70);
    m_table->setColumnWidth(EventModel::Routine, 230);
    m_table->setColumnWidth(EventModel::Process, 50);
    m_table->setColumnWidth(EventModel::Address, 80);
    m_table->setColumnWidth(EventModel::Pte, 260);
    m_table->setColumnWidth(EventModel::Frame, 180);

    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            if (!current.isValid())
                return;
            const QModelIndex source = m_filter->mapToSource(current);
            explain(source.sibling(source.row(), EventModel::Routine).data().toString());
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
        m_table->viewport()->update();
        if (!pfn || m_table->currentIndex().data(EventModel::PfnRole) == QVariant(*pfn))
            return;
        if (const auto row = m_model->lastRowOfFrame(*pfn)) {
            const QModelIndex index = m_filter->mapFromSource(m_model->index(*row, 0));
            if (index.isValid())
                m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
        }
    });
    // Keep the newest events in view until the user scrolls up; scrolling back to the
    // bottom follows again.
    QScrollBar* bar = m_table->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) { m_follow = value >= bar->maximum() - 2; });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow)
            m_table->scrollToBottom();
    });

    m_explain = new QTextBrowser(this);
    m_explain->setAccessibleName(tr("Explain"));
    m_explain->setPlaceholderText(tr("Select an event: what its routine does in NT, when NT calls it, what it did "
                                     "here, and where to read more."));
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_explain);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filterEdit);
    layout->addWidget(splitter);
}

void EventLogView::explain(const QString& routine)
{
    const mm::sim::GlossaryEntry* e = mm::sim::glossaryEntry(routine.trimmed().toStdString());
    if (!e) {
        m_explain->clear();
        return;
    }
    auto text = [](const char* s) { return QString::fromUtf8(s).toHtmlEscaped(); };
    m_explain->setHtml(
        QStringLiteral("<p><b>%1</b></p><p>%2</p><p><b>%3</b> %4</p><p><b>%5</b> %6</p><p><b>%7</b> %8</p>")
            .arg(text(e->name), text(e->what), tr("When:"), text(e->when), tr("Here:"), text(e->here), tr("Read:"),
                text(e->read)));
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
    const bool large = m_model->rowCount() > 200000;
    if (large)
        QApplication::setOverrideCursor(Qt::WaitCursor);
    static_cast<EventFilterModel*>(m_filter)->setNeedle(m_filterEdit->text());
    if (large)
        QApplication::restoreOverrideCursor();
    if (m_follow)
        m_table->scrollToBottom();
}

int EventLogView::shownRows() const
{
    return m_filter->rowCount();
}

void EventLogView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_follow)
        m_table->scrollToBottom();
}

} // namespace mmvis
