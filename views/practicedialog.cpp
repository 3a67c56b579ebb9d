#include "practicedialog.h"

#include "messages.h"
#include "palette.h"
#include "simulationcontroller.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mmvis {

PracticeDialog::PracticeDialog(SimulationController& controller, QWidget* parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_progress(new QLabel(this))
    , m_question(new QLabel(this))
    , m_answer(new QLineEdit(this))
    , m_check(new QPushButton(tr("&Check"), this))
    , m_verdict(new QLabel(this))
    , m_solution(new QLabel(this))
    , m_traceTitle(new QLabel(tr("What the machine does (on a copy; yours is unchanged):"), this))
    , m_trace(new QPlainTextEdit(this))
    , m_next(new QPushButton(tr("&Next Question"), this))
{
    m_trace->setReadOnly(true);
    m_trace->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_trace->setAccessibleName(tr("What the machine does"));
    setWindowTitle(tr("Practice"));
    m_question->setWordWrap(true);
    m_solution->setWordWrap(true);
    m_solution->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = font();
    big.setPixelSize(18);
    m_question->setFont(big);
    m_answer->setFont(big);
    m_verdict->setFont(big);
    m_solution->setFont(big);
    QFont traceFont = font();
    traceFont.setPixelSize(15);
    m_trace->setFont(traceFont);
    QFont score = font();
    score.setPixelSize(15);
    score.setBold(true);
    m_progress->setFont(score);
    m_answer->setPlaceholderText(tr("Your answer: addresses in hex, a routine, a list..."));
    m_check->setDefault(true);

    auto* answerRow = new QHBoxLayout;
    answerRow->addWidget(m_answer, 1);
    answerRow->addWidget(m_check);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_question);
    layout->addLayout(answerRow);
    layout->addWidget(m_verdict);
    layout->addWidget(m_solution);
    layout->addWidget(m_traceTitle);
    layout->addWidget(m_trace, 1);
    layout->addStretch(); // takes the room while there is no trace
    layout->addWidget(m_next, 0, Qt::AlignRight);
    resize(760, 520);

    connect(m_check, &QPushButton::clicked, this, [this] { answer(m_answer->text()); });
    connect(m_answer, &QLineEdit::returnPressed, this, [this] {
        if (m_checked)
            next();
        else
            answer(m_answer->text());
    });
    connect(m_next, &QPushButton::clicked, this, &PracticeDialog::next);
}

bool PracticeDialog::start(uint64_t seed, size_t count)
{
    m_questions = mm::dbg::makeQuiz(m_controller.simulator(), count, seed);
    m_current = m_questions.empty() ? -1 : 0;
    showQuestion();
    return !m_questions.empty();
}

const mm::dbg::QuizQuestion* PracticeDialog::currentQuestion() const
{
    return m_current >= 0 && m_current < int(m_questions.size()) ? &m_questions[size_t(m_current)] : nullptr;
}

QString PracticeDialog::question() const
{
    const auto* q = currentQuestion();
    return q ? translated(q->questionText) : QString();
}

QString PracticeDialog::inEnglish(const QString& text)
{
    // The answer checker reads the words that matter in English (the list a page goes to,
    // what a PTE says, the kind of fault): a student may type them in the interface's
    // language, so each one's translation is read as the English word.
    static const char* const words[] = {
        QT_TRANSLATE_NOOP("mmvis::PracticeDialog", "valid"),
        QT_TRANSLATE_NOOP("mmvis::PracticeDialog", "transition"),
        QT_TRANSLATE_NOOP("mmvis::PracticeDialog", "demand zero"),
        QT_TRANSLATE_NOOP("mmvis::PracticeDialog", "paging file"),
        QT_TRANSLATE_NOOP("mmvis::PracticeDialog", "prototype"),
        QT_TRANSLATE_NOOP("mmvis::PracticeDialog", "soft fault"),
        QT_TRANSLATE_NOOP("mmvis::PracticeDialog", "hard fault"),
    };
    QString english = text;
    for (const char* w : words) {
        const QString local = tr(w);
        if (local != QLatin1String(w))
            english.replace(local, QLatin1String(w), Qt::CaseInsensitive);
    }
    // The page lists by the names the views give them.
    for (const mm::PageLocation l :
        {mm::PageLocation::Modified, mm::PageLocation::Standby, mm::PageLocation::Free, mm::PageLocation::Zeroed}) {
        const QString local = Palette::name(l);
        const QString nt = QString::fromLatin1(mm::pageLocationName(l));
        if (local != nt)
            english.replace(local, nt, Qt::CaseInsensitive);
    }
    return english;
}

bool PracticeDialog::answer(const QString& text)
{
    const auto* q = currentQuestion();
    if (!q || m_checked)
        return false;
    const bool ok = mm::dbg::checkAnswer(*q, inEnglish(text).toStdString());
    m_checked = true;
    ++m_answered;
    m_right += ok ? 1 : 0;
    m_verdict->setText(ok ? tr("<span style=\"color:#1e8449\"><b>Right.</b></span>")
                          : tr("<span style=\"color:#c0392b\"><b>Not quite.</b></span>"));
    m_solution->setText(tr("The answer: %1").arg(translated(q->answerText)));
    m_check->setEnabled(false);
    m_next->setEnabled(m_current + 1 < int(m_questions.size()));
    updateScore();
    using Kind = mm::dbg::QuizQuestion::Kind;
    if (!q->rehearsal.empty()) {
        QApplication::setOverrideCursor(Qt::WaitCursor); // a copy of the session is replayed
        const QString trace = m_controller.rehearse(*q);
        QApplication::restoreOverrideCursor();
        m_trace->setPlainText(trace);
        m_traceTitle->setVisible(!trace.isEmpty());
        m_trace->setVisible(!trace.isEmpty());
    }
    if (q->kind == Kind::DirectoryDiff)
        emit compareRequested(q->cid, q->otherCid);
    else if (q->kind != Kind::SelfMap && q->kind != Kind::SpawnZeroed)
        emit explainRequested(q->cid, q->va);
    return ok;
}

QString PracticeDialog::trace() const
{
    return m_trace->isHidden() ? QString() : m_trace->toPlainText();
}

void PracticeDialog::next()
{
    if (m_current + 1 < int(m_questions.size())) {
        ++m_current;
        showQuestion();
    }
}

void PracticeDialog::showQuestion()
{
    m_checked = false;
    m_answer->clear();
    m_verdict->clear();
    m_solution->clear();
    m_trace->clear();
    m_traceTitle->hide();
    m_trace->hide();
    m_check->setEnabled(currentQuestion());
    m_next->setEnabled(false);
    m_question->setText(currentQuestion()
            ? question()
            : tr("There is nothing to ask about yet: spawn a process and touch some memory, then practise."));
    updateScore();
    m_answer->setFocus();
}

void PracticeDialog::updateScore()
{
    m_progress->setText(currentQuestion() ? tr("Question %1 of %2. Score: %3 of %4")
                                                .arg(m_current + 1)
                                                .arg(m_questions.size())
                                                .arg(m_right)
                                                .arg(m_answered)
                                          : QString());
}

} // namespace mmvis
