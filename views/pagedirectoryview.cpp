#include "pagedirectoryview.h"

#include "legend.h"
#include "selection.h"
#include "simulationcontroller.h"

#include "hw/pte.h"
#include "sim/simulator.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace mmvis {

namespace {
const auto& geo = mm::hw::kX86Geometry;
constexpr int kSelfMap = 0x300;
constexpr int kHyperspace = 0x301;
constexpr qreal kTitleHeight = 34;
constexpr qreal kLegendRow = 22;
constexpr qreal kLabelWidth = 76;
constexpr qreal kLabelHeight = 18;
// The notes on PDE 300 and 301 take a column on the right when there is room for it.
qreal explanationWidth(qreal total)
{
    return total >= 760 ? std::clamp(total * 0.28, 220.0, 320.0) : 0.0;
}

// Label every stride-th row or column, stride a power of two, so that labels of `extent`
// pixels never overlap on cells of `cell` pixels.
int labelStride(qreal cell, qreal extent)
{
    int stride = 1;
    while (stride < 32 && stride * cell < extent)
        stride *= 2;
    return stride;
}

QString hex8(uint32_t v)
{
    return QStringLiteral("%1").arg(v, 8, 16, QLatin1Char('0')).toUpper();
}

QString flags(uint32_t entry)
{
    char letters[12];
    mm::hw::pte::flagLetters(entry, letters);
    return QString::fromLatin1(letters);
}
} // namespace

PageDirectoryView::PageDirectoryView(SimulationController& controller, Selection& selection, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_selection(selection)
{
    setMinimumSize(260, 220); // the grid scales down to 5 px cells; below that it would not be readable
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(&controller, &SimulationController::stepped, this, [this] { update(); });
    connect(&controller, &SimulationController::machineReset, this, [this] { showDirectory(); });
    connect(&selection, &Selection::processChanged, this, [this] {
        if (m_mode == Mode::PageTable)
            showDirectory();
        update();
    });
    connect(&selection, &Selection::vaChanged, this, [this] { update(); });
    connect(&selection, &Selection::compareChanged, this, [this] { update(); });
}

const mm::ps::Process* PageDirectoryView::process(quint16 cid) const
{
    return m_controller.simulator().processes().findByCid(cid);
}

void PageDirectoryView::showDirectory()
{
    m_mode = Mode::Directory;
    update();
}

void PageDirectoryView::showPageTable(int pdeIndex)
{
    m_mode = Mode::PageTable;
    m_pageTable = pdeIndex;
    emit pageTableOpened(pdeIndex);
    update();
}

void PageDirectoryView::setCompare(bool compare)
{
    m_mode = compare ? Mode::Compare : Mode::Directory;
    update();
}

std::vector<uint32_t> PageDirectoryView::entries(const mm::ps::Process& p) const
{
    const auto& memory = m_controller.simulator().memory();
    std::vector<uint32_t> values(1024, 0);
    uint64_t base = p.directoryTableBase[0];
    if (m_mode == Mode::PageTable) {
        const uint32_t pde = memory.read32(base + m_pageTable * 4);
        if (!(pde & mm::hw::pte::Valid) || (pde & mm::hw::pte::LargePage))
            return values;
        base = pde & mm::hw::pte::FrameMask;
    }
    for (uint32_t i = 0; i < 1024; ++i)
        values[i] = memory.read32(base + i * 4);
    return values;
}

std::vector<int> PageDirectoryView::differingEntries() const
{
    const auto* a = process(m_selection.cid());
    const auto* b = process(m_selection.compareCid());
    if (!a || !b)
        return {};
    const auto va = entries(*a);
    const auto vb = entries(*b);
    std::vector<int> differing;
    for (int i = 0; i < 1024; ++i) {
        if (va[i] != vb[i])
            differing.push_back(i);
    }
    return differing;
}

QRectF PageDirectoryView::gridArea(const QRectF& target) const
{
    const qreal right = m_mode == Mode::Directory ? explanationWidth(target.width()) : 0;
    return QRectF(target.left() + 8, target.top() + kTitleHeight, target.width() - 16 - right,
        target.height() - kTitleHeight - legendHeight(target.width()));
}

GridGeometry PageDirectoryView::grid(const QRectF& target, int which) const
{
    QRectF area = gridArea(target);
    if (m_mode == Mode::Compare) {
        const qreal half = area.width() / 2;
        area = QRectF(area.left() + which * half, area.top() + kLabelHeight, half - 8, area.height() - kLabelHeight);
    }
    GridGeometry g;
    g.bounds = area;
    g.labelWidth = kLabelWidth;
    g.labelHeight = kLabelHeight;
    return g;
}

QString PageDirectoryView::diagramName() const
{
    switch (m_mode) {
    case Mode::Directory:
        return QStringLiteral("page-directory");
    case Mode::PageTable:
        return QStringLiteral("page-table-%1").arg(m_pageTable, 3, 16, QLatin1Char('0'));
    case Mode::Compare:
        return QStringLiteral("page-directory-compare");
    }
    return {};
}

QString PageDirectoryView::diagramTitle() const
{
    const auto* p = process(m_selection.cid());
    const QString who = p
        ? QStringLiteral("%1 (Cid %2)").arg(QString::fromStdString(p->imageName)).arg(p->cid, 4, 16, QLatin1Char('0'))
        : tr("no process");
    switch (m_mode) {
    case Mode::Directory:
        return tr("Page directory of %1, DirBase %2 - %3")
            .arg(who, hex8(p ? p->directoryTableBase[0] : 0).toLower(), m_controller.stateSummary());
    case Mode::PageTable:
        return tr("Page table of PDE %1 (VA %2 - %3) in %4 - %5")
            .arg(m_pageTable, 3, 16, QLatin1Char('0'))
            .arg(hex8(uint32_t(m_pageTable) << 22), hex8((uint32_t(m_pageTable) << 22) | 0x3FFFFF), who,
                m_controller.stateSummary());
    case Mode::Compare: {
        const auto* q = process(m_selection.compareCid());
        return tr("Page directories of %1 and %2 - %3")
            .arg(who, q ? QString::fromStdString(q->imageName) : tr("(choose a process)"), m_controller.stateSummary());
    }
    }
    return {};
}

bool PageDirectoryView::sharedFrame(int index, uint32_t value) const
{
    // A valid PTE of the page table on show whose frame's PFN names another PTE: a
    // prototype PTE, so the page belongs to a section and may be mapped elsewhere too.
    if (m_mode != Mode::PageTable || !(value & mm::hw::pte::Valid))
        return false;
    const auto& db = m_controller.simulator().pfnDatabase();
    const uint32_t pfn = value >> 12;
    const uint32_t va = (uint32_t(m_pageTable) << 22) | (uint32_t(index) << 12);
    return pfn < db.size() && (db[pfn].flags & mm::MmPfn::PrototypePte) && db[pfn].pteAddress != geo.pteAddress(va);
}

QString PageDirectoryView::describeEntry(int index, uint32_t value) const
{
    if (m_mode == Mode::PageTable) {
        const uint32_t va = (uint32_t(m_pageTable) << 22) | (uint32_t(index) << 12);
        QString text = QStringLiteral("PTE %1 at %2 = %3\nVA %4\n%5")
                           .arg(index, 3, 16, QLatin1Char('0'))
                           .arg(hex8(geo.pteAddress(va)), hex8(value), hex8(va),
                               Palette::name(Palette::classifyPte(value, sharedFrame(index, value))));
        if (value & mm::hw::pte::Valid)
            text += QStringLiteral(": pfn %1  %2").arg(value >> 12, 0, 16).arg(flags(value));
        else if (mm::hw::pte::classify(value) == mm::hw::pte::Kind::TransitionPage)
            text += QStringLiteral(": pfn %1").arg(value >> 12, 0, 16);
        if (!(value & mm::hw::pte::Valid) && value)
            text += QStringLiteral("\nProtect: %1")
                        .arg(QString::fromStdString(mm::hw::protection::describe(mm::hw::pte::protectionOf(value))));
        return text;
    }
    const uint32_t va = uint32_t(index) << 22;
    QString text = QStringLiteral("PDE %1 at %2 = %3\nVA %4 - %5\n%6")
                       .arg(index, 3, 16, QLatin1Char('0'))
                       .arg(hex8(geo.pdeBase + index * 4), hex8(value), hex8(va), hex8(va | 0x3FFFFF),
                           Palette::name(Palette::classifyPde(index, value)));
    if (value & mm::hw::pte::Valid)
        text += QStringLiteral(": pfn %1  %2").arg(value >> 12, 0, 16).arg(flags(value));
    if (index == kSelfMap)
        text += tr("\nThe directory maps itself: every PTE of this process is at C0000000 + VA/1024.");
    if (index == kHyperspace)
        text += tr("\nHyperspace: this process's own mapping window and working set list.");
    if ((value & mm::hw::pte::Valid) && !(value & mm::hw::pte::LargePage) && m_mode == Mode::Directory)
        text += tr("\nClick to open its page table.");
    return text;
}

void PageDirectoryView::drawGrid(QPainter& p, const GridGeometry& g, const std::vector<uint32_t>& values,
    const QString& heading, Palette::Variant variant, const std::vector<int>& marked) const
{
    const bool table = m_mode == Mode::PageTable;
    const qreal s = g.cellSize();
    const QRectF gr = g.gridRect();
    QFont font = p.font();
    font.setPixelSize(std::max(9, int(std::min<qreal>(12, s * 0.55))));
    p.setFont(font);

    if (!heading.isEmpty()) {
        p.setPen(palette().color(QPalette::WindowText));
        QFont bold = font;
        bold.setBold(true);
        bold.setPixelSize(std::max(11, font.pixelSize() + 2));
        p.setFont(bold);
        p.drawText(
            QRectF(gr.left(), gr.top() - 2.2 * kLabelHeight, gr.width(), kLabelHeight), Qt::AlignCenter, heading);
        p.setFont(font);
    }
    // Cells.
    p.setPen(Qt::NoPen);
    for (int i = 0; i < 1024; ++i) {
        const QColor c = table ? Palette::pte(Palette::classifyPte(values[i], sharedFrame(i, values[i])), variant)
                               : Palette::pde(Palette::classifyPde(i, values[i]), variant);
        p.fillRect(g.cellRect(i).adjusted(0.5, 0.5, -0.5, -0.5), c);
    }
    // The system half starts at row 16 (0x80000000): a line between the halves.
    if (!table) {
        p.setPen(QPen(Qt::darkGray, 1.5, Qt::DashLine));
        const qreal y = gr.top() + 16 * s;
        p.drawLine(QPointF(gr.left() - 4, y), QPointF(gr.right() + 4, y));
    }
    // Row labels: the VA each row starts at; column labels: index within the row.
    p.setPen(palette().color(QPalette::WindowText));
    const uint32_t base = table ? uint32_t(m_pageTable) << 22 : 0;
    const uint32_t perCell = table ? 0x1000 : 0x400000;
    // Every row and column labelled where the cells leave room, else every 2nd, 4th, ...
    const QFontMetricsF fm(font);
    const int rowStride = labelStride(s, fm.height());
    const int columnStride = std::max(2, labelStride(s, fm.horizontalAdvance(QStringLiteral("+1c")) + 4));
    for (int r = 0; r < 32; r += rowStride) {
        const QRectF label(gr.left() - g.labelWidth, gr.top() + r * s, g.labelWidth - 6, s);
        p.drawText(
            label, Qt::AlignRight | Qt::AlignVCenter | Qt::TextDontClip, hex8(base + uint32_t(r) * 32 * perCell));
    }
    for (int c = 0; c < 32; c += columnStride) {
        const QRectF label(gr.left() + c * s, gr.top() - kLabelHeight, s * columnStride, kLabelHeight);
        p.drawText(label, Qt::AlignLeft | Qt::AlignBottom, QStringLiteral("+%1").arg(c, 0, 16));
    }
    // The two per-process entries, outlined; entries that differ, crossed.
    if (!table) {
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(Palette::highlight(), std::max<qreal>(2, s / 7)));
        p.drawRect(g.cellRect(kSelfMap).adjusted(-1, -1, 1, 1));
        p.drawRect(g.cellRect(kHyperspace).adjusted(-1, -1, 1, 1));
    }
    p.setPen(QPen(Qt::black, std::max<qreal>(1.5, s / 9)));
    for (int i : marked) {
        const QRectF r = g.cellRect(i).adjusted(s * 0.2, s * 0.2, -s * 0.2, -s * 0.2);
        p.drawLine(r.topLeft(), r.bottomRight());
        p.drawLine(r.topRight(), r.bottomLeft());
    }
    // The selected address.
    if (auto va = m_selection.va()) {
        const int index
            = table ? (((*va >> 22) == uint32_t(m_pageTable)) ? int((*va >> 12) & 0x3FF) : -1) : int(*va >> 22);
        if (index >= 0) {
            p.setPen(QPen(palette().color(QPalette::Highlight), std::max<qreal>(2, s / 6)));
            p.drawRect(g.cellRect(index).adjusted(-2, -2, 2, 2));
        }
    }
}

Legend PageDirectoryView::legend(qreal width, Palette::Variant variant) const
{
    QList<LegendEntry> entries;
    if (m_mode == Mode::PageTable) {
        for (int k = 0; k < int(PteKind::Count); ++k)
            entries.append({Palette::pte(PteKind(k), variant), Palette::name(PteKind(k))});
    } else {
        for (int k = 0; k < int(PdeKind::Count); ++k)
            entries.append({Palette::pde(PdeKind(k), variant), Palette::name(PdeKind(k))});
    }
    QFont f = font();
    f.setPixelSize(12);
    return Legend(entries, f, width);
}

qreal PageDirectoryView::legendHeight(qreal width) const
{
    // The legend's rows at this width, and the compare note's.
    const Legend l = legend(width - 32, Palette::Variant::Screen);
    return 16 + (l.rows() + (m_mode == Mode::Compare ? 1 : 0)) * Legend::kRowHeight;
}

void PageDirectoryView::drawLegend(QPainter& p, const QRectF& area, Palette::Variant variant) const
{
    const Legend l = legend(area.width(), variant);
    l.draw(p, area.adjusted(0, 8, 0, 0), palette().color(QPalette::WindowText));
    if (m_mode == Mode::Compare) {
        QStringList upper;
        for (int i : differingEntries()) {
            if (i >= 0x200)
                upper << QStringLiteral("%1").arg(i, 3, 16, QLatin1Char('0'));
        }
        QFont f = font();
        f.setPixelSize(12);
        p.setFont(f);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRectF(area.left(), area.top() + 8 + l.height(), area.width(), 18), Qt::AlignLeft | Qt::AlignVCenter,
            tr("X: the entry differs between the two processes. In the upper half (system space) "
               "that is only: %1")
                .arg(upper.isEmpty() ? tr("none") : upper.join(QStringLiteral(", "))));
    }
}

void PageDirectoryView::drawExplanations(QPainter& p, const QRectF& area, const GridGeometry& g) const
{
    QFont font = p.font();
    font.setPixelSize(13);
    p.setFont(font);
    const QColor text = palette().color(QPalette::WindowText);
    struct Note {
        int index;
        QColor colour;
        QString title;
        QString body;
    };
    const Note notes[] = {
        {kSelfMap, Palette::pde(PdeKind::SelfMap), tr("PDE 300: the self-map (C0000000)"),
            tr("The directory is also this 4 MB region's page table, so every PTE of the process "
               "appears at C0000000 + VA/1024 and the directory itself at C0300000. Its value "
               "differs in every process.")},
        {kHyperspace, Palette::pde(PdeKind::Hyperspace), tr("PDE 301: hyperspace (C0400000)"),
            tr("Each process's own page table for mapping other frames for a moment "
               "(MiMapPageInHyperSpace) and for its working set list at C0502000. It also differs "
               "in every process; the rest of the upper half is the same everywhere.")},
    };
    // The notes sit level with the two cells; each line leaves its cell downwards, runs
    // below the grid's rows to the right edge, then up to its note.
    // Each note is as tall as its wrapped text; where both do not fit, only their titles.
    const QRectF gr = g.gridRect();
    const qreal width = area.width() - 32;
    const qreal gap = 10;
    QList<qreal> heights;
    qreal total = -gap;
    for (const Note& n : notes) {
        heights << 22
                + p.boundingRect(QRectF(0, 0, width, 1e6), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, n.body)
                      .height();
        total += heights.back() + gap;
    }
    const bool bodies = total <= area.height() - 16;
    if (!bodies)
        total = std::size(notes) * (22 + gap) - gap;
    if (total > area.height() - 16)
        return;
    qreal y = std::clamp(g.cellRect(kSelfMap).top() - 150, area.top() + 8, area.bottom() - 8 - total);
    int k = 0;
    for (const Note& n : notes) {
        const QRectF box(area.left() + 24, y, width, bodies ? heights[k] : 22);
        const QRectF cell = g.cellRect(n.index);
        const qreal laneY = cell.bottom() + 6 + k * 6;
        const qreal laneX = gr.right() + 10 + k * 6;
        p.setPen(QPen(n.colour, 2));
        const QPointF path[] = {QPointF(cell.center().x(), cell.bottom()), QPointF(cell.center().x(), laneY),
            QPointF(laneX, laneY), QPointF(laneX, box.top() + 10), QPointF(box.left() - 4, box.top() + 10)};
        p.drawPolyline(path, 5);
        p.setPen(text);
        QFont bold = font;
        bold.setBold(true);
        p.setFont(bold);
        p.drawText(QRectF(box.left(), box.top(), box.width(), 20), Qt::AlignLeft | Qt::AlignVCenter, n.title);
        p.setFont(font);
        if (bodies) {
            p.drawText(QRectF(box.left(), box.top() + 22, box.width(), box.height() - 22),
                Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, n.body);
        }
        y += box.height() + gap;
        ++k;
    }
}

void PageDirectoryView::render(QPainter& p, const QRectF& target, Palette::Variant variant)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    QFont font = drawDiagramFrame(p, target, kTitleHeight, diagramTitle(), palette(), variant);
    font.setBold(false);
    p.setFont(font);

    const auto* a = process(m_selection.cid());
    if (!a) {
        p.restore();
        return;
    }
    if (m_mode == Mode::Compare) {
        const auto* b = process(m_selection.compareCid());
        const std::vector<int> marked = b ? differingEntries() : std::vector<int> {};
        drawGrid(p, grid(target, 0), entries(*a), QString::fromStdString(a->imageName), variant, marked);
        if (b)
            drawGrid(p, grid(target, 1), entries(*b), QString::fromStdString(b->imageName), variant, marked);
    } else {
        drawGrid(p, grid(target, 0), entries(*a), QString(), variant, {});
    }
    if (m_mode == Mode::Directory && explanationWidth(target.width()) > 0) {
        const QRectF area = gridArea(target);
        drawExplanations(
            p, QRectF(area.right(), area.top(), explanationWidth(target.width()), area.height()), grid(target, 0));
    }
    drawLegend(p,
        QRectF(target.left() + 16, target.bottom() - legendHeight(target.width()), target.width() - 32,
            legendHeight(target.width())),
        variant);
    p.restore();
}

void PageDirectoryView::paintEvent(QPaintEvent*)
{
    paintZoomed(*this);
}

std::optional<int> PageDirectoryView::hitTest(const QPointF& point, int* which) const
{
    for (int w = 0; w < (m_mode == Mode::Compare ? 2 : 1); ++w) {
        if (auto index = grid(zoomedRect(*this), w).indexAt(zoomed(point))) {
            if (which)
                *which = w;
            return index;
        }
    }
    return std::nullopt;
}

void PageDirectoryView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::RightButton && m_mode == Mode::PageTable) {
        showDirectory(); // back to the directory
        return;
    }
    int which = 0;
    const auto index = hitTest(event->position(), &which);
    if (!index || event->button() != Qt::LeftButton)
        return;
    selectCell(*index, which, true);
}

void PageDirectoryView::selectCell(int index, int which, bool open)
{
    const auto* p = process(which == 1 ? m_selection.compareCid() : m_selection.cid());
    if (!p)
        return;
    const uint32_t value = entries(*p)[size_t(index)];
    if (m_mode == Mode::PageTable) {
        const uint32_t va = (uint32_t(m_pageTable) << 22) | (uint32_t(index) << 12);
        m_selection.setVa(va);
        const auto kind = mm::hw::pte::classify(value);
        if (kind == mm::hw::pte::Kind::Hardware || kind == mm::hw::pte::Kind::TransitionPage)
            m_selection.setPfn(value >> 12);
        return;
    }
    m_selection.setVa(uint32_t(index) << 22);
    if (open && (value & mm::hw::pte::Valid) && !(value & mm::hw::pte::LargePage) && m_mode == Mode::Directory) {
        m_selection.setPfn(value >> 12); // the page table's own frame
        showPageTable(index);
    }
}

int PageDirectoryView::currentCell() const
{
    const auto va = m_selection.va();
    if (!va)
        return 0;
    if (m_mode == Mode::PageTable)
        return (*va >> 22) == uint32_t(m_pageTable) ? int((*va >> 12) & 0x3FF) : 0;
    return int(*va >> 22);
}

void PageDirectoryView::keyPressEvent(QKeyEvent* event)
{
    // Arrows move the selection a cell at a time (a row is 32 cells), Enter opens the
    // selected page table, Backspace goes back to the directory.
    int step = 0;
    switch (event->key()) {
    case Qt::Key_Left:
        step = -1;
        break;
    case Qt::Key_Right:
        step = 1;
        break;
    case Qt::Key_Up:
        step = -32;
        break;
    case Qt::Key_Down:
        step = 32;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        selectCell(currentCell(), 0, true);
        return;
    case Qt::Key_Backspace:
        if (m_mode == Mode::PageTable) {
            showDirectory();
            return;
        }
        break;
    default:
        break;
    }
    if (step == 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    const int from = m_selection.va() ? currentCell() : (step > 0 ? -step : 1024 - step);
    selectCell(std::clamp(from + step, 0, 1023), 0, false);
}

bool PageDirectoryView::event(QEvent* e)
{
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        int which = 0;
        const auto index = hitTest(help->pos(), &which);
        const auto* p = process(which == 1 ? m_selection.compareCid() : m_selection.cid());
        if (index && p)
            QToolTip::showText(help->globalPos(), describeEntry(*index, entries(*p)[size_t(*index)]), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(e);
}

} // namespace mmvis
