#include "comparechoice.h"

#include "ps/processmanager.h"

namespace mmvis {

quint16 chooseCompareCid(const mm::ps::ProcessManager& processes, quint16 selected, quint16 chosenBefore)
{
    const auto& list = processes.processes(); // in order of creation
    auto exists = [&](quint16 cid) { return cid != 0 && processes.findByCid(cid) != nullptr; };
    if (chosenBefore != selected && exists(chosenBefore))
        return chosenBefore;
    const auto* self = processes.findByCid(selected);
    if (self && self->parentCid != selected && exists(self->parentCid))
        return self->parentCid;
    quint16 previous = 0;
    for (const auto& p : list) {
        if (p->cid == selected)
            break;
        previous = p->cid;
    }
    if (previous)
        return previous;
    for (const auto& p : list) {
        if (p->cid != selected)
            return p->cid;
    }
    return 0;
}

} // namespace mmvis
