#pragma once

#include "diagram.h"
#include "dynamicstracker.h"

#include <QWidget>

namespace mmvis {

class SimulationController;

// The page lists as boxes and the ways pages move between them as arrows, each with the
// number of moves so far; the last move is highlighted.
class DynamicsDiagram : public QWidget, public Diagram {
    Q_OBJECT
public:
    explicit DynamicsDiagram(SimulationController& controller, QWidget* parent = nullptr);

    const DynamicsTracker& tracker() const { return m_tracker; }
    // Outlines the box of the list holding the selected frame (none: no outline).
    void setMarkedList(std::optional<mm::PageLocation> list);
    std::optional<mm::PageLocation> markedList() const { return m_marked; }

    QString diagramName() const override { return QStringLiteral("page-list-dynamics"); }
    QString diagramTitle() const override;
    QSizeF naturalSize() const override { return {1100, 640}; }
    void render(QPainter& painter, const QRectF& target, Palette::Variant variant) override;
    // Below kCompactWidth the arrows carry numbers and a key under the diagram names them
    // with their counts, so a book column still gets readable labels.
    qreal minimumLayoutWidth() const override { return 420; }
    qreal layoutHeight(qreal width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    static constexpr qreal kCompactWidth = 800;
    static constexpr qreal kKeyLine = 17; // a line of the compact key
    void catchUp();

    SimulationController& m_controller;
    DynamicsTracker m_tracker;
    uint64_t m_seen = 0; // events applied so far
    std::optional<mm::PageLocation> m_marked;
};

} // namespace mmvis
