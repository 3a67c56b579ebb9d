#pragma once

#include "diagram.h"

#include "mm/mmpfn.h"

#include <QList>
#include <QWidget>

#include <optional>

class QChart;
class QChartView;
class QBarSet;
class QValueAxis;
class QStackedBarSeries;
class QBarCategoryAxis;

namespace mmvis {

class SimulationController;

// The current size of every page list as a bar chart (Qt Charts), one colour per list;
// lists can be left out, and the axis fits those shown.
class ListBarChart : public QWidget, public Diagram {
    Q_OBJECT
public:
    explicit ListBarChart(SimulationController& controller, QWidget* parent = nullptr);

    QString diagramName() const override { return QStringLiteral("page-list-counts"); }
    QString diagramTitle() const override;
    QSizeF naturalSize() const override { return {900, 520}; }
    void render(QPainter& painter, const QRectF& target, Palette::Variant variant) override;
    void coloursChanged() override { rebuild(); }
    double value(int list) const; // what the bar of a PageLocation shows (0 when hidden)
    // Leaves these lists out (the axis then fits the others).
    void setHiddenLists(const QList<mm::PageLocation>& lists);
    const QList<mm::PageLocation>& hiddenLists() const { return m_hidden; }
    // Outlines the bar of the list holding the selected frame (none: no outline).
    void setMarkedList(std::optional<mm::PageLocation> list);
    std::optional<mm::PageLocation> markedList() const { return m_marked; }

protected:
    void zoomChanged() override;
    void changeEvent(QEvent* event) override;

private:
    void applyFonts(qreal zoom);
    void applyPalette(); // the chart's background, title and axes in the widget's palette
    void rebuild(); // the bars of the lists shown
    void refresh(); // their values

    SimulationController& m_controller;
    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QValueAxis* m_axis = nullptr;
    QStackedBarSeries* m_series = nullptr;
    QBarCategoryAxis* m_categories = nullptr;
    std::vector<QBarSet*> m_sets; // by PageLocation; null when hidden
    QList<mm::PageLocation> m_hidden;
    std::optional<mm::PageLocation> m_marked;
};

} // namespace mmvis
