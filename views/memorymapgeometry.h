#pragma once

#include <QPointF>
#include <QRectF>

#include <optional>

namespace mmvis {

// Physical memory as a picture: frame n is the cell (n % columns, n / columns) of a grid
// with a power-of-two number of columns chosen to make it about square. A window of the
// grid (all of it, or a part when zoomed in) is scaled into a rectangle with its aspect kept.
struct MemoryMapGeometry {
    quint32 frames = 0;
    quint32 columns = 1;
    quint32 rows = 1;
    QRectF window; // the part shown, in cells; empty: all of it

    static MemoryMapGeometry forFrames(quint32 frames);
    QRectF shown() const; // the window, or the whole grid
    QRectF imageRect(const QRectF& area) const; // where the part shown goes in `area`
    qreal cellSize(const QRectF& area) const; // in the units of `area`
    std::optional<quint32> frameAt(const QRectF& area, const QPointF& point) const;
    QRectF frameRect(const QRectF& area, quint32 pfn) const;

    // Zooming keeps the cell under `point` where it is; at most about one cell per 8 of
    // `area`'s shorter side (a labelled cell), at least the whole grid.
    void zoomAt(const QRectF& area, const QPointF& point, qreal factor);
    void pan(qreal cellsRight, qreal cellsDown);
    void ensureVisible(quint32 pfn); // moves the window, without zooming, to show the frame
    void showAll() { window = QRectF(); }
    bool zoomed() const { return !window.isEmpty(); }

private:
    void clampWindow();
};

} // namespace mmvis
