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

namespace mmvis {

namespace {
const QString kScreenTitle = QStringLiteral("Page lists now");
} // namespace

ListBarChart::ListBarChart(SimulationController& controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_chart(new QChart)
{
    // One bar set per list, with a value only in its own category: each bar gets its list's colour.
    auto* series = new QStackedBarSeries;
    QStringList categories;
    for (int l = 0; l < mm::kPageLocationCount; ++l) {
        const auto location = static_cast<mm::PageLocation>(l);
        auto* set = new QBarSet(Palette::name(location));
        set->setColor(Palette::list(location));
        set->setBorderColor(Palette::list(location).darker(130));
        for (int k = 0; k < mm::kPageLocationCount; ++k)
            set->append(0);
        series->append(set);
        m_sets.push_back(set);
        categories << Palette::name(location);
    }
    series->setBarWidth(0.7);
    m_chart->addSeries(series);
    auto* xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    m_chart->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(xAxis);
    m_axis = new QValueAxis;
    m_axis->setTitleText(tr("pages"));
    m_axis->setLabelFormat(QStringLiteral("%d"));
    m_chart->addAxis(m_axis, Qt::AlignLeft);
    series->attachAxis(m_axis);
    m_chart->legend()->hide();
    m_chart->setAnimationOptions(QChart::NoAnimation);
    // On screen the status bar shows the step; a title that changed with every command
    // would lay the chart out again each time. Exports carry the full title.
    m_chart->setTitle(kScreenTitle);

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(&controller, &SimulationController::stepped, this, &ListBarChart::refresh);
    connect(&controller, &SimulationController::machineReset, this, &ListBarChart::refresh);
    refresh();
}

void ListBarChart::refresh()
{
    const auto& db = m_controller.simulator().pfnDatabase();
    quint32 top = 1;
    for (int l = 0; l < mm::kPageLocationCount; ++l) {
        const quint32 n = db.count(static_cast<mm::PageLocation>(l));
        m_sets[size_t(l)]->replace(l, n);
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
        m_sets[size_t(l)]->setPen(
            location == m_marked ? QPen(Palette::highlight(), 3) : QPen(Palette::list(location).darker(130), 1));
    }
}

double ListBarChart::value(int list) const
{
    return m_sets[size_t(list)]->at(list);
}

QString ListBarChart::diagramTitle() const
{
    return QStringLiteral("Page lists now - %1").arg(m_controller.stateSummary());
}

void ListBarChart::render(QPainter& painter, const QRectF& target, Palette::Variant)
{
    // The chart's scene, drawn straight into the painter: vector in SVG and PDF.
    const QSize old = m_view->size();
    m_chart->setTitle(diagramTitle());
    m_view->resize(target.size().toSize());
    m_chart->resize(target.size());
    m_chart->layout()->activate(); // lay out the new title and size now, not at the next event
    m_chart->scene()->render(&painter, target, m_chart->rect());
    m_chart->setTitle(kScreenTitle);
    m_view->resize(old);
}

} // namespace mmvis
