#pragma once

#include "sim/message.h"

#include <QCoreApplication>
#include <QString>

namespace mmvis {

// A core sentence in the interface's language: its template translated in its context
// (as it is when it has none), then its arguments, each translated the same way.
inline QString translated(const mm::sim::Message& message)
{
    QString text = message.context.empty()
        ? QString::fromStdString(message.source)
        : QCoreApplication::translate(message.context.c_str(), message.source.c_str());
    for (const mm::sim::Message& arg : message.args)
        text = text.arg(translated(arg));
    return text;
}

} // namespace mmvis
