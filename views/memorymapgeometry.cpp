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

QRectF MemoryMapGeometry::imageRect(const QRectF& area) const
{
    const qreal scale = std::min(area.width() / columns, area.height() / rows);
    const qreal w = columns * scale;
    const qreal h = rows * scale;
    return {area.left() + (area.width() - w) / 2, area.top() + (area.height() - h) / 2, w, h};
}

std::optional<quint32> MemoryMapGeometry::frameAt(const QRectF& area, const QPointF& point) const
{
    const QRectF r = imageRect(area);
    if (!r.contains(point) || r.width() <= 0)
        return std::nullopt;
    const auto column = std::min<quint32>(columns - 1, quint32((point.x() - r.left()) / r.width() * columns));
    const auto row = std::min<quint32>(rows - 1, quint32((point.y() - r.top()) / r.height() * rows));
    const quint32 pfn = row * columns + column;
    return pfn < frames ? std::optional<quint32>(pfn) : std::nullopt;
}

QRectF MemoryMapGeometry::frameRect(const QRectF& area, quint32 pfn) const
{
    const QRectF r = imageRect(area);
    const qreal s = r.width() / columns;
    return {r.left() + (pfn % columns) * s, r.top() + (pfn / columns) * s, s, s};
}

} // namespace mmvis
