#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace mm::sim {
class Simulator;
}

namespace mmvis {

// Small dialogs that compose a console command for an action; nothing runs until the
// command is executed, so every action is also a line a script could hold.
namespace CommandDialogs {
std::optional<QString> spawn(QWidget* parent, const mm::sim::Simulator& sim, quint16 selectedCid);
std::optional<QString> allocate(QWidget* parent);
std::optional<QString> access(QWidget* parent, std::optional<quint32> va);
} // namespace CommandDialogs

} // namespace mmvis
