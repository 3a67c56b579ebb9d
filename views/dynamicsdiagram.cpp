#include "dynamicsdiagram.h"

#include "simulationcontroller.h"

#include "sim/simulator.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace mmvis {

using mm::PageLocation;

DynamicsDiagram::DynamicsDiagram(SimulationController& controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setMinimumSize(260, 160);
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

void DynamicsDiagram::setMarkedList(std::optional<mm::PageLocation> list)
{
    if (list == m_marked)
        return;
    m_marked = list;
    update();
}

QString DynamicsDiagram::diagramTitle() const
{
    return tr("Page-list dynamics: moves since boot - %1").arg(m_controller.stateSummary());
}

namespace {
constexpr int kMoveCount = int(Move::Count);
int keyRows()
{
    return (kMoveCount + 1) / 2;
}
} // namespace

qreal DynamicsDiagram::layoutHeight(qreal width) const
{
    if (width >= kCompactWidth)
        return naturalSize().height() * width / naturalSize().width();
    // The boxes and arrows at 0.6 of their design height, and the key in two columns.
    return 34 + 606 * 0.6 + keyRows() * kKeyLine + 12;
}

void DynamicsDiagram::render(QPainter& p, const QRectF& target, Palette::Variant variant)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = drawDiagramFrame(p, target, 34, diagramTitle(), palette(), variant);
    const QColor ink = palette().color(QPalette::WindowText);
    const QColor paper = variant == Palette::Variant::Print ? QColor(Qt::white) : palette().color(QPalette::Window);

    // Layout in a 1100 x 640 design space, scaled to the target. Compact, the key of the
    // numbered arrows takes the bottom.
    const bool compact = target.width() < kCompactWidth;
    const qreal keyHeight = compact ? keyRows() * kKeyLine + 12 : 0;
    const qreal sx = target.width() / 1100.0;
    const qreal sy = (target.height() - 34 - keyHeight) / 606.0;
    auto box = [&](qreal x, qreal y, qreal w, qreal h) {
        return QRectF(target.left() + x * sx, target.top() + 34 + y * sy, w * sx, h * sy);
    };
    // Active spans the width so every arrow to it runs straight up; the lists sit in a row
    // below with room between them for the side arrows and beside each arrow for its label.
    const QRectF active = box(20, 40, 1020, 90);
    const QRectF zeroed = box(20, 430, 160, 80);
    const QRectF free = box(290, 430, 160, 80);
    const QRectF standby = box(620, 430, 160, 80);
    const QRectF modified = box(880, 430, 160, 80);
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
        p.setPen(l == m_marked ? QPen(Palette::highlight(), 5) : QPen(fill.darker(140), 2));
        p.setBrush(fill);
        p.drawRoundedRect(r, 8, 8);
        font.setBold(true);
        p.setFont(font);
        p.setPen(Palette::textOn(fill));
        const QString name = l == PageLocation::Active ? tr("Active (working sets, system)") : Palette::name(l);
        const QString pages = tr("%1 pages").arg(db.count(l));
        if (r.height() >= 2.6 * p.fontMetrics().height()) {
            // Each line shrinks to the box (down to 9 px); a narrow box drops " pages".
            auto fit = [&](const QFont& f, const QString& text) {
                return fittedFont(f, text, r.width() - 12, f.pixelSize());
            };
            p.setFont(fit(font, name));
            p.drawText(r.adjusted(6, 6, -6, -r.height() / 2), Qt::AlignCenter, name);
            font.setBold(false);
            QFont countFont = fit(font, pages);
            const QString count = QFontMetricsF(countFont).horizontalAdvance(pages) <= r.width() - 12
                ? pages
                : QString::number(db.count(l));
            p.setFont(fit(font, count));
            p.drawText(r.adjusted(6, r.height() / 2, -6, -6), Qt::AlignCenter, count);
        } else {
            // A small diagram: name and count on one line, the font shrunk to fit.
            const QString line = QStringLiteral("%1 %2").arg(
                l == PageLocation::Active ? Palette::name(l) : name, QString::number(db.count(l)));
            p.setFont(fittedFont(font, line, r.width() - 8, font.pixelSize()));
            p.drawText(r.adjusted(4, 0, -4, 0), Qt::AlignCenter,
                p.fontMetrics().elidedText(line, Qt::ElideRight, int(r.width() - 8)));
        }
    }

    // An arrow per kind of move. Parallel arrows from one list are spread apart; each label
    // sits beside its arrow, at its own height, so no two labels meet.
    enum Side { Left = -1, Centre = 0, Right = 1 };
    struct Route {
        Move move;
        qreal dx; // horizontal offset of the arrow from the list's centre, in design units
        qreal t; // where the label sits between the list (0) and Active (1)
        Side side; // which side of the arrow the label is on
    };
    const Route routes[] = {
        {Move::DemandZero, 0, 0.3, Right},
        {Move::TakenFromFree, -30, 0.7, Left},
        {Move::Released, 30, 0.45, Right},
        {Move::SoftFaultStandby, -55, 0.7, Left},
        {Move::Repurpose, 0, 0.5, Centre},
        {Move::TrimClean, 55, 0.3, Right},
        {Move::SoftFaultModified, -30, 0.7, Left},
        {Move::TrimDirty, 30, 0.35, Right},
        {Move::StandbyFreed, 0, 0, Centre},
        {Move::ModifiedFreed, 0, 0, Centre},
        {Move::Zeroing, 0, 0, Centre}, // the side arrows last: their labels sit over the curves
        {Move::ModifiedWrite, 0, 0, Centre},
    };
    const auto last = m_tracker.last();
    font.setPixelSize(int(std::max<qreal>(compact ? 10 : 11, 13 * std::min(sx, sy))));
    int number = 0;
    for (const Route& route : routes) {
        ++number;
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
        // The label at the middle of the arrow; compact, the arrow's number in a circle on
        // it, and the key says what the number means.
        const QString text = compact ? QString::number(number)
                                     : QStringLiteral("%1 %2").arg(DynamicsTracker::label(route.move)).arg(n);
        font.setBold(highlighted);
        p.setFont(font);
        const QRectF labelRect = compact ? QRectF(0, 0, p.fontMetrics().height() + 4, p.fontMetrics().height() + 4)
                                         : p.fontMetrics().boundingRect(text).adjusted(-4, -2, 4, 2);
        QRectF placed = labelRect.translated(path.pointAtPercent(0.5) - labelRect.center());
        if (from == PageLocation::Active || to == PageLocation::Active) {
            const qreal x = std::min(start.x(), end.x());
            const qreal low = std::max(start.y(), end.y());
            const qreal high = std::min(start.y(), end.y());
            placed.moveCenter(QPointF(x, low - route.t * (low - high))); // a number sits on its arrow
            if (!compact && route.side == Left)
                placed.moveRight(x - 4 * sx);
            else if (!compact && route.side == Right)
                placed.moveLeft(x + 4 * sx);
            if (placed.right() > target.right() - 2) // no room on the right: the other side
                placed.moveRight(x - 4 * sx);
        } else if (to != PageLocation::Free) {
            // A side arrow is shorter than its label: the label goes under the gap (a number
            // fits on the arrow).
            placed.moveCenter(
                compact ? (start + end) / 2 : QPointF((start.x() + end.x()) / 2, a.bottom() + labelRect.height()));
        }
        if (compact) {
            p.setPen(QPen(colour, highlighted ? 2 : 1));
            p.setBrush(highlighted ? Palette::highlight() : paper);
            p.drawEllipse(placed);
            p.setPen(highlighted ? Palette::textOn(Palette::highlight()) : colour);
        } else {
            p.setPen(Qt::NoPen);
            p.setBrush(paper);
            p.drawRect(placed);
            p.setPen(colour);
        }
        p.drawText(placed, Qt::AlignCenter, text);
    }

    if (compact) {
        // The key: "n  what moved  count" in two columns, in the arrows' order.
        const QRectF key(target.left() + 20, target.bottom() - keyHeight + 4, target.width() - 40, keyHeight - 8);
        const qreal column = key.width() / 2;
        font.setPixelSize(10);
        number = 0;
        for (const Route& route : routes) {
            const int row = number % keyRows();
            const QRectF line(
                key.left() + (number / keyRows()) * column, key.top() + row * kKeyLine, column - 8, kKeyLine);
            ++number;
            const bool highlighted = last && *last == route.move;
            const uint64_t n = m_tracker.count(route.move);
            font.setBold(highlighted);
            p.setFont(font);
            p.setPen(highlighted ? Palette::highlight() : (n ? ink : palette().color(QPalette::Mid)));
            const QString count = QString::number(n);
            const qreal countWidth = p.fontMetrics().horizontalAdvance(count);
            const QString what = QStringLiteral("%1  %2").arg(number).arg(DynamicsTracker::label(route.move));
            p.drawText(line.adjusted(0, 0, -countWidth - 6, 0), Qt::AlignLeft | Qt::AlignVCenter,
                p.fontMetrics().elidedText(what, Qt::ElideRight, int(line.width() - countWidth - 6)));
            p.drawText(line, Qt::AlignRight | Qt::AlignVCenter, count);
        }
    }
    p.restore();
}

void DynamicsDiagram::paintEvent(QPaintEvent*)
{
    paintZoomed(*this);
}

} // namespace mmvis
