#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace mmvis {

// A diagram's legend: a swatch and a label per colour, in columns of equal width, as many
// columns as the width allows, so that entries line up and nothing is cut off.
struct LegendEntry {
    QColor colour;
    QString label;
};

class Legend {
public:
    static constexpr qreal kRowHeight = 22; // pixels
    Legend(const QList<LegendEntry>& entries, const QFont& font, qreal width);

    int rows() const { return m_rows; }
    qreal height() const { return m_rows * kRowHeight; }
    // Draws the entries from area's top left; `text` is the labels' and outlines' colour.
    void draw(QPainter& painter, const QRectF& area, const QColor& text) const;

private:
    QList<LegendEntry> m_entries;
    QFont m_font;
    qreal m_entryWidth = 0;
    int m_columns = 1;
    int m_rows = 0;
};

} // namespace mmvis
