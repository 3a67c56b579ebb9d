#include "listhistoryplot.h"

#include "simulationcontroller.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPicture>
#include <QPushButton>
#include <QResizeEvent>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>

namespace mmvis {

namespace {
// The lists drawn, bottom to top when stacked (Transition pages are too few to show).
constexpr mm::PageLocation kSeries[]
    = {mm::PageLocation::Active, mm::PageLocation::Modified, mm::PageLocation::ModifiedNoWrite,
        mm::PageLocation::Standby, mm::PageLocation::Free, mm::PageLocation::Zeroed, mm::PageLocation::Bad};
constexpr int kSeriesCount = int(sizeof kSeries / sizeof kSeries[0]);
} // namespace

ListHistoryPlot::ListHistoryPlot(SimulationController& controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_plot(new QCustomPlot(this))
{
    auto* stacked = new QCheckBox(tr("Stacked"), this);
    stacked->setChecked(true);
    stacked->setToolTip(tr("Stack the lists (their sum is all of RAM) or draw each as a line"));
    connect(stacked, &QCheckBox::toggled, this, &ListHistoryPlot::setStacked);
    auto* showAll = new QPushButton(tr("Show All"), this);
    showAll->setToolTip(tr("Zoom out to the whole run (or double-click the plot)"));
    connect(showAll, &QPushButton::clicked, this, [this] {
        m_userZoomed = false;
        refresh();
    });
    auto* controls = new QHBoxLayout;
    controls->setContentsMargins(6, 4, 6, 0);
    controls->addWidget(stacked);
    controls->addStretch(1);
    controls->addWidget(showAll);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(controls);
    layout->addWidget(m_plot);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setToolTip(tr("Drag to pan, wheel to zoom, double-click to see the whole run"));
    // Steps and fills need no antialiasing; without it a replot costs a fraction.
    m_plot->setNotAntialiasedElements(QCP::aeFills | QCP::aePlottables);
    m_plot->setPlottingHints(QCP::phFastPolylines | QCP::phCacheLabels);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->xAxis->setLabel(tr("step (event sequence number)"));
    m_plot->yAxis->setLabel(tr("pages"));
    // The legend in a row of its own below the axes, so that it never hides the data.
    m_plot->legend->setVisible(true);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setWrap(2); // two columns: the plot still fits a narrow dock
    m_plot->legend->setBorderPen(Qt::NoPen);
    auto* legendRow = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(1, 0, legendRow);
    legendRow->addElement(0, 0, m_plot->legend);
    legendRow->setMargins(QMargins(6, 0, 6, 4));
    m_plot->plotLayout()->setRowStretchFactor(1, 0.001);
    for (int i = 0; i < kSeriesCount; ++i) {
        QCPGraph* g = m_plot->addGraph();
        g->setName(Palette::name(kSeries[i]));
        g->setPen(QPen(Palette::list(kSeries[i]).darker(115), 2));
        g->setLineStyle(QCPGraph::lsStepLeft);
    }
    connect(m_plot, &QCustomPlot::mouseWheel, this, [this] { m_userZoomed = true; });
    connect(m_plot, &QCustomPlot::mousePress, this, [this] { m_userZoomed = true; });
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this] {
        m_userZoomed = false;
        refresh();
    });
    connect(&controller, &SimulationController::stepped, this, &ListHistoryPlot::refresh);
    connect(&controller, &SimulationController::machineReset, this, [this] {
        m_userZoomed = false;
        refresh();
    });
    setStacked(true);
}

void ListHistoryPlot::setStacked(bool stacked)
{
    m_stacked = stacked;
    for (int i = 0; i < kSeriesCount; ++i) {
        QCPGraph* g = m_plot->graph(i);
        if (stacked) {
            g->setBrush(Palette::list(kSeries[i]));
            g->setChannelFillGraph(i ? m_plot->graph(i - 1) : nullptr);
        } else {
            g->setBrush(Qt::NoBrush);
            g->setChannelFillGraph(nullptr);
        }
    }
    refresh();
}

void ListHistoryPlot::refresh()
{
    const auto& history = m_controller.history();
    QVector<double> x;
    x.reserve(int(history.size()));
    for (const auto& s : history)
        x.push_back(double(s.seq));
    std::vector<double> below(history.size(), 0.0);
    double top = 1;
    for (int i = 0; i < kSeriesCount; ++i) {
        QVector<double> y;
        y.reserve(int(history.size()));
        for (size_t k = 0; k < history.size(); ++k) {
            const double v = history[k].counts[size_t(kSeries[i])] + (m_stacked ? below[k] : 0.0);
            y.push_back(v);
            below[k] = v;
            top = std::max(top, v);
        }
        m_plot->graph(i)->setData(x, y, true);
    }
    if (!m_userZoomed) {
        m_plot->xAxis->setRange(x.isEmpty() ? 0 : x.front(), x.size() > 1 ? x.back() : x.value(0) + 1);
        m_plot->yAxis->setRange(0, top * 1.05);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ListHistoryPlot::setMarkedList(std::optional<mm::PageLocation> list)
{
    if (list == m_marked)
        return;
    m_marked = list;
    for (int i = 0; i < kSeriesCount; ++i)
        m_plot->graph(i)->setPen(QPen(Palette::list(kSeries[i]).darker(115), kSeries[i] == m_marked ? 5 : 2));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QString ListHistoryPlot::diagramTitle() const
{
    return QStringLiteral("Page lists over time (%1) - %2")
        .arg(m_stacked ? QStringLiteral("stacked") : QStringLiteral("lines"), m_controller.stateSummary());
}

void ListHistoryPlot::resizeEvent(QResizeEvent* event)
{
    // As many step labels as fit without touching ("25000" is about 40 px at 12 px).
    m_plot->xAxis->ticker()->setTickCount(std::clamp(width() / 110, 2, 8));
    QWidget::resizeEvent(event);
}

void ListHistoryPlot::render(QPainter& painter, const QRectF& target, Palette::Variant)
{
    painter.save();
    QFont font = painter.font();
    font.setPixelSize(15);
    font.setBold(true);
    painter.setFont(font);
    drawDiagramTitle(painter, QRectF(target.left() + 10, target.top(), target.width() - 20, 34), diagramTitle());
    // QCustomPlot draws into a picture with its own painter; replaying the picture keeps it vector.
    QPicture picture;
    QCPPainter qcp(&picture);
    m_plot->toPainter(&qcp, int(target.width()), int(target.height() - 34));
    qcp.end();
    painter.drawPicture(QPointF(target.left(), target.top() + 34), picture);
    painter.restore();
}

} // namespace mmvis
