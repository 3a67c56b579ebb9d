#pragma once

#include "sim/message.h"

#include <QCoreApplication>
#include <QString>

namespace mmvis {

// A core sentence in the interface's language: its template translated in its context,
// then its arguments filled in (English when there is no translation).
inline QString translated(const mm::sim::Message& message)
{
    QString text = QCoreApplication::translate(message.context, message.source);
    for (const std::string& arg : message.args)
        text = text.arg(QString::fromStdString(arg));
    return text;
}

} // namespace mmvis
