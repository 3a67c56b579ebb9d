#include "tlbview.h"

#include "legend.h"
#include "simulationcontroller.h"

#include "hw/tlb.h"
#include "sim/simulator.h"

#include <QPainter>

#include <algorithm>

namespace mmvis {

namespace {
constexpr qreal kTitleHeight = 34;
constexpr int kColumns = 8; // the 64 small slots as 8 x 8

QColor emptyColour(Palette::Variant v)
{
    return Palette::pde(PdeKind::NotPresent, v);
}
QColor entryColour(bool global, Palette::Variant v)
{
    // Per-process entries in the Active blue of the pages they map; global ones (system
    // space, kept across context switches) in a colour of their own.
    return global ? Palette::pde(PdeKind::Hyperspace, v) : Palette::list(mm::PageLocation::Active, v);
}
QString hex8(uint32_t v)
{
    return QStringLiteral("%1").arg(v, 8, 16, QLatin1Char('0')).toUpper();
}
} // namespace

std::vector<TlbView::Row> TlbView::rows(const mm::hw::Tlb& tlb)
{
    std::vector<Row> out;
    auto add = [&out](const mm::hw::TlbEntry& e, int slot) {
        if (!e.valid)
            return;
        out.push_back({e.large, slot, e.vpn << 12, e.pfn, e.global, e.writable, e.user, e.dirty});
    };
    for (size_t i = 0; i < tlb.smallEntries().size(); ++i)
        add(tlb.smallEntries()[i], int(i));
    for (size_t i = 0; i < tlb.largeEntries().size(); ++i)
        add(tlb.largeEntries()[i], int(i));
    return out;
}

TlbView::TlbView(SimulationController& controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setMinimumSize(260, 160);
    connect(&controller, &SimulationController::stepped, this, [this] { update(); });
    connect(&controller, &SimulationController::machineReset, this, [this] { update(); });
}

QString TlbView::diagramTitle() const
{
    const auto& tlb = m_controller.simulator().mmu().tlb();
    return tr("TLB: %1 of 72 entries valid, %2 global - %3")
        .arg(tlb.validCount())
        .arg(tlb.globalCount())
        .arg(m_controller.stateSummary());
}

bool TlbView::isLastUsed(const Row& row) const
{
    const uint32_t va = m_controller.simulator().mmu().lastAccess();
    const mm::hw::TlbEntry* e = m_controller.simulator().mmu().tlb().lookup(va);
    return e && e->large == row.large && (e->vpn << 12) == row.page;
}

void TlbView::drawSlots(QPainter& p, const QRectF& area, Palette::Variant variant) const
{
    const auto& tlb = m_controller.simulator().mmu().tlb();
    const QColor text = palette().color(QPalette::WindowText);
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(13);
    const qreal heading = 22;
    // 8 x 8 small slots, a gap, a row of 8 large ones: square cells that fit the area.
    const qreal cell
        = std::max<qreal>(6, std::min(area.width() / kColumns, (area.height() - 2 * heading - 12) / (kColumns + 1)));
    const QRectF small(area.left(), area.top() + heading, cell * kColumns, cell * kColumns);
    const QRectF large(area.left(), small.bottom() + 12 + heading, cell * kColumns, cell);
    p.setFont(font);
    p.setPen(text);
    p.drawText(QRectF(area.left(), area.top(), area.width(), heading), Qt::AlignLeft | Qt::AlignVCenter,
        tr("4 KB pages: slot = page number mod 64"));
    p.drawText(QRectF(area.left(), small.bottom() + 12, area.width(), heading), Qt::AlignLeft | Qt::AlignVCenter,
        tr("4 MB pages: 8 slots"));
    font.setBold(false);
    font.setPixelSize(std::clamp(int(cell * 0.3), 9, 12));
    p.setFont(font);
    const uint32_t lastVa = m_controller.simulator().mmu().lastAccess();
    const mm::hw::TlbEntry* last = tlb.lookup(lastVa);
    auto drawCell = [&](const mm::hw::TlbEntry& e, const QRectF& r) {
        const QColor fill = e.valid ? entryColour(e.global, variant) : emptyColour(variant);
        p.fillRect(r.adjusted(1, 1, -1, -1), fill);
        if (e.valid && cell >= 26) {
            // The page's number (VPN) in the cell, where it fits.
            p.setPen(Palette::textOn(fill));
            p.drawText(r, Qt::AlignCenter, QStringLiteral("%1").arg(e.large ? e.vpn >> 10 : e.vpn, 0, 16));
        }
        if (&e == last) {
            p.setPen(QPen(Palette::highlight(), std::max<qreal>(2, cell / 9)));
            p.setBrush(Qt::NoBrush);
            p.drawRect(r.adjusted(0, 0, -1, -1));
        }
    };
    for (int i = 0; i < int(tlb.smallEntries().size()); ++i)
        drawCell(tlb.smallEntries()[size_t(i)],
            QRectF(small.left() + (i % kColumns) * cell, small.top() + (i / kColumns) * cell, cell, cell));
    for (int i = 0; i < int(tlb.largeEntries().size()); ++i)
        drawCell(tlb.largeEntries()[size_t(i)], QRectF(large.left() + i * cell, large.top(), cell, cell));
}

void TlbView::drawRows(QPainter& p, const QRectF& area) const
{
    const QColor text = palette().color(QPalette::WindowText);
    QFont font = p.font();
    font.setFamily(QStringLiteral("monospace"));
    font.setBold(false);
    font.setPixelSize(13);
    p.setFont(font);
    const qreal line = QFontMetricsF(font).lineSpacing() + 2;
    const std::vector<Row> all = rows(m_controller.simulator().mmu().tlb());
    const int fit = std::max(1, int(area.height() / line) - 1);
    QFont bold = font;
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(text);
    p.drawText(QRectF(area.left(), area.top(), area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
        tr("slot  page      frame  flags"));
    p.setFont(font);
    // The row of the last access first if the list is too long to show whole.
    std::vector<Row> shown = all;
    if (int(shown.size()) > fit) {
        auto used = std::find_if(shown.begin(), shown.end(), [this](const Row& r) { return isLastUsed(r); });
        if (used != shown.end())
            std::rotate(shown.begin(), used, used + 1);
    }
    for (int i = 0; i < int(shown.size()) && i < fit; ++i) {
        const Row& r = shown[size_t(i)];
        const QRectF row(area.left(), area.top() + (i + 1) * line, area.width(), line);
        if (isLastUsed(r))
            p.fillRect(row, Palette::highlight().lighter(170));
        p.setPen(isLastUsed(r) ? QColor(Qt::black) : text);
        const QString flags = QStringLiteral("%1%2%3%4%5")
                                  .arg(r.global ? QLatin1Char('G') : QLatin1Char('-'))
                                  .arg(r.dirty ? QLatin1Char('D') : QLatin1Char('-'))
                                  .arg(r.user ? QLatin1Char('U') : QLatin1Char('K'))
                                  .arg(r.writable ? QLatin1Char('W') : QLatin1Char('R'))
                                  .arg(r.large ? QStringLiteral(" 4MB") : QString());
        const QString slot
            = r.large ? QStringLiteral("L%1").arg(r.slot) : QStringLiteral("%1").arg(r.slot, 2, 16, QLatin1Char('0'));
        p.drawText(row.adjusted(4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
            QStringLiteral("%1    %2  %3  %4")
                .arg(slot, hex8(r.page))
                .arg(r.frame, 5, 16, QLatin1Char(' '))
                .arg(flags));
    }
    const int shownRows = std::min(int(shown.size()), fit);
    p.setPen(palette().color(QPalette::Mid));
    if (int(all.size()) > fit) {
        p.drawText(QRectF(area.left(), area.top() + (fit + 1) * line, area.width(), line),
            Qt::AlignLeft | Qt::AlignVCenter, tr("... and %1 more").arg(all.size() - size_t(fit)));
    } else if (area.height() > (shownRows + 3) * line) {
        QFont note = QWidget::font(); // the widget's own family: an empty one lets Korean fall back to a serif
        note.setPixelSize(12);
        p.setFont(note);
        p.drawText(QRectF(area.left(), area.top() + (shownRows + 1.5) * line, area.width(), line),
            Qt::AlignLeft | Qt::AlignVCenter, tr("G global, D dirty, U user or K kernel, W writable or R read-only"));
    }
}

void TlbView::render(QPainter& p, const QRectF& target, Palette::Variant variant)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    QFont font = drawDiagramFrame(p, target, kTitleHeight, diagramTitle(), palette(), variant);
    const auto& mmu = m_controller.simulator().mmu();
    const uint64_t lookups = mmu.tlbHits() + mmu.tlbMisses();
    font.setBold(false);
    font.setPixelSize(13);
    p.setFont(font);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRectF(target.left() + 12, target.top() + kTitleHeight, target.width() - 24, 22),
        Qt::AlignLeft | Qt::AlignVCenter,
        tr("Hits %1, misses %2 (%3 % hits). Last access: %4. CR3 %5: a CR3 load keeps only the global entries.")
            .arg(mmu.tlbHits())
            .arg(mmu.tlbMisses())
            .arg(lookups ? 100.0 * double(mmu.tlbHits()) / double(lookups) : 0.0, 0, 'f', 1)
            .arg(hex8(mmu.lastAccess()), hex8(mmu.cr3())));

    QFont legendFont = font;
    legendFont.setPixelSize(12);
    const Legend legend({{emptyColour(variant), tr("empty")}, {entryColour(false, variant), tr("per process")},
                            {entryColour(true, variant), tr("global (G)")}, {Palette::highlight(), tr("last access")}},
        legendFont, target.width() - 24);
    const qreal top = target.top() + kTitleHeight + 30;
    const qreal bottom = target.bottom() - legend.height() - 12;
    const bool wide = target.width() > 560;
    const QRectF slotArea(target.left() + 12, top, wide ? target.width() * 0.42 : target.width() - 24, bottom - top);
    drawSlots(p, slotArea, variant);
    if (wide)
        drawRows(p, QRectF(slotArea.right() + 24, top, target.right() - slotArea.right() - 36, bottom - top));
    legend.draw(p, QRectF(target.left() + 12, bottom + 6, target.width() - 24, legend.height()),
        palette().color(QPalette::WindowText));
    p.restore();
}

void TlbView::paintEvent(QPaintEvent*)
{
    paintZoomed(*this);
}

} // namespace mmvis
