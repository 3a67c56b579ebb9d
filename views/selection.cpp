#include "selection.h"

namespace mmvis {

void Selection::setCid(quint16 cid)
{
    if (cid == m_cid)
        return;
    m_cid = cid;
    emit processChanged(cid);
}

void Selection::setVa(std::optional<quint32> va)
{
    if (va == m_va)
        return;
    m_va = va;
    emit vaChanged(va);
}

void Selection::setPfn(std::optional<quint32> pfn)
{
    if (pfn == m_pfn)
        return;
    m_pfn = pfn;
    emit pfnChanged(pfn);
}

void Selection::setCompareCid(quint16 cid)
{
    if (cid == m_compareCid)
        return;
    m_compareCid = cid;
    emit compareChanged(cid);
}

} // namespace mmvis
