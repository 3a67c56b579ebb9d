#include "ps/processmanager.h"

#include "hw/pte.h"
#include "mm/ntstatus.h"

#include <algorithm>
#include <cctype>

namespace mm::ps {

using sim::Event;
using sim::EventKind;
using sim::Routine;

namespace {
constexpr uint32_t kProcessPoolTag = 0x636F7250; // 'Proc'
constexpr uint32_t kImageCommit = 6; // the .data pages of the image, ntdll.dll and kernel32.dll (2 each)

bool sameName(const std::string& a, const std::string& b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
    });
}
} // namespace

ProcessManager::ProcessManager(mm::MemoryManager& memoryManager, sim::EventLog& log, uint32_t maxProcesses)
    : m_mm(memoryManager)
    , m_log(log)
    , m_maxProcesses(maxProcesses)
{
}

ProcessManager::State ProcessManager::state() const
{
    State s;
    s.processes.reserve(m_processes.size());
    for (const auto& p : m_processes)
        s.processes.push_back(*p);
    s.current = m_current ? m_current->cid : 0;
    for (const Process* p : m_attached)
        s.attached.push_back(p->cid);
    s.nextCid = m_nextCid;
    s.freeCids = m_freeCids;
    return s;
}

void ProcessManager::restore(const State& s)
{
    m_processes.clear();
    for (const Process& p : s.processes)
        m_processes.push_back(std::make_unique<Process>(p));
    m_current = findByCid(s.current);
    m_attached.clear();
    for (uint16_t cid : s.attached)
        m_attached.push_back(findByCid(cid));
    m_nextCid = s.nextCid;
    m_freeCids = s.freeCids;
}

Process& ProcessManager::createSystemProcess(const mm::ProcessPages& pages)
{
    auto process = std::make_unique<Process>();
    process->cid = kSystemCid;
    process->parentCid = 0;
    process->imageName = "System";
    process->vm.cid = kSystemCid;
    process->vm.pages = pages;
    process->vm.workingSetSize = process->vm.peakWorkingSetSize = 3;
    process->vm.minimumWorkingSet = m_mm.thresholds().minimumWorkingSet;
    process->vm.maximumWorkingSet = m_mm.thresholds().maximumWorkingSet;
    process->directoryTableBase[0] = pages.pageDirectory << hw::kPageShift;
    process->directoryTableBase[1] = pages.hyperspacePageTable << hw::kPageShift;
    m_mm.setEventProcess(kSystemCid);
    process->eprocess = m_mm.allocateNonPagedPool(Process::kEprocessSize, kProcessPoolTag);
    m_mm.pfnDatabase()[pages.pageDirectory].u1 = process->eprocess;
    m_processes.push_back(std::move(process));
    m_current = m_processes.back().get();
    writeEprocess(*m_current);
    return *m_current;
}

uint16_t ProcessManager::allocateCid()
{
    if (!m_freeCids.empty()) {
        const uint16_t cid = m_freeCids.back();
        m_freeCids.pop_back();
        return cid;
    }
    const uint16_t cid = m_nextCid;
    m_nextCid = static_cast<uint16_t>(m_nextCid + 4);
    return cid;
}

void ProcessManager::writeEprocess(const Process& p)
{
    m_mm.writeKernel32(p.eprocess + Process::kDirectoryTableBaseOffset, p.directoryTableBase[0]);
    m_mm.writeKernel32(p.eprocess + Process::kDirectoryTableBaseOffset + 4, p.directoryTableBase[1]);
}

void ProcessManager::loadContext(Routine routine, Process& to)
{
    hw::Mmu& mmu = m_mm.mmu();
    const uint32_t old = mmu.cr3();
    mmu.loadCr3(to.directoryTableBase[0]);
    Event e;
    e.routine = routine;
    e.kind = EventKind::Cr3Load;
    e.cid = to.cid;
    e.pteOld = old;
    e.pteNew = to.directoryTableBase[0];
    m_log.append(e);
}

void ProcessManager::swapProcess(Process& to)
{
    if (&to == m_current && m_attached.empty())
        return;
    m_attached.clear();
    m_current = &to;
    loadContext(Routine::KiSwapProcess, to);
    m_mm.setEventProcess(to.cid); // what runs from now on runs for this process
}

void ProcessManager::attachProcess(Process& to)
{
    Process* before = attached() ? attached() : m_current;
    m_attached.push_back(&to);
    if (&to != before)
        loadContext(Routine::KeAttachProcess, to);
}

void ProcessManager::detachProcess()
{
    if (m_attached.empty())
        return;
    Process* leaving = m_attached.back();
    m_attached.pop_back();
    Process* back = attached() ? attached() : m_current;
    if (back != leaving)
        loadContext(Routine::KeDetachProcess, *back);
}

Process* ProcessManager::owner(const mm::AddressSpace& space) const
{
    for (const auto& p : m_processes) {
        if (&p->vm == &space)
            return p.get();
    }
    return nullptr;
}

mm::AddressSpace& ProcessManager::currentAddressSpace()
{
    return (attached() ? attached() : m_current)->vm;
}

std::vector<mm::AddressSpace*> ProcessManager::addressSpaces()
{
    std::vector<mm::AddressSpace*> spaces;
    for (const auto& p : m_processes)
        spaces.push_back(&p->vm);
    return spaces;
}

void ProcessManager::attach(mm::AddressSpace& target)
{
    Process* p = owner(target);
    if (!p)
        throw mm::BugCheck(0x5, 0, 0, 0, 0, "INVALID_PROCESS_ATTACH_ATTEMPT: no such process");
    attachProcess(*p);
}

void ProcessManager::detach()
{
    detachProcess();
}

Process* ProcessManager::createProcess(
    const std::string& imageName, Process& parent, mm::status::Refusal* refusal, bool clone, Creation* report)
{
    Creation created;
    auto fail = [&](uint32_t code, const std::string& why) -> Process* {
        if (refusal)
            *refusal = {code, why};
        return nullptr;
    };
    if (imageName.empty() || imageName.size() > Process::kMaxImageName)
        return fail(mm::status::ObjectNameInvalid, "an image name has 1 to 15 characters (EPROCESS.ImageFileName)");
    if (m_processes.size() >= m_maxProcesses)
        return fail(mm::status::InsufficientResources,
            "the simulation allows at most " + std::to_string(m_maxProcesses) + " processes");
    uint32_t cloneCommit = 0;
    if (clone) {
        // The parent's commitment again, and a page table wherever the parent has one.
        cloneCommit = parent.vm.commitCharge;
        for (uint32_t i = 0; i < hw::kX86Geometry.pdeIndex(hw::kSystemRangeStart); ++i)
            cloneCommit += (m_mm.mmu().memory().read32(parent.directoryTableBase[0] + i * 4) & hw::pte::Valid) ? 1 : 0;
        if (&parent == &system())
            return fail(mm::status::InvalidParameter, "the System process has no user address space to clone");
        if (m_mm.totalCommitted() + 3 + cloneCommit > m_mm.commitLimit())
            return fail(
                mm::status::CommitmentLimit, "the clone needs " + std::to_string(3 + cloneCommit) + " pages of commit");
    }
    if (!clone && m_mm.totalCommitted() + 3 + kImageCommit > m_mm.commitLimit())
        return fail(mm::status::CommitmentLimit,
            "a new address space needs " + std::to_string(3 + kImageCommit)
                + " pages of commit (its three pages and its images' copy-on-write data)");
    if (!m_mm.ensureAvailablePages(3))
        return fail(mm::status::NoMemory, "a new address space needs 3 pages and none can be freed");

    const uint16_t cid = allocateCid();
    m_mm.setEventProcess(cid);
    const hw::VirtualAddress eprocess = m_mm.allocateNonPagedPool(Process::kEprocessSize, kProcessPoolTag);
    if (!eprocess) {
        m_freeCids.push_back(cid);
        return fail(mm::status::InsufficientResources, "nonpaged pool is exhausted");
    }
    Event call;
    call.routine = Routine::PspCreateProcess;
    call.cid = cid;
    call.va = eprocess;
    m_log.append(call);

    // MmCreateProcessAddressSpace runs in the parent's context.
    attachProcess(parent);
    created.space = m_mm.createProcessAddressSpace();
    const mm::ProcessPages& pages = created.space.pages;
    detachProcess();

    auto process = std::make_unique<Process>();
    process->cid = cid;
    process->parentCid = parent.cid;
    process->imageName = imageName;
    process->eprocess = eprocess;
    process->vm.cid = cid;
    process->vm.pages = pages;
    process->directoryTableBase[0] = pages.pageDirectory << hw::kPageShift;
    process->directoryTableBase[1] = pages.hyperspacePageTable << hw::kPageShift;
    Process& child = *process;
    m_processes.push_back(std::move(process));
    writeEprocess(child);

    // MmInitializeProcessAddressSpace runs attached to the child, and maps the image and
    // the system DLLs every Win32 process has (MmMapViewOfSection at their preferred bases).
    attachProcess(child);
    m_mm.initializeProcessAddressSpace(child.vm, eprocess);
    if (!clone) {
        for (const std::string& file : {imageName, std::string("ntdll.dll"), std::string("kernel32.dll")}) {
            if (mm::Section* section = m_mm.imageSection(file)) {
                const auto r = m_mm.mapViewOfSection(*section, 0, 0);
                if (!mm::status::isError(r.status))
                    created.views.emplace_back(m_mm.controlAreaAt(section->controlArea).file, r.base);
            }
        }
    }
    detachProcess();
    if (clone) {
        const auto shared = m_mm.cloneAddressSpace(parent.vm, child.vm, refusal);
        if (!shared) {
            m_mm.setEventProcess(m_current->cid);
            exitProcess(child, nullptr);
            return nullptr;
        }
        created.clonedPages = shared->moved;
    }
    m_mm.setEventProcess(m_current->cid);
    if (report)
        *report = std::move(created);
    return &child;
}

bool ProcessManager::exitProcess(Process& process, mm::status::Refusal* refusal)
{
    if (&process == &system()) {
        if (refusal)
            *refusal = {mm::status::AccessDenied, "the System process cannot exit"};
        return false;
    }
    m_mm.setEventProcess(process.cid);
    Event call;
    call.routine = Routine::PspExitProcess;
    call.cid = process.cid;
    call.va = process.eprocess;
    m_log.append(call);
    // The exiting thread's CPU goes back to the System process.
    if (m_current == &process)
        swapProcess(system());
    m_mm.cleanProcessAddressSpace(process.vm);
    m_mm.deleteProcessAddressSpace(process.vm.pages);
    m_mm.freeNonPagedPool(process.eprocess);
    m_freeCids.push_back(process.cid);
    m_mm.setEventProcess(m_current->cid);
    m_processes.erase(std::find_if(m_processes.begin(), m_processes.end(),
        [&](const std::unique_ptr<Process>& p) { return p.get() == &process; }));
    return true;
}

uint32_t ProcessManager::runZeroPageThread(uint32_t maxPages)
{
    Process& previous = *m_current;
    swapProcess(system());
    m_mm.setEventProcess(kSystemCid);
    const uint32_t done = m_mm.runZeroPageThread(maxPages);
    swapProcess(previous);
    m_mm.setEventProcess(previous.cid);
    return done;
}

Process* ProcessManager::findByCid(uint32_t cid) const
{
    for (const auto& p : m_processes) {
        if (p->cid == cid)
            return p.get();
    }
    return nullptr;
}

Process* ProcessManager::findByEprocess(hw::VirtualAddress eprocess) const
{
    for (const auto& p : m_processes) {
        if (p->eprocess == eprocess)
            return p.get();
    }
    return nullptr;
}

std::vector<Process*> ProcessManager::findByImage(const std::string& imageName) const
{
    std::vector<Process*> found;
    for (const auto& p : m_processes) {
        if (sameName(p->imageName, imageName))
            found.push_back(p.get());
    }
    return found;
}

} // namespace mm::ps
