#pragma once

#include "dbg/quiz.h"

#include <QDialog>

#include <vector>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace mmvis {

class SimulationController;

// Lessons > Practice: questions made from the machine as it is, one at a time. The student
// types an answer and checks it; the dialog says whether it is right, shows the full
// answer and, where the machine can act it out, what it does (the trim, the fault, the
// new process's pages: mm::dbg::rehearse, on a copy), and asks the window to show the
// rest (the translation of the address, or the two directories compared). The score
// counts the session's answers.
class PracticeDialog : public QDialog {
    Q_OBJECT
public:
    PracticeDialog(SimulationController& controller, QWidget* parent = nullptr);

    // A new set of questions from the machine now; false when it has no user page yet.
    bool start(uint64_t seed, size_t count = 10);
    int current() const { return m_current; }
    int right() const { return m_right; }
    int answered() const { return m_answered; }
    QString question() const;
    const mm::dbg::QuizQuestion* currentQuestion() const;
    // As typing the answer and pressing Check: whether it was right.
    bool answer(const QString& text);
    // A typed answer with the words the checker reads (in the interface's language) in
    // English.
    static QString inEnglish(const QString& text);
    void next();
    QString trace() const; // what the machine does, as shown after checking

signals:
    // Show why: the question's process and address (the window translates it).
    void explainRequested(quint16 cid, quint32 va);
    // Show why: the two processes' page directories side by side.
    void compareRequested(quint16 cid, quint16 otherCid);

private:
    void showQuestion();
    void updateScore();

    SimulationController& m_controller;
    std::vector<mm::dbg::QuizQuestion> m_questions;
    int m_current = -1;
    int m_right = 0;
    int m_answered = 0;
    bool m_checked = false;

    QLabel* m_progress;
    QLabel* m_question;
    QLineEdit* m_answer;
    QPushButton* m_check;
    QLabel* m_verdict;
    QLabel* m_solution;
    QLabel* m_traceTitle;
    QPlainTextEdit* m_trace;
    QPushButton* m_next;
};

} // namespace mmvis
