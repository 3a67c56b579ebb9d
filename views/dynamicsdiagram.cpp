#include "dynamicsdiagram.h"

#include "simulationcontroller.h"

#include "sim/simulator.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace mmvis {

using mm::PageLocation;

DynamicsDiagram::DynamicsDiagram(SimulationController& controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setMinimumSize(360, 240);
    catchUp();
    connect(&controller, &SimulationController::stepped, this, [this] {
        catchUp();
        update();
    });
    connect(&controller, &SimulationController::machineReset, this, [this] {
        m_tracker.reset();
        m_seen = 0;
        catchUp();
        update();
    });
}

void DynamicsDiagram::catchUp()
{
    const auto& log = m_controller.simulator().events();
    for (; m_seen < log.size(); ++m_seen)
        m_tracker.apply(log[size_t(m_seen)]);
}

QString DynamicsDiagram::diagramTitle() const
{
    return QStringLiteral("Page-list dynamics: moves since boot - %1").arg(m_controller.stateSummary());
}

void DynamicsDiagram::render(QPainter& p, const QRectF& target, Palette::Variant variant)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(target, variant == Palette::Variant::Print ? QColor(Qt::white) : palette().color(QPalette::Window));
    QFont font = p.font();
    font.setPixelSize(15);
    font.setBold(true);
    p.setFont(font);
    const QColor ink = palette().color(QPalette::WindowText);
    p.setPen(ink);
    const QRectF titleRect(target.left() + 10, target.top(), target.width() - 20, 34);
    p.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        p.fontMetrics().elidedText(diagramTitle(), Qt::ElideRight, int(titleRect.width())));

    // Layout in a 1100 x 640 design space, scaled to the target.
    const qreal sx = target.width() / 1100.0;
    const qreal sy = (target.height() - 34) / 606.0;
    auto box = [&](qreal x, qreal y, qreal w, qreal h) {
        return QRectF(target.left() + x * sx, target.top() + 34 + y * sy, w * sx, h * sy);
    };
    const QRectF active = box(330, 40, 440, 90);
    const QRectF zeroed = box(40, 430, 170, 80);
    const QRectF free = box(280, 430, 170, 80);
    const QRectF standby = box(600, 430, 170, 80);
    const QRectF modified = box(860, 430, 170, 80);
    auto rectOf = [&](PageLocation l) {
        switch (l) {
        case PageLocation::Zeroed:
            return zeroed;
        case PageLocation::Free:
            return free;
        case PageLocation::Standby:
            return standby;
        case PageLocation::Modified:
            return modified;
        default:
            return active;
        }
    };

    const auto& db = m_controller.simulator().pfnDatabase();
    font.setPixelSize(int(std::max<qreal>(11, 15 * std::min(sx, sy))));
    for (PageLocation l : {PageLocation::Active, PageLocation::Zeroed, PageLocation::Free, PageLocation::Standby,
             PageLocation::Modified}) {
        const QRectF r = rectOf(l);
        const QColor fill = Palette::list(l, variant);
        p.setPen(QPen(fill.darker(140), 2));
        p.setBrush(fill);
        p.drawRoundedRect(r, 8, 8);
        font.setBold(true);
        p.setFont(font);
        p.setPen(Palette::textOn(fill));
        const QString name
            = l == PageLocation::Active ? QStringLiteral("Active (working sets, system)") : Palette::name(l);
        p.drawText(r.adjusted(6, 6, -6, -r.height() / 2), Qt::AlignCenter, name);
        font.setBold(false);
        p.setFont(font);
        p.drawText(r.adjusted(6, r.height() / 2, -6, -6), Qt::AlignCenter, QStringLiteral("%1 pages").arg(db.count(l)));
    }

    // An arrow per kind of move; parallel arrows between the same boxes are spread apart.
    struct Route {
        Move move;
        qreal dx; // horizontal offset of the arrow from the box centre, in design units
    };
    const Route routes[] = {
        {Move::DemandZero, 0},
        {Move::TakenFromFree, -30},
        {Move::Released, 30},
        {Move::SoftFaultStandby, -55},
        {Move::Repurpose, 0},
        {Move::TrimClean, 55},
        {Move::SoftFaultModified, -30},
        {Move::TrimDirty, 30},
        {Move::Zeroing, 0},
        {Move::ModifiedWrite, 0},
        {Move::StandbyFreed, 0},
        {Move::ModifiedFreed, 0},
    };
    const auto last = m_tracker.last();
    font.setPixelSize(int(std::max<qreal>(10, 13 * std::min(sx, sy))));
    for (const Route& route : routes) {
        const PageLocation from = DynamicsTracker::from(route.move);
        const PageLocation to = DynamicsTracker::to(route.move);
        const QRectF a = rectOf(from);
        const QRectF b = rectOf(to);
        QPointF start;
        QPointF end;
        QPainterPath path;
        if (from == PageLocation::Active || to == PageLocation::Active) {
            // Between a list below and Active above: the list's end is at its top, Active's at its bottom.
            const QRectF list = from == PageLocation::Active ? b : a;
            const qreal x = list.center().x() + route.dx * sx;
            // Keep parallel arrows in the same order where they meet Active, so they never cross.
            const qreal xTop
                = std::clamp(list.center().x(), active.left() + 70 * sx, active.right() - 70 * sx) + route.dx * sx;
            const QPointF low(x, list.top());
            const QPointF high(xTop, active.bottom());
            start = from == PageLocation::Active ? high : low;
            end = from == PageLocation::Active ? low : high;
            path.moveTo(start);
            path.lineTo(end);
        } else if (to == PageLocation::Free) {
            // Standby/Modified -> Free: a curve under the boxes.
            start = QPointF(a.center().x(), a.bottom());
            end = QPointF(b.center().x() + (from == PageLocation::Modified ? 30 : -30) * sx, b.bottom());
            const qreal depth = (from == PageLocation::Modified ? 80 : 50) * sy;
            path.moveTo(start);
            path.cubicTo(start + QPointF(0, depth), end + QPointF(0, depth), end);
        } else {
            // Side by side: Free -> Zeroed, Modified -> Standby.
            start = QPointF(a.left(), a.center().y());
            end = QPointF(b.right(), b.center().y());
            path.moveTo(start);
            path.lineTo(end);
        }
        const bool highlighted = last && *last == route.move;
        const uint64_t n = m_tracker.count(route.move);
        const QColor colour = highlighted ? Palette::highlight() : (n ? ink : palette().color(QPalette::Mid));
        p.setPen(QPen(colour, highlighted ? 4 : (n ? 2 : 1.2)));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        // Arrow head along the path's last direction.
        const QPointF tip = end;
        const QPointF before = path.pointAtPercent(0.96);
        QPointF d = tip - before;
        const qreal len = std::max<qreal>(1e-6, std::hypot(d.x(), d.y()));
        d /= len;
        const QPointF n2(-d.y(), d.x());
        const qreal size = highlighted ? 14 : 10;
        const QPointF head[] = {tip, tip - d * size + n2 * size / 2, tip - d * size - n2 * size / 2};
        p.setBrush(colour);
        p.drawPolygon(head, 3);
        // The label at the middle of the arrow.
        const QString text = QStringLiteral("%1 %2").arg(DynamicsTracker::label(route.move)).arg(n);
        font.setBold(highlighted);
        p.setFont(font);
        const QPointF mid = path.pointAtPercent(from == PageLocation::Active || to == PageLocation::Active ? 0.5 : 0.5);
        const QRectF labelRect = p.fontMetrics().boundingRect(text).adjusted(-4, -2, 4, 2);
        QRectF placed = labelRect.translated(mid - labelRect.center());
        if (from == PageLocation::Active || to == PageLocation::Active)
            placed.moveTop(mid.y() - labelRect.height() / 2 + (route.dx > 0 ? 16 : route.dx < 0 ? -16 : 0) * sy);
        p.setPen(Qt::NoPen);
        p.setBrush(variant == Palette::Variant::Print ? QColor(Qt::white) : palette().color(QPalette::Window));
        p.drawRect(placed);
        p.setPen(colour);
        p.drawText(placed, Qt::AlignCenter, text);
    }
    p.restore();
}

void DynamicsDiagram::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    render(p, rect(), Palette::Variant::Screen);
}

} // namespace mmvis
