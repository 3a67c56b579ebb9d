#include "lessonplayer.h"

#include "messages.h"

#include "simulationcontroller.h"

#include "dbg/command.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <variant>

namespace mmvis {

namespace {

// What a step shows: its caption paragraphs (with **bold** and `code`), its question and
// answer, its focus requests; computed from its lines, without running them.
struct StepText {
    QStringList paragraphs;
    QString question;
    QString answer;
    QList<std::pair<QString, QString>> focus;
};

QString htmlOf(const QString& text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QRegularExpression(QStringLiteral("\\*\\*(.+?)\\*\\*")), QStringLiteral("<b>\\1</b>"));
    html.replace(QRegularExpression(QStringLiteral("`(.+?)`")), QStringLiteral("<code>\\1</code>"));
    return html;
}

QString plainOf(const QString& text)
{
    QString plain = text;
    plain.remove(QStringLiteral("**"));
    plain.remove(QLatin1Char('`'));
    return plain;
}

StepText textOf(const mm::dbg::LessonStep& step)
{
    StepText t;
    bool paragraphOpen = false;
    for (const auto& line : step.lines) {
        const auto command = mm::dbg::parseCommand(line.text); // the lesson parsed already
        if (!command)
            continue;
        if (const auto* d = std::get_if<mm::dbg::args::Lesson>(&command->arguments)) {
            using Kind = mm::dbg::args::Lesson::Kind;
            const QString text = QString::fromStdString(d->text);
            if (d->kind == Kind::Say) {
                if (text.isEmpty()) {
                    paragraphOpen = false;
                } else if (paragraphOpen) {
                    t.paragraphs.last() += QLatin1Char(' ') + text;
                } else {
                    t.paragraphs << text;
                    paragraphOpen = true;
                }
            } else if (d->kind == Kind::Ask) {
                t.question = text;
            } else if (d->kind == Kind::Answer) {
                t.answer = text;
            }
        } else if (const auto* f = std::get_if<mm::dbg::args::Focus>(&command->arguments)) {
            t.focus.append({QString::fromStdString(f->view), QString::fromStdString(f->arguments)});
        }
    }
    return t;
}

} // namespace

LessonPlayer::LessonPlayer(SimulationController& controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_title(new QLabel(this))
    , m_stepLabel(new QLabel(this))
    , m_caption(new QTextBrowser(this))
    , m_question(new QLabel(this))
    , m_showAnswer(new QPushButton(tr("Show the &Answer"), this))
    , m_answer(new QLabel(this))
    , m_back(new QPushButton(tr("< &Back"), this))
    , m_next(new QPushButton(tr("&Next >"), this))
    , m_restart(new QPushButton(tr("&Restart"), this))
    , m_steps(new QListWidget(this))
{
    setFocusPolicy(Qt::StrongFocus);
    m_title->setWordWrap(true);
    m_stepLabel->setWordWrap(true);
    m_question->setWordWrap(true);
    m_answer->setWordWrap(true);
    m_caption->setOpenLinks(false);
    m_caption->setFocusPolicy(Qt::NoFocus);
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_back->setToolTip(tr("Back to the previous step (Page Up, Left)"));
    m_next->setToolTip(tr("The next step (Space, Page Down, Right)"));
    m_restart->setToolTip(tr("Back to the first step (Home)"));
    for (QPushButton* b : {m_back, m_next, m_restart, m_showAnswer})
        b->setFocusPolicy(Qt::NoFocus);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addStretch();
    buttons->addWidget(m_restart);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_stepLabel);
    layout->addWidget(m_caption, 3);
    layout->addWidget(m_question);
    layout->addWidget(m_showAnswer, 0, Qt::AlignLeft);
    layout->addWidget(m_answer);
    layout->addLayout(buttons);
    layout->addWidget(m_steps, 1);

    connect(m_next, &QPushButton::clicked, this, &LessonPlayer::next);
    connect(m_back, &QPushButton::clicked, this, &LessonPlayer::back);
    connect(m_restart, &QPushButton::clicked, this, &LessonPlayer::restart);
    connect(m_showAnswer, &QPushButton::clicked, this, [this] {
        m_answer->show();
        m_showAnswer->hide();
    });
    connect(
        m_steps, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) { goToStep(m_steps->row(item)); });
    connect(m_steps, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) { goToStep(m_steps->row(item)); });
    updateFonts();
    show(-1);
}

QString LessonPlayer::title() const
{
    return QString::fromStdString(m_lesson.title);
}

bool LessonPlayer::load(const QString& text, const QString& name, QString* error)
{
    mm::dbg::LessonFile lesson;
    std::string why;
    mm::sim::Message message;
    if (!mm::dbg::parseLesson(text.toStdString(), &lesson, &why, &message)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(name, translated(message));
        return false;
    }
    QString bootError;
    if (!m_controller.reset(128ull << 20, &bootError)) {
        if (error)
            *error = bootError;
        return false;
    }
    m_lesson = std::move(lesson);
    m_positionAfter.assign(m_lesson.steps.size(), 0);
    m_ran.assign(m_lesson.steps.size(), false);
    m_failure.clear();
    for (const auto& line : m_lesson.preamble) {
        if (!m_controller.execute(QString::fromStdString(line.text)) && m_failure.isEmpty())
            m_failure = tr("line %1 did not run: %2").arg(line.number).arg(QString::fromStdString(line.text));
    }
    m_steps->clear();
    for (size_t i = 0; i < m_lesson.steps.size(); ++i)
        m_steps->addItem(QStringLiteral("%1. %2").arg(i + 1).arg(QString::fromStdString(m_lesson.steps[i].title)));
    m_step = -1;
    goToStep(0);
    return true;
}

bool LessonPlayer::runStep(int step)
{
    bool ok = true;
    for (const auto& line : m_lesson.steps[size_t(step)].lines) {
        const auto command = mm::dbg::parseCommand(line.text);
        if (!command || std::holds_alternative<mm::dbg::args::Lesson>(command->arguments)
            || std::holds_alternative<mm::dbg::args::Focus>(command->arguments))
            continue; // what the player shows, not what the machine runs
        if (!m_controller.execute(QString::fromStdString(line.text)) && ok) {
            ok = false;
            if (m_failure.isEmpty())
                m_failure = tr("line %1 no longer shows what the lesson says: %2 (the console says why)")
                                .arg(line.number)
                                .arg(QString::fromStdString(line.text));
        }
    }
    m_ran[size_t(step)] = true;
    m_positionAfter[size_t(step)] = m_controller.position();
    return ok;
}

void LessonPlayer::goToStep(int step)
{
    if (!loaded() || step < 0 || step >= stepCount())
        return;
    // A step reached before: the machine goes to where its commands led (the recorded
    // commands are still there unless someone typed others meanwhile). Else the steps up
    // to it run, in order.
    if (m_ran[size_t(step)] && m_positionAfter[size_t(step)] <= m_controller.end()) {
        if (m_controller.position() != m_positionAfter[size_t(step)])
            m_controller.execute(QStringLiteral("!tt %1").arg(m_positionAfter[size_t(step)]));
    } else {
        for (int s = 0; s <= step; ++s) {
            if (!m_ran[size_t(s)] || m_positionAfter[size_t(s)] > m_controller.end()) {
                if (s > 0 && m_controller.position() != m_positionAfter[size_t(s - 1)])
                    m_controller.execute(QStringLiteral("!tt %1").arg(m_positionAfter[size_t(s - 1)]));
                runStep(s);
            }
        }
    }
    show(step);
}

void LessonPlayer::next()
{
    if (m_step + 1 < stepCount())
        goToStep(m_step + 1);
}

void LessonPlayer::back()
{
    if (m_step > 0)
        goToStep(m_step - 1);
}

void LessonPlayer::restart()
{
    goToStep(0);
}

void LessonPlayer::show(int step)
{
    m_step = step;
    const bool any = loaded() && step >= 0;
    m_title->setText(any ? title() : tr("No lesson open: Lessons > a lesson, or mmvis --lesson <name>"));
    m_back->setEnabled(any && step > 0);
    m_next->setEnabled(any && step + 1 < stepCount());
    m_restart->setEnabled(any && step > 0);
    if (!any) {
        m_stepLabel->clear();
        m_caption->clear();
        m_question->hide();
        m_showAnswer->hide();
        m_answer->hide();
        return;
    }
    const auto& s = m_lesson.steps[size_t(step)];
    m_stepLabel->setText(tr("Step %1 of %2: %3").arg(step + 1).arg(stepCount()).arg(QString::fromStdString(s.title)));
    const StepText t = textOf(s);
    QString html;
    for (const QString& p : t.paragraphs)
        html += QStringLiteral("<p>") + htmlOf(p) + QStringLiteral("</p>");
    if (!m_failure.isEmpty())
        html += QStringLiteral("<p style=\"color:#c0392b\"><b>%1</b> %2</p>")
                    .arg(tr("This lesson no longer matches the simulator:"), m_failure.toHtmlEscaped());
    m_caption->setHtml(html);
    fitCaption();
    m_question->setText(t.question.isEmpty() ? QString() : tr("<b>Question:</b> %1").arg(htmlOf(t.question)));
    m_answer->setText(t.answer.isEmpty() ? QString() : tr("<b>Answer:</b> %1").arg(htmlOf(t.answer)));
    m_question->setVisible(!t.question.isEmpty());
    m_showAnswer->setVisible(!t.answer.isEmpty());
    m_answer->hide();
    m_steps->setCurrentRow(step);
    refocus();
    emit stepShown(step);
}

QString LessonPlayer::caption() const
{
    if (!loaded() || m_step < 0)
        return {};
    return plainOf(textOf(m_lesson.steps[size_t(m_step)]).paragraphs.join(QStringLiteral("\n")));
}

void LessonPlayer::setTextScale(qreal scale)
{
    m_scale = scale;
    updateFonts();
}

void LessonPlayer::updateFonts()
{
    QFont base = font();
    QFont title = base;
    title.setPixelSize(int(19 * m_scale));
    title.setBold(true);
    m_title->setFont(title);
    QFont step = base;
    step.setPixelSize(int(15 * m_scale));
    step.setBold(true);
    m_stepLabel->setFont(step);
    QFont caption = base;
    caption.setPixelSize(int(17 * m_scale));
    m_caption->setFont(caption);
    fitCaption();
    // The step list stays short: the caption is what matters.
    m_steps->setMaximumHeight(QFontMetrics(m_steps->font()).height() * 6);
    m_question->setFont(caption);
    m_answer->setFont(caption);
}

void LessonPlayer::fitCaption()
{
    // Long words (MmCreateProcessAddressSpace) would otherwise break in the middle: the
    // caption's type shrinks, down to 12 px, until the longest one fits on a line.
    const int wanted = int(17 * m_scale);
    QFont font = m_caption->font();
    font.setPixelSize(wanted);
    const int width = m_caption->viewport()->width() - 2 * int(m_caption->document()->documentMargin()) - 4;
    const QStringList words = m_caption->toPlainText().split(QRegularExpression(QStringLiteral("\\s+")));
    while (font.pixelSize() > 12) {
        const QFontMetrics metrics(font);
        int longest = 0;
        for (const QString& w : words)
            longest = std::max(longest, metrics.horizontalAdvance(w));
        if (longest <= width)
            break;
        font.setPixelSize(font.pixelSize() - 1);
    }
    if (font != m_caption->font())
        m_caption->setFont(font);
}

void LessonPlayer::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitCaption();
}

void LessonPlayer::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Space:
    case Qt::Key_PageDown:
    case Qt::Key_Right:
        next();
        return;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
        back();
        return;
    case Qt::Key_Home:
        restart();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void LessonPlayer::refocus()
{
    if (m_step < 0 || m_step >= stepCount())
        return;
    for (const auto& [view, arguments] : textOf(m_lesson.steps[size_t(m_step)]).focus)
        emit focusRequested(view, arguments);
}

} // namespace mmvis
