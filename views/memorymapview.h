#pragma once

#include "diagram.h"
#include "legend.h"
#include "memorymapgeometry.h"

#include <QImage>
#include <QWidget>

namespace mmvis {

class SimulationController;
class Selection;

// Physical memory, one cell per frame, coloured by the frame's state (a RAMMap-like view).
// The picture is an image of one pixel per frame, updated only where events touched a
// frame, so the view stays interactive at a million frames. Hovering shows !pfn and the
// PTE that maps the frame; clicking selects it.
class MemoryMapView : public QWidget, public Diagram {
    Q_OBJECT
public:
    MemoryMapView(SimulationController& controller, Selection& selection, QWidget* parent = nullptr);

    const MemoryMapGeometry& geometry() const { return m_geometry; }
    QRectF mapArea(const QRectF& target) const;
    Legend legend(qreal width, Palette::Variant variant) const; // a colour per list, with its count
    qreal legendHeight(qreal width) const;
    const QImage& image() const { return m_image; }

    QString diagramName() const override { return QStringLiteral("physical-memory"); }
    QString diagramTitle() const override;
    QSizeF naturalSize() const override { return {1100, 820}; }
    void render(QPainter& painter, const QRectF& target, Palette::Variant variant) override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    void rebuild();
    void applyEvents(quint64 firstSeq, quint64 lastSeq);

    SimulationController& m_controller;
    Selection& m_selection;
    MemoryMapGeometry m_geometry;
    QImage m_image; // one pixel per frame, screen colours
};

} // namespace mmvis
