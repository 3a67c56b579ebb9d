#include "hw/mmu.h"

#include "hw/pte.h"

namespace mm::hw {

Mmu::Mmu(PhysicalMemory& memory)
    : m_memory(memory)
{
}

void Mmu::loadCr3(uint32_t value)
{
    m_cr3 = value & pte::FrameMask;
    m_tlb.flushNonGlobal();
}

Mmu::Result Mmu::fault(VirtualAddress va, Access access, Mode mode, bool present)
{
    Result r;
    r.fault.cr2 = va;
    r.fault.errorCode = (present ? PageFault::Present : 0) | (access == Access::Write ? PageFault::WriteAccess : 0)
        | (mode == Mode::User ? PageFault::UserMode : 0);
    m_lastFault = r.fault;
    return r;
}

Mmu::Result Mmu::walkAndFill(VirtualAddress va, Access access, Mode mode)
{
    ++m_misses;
    if (!m_paging)
        return {true, va, {}};
    const bool write = access == Access::Write;
    const bool user = mode == Mode::User;

    const PhysicalAddress pdeAddress = m_cr3 + (va >> 22) * 4;
    uint32_t pde = m_memory.read32(pdeAddress);
    if (!(pde & pte::Valid))
        return fault(va, access, mode, false);

    if (pde & pte::LargePage) {
        if ((user && !(pde & pte::Owner)) || (write && !(pde & pte::Write)))
            return fault(va, access, mode, true);
        const uint32_t updated = pde | pte::Accessed | (write ? pte::Dirty : 0);
        if (updated != pde)
            m_memory.write32(pdeAddress, updated);
        TlbEntry e;
        e.vpn = (va >> 22) << 10;
        e.pfn = (pde & 0xFFC00000) >> kPageShift;
        e.valid = true;
        e.writable = pde & pte::Write;
        e.user = pde & pte::Owner;
        e.global = pde & pte::Global;
        e.dirty = updated & pte::Dirty;
        e.large = true;
        m_tlb.insert(e);
        return {true, physicalFor(e, va), {}};
    }

    const PhysicalAddress pteAddress = (pde & pte::FrameMask) + ((va >> kPageShift) & 0x3FF) * 4;
    const uint32_t entry = m_memory.read32(pteAddress);
    if (!(entry & pte::Valid))
        return fault(va, access, mode, false);
    // Effective rights are the stricter of PDE and PTE; CR0.WP=1 applies them to kernel writes too.
    const bool userOk = (pde & pte::Owner) && (entry & pte::Owner);
    const bool writeOk = (pde & pte::Write) && (entry & pte::Write);
    if ((user && !userOk) || (write && !writeOk))
        return fault(va, access, mode, true);

    if (!(pde & pte::Accessed))
        m_memory.write32(pdeAddress, pde | pte::Accessed);
    const uint32_t updated = entry | pte::Accessed | (write ? pte::Dirty : 0);
    if (updated != entry)
        m_memory.write32(pteAddress, updated);

    TlbEntry e;
    e.vpn = va >> kPageShift;
    e.pfn = entry >> kPageShift;
    e.valid = true;
    e.writable = writeOk;
    e.user = userOk;
    e.global = entry & pte::Global;
    e.dirty = updated & pte::Dirty;
    m_tlb.insert(e);
    return {true, physicalFor(e, va), {}};
}

std::optional<uint32_t> Mmu::read32(VirtualAddress va, Mode mode)
{
    if ((va & kPageMask) > kPageSize - 4) { // straddles two pages: two translations
        uint32_t v = 0;
        for (int i = 3; i >= 0; --i) {
            auto b = read8(va + i, mode);
            if (!b)
                return std::nullopt;
            v = (v << 8) | *b;
        }
        return v;
    }
    const Result r = translate(va, Access::Read, mode);
    if (!r.ok)
        return std::nullopt;
    return m_memory.read32(r.physical);
}

std::optional<uint8_t> Mmu::read8(VirtualAddress va, Mode mode)
{
    const Result r = translate(va, Access::Read, mode);
    if (!r.ok)
        return std::nullopt;
    return m_memory.read8(r.physical);
}

bool Mmu::write32(VirtualAddress va, uint32_t value, Mode mode)
{
    if ((va & kPageMask) > kPageSize - 4) {
        // Check both pages first so that a fault on the second changes nothing.
        if (!translate(va, Access::Write, mode).ok || !translate(va + 3, Access::Write, mode).ok)
            return false;
        for (int i = 0; i < 4; ++i)
            m_memory.write8(translate(va + i, Access::Write, mode).physical, static_cast<uint8_t>(value >> (8 * i)));
        return true;
    }
    const Result r = translate(va, Access::Write, mode);
    if (!r.ok)
        return false;
    m_memory.write32(r.physical, value);
    return true;
}

bool Mmu::zeroPage(VirtualAddress va, Mode mode)
{
    const Result r = translate(va & ~kPageMask, Access::Write, mode);
    if (!r.ok)
        return false;
    m_memory.zeroFrame(static_cast<Pfn>(r.physical >> kPageShift));
    return true;
}

Walk Mmu::walk(const PhysicalMemory& memory, uint32_t dirBase, VirtualAddress va)
{
    Walk w;
    w.pdeAddress = (dirBase & pte::FrameMask) + (va >> 22) * 4;
    w.pde = memory.read32(w.pdeAddress);
    w.pdeValid = w.pde & pte::Valid;
    if (!w.pdeValid)
        return w;
    if (w.pde & pte::LargePage) {
        w.large = true;
        w.valid = true;
        w.physical = static_cast<PhysicalAddress>(w.pde & 0xFFC00000) + (va & 0x3FFFFF);
        return w;
    }
    w.pteAddress = (w.pde & pte::FrameMask) + ((va >> kPageShift) & 0x3FF) * 4;
    w.pte = memory.read32(w.pteAddress);
    if (w.pte & pte::Valid) {
        w.valid = true;
        w.physical = static_cast<PhysicalAddress>(w.pte & pte::FrameMask) | (va & kPageMask);
    }
    return w;
}

} // namespace mm::hw
