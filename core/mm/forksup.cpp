// Process creation with no section: the child is a clone of its parent (NT's forksup.c,
// MiCloneProcessAddressSpace). Every private page of the parent moves into a clone block
// (prototype PTEs in paged pool) that both processes map; a write by either copies it.
#include "hw/protection.h"
#include "mm/memorymanager.h"
#include "mm/ntstatus.h"

#include <vector>

namespace mm {

using hw::Pfn;
using hw::VirtualAddress;
using sim::Routine;
namespace pte = hw::pte;
namespace prot = hw::protection;

std::optional<MemoryManager::CloneResult> MemoryManager::cloneAddressSpace(
    AddressSpace& parent, AddressSpace& child, status::Refusal* refusal)
{
    const auto& geo = geometry();
    auto fail = [&](uint32_t code, const std::string& why) -> std::optional<CloneResult> {
        if (refusal)
            *refusal = {code, why};
        return std::nullopt;
    };
    const uint32_t userPdes = geo.pdeIndex(hw::kSystemRangeStart);

    m_context->attach(parent);
    // What the child will need: a page table wherever the parent has one, and the commit
    // of the parent's private ranges. Pages are found first: finding them may trim.
    uint32_t tables = 0;
    for (uint32_t i = 0; i < userPdes; ++i)
        tables += (readPte(geo.pdeBase + i * 4) & pte::Valid) ? 1 : 0;
    uint32_t charge = 0;
    parent.vads.forEach([&](const Vad& v, int, const Vad*) { charge += v.commitCharge; });
    if (m_totalCommitted + charge + tables > commitLimit()) {
        m_context->detach();
        return fail(status::CommitmentLimit, "the clone needs " + std::to_string(charge + tables) + " pages of commit");
    }
    if (!ensureAvailablePages(tables + 2)) {
        m_context->detach();
        return fail(status::NoMemory, "no pages for the clone's page tables");
    }

    // The parent's private pages that move to the clone block, and the pointers the child
    // inherits unchanged (pages an earlier fork shared already).
    struct Moved {
        VirtualAddress va;
        VirtualAddress proto; // filled in once the block exists
    };
    std::vector<Moved> moving;
    std::vector<Moved> inherited;
    parent.vads.forEach([&](const Vad& v, int, const Vad*) {
        if (!v.privateMemory)
            return;
        for (uint32_t vpn = v.startingVpn; vpn <= v.endingVpn; ++vpn) {
            const VirtualAddress va = vpn << hw::kPageShift;
            if (!(readPte(geo.pdeAddress(va)) & pte::Valid))
                continue;
            const VirtualAddress pteVa = geo.pteAddress(va);
            const uint32_t entry = readPte(pteVa);
            switch (pte::classify(entry)) {
            case pte::Kind::Hardware: {
                const MmPfn& e = m_pfns[entry >> hw::kPageShift];
                if ((e.flags & MmPfn::PrototypePte) && e.pteAddress != pteVa)
                    inherited.push_back({va, e.pteAddress});
                else
                    moving.push_back({va, 0});
                break;
            }
            case pte::Kind::TransitionPage:
            case pte::Kind::PageFile:
                moving.push_back({va, 0});
                break;
            case pte::Kind::PrototypePointer: {
                const auto pointer = pte::PrototypePointerPte::decode(entry);
                if (!pointer.lookupNeeded)
                    inherited.push_back({va, pointer.protoPteAddress});
                break;
            }
            default:
                break; // demand zero or nothing yet: the child's VAD says the same
            }
        }
    });

    ControlArea* block = nullptr;
    if (!moving.empty()) {
        block = buildControlArea(nullptr, static_cast<uint32_t>(moving.size()), prot::ReadWrite, false);
        if (!block) {
            m_context->detach();
            return fail(status::InsufficientResources, "pool is exhausted");
        }
        block->fork = true;
        block->cloneReferences.assign(moving.size(), 2); // the parent and the child
    }
    recordCall(Routine::MiCloneProcessAddressSpace, sim::Event::kNone, hw::kNoPfn, sim::Detail::Pages,
        static_cast<uint32_t>(moving.size()));
    for (size_t k = 0; k < moving.size(); ++k) {
        const VirtualAddress va = moving[k].va;
        const VirtualAddress pteVa = geo.pteAddress(va);
        const VirtualAddress proto = block->prototypePte(static_cast<uint32_t>(k));
        moving[k].proto = proto;
        const uint32_t entry = readPte(pteVa);
        const Pfn table = readPte(geo.pdeAddress(va)) >> hw::kPageShift;
        const Pfn poolPage = readPte(geo.pteAddress(proto)) >> hw::kPageShift;
        --parent.privatePages;
        switch (pte::classify(entry)) {
        case pte::Kind::Hardware: {
            // Resident: the frame now belongs to the block; the parent keeps mapping it,
            // read-only and copy-on-write.
            const Pfn pfn = entry >> hw::kPageShift;
            MmPfn& e = m_pfns[pfn];
            if (entry & pte::Dirty) {
                e.flags |= MmPfn::Modified;
                if (pte::classify(e.originalPte) == pte::Kind::PageFile) {
                    releasePageFileSpace(e.originalPte);
                    e.originalPte = pte::DemandZeroPte {pte::protectionOf(e.originalPte)}.encode();
                }
            }
            writeProtoPte(
                Routine::MiCloneProcessAddressSpace, proto, validProtoPte(pfn, pte::protectionOf(e.originalPte)));
            e.pteAddress = proto;
            e.pteFrame = poolPage;
            e.flags |= MmPfn::PrototypePte;
            ++m_pfns[poolPage].shareCount(); // the page table's reference becomes a shared mapping
            ++block->pfnReferences;
            if (entry & pte::Write)
                writePte(Routine::MiCloneProcessAddressSpace, pteVa, (entry & ~pte::Write) | pte::CopyOnWrite);
            break;
        }
        case pte::Kind::TransitionPage: {
            // On a list: the block's prototype PTE takes over the transition PTE.
            const Pfn pfn = entry >> hw::kPageShift;
            MmPfn& e = m_pfns[pfn];
            writeProtoPte(Routine::MiCloneProcessAddressSpace, proto, entry);
            e.pteAddress = proto;
            e.pteFrame = poolPage;
            e.flags |= MmPfn::PrototypePte;
            ++m_pfns[poolPage].shareCount();
            ++block->pfnReferences;
            writePte(Routine::MiCloneProcessAddressSpace, pteVa, pte::PrototypePointerPte {proto}.encode());
            decrementShareCount(table); // the parent's PTE no longer names the frame
            break;
        }
        default: // in the paging file: the block's prototype PTE takes over the slot
            writeProtoPte(Routine::MiCloneProcessAddressSpace, proto, entry);
            writePte(Routine::MiCloneProcessAddressSpace, pteVa, pte::PrototypePointerPte {proto}.encode());
            break;
        }
    }
    if (block)
        writeControlArea(*block);
    m_context->detach();

    // The child: the parent's VADs, then a page table and a prototype-pointer PTE for
    // every page that is shared now.
    m_context->attach(child);
    parent.vads.forEach([&](const Vad& v, int, const Vad*) {
        auto copy = std::make_unique<Vad>();
        copy->startingVpn = v.startingVpn;
        copy->endingVpn = v.endingVpn;
        copy->protection = v.protection;
        copy->privateMemory = v.privateMemory;
        copy->memCommit = v.memCommit;
        copy->commitCharge = v.commitCharge;
        copy->controlArea = v.controlArea;
        copy->firstPrototypePte = v.firstPrototypePte;
        copy->image = v.image;
        copy->address = allocateNonPagedPool(v.privateMemory ? kPrivateVadSize : kMappedVadSize, kVadPoolTag);
        child.commitCharge += copy->commitCharge;
        m_totalCommitted += copy->commitCharge;
        if (v.controlArea) {
            ControlArea& ca = controlAreaAt(v.controlArea);
            ++ca.mappedViews;
            ++ca.userReferences;
            writeControlArea(ca);
        }
        recordCall(
            Routine::MiInsertVad, v.startingVpn << hw::kPageShift, hw::kNoPfn, sim::Detail::PoolAddress, copy->address);
        child.vads.insert(std::move(copy));
    });
    syncVadsToPool(child);
    for (const auto* list : {&moving, &inherited}) {
        for (const Moved& m : *list) {
            if (!(readPte(geo.pdeAddress(m.va)) & pte::Valid)
                && createPageTable(child, m.va, Routine::MiCloneProcessAddressSpace, nullptr) == hw::kNoPfn)
                throw BugCheck(0x4D, 0, 0, 0, 0, "NO_PAGES_AVAILABLE: a page table for the clone");
            writePte(
                Routine::MiCloneProcessAddressSpace, geo.pteAddress(m.va), pte::PrototypePointerPte {m.proto}.encode());
        }
    }
    m_context->detach();
    // Pages an earlier fork shared gain the child as a referrer.
    for (const Moved& m : inherited) {
        if (ControlArea* ca = controlAreaOf(m.proto); ca && ca->fork)
            ++ca->cloneReferences[(m.proto - ca->firstPrototypePte) / 4];
    }
    return CloneResult {static_cast<uint32_t>(moving.size()), static_cast<uint32_t>(moving.size() + inherited.size())};
}

void MemoryManager::releaseCloneReference(VirtualAddress protoPte)
{
    ControlArea* ca = controlAreaOf(protoPte);
    if (!ca || !ca->fork)
        return;
    const uint32_t index = (protoPte - ca->firstPrototypePte) / 4;
    if (ca->cloneReferences[index] == 0 || --ca->cloneReferences[index] != 0)
        return;
    // No process refers to the page any more: it goes, wherever it is.
    const uint32_t proto = readKernel32(protoPte);
    switch (pte::classify(proto, true)) {
    case pte::Kind::TransitionPage: {
        freeTransitionPage(proto >> hw::kPageShift);
        --ca->pfnReferences;
        break;
    }
    case pte::Kind::PageFile:
        releasePageFileSpace(proto);
        break;
    default:
        break;
    }
    writeProtoPte(Routine::MiCloneProcessAddressSpace, protoPte, 0);
    writeControlArea(*ca);
}

} // namespace mm
