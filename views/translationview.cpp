#include "translationview.h"

#include "selection.h"
#include "simulationcontroller.h"

#include "hw/pte.h"
#include "sim/simulator.h"

#include <QCheckBox>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <vector>

namespace mmvis {

namespace {
using Phase = Translation::Phase;
QString hex8(uint64_t v)
{
    return QStringLiteral("%1").arg(v, 8, 16, QLatin1Char('0')).toUpper();
}
constexpr qreal kTitle = 34;
} // namespace

TranslationCanvas::TranslationCanvas(SimulationController& controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setMinimumSize(260, 130);
}

void TranslationCanvas::setTranslation(const Translation& t, const QString& processName)
{
    m_translation = t;
    m_process = processName;
    m_step = 0;
    update();
}

void TranslationCanvas::setStep(int step)
{
    m_step = std::clamp(step, 0, std::max(0, int(m_translation.steps.size()) - 1));
    update();
}

bool TranslationCanvas::reached(Phase phase) const
{
    for (int i = 0; i <= m_step && i < int(m_translation.steps.size()); ++i) {
        if (m_translation.steps[size_t(i)].phase == phase)
            return true;
    }
    return false;
}

QString TranslationCanvas::diagramTitle() const
{
    if (m_translation.steps.empty())
        return tr("Address translation - %1").arg(m_controller.stateSummary());
    return tr("Translation of %1 in %2%3 - step %4 of %5 - %6")
        .arg(hex8(m_translation.va), m_process, m_translation.selfMap ? tr(" through the self-map") : QString())
        .arg(m_step + 1)
        .arg(m_translation.steps.size())
        .arg(m_controller.stateSummary());
}

void TranslationCanvas::drawAddress(QPainter& p, const QRectF& r) const
{
    const Translation& t = m_translation;
    struct Field {
        int bits;
        uint32_t value;
        QString name;
        QColor colour;
    };
    const QColor directory(0xC9, 0xD8, 0xF0), table(0xB8, 0xE0, 0xD2), offset(0xFB, 0xE8, 0xA6);
    // A 4 MB page has no page table: 10 bits of directory index, 22 of offset.
    const std::vector<Field> fields = t.largePage()
        ? std::vector<Field> {{10, t.pdi(), tr("directory index"), directory},
            {22, t.offset(), tr("offset in the 4 MB page"), offset}}
        : std::vector<Field> {{10, t.pdi(), tr("directory index"), directory}, {10, t.pti(), tr("table index"), table},
            {12, t.offset(), tr("offset"), offset}};
    const qreal bitWidth = r.width() / 32;
    qreal x = r.left();
    QFont font = p.font();
    for (const Field& f : fields) {
        const QRectF box(x, r.top(), f.bits * bitWidth, r.height());
        p.fillRect(box, f.colour);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawRect(box);
        QString bits;
        for (int b = f.bits - 1; b >= 0; --b)
            bits += (f.value >> b) & 1 ? QLatin1Char('1') : QLatin1Char('0');
        font.setFamily(QStringLiteral("monospace"));
        p.setFont(fittedFont(font, bits, box.width() - 8, 13));
        p.setPen(Qt::black);
        p.drawText(box.adjusted(0, 2, 0, -box.height() / 2), Qt::AlignCenter, bits);
        font.setFamily(QString());
        const QString label = QStringLiteral("%1 = %2").arg(f.name).arg(f.value, 0, 16);
        p.setFont(fittedFont(font, label, box.width() - 8, 13));
        p.drawText(box.adjusted(0, box.height() / 2, 0, -2), Qt::AlignCenter,
            p.fontMetrics().elidedText(label, Qt::ElideMiddle, int(box.width() - 4)));
        x += box.width();
    }
}

void TranslationCanvas::drawTable(QPainter& p, const QRectF& r, const QString& title, uint32_t base, uint32_t index,
    uint32_t value, bool active, Palette::Variant variant) const
{
    QFont font = p.font();
    // "3ff: 0070F067" fits the box (about 8 characters' width per 13 px of font), and
    // each of the five rows.
    font.setPixelSize(std::clamp(int(std::min(r.width() / 8.5, r.height() / 5 * 0.8)), 9, 13));
    font.setBold(true);
    // The title leaves the box's right edge to an arrow coming down past it.
    const qreal titleWidth = r.width() - 28;
    p.setFont(fittedFont(font, title, titleWidth, 13));
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRectF(r.left(), r.top() - 22, titleWidth, 20), Qt::AlignLeft | Qt::AlignVCenter,
        p.fontMetrics().elidedText(title, Qt::ElideRight, int(titleWidth)));
    font.setBold(false);
    p.setFont(font);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(active ? Palette::highlight() : palette().color(QPalette::Mid), active ? 2.5 : 1));
    p.drawRect(r);
    // Five rows around the entry: the entry itself in the middle, filled with its kind's colour.
    const qreal rowHeight = r.height() / 5;
    for (int k = -2; k <= 2; ++k) {
        const qint64 i = qint64(index) + k;
        const QRectF row(r.left(), r.top() + (k + 2) * rowHeight, r.width(), rowHeight);
        if (i < 0 || i > 1023)
            continue;
        if (k == 0) {
            const QColor fill
                = base == 0 ? QColor(Qt::transparent) : Palette::pte(Palette::classifyPte(value), variant);
            p.fillRect(row.adjusted(1, 1, -1, -1), fill);
        }
        p.setPen(k == 0 ? Palette::textOn(Palette::pte(Palette::classifyPte(value), variant))
                        : palette().color(QPalette::Mid));
        const QString text = k == 0 ? QStringLiteral("%1: %2").arg(i, 3, 16, QLatin1Char('0')).arg(hex8(value))
                                    : QStringLiteral("%1: ...").arg(i, 3, 16, QLatin1Char('0'));
        p.drawText(row.adjusted(8, 0, -8, 0), Qt::AlignLeft | Qt::AlignVCenter, text);
    }
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRectF(r.left(), r.bottom() + 2, r.width(), 18), Qt::AlignLeft | Qt::AlignVCenter,
        tr("frame %1").arg(base >> 12, 0, 16));
}

void TranslationCanvas::drawSteps(QPainter& p, const QRectF& r) const
{
    QFont font = p.font();
    font.setPixelSize(13);
    const auto& steps = m_translation.steps;
    // In a narrow place the current step's explanation gets all the room: the list would
    // show only the start of each title.
    const qreal listWidth = r.width() < 560 ? -16 : r.width() * 0.42;
    const qreal line = 19;
    // Keep the current step in view when there are more steps than lines.
    const int visible = std::max(1, int(r.height() / line));
    const int first = std::clamp(m_step - visible / 2, 0, std::max(0, int(steps.size()) - visible));
    for (int i = first; listWidth > 0 && i < int(steps.size()) && i < first + visible; ++i) {
        const QRectF row(r.left(), r.top() + (i - first) * line, listWidth, line);
        font.setBold(i == m_step);
        p.setFont(font);
        if (i == m_step)
            p.fillRect(row, Palette::highlight().lighter(170));
        // On the highlight, the colour that reads on it (a dark palette's white would not).
        p.setPen(i == m_step ? Palette::textOn(Palette::highlight().lighter(170))
                : i < m_step ? palette().color(QPalette::WindowText)
                             : palette().color(QPalette::Mid));
        p.drawText(row.adjusted(6, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter,
            p.fontMetrics().elidedText(QStringLiteral("%1. %2").arg(i + 1).arg(steps[size_t(i)].title), Qt::ElideRight,
                int(row.width() - 10)));
    }
    if (m_step < int(steps.size())) {
        const QRectF box(r.left() + listWidth + 16, r.top(), r.width() - listWidth - 16, r.height());
        p.setPen(QPen(palette().color(QPalette::Mid), 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(box);
        font.setBold(true);
        font.setPixelSize(15);
        p.setFont(font);
        p.setPen(palette().color(QPalette::WindowText));
        const QString title = listWidth > 0
            ? steps[size_t(m_step)].title
            : QStringLiteral("%1/%2  %3").arg(m_step + 1).arg(steps.size()).arg(steps[size_t(m_step)].title);
        // The title wraps rather than being cut; the explanation goes under it.
        const QRectF titleRect
            = p.boundingRect(box.adjusted(12, 8, -12, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, title);
        p.drawText(titleRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, title);
        font.setBold(false);
        font.setPixelSize(14);
        p.setFont(font);
        // The step's explanation, and under it (where there is room) the whole translation
        // decoded, as a debugger would print it.
        QFont mono = font;
        mono.setFamily(QStringLiteral("monospace"));
        // The longest line decides the size: smaller (down to 10 px) in a narrow box, where
        // a line still too long goes on at its second column ("PDE ... = value" and then
        // "    page table in frame ...  flags").
        QStringList summary = m_translation.summary();
        QString longest;
        for (const QString& text : summary)
            longest = text.size() > longest.size() ? text : longest;
        mono = fittedFont(mono, longest, box.width() - 24, 13);
        if (mono.pixelSize() < 10) {
            mono.setPixelSize(10);
            QStringList folded;
            for (const QString& text : summary) {
                const qsizetype at = text.indexOf(QStringLiteral("  "));
                if (at < 0 || QFontMetricsF(mono).horizontalAdvance(text) <= box.width() - 24)
                    folded << text;
                else
                    folded << text.left(at) << QStringLiteral("    ") + text.mid(at).trimmed();
            }
            summary = folded;
        }
        const QFontMetricsF monoMetrics(mono);
        qreal summaryWidth = 0;
        for (const QString& text : summary)
            summaryWidth = std::max(summaryWidth, monoMetrics.horizontalAdvance(text));
        const qreal summaryHeight = summary.size() * monoMetrics.lineSpacing() + 12;
        const QRectF detail(
            box.left() + 12, titleRect.bottom() + 8, box.width() - 24, box.bottom() - 8 - titleRect.bottom() - 8);
        const QRectF needed
            = p.boundingRect(detail, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, steps[size_t(m_step)].detail);
        p.drawText(detail, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, steps[size_t(m_step)].detail);
        if (needed.height() + summaryHeight < detail.height() && summaryWidth <= detail.width()) {
            p.setFont(mono);
            const QRectF at(detail.left(), detail.bottom() - summaryHeight + 12, detail.width(), summaryHeight);
            p.setPen(QPen(palette().color(QPalette::Mid), 1));
            p.drawLine(at.topLeft() - QPointF(0, 6), at.topRight() - QPointF(0, 6));
            p.setPen(palette().color(QPalette::WindowText));
            p.drawText(at, Qt::AlignLeft | Qt::AlignTop, summary.join(QLatin1Char('\n')));
        }
    }
}

QStringList TranslationCanvas::faultRoutines(int upTo) const
{
    QStringList routines;
    QString last;
    for (int i = 0; i <= upTo && i < int(m_translation.steps.size()); ++i) {
        const auto& s = m_translation.steps[size_t(i)];
        if (s.phase != Phase::Fault)
            continue;
        const QString label = s.title.section(QLatin1Char(':'), 0, 0).section(QStringLiteral(" writes"), 0, 0);
        if (label != last)
            routines << label; // one chevron per routine in a row
        last = label;
    }
    return routines;
}

namespace {
constexpr qreal kChevronHeight = 34;
constexpr qreal kChevronGap = 6;
QFont chevronFont(QFont font)
{
    font.setPixelSize(12);
    font.setBold(false);
    return font;
}
qreal chevronWidth(const QFontMetricsF& metrics, const QString& label)
{
    return metrics.horizontalAdvance(label) + 30;
}
} // namespace

int TranslationCanvas::chainRows(const QStringList& routines, qreal width)
{
    if (routines.isEmpty())
        return 0;
    const QFontMetricsF metrics(chevronFont(QFont()));
    int rows = 1;
    qreal x = 0;
    for (const QString& label : routines) {
        const qreal w = chevronWidth(metrics, label);
        if (x > 0 && x + w > width) {
            ++rows;
            x = 0;
        }
        x += w + 2;
    }
    return rows;
}

TranslationCanvas::Layout TranslationCanvas::layout(const QRectF& target) const
{
    Layout l;
    const qreal left = target.left() + 20;
    const qreal w = target.width() - 40;
    l.address = QRectF(left, target.top() + kTitle + 8, w, 54);
    const QStringList routines = faultRoutines(int(m_translation.steps.size()) - 1);
    l.folded = target.width() < kRowWidth;
    if (l.folded) {
        // CR3 -> directory on the first row; down to the table, and left to the frame, on
        // the second. The steps take what is left, at least 150 px.
        const qreal gap = 40;
        const qreal column = (w - gap) / 2;
        const int rows = chainRows(routines, w);
        const qreal chainHeight = rows ? rows * (kChevronHeight + kChevronGap) : 0;
        const qreal rowTop = l.address.bottom() + 36;
        const qreal h = std::clamp((target.bottom() - rowTop - 54 - 28 - chainHeight - 160) / 2, 60.0, 110.0);
        l.cr3 = QRectF(left, rowTop + h / 2 - 30, column, 60);
        l.directory = QRectF(left + column + gap, rowTop, column, h);
        l.frame = QRectF(left, rowTop + h + 54, column, h);
        l.table = QRectF(l.directory.left(), l.frame.top(), column, h);
        l.chain = QRectF(left, l.table.bottom() + 28, w, chainHeight);
        const qreal stepsTop = l.chain.bottom() + (rows ? 8 : 0);
        l.steps = QRectF(left, stepsTop, w, target.bottom() - stepsTop - 10);
        return l;
    }
    // A short, wide canvas (a dock along the bottom of the window) puts the steps beside
    // the walk instead of under it.
    l.wide = target.width() > 2.2 * target.height();
    const qreal walkWidth = l.wide ? w * 0.6 : w;
    const qreal top = target.top() + kTitle + 100;
    const qreal height = l.wide ? std::clamp<qreal>(target.bottom() - top - (m_translation.faulted ? 60 : 30), 60, 170)
                                : std::min<qreal>(170, target.height() * 0.28);
    const qreal gap = l.wide ? 28 : 40;
    const qreal box = (walkWidth - 3 * gap) / 4;
    l.cr3 = QRectF(left, top + height / 2 - 30, box, 60);
    l.directory = QRectF(left + box + gap, top, box, height);
    l.table = QRectF(left + 2 * (box + gap), top, box, height);
    l.frame = QRectF(left + 3 * (box + gap), top, box, height);
    l.chain = QRectF(left, top + height + 32, walkWidth, routines.isEmpty() ? 0 : kChevronHeight);
    const qreal stepsTop = top + height + (routines.isEmpty() ? 40 : 80);
    l.steps = l.wide ? QRectF(left + walkWidth + 24, top - 24, w - walkWidth - 24, target.bottom() - top + 14)
                     : QRectF(left, stepsTop, w, target.bottom() - stepsTop - 10);
    return l;
}

qreal TranslationCanvas::layoutHeight(qreal width) const
{
    if (width >= kRowWidth)
        return naturalSize().height() * width / naturalSize().width();
    // Folded: the address, two rows of tables of 110 px, the chain, 220 px of steps.
    const int rows = chainRows(faultRoutines(int(m_translation.steps.size()) - 1), width - 40);
    return kTitle + 8 + 54 + 36 + 110 + 54 + 110 + 28 + rows * (kChevronHeight + kChevronGap) + 8 + 220 + 10;
}

void TranslationCanvas::render(QPainter& p, const QRectF& target, Palette::Variant variant)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = drawDiagramFrame(p, target, kTitle, diagramTitle(), palette(), variant);
    if (m_translation.steps.empty()) {
        font.setBold(false);
        p.setFont(font);
        p.drawText(target.adjusted(20, kTitle, -20, 0), Qt::AlignCenter | Qt::TextWordWrap,
            tr("Type a virtual address and press Translate, or pick one in the page-directory grid."));
        p.restore();
        return;
    }
    const Translation& t = m_translation;
    const Layout l = layout(target);
    drawAddress(p, l.address);

    const bool fault = reached(Phase::Fault);
    const bool retried = t.retryStep < 0 ? reached(Phase::Frame) : m_step >= t.retryStep;
    const Translation::Walk& walk = retried ? t.after : t.before;
    const QRectF& cr3 = l.cr3;
    const QRectF& pd = l.directory;
    const QRectF& pt = l.table;
    const QRectF& frame = l.frame;
    // An arrow along a polyline, its head on the last segment.
    auto arrow = [&](const QList<QPointF>& points, bool on) {
        const QColor colour = on ? Palette::highlight() : palette().color(QPalette::Mid);
        p.setPen(QPen(colour, on ? 2.5 : 1.2));
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(points.data(), int(points.size()));
        const QPointF a = points[points.size() - 2];
        const QPointF b = points.back();
        const QPointF d = (b - a) / std::max<qreal>(1, std::hypot(b.x() - a.x(), b.y() - a.y()));
        const QPointF n(-d.y(), d.x());
        const QPointF head[] = {b, b - d * 10 + n * 5, b - d * 10 - n * 5};
        p.setBrush(colour);
        p.drawPolygon(head, 3);
        p.setBrush(Qt::NoBrush);
    };
    // Folded, the arrows down from the directory run near its right edge, clear of the
    // labels at the tables' left.
    const qreal downX = pd.right() - 16;
    font.setPixelSize(13);
    font.setBold(false);
    p.setFont(font);
    if (t.tlbHit() && reached(Phase::Tlb)) {
        // The TLB answers: the walk it saved is drawn faint, and not followed.
        p.setPen(QPen(Palette::highlight(), 2.5));
        p.drawRect(cr3);
        p.drawText(cr3, Qt::AlignCenter,
            tr("TLB\n%1 -> frame %2")
                .arg(hex8(t.largePage() ? t.va & 0xFFC00000u : t.va & ~0xFFFu))
                .arg(t.tlb->pfn, 0, 16));
        p.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
        for (const QRectF& saved : t.largePage() ? QList<QRectF> {pd} : QList<QRectF> {pd, pt}) {
            p.drawRect(saved);
            p.drawText(saved, Qt::AlignCenter | Qt::TextWordWrap,
                saved == pd ? tr("page directory:\nnot read") : tr("page table:\nnot read"));
        }
    }
    if (reached(Phase::Cr3)) {
        p.setPen(QPen(palette().color(QPalette::WindowText), 1.5));
        p.drawRect(cr3);
        p.drawText(cr3, Qt::AlignCenter, QStringLiteral("CR3\n%1").arg(hex8(t.dirBase)));
    }
    if (reached(Phase::Directory)) {
        arrow({QPointF(cr3.right(), pd.center().y()), QPointF(pd.left(), pd.center().y())}, true);
        drawTable(p, pd, tr("Page directory"), t.dirBase, t.pdi(), walk.pde, true, variant);
    }
    if (reached(Phase::Directory) && !walk.pdeValid) {
        p.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
        p.drawRect(pt);
        p.drawText(
            pt.adjusted(4, 0, -4, 0), Qt::AlignCenter | Qt::TextWordWrap, tr("no page table:\nthe PDE is not valid"));
    }
    if (reached(Phase::Table) && walk.pdeValid && !walk.large) {
        if (l.folded)
            arrow({QPointF(downX, pd.bottom()), QPointF(downX, pt.top())}, true);
        else
            arrow({QPointF(pd.right(), pd.center().y()), QPointF(pt.left(), pt.center().y())}, true);
        drawTable(p, pt,
            t.selfMap ? tr("Page table (seen at %1)").arg(hex8(mm::hw::kX86Geometry.pteAddress(t.va) & ~0xFFFu))
                      : tr("Page table"),
            walk.pde & mm::hw::pte::FrameMask, t.pti(), walk.pte, true, variant);
    }
    if (reached(Phase::Frame) && t.physical()) {
        if (t.tlbHit() && !t.faulted) {
            // From the TLB past the tables it saved reading: straight down when folded,
            // over the top otherwise.
            if (l.folded) {
                arrow({QPointF(cr3.center().x(), cr3.bottom()), QPointF(frame.center().x(), frame.top())}, true);
            } else {
                const qreal y = pd.top() - 10;
                arrow({QPointF(cr3.center().x(), cr3.top()), QPointF(cr3.center().x(), y),
                          QPointF(frame.center().x(), y), QPointF(frame.center().x(), frame.top())},
                    true);
            }
        } else if (l.folded && t.largePage()) {
            arrow({QPointF(downX, pd.bottom()), QPointF(downX, frame.center().y()),
                      QPointF(frame.right(), frame.center().y())},
                true);
        } else if (l.folded) {
            arrow({QPointF(pt.left(), frame.center().y()), QPointF(frame.right(), frame.center().y())}, true);
        } else {
            const QRectF from = t.largePage() ? pd : pt;
            arrow({QPointF(from.right(), from.center().y()), QPointF(frame.left(), frame.center().y())}, true);
        }
        p.setPen(QPen(Palette::highlight(), 2.5));
        p.fillRect(frame, Palette::list(mm::PageLocation::Active, variant).lighter(175));
        p.drawRect(frame);
        const uint64_t physical = *t.physical();
        const qreal pageSize = t.largePage() ? 0x400000 : 0x1000;
        const qreal offsetY = frame.top() + frame.height() * t.offset() / pageSize;
        p.drawLine(QPointF(frame.left(), offsetY), QPointF(frame.right(), offsetY));
        p.setPen(Qt::black);
        p.drawText(frame.adjusted(8, 6, -8, -6), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
            t.largePage() ? tr("4 MB page at frame %1").arg((physical - t.offset()) >> 12, 0, 16)
                          : tr("frame %1").arg(physical >> 12, 0, 16));
        p.drawText(frame.adjusted(8, 6, -8, -6), Qt::AlignLeft | Qt::AlignBottom,
            tr("+ %1 = %2").arg(t.offset(), 3, 16, QLatin1Char('0')).arg(hex8(physical)));
    } else if (reached(Phase::Done) || fault) {
        p.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
        p.drawRect(frame);
        p.drawText(frame, Qt::AlignCenter | Qt::TextWordWrap,
            fault && !reached(Phase::Done) ? tr("page fault\nbeing resolved") : tr("no frame"));
    }
    // The fault path so far, as a chain of routines (in rows, when folded).
    if (fault) {
        const QStringList shown = faultRoutines(m_step);
        // The current step's routine is the last one shown, when the step is in the fault.
        const bool inFault = m_step < int(t.steps.size()) && t.steps[size_t(m_step)].phase == Phase::Fault;
        p.setFont(chevronFont(font));
        const QFontMetricsF metrics(p.font());
        qreal x = l.chain.left();
        qreal y = l.chain.top();
        for (int i = 0; i < shown.size(); ++i) {
            const qreal width = chevronWidth(metrics, shown[i]);
            if (x > l.chain.left() && x + width > l.chain.right()) {
                if (!l.folded)
                    break;
                x = l.chain.left();
                y += kChevronHeight + kChevronGap;
            }
            const QRectF strip(x, y, width, kChevronHeight);
            const QPointF chevron[] = {strip.topLeft(), QPointF(strip.right() - 10, strip.top()),
                QPointF(strip.right(), strip.center().y()), QPointF(strip.right() - 10, strip.bottom()),
                strip.bottomLeft(), QPointF(strip.left() + 10, strip.center().y())};
            const bool current = inFault && i == shown.size() - 1;
            p.setBrush(current ? Palette::highlight() : Palette::highlight().lighter(160));
            p.setPen(Qt::NoPen);
            p.drawPolygon(chevron, 6);
            p.setPen(current ? QColor(Qt::white) : QColor(Qt::black));
            p.drawText(strip.adjusted(12, 0, -8, 0), Qt::AlignCenter, shown[i]);
            x += width + 2;
        }
        p.setBrush(Qt::NoBrush);
    }
    drawSteps(p, l.steps);
    p.restore();
}

void TranslationCanvas::paintEvent(QPaintEvent*)
{
    paintZoomed(*this);
}

TranslationView::TranslationView(SimulationController& controller, Selection& selection, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_selection(selection)
    , m_canvas(new TranslationCanvas(controller, this))
    , m_address(new QLineEdit(this))
    , m_selfMap(new QCheckBox(tr("Through the self-map"), this))
    , m_play(new QToolButton(this))
    , m_speed(new QSlider(Qt::Horizontal, this))
    , m_timer(new QTimer(this))
    , m_position(new QLabel(this))
{
    m_address->setPlaceholderText(tr("virtual address (hex)"));
    m_address->setToolTip(tr("A virtual address of the selected process; clicking a cell in the grid fills it in"));
    m_address->setMaximumWidth(160);
    auto* translate = new QPushButton(tr("Translate"), this);
    translate->setToolTip(tr("Walk the page tables of the selected process; changes nothing"));
    auto* accessButton = new QPushButton(tr("Access"), this);
    accessButton->setToolTip(tr("Read the address from the current process: a fault is resolved by the memory manager, "
                                "then shown"));
    m_selfMap->setToolTip(tr("Show how the memory manager reads the PTE at C0000000 + VA/1024"));
    auto button = [this](QStyle::StandardPixmap icon, const QString& tip, const QKeySequence& key) {
        auto* b = new QToolButton(this);
        b->setIcon(style()->standardIcon(icon));
        b->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        b->setShortcut(key);
        return b;
    };
    QToolButton* back
        = button(QStyle::SP_MediaSeekBackward, tr("Back one step"), QKeySequence(Qt::CTRL | Qt::Key_Left));
    QToolButton* forward
        = button(QStyle::SP_MediaSeekForward, tr("Forward one step"), QKeySequence(Qt::CTRL | Qt::Key_Right));
    QToolButton* end
        = button(QStyle::SP_MediaSkipForward, tr("To the last step"), QKeySequence(Qt::CTRL | Qt::Key_End));
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_play->setToolTip(tr("Play or pause the animation (Ctrl+Space)"));
    m_play->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Space));
    m_speed->setRange(1, 10);
    m_speed->setValue(4);
    m_speed->setMaximumWidth(120);
    m_speed->setToolTip(tr("Animation speed"));

    // Two rows, what to translate and how to play it, so that a narrow dock keeps them all.
    auto* what = new QHBoxLayout;
    what->addWidget(new QLabel(tr("VA"), this));
    what->addWidget(m_address);
    what->addWidget(translate);
    what->addWidget(accessButton);
    what->addWidget(m_selfMap);
    what->addStretch();
    auto* playback = new QHBoxLayout;
    playback->addWidget(back);
    playback->addWidget(m_play);
    playback->addWidget(forward);
    playback->addWidget(end);
    playback->addWidget(new QLabel(tr("speed"), this));
    playback->addWidget(m_speed);
    playback->addWidget(m_position, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(what);
    layout->addLayout(playback);
    layout->addWidget(m_canvas, 1);

    connect(&controller, &SimulationController::machineReset, this, [this] {
        pause();
        m_address->clear();
        m_canvas->setTranslation(Translation {}, QString());
    });
    connect(translate, &QPushButton::clicked, this, [this] {
        if (auto va = addressFromEdit())
            this->translate(*va);
    });
    connect(m_address, &QLineEdit::returnPressed, translate, &QPushButton::click);
    connect(accessButton, &QPushButton::clicked, this, [this] {
        if (auto va = addressFromEdit())
            access(*va);
    });
    connect(back, &QToolButton::clicked, this, &TranslationView::stepBack);
    connect(forward, &QToolButton::clicked, this, &TranslationView::stepForward);
    connect(end, &QToolButton::clicked, this, &TranslationView::toEnd);
    connect(m_play, &QToolButton::clicked, this, [this] { m_timer->isActive() ? pause() : play(); });
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_canvas->step() + 1 >= int(m_canvas->translation().steps.size())) {
            pause();
            return;
        }
        stepForward();
    });
    connect(&m_controller, &SimulationController::stepped, this, &TranslationView::fillIfEmpty);
    connect(&selection, &Selection::processChanged, this, &TranslationView::fillIfEmpty);
    connect(m_speed, &QSlider::valueChanged, this, [this](int v) { m_timer->setInterval(2400 / v); });
    m_timer->setInterval(2400 / m_speed->value());
    connect(&selection, &Selection::vaChanged, this, [this](std::optional<quint32> va) {
        if (va)
            m_address->setText(QStringLiteral("%1").arg(*va, 8, 16, QLatin1Char('0')));
    });
    connect(m_selfMap, &QCheckBox::toggled, this, [this] {
        if (auto va = addressFromEdit(); va && !m_canvas->translation().steps.empty())
            this->translate(*va);
    });
}

std::optional<uint32_t> TranslationView::addressFromEdit()
{
    bool ok = false;
    QString text = m_address->text().trimmed();
    text.remove(QLatin1Char('`'));
    if (text.startsWith(QStringLiteral("0x"), Qt::CaseInsensitive))
        text = text.mid(2);
    const qulonglong va = text.toULongLong(&ok, 16);
    if (!ok || va > 0xFFFFFFFFull) {
        m_position->setText(tr("'%1' is not a hex address").arg(m_address->text()));
        return std::nullopt;
    }
    return uint32_t(va);
}

void TranslationView::translate(uint32_t va)
{
    const auto& sim = m_controller.simulator();
    const auto* process = sim.processes().findByCid(m_selection.cid());
    if (!process)
        process = &sim.processes().current();
    m_canvas->setTranslation(
        Translation::lookup(sim, *process, va, m_selfMap->isChecked()), QString::fromStdString(process->imageName));
    m_position->setText(tr("step 1 of %1").arg(m_canvas->translation().steps.size()));
    play();
}

bool TranslationView::access(uint32_t va)
{
    // The access is made by the current process; the core resolves any fault first.
    const auto& sim = m_controller.simulator();
    const auto& process = sim.processes().current();
    const Translation::Walk before = Translation::walk(sim, process.directoryTableBase[0], va);
    const auto tlb = Translation::tlbEntry(sim, va);
    const uint64_t first = sim.events().lastSeq();
    QString output;
    auto connection = connect(&m_controller, &SimulationController::commandFinished, this,
        [&output](const QString&, const QString& out, bool, const QString& error) { output = out + error; });
    const bool ok = m_controller.execute(QStringLiteral("read %1").arg(va, 8, 16, QLatin1Char('0')));
    disconnect(connection);
    const auto& after = m_controller.simulator(); // the same simulator; events appended
    m_canvas->setTranslation(Translation::access(after, process, va, m_selfMap->isChecked(), before, tlb, first,
                                 after.events().lastSeq(), output),
        QString::fromStdString(process.imageName));
    m_position->setText(tr("step 1 of %1").arg(m_canvas->translation().steps.size()));
    play();
    return ok;
}

void TranslationView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    fillIfEmpty();
}

void TranslationView::fillIfEmpty()
{
    if (!isVisible() || !m_canvas->translation().steps.empty() || !m_address->text().isEmpty())
        return;
    const auto& sim = m_controller.simulator();
    const auto* process = sim.processes().findByCid(m_selection.cid());
    if (!process)
        process = &sim.processes().current();
    if (const auto va = Translation::firstValidUserPage(sim, *process)) {
        m_address->setText(QStringLiteral("%1").arg(*va, 8, 16, QLatin1Char('0')));
        translate(*va);
        toEnd();
    }
}

void TranslationView::setPlaying(bool playing)
{
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
}

void TranslationView::play()
{
    m_timer->start();
    setPlaying(true);
}

void TranslationView::pause()
{
    m_timer->stop();
    setPlaying(false);
}

void TranslationView::stepForward()
{
    m_canvas->setStep(m_canvas->step() + 1);
    m_position->setText(tr("step %1 of %2").arg(m_canvas->step() + 1).arg(m_canvas->translation().steps.size()));
}

void TranslationView::stepBack()
{
    pause();
    m_canvas->setStep(m_canvas->step() - 1);
    m_position->setText(tr("step %1 of %2").arg(m_canvas->step() + 1).arg(m_canvas->translation().steps.size()));
}

void TranslationView::toEnd()
{
    pause();
    m_canvas->setStep(int(m_canvas->translation().steps.size()) - 1);
    m_position->setText(tr("step %1 of %2").arg(m_canvas->step() + 1).arg(m_canvas->translation().steps.size()));
}

} // namespace mmvis
