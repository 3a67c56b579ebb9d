#include "memorymapgeometry.h"

#include <algorithm>
#include <cmath>

namespace mmvis {

MemoryMapGeometry MemoryMapGeometry::forFrames(quint32 frames)
{
    MemoryMapGeometry g;
    g.frames = frames;
    g.columns = 1;
    while (quint64(g.columns) * g.columns < frames)
        g.columns *= 2;
    g.rows = std::max<quint32>(1, (frames + g.columns - 1) / g.columns);
    return g;
}

QRectF MemoryMapGeometry::shown() const
{
    return window.isEmpty() ? QRectF(0, 0, columns, rows) : window;
}

QRectF MemoryMapGeometry::imageRect(const QRectF& area) const
{
    const QRectF s = shown();
    const qreal scale = std::min(area.width() / s.width(), area.height() / s.height());
    const qreal w = s.width() * scale;
    const qreal h = s.height() * scale;
    return {area.left() + (area.width() - w) / 2, area.top() + (area.height() - h) / 2, w, h};
}

qreal MemoryMapGeometry::cellSize(const QRectF& area) const
{
    return imageRect(area).width() / shown().width();
}

std::optional<quint32> MemoryMapGeometry::frameAt(const QRectF& area, const QPointF& point) const
{
    const QRectF r = imageRect(area);
    if (!r.contains(point) || r.width() <= 0)
        return std::nullopt;
    const qreal cell = cellSize(area);
    const qreal x = shown().left() + (point.x() - r.left()) / cell;
    const qreal y = shown().top() + (point.y() - r.top()) / cell;
    const auto column = std::min<quint32>(columns - 1, quint32(std::max(0.0, x)));
    const auto row = std::min<quint32>(rows - 1, quint32(std::max(0.0, y)));
    const quint32 pfn = row * columns + column;
    return pfn < frames ? std::optional<quint32>(pfn) : std::nullopt;
}

QRectF MemoryMapGeometry::frameRect(const QRectF& area, quint32 pfn) const
{
    const QRectF r = imageRect(area);
    const qreal cell = cellSize(area);
    return {r.left() + (qreal(pfn % columns) - shown().left()) * cell,
        r.top() + (qreal(pfn / columns) - shown().top()) * cell, cell, cell};
}

void MemoryMapGeometry::zoomAt(const QRectF& area, const QPointF& point, qreal factor)
{
    const QRectF before = shown();
    const QRectF r = imageRect(area);
    const qreal cell = cellSize(area);
    // The cell coordinates under the point stay under it.
    const QPointF at(before.left() + (point.x() - r.left()) / cell, before.top() + (point.y() - r.top()) / cell);
    qreal w = before.width() / factor;
    qreal h = before.height() / factor;
    // No closer than 8 cells across the shorter side; no farther than everything.
    const qreal aspect = before.width() / before.height();
    const qreal minimumShort = 8;
    if (std::min(w, h) < minimumShort) {
        if (w < h) {
            w = minimumShort;
            h = w / aspect;
        } else {
            h = minimumShort;
            w = h * aspect;
        }
    }
    if (w >= columns || h >= rows) {
        showAll();
        return;
    }
    const qreal fx = (at.x() - before.left()) / before.width();
    const qreal fy = (at.y() - before.top()) / before.height();
    window = QRectF(at.x() - fx * w, at.y() - fy * h, w, h);
    clampWindow();
}

void MemoryMapGeometry::pan(qreal cellsRight, qreal cellsDown)
{
    if (!zoomed())
        return;
    window.translate(cellsRight, cellsDown);
    clampWindow();
}

void MemoryMapGeometry::ensureVisible(quint32 pfn)
{
    if (!zoomed() || pfn >= frames)
        return;
    const QPointF cell(pfn % columns + 0.5, pfn / columns + 0.5);
    if (window.contains(cell))
        return;
    window.moveCenter(cell);
    clampWindow();
}

void MemoryMapGeometry::clampWindow()
{
    window.moveLeft(std::clamp(window.left(), 0.0, std::max(0.0, columns - window.width())));
    window.moveTop(std::clamp(window.top(), 0.0, std::max(0.0, rows - window.height())));
}

} // namespace mmvis
