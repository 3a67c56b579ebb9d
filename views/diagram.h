#pragma once

#include "palette.h"

#include <QFont>
#include <QPalette>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;

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
};

// Draws a diagram's title in rect with the painter's font, shrinking it to fit (down to
// 11 px) before eliding, so a narrow dock still shows what the diagram is.
void drawDiagramTitle(QPainter& painter, const QRectF& rect, const QString& title);

// What every diagram starts with: the background (white for print), the title in the
// top titleHeight pixels. Leaves the painter with the window's text colour and the
// title's font (15 px, bold), which it returns for the diagram to adapt.
QFont drawDiagramFrame(QPainter& painter, const QRectF& target, qreal titleHeight, const QString& title,
    const QPalette& palette, Palette::Variant variant);

} // namespace mmvis
