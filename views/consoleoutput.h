#pragma once

#include "dbg/links.h"

#include <QPlainTextEdit>

#include <optional>

namespace mmvis {

// The console's transcript: each command as "kd> ..." and what it printed, in which the
// processes, frames, addresses and PTEs named are links, as WinDbg's DML makes them
// (mm::dbg::findLinks). Clicking one reports it; the window then selects it in every
// view and runs the command that shows it.
class ConsoleOutput : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit ConsoleOutput(QWidget* parent = nullptr);

    // Appends a command with its output (links made) and its error, if any.
    void appendCommand(const QString& line, const QString& output, bool ok, const QString& error);
    // The link at a point of the viewport, if there is one.
    std::optional<mm::dbg::OutputLink> linkAt(const QPoint& pos) const;
    // Where a link of a line (a block of the document) is on screen.
    QRect linkRect(int block, const mm::dbg::OutputLink& link) const;

signals:
    void linkActivated(const mm::dbg::OutputLink& link);

protected:
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    QPoint m_pressedAt;
};

} // namespace mmvis
