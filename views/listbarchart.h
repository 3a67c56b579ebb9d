#pragma once

#include "diagram.h"

#include "mm/mmpfn.h"

#include <QWidget>

#include <optional>

class QChart;
class QChartView;
class QBarSet;
class QValueAxis;

namespace mmvis {

class SimulationController;

// The current size of every page list as a bar chart (Qt Charts), one colour per list.
class ListBarChart : public QWidget, public Diagram {
    Q_OBJECT
public:
    explicit ListBarChart(SimulationController& controller, QWidget* parent = nullptr);

    QString diagramName() const override { return QStringLiteral("page-list-counts"); }
    QString diagramTitle() const override;
    QSizeF naturalSize() const override { return {900, 520}; }
    void render(QPainter& painter, const QRectF& target, Palette::Variant variant) override;
    double value(int list) const; // what the bar of a PageLocation shows
    // Outlines the bar of the list holding the selected frame (none: no outline).
    void setMarkedList(std::optional<mm::PageLocation> list);
    std::optional<mm::PageLocation> markedList() const { return m_marked; }

private:
    void refresh();

    SimulationController& m_controller;
    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QValueAxis* m_axis = nullptr;
    std::vector<QBarSet*> m_sets;
    std::optional<mm::PageLocation> m_marked;
};

} // namespace mmvis
