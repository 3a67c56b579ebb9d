#pragma once

#include "diagram.h"
#include "translation.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSlider;
class QTimer;
class QToolButton;

namespace mmvis {

class SimulationController;
class Selection;

// Draws a Translation up to its current step.
class TranslationCanvas : public QWidget, public Diagram {
    Q_OBJECT
public:
    TranslationCanvas(SimulationController& controller, QWidget* parent = nullptr);

    void setTranslation(const Translation& t, const QString& processName);
    const Translation& translation() const { return m_translation; }
    int step() const { return m_step; }
    void setStep(int step);

    QString diagramName() const override { return QStringLiteral("translation"); }
    QString diagramTitle() const override;
    QSizeF naturalSize() const override { return {1200, 760}; }
    void render(QPainter& painter, const QRectF& target, Palette::Variant variant) override;
    // Below kRowWidth the walk folds into two rows (CR3 and the directory, then the frame
    // and the table), so a book column still gets 13 px text.
    qreal minimumLayoutWidth() const override { return 420; }
    qreal layoutHeight(qreal width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    static constexpr qreal kRowWidth = 1000; // narrower than this, the walk takes two rows
    // Where everything goes in a target rectangle.
    struct Layout {
        bool folded = false; // the walk in two rows
        bool wide = false; // a short, wide canvas: the steps beside the walk
        QRectF address, cr3, directory, table, frame;
        QRectF chain; // the fault's routines, as chevrons (in rows when folded)
        QRectF steps;
    };
    Layout layout(const QRectF& target) const;
    // The routines of the fault path up to step `upTo`, one per run of steps.
    QStringList faultRoutines(int upTo) const;
    static int chainRows(const QStringList& routines, qreal width);
    bool reached(Translation::Phase phase) const;
    void drawAddress(QPainter& p, const QRectF& r) const;
    void drawTable(QPainter& p, const QRectF& r, const QString& title, uint32_t base, uint32_t index, uint32_t value,
        bool active, Palette::Variant variant) const;
    void drawSteps(QPainter& p, const QRectF& r) const;

    SimulationController& m_controller;
    Translation m_translation;
    QString m_process;
    int m_step = 0;
};

// The translation view: type or pick a VA and watch it translate, step by step; Access
// makes the access for real (a read by the current process), so a fault is resolved by
// the core first and then replayed.
class TranslationView : public QWidget {
    Q_OBJECT
public:
    TranslationView(SimulationController& controller, Selection& selection, QWidget* parent = nullptr);

    TranslationCanvas* canvas() const { return m_canvas; }
    void translate(uint32_t va); // a look-up, changes nothing
    bool access(uint32_t va); // a read by the current process: may fault
    void play();
    void pause();
    void stepForward();
    void stepBack();
    void toEnd();

protected:
    void showEvent(QShowEvent* event) override;

private:
    // With nothing to show yet: the lowest valid user page of the selected process, so the
    // view is not blank once the process has one.
    void fillIfEmpty();
    std::optional<uint32_t> addressFromEdit();
    void setPlaying(bool playing);

    SimulationController& m_controller;
    Selection& m_selection;
    TranslationCanvas* m_canvas = nullptr;
    QLineEdit* m_address = nullptr;
    QCheckBox* m_selfMap = nullptr;
    QToolButton* m_play = nullptr;
    QSlider* m_speed = nullptr;
    QTimer* m_timer = nullptr;
    QLabel* m_position = nullptr;
};

} // namespace mmvis
