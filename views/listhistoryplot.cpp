#include "listhistoryplot.h"

#include "diagramexporter.h"
#include "simulationcontroller.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QPainter>
#include <QPicture>
#include <QPushButton>
#include <QResizeEvent>
#include <QToolTip>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

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
    , m_freeAndZeroed(new QCheckBox(tr("Free and Zeroed"), this))
    , m_stackedBox(new QCheckBox(tr("Stacked"), this))
    , m_logBox(new QCheckBox(tr("Log scale"), this))
{
    m_stackedBox->setChecked(true);
    m_stackedBox->setToolTip(tr("Stack the lists (their sum is all of RAM) or draw each as a line"));
    connect(m_stackedBox, &QCheckBox::toggled, this, &ListHistoryPlot::setStacked);
    m_freeAndZeroed->setChecked(true);
    m_freeAndZeroed->setToolTip(tr("Show the Free and Zeroed lists; hidden, the other lists fill the plot and a "
                                   "trim of a few pages is plain to see"));
    connect(m_freeAndZeroed, &QCheckBox::toggled, this, [this](bool shown) {
        QList<mm::PageLocation> hidden = m_hidden;
        hidden.removeAll(mm::PageLocation::Free);
        hidden.removeAll(mm::PageLocation::Zeroed);
        if (!shown)
            hidden << mm::PageLocation::Free << mm::PageLocation::Zeroed;
        setHiddenLists(hidden);
    });
    m_logBox->setToolTip(tr("A logarithmic page count (lines only): small lists next to large ones"));
    connect(m_logBox, &QCheckBox::toggled, this, &ListHistoryPlot::setLogScale);
    auto* showAll = new QPushButton(tr("Show All"), this);
    showAll->setToolTip(tr("Zoom out to every command (or double-click the plot)"));
    connect(showAll, &QPushButton::clicked, this, [this] {
        m_userZoomed = false;
        rescale();
    });
    auto* controls = new QHBoxLayout;
    controls->setContentsMargins(6, 4, 6, 0);
    controls->addWidget(m_stackedBox);
    controls->addWidget(m_freeAndZeroed);
    controls->addWidget(m_logBox);
    controls->addStretch(1);
    controls->addWidget(showAll);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(controls);
    layout->addWidget(m_plot);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom | QCP::iSelectLegend);
    // Steps and fills need no antialiasing; without it a replot costs a fraction.
    m_plot->setNotAntialiasedElements(QCP::aeFills | QCP::aePlottables);
    m_plot->setPlottingHints(QCP::phFastPolylines | QCP::phCacheLabels);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->xAxis->setLabel(tr("command (0: the machine as booted)"));
    m_plot->yAxis->setLabel(tr("pages"));
    // The legend in a row of its own below the axes, so that it never hides the data.
    m_plot->legend->setVisible(true);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setWrap(2); // two columns: the plot still fits a narrow dock
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setSelectableParts(QCPLegend::spNone);
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
    // A click on a legend entry shows or hides that list.
    connect(m_plot, &QCustomPlot::legendClick, this, [this](QCPLegend*, QCPAbstractLegendItem* item, QMouseEvent*) {
        auto* entry = qobject_cast<QCPPlottableLegendItem*>(item);
        if (!entry)
            return;
        for (int i = 0; i < kSeriesCount; ++i) {
            if (m_plot->graph(i) != entry->plottable())
                continue;
            QList<mm::PageLocation> hidden = m_hidden;
            if (!hidden.removeAll(kSeries[i]))
                hidden << kSeries[i];
            setHiddenLists(hidden);
        }
    });
    // Hovering shows the command under the mouse.
    m_plot->setMouseTracking(true);
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent* event) {
        const double x = m_plot->xAxis->pixelToCoord(event->position().x());
        const int index = int(std::lround(x));
        if (m_plot->axisRect()->rect().contains(event->position().toPoint()) && index >= 0
            && index < int(m_controller.history().size()))
            QToolTip::showText(event->globalPosition().toPoint(), describeCommand(index), m_plot);
        else
            QToolTip::hideText();
    });
    connect(m_plot, &QCustomPlot::mouseWheel, this, [this] { m_userZoomed = true; });
    connect(m_plot, &QCustomPlot::mousePress, this, [this] { m_userZoomed = true; });
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this] {
        m_userZoomed = false;
        rescale();
    });
    // y follows the lists in view while panning and zooming.
    connect(m_plot->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this] {
        if (m_userZoomed)
            rescale();
    });
    connect(&controller, &SimulationController::stepped, this, &ListHistoryPlot::refresh);
    connect(&controller, &SimulationController::machineReset, this, [this] {
        m_userZoomed = false;
        refresh();
    });
    applyFonts(1.0);
    applyPalette();
    setStacked(true);
}

void ListHistoryPlot::setStacked(bool stacked)
{
    m_stacked = stacked && !m_log;
    const QSignalBlocker block(m_stackedBox);
    m_stackedBox->setChecked(m_stacked);
    refresh();
}

void ListHistoryPlot::setLogScale(bool log)
{
    m_log = log;
    {
        const QSignalBlocker block(m_logBox);
        m_logBox->setChecked(log);
    }
    // Stacked areas on a log scale would mislead: log draws lines.
    m_stackedBox->setEnabled(!log);
    if (log)
        m_stacked = false;
    else
        m_stacked = m_stackedBox->isChecked();
    m_plot->yAxis->setScaleType(log ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (log)
        m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    else
        m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    refresh();
}

void ListHistoryPlot::setHiddenLists(const QList<mm::PageLocation>& lists)
{
    if (lists == m_hidden)
        return;
    m_hidden = lists;
    {
        const QSignalBlocker block(m_freeAndZeroed);
        m_freeAndZeroed->setChecked(
            !m_hidden.contains(mm::PageLocation::Free) && !m_hidden.contains(mm::PageLocation::Zeroed));
    }
    refresh();
    emit hiddenListsChanged(m_hidden);
}

void ListHistoryPlot::refresh()
{
    const auto& history = m_controller.history();
    QVector<double> x;
    x.reserve(int(history.size()));
    for (size_t k = 0; k < history.size(); ++k)
        x.push_back(double(k));
    std::vector<double> below(history.size(), 0.0);
    QCPGraph* previous = nullptr; // the last shown series: stacked areas fill down to it
    for (int i = 0; i < kSeriesCount; ++i) {
        QCPGraph* g = m_plot->graph(i);
        const bool shown = !m_hidden.contains(kSeries[i]);
        g->setVisible(shown);
        if (auto* item = m_plot->legend->itemWithPlottable(g))
            item->setTextColor(shown ? palette().color(QPalette::WindowText) : palette().color(QPalette::Mid));
        QVector<double> y;
        y.reserve(int(history.size()));
        for (size_t k = 0; k < history.size(); ++k) {
            double v = history[k].counts[size_t(kSeries[i])] + (m_stacked && shown ? below[k] : 0.0);
            if (m_stacked && shown)
                below[k] = v;
            if (m_log)
                v = std::max(v, 0.5); // a log axis has no 0: an empty list sits just under 1
            y.push_back(v);
        }
        g->setData(x, y, true);
        g->setBrush(m_stacked && shown ? QBrush(Palette::list(kSeries[i])) : QBrush(Qt::NoBrush));
        g->setChannelFillGraph(m_stacked && shown ? previous : nullptr);
        // A marker on every command while there are few enough to tell apart.
        g->setScatterStyle(history.size() <= 60 ? QCPScatterStyle(QCPScatterStyle::ssDisc, 4)
                                                : QCPScatterStyle(QCPScatterStyle::ssNone));
        if (shown)
            previous = g;
    }
    updateTicks(m_plot->width(), m_plot->height());
    rescale();
}

void ListHistoryPlot::rescale()
{
    const auto& history = m_controller.history();
    const int n = int(history.size());
    if (!m_userZoomed) {
        const QSignalBlocker block(m_plot->xAxis);
        m_plot->xAxis->setRange(-0.5, std::max(1, n) - 0.5);
    }
    // y from the lists shown, over the commands in view.
    const QCPRange range = m_plot->xAxis->range();
    double top = 0;
    for (int k = std::max(0, int(std::floor(range.lower))); k < n && k <= int(std::ceil(range.upper)); ++k) {
        double sum = 0;
        for (int i = 0; i < kSeriesCount; ++i) {
            if (m_hidden.contains(kSeries[i]))
                continue;
            const double v = history[size_t(k)].counts[size_t(kSeries[i])];
            sum += v;
            top = std::max(top, m_stacked ? sum : v);
        }
    }
    if (m_log)
        m_plot->yAxis->setRange(0.5, std::max(10.0, top * 2));
    else
        m_plot->yAxis->setRange(0, std::max(10.0, top * 1.08));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ListHistoryPlot::updateTicks(int width, int height)
{
    m_plot->legend->setWrap(width >= 760 ? 4 : width >= 420 ? 3 : 2); // the legend's columns, as they fit
    if (!m_log)
        m_plot->yAxis->ticker()->setTickCount(std::clamp(height / 60, 2, 8)); // page counts that never touch
    // Under few enough commands, their text (rotated); else command numbers.
    const auto& history = m_controller.history();
    const int n = int(history.size());
    // (Rotated, the labels need about 150 px under the axis: only where the plot is tall.)
    if (n > 1 && n <= 40 && width / n >= 22 && height >= 420) {
        auto ticker = QSharedPointer<QCPAxisTickerText>::create();
        for (int k = 0; k < n; ++k) {
            QString text = history[size_t(k)].command;
            if (text.size() > 22)
                text = text.left(21) + QChar(0x2026);
            ticker->addTick(k, QStringLiteral("%1 %2").arg(k).arg(text));
        }
        m_plot->xAxis->setTicker(ticker);
        m_plot->xAxis->setTickLabelRotation(-50);
    } else {
        auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
        ticker->setTickStep(1);
        ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
        ticker->setTickCount(std::clamp(width / 70, 2, 10));
        m_plot->xAxis->setTicker(ticker);
        m_plot->xAxis->setTickLabelRotation(0);
    }
}

QString ListHistoryPlot::describeCommand(int index) const
{
    const auto& history = m_controller.history();
    if (index < 0 || index >= int(history.size()))
        return {};
    const auto& s = history[size_t(index)];
    QStringList counts;
    for (int i = 0; i < kSeriesCount; ++i)
        counts << QStringLiteral("%1 %2").arg(Palette::name(kSeries[i])).arg(s.counts[size_t(kSeries[i])]);
    return QStringLiteral("%1: %2\n%3").arg(index).arg(s.command, counts.join(QStringLiteral(", ")));
}

void ListHistoryPlot::coloursChanged()
{
    applyPens();
    refresh();
}

void ListHistoryPlot::setMarkedList(std::optional<mm::PageLocation> list)
{
    if (list == m_marked)
        return;
    m_marked = list;
    applyPens();
}

void ListHistoryPlot::applyPens()
{
    for (int i = 0; i < kSeriesCount; ++i)
        m_plot->graph(i)->setPen(QPen(Palette::list(kSeries[i]).darker(115), kSeries[i] == m_marked ? 5 : 2));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QString ListHistoryPlot::diagramTitle() const
{
    QStringList how {m_stacked ? tr("stacked") : tr("lines")};
    if (m_log)
        how << tr("log scale");
    if (!m_hidden.isEmpty()) {
        QStringList names;
        for (mm::PageLocation l : m_hidden)
            names << Palette::name(l);
        how << tr("without %1").arg(names.join(QStringLiteral(", ")));
    }
    return tr("Page lists after each command (%1) - %2")
        .arg(how.join(QStringLiteral(", ")), m_controller.stateSummary());
}

void ListHistoryPlot::applyFonts(qreal zoom)
{
    QFont ticks = font();
    ticks.setPixelSize(int(std::lround(12 * zoom)));
    QFont labels = ticks;
    labels.setPixelSize(int(std::lround(13 * zoom)));
    for (QCPAxis* axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setTickLabelFont(ticks);
        axis->setLabelFont(labels);
    }
    m_plot->legend->setFont(ticks);
    for (int i = 0; i < m_plot->legend->itemCount(); ++i) {
        if (QCPAbstractLegendItem* item = m_plot->legend->item(i))
            item->setFont(ticks);
    }
    m_plot->legend->setIconSize(int(std::lround(32 * zoom)), int(std::lround(18 * zoom)));
}

void ListHistoryPlot::applyPalette()
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor grid = pal.color(QPalette::Mid);
    m_plot->setBackground(pal.color(QPalette::Base));
    m_plot->axisRect()->setBackground(pal.color(QPalette::Base));
    for (QCPAxis* axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setBasePen(QPen(text));
        axis->setTickPen(QPen(text));
        axis->setSubTickPen(QPen(text));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
    }
    m_plot->legend->setBrush(pal.color(QPalette::Base));
    m_plot->legend->setTextColor(text);
    refresh(); // the legend's entries (hidden ones in Mid)
}

void ListHistoryPlot::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void ListHistoryPlot::zoomChanged()
{
    applyFonts(zoom());
    updateTicks(m_plot->width(), m_plot->height());
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ListHistoryPlot::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateTicks(m_plot->width(), m_plot->height());
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ListHistoryPlot::render(QPainter& painter, const QRectF& target, Palette::Variant)
{
    painter.save();
    QFont font = painter.font();
    font.setPixelSize(15);
    font.setBold(true);
    painter.setFont(font);
    drawDiagramTitle(painter, QRectF(target.left() + 10, target.top(), target.width() - 20, 34), diagramTitle());
    // The export's own size decides what the axis can say; it is drawn at zoom 1.
    applyFonts(1.0);
    updateTicks(int(target.width()), int(target.height() - 34));
    painter.translate(target.left(), target.top() + 34);
    if (QCPPainter* qcp = DiagramExporter::activePainter(); qcp && qcp == &painter) {
        // An exporter's painter: QCustomPlot draws straight into it, in the diagram's units.
        m_plot->toPainter(qcp, int(target.width()), int(target.height() - 34));
    } else {
        // Any other painter: through a picture (which scales by the device's resolution).
        QPicture picture;
        QCPPainter recorder(&picture);
        m_plot->toPainter(&recorder, int(target.width()), int(target.height() - 34));
        recorder.end();
        picture.play(&painter);
    }
    applyFonts(zoom());
    updateTicks(m_plot->width(), m_plot->height());
    painter.restore();
}

} // namespace mmvis
