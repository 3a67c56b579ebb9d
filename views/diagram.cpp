#include "diagram.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QWidget>

#include <algorithm>

namespace mmvis {

void Diagram::setZoom(qreal zoom)
{
    zoom = std::clamp(zoom, 0.5, 4.0);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    zoomChanged();
}

void Diagram::zoomChanged()
{
    if (auto* widget = dynamic_cast<QWidget*>(this))
        widget->update();
}

QRectF Diagram::zoomedRect(const QWidget& widget) const
{
    return QRectF(0, 0, widget.width() / m_zoom, widget.height() / m_zoom);
}

void Diagram::paintZoomed(QWidget& widget)
{
    QPainter p(&widget);
    p.scale(m_zoom, m_zoom);
    render(p, zoomedRect(widget), Palette::screenVariant());
}

QFont fittedFont(QFont font, const QString& text, qreal width, int largest, int smallest)
{
    for (int size = largest; size >= smallest; --size) {
        font.setPixelSize(size);
        if (QFontMetricsF(font).horizontalAdvance(text) <= width)
            break;
    }
    return font;
}

void drawDiagramTitle(QPainter& painter, const QRectF& rect, const QString& title)
{
    painter.save();
    const QFont font = painter.font();
    painter.setFont(fittedFont(font, title, rect.width(), font.pixelSize() > 0 ? font.pixelSize() : 15, 11));
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
