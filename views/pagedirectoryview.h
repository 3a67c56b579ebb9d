#pragma once

#include "diagram.h"
#include "gridgeometry.h"
#include "legend.h"

#include <QStringList>
#include <QWidget>

#include <optional>
#include <vector>

namespace mm::ps {
struct Process;
}

namespace mmvis {

class SimulationController;
class Selection;

// The 1024 PDEs of the selected process as a 32 x 32 grid, each cell 4 MB of VA, coloured
// by what the entry maps; the two per-process upper-half entries (300 self-map, 301
// hyperspace) are outlined and explained. Clicking a PDE that maps a page table opens that
// table as a second 32 x 32 grid of PTEs; clicking a PTE selects its frame. The compare
// mode puts two processes' directories side by side and marks every entry that differs.
class PageDirectoryView : public QWidget, public Diagram {
    Q_OBJECT
public:
    enum class Mode { Directory, PageTable, Compare };

    PageDirectoryView(SimulationController& controller, Selection& selection, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    int pageTableIndex() const { return m_pageTable; } // the PDE whose table is shown
    void showDirectory();
    void showPageTable(int pdeIndex);
    void setCompare(bool compare);

    // The entries the compare mode marks (indices 0-1023), in order.
    std::vector<int> differingEntries() const;
    // Where the cells of grid `which` (0, or 1 for the right-hand grid in compare mode) are
    // when the diagram is drawn in `target`.
    GridGeometry grid(const QRectF& target, int which = 0) const;

    QString diagramName() const override;
    QString diagramTitle() const override;
    QSizeF naturalSize() const override { return {1180, 860}; }
    void render(QPainter& painter, const QRectF& target, Palette::Variant variant) override;

signals:
    void pageTableOpened(int pdeIndex);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override; // tooltips

private:
    const mm::ps::Process* process(quint16 cid) const;
    std::vector<uint32_t> entries(const mm::ps::Process& p) const; // the 1024 PDEs, or PTEs of the open table
    QString describeEntry(int index, uint32_t value) const;
    bool sharedFrame(int index, uint32_t value) const; // a valid PTE mapping a section page
    void drawGrid(QPainter& p, const GridGeometry& g, const std::vector<uint32_t>& values, const QString& heading,
        Palette::Variant variant, const std::vector<int>& marked) const;
    void drawLegend(QPainter& p, const QRectF& area, Palette::Variant variant) const;
    qreal legendHeight(qreal width) const;
    Legend legend(qreal width, Palette::Variant variant) const;
    // Selects cell `index` of grid `which` (1: the compare view's right one) as a click does;
    // `open` also opens a page table from the directory.
    void selectCell(int index, int which, bool open);
    int currentCell() const; // the selected address's cell in the grid shown (0 if none)
    void drawExplanations(QPainter& p, const QRectF& area, const GridGeometry& g) const;
    QRectF gridArea(const QRectF& target) const;
    std::optional<int> hitTest(const QPointF& point, int* which) const;

    SimulationController& m_controller;
    Selection& m_selection;
    Mode m_mode = Mode::Directory;
    int m_pageTable = 0;
};

} // namespace mmvis
