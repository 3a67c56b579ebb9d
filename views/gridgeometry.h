#pragma once

#include <QPointF>
#include <QRectF>

#include <optional>

namespace mmvis {

// A rows x columns grid of square cells placed in a rectangle, with room on the left
// and at the top for labels. Pure arithmetic: cell <-> index <-> point.
struct GridGeometry {
    QRectF bounds; // the whole area, labels included
    int rows = 32;
    int columns = 32;
    qreal labelWidth = 0; // left, for row labels
    qreal labelHeight = 0; // top, for column labels

    qreal cellSize() const;
    QRectF gridRect() const; // the cells only, centred in what is left
    QRectF cellRect(int index) const;
    std::optional<int> indexAt(const QPointF& point) const;
};

} // namespace mmvis
