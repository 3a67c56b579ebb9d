#pragma once

#include <QPointF>
#include <QRectF>

#include <optional>

namespace mmvis {

// Physical memory as a picture: frame n is the pixel (n % columns, n / columns) of an
// image with a power-of-two number of columns chosen to make it about square, scaled into
// a rectangle with its aspect kept.
struct MemoryMapGeometry {
    quint32 frames = 0;
    quint32 columns = 1;
    quint32 rows = 1;

    static MemoryMapGeometry forFrames(quint32 frames);
    QRectF imageRect(const QRectF& area) const; // where the image goes in `area`
    std::optional<quint32> frameAt(const QRectF& area, const QPointF& point) const;
    QRectF frameRect(const QRectF& area, quint32 pfn) const;
};

} // namespace mmvis
