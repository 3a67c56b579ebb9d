#pragma once

#include "hw/paginggeometry.h"

#include <cstdint>
#include <optional>
#include <string>

namespace mm::sim {
class Simulator;
}
namespace mm::ps {
struct Process;
}
namespace mm {
struct AddressSpace;
struct ControlArea;
} // namespace mm

namespace mm::dbg {

// The debugger's read-only view of the machine, printing what WinDbg's commands print.
// Virtual addresses are read the way the debugger reads them: a software walk of the given
// directory base, without touching the TLB or the Accessed and Dirty bits.
class Inspector {
public:
    explicit Inspector(const sim::Simulator& simulator);

    enum class Unit { Byte, Dword, DwordChars }; // db, dd, dc

    std::string processBlock(const ps::Process& process, uint32_t flags) const; // one block of !process
    std::string processList(uint32_t flags) const; // !process 0 <flags>
    std::string pte(hw::VirtualAddress va, uint32_t dirBase) const; // !pte
    std::string pfn(hw::Pfn pfn) const; // !pfn
    std::string vtop(uint32_t dirBase, hw::VirtualAddress va) const; // !vtop
    std::string memusage(uint32_t flags) const; // !memusage (flag 8: the list counts only)
    std::string vadTree(const mm::AddressSpace& space) const; // !vad
    std::string vm() const; // !vm
    std::string controlArea(const mm::ControlArea& ca) const; // !ca: control area, segment, subsections
    static std::string vadProtectionName(uint8_t protection); // READWRITE, EXECUTE_READ ...
    std::string workingSetList(const ps::Process& process) const; // !wsle
    std::string dump(Unit unit, uint64_t address, uint32_t count, bool physical, uint32_t dirBase) const;

    std::optional<uint32_t> readVirtual32(uint32_t dirBase, hw::VirtualAddress va) const;
    std::optional<uint8_t> readVirtual8(uint32_t dirBase, hw::VirtualAddress va) const;
    std::optional<hw::PhysicalAddress> translate(uint32_t dirBase, hw::VirtualAddress va) const;

private:
    std::string usageSummary() const;

    const sim::Simulator& m_sim;
};

} // namespace mm::dbg
