#include "diagram.h"

#include <QFontMetricsF>
#include <QPainter>

namespace mmvis {

void drawDiagramTitle(QPainter& painter, const QRectF& rect, const QString& title)
{
    painter.save();
    QFont font = painter.font();
    const int largest = font.pixelSize() > 0 ? font.pixelSize() : 15;
    for (int size = largest; size >= 11; --size) {
        font.setPixelSize(size);
        if (QFontMetricsF(font).horizontalAdvance(title) <= rect.width())
            break;
    }
    painter.setFont(font);
    painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter,
        painter.fontMetrics().elidedText(title, Qt::ElideRight, int(rect.width())));
    painter.restore();
}

QFont drawDiagramFrame(QPainter& painter, const QRectF& target, qreal titleHeight, const QString& title,
    const QPalette& palette, Palette::Variant variant)
{
    painter.fillRect(target, variant == Palette::Variant::Print ? QColor(Qt::white) : palette.color(QPalette::Window));
    QFont font = painter.font();
    font.setPixelSize(15);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(palette.color(QPalette::WindowText));
    drawDiagramTitle(painter, QRectF(target.left() + 10, target.top(), target.width() - 20, titleHeight), title);
    return font;
}

} // namespace mmvis
