#include "frameinfo.h"

#include <QCoreApplication>

#include "dbg/inspector.h"
#include "hw/paginggeometry.h"
#include "sim/simulator.h"

namespace mmvis {

std::optional<FrameOwner> FrameInfo::owner(const mm::sim::Simulator& sim, quint32 pfn)
{
    const auto& db = sim.pfnDatabase();
    if (pfn >= db.size())
        return std::nullopt;
    const mm::MmPfn& e = db[pfn];
    const auto location = e.location();
    if (location == mm::PageLocation::Zeroed || location == mm::PageLocation::Free || location == mm::PageLocation::Bad)
        return std::nullopt;
    const auto& geo = mm::hw::kX86Geometry;
    const quint32 pteAddress = e.pteAddress & ~mm::MmPfn::PteAddressDeleted;
    if (!geo.isPteWindow(pteAddress) || e.pteFrame >= db.size())
        return std::nullopt;
    // The page table's own PFN names the page directory; the directory's names the process.
    quint32 directory = e.pteFrame;
    if (!(pteAddress >= geo.pdeBase && pteAddress < geo.pdeBase + mm::hw::kPageSize))
        directory = db[e.pteFrame].pteFrame;
    if (directory >= db.size())
        return std::nullopt;
    const auto* process = sim.processes().findByEprocess(db[directory].u1);
    if (!process || process->vm.pages.pageDirectory != directory)
        return std::nullopt;
    return FrameOwner {process->cid, geo.vaForPteAddress(pteAddress), pteAddress};
}

std::optional<mm::PageLocation> FrameInfo::list(const mm::sim::Simulator& sim, std::optional<quint32> pfn)
{
    const auto& db = sim.pfnDatabase();
    if (!pfn || *pfn >= db.size())
        return std::nullopt;
    return db[*pfn].location();
}

QString FrameInfo::describe(const mm::sim::Simulator& sim, quint32 pfn)
{
    if (pfn >= sim.pfnDatabase().size())
        return {};
    QString text = QString::fromStdString(mm::dbg::Inspector(sim).pfn(pfn)).trimmed();
    if (auto o = owner(sim, pfn)) {
        const auto* p = sim.processes().findByCid(o->cid);
        text += QCoreApplication::translate("mmvis::FrameInfo", "\nMapped by the PTE at %1 in %2 (Cid %3): VA %4")
                    .arg(o->pteAddress, 8, 16, QLatin1Char('0'))
                    .arg(p ? QString::fromStdString(p->imageName) : QString())
                    .arg(o->cid, 4, 16, QLatin1Char('0'))
                    .arg(o->va, 8, 16, QLatin1Char('0'));
    }
    return text;
}

} // namespace mmvis
