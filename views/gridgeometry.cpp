#include "gridgeometry.h"

#include <algorithm>
#include <cmath>

namespace mmvis {

qreal GridGeometry::cellSize() const
{
    const qreal w = (bounds.width() - labelWidth) / columns;
    const qreal h = (bounds.height() - labelHeight) / rows;
    return std::max<qreal>(0, std::min(w, h));
}

QRectF GridGeometry::gridRect() const
{
    const qreal s = cellSize();
    const qreal width = s * columns;
    const qreal height = s * rows;
    const qreal left = bounds.left() + labelWidth + (bounds.width() - labelWidth - width) / 2;
    const qreal top = bounds.top() + labelHeight + (bounds.height() - labelHeight - height) / 2;
    return {left, top, width, height};
}

QRectF GridGeometry::cellRect(int index) const
{
    const qreal s = cellSize();
    const QRectF g = gridRect();
    return {g.left() + (index % columns) * s, g.top() + (index / columns) * s, s, s};
}

std::optional<int> GridGeometry::indexAt(const QPointF& point) const
{
    const QRectF g = gridRect();
    const qreal s = cellSize();
    if (s <= 0 || !g.contains(point))
        return std::nullopt;
    const int column = std::min(columns - 1, static_cast<int>(std::floor((point.x() - g.left()) / s)));
    const int row = std::min(rows - 1, static_cast<int>(std::floor((point.y() - g.top()) / s)));
    return row * columns + column;
}

} // namespace mmvis
