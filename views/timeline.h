#pragma once

#include <QWidget>

namespace mmvis {

class SimulationController;

// The session's timeline: a mark for every recorded command (position 1 to the last), the
// current position marked, the recorded future paler. Clicking or dragging goes to a
// position (goToRequested: the window runs `!tt n`); hovering names the command there. With
// the keyboard: Left/Right one command back or forward (t-, t), Home/End to the start or
// the last recorded position (g-, g).
class Timeline : public QWidget {
    Q_OBJECT
public:
    explicit Timeline(SimulationController& controller, QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // The position at x (widget coordinates), and the x of a position.
    size_t positionAt(int x) const;
    int xOf(size_t position) const;

signals:
    void goToRequested(size_t position);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRect track() const;
    void goTo(size_t position);

    SimulationController& m_controller;
};

} // namespace mmvis
