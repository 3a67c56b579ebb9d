#include "consoleoutput.h"

#include <QMouseEvent>
#include <QTextBlock>
#include <QTextCursor>

namespace mmvis {

namespace {
// A link's anchor: its kind and value, from which findLinks' result is rebuilt.
QString anchorOf(const mm::dbg::OutputLink& link)
{
    return QStringLiteral("mmvis:%1/%2/%3")
        .arg(int(link.kind))
        .arg(link.value, 0, 16)
        .arg(QString::fromStdString(link.command));
}

std::optional<mm::dbg::OutputLink> linkOf(const QString& anchor)
{
    if (!anchor.startsWith(QLatin1String("mmvis:")))
        return std::nullopt;
    const QStringList parts = anchor.mid(6).split(QLatin1Char('/'));
    if (parts.size() != 3)
        return std::nullopt;
    mm::dbg::OutputLink link;
    link.kind = static_cast<mm::dbg::OutputLink::Kind>(parts[0].toInt());
    link.value = parts[1].toUInt(nullptr, 16);
    link.command = parts[2].toStdString();
    return link;
}
} // namespace

ConsoleOutput::ConsoleOutput(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setMouseTracking(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

void ConsoleOutput::appendCommand(const QString& line, const QString& output, bool ok, const QString& error)
{
    appendPlainText(QStringLiteral("kd> ") + line);
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    QTextCharFormat plain;
    QTextCharFormat linked;
    linked.setAnchor(true);
    linked.setForeground(palette().link());
    linked.setFontUnderline(true);
    const QString text = output.endsWith(QLatin1Char('\n')) ? output.chopped(1) : output;
    if (!output.isEmpty()) {
        for (const QString& row : text.split(QLatin1Char('\n'))) {
            cursor.insertBlock();
            // The output is ASCII (WinDbg's formats), so byte offsets are character offsets.
            const std::string bytes = row.toStdString();
            size_t at = 0;
            for (const mm::dbg::OutputLink& link : mm::dbg::findLinks(bytes)) {
                cursor.insertText(row.mid(int(at), int(link.begin - at)), plain);
                linked.setAnchorHref(anchorOf(link));
                linked.setToolTip(tr("Select it in every view and run %1").arg(QString::fromStdString(link.command)));
                cursor.insertText(row.mid(int(link.begin), int(link.length)), linked);
                at = link.begin + link.length;
            }
            cursor.insertText(row.mid(int(at)), plain);
        }
    }
    if (!ok) {
        cursor.insertBlock();
        cursor.insertText(tr("error: %1").arg(error), plain);
    }
    cursor.endEditBlock();
    ensureCursorVisible();
    moveCursor(QTextCursor::End);
}

std::optional<mm::dbg::OutputLink> ConsoleOutput::linkAt(const QPoint& pos) const
{
    return linkOf(anchorAt(pos));
}

QRect ConsoleOutput::linkRect(int block, const mm::dbg::OutputLink& link) const
{
    QTextCursor cursor(document()->findBlockByNumber(block));
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, int(link.begin));
    const QRect first = cursorRect(cursor);
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, int(link.length));
    return first.united(cursorRect(cursor));
}

void ConsoleOutput::mouseMoveEvent(QMouseEvent* event)
{
    QPlainTextEdit::mouseMoveEvent(event);
    viewport()->setCursor(linkAt(event->position().toPoint()) ? Qt::PointingHandCursor : Qt::IBeamCursor);
}

void ConsoleOutput::mousePressEvent(QMouseEvent* event)
{
    m_pressedAt = event->position().toPoint();
    QPlainTextEdit::mousePressEvent(event);
}

void ConsoleOutput::mouseReleaseEvent(QMouseEvent* event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    const QPoint at = event->position().toPoint();
    // A click, not the end of a selection drag.
    if (event->button() != Qt::LeftButton || (at - m_pressedAt).manhattanLength() > 4)
        return;
    if (const auto link = linkAt(at))
        emit linkActivated(*link);
}

} // namespace mmvis
