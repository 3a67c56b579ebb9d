#pragma once

#include "diagram.h"

#include "mm/mmpfn.h"

#include <QWidget>

#include <optional>

class QCustomPlot;

namespace mmvis {

class SimulationController;

// The sizes of the page lists after every command (x: the event sequence number), stacked
// or as lines; drag to pan, wheel to zoom, double-click to see everything again.
class ListHistoryPlot : public QWidget, public Diagram {
    Q_OBJECT
public:
    explicit ListHistoryPlot(SimulationController& controller, QWidget* parent = nullptr);

    void setStacked(bool stacked);
    bool stacked() const { return m_stacked; }
    // Draws the series of the list holding the selected frame thicker (none: all alike).
    void setMarkedList(std::optional<mm::PageLocation> list);
    std::optional<mm::PageLocation> markedList() const { return m_marked; }
    QCustomPlot* plot() const { return m_plot; }

    QString diagramName() const override { return QStringLiteral("page-list-history"); }
    QString diagramTitle() const override;
    QSizeF naturalSize() const override { return {1100, 560}; }
    void render(QPainter& painter, const QRectF& target, Palette::Variant variant) override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void refresh();

    SimulationController& m_controller;
    QCustomPlot* m_plot = nullptr;
    bool m_stacked = true;
    bool m_userZoomed = false;
    std::optional<mm::PageLocation> m_marked;
};

} // namespace mmvis
