#pragma once

#include "diagram.h"

#include "mm/mmpfn.h"

#include <QList>
#include <QWidget>

#include <algorithm>
#include <optional>

class QCheckBox;
class QCustomPlot;

namespace mmvis {

class SimulationController;

// The sizes of the page lists after every command: x counts commands (0 is the machine
// as booted, however much work boot did), y is scaled to the lists shown. Stacked or as
// lines, any list hidden (a click on its legend entry; Free and Zeroed with one box,
// since at 128 MB they dwarf the rest), an optional log scale. Hovering a command shows
// what it was; drag to pan, wheel to zoom, double-click to see everything again.
class ListHistoryPlot : public QWidget, public Diagram {
    Q_OBJECT
public:
    explicit ListHistoryPlot(SimulationController& controller, QWidget* parent = nullptr);

    void setStacked(bool stacked);
    bool stacked() const { return m_stacked; }
    void setLogScale(bool log);
    bool logScale() const { return m_log; }
    void setHiddenLists(const QList<mm::PageLocation>& lists);
    const QList<mm::PageLocation>& hiddenLists() const { return m_hidden; }
    // Draws the series of the list holding the selected frame thicker (none: all alike).
    void setMarkedList(std::optional<mm::PageLocation> list);
    std::optional<mm::PageLocation> markedList() const { return m_marked; }
    QCustomPlot* plot() const { return m_plot; }
    // What a hover over x shows: "12: trim notepad.exe" and the counts there.
    QString describeCommand(int index) const;

    QString diagramName() const override { return QStringLiteral("page-list-history"); }
    QString diagramTitle() const override;
    QSizeF naturalSize() const override { return {1100, 560}; }
    // Narrow, it grows taller: the legend takes more rows and the axes need their room.
    qreal layoutHeight(qreal width) const override { return std::max(width * 560 / 1100, width * 0.8); }
    void render(QPainter& painter, const QRectF& target, Palette::Variant variant) override;
    void coloursChanged() override;

signals:
    void hiddenListsChanged(const QList<mm::PageLocation>& lists);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void zoomChanged() override;

private:
    void refresh();
    void rescale(); // x to every command (unless zoomed), y to the lists shown there
    // The commands' text under the axis when it fits, else their numbers; the legend's columns.
    void updateTicks(int width, int height);
    void applyFonts(qreal zoom); // the axes' and the legend's, at a zoom
    void applyPens(); // each list's line in its colour, the marked one thicker
    void applyPalette(); // background, axes, grid and legend in the widget's palette (light or dark)

    SimulationController& m_controller;
    QCustomPlot* m_plot = nullptr;
    QCheckBox* m_freeAndZeroed = nullptr;
    QCheckBox* m_stackedBox = nullptr;
    QCheckBox* m_logBox = nullptr;
    bool m_stacked = true;
    bool m_log = false;
    bool m_userZoomed = false;
    QList<mm::PageLocation> m_hidden;
    std::optional<mm::PageLocation> m_marked;
};

} // namespace mmvis
