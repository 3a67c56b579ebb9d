#pragma once

#include "palette.h"

#include <QFont>
#include <QPalette>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;
class QWidget;

namespace mmvis {

// A picture a view can draw anywhere: on screen, into an SVG, a PNG or a PDF. Views
// implement render() once; paintEvent and every export call it, so an export is exactly
// what is on screen.
class Diagram {
public:
    virtual ~Diagram() = default;
    virtual QString diagramName() const = 0; // file name stem: "page-directory"
    virtual QString diagramTitle() const = 0; // what it shows, with process, step and RAM
    virtual QSizeF naturalSize() const = 0; // a good size for exports, in pixels at scale 1
    virtual void render(QPainter& painter, const QRectF& target, Palette::Variant variant) = 0;
    // The narrowest layout that still draws it whole (a print size never goes below it).
    virtual qreal minimumLayoutWidth() const { return 0; }
    // Its height when laid out `width` wide: by default the natural aspect.
    virtual qreal layoutHeight(qreal width) const { return naturalSize().height() * width / naturalSize().width(); }

    // On screen, a diagram is drawn at a zoom (View > Zoom In, presentation mode): into a
    // rectangle of its widget's size divided by the zoom, with the painter scaled by it, so
    // cells, labels and legends grow together. Exports are unaffected.
    void setZoom(qreal zoom);
    qreal zoom() const { return m_zoom; }
    // The screen palette changed (View > High Contrast): redraw with it.
    virtual void coloursChanged() { zoomChanged(); }

protected:
    virtual void zoomChanged(); // repaints the widget (a chart also scales its fonts)
    // For paintEvent: renders at the zoom into the whole widget.
    void paintZoomed(QWidget& widget);
    // The rectangle render() gets on screen, and a widget position in its coordinates.
    QRectF zoomedRect(const QWidget& widget) const;
    QPointF zoomed(const QPointF& widgetPosition) const { return widgetPosition / m_zoom; }

private:
    qreal m_zoom = 1.0;
};

// font at `largest` pixels, or smaller, down to `smallest`, until text fits in width.
QFont fittedFont(QFont font, const QString& text, qreal width, int largest, int smallest = 9);

// Draws a diagram's title in rect with the painter's font, shrinking it to fit (down to
// 11 px) before eliding, so a narrow dock still shows what the diagram is.
void drawDiagramTitle(QPainter& painter, const QRectF& rect, const QString& title);

// What every diagram starts with: the background (white for print), the title in the
// top titleHeight pixels. Leaves the painter with the window's text colour and the
// title's font (15 px, bold), which it returns for the diagram to adapt.
QFont drawDiagramFrame(QPainter& painter, const QRectF& target, qreal titleHeight, const QString& title,
    const QPalette& palette, Palette::Variant variant);

} // namespace mmvis
