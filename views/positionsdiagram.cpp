#include "positionsdiagram.h"

#include "messages.h"

#include <QPainter>

#include <algorithm>
#include <map>

namespace mmvis {

namespace {

constexpr qreal kTitleHeight = 32;
constexpr qreal kRow = 22;
constexpr qreal kMargin = 12;

QString shortList(uint32_t location)
{
    return Palette::name(static_cast<mm::PageLocation>(location));
}

} // namespace

PositionsDiagram::PositionsDiagram(QWidget* parent)
    : QWidget(parent)
{
    setMinimumSize(320, 200);
}

void PositionsDiagram::setComparison(const mm::dbg::PositionComparison& comparison, const QString& machine)
{
    m_comparison = comparison;
    m_machine = machine;
    setMinimumHeight(int(layoutHeight(900)));
    updateGeometry();
    update();
}

QString PositionsDiagram::diagramTitle() const
{
    return tr("What changed from position %1 to %2 - %3").arg(m_comparison.from).arg(m_comparison.to).arg(m_machine);
}

qreal PositionsDiagram::layoutHeight(qreal width) const
{
    return layOut(nullptr, QRectF(0, 0, width, 0), Palette::Variant::Screen);
}

void PositionsDiagram::render(QPainter& painter, const QRectF& target, Palette::Variant variant)
{
    painter.save();
    drawDiagramFrame(painter, target, kTitleHeight, diagramTitle(), palette(), variant);
    layOut(&painter, target, variant);
    painter.restore();
}

void PositionsDiagram::paintEvent(QPaintEvent*)
{
    paintZoomed(*this);
}

qreal PositionsDiagram::layOut(QPainter* p, const QRectF& target, Palette::Variant variant) const
{
    const QColor text = variant == Palette::Variant::Print ? QColor(Qt::black) : palette().color(QPalette::WindowText);
    const QColor faint = variant == Palette::Variant::Print ? QColor(0x80, 0x80, 0x80) : palette().color(QPalette::Mid);
    QFont body = font();
    body.setPixelSize(13);
    body.setBold(false);
    QFont heading = body;
    heading.setBold(true);
    heading.setPixelSize(14);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    mono.setPixelSize(12);

    const qreal left = target.left() + kMargin;
    const qreal width = target.width() - 2 * kMargin;
    qreal y = target.top() + kTitleHeight;
    auto line = [&](const QFont& f, const QString& s, const QColor& colour) {
        if (p) {
            p->setFont(f);
            p->setPen(colour);
            p->drawText(QRectF(left, y, width, kRow), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetrics(f).elidedText(s, Qt::ElideRight, int(width)));
        }
        y += kRow;
    };
    auto swatch = [&](qreal x, const QColor& c) {
        if (p) {
            p->setPen(QPen(text, 0.8));
            p->setBrush(c);
            p->drawRect(QRectF(x, y + 5, 12, 12));
        }
    };
    auto cell = [&](qreal x, qreal w, const QFont& f, const QString& s, Qt::Alignment a = Qt::AlignLeft) {
        if (p) {
            p->setFont(f);
            p->setPen(text);
            p->drawText(
                QRectF(x, y, w, kRow), a | Qt::AlignVCenter, QFontMetrics(f).elidedText(s, Qt::ElideRight, int(w)));
        }
    };
    const auto& c = m_comparison;
    line(body, tr("Running: %1").arg(translated(c.runningText)), text);
    y += 6;

    // Page lists: before (pale) and after (full) bars on one scale, the counts beside.
    line(heading, tr("Page lists"), text);
    uint32_t largest = 1;
    for (int l = 0; l < mm::kPageLocationCount; ++l)
        largest = std::max({largest, c.listsBefore[size_t(l)], c.listsAfter[size_t(l)]});
    qreal nameWidth = 0;
    for (int l = 0; l < mm::kPageLocationCount; ++l)
        nameWidth = std::max<qreal>(nameWidth, QFontMetrics(body).horizontalAdvance(shortList(uint32_t(l))));
    nameWidth += 30;
    const qreal countWidth
        = QFontMetrics(body).horizontalAdvance(QStringLiteral("1048576 \u2192 1048576 (+1048576)")) + 8;
    const qreal barWidth = std::max<qreal>(40, width - nameWidth - countWidth - 24);
    for (int l = 0; l < mm::kPageLocationCount; ++l) {
        const uint32_t before = c.listsBefore[size_t(l)];
        const uint32_t after = c.listsAfter[size_t(l)];
        if (!before && !after)
            continue;
        const QColor colour = Palette::list(static_cast<mm::PageLocation>(l), variant);
        swatch(left, colour);
        cell(left + 18, nameWidth - 18, body, shortList(uint32_t(l)));
        if (p) {
            const qreal x = left + nameWidth;
            QColor pale = colour;
            pale.setAlpha(90);
            p->setPen(Qt::NoPen);
            p->setBrush(pale);
            p->drawRect(QRectF(x, y + 3, barWidth * before / largest, 7));
            p->setBrush(colour);
            p->drawRect(QRectF(x, y + 11, barWidth * after / largest, 7));
        }
        const int64_t change = int64_t(after) - int64_t(before);
        cell(left + nameWidth + barWidth + 12, countWidth, body,
            change ? QStringLiteral("%1 \u2192 %2 (%3%4)").arg(before).arg(after).arg(change > 0 ? "+" : "").arg(change)
                   : tr("%1, unchanged").arg(after));
        y += kRow;
    }
    y += 6;

    // PDEs and PTEs: each side in its kind's colour, decoded.
    line(heading, tr("PDEs and PTEs that changed: %1").arg(c.entries.size()), text);
    if (c.entries.empty())
        line(body, tr("none"), faint);
    // Columns as wide as their text: the process, where, then the two sides.
    qreal whoWidth = 0;
    for (const auto& e : c.entries)
        whoWidth = std::max<qreal>(whoWidth, QFontMetrics(body).horizontalAdvance(QString::fromStdString(e.process)));
    whoWidth += 12;
    const qreal whereWidth = QFontMetrics(mono).horizontalAdvance(QStringLiteral("00000000")) + 16;
    // Narrower than both sides beside the address need, an entry takes two lines: who and
    // where, then before -> after.
    const bool folded = width < whoWidth + whereWidth + 2 * 200 + 40;
    const qreal sideWidth = folded ? (width - 12 - 40) / 2 : (width - whoWidth - whereWidth - 40) / 2;
    for (size_t i = 0; i < c.entries.size() && i < size_t(kMaxEntries); ++i) {
        const auto& e = c.entries[i];
        const bool pde = e.kind == mm::dbg::PositionChange::Kind::Pde;
        auto colourOf = [&](uint32_t value) {
            return pde ? Palette::pde(Palette::classifyPde(e.where, value), variant)
                       : Palette::pte(Palette::classifyPte(value), variant);
        };
        cell(left, whoWidth, body, QString::fromStdString(e.process));
        cell(left + whoWidth, whereWidth, mono,
            pde ? QStringLiteral("PDE %1").arg(e.where, 3, 16, QLatin1Char('0'))
                : QStringLiteral("%1").arg(e.where, 8, 16, QLatin1Char('0')));
        qreal x = left + whoWidth + whereWidth;
        if (folded) {
            y += kRow;
            x = left + 12;
        }
        swatch(x, colourOf(e.beforeValue));
        cell(x + 18, sideWidth - 18, mono, translated(e.beforeText));
        x += sideWidth;
        cell(x, 24, body, QStringLiteral("\u2192"), Qt::AlignHCenter);
        x += 28;
        swatch(x, colourOf(e.afterValue));
        cell(x + 18, sideWidth - 18, mono, translated(e.afterText));
        y += kRow;
    }
    if (c.entries.size() > size_t(kMaxEntries))
        line(body, tr("... and %1 more (the table lists them all)").arg(c.entries.size() - kMaxEntries), faint);
    y += 6;

    // Frames: the moves between lists, counted.
    line(heading, tr("Frames that changed list: %1").arg(c.frames.size()), text);
    std::map<std::pair<uint32_t, uint32_t>, int> moves;
    for (const auto& f : c.frames)
        ++moves[{f.beforeValue, f.afterValue}];
    if (moves.empty())
        line(body, tr("none"), faint);
    for (const auto& [move, count] : moves) {
        swatch(left, Palette::list(static_cast<mm::PageLocation>(move.first), variant));
        cell(left + 18, nameWidth - 18, body, shortList(move.first));
        cell(left + nameWidth, 24, body, QStringLiteral("\u2192"), Qt::AlignHCenter);
        swatch(left + nameWidth + 28, Palette::list(static_cast<mm::PageLocation>(move.second), variant));
        cell(left + nameWidth + 46, nameWidth, body, shortList(move.second));
        cell(left + 2 * nameWidth + 56, std::max<qreal>(60, width - 2 * nameWidth - 56), body,
            count == 1 ? tr("1 frame") : tr("%1 frames").arg(count));
        y += kRow;
    }
    y += 6;

    line(heading, tr("Processes"), text);
    if (c.processes.empty())
        line(body, tr("unchanged"), faint);
    for (const auto& change : c.processes)
        line(body, translated(change.lineText), text);
    return y + kMargin - target.top();
}

} // namespace mmvis
