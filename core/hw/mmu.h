#pragma once

#include "hw/paginggeometry.h"
#include "hw/physicalmemory.h"
#include "hw/tlb.h"

#include <cstdint>
#include <optional>

namespace mm::hw {

enum class Access : uint8_t { Read, Write, Execute };
enum class Mode : uint8_t { Kernel, User };

// What the CPU reports on a page fault: CR2 and the error code bits P, W/R and U/S.
struct PageFault {
    static constexpr uint32_t Present = 0x1; // 1: protection violation, 0: not-present entry
    static constexpr uint32_t WriteAccess = 0x2;
    static constexpr uint32_t UserMode = 0x4;

    VirtualAddress cr2 = 0;
    uint32_t errorCode = 0;
};

// A page-table walk as read from physical memory, without side effects: what the
// debugger does for !vtop and dd, and what the views draw.
struct Walk {
    PhysicalAddress pdeAddress = 0; // physical
    uint32_t pde = 0;
    bool pdeValid = false;
    bool large = false;
    PhysicalAddress pteAddress = 0; // physical; 0 for a large page or an invalid PDE
    uint32_t pte = 0;
    bool valid = false; // the whole translation
    PhysicalAddress physical = 0;
};

// What the CPU holds besides RAM (TLB, CR3, the paging flag, the last fault and access,
// the TLB counters): the Mmu's whole state, kept apart so that it can be saved and
// restored as one value (a checkpoint).
struct MmuState {
    Tlb m_tlb;
    uint32_t m_cr3 = 0;
    bool m_paging = false;
    PageFault m_lastFault;
    uint64_t m_hits = 0;
    uint64_t m_misses = 0;
    VirtualAddress m_lastAccess = 0;
};

// The x86 non-PAE MMU: CR3, the two-level walk over the bits in physical memory, 4 MB
// pages, U/S and R/W checks (CR0.WP set), Accessed/Dirty updates, and the TLB.
class Mmu : private MmuState {
public:
    using State = MmuState;
    explicit Mmu(PhysicalMemory& memory);

    const State& state() const { return *this; }
    void restore(const State& state) { static_cast<MmuState&>(*this) = state; }

    uint32_t cr3() const { return m_cr3; }
    void loadCr3(uint32_t value); // flushes every non-global TLB entry
    void invlpg(VirtualAddress va) { m_tlb.invalidate(va); }
    void flushTlb() { m_tlb.flushAll(); }
    void flushNonGlobalTlb() { m_tlb.flushNonGlobal(); } // KeFlushProcessTb
    const Tlb& tlb() const { return m_tlb; }
    bool pagingEnabled() const { return m_paging; }
    void enablePaging() { m_paging = true; }

    struct Result {
        bool ok = false;
        PhysicalAddress physical = 0;
        PageFault fault;
    };
    // One access as the CPU makes it: TLB first, else a walk that sets A (and D on a write).
    Result translate(VirtualAddress va, Access access, Mode mode)
    {
        m_lastAccess = va;
        if (const TlbEntry* e = m_tlb.lookup(va)) {
            if ((mode == Mode::Kernel || e->user) && (access != Access::Write || (e->writable && e->dirty))) {
                ++m_hits;
                return {true, physicalFor(*e, va), {}};
            }
        }
        return walkAndFill(va, access, mode);
    }
    // The address of the CPU's last translated access (the TLB view marks its entry).
    VirtualAddress lastAccess() const { return m_lastAccess; }

    // Accesses through translation; nullopt / false means a page fault (see lastFault()).
    std::optional<uint32_t> read32(VirtualAddress va, Mode mode = Mode::Kernel);
    bool write32(VirtualAddress va, uint32_t value, Mode mode = Mode::Kernel);
    std::optional<uint8_t> read8(VirtualAddress va, Mode mode = Mode::Kernel);
    // Zeroes the page containing va (a rep stosd over one page).
    bool zeroPage(VirtualAddress va, Mode mode = Mode::Kernel);
    const PageFault& lastFault() const { return m_lastFault; }

    PhysicalMemory& memory() { return m_memory; }
    const PhysicalMemory& memory() const { return m_memory; }

    // Side-effect-free walk through the directory at dirBase (a physical address).
    static Walk walk(const PhysicalMemory& memory, uint32_t dirBase, VirtualAddress va);

    uint64_t tlbHits() const { return m_hits; }
    uint64_t tlbMisses() const { return m_misses; }

private:
    static PhysicalAddress physicalFor(const TlbEntry& e, VirtualAddress va)
    {
        if (e.large)
            return (static_cast<PhysicalAddress>(e.pfn) << kPageShift) + (va & 0x3FFFFF);
        return (static_cast<PhysicalAddress>(e.pfn) << kPageShift) | (va & kPageMask);
    }
    Result walkAndFill(VirtualAddress va, Access access, Mode mode);
    Result fault(VirtualAddress va, Access access, Mode mode, bool present);

    PhysicalMemory& m_memory;
};

} // namespace mm::hw
