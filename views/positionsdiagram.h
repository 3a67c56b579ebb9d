#pragma once

#include "diagram.h"

#include "dbg/session.h"

#include <QWidget>

namespace mmvis {

// Two positions of a session compared, as a picture for a lesson or a book: each page
// list's count before and after, the PDEs and PTEs that changed (each side in its kind's
// colour, decoded), the frames' moves between lists counted, and the processes that
// changed, were created or ended. The Compare Positions dialog shows it and exports it.
class PositionsDiagram : public QWidget, public Diagram {
    Q_OBJECT
public:
    static constexpr int kMaxEntries = 24; // PDE/PTE rows drawn; the table lists them all

    explicit PositionsDiagram(QWidget* parent = nullptr);
    void setComparison(const mm::dbg::PositionComparison& comparison, const QString& machine);

    QString diagramName() const override { return QStringLiteral("compare-positions"); }
    QString diagramTitle() const override;
    QSizeF naturalSize() const override { return {900, layoutHeight(900)}; }
    qreal minimumLayoutWidth() const override { return 700; }
    qreal layoutHeight(qreal width) const override;
    void render(QPainter& painter, const QRectF& target, Palette::Variant variant) override;
    QSize sizeHint() const override { return naturalSize().toSize(); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    // Lays the diagram out from top in width; draws when painter is given. Returns the height.
    qreal layOut(QPainter* painter, const QRectF& target, Palette::Variant variant) const;

    mm::dbg::PositionComparison m_comparison;
    QString m_machine; // "128 MB RAM"
};

} // namespace mmvis
