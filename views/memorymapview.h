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
// On screen the picture is an image of one pixel per frame, updated only where events
// touched a frame, so the view stays interactive at a million frames; SVG and PDF get
// vector rectangles, one per run of frames in the same state. The wheel (or + and -)
// zooms down to labelled cells, dragging (or the arrow keys) pans, Home shows all; the
// selected frame stays in view. Hovering shows !pfn and the PTE that maps the frame;
// clicking selects it.
class MemoryMapView : public QWidget, public Diagram {
    Q_OBJECT
public:
    MemoryMapView(SimulationController& controller, Selection& selection, QWidget* parent = nullptr);

    const MemoryMapGeometry& geometry() const { return m_geometry; }
    MemoryMapGeometry& geometry() { return m_geometry; } // to zoom and pan
    QRectF mapArea(const QRectF& target) const;
    Legend legend(qreal width, Palette::Variant variant) const; // a colour per list, with its count
    qreal legendHeight(qreal width) const;
    const QImage& image() const { return m_image; }

    QString diagramName() const override { return QStringLiteral("physical-memory"); }
    QString diagramTitle() const override;
    QSizeF naturalSize() const override { return {1100, 820}; }
    void render(QPainter& painter, const QRectF& target, Palette::Variant variant) override;
    void coloursChanged() override { rebuild(); }

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    void drawRuns(QPainter& p, const QRectF& area, Palette::Variant variant) const; // vector cells
    void drawLabels(QPainter& p, const QRectF& area) const; // frame numbers, when cells are large
    void selectFrameAt(const QPointF& widgetPosition);
    void rebuild();
    void applyEvents(quint64 firstSeq, quint64 lastSeq);

    SimulationController& m_controller;
    Selection& m_selection;
    MemoryMapGeometry m_geometry;
    QImage m_image; // one pixel per frame, screen colours
    QPointF m_pressed; // where the left button went down (widget coordinates)
    bool m_dragging = false;
};

} // namespace mmvis
