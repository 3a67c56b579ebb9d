#pragma once

#include <QtGlobal>

namespace mm::ps {
class ProcessManager;
}

namespace mmvis {

// Which process the compare view puts beside the selected one. The one chosen before,
// while it exists and is not the selected process; otherwise the selected process's parent
// (if it still exists), else the process created just before it, else any other. 0 when
// there is no other process.
quint16 chooseCompareCid(const mm::ps::ProcessManager& processes, quint16 selected, quint16 chosenBefore);

} // namespace mmvis
