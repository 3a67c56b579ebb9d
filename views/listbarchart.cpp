#include "listbarchart.h"

#include "simulationcontroller.h"

#include "sim/simulator.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QPainter>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace mmvis {

namespace {
const char* const kScreenTitle = QT_TRANSLATE_NOOP("mmvis::ListBarChart", "Page lists now");
} // namespace

ListBarChart::ListBarChart(SimulationController& controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_chart(new QChart)
    , m_series(new QStackedBarSeries)
    , m_categories(new QBarCategoryAxis)
{
    m_series->setBarWidth(0.7);
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_categories, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_axis = new QValueAxis;
    m_axis->setTitleText(tr("pages"));
    m_axis->setLabelFormat(QStringLiteral("%d"));
    m_chart->addAxis(m_axis, Qt::AlignLeft);
    m_series->attachAxis(m_axis);
    m_chart->legend()->hide();
    m_chart->setAnimationOptions(QChart::NoAnimation);
    // On screen the status bar shows the step; a title that changed with every command
    // would lay the chart out again each time. Exports carry the full title.
    m_chart->setTitle(tr(kScreenTitle));

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(&controller, &SimulationController::stepped, this, &ListBarChart::refresh);
    connect(&controller, &SimulationController::machineReset, this, &ListBarChart::refresh);
    applyFonts(1.0);
    applyPalette();
    rebuild();
}

void ListBarChart::applyFonts(qreal zoom)
{
    QFont labels = font();
    labels.setPixelSize(int(std::lround(12 * zoom)));
    QFont title = labels;
    title.setPixelSize(int(std::lround(15 * zoom)));
    title.setBold(true);
    m_chart->setTitleFont(title);
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(m_categories), static_cast<QAbstractAxis*>(m_axis)}) {
        axis->setLabelsFont(labels);
        axis->setTitleFont(labels);
    }
}

void ListBarChart::applyPalette()
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    m_chart->setBackgroundBrush(pal.color(QPalette::Base));
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setTitleBrush(text);
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(m_categories), static_cast<QAbstractAxis*>(m_axis)}) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(text);
        axis->setGridLineColor(pal.color(QPalette::Mid));
    }
}

void ListBarChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void ListBarChart::zoomChanged()
{
    applyFonts(zoom());
}

void ListBarChart::rebuild()
{
    // One bar set per list shown, with a value only in its own category: each bar gets its
    // list's colour.
    m_series->clear();
    m_sets.assign(size_t(mm::kPageLocationCount), nullptr);
    QStringList categories;
    QList<mm::PageLocation> shown;
    for (int l = 0; l < mm::kPageLocationCount; ++l) {
        if (!m_hidden.contains(static_cast<mm::PageLocation>(l)))
            shown << static_cast<mm::PageLocation>(l);
    }
    for (mm::PageLocation location : shown) {
        auto* set = new QBarSet(Palette::name(location));
        set->setColor(Palette::list(location));
        set->setPen(
            location == m_marked ? QPen(Palette::highlight(), 3) : QPen(Palette::list(location).darker(130), 1));
        for (int k = 0; k < shown.size(); ++k)
            set->append(0);
        m_series->append(set);
        m_sets[size_t(location)] = set;
        categories << Palette::name(location);
    }
    m_categories->clear();
    m_categories->append(categories);
    refresh();
}

void ListBarChart::setHiddenLists(const QList<mm::PageLocation>& lists)
{
    if (lists == m_hidden)
        return;
    m_hidden = lists;
    rebuild();
}

void ListBarChart::refresh()
{
    // The axis fits the lists shown: without Free and Zeroed, a few pages make a visible bar.
    const auto& db = m_controller.simulator().pfnDatabase();
    quint32 top = 10;
    int column = 0;
    for (int l = 0; l < mm::kPageLocationCount; ++l) {
        QBarSet* set = m_sets[size_t(l)];
        if (!set)
            continue;
        const quint32 n = db.count(static_cast<mm::PageLocation>(l));
        set->replace(column++, n);
        top = std::max(top, n);
    }
    m_axis->setRange(0, top * 1.05);
    m_axis->applyNiceNumbers(); // ticks at round page counts
}

void ListBarChart::setMarkedList(std::optional<mm::PageLocation> list)
{
    if (list == m_marked)
        return;
    m_marked = list;
    for (int l = 0; l < mm::kPageLocationCount; ++l) {
        const auto location = static_cast<mm::PageLocation>(l);
        if (QBarSet* set = m_sets[size_t(l)])
            set->setPen(
                location == m_marked ? QPen(Palette::highlight(), 3) : QPen(Palette::list(location).darker(130), 1));
    }
}

double ListBarChart::value(int list) const
{
    const QBarSet* set = m_sets[size_t(list)];
    if (!set)
        return 0; // hidden
    for (int k = 0; k < set->count(); ++k) {
        if (set->at(k) != 0)
            return set->at(k);
    }
    return 0;
}

QString ListBarChart::diagramTitle() const
{
    QStringList names;
    for (mm::PageLocation l : m_hidden)
        names << Palette::name(l);
    return tr("Page lists now%1 - %2")
        .arg(names.isEmpty() ? QString() : tr(" (without %1)").arg(names.join(QStringLiteral(", "))),
            m_controller.stateSummary());
}

void ListBarChart::render(QPainter& painter, const QRectF& target, Palette::Variant)
{
    // The chart's scene, drawn straight into the painter: vector in SVG and PDF.
    const QSize old = m_view->size();
    m_chart->setTitle(diagramTitle());
    applyFonts(1.0); // exports at zoom 1
    m_view->resize(target.size().toSize());
    m_chart->resize(target.size());
    m_chart->layout()->activate(); // lay out the new title and size now, not at the next event
    m_chart->scene()->render(&painter, target, m_chart->rect());
    m_chart->setTitle(tr(kScreenTitle));
    applyFonts(zoom());
    m_view->resize(old);
}

} // namespace mmvis
