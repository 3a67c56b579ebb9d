#pragma once

#include "dbg/lesson.h"

#include <QWidget>

#include <vector>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace mmvis {

class SimulationController;

// The lesson player: the lesson's title, step n of m, the step's caption in large type,
// its question (the answer on request), Back / Next / Restart and the list of steps.
// Reaching a step runs its commands (the first time) or goes to the position they led to
// (time travel), so going back and forward shows exactly the same machine. Keys, as a
// presentation clicker sends them: Next = Space, Page Down, Right; Back = Page Up, Left;
// Restart = Home.
class LessonPlayer : public QWidget {
    Q_OBJECT
public:
    explicit LessonPlayer(SimulationController& controller, QWidget* parent = nullptr);

    // Boots a fresh 128 MB machine and shows the first step; false (and error: the line
    // and what is wrong) for a file that is not a lesson, and nothing changes.
    bool load(const QString& text, const QString& name, QString* error);
    bool loaded() const { return !m_lesson.steps.empty(); }
    QString title() const;
    int stepCount() const { return int(m_lesson.steps.size()); }
    int currentStep() const { return m_step; }
    QString caption() const; // the current step's caption, as plain text
    // The first line of the lesson that did not run or whose .expect failed (shown under
    // the caption); empty when the lesson matches the simulator.
    QString failure() const { return m_failure; }

    void next();
    void back();
    void restart();
    void goToStep(int step);
    void setTextScale(qreal scale); // with the diagrams' zoom and presentation mode
    // Asks again for the current step's views (after the window's layout changed).
    void refocus();

signals:
    // .focus <view> <arguments>: the window brings the view forward.
    void focusRequested(const QString& view, const QString& arguments);
    void stepShown(int step);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    bool runStep(int step); // its commands, the first time; false when one failed
    void show(int step);
    void updateFonts();
    void fitCaption(); // the caption's longest word fits its width (a routine name on a projector)

    SimulationController& m_controller;
    mm::dbg::LessonFile m_lesson;
    int m_step = -1;
    std::vector<size_t> m_positionAfter; // after each step's commands (0 until first run)
    std::vector<bool> m_ran;
    QString m_failure; // the first command of the lesson that failed
    qreal m_scale = 1.0;

    QLabel* m_title;
    QLabel* m_stepLabel;
    QTextBrowser* m_caption;
    QLabel* m_question;
    QPushButton* m_showAnswer;
    QLabel* m_answer;
    QPushButton* m_back;
    QPushButton* m_next;
    QPushButton* m_restart;
    QListWidget* m_steps;
};

} // namespace mmvis
