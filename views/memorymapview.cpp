#include "memorymapview.h"

#include "frameinfo.h"
#include "legend.h"
#include "selection.h"
#include "simulationcontroller.h"

#include "sim/simulator.h"

#include <QBitmap>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEngine>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <array>
#include <cmath>

namespace mmvis {

namespace {
constexpr qreal kTitleHeight = 34;

std::array<QRgb, mm::kPageLocationCount> colours(Palette::Variant variant)
{
    std::array<QRgb, mm::kPageLocationCount> c {};
    for (int l = 0; l < mm::kPageLocationCount; ++l)
        c[l] = Palette::list(static_cast<mm::PageLocation>(l), variant).rgb();
    return c;
}
} // namespace

MemoryMapView::MemoryMapView(SimulationController& controller, Selection& selection, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_selection(selection)
{
    setMinimumSize(200, 120);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    rebuild();
    connect(&controller, &SimulationController::stepped, this, &MemoryMapView::applyEvents);
    connect(&controller, &SimulationController::machineReset, this, [this] {
        m_geometry.showAll();
        rebuild();
    });
    connect(&selection, &Selection::pfnChanged, this, [this](std::optional<quint32> pfn) {
        if (pfn)
            m_geometry.ensureVisible(*pfn); // zoomed in, the selected frame stays in view
        update();
    });
}

void MemoryMapView::rebuild()
{
    const auto& db = m_controller.simulator().pfnDatabase();
    if (m_geometry.frames != db.size())
        m_geometry = MemoryMapGeometry::forFrames(db.size()); // a new machine: all of it
    m_image = QImage(int(m_geometry.columns), int(m_geometry.rows), QImage::Format_RGB32);
    m_image.fill(palette().color(QPalette::Window));
    const auto c = colours(Palette::screenVariant());
    for (quint32 pfn = 0; pfn < db.size(); ++pfn)
        m_image.setPixel(int(pfn % m_geometry.columns), int(pfn / m_geometry.columns), c[size_t(db[pfn].location())]);
    update();
}

void MemoryMapView::applyEvents(quint64 firstSeq, quint64 lastSeq)
{
    const auto& sim = m_controller.simulator();
    const auto& log = sim.events();
    const auto& db = sim.pfnDatabase();
    if (lastSeq - firstSeq > db.size() / 4) {
        rebuild(); // cheaper to redraw every frame once than to follow millions of moves
        return;
    }
    const auto c = colours(Palette::screenVariant());
    for (quint64 seq = firstSeq + 1; seq <= lastSeq; ++seq) {
        const auto& e = log[size_t(seq - 1)];
        if (e.kind != mm::sim::EventKind::PageMove || e.pfn >= db.size())
            continue;
        // The frame's state now, from the PFN database (the last move decides).
        m_image.setPixel(
            int(e.pfn % m_geometry.columns), int(e.pfn / m_geometry.columns), c[size_t(db[e.pfn].location())]);
    }
    update();
}

QRectF MemoryMapView::mapArea(const QRectF& target) const
{
    return QRectF(target.left() + 8, target.top() + kTitleHeight, target.width() - 16,
        target.height() - kTitleHeight - legendHeight(target.width()));
}

Legend MemoryMapView::legend(qreal width, Palette::Variant variant) const
{
    const auto& db = m_controller.simulator().pfnDatabase();
    QList<LegendEntry> entries;
    for (int l = 0; l < mm::kPageLocationCount; ++l) {
        const auto location = static_cast<mm::PageLocation>(l);
        entries.append({Palette::list(location, variant),
            QStringLiteral("%1 %2").arg(Palette::name(location)).arg(db.count(location))});
    }
    QFont f = font();
    f.setPixelSize(12);
    return Legend(entries, f, width);
}

qreal MemoryMapView::legendHeight(qreal width) const
{
    return 18 + legend(width - 32, Palette::Variant::Screen).height();
}

QString MemoryMapView::diagramTitle() const
{
    QString part;
    if (m_geometry.zoomed()) {
        const QRectF shown = m_geometry.shown();
        const auto first = quint32(shown.top()) * m_geometry.columns + quint32(shown.left());
        const auto last
            = std::min(m_geometry.frames,
                  quint32(std::ceil(shown.bottom()) - 1) * m_geometry.columns + quint32(std::ceil(shown.right())))
            - 1;
        part = tr(", frames %1 to %2 shown").arg(first, 0, 16).arg(last, 0, 16);
    }
    return tr("Physical memory, %1 frames (%2 x %3, frame 0 top left%4) - %5")
        .arg(m_geometry.frames)
        .arg(m_geometry.columns)
        .arg(m_geometry.rows)
        .arg(part, m_controller.stateSummary());
}

void MemoryMapView::render(QPainter& p, const QRectF& target, Palette::Variant variant)
{
    p.save();
    QFont font = drawDiagramFrame(p, target, kTitleHeight, diagramTitle(), palette(), variant);

    const QRectF area = mapArea(target);
    const QRectF imageRect = m_geometry.imageRect(area);
    const QPaintEngine* engine = p.paintEngine();
    const bool vector = engine && (engine->type() == QPaintEngine::SVG || engine->type() == QPaintEngine::Pdf);
    if (vector) {
        drawRuns(p, area, variant);
    } else if (variant == Palette::screenVariant()) {
        p.drawImage(imageRect, m_image, m_geometry.shown());
    } else {
        // The image holds the screen colours: paint each in the variant's.
        QImage printed = m_image.copy();
        const auto screen = colours(Palette::screenVariant());
        const auto print = colours(variant);
        for (size_t i = 0; i < screen.size(); ++i) {
            QImage mask = printed.createMaskFromColor(screen[i], Qt::MaskOutColor);
            QPainter mp(&printed);
            mp.setClipRegion(QRegion(QBitmap::fromImage(mask)));
            mp.fillRect(printed.rect(), QColor(print[i]));
        }
        p.drawImage(imageRect, printed, m_geometry.shown());
    }
    drawLabels(p, area);
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.drawRect(imageRect);
    if (auto pfn = m_selection.pfn(); pfn && *pfn < m_geometry.frames) {
        const QRectF r = m_geometry.frameRect(area, *pfn);
        const QPointF c = r.center();
        p.setPen(QPen(Palette::highlight(), 2));
        p.drawLine(QPointF(imageRect.left(), c.y()), QPointF(imageRect.right(), c.y()));
        p.drawLine(QPointF(c.x(), imageRect.top()), QPointF(c.x(), imageRect.bottom()));
        p.drawRect(r.adjusted(-3, -3, 3, 3));
    }

    // Legend with the count of each state.
    const Legend l = legend(target.width() - 32, variant);
    l.draw(p,
        QRectF(
            target.left() + 16, target.bottom() - legendHeight(target.width()) + 10, target.width() - 32, l.height()),
        palette().color(QPalette::WindowText));
    p.restore();
}

void MemoryMapView::paintEvent(QPaintEvent*)
{
    paintZoomed(*this);
}

void MemoryMapView::drawRuns(QPainter& p, const QRectF& area, Palette::Variant variant) const
{
    // Each row of the part shown as runs of frames in the same state: a rectangle per run.
    const auto& db = m_controller.simulator().pfnDatabase();
    const QRectF shown = m_geometry.shown();
    const QRectF r = m_geometry.imageRect(area);
    const qreal cell = m_geometry.cellSize(area);
    const auto firstColumn = quint32(std::floor(shown.left()));
    const auto lastColumn = std::min(m_geometry.columns, quint32(std::ceil(shown.right())));
    p.save();
    p.setClipRect(r);
    p.setPen(Qt::NoPen);
    for (auto row = quint32(std::floor(shown.top()));
         row < std::min(m_geometry.rows, quint32(std::ceil(shown.bottom()))); ++row) {
        quint32 column = firstColumn;
        while (column < lastColumn && row * m_geometry.columns + column < m_geometry.frames) {
            const auto location = db[row * m_geometry.columns + column].location();
            quint32 end = column + 1;
            while (end < lastColumn && row * m_geometry.columns + end < m_geometry.frames
                && db[row * m_geometry.columns + end].location() == location)
                ++end;
            p.setBrush(Palette::list(location, variant));
            p.drawRect(QRectF(r.left() + (column - shown.left()) * cell, r.top() + (row - shown.top()) * cell,
                (end - column) * cell, cell));
            column = end;
        }
    }
    p.restore();
}

void MemoryMapView::drawLabels(QPainter& p, const QRectF& area) const
{
    // Zoomed in far enough, each cell says which frame it is.
    const qreal cell = m_geometry.cellSize(area);
    if (cell < 30)
        return;
    const auto& db = m_controller.simulator().pfnDatabase();
    const QRectF shown = m_geometry.shown();
    QFont font = p.font();
    font.setBold(false);
    font.setPixelSize(std::clamp(int(cell / 3.2), 9, 14));
    p.save();
    p.setFont(font);
    p.setClipRect(m_geometry.imageRect(area));
    for (auto row = quint32(std::floor(shown.top()));
         row < std::min(m_geometry.rows, quint32(std::ceil(shown.bottom()))); ++row) {
        for (auto column = quint32(std::floor(shown.left()));
             column < std::min(m_geometry.columns, quint32(std::ceil(shown.right()))); ++column) {
            const quint32 pfn = row * m_geometry.columns + column;
            if (pfn >= m_geometry.frames)
                break;
            const QRectF r = m_geometry.frameRect(area, pfn);
            p.setPen(QPen(palette().color(QPalette::Window), 1));
            p.setBrush(Qt::NoBrush);
            p.drawRect(r);
            p.setPen(Palette::textOn(Palette::list(db[pfn].location())));
            p.drawText(r, Qt::AlignCenter, QStringLiteral("%1").arg(pfn, 0, 16));
        }
    }
    p.restore();
}

void MemoryMapView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressed = event->position();
        m_dragging = false;
    }
}

void MemoryMapView::mouseMoveEvent(QMouseEvent* event)
{
    if (!(event->buttons() & Qt::LeftButton) || !m_geometry.zoomed())
        return;
    const QPointF delta = event->position() - m_pressed;
    if (!m_dragging && delta.manhattanLength() < 5)
        return;
    // Dragging pans: the picture follows the mouse.
    m_dragging = true;
    const qreal cell = m_geometry.cellSize(mapArea(zoomedRect(*this))) * zoom();
    m_geometry.pan(-delta.x() / cell, -delta.y() / cell);
    m_pressed = event->position();
    update();
}

void MemoryMapView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && !m_dragging)
        selectFrameAt(event->position());
    m_dragging = false;
}

void MemoryMapView::wheelEvent(QWheelEvent* event)
{
    const qreal notches = event->angleDelta().y() / 120.0;
    if (notches == 0)
        return;
    m_geometry.zoomAt(mapArea(zoomedRect(*this)), zoomed(event->position()), std::pow(1.5, notches));
    update();
    event->accept();
}

void MemoryMapView::keyPressEvent(QKeyEvent* event)
{
    const QRectF area = mapArea(zoomedRect(*this));
    const QRectF shown = m_geometry.shown();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_geometry.zoomAt(area, m_geometry.imageRect(area).center(), 1.5);
        break;
    case Qt::Key_Minus:
        m_geometry.zoomAt(area, m_geometry.imageRect(area).center(), 1 / 1.5);
        break;
    case Qt::Key_Home:
    case Qt::Key_0:
        m_geometry.showAll();
        break;
    case Qt::Key_Left:
        m_geometry.pan(-shown.width() / 4, 0);
        break;
    case Qt::Key_Right:
        m_geometry.pan(shown.width() / 4, 0);
        break;
    case Qt::Key_Up:
        m_geometry.pan(0, -shown.height() / 4);
        break;
    case Qt::Key_Down:
        m_geometry.pan(0, shown.height() / 4);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    update();
}

void MemoryMapView::selectFrameAt(const QPointF& widgetPosition)
{
    const auto pfn = m_geometry.frameAt(mapArea(zoomedRect(*this)), zoomed(widgetPosition));
    if (!pfn)
        return;
    // Select the frame, and the process and address that map it.
    if (auto owner = FrameInfo::owner(m_controller.simulator(), *pfn)) {
        m_selection.setCid(owner->cid);
        m_selection.setVa(owner->va);
    }
    m_selection.setPfn(*pfn);
}

bool MemoryMapView::event(QEvent* e)
{
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        if (auto pfn = m_geometry.frameAt(mapArea(zoomedRect(*this)), zoomed(help->pos())))
            QToolTip::showText(help->globalPos(), FrameInfo::describe(m_controller.simulator(), *pfn), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(e);
}

} // namespace mmvis
