#include "memorymapview.h"

#include "frameinfo.h"
#include "legend.h"
#include "selection.h"
#include "simulationcontroller.h"

#include "sim/simulator.h"

#include <QBitmap>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <array>

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
    rebuild();
    connect(&controller, &SimulationController::stepped, this, &MemoryMapView::applyEvents);
    connect(&controller, &SimulationController::machineReset, this, &MemoryMapView::rebuild);
    connect(&selection, &Selection::pfnChanged, this, [this] { update(); });
}

void MemoryMapView::rebuild()
{
    const auto& db = m_controller.simulator().pfnDatabase();
    m_geometry = MemoryMapGeometry::forFrames(db.size());
    m_image = QImage(int(m_geometry.columns), int(m_geometry.rows), QImage::Format_RGB32);
    m_image.fill(palette().color(QPalette::Window));
    const auto c = colours(Palette::Variant::Screen);
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
    const auto c = colours(Palette::Variant::Screen);
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
    return QStringLiteral("Physical memory, %1 frames (%2 x %3, frame 0 top left) - %4")
        .arg(m_geometry.frames)
        .arg(m_geometry.columns)
        .arg(m_geometry.rows)
        .arg(m_controller.stateSummary());
}

void MemoryMapView::render(QPainter& p, const QRectF& target, Palette::Variant variant)
{
    p.save();
    QFont font = drawDiagramFrame(p, target, kTitleHeight, diagramTitle(), palette(), variant);

    const QRectF area = mapArea(target);
    const QRectF imageRect = m_geometry.imageRect(area);
    if (variant == Palette::Variant::Screen) {
        p.drawImage(imageRect, m_image);
    } else {
        QImage printed = m_image.copy();
        const auto screen = colours(Palette::Variant::Screen);
        const auto print = colours(Palette::Variant::Print);
        for (size_t i = 0; i < screen.size(); ++i) {
            QImage mask = printed.createMaskFromColor(screen[i], Qt::MaskOutColor);
            QPainter mp(&printed);
            mp.setClipRegion(QRegion(QBitmap::fromImage(mask)));
            mp.fillRect(printed.rect(), QColor(print[i]));
        }
        p.drawImage(imageRect, printed);
    }
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

void MemoryMapView::mousePressEvent(QMouseEvent* event)
{
    const auto pfn = m_geometry.frameAt(mapArea(zoomedRect(*this)), zoomed(event->position()));
    if (!pfn || event->button() != Qt::LeftButton)
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
