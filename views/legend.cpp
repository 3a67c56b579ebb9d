#include "legend.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace mmvis {

namespace {
constexpr qreal kSwatch = 14; // the coloured square, in pixels
constexpr qreal kGap = 6; // between the swatch and its label
constexpr qreal kSpacing = 18; // after a label, before the next column
} // namespace

Legend::Legend(const QList<LegendEntry>& entries, const QFont& font, qreal width)
    : m_entries(entries)
    , m_font(font)
{
    if (entries.isEmpty())
        return;
    const QFontMetricsF fm(font);
    for (const LegendEntry& e : entries)
        m_entryWidth = std::max(m_entryWidth, kSwatch + kGap + fm.horizontalAdvance(e.label) + kSpacing);
    m_columns = std::clamp(int(width / m_entryWidth), 1, int(entries.size()));
    m_rows = int((entries.size() + m_columns - 1) / m_columns);
}

void Legend::draw(QPainter& p, const QRectF& area, const QColor& text) const
{
    p.save();
    p.setFont(m_font);
    for (int k = 0; k < m_entries.size(); ++k) {
        const qreal x = area.left() + (k % m_columns) * m_entryWidth;
        const qreal y = area.top() + (k / m_columns) * kRowHeight;
        const QRectF swatch(x, y + (kRowHeight - kSwatch) / 2 - 2, kSwatch, kSwatch);
        p.fillRect(swatch, m_entries[k].colour);
        p.setPen(text);
        p.drawRect(swatch);
        p.drawText(QRectF(swatch.right() + kGap, y - 2, m_entryWidth - kSwatch - kGap, kRowHeight - 2),
            Qt::AlignLeft | Qt::AlignVCenter, m_entries[k].label);
    }
    p.restore();
}

} // namespace mmvis
