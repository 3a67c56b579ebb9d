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

} // namespace mmvis
