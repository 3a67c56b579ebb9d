<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>QObject</name>
    <message>
        <source>Spawn Process</source>
        <translation>프로세스 생성</translation>
    </message>
    <message>
        <source>The image name, at most 15 characters (EPROCESS.ImageFileName)</source>
        <translation>이미지 이름, 최대 15자 (EPROCESS.ImageFileName)</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>이미지:</translation>
    </message>
    <message>
        <source>Parent:</source>
        <translation>부모:</translation>
    </message>
    <message>
        <source>The parent creates the address space in its own context (MmCreateProcessAddressSpace, through its hyperspace).</source>
        <translation>부모 프로세스가 자신의 컨텍스트에서 주소 공간을 만듭니다 (MmCreateProcessAddressSpace, 부모의 하이퍼스페이스를 통해).</translation>
    </message>
    <message>
        <source>Allocate Virtual Memory</source>
        <translation>가상 메모리 할당</translation>
    </message>
    <message>
        <source>0: let NtAllocateVirtualMemory choose; reservations are 64 KB aligned</source>
        <translation>0: NtAllocateVirtualMemory가 고릅니다. 예약은 64 KB 단위로 정렬됩니다</translation>
    </message>
    <message>
        <source>Hex bytes, or decimal with K, M or G</source>
        <translation>16진수 바이트 수, 또는 K, M, G를 붙인 10진수</translation>
    </message>
    <message>
        <source>Base address:</source>
        <translation>기준 주소:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>크기:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>종류:</translation>
    </message>
    <message>
        <source>Protection:</source>
        <translation>보호:</translation>
    </message>
    <message>
        <source>Access Memory</source>
        <translation>메모리 접근</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>주소:</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>접근:</translation>
    </message>
    <message>
        <source>Value (writes):</source>
        <translation>값 (쓰기):</translation>
    </message>
    <message>
        <source>A thread of the current process makes the access; a fault goes through MmAccessFault.</source>
        <translation>현재 프로세스의 스레드가 접근합니다. 폴트는 MmAccessFault를 거칩니다.</translation>
    </message>
    <message>
        <source>mmvis session (*.mmvis);;All files (*)</source>
        <translation>mmvis 세션 (*.mmvis);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Reserve and commit (MEM_RESERVE|MEM_COMMIT)</source>
        <translation>예약하고 커밋 (MEM_RESERVE|MEM_COMMIT)</translation>
    </message>
    <message>
        <source>Reserve (MEM_RESERVE)</source>
        <translation>예약 (MEM_RESERVE)</translation>
    </message>
    <message>
        <source>Commit (MEM_COMMIT)</source>
        <translation>커밋 (MEM_COMMIT)</translation>
    </message>
</context>
<context>
    <name>mm::diff</name>
    <message>
        <source>zero</source>
        <translation>0</translation>
    </message>
    <message>
        <source>valid, frame %1</source>
        <translation>유효, 프레임 %1</translation>
    </message>
    <message>
        <source>demand zero</source>
        <translation>요구 시 0 채움</translation>
    </message>
    <message>
        <source>transition, frame %1</source>
        <translation>전이, 프레임 %1</translation>
    </message>
    <message>
        <source>paging file %1 offset %2</source>
        <translation>페이징 파일 %1 오프셋 %2</translation>
    </message>
    <message>
        <source>prototype</source>
        <translation>프로토타입</translation>
    </message>
    <message>
        <source>subsection</source>
        <translation>서브섹션</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>변화 없음</translation>
    </message>
    <message>
        <source>%1, unchanged</source>
        <translation>%1, 변화 없음</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>끝남</translation>
    </message>
    <message>
        <source>%1 ended</source>
        <translation>%1 끝남</translation>
    </message>
    <message>
        <source>working set %1, private pages %2, commit %3</source>
        <translation>작업 집합 %1, 전용 페이지 %2, 커밋 %3</translation>
    </message>
    <message>
        <source>%1: working set %2 -&gt; %3, private pages %4 -&gt; %5, commit %6 -&gt; %7</source>
        <translation>%1: 작업 집합 %2 -&gt; %3, 전용 페이지 %4 -&gt; %5, 커밋 %6 -&gt; %7</translation>
    </message>
    <message>
        <source>created</source>
        <translation>생성됨</translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation>%1 생성됨</translation>
    </message>
</context>
<context>
    <name>mm::explain</name>
    <message>
        <source>A zero-filled page was needed and the Zeroed list had one, so nothing has to be cleared.</source>
        <translation>0으로 채운 페이지가 필요했고 제로 리스트에 있었으므로 따로 지울 필요가 없습니다.</translation>
    </message>
    <message>
        <source>A zero-filled page was needed but the Zeroed list was empty, so a Free page was taken; MiZeroPhysicalPage clears it before use.</source>
        <translation>0으로 채운 페이지가 필요했지만 제로 리스트가 비어 있어 프리 페이지를 가져왔습니다. 쓰기 전에 MiZeroPhysicalPage가 지웁니다.</translation>
    </message>
    <message>
        <source>The Zeroed and Free lists were empty, so a Standby page is repurposed: its old owner's PTE gets back what it held (MiRestoreTransitionPte), then the page is cleared.</source>
        <translation>제로와 프리 리스트가 비어 있어 스탠바이 페이지를 재사용합니다: 예전 주인의 PTE가 원래 값을 되찾고(MiRestoreTransitionPte), 그다음 페이지를 지웁니다.</translation>
    </message>
    <message>
        <source>A page was needed whose contents will be overwritten (read from disk or copied), so any page will do: the Free list comes first.</source>
        <translation>내용을 곧 덮어쓸 페이지가 필요했으므로(디스크에서 읽거나 복사) 어떤 페이지든 됩니다: 프리 리스트가 먼저입니다.</translation>
    </message>
    <message>
        <source>A page was needed whose contents will be overwritten; the Free list was empty, so a Zeroed page was taken.</source>
        <translation>내용을 곧 덮어쓸 페이지가 필요했는데 프리 리스트가 비어 있어 제로 페이지를 가져왔습니다.</translation>
    </message>
    <message>
        <source>A page was needed and the Free and Zeroed lists were empty, so a Standby page is repurposed: its old owner's PTE gets back what it held (MiRestoreTransitionPte).</source>
        <translation>페이지가 필요했는데 프리와 제로 리스트가 비어 있어 스탠바이 페이지를 재사용합니다: 예전 주인의 PTE가 원래 값을 되찾습니다 (MiRestoreTransitionPte).</translation>
    </message>
    <message>
        <source>The zero page thread cleared a Free page and put it on the Zeroed list; it runs when the processor is idle, once the Free list holds 8 pages or more (MmZeroingPageEvent).</source>
        <translation>제로 페이지 스레드가 프리 페이지를 지워 제로 리스트에 넣었습니다. 이 스레드는 프리 리스트가 8페이지 이상일 때 프로세서가 한가하면 실행됩니다 (MmZeroingPageEvent).</translation>
    </message>
    <message>
        <source>The page left the working set. No PTE maps the frame any more (its share count fell to 0); it stays in memory until its last reference goes, then it goes to a list.</source>
        <translation>페이지가 작업 집합을 떠났습니다. 이제 어떤 PTE도 이 프레임을 매핑하지 않습니다(공유 카운트가 0이 됨). 마지막 참조가 사라질 때까지 메모리에 남았다가 리스트로 갑니다.</translation>
    </message>
    <message>
        <source>The memory was released. No PTE maps the frame any more (its share count fell to 0); it stays in memory until its last reference goes, then it goes to a list.</source>
        <translation>메모리가 해제되었습니다. 이제 어떤 PTE도 이 프레임을 매핑하지 않습니다(공유 카운트가 0이 됨). 마지막 참조가 사라질 때까지 메모리에 남았다가 리스트로 갑니다.</translation>
    </message>
    <message>
        <source>No PTE maps the frame any more (its share count fell to 0); it stays in memory until its last reference goes, then it goes to a list.</source>
        <translation>이제 어떤 PTE도 이 프레임을 매핑하지 않습니다(공유 카운트가 0이 됨). 마지막 참조가 사라질 때까지 메모리에 남았다가 리스트로 갑니다.</translation>
    </message>
    <message>
        <source>The working set was trimmed and the page is dirty, so it goes to the Modified list: its contents exist nowhere else until the modified page writer writes them to the paging file.</source>
        <translation>작업 집합이 트리밍되었고 페이지가 더티이므로 수정 리스트로 갑니다: 수정 페이지 기록기가 페이징 파일에 쓰기 전까지 그 내용은 다른 어디에도 없습니다.</translation>
    </message>
    <message>
        <source>Nothing refers to the page now and it is dirty, so it goes to the Modified list: its contents exist nowhere else until the modified page writer writes them to the paging file.</source>
        <translation>이제 아무것도 페이지를 참조하지 않고 페이지가 더티이므로 수정 리스트로 갑니다: 수정 페이지 기록기가 페이징 파일에 쓰기 전까지 그 내용은 다른 어디에도 없습니다.</translation>
    </message>
    <message>
        <source>The write finished, so the page is clean: it goes to Standby, where a fault takes it back without reading the disk (a soft fault) until the frame is needed for something else.</source>
        <translation>쓰기가 끝나 페이지가 깨끗해졌으므로 스탠바이로 갑니다: 프레임이 다른 용도로 필요해지기 전까지는 폴트가 나면 디스크를 읽지 않고 되찾습니다 (소프트 폴트).</translation>
    </message>
    <message>
        <source>The working set was trimmed and the page is clean (its contents are also in the paging file or its file): it goes to Standby, where a fault takes it back without reading the disk (a soft fault) until the frame is needed for something else.</source>
        <translation>작업 집합이 트리밍되었고 페이지가 깨끗하므로(내용이 페이징 파일이나 그 파일에도 있음) 스탠바이로 갑니다: 프레임이 다른 용도로 필요해지기 전까지는 폴트가 나면 디스크를 읽지 않고 되찾습니다 (소프트 폴트).</translation>
    </message>
    <message>
        <source>Nothing refers to the page now and it is clean: it goes to Standby, where a fault takes it back without reading the disk (a soft fault) until the frame is needed for something else.</source>
        <translation>이제 아무것도 페이지를 참조하지 않고 페이지가 깨끗하므로 스탠바이로 갑니다: 프레임이 다른 용도로 필요해지기 전까지는 폴트가 나면 디스크를 읽지 않고 되찾습니다 (소프트 폴트).</translation>
    </message>
    <message>
        <source>No PTE will ever ask for the page's contents again (the memory was freed or its process ended), so the page goes to the Free list.</source>
        <translation>어떤 PTE도 다시는 이 페이지의 내용을 찾지 않으므로(메모리가 해제되었거나 프로세스가 끝남) 페이지는 프리 리스트로 갑니다.</translation>
    </message>
    <message>
        <source>The mapped page writer took the page off the Modified list to write it back to its file; it is in transition while the write is in progress.</source>
        <translation>매핑 페이지 기록기가 페이지를 파일에 다시 쓰려고 수정 리스트에서 꺼냈습니다. 쓰는 동안 페이지는 전이 상태입니다.</translation>
    </message>
    <message>
        <source>The modified page writer took the page off the Modified list to write it to the paging file; it is in transition while the write is in progress.</source>
        <translation>수정 페이지 기록기가 페이지를 페이징 파일에 쓰려고 수정 리스트에서 꺼냈습니다. 쓰는 동안 페이지는 전이 상태입니다.</translation>
    </message>
    <message>
        <source>A fault found the page still on the %1 list (a soft fault), so it is taken off the list to be used again.</source>
        <translation>폴트가 난 페이지가 아직 %1 리스트에 있었으므로(소프트 폴트) 다시 쓰기 위해 리스트에서 꺼냅니다.</translation>
    </message>
    <message>
        <source>The memory was freed while its page waited on the %1 list, so the page is taken off it.</source>
        <translation>페이지가 %1 리스트에서 기다리는 동안 메모리가 해제되어 페이지를 리스트에서 꺼냅니다.</translation>
    </message>
    <message>
        <source>The page is taken off the %1 list.</source>
        <translation>페이지를 %1 리스트에서 꺼냅니다.</translation>
    </message>
    <message>
        <source>A soft fault: the page was still in memory, so it goes back into use without reading the disk.</source>
        <translation>소프트 폴트: 페이지가 아직 메모리에 있으므로 디스크를 읽지 않고 다시 쓰입니다.</translation>
    </message>
    <message>
        <source>%1 moved the frame from %2 to %3.</source>
        <translation>%1이(가) 프레임을 %2에서 %3(으)로 옮겼습니다.</translation>
    </message>
    <message>
        <source>The debugger wrote this value (ed): the memory manager did not choose it.</source>
        <translation>디버거가 이 값을 썼습니다 (ed). 메모리 관리자가 고른 값이 아닙니다.</translation>
    </message>
    <message>
        <source>The PTE was empty, so the VAD decides: the address is committed private memory, so the PTE becomes demand zero with the VAD's protection.</source>
        <translation>PTE가 비어 있어 VAD가 정합니다: 주소가 커밋된 전용 메모리이므로 PTE는 VAD의 보호 속성을 가진 요구 시 0 채움이 됩니다.</translation>
    </message>
    <message>
        <source>The PTE was empty, so the VAD decides: the address is in a view of a section, so the PTE points at the section's prototype PTE.</source>
        <translation>PTE가 비어 있어 VAD가 정합니다: 주소가 섹션의 뷰 안에 있으므로 PTE는 섹션의 프로토타입 PTE를 가리킵니다.</translation>
    </message>
    <message>
        <source>The page table did not exist yet: a zero-filled page becomes the page table and its PDE is made valid.</source>
        <translation>페이지 테이블이 아직 없었습니다: 0으로 채운 페이지가 페이지 테이블이 되고 그 PDE가 유효해집니다.</translation>
    </message>
    <message>
        <source>A demand-zero fault: a zero-filled page now backs the address (marked dirty at once when writable, so a write does not fault again).</source>
        <translation>요구 시 0 채움 폴트: 이제 0으로 채운 페이지가 주소를 뒷받침합니다 (쓰기 가능하면 바로 더티로 표시해 쓰기 때 다시 폴트가 나지 않게 합니다).</translation>
    </message>
    <message>
        <source>The working set was trimmed: the page left the working set, and its PTE becomes a transition PTE that still names the frame, so a fault can take the page back without I/O while it stays on a list.</source>
        <translation>작업 집합이 트리밍되었습니다: 페이지가 작업 집합을 떠나고 PTE는 여전히 프레임을 가리키는 전이 PTE가 되므로, 페이지가 리스트에 있는 동안에는 폴트가 나도 I/O 없이 되찾을 수 있습니다.</translation>
    </message>
    <message>
        <source>The page left the working set, and its PTE becomes a transition PTE that still names the frame, so a fault can take the page back without I/O while it stays on a list.</source>
        <translation>페이지가 작업 집합을 떠나고 PTE는 여전히 프레임을 가리키는 전이 PTE가 되므로, 페이지가 리스트에 있는 동안에는 폴트가 나도 I/O 없이 되찾을 수 있습니다.</translation>
    </message>
    <message>
        <source>The shared page left this working set: the PTE points at the section's prototype PTE again.</source>
        <translation>공유 페이지가 이 작업 집합을 떠났습니다: PTE가 다시 섹션의 프로토타입 PTE를 가리킵니다.</translation>
    </message>
    <message>
        <source>The frame is being reused for something else, so its old owner's %1 gets back what it held before the page came in (the PFN's OriginalPte): where its contents are in the paging file.</source>
        <translation>프레임이 다른 용도로 재사용되므로 예전 주인의 %1이(가) 페이지가 들어오기 전의 값(PFN의 OriginalPte)을 되찾습니다: 내용이 페이징 파일의 어디에 있는지.</translation>
    </message>
    <message>
        <source>The frame is being reused for something else, so its old owner's %1 gets back what it held before the page came in (the PFN's OriginalPte): the page's place in its file.</source>
        <translation>프레임이 다른 용도로 재사용되므로 예전 주인의 %1이(가) 페이지가 들어오기 전의 값(PFN의 OriginalPte)을 되찾습니다: 파일 안에서 페이지의 자리.</translation>
    </message>
    <message>
        <source>The frame is being reused for something else, so its old owner's %1 gets back what it held before the page came in (the PFN's OriginalPte): demand zero.</source>
        <translation>프레임이 다른 용도로 재사용되므로 예전 주인의 %1이(가) 페이지가 들어오기 전의 값(PFN의 OriginalPte)을 되찾습니다: 요구 시 0 채움.</translation>
    </message>
    <message>
        <source>The frame is being reused for something else, so its old owner's %1 gets back what it held before the page came in (the PFN's OriginalPte).</source>
        <translation>프레임이 다른 용도로 재사용되므로 예전 주인의 %1이(가) 페이지가 들어오기 전의 값(PFN의 OriginalPte)을 되찾습니다.</translation>
    </message>
    <message>
        <source>The memory was freed or decommitted: the PTE no longer maps a page, and the page is released.</source>
        <translation>메모리가 해제되거나 커밋 해제되었습니다: PTE는 더 이상 페이지를 매핑하지 않고, 페이지는 풀려납니다.</translation>
    </message>
    <message>
        <source>The process is ending: its page tables are freed and their PDEs cleared.</source>
        <translation>프로세스가 끝나는 중입니다: 페이지 테이블이 해제되고 그 PDE가 지워집니다.</translation>
    </message>
    <message>
        <source>The hyperspace mapping counter (a number kept in the first reserved PTE, not a PTE): %1 of %2 slots left.</source>
        <translation>하이퍼스페이스 매핑 카운터 (첫 예약 PTE에 보관하는 숫자이지 PTE가 아닙니다): %2개 중 %1개 슬롯이 남음.</translation>
    </message>
    <message>
        <source>Frame %1 is mapped in hyperspace, so the running process can reach a page it does not map (another process's page table or directory, a page to clear).</source>
        <translation>프레임 %1을(를) 하이퍼스페이스에 매핑해, 실행 중인 프로세스가 자신이 매핑하지 않은 페이지(다른 프로세스의 페이지 테이블이나 디렉터리, 지울 페이지)에 닿을 수 있게 합니다.</translation>
    </message>
    <message>
        <source>The hyperspace slot is released. No invlpg: the slot is not used again until the counter runs out and the whole TLB is flushed.</source>
        <translation>하이퍼스페이스 슬롯을 놓습니다. invlpg는 하지 않습니다: 카운터가 다 떨어져 TLB 전체를 플러시할 때까지 이 슬롯은 다시 쓰이지 않습니다.</translation>
    </message>
    <message>
        <source>The zero page thread's own hyperspace PTE maps the frame so that it can be cleared.</source>
        <translation>제로 페이지 스레드 전용 하이퍼스페이스 PTE가 프레임을 매핑해 지울 수 있게 합니다.</translation>
    </message>
    <message>
        <source>The new process's hyperspace mapping counter starts with all 255 slots free (a number, not a PTE).</source>
        <translation>새 프로세스의 하이퍼스페이스 매핑 카운터는 255개 슬롯이 모두 빈 상태로 시작합니다 (PTE가 아니라 숫자).</translation>
    </message>
    <message>
        <source>The new hyperspace page table maps the working set list page at c0502000.</source>
        <translation>새 하이퍼스페이스 페이지 테이블이 c0502000의 작업 집합 리스트 페이지를 매핑합니다.</translation>
    </message>
    <message>
        <source>The new directory's self-map entry (PDE 300) points at the directory itself, so its page tables appear at c0000000 once it is the running directory.</source>
        <translation>새 디렉터리의 자체 매핑 항목(PDE 300)은 디렉터리 자신을 가리키므로, 이 디렉터리가 실행 중인 디렉터리가 되면 그 페이지 테이블들이 c0000000에 나타납니다.</translation>
    </message>
    <message>
        <source>The new directory's PDE 301 points at the new process's own hyperspace page table.</source>
        <translation>새 디렉터리의 PDE 301은 새 프로세스 자신의 하이퍼스페이스 페이지 테이블을 가리킵니다.</translation>
    </message>
    <message>
        <source>A system PDE copied from the parent's directory: every process sees the same system space.</source>
        <translation>부모의 디렉터리에서 복사한 시스템 PDE: 모든 프로세스가 같은 시스템 공간을 봅니다.</translation>
    </message>
    <message>
        <source>The working set list needs another page: a new page is mapped at its end.</source>
        <translation>작업 집합 리스트에 페이지가 하나 더 필요합니다: 끝에 새 페이지를 매핑합니다.</translation>
    </message>
    <message>
        <source>A prototype PTE of the new section names its subsection: the page is in the file, nothing is in memory yet.</source>
        <translation>새 섹션의 프로토타입 PTE가 서브섹션을 가리킵니다: 페이지는 파일에 있고 메모리에는 아직 아무것도 없습니다.</translation>
    </message>
    <message>
        <source>A prototype PTE of the new section backed by the paging file: demand zero until first touched.</source>
        <translation>페이징 파일을 뒷받침으로 하는 새 섹션의 프로토타입 PTE: 처음 건드릴 때까지 요구 시 0 채움입니다.</translation>
    </message>
    <message>
        <source>A hard fault on a section page: the page is being read from its file, and the prototype PTE is in transition while the read is in progress.</source>
        <translation>섹션 페이지의 하드 폴트: 페이지를 파일에서 읽는 중이며, 읽는 동안 프로토타입 PTE는 전이 상태입니다.</translation>
    </message>
    <message>
        <source>The read from disk finished: the %1 becomes valid.</source>
        <translation>디스크 읽기가 끝났습니다: %1이(가) 유효해집니다.</translation>
    </message>
    <message>
        <source>The process's PTE gets the frame its prototype PTE holds: the page is shared, and the PFN's share count counts this mapping.</source>
        <translation>프로세스의 PTE가 프로토타입 PTE의 프레임을 받습니다: 페이지는 공유되며 PFN의 공유 카운트가 이 매핑을 셉니다.</translation>
    </message>
    <message>
        <source>A hard fault: the page is being read from the paging file; the PTE is in transition while the read is in progress, so other faults on it wait.</source>
        <translation>하드 폴트: 페이지를 페이징 파일에서 읽는 중입니다. 읽는 동안 PTE는 전이 상태여서 같은 페이지의 다른 폴트는 기다립니다.</translation>
    </message>
    <message>
        <source>A soft fault: the frame is still in memory, so the %1 becomes valid again without reading the disk.</source>
        <translation>소프트 폴트: 프레임이 아직 메모리에 있으므로 디스크를 읽지 않고 %1이(가) 다시 유효해집니다.</translation>
    </message>
    <message>
        <source>A write to a copy-on-write page: the process gets its own copy, writable, and lets go of the shared page.</source>
        <translation>쓰기 시 복사 페이지에 쓰기: 프로세스가 쓰기 가능한 자신만의 사본을 받고 공유 페이지를 놓습니다.</translation>
    </message>
    <message>
        <source>No process maps the shared page any more: its prototype PTE becomes a transition PTE, so the next fault finds the page while it stays on a list.</source>
        <translation>이제 어떤 프로세스도 공유 페이지를 매핑하지 않습니다: 프로토타입 PTE가 전이 PTE가 되어, 페이지가 리스트에 있는 동안 다음 폴트가 그 페이지를 찾습니다.</translation>
    </message>
    <message>
        <source>Fork: the parent's and the child's private pages become shared through prototype PTEs, to be copied on the first write.</source>
        <translation>포크: 부모와 자식의 전용 페이지가 프로토타입 PTE를 통해 공유되고, 처음 쓸 때 복사됩니다.</translation>
    </message>
    <message>
        <source>The page's protection changed.</source>
        <translation>페이지의 보호 속성이 바뀌었습니다.</translation>
    </message>
    <message>
        <source>Committing memory whose page table exists: the PTE becomes demand zero with the protection asked for, and the first touch takes a zero-filled page.</source>
        <translation>페이지 테이블이 있는 메모리를 커밋: PTE는 요청한 보호 속성의 요구 시 0 채움이 되고, 처음 건드릴 때 0으로 채운 페이지를 가져갑니다.</translation>
    </message>
    <message>
        <source>The first touch of a guard page: the guard goes and this access fails once (STATUS_GUARD_PAGE_VIOLATION); the next one succeeds.</source>
        <translation>가드 페이지를 처음 건드림: 가드가 없어지고 이번 접근은 한 번 실패합니다 (STATUS_GUARD_PAGE_VIOLATION). 다음 접근은 성공합니다.</translation>
    </message>
    <message>
        <source>Paged pool grows: a zero-filled page is mapped for the structures that live there (prototype PTEs).</source>
        <translation>페이지드 풀이 커집니다: 그곳에 사는 구조체(프로토타입 PTE)를 위해 0으로 채운 페이지를 매핑합니다.</translation>
    </message>
    <message>
        <source>Boot builds the system's page tables.</source>
        <translation>부팅이 시스템의 페이지 테이블을 만듭니다.</translation>
    </message>
    <message>
        <source>%1 changed the %2.</source>
        <translation>%1이(가) %2을(를) 바꿨습니다.</translation>
    </message>
    <message>
        <source>The Free list holds %1 pages (8 or more): MmZeroingPageEvent is set, so the zero page thread may run when the processor is idle.</source>
        <translation>프리 리스트가 %1페이지입니다 (8 이상): MmZeroingPageEvent가 설정되어 프로세서가 한가할 때 제로 페이지 스레드가 실행될 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 returned %2.</source>
        <translation>%1이(가) %2을(를) 돌려주었습니다.</translation>
    </message>
    <message>
        <source>The MMU could not translate %1: a page fault. MmAccessFault finds out why and resolves it.</source>
        <translation>MMU가 %1을(를) 변환하지 못했습니다: 페이지 폴트. MmAccessFault가 이유를 찾아 해결합니다.</translation>
    </message>
    <message>
        <source>The frame is cleared through a hyperspace mapping before it is used.</source>
        <translation>프레임은 쓰기 전에 하이퍼스페이스 매핑을 통해 지워집니다.</translation>
    </message>
    <message>
        <source>The thread attaches to another process's address space to work in it; the TLB keeps only global entries.</source>
        <translation>스레드가 다른 프로세스의 주소 공간에 붙어 그 안에서 일합니다. TLB에는 전역 항목만 남습니다.</translation>
    </message>
    <message>
        <source>The thread goes back to its own process's address space; the TLB keeps only global entries.</source>
        <translation>스레드가 자기 프로세스의 주소 공간으로 돌아갑니다. TLB에는 전역 항목만 남습니다.</translation>
    </message>
    <message>
        <source>A context switch: CR3 now holds the new process's page directory, and the TLB keeps only global entries.</source>
        <translation>컨텍스트 전환: 이제 CR3가 새 프로세스의 페이지 디렉터리를 가리키고, TLB에는 전역 항목만 남습니다.</translation>
    </message>
    <message>
        <source>The TLB may still hold the old translation of this page, so invlpg drops it.</source>
        <translation>TLB에 이 페이지의 예전 변환이 남아 있을 수 있어 invlpg로 지웁니다.</translation>
    </message>
    <message>
        <source>Every hyperspace slot was used since the last flush: the TLB is flushed (global entries kept) and the counter starts over.</source>
        <translation>마지막 플러시 이후 하이퍼스페이스 슬롯을 모두 썼습니다: TLB를 플러시하고(전역 항목은 남김) 카운터를 다시 시작합니다.</translation>
    </message>
    <message>
        <source>Every TLB entry not marked Global is dropped.</source>
        <translation>전역으로 표시되지 않은 TLB 항목은 모두 버려집니다.</translation>
    </message>
</context>
<context>
    <name>mm::glossary</name>
    <message>
        <source>The boot loader builds the first page tables before paging is turned on.</source>
        <translation>페이징을 켜기 전에 부트 로더가 첫 페이지 테이블을 만듭니다.</translation>
    </message>
    <message>
        <source>Once, at boot.</source>
        <translation>부팅할 때 한 번.</translation>
    </message>
    <message>
        <source>Builds the System page directory with the self-map, hyperspace and the KSEG0 large-page PDEs.</source>
        <translation>자체 매핑, 하이퍼스페이스, KSEG0 큰 페이지 PDE가 있는 System 페이지 디렉터리를 만듭니다.</translation>
    </message>
    <message>
        <source>Sets up the memory manager's x86 structures: the PFN database, the lists, the system PTEs and the initial nonpaged pool.</source>
        <translation>메모리 관리자의 x86 구조를 준비합니다: PFN 데이터베이스, 리스트, 시스템 PTE, 초기 비페이지드 풀.</translation>
    </message>
    <message>
        <source>Once, at boot (MmInitSystem phase 0).</source>
        <translation>부팅할 때 한 번 (MmInitSystem 0단계).</translation>
    </message>
    <message>
        <source>Builds the PFN database at MmPfnDatabase and puts every frame not used by the system on the Free list.</source>
        <translation>MmPfnDatabase에 PFN 데이터베이스를 만들고, 시스템이 쓰지 않는 모든 프레임을 프리 리스트에 넣습니다.</translation>
    </message>
    <message>
        <source>Puts a frame on one of the page lists (Zeroed, Standby, Modified, ...).</source>
        <translation>프레임을 페이지 리스트(제로, 스탠바이, 수정 등) 중 하나에 넣습니다.</translation>
    </message>
    <message>
        <source>When a page leaves a working set or is written out, and at boot.</source>
        <translation>페이지가 작업 집합을 떠나거나 기록되었을 때, 그리고 부팅할 때.</translation>
    </message>
    <message>
        <source>Links the PFN entry into the list and updates its count; the frame's state becomes the list's.</source>
        <translation>PFN 항목을 리스트에 연결하고 리스트 크기를 고칩니다. 프레임의 상태는 그 리스트가 됩니다.</translation>
    </message>
    <message>
        <source>Puts a frame on the Free list; wakes the zero page thread when the list reaches 8 pages.</source>
        <translation>프레임을 프리 리스트에 넣습니다. 리스트가 8페이지에 이르면 제로 페이지 스레드를 깨웁니다.</translation>
    </message>
    <message>
        <source>When a page's last reference goes away (process exit, a freed private page).</source>
        <translation>페이지의 마지막 참조가 사라질 때 (프로세스 종료, 해제된 전용 페이지).</translation>
    </message>
    <message>
        <source>Links the frame to the Free list; sets MmZeroingPageEvent when Free holds 8 pages or more.</source>
        <translation>프레임을 프리 리스트에 연결합니다. 프리가 8페이지 이상이면 MmZeroingPageEvent를 설정합니다.</translation>
    </message>
    <message>
        <source>Takes a frame off whatever list it is on.</source>
        <translation>프레임을 지금 있는 리스트에서 꺼냅니다.</translation>
    </message>
    <message>
        <source>A soft fault taking a page back, or a page picked to be reused.</source>
        <translation>소프트 폴트가 페이지를 되찾을 때, 또는 재사용할 페이지를 고를 때.</translation>
    </message>
    <message>
        <source>Unlinks the PFN entry and decrements the list's count.</source>
        <translation>PFN 항목의 연결을 끊고 리스트 크기를 줄입니다.</translation>
    </message>
    <message>
        <source>Gives a zeroed page: from the Zeroed list, else a Free page zeroed now, else a Standby page zeroed now.</source>
        <translation>0으로 채운 페이지를 줍니다: 제로 리스트에서, 없으면 프리 페이지를 지금 지워서, 그것도 없으면 스탠바이 페이지를 지금 지워서.</translation>
    </message>
    <message>
        <source>Demand-zero faults, new page tables, process creation (its three pages).</source>
        <translation>요구 시 0 채움 폴트, 새 페이지 테이블, 프로세스 생성 (세 페이지).</translation>
    </message>
    <message>
        <source>Takes the page and zeroes it when needed (through hyperspace); the console says which list it came from.</source>
        <translation>페이지를 가져오고 필요하면 (하이퍼스페이스를 통해) 지웁니다. 콘솔에 어느 리스트에서 왔는지 나옵니다.</translation>
    </message>
    <message>
        <source>Gives a page that will be overwritten anyway: Free, else Zeroed, else Standby.</source>
        <translation>어차피 덮어쓸 페이지를 줍니다: 프리, 없으면 제로, 그것도 없으면 스탠바이.</translation>
    </message>
    <message>
        <source>Page reads (hard faults), copy-on-write copies, the zero page thread.</source>
        <translation>페이지 읽기 (하드 폴트), 쓰기 시 복사의 사본, 제로 페이지 스레드.</translation>
    </message>
    <message>
        <source>Takes the page; a Standby page first has its old PTE pointed at where its data now lives.</source>
        <translation>페이지를 가져옵니다. 스탠바이 페이지라면 먼저 예전 PTE가 데이터의 현재 위치를 가리키게 합니다.</translation>
    </message>
    <message>
        <source>Fills a frame with zeros.</source>
        <translation>프레임을 0으로 채웁니다.</translation>
    </message>
    <message>
        <source>Whenever a page must be handed out zeroed.</source>
        <translation>페이지를 0으로 채워서 내줘야 할 때마다.</translation>
    </message>
    <message>
        <source>Zeroes the frame's bytes through KSEG0 or hyperspace.</source>
        <translation>KSEG0나 하이퍼스페이스를 통해 프레임의 바이트를 0으로 만듭니다.</translation>
    </message>
    <message>
        <source>Maps a physical page into the current process's hyperspace for a moment.</source>
        <translation>물리 페이지를 현재 프로세스의 하이퍼스페이스에 잠시 매핑합니다.</translation>
    </message>
    <message>
        <source>To reach a frame that is not mapped in this address space, such as a new process's page directory.</source>
        <translation>이 주소 공간에 매핑되지 않은 프레임(예: 새 프로세스의 페이지 디렉터리)에 닿기 위해.</translation>
    </message>
    <message>
        <source>Writes one of the reserved mapping PTEs at C0301000 and returns its address in C0400000-C04FFFFF.</source>
        <translation>C0301000의 예약 매핑 PTE 중 하나를 쓰고 C0400000-C04FFFFF 안의 주소를 돌려줍니다.</translation>
    </message>
    <message>
        <source>Releases a hyperspace mapping.</source>
        <translation>하이퍼스페이스 매핑을 놓습니다.</translation>
    </message>
    <message>
        <source>After the work through hyperspace is done.</source>
        <translation>하이퍼스페이스를 통한 작업이 끝난 뒤.</translation>
    </message>
    <message>
        <source>Clears the mapping PTE and flushes its TLB entry.</source>
        <translation>매핑 PTE를 지우고 그 TLB 항목을 플러시합니다.</translation>
    </message>
    <message>
        <source>Maps a frame to be zeroed: its KSEG0 address when the frame is below MmKseg2Frame, else the zeroing PTE.</source>
        <translation>지울 프레임을 매핑합니다: 프레임이 MmKseg2Frame 아래면 KSEG0 주소를, 아니면 지우기용 PTE를 씁니다.</translation>
    </message>
    <message>
        <source>Zeroing a page.</source>
        <translation>페이지를 지울 때.</translation>
    </message>
    <message>
        <source>Returns (pfn + 80000h) &lt;&lt; 12, or writes the PTE at C0301404 and returns C0501000.</source>
        <translation>(pfn + 80000h) &lt;&lt; 12를 돌려주거나, C0301404의 PTE를 쓰고 C0501000을 돌려줍니다.</translation>
    </message>
    <message>
        <source>Fills in a frame's PFN entry when a PTE starts to map it.</source>
        <translation>PTE가 프레임을 매핑하기 시작할 때 그 프레임의 PFN 항목을 채웁니다.</translation>
    </message>
    <message>
        <source>Every time a page becomes valid for the first time (faults, new page tables).</source>
        <translation>페이지가 처음 유효해질 때마다 (폴트, 새 페이지 테이블).</translation>
    </message>
    <message>
        <source>Sets PteAddress, OriginalPte (the PTE's old value, or demand zero), reference and share count 1, Active; increments the page table's share count.</source>
        <translation>PteAddress, OriginalPte(PTE의 이전 값 또는 요구 시 0 채움), 참조·공유 카운트 1, Active를 설정하고, 페이지 테이블의 공유 카운트를 늘립니다.</translation>
    </message>
    <message>
        <source>One fewer PTE maps the frame; at zero the page leaves use.</source>
        <translation>프레임을 매핑하는 PTE가 하나 줄어듭니다. 0이 되면 페이지는 쓰이지 않게 됩니다.</translation>
    </message>
    <message>
        <source>A page removed from a working set, unmapped or deleted.</source>
        <translation>페이지가 작업 집합에서 빠지거나, 매핑이 풀리거나, 삭제될 때.</translation>
    </message>
    <message>
        <source>At share count 0 the PTE becomes a transition PTE and the frame goes to Modified or Standby.</source>
        <translation>공유 카운트가 0이면 PTE는 전이 PTE가 되고 프레임은 수정 또는 스탠바이로 갑니다.</translation>
    </message>
    <message>
        <source>One fewer reason to keep the frame; at zero it goes to a list.</source>
        <translation>프레임을 붙잡아 둘 이유가 하나 줄어듭니다. 0이 되면 리스트로 갑니다.</translation>
    </message>
    <message>
        <source>After the share count reaches 0, or an I/O completes.</source>
        <translation>공유 카운트가 0이 된 뒤, 또는 I/O가 끝났을 때.</translation>
    </message>
    <message>
        <source>Puts the frame on Modified (if dirty), Standby, or Free (when nothing maps it any more).</source>
        <translation>프레임을 수정(더티일 때), 스탠바이, 또는 프리(더는 아무것도 매핑하지 않을 때)에 넣습니다.</translation>
    </message>
    <message>
        <source>Gives a reused Standby page's old PTE its data's location.</source>
        <translation>재사용되는 스탠바이 페이지의 예전 PTE에 데이터의 위치를 줍니다.</translation>
    </message>
    <message>
        <source>When a Standby page is taken for something else.</source>
        <translation>스탠바이 페이지를 다른 용도로 가져갈 때.</translation>
    </message>
    <message>
        <source>Writes the frame's OriginalPte (a paging-file or prototype PTE) into the PTE that still named the frame.</source>
        <translation>아직 그 프레임을 가리키던 PTE에 프레임의 OriginalPte(페이징 파일 PTE 또는 프로토타입 PTE)를 씁니다.</translation>
    </message>
    <message>
        <source>The zero page thread: priority 0, zeroes Free pages into the Zeroed list.</source>
        <translation>제로 페이지 스레드: 우선순위 0, 프리 페이지를 지워 제로 리스트로 옮깁니다.</translation>
    </message>
    <message>
        <source>When the CPU is idle and MmZeroingPageEvent is set (Free holds at least 8 pages).</source>
        <translation>CPU가 한가하고 MmZeroingPageEvent가 설정되었을 때 (프리가 8페이지 이상).</translation>
    </message>
    <message>
        <source>`idle` or `zero` let it run; it empties the Free list into Zeroed.</source>
        <translation>`idle`이나 `zero`로 실행됩니다. 프리 리스트를 비워 제로로 옮깁니다.</translation>
    </message>
    <message>
        <source>Builds a new process's address space in the parent's context: page directory, hyperspace page table, working set list page.</source>
        <translation>부모의 컨텍스트에서 새 프로세스의 주소 공간을 만듭니다: 페이지 디렉터리, 하이퍼스페이스 페이지 테이블, 작업 집합 리스트 페이지.</translation>
    </message>
    <message>
        <source>From PspCreateProcess.</source>
        <translation>PspCreateProcess에서.</translation>
    </message>
    <message>
        <source>Takes three zeroed pages, maps the directory in the parent's hyperspace, writes PDE 301 and the self-map PDE 300, copies the system PDEs.</source>
        <translation>0으로 채운 페이지 세 개를 가져와 디렉터리를 부모의 하이퍼스페이스에 매핑하고, PDE 301과 자체 매핑 PDE 300을 쓰고, 시스템 PDE를 복사합니다.</translation>
    </message>
    <message>
        <source>Finishes the new address space in the new process's context: the working set list, the image view.</source>
        <translation>새 프로세스의 컨텍스트에서 새 주소 공간을 마무리합니다: 작업 집합 리스트, 이미지 뷰.</translation>
    </message>
    <message>
        <source>Right after MmCreateProcessAddressSpace.</source>
        <translation>MmCreateProcessAddressSpace 바로 뒤.</translation>
    </message>
    <message>
        <source>Builds the working set list at C0502000 with its three locked entries, maps the image and the system DLLs.</source>
        <translation>잠긴 항목 세 개가 있는 작업 집합 리스트를 C0502000에 만들고, 이미지와 시스템 DLL을 매핑합니다.</translation>
    </message>
    <message>
        <source>Sets up a working set list: its header and the first locked entries.</source>
        <translation>작업 집합 리스트를 준비합니다: 헤더와 처음의 잠긴 항목들.</translation>
    </message>
    <message>
        <source>When a process's address space is initialised.</source>
        <translation>프로세스의 주소 공간을 초기화할 때.</translation>
    </message>
    <message>
        <source>Writes MMWSL at C0502000 and the WSLEs of the page directory, hyperspace page table and list page.</source>
        <translation>C0502000에 MMWSL을 쓰고, 페이지 디렉터리, 하이퍼스페이스 페이지 테이블, 리스트 페이지의 WSLE를 씁니다.</translation>
    </message>
    <message>
        <source>Tears down a process's user space: every VAD and the pages they map.</source>
        <translation>프로세스의 사용자 공간을 허뭅니다: 모든 VAD와 그것이 매핑하는 페이지.</translation>
    </message>
    <message>
        <source>When a process exits (PspExitProcess).</source>
        <translation>프로세스가 끝날 때 (PspExitProcess).</translation>
    </message>
    <message>
        <source>Deletes every VAD's pages (private pages to Free), unmaps views, frees the user page tables.</source>
        <translation>모든 VAD의 페이지를 지우고(전용 페이지는 프리로), 뷰의 매핑을 풀고, 사용자 페이지 테이블을 해제합니다.</translation>
    </message>
    <message>
        <source>Frees the last pages of a process: working set list, hyperspace page table, page directory.</source>
        <translation>프로세스의 마지막 페이지들을 해제합니다: 작업 집합 리스트, 하이퍼스페이스 페이지 테이블, 페이지 디렉터리.</translation>
    </message>
    <message>
        <source>At the end of process deletion.</source>
        <translation>프로세스 삭제의 마지막에.</translation>
    </message>
    <message>
        <source>Puts the three pages on the Free list.</source>
        <translation>세 페이지를 프리 리스트에 넣습니다.</translation>
    </message>
    <message>
        <source>Creates a process object and its address space.</source>
        <translation>프로세스 객체와 그 주소 공간을 만듭니다.</translation>
    </message>
    <message>
        <source>NtCreateProcess (here: `spawn`, `fork`).</source>
        <translation>NtCreateProcess (여기서는 `spawn`, `fork`).</translation>
    </message>
    <message>
        <source>Allocates the EPROCESS in nonpaged pool, calls MmCreateProcessAddressSpace and MmInitializeProcessAddressSpace.</source>
        <translation>비페이지드 풀에 EPROCESS를 할당하고 MmCreateProcessAddressSpace와 MmInitializeProcessAddressSpace를 부릅니다.</translation>
    </message>
    <message>
        <source>Ends a process.</source>
        <translation>프로세스를 끝냅니다.</translation>
    </message>
    <message>
        <source>When its last thread exits (here: `exit`).</source>
        <translation>마지막 스레드가 끝날 때 (여기서는 `exit`).</translation>
    </message>
    <message>
        <source>Calls MmCleanProcessAddressSpace and MmDeleteProcessAddressSpace, frees the EPROCESS.</source>
        <translation>MmCleanProcessAddressSpace와 MmDeleteProcessAddressSpace를 부르고 EPROCESS를 해제합니다.</translation>
    </message>
    <message>
        <source>Switches the CPU to another process: loads CR3.</source>
        <translation>CPU를 다른 프로세스로 전환합니다: CR3를 로드합니다.</translation>
    </message>
    <message>
        <source>On a context switch (here: `switch`).</source>
        <translation>컨텍스트 전환 때 (여기서는 `switch`).</translation>
    </message>
    <message>
        <source>Loads CR3 from the new DirectoryTableBase[0]; the TLB keeps only global entries.</source>
        <translation>새 DirectoryTableBase[0]으로 CR3를 로드합니다. TLB에는 전역 항목만 남습니다.</translation>
    </message>
    <message>
        <source>Makes the current thread run in another process's address space for a while.</source>
        <translation>현재 스레드가 잠시 다른 프로세스의 주소 공간에서 실행되게 합니다.</translation>
    </message>
    <message>
        <source>When the memory manager must touch another process's pages (trimming it, deleting it).</source>
        <translation>메모리 관리자가 다른 프로세스의 페이지를 건드려야 할 때 (트리밍, 삭제).</translation>
    </message>
    <message>
        <source>Loads the other process's CR3 (nested attaches are stacked).</source>
        <translation>다른 프로세스의 CR3를 로드합니다 (중첩된 붙기는 스택에 쌓입니다).</translation>
    </message>
    <message>
        <source>Returns from KeAttachProcess to the thread's own process.</source>
        <translation>KeAttachProcess에서 스레드 자신의 프로세스로 돌아옵니다.</translation>
    </message>
    <message>
        <source>After the attached work.</source>
        <translation>붙어서 하던 작업이 끝난 뒤.</translation>
    </message>
    <message>
        <source>Loads the previous CR3.</source>
        <translation>이전 CR3를 로드합니다.</translation>
    </message>
    <message>
        <source>Signals an event a thread waits on.</source>
        <translation>스레드가 기다리는 이벤트에 신호를 줍니다.</translation>
    </message>
    <message>
        <source>Here: MmZeroingPageEvent, set when the Free list reaches 8 pages.</source>
        <translation>여기서는 MmZeroingPageEvent: 프리 리스트가 8페이지에 이르면 설정됩니다.</translation>
    </message>
    <message>
        <source>Wakes the zero page thread.</source>
        <translation>제로 페이지 스레드를 깨웁니다.</translation>
    </message>
    <message>
        <source>The page fault handler.</source>
        <translation>페이지 폴트 처리기.</translation>
    </message>
    <message>
        <source>On every page fault (the CPU's exception 14).</source>
        <translation>모든 페이지 폴트 때 (CPU의 예외 14).</translation>
    </message>
    <message>
        <source>Checks the address and access, makes the page table valid first if needed, then calls MiDispatchFault.</source>
        <translation>주소와 접근을 검사하고, 필요하면 먼저 페이지 테이블을 유효하게 만든 뒤 MiDispatchFault를 부릅니다.</translation>
    </message>
    <message>
        <source>Decides how to resolve a fault from the PTE's format.</source>
        <translation>PTE 형식을 보고 폴트를 어떻게 해결할지 정합니다.</translation>
    </message>
    <message>
        <source>From MmAccessFault, for an invalid PTE.</source>
        <translation>유효하지 않은 PTE에 대해 MmAccessFault에서.</translation>
    </message>
    <message>
        <source>Calls the resolver: demand zero, transition, paging file, or prototype PTE.</source>
        <translation>해결 루틴을 부릅니다: 요구 시 0 채움, 전이, 페이징 파일, 프로토타입 PTE.</translation>
    </message>
    <message>
        <source>Gives a zeroed page for a PTE that says demand zero (or for a new page table).</source>
        <translation>요구 시 0 채움이라고 하는 PTE(또는 새 페이지 테이블)에 0으로 채운 페이지를 줍니다.</translation>
    </message>
    <message>
        <source>The first touch of committed private memory.</source>
        <translation>커밋된 전용 메모리를 처음 건드릴 때.</translation>
    </message>
    <message>
        <source>Takes a page with MiRemoveZeroPage, makes the PTE valid, adds the page to the working set.</source>
        <translation>MiRemoveZeroPage로 페이지를 가져와 PTE를 유효하게 만들고 페이지를 작업 집합에 넣습니다.</translation>
    </message>
    <message>
        <source>Takes a page back from the Standby or Modified list (a soft fault).</source>
        <translation>스탠바이나 수정 리스트에서 페이지를 되찾습니다 (소프트 폴트).</translation>
    </message>
    <message>
        <source>The PTE is a transition PTE: the page is still in memory.</source>
        <translation>PTE가 전이 PTE일 때: 페이지가 아직 메모리에 있습니다.</translation>
    </message>
    <message>
        <source>Unlinks the frame from its list, makes the PTE valid again; no disk read.</source>
        <translation>프레임을 리스트에서 떼어 내고 PTE를 다시 유효하게 만듭니다. 디스크는 읽지 않습니다.</translation>
    </message>
    <message>
        <source>Reads a page back from the paging file (a hard fault).</source>
        <translation>페이징 파일에서 페이지를 다시 읽어 들입니다 (하드 폴트).</translation>
    </message>
    <message>
        <source>The PTE is a paging-file PTE.</source>
        <translation>PTE가 페이징 파일 PTE일 때.</translation>
    </message>
    <message>
        <source>Takes a page, reads the paging-file slot into it (IoPageRead), makes the PTE valid.</source>
        <translation>페이지를 가져와 페이징 파일 슬롯을 읽어 넣고(IoPageRead), PTE를 유효하게 만듭니다.</translation>
    </message>
    <message>
        <source>Reads a page from a file or the paging file into a frame.</source>
        <translation>파일이나 페이징 파일에서 페이지를 프레임으로 읽어 들입니다.</translation>
    </message>
    <message>
        <source>From the fault resolvers (hard faults).</source>
        <translation>폴트 해결 루틴에서 (하드 폴트).</translation>
    </message>
    <message>
        <source>Copies the page's bytes from the simulated disk; the frame is marked read-in-progress meanwhile.</source>
        <translation>시뮬레이션된 디스크에서 페이지의 바이트를 복사합니다. 그동안 프레임은 읽는 중으로 표시됩니다.</translation>
    </message>
    <message>
        <source>Finishes a page read: the page becomes usable.</source>
        <translation>페이지 읽기를 마칩니다: 페이지를 쓸 수 있게 됩니다.</translation>
    </message>
    <message>
        <source>When IoPageRead completes.</source>
        <translation>IoPageRead가 끝났을 때.</translation>
    </message>
    <message>
        <source>Clears read-in-progress and makes the PTE valid.</source>
        <translation>읽는 중 표시를 지우고 PTE를 유효하게 만듭니다.</translation>
    </message>
    <message>
        <source>Checks an access against the page's protection.</source>
        <translation>접근을 페이지의 보호 속성과 대조합니다.</translation>
    </message>
    <message>
        <source>In MmAccessFault, before resolving the fault.</source>
        <translation>MmAccessFault 안에서, 폴트를 해결하기 전에.</translation>
    </message>
    <message>
        <source>Refuses (STATUS_ACCESS_VIOLATION, STATUS_GUARD_PAGE_VIOLATION) what the protection does not allow.</source>
        <translation>보호 속성이 허락하지 않는 접근을 거부합니다 (STATUS_ACCESS_VIOLATION, STATUS_GUARD_PAGE_VIOLATION).</translation>
    </message>
    <message>
        <source>Finds a free entry in the working set list.</source>
        <translation>작업 집합 리스트에서 빈 항목을 찾습니다.</translation>
    </message>
    <message>
        <source>When a page joins a working set.</source>
        <translation>페이지가 작업 집합에 들어갈 때.</translation>
    </message>
    <message>
        <source>Takes the list's FirstFree entry (growing the list when it is full).</source>
        <translation>리스트의 FirstFree 항목을 가져옵니다 (가득 차면 리스트를 늘립니다).</translation>
    </message>
    <message>
        <source>Returns a working set list entry to the free chain.</source>
        <translation>작업 집합 리스트 항목을 빈 항목 사슬로 돌려줍니다.</translation>
    </message>
    <message>
        <source>When a page leaves a working set.</source>
        <translation>페이지가 작업 집합을 떠날 때.</translation>
    </message>
    <message>
        <source>Marks the WSLE free and links it to FirstFree.</source>
        <translation>WSLE를 비어 있다고 표시하고 FirstFree에 연결합니다.</translation>
    </message>
    <message>
        <source>Adds a page to a working set.</source>
        <translation>페이지를 작업 집합에 넣습니다.</translation>
    </message>
    <message>
        <source>After a fault makes a page valid.</source>
        <translation>폴트로 페이지가 유효해진 뒤.</translation>
    </message>
    <message>
        <source>Writes the page's WSLE and stores its index in the PFN entry; the working set grows.</source>
        <translation>페이지의 WSLE를 쓰고 그 인덱스를 PFN 항목에 저장합니다. 작업 집합이 커집니다.</translation>
    </message>
    <message>
        <source>Takes a page out of a working set.</source>
        <translation>페이지를 작업 집합에서 꺼냅니다.</translation>
    </message>
    <message>
        <source>When a working set is trimmed.</source>
        <translation>작업 집합이 트리밍될 때.</translation>
    </message>
    <message>
        <source>Turns the PTE into a transition PTE, frees the WSLE, decrements the share count.</source>
        <translation>PTE를 전이 PTE로 바꾸고, WSLE를 비우고, 공유 카운트를 줄입니다.</translation>
    </message>
    <message>
        <source>The balance set manager's working set pass: ages and trims working sets.</source>
        <translation>밸런스 세트 관리자의 작업 집합 처리: 작업 집합을 나이 들게 하고 트리밍합니다.</translation>
    </message>
    <message>
        <source>When available pages fall below MmMinimumFreePages (26).</source>
        <translation>사용 가능한 페이지가 MmMinimumFreePages (26) 아래로 떨어질 때.</translation>
    </message>
    <message>
        <source>Clears Accessed bits (age 0) or ages pages; trims those at age 3; processes above their maximum first.</source>
        <translation>Accessed 비트를 지우거나(나이 0) 페이지를 나이 들게 하고, 나이 3인 페이지를 트리밍합니다. 최대를 넘은 프로세스가 먼저입니다.</translation>
    </message>
    <message>
        <source>Changes a working set's limits; trimming empties it.</source>
        <translation>작업 집합의 한도를 바꿉니다. 트리밍하면 비워집니다.</translation>
    </message>
    <message>
        <source>SetProcessWorkingSetSize (here: `trim`).</source>
        <translation>SetProcessWorkingSetSize (여기서는 `trim`).</translation>
    </message>
    <message>
        <source>Evicts pages from NextSlot round the list.</source>
        <translation>NextSlot부터 리스트를 돌며 페이지를 내보냅니다.</translation>
    </message>
    <message>
        <source>Removes pages from a working set.</source>
        <translation>작업 집합에서 페이지를 뺍니다.</translation>
    </message>
    <message>
        <source>From the working set manager and trims.</source>
        <translation>작업 집합 관리자와 트리밍에서.</translation>
    </message>
    <message>
        <source>Evicts the chosen pages (MiEliminateWorkingSetEntry).</source>
        <translation>고른 페이지를 내보냅니다 (MiEliminateWorkingSetEntry).</translation>
    </message>
    <message>
        <source>The modified page writer: writes Modified pages out and moves them to Standby.</source>
        <translation>수정 페이지 기록기: 수정된 페이지를 써 내보내고 스탠바이로 옮깁니다.</translation>
    </message>
    <message>
        <source>When the Modified list passes MmModifiedPageMaximum (here also: `modwrite`).</source>
        <translation>수정 리스트가 MmModifiedPageMaximum을 넘을 때 (여기서는 `modwrite`로도).</translation>
    </message>
    <message>
        <source>Gathers pages, writes them to the paging file, then the pages are Standby.</source>
        <translation>페이지를 모아 페이징 파일에 쓰고, 그러면 페이지는 스탠바이가 됩니다.</translation>
    </message>
    <message>
        <source>Collects Modified pages and reserves paging-file slots for them.</source>
        <translation>수정된 페이지를 모으고 그것을 위한 페이징 파일 슬롯을 예약합니다.</translation>
    </message>
    <message>
        <source>In the modified page writer.</source>
        <translation>수정 페이지 기록기 안에서.</translation>
    </message>
    <message>
        <source>Allocates a slot for each page in the paging file's bitmap.</source>
        <translation>페이징 파일의 비트맵에서 페이지마다 슬롯을 할당합니다.</translation>
    </message>
    <message>
        <source>Writes pages to a file or the paging file.</source>
        <translation>페이지를 파일이나 페이징 파일에 씁니다.</translation>
    </message>
    <message>
        <source>From the page writers.</source>
        <translation>페이지 기록기에서.</translation>
    </message>
    <message>
        <source>Copies the frame's bytes to the slot on the simulated disk.</source>
        <translation>프레임의 바이트를 시뮬레이션된 디스크의 슬롯으로 복사합니다.</translation>
    </message>
    <message>
        <source>Finishes a page write.</source>
        <translation>페이지 쓰기를 마칩니다.</translation>
    </message>
    <message>
        <source>When the write completes.</source>
        <translation>쓰기가 끝났을 때.</translation>
    </message>
    <message>
        <source>Clears the Modified bit; the OriginalPte says where the page now is; the frame goes to Standby.</source>
        <translation>Modified 비트를 지웁니다. OriginalPte가 페이지의 현재 위치를 말하고, 프레임은 스탠바이로 갑니다.</translation>
    </message>
    <message>
        <source>Frees a paging-file slot.</source>
        <translation>페이징 파일 슬롯을 해제합니다.</translation>
    </message>
    <message>
        <source>When the page's copy on disk is no longer needed (the page was written to again, or freed).</source>
        <translation>디스크에 있는 페이지의 사본이 더는 필요 없을 때 (페이지에 다시 썼거나 해제했을 때).</translation>
    </message>
    <message>
        <source>Clears the slot's bit in the paging file's bitmap.</source>
        <translation>페이징 파일 비트맵에서 그 슬롯의 비트를 지웁니다.</translation>
    </message>
    <message>
        <source>Reserves and/or commits a range of a process's address space.</source>
        <translation>프로세스 주소 공간의 범위를 예약하거나 커밋합니다.</translation>
    </message>
    <message>
        <source>VirtualAlloc (here: `alloc`).</source>
        <translation>VirtualAlloc (여기서는 `alloc`).</translation>
    </message>
    <message>
        <source>Inserts a VAD (reserve), charges commitment (commit); no page or page table exists until the first touch.</source>
        <translation>VAD를 넣고(예약) 커밋을 부과합니다(커밋). 처음 건드리기 전까지 페이지도 페이지 테이블도 없습니다.</translation>
    </message>
    <message>
        <source>Decommits or releases a range.</source>
        <translation>범위의 커밋을 해제하거나 범위를 해제합니다.</translation>
    </message>
    <message>
        <source>VirtualFree (here: `free`).</source>
        <translation>VirtualFree (여기서는 `free`).</translation>
    </message>
    <message>
        <source>Deletes the range's pages (MiDeleteVirtualAddresses), returns commitment, removes the VAD on release.</source>
        <translation>범위의 페이지를 지우고(MiDeleteVirtualAddresses) 커밋을 돌려주며, 해제하면 VAD를 없앱니다.</translation>
    </message>
    <message>
        <source>Changes the protection of committed pages.</source>
        <translation>커밋된 페이지의 보호 속성을 바꿉니다.</translation>
    </message>
    <message>
        <source>VirtualProtect (here: `protect`).</source>
        <translation>VirtualProtect (여기서는 `protect`).</translation>
    </message>
    <message>
        <source>Rewrites each PTE (or its PFN's OriginalPte) with the new protection.</source>
        <translation>각 PTE(또는 그 PFN의 OriginalPte)를 새 보호 속성으로 다시 씁니다.</translation>
    </message>
    <message>
        <source>Inserts a VAD into the process's balanced tree.</source>
        <translation>VAD를 프로세스의 균형 트리에 넣습니다.</translation>
    </message>
    <message>
        <source>Reserving memory, mapping a view, creating a process.</source>
        <translation>메모리 예약, 뷰 매핑, 프로세스 생성.</translation>
    </message>
    <message>
        <source>Adds the node (rebalancing) and writes the MMVADs whose links changed into nonpaged pool.</source>
        <translation>노드를 넣고(균형을 다시 맞추며) 링크가 바뀐 MMVAD를 비페이지드 풀에 씁니다.</translation>
    </message>
    <message>
        <source>Removes a VAD from the tree.</source>
        <translation>트리에서 VAD를 뺍니다.</translation>
    </message>
    <message>
        <source>Releasing memory, unmapping a view, process exit.</source>
        <translation>메모리 해제, 뷰 매핑 해제, 프로세스 종료.</translation>
    </message>
    <message>
        <source>Unlinks the node (rebalancing) and frees its pool block.</source>
        <translation>노드의 연결을 끊고(균형을 다시 맞추며) 그 풀 블록을 해제합니다.</translation>
    </message>
    <message>
        <source>Deletes the pages of a range: valid, transition and paging-file PTEs.</source>
        <translation>범위의 페이지를 지웁니다: 유효, 전이, 페이징 파일 PTE.</translation>
    </message>
    <message>
        <source>Freeing memory, unmapping, process exit.</source>
        <translation>메모리 해제, 매핑 해제, 프로세스 종료.</translation>
    </message>
    <message>
        <source>Frees each page (private pages to Free), releases paging-file slots, zeroes the PTEs.</source>
        <translation>각 페이지를 해제하고(전용 페이지는 프리로), 페이징 파일 슬롯을 놓고, PTE를 0으로 만듭니다.</translation>
    </message>
    <message>
        <source>Makes sure the page table of an address exists and is valid.</source>
        <translation>주소의 페이지 테이블이 있고 유효한지 확인합니다.</translation>
    </message>
    <message>
        <source>Before writing a PTE (committing, protecting).</source>
        <translation>PTE를 쓰기 전에 (커밋, 보호 변경).</translation>
    </message>
    <message>
        <source>Creates the page table with a zeroed page if needed.</source>
        <translation>필요하면 0으로 채운 페이지로 페이지 테이블을 만듭니다.</translation>
    </message>
    <message>
        <source>Charges pages against the commit limit.</source>
        <translation>페이지를 커밋 한도에 부과합니다.</translation>
    </message>
    <message>
        <source>Committing memory, creating sections.</source>
        <translation>메모리 커밋, 섹션 생성.</translation>
    </message>
    <message>
        <source>Refuses (STATUS_COMMITMENT_LIMIT) beyond the limit: RAM plus paging files.</source>
        <translation>한도(RAM과 페이징 파일의 합)를 넘으면 거부합니다 (STATUS_COMMITMENT_LIMIT).</translation>
    </message>
    <message>
        <source>Gives commitment back.</source>
        <translation>커밋을 돌려줍니다.</translation>
    </message>
    <message>
        <source>Decommitting, releasing, process exit.</source>
        <translation>커밋 해제, 해제, 프로세스 종료.</translation>
    </message>
    <message>
        <source>Lowers the committed total.</source>
        <translation>커밋 총량을 줄입니다.</translation>
    </message>
    <message>
        <source>Not an NT routine: the debugger writing memory (`ed`).</source>
        <translation>NT 루틴이 아닙니다: 디버거가 메모리에 쓰는 것 (`ed`).</translation>
    </message>
    <message>
        <source>When you type `ed` in the console.</source>
        <translation>콘솔에 `ed`를 입력할 때.</translation>
    </message>
    <message>
        <source>Writes the dwords into the page's frame (faulting it in if needed).</source>
        <translation>페이지의 프레임에 dword를 씁니다 (필요하면 폴트로 불러옵니다).</translation>
    </message>
    <message>
        <source>Gives nonpaged pool pages.</source>
        <translation>비페이지드 풀 페이지를 줍니다.</translation>
    </message>
    <message>
        <source>For EPROCESS blocks, VADs, control areas (nonpaged pool).</source>
        <translation>EPROCESS 블록, VAD, 컨트롤 영역을 위해 (비페이지드 풀).</translation>
    </message>
    <message>
        <source>Takes pool from the initial nonpaged pool in KSEG0, then the expansion range.</source>
        <translation>KSEG0의 초기 비페이지드 풀에서, 그다음 확장 영역에서 풀을 가져옵니다.</translation>
    </message>
    <message>
        <source>Creates a section object: a file, the paging file or an image to map.</source>
        <translation>섹션 객체를 만듭니다: 매핑할 파일, 페이징 파일 또는 이미지.</translation>
    </message>
    <message>
        <source>NtCreateSection (here: `section`, and images at process creation).</source>
        <translation>NtCreateSection (여기서는 `section`, 그리고 프로세스 생성 때의 이미지).</translation>
    </message>
    <message>
        <source>Builds the control area, segment and subsections with their prototype PTEs.</source>
        <translation>컨트롤 영역, 세그먼트, 프로토타입 PTE를 가진 서브섹션을 만듭니다.</translation>
    </message>
    <message>
        <source>Builds the segment of a data-file section.</source>
        <translation>데이터 파일 섹션의 세그먼트를 만듭니다.</translation>
    </message>
    <message>
        <source>From MmCreateSection.</source>
        <translation>MmCreateSection에서.</translation>
    </message>
    <message>
        <source>One subsection and a prototype PTE per page, each pointing at the file.</source>
        <translation>서브섹션 하나와 페이지마다 프로토타입 PTE 하나. 각각 파일을 가리킵니다.</translation>
    </message>
    <message>
        <source>Builds the segment of a section backed by the paging file.</source>
        <translation>페이징 파일을 뒷받침으로 하는 섹션의 세그먼트를 만듭니다.</translation>
    </message>
    <message>
        <source>From MmCreateSection (shared memory).</source>
        <translation>MmCreateSection에서 (공유 메모리).</translation>
    </message>
    <message>
        <source>Prototype PTEs that say demand zero.</source>
        <translation>요구 시 0 채움을 뜻하는 프로토타입 PTE.</translation>
    </message>
    <message>
        <source>Builds the segment of an image: a subsection per PE section.</source>
        <translation>이미지의 세그먼트를 만듭니다: PE 섹션마다 서브섹션 하나.</translation>
    </message>
    <message>
        <source>From MmCreateSection for an .exe or .dll.</source>
        <translation>.exe나 .dll에 대해 MmCreateSection에서.</translation>
    </message>
    <message>
        <source>Subsections for headers, .text, .rdata, .data, each with its protection (.data copy-on-write).</source>
        <translation>헤더, .text, .rdata, .data의 서브섹션. 각각 보호 속성이 있습니다 (.data는 쓰기 시 복사).</translation>
    </message>
    <message>
        <source>Maps a view of a section into a process.</source>
        <translation>섹션의 뷰를 프로세스에 매핑합니다.</translation>
    </message>
    <message>
        <source>NtMapViewOfSection (here: `map`, and the image and DLLs at process creation).</source>
        <translation>NtMapViewOfSection (여기서는 `map`, 그리고 프로세스 생성 때의 이미지와 DLL).</translation>
    </message>
    <message>
        <source>Inserts a VAD naming the control area; the PTEs stay empty until the first touch.</source>
        <translation>컨트롤 영역을 가리키는 VAD를 넣습니다. PTE는 처음 건드릴 때까지 비어 있습니다.</translation>
    </message>
    <message>
        <source>Unmaps a view.</source>
        <translation>뷰의 매핑을 풉니다.</translation>
    </message>
    <message>
        <source>NtUnmapViewOfSection (here: `unmap`).</source>
        <translation>NtUnmapViewOfSection (여기서는 `unmap`).</translation>
    </message>
    <message>
        <source>Drops the view's pages and removes its VAD.</source>
        <translation>뷰의 페이지를 버리고 VAD를 없앱니다.</translation>
    </message>
    <message>
        <source>Resolves a fault through a prototype PTE (a shared page).</source>
        <translation>프로토타입 PTE를 통해 폴트를 해결합니다 (공유 페이지).</translation>
    </message>
    <message>
        <source>A PTE of a mapped view that is empty or points at a prototype PTE.</source>
        <translation>매핑된 뷰의 PTE가 비어 있거나 프로토타입 PTE를 가리킬 때.</translation>
    </message>
    <message>
        <source>If the prototype PTE is valid, shares its frame; else reads the page from the file or makes it demand zero.</source>
        <translation>프로토타입 PTE가 유효하면 그 프레임을 공유하고, 아니면 파일에서 페이지를 읽거나 요구 시 0 채움으로 만듭니다.</translation>
    </message>
    <message>
        <source>Finishes a prototype PTE fault: the process's PTE maps the shared frame.</source>
        <translation>프로토타입 PTE 폴트를 마칩니다: 프로세스의 PTE가 공유 프레임을 매핑합니다.</translation>
    </message>
    <message>
        <source>After MiResolveProtoPteFault.</source>
        <translation>MiResolveProtoPteFault 뒤.</translation>
    </message>
    <message>
        <source>Writes the process PTE (read-only and copy-on-write for writable image data); the share count grows.</source>
        <translation>프로세스 PTE를 씁니다 (쓰기 가능한 이미지 데이터는 읽기 전용이자 쓰기 시 복사). 공유 카운트가 늘어납니다.</translation>
    </message>
    <message>
        <source>Gives the writing process its own copy of a copy-on-write page.</source>
        <translation>쓰는 프로세스에게 쓰기 시 복사 페이지의 자기 사본을 줍니다.</translation>
    </message>
    <message>
        <source>A write to a page whose PTE has the copy-on-write bit.</source>
        <translation>PTE에 쓰기 시 복사 비트가 있는 페이지에 쓸 때.</translation>
    </message>
    <message>
        <source>Copies the frame into a new private page; the shared frame keeps its other users.</source>
        <translation>프레임을 새 전용 페이지로 복사합니다. 공유 프레임은 다른 사용자에게 남습니다.</translation>
    </message>
    <message>
        <source>The mapped page writer: writes modified pages of mapped files back to their files.</source>
        <translation>매핑 페이지 기록기: 매핑된 파일의 수정된 페이지를 그 파일에 다시 씁니다.</translation>
    </message>
    <message>
        <source>When such pages are Modified (here also: `modwrite`).</source>
        <translation>그런 페이지가 수정 상태일 때 (여기서는 `modwrite`로도).</translation>
    </message>
    <message>
        <source>Writes the page to its file; the frame goes to Standby.</source>
        <translation>페이지를 파일에 쓰고 프레임은 스탠바이로 갑니다.</translation>
    </message>
    <message>
        <source>Builds a child that is a copy of its parent (fork): private pages shared copy-on-write.</source>
        <translation>부모의 사본인 자식을 만듭니다 (포크): 전용 페이지는 쓰기 시 복사로 공유됩니다.</translation>
    </message>
    <message>
        <source>Process creation with no section (here: `fork`).</source>
        <translation>섹션 없이 프로세스를 만들 때 (여기서는 `fork`).</translation>
    </message>
    <message>
        <source>Moves the parent's private pages into a clone block; both processes' PTEs point at its prototype PTEs.</source>
        <translation>부모의 전용 페이지를 클론 블록으로 옮깁니다. 두 프로세스의 PTE가 그 프로토타입 PTE를 가리킵니다.</translation>
    </message>
    <message>
        <source>Creates or opens a file.</source>
        <translation>파일을 만들거나 엽니다.</translation>
    </message>
    <message>
        <source>Here: `file`, creating a data file on the simulated disk.</source>
        <translation>여기서는 `file`: 시뮬레이션된 디스크에 데이터 파일을 만듭니다.</translation>
    </message>
    <message>
        <source>Refused (STATUS_OBJECT_NAME_COLLISION) when a file of that name exists.</source>
        <translation>그 이름의 파일이 이미 있으면 거부됩니다 (STATUS_OBJECT_NAME_COLLISION).</translation>
    </message>
    <message>
        <source>Ends a process from outside.</source>
        <translation>밖에서 프로세스를 끝냅니다.</translation>
    </message>
    <message>
        <source>Here: `exit`.</source>
        <translation>여기서는 `exit`.</translation>
    </message>
    <message>
        <source>Refuses to end System or a process that does not exist; otherwise PspExitProcess runs.</source>
        <translation>System이나 없는 프로세스는 끝내지 않습니다. 그 밖에는 PspExitProcess가 실행됩니다.</translation>
    </message>
</context>
<context>
    <name>mm::lesson</name>
    <message>
        <source>line %1: %2</source>
        <translation>%1번째 줄: %2</translation>
    </message>
    <message>
        <source>a lesson begins with '.lesson &lt;title&gt;'</source>
        <translation>레슨은 '.lesson &lt;제목&gt;'으로 시작합니다</translation>
    </message>
    <message>
        <source>a second '.lesson'</source>
        <translation>'.lesson'이 두 번째로 나옴</translation>
    </message>
    <message>
        <source>not a lesson: it must begin with '.lesson &lt;title&gt;'</source>
        <translation>레슨이 아닙니다: '.lesson &lt;제목&gt;'으로 시작해야 합니다</translation>
    </message>
    <message>
        <source>the lesson has no '.step'</source>
        <translation>레슨에 '.step'이 없습니다</translation>
    </message>
</context>
<context>
    <name>mm::lists</name>
    <message>
        <source>Zeroed</source>
        <translation>제로</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>프리</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>스탠바이</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>수정</translation>
    </message>
    <message>
        <source>ModifiedNoWrite</source>
        <translation>쓰기 없는 수정</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>불량</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>전이</translation>
    </message>
</context>
<context>
    <name>mm::quiz</name>
    <message>
        <source>no access</source>
        <translation>접근 불가</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <source>execute</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>execute/read</source>
        <translation>실행/읽기</translation>
    </message>
    <message>
        <source>read/write</source>
        <translation>읽기/쓰기</translation>
    </message>
    <message>
        <source>write-copy</source>
        <translation>쓰기 시 복사</translation>
    </message>
    <message>
        <source>execute/read/write</source>
        <translation>실행/읽기/쓰기</translation>
    </message>
    <message>
        <source>execute/write-copy</source>
        <translation>실행/쓰기 시 복사</translation>
    </message>
    <message>
        <source>no cache</source>
        <translation>캐시 안 함</translation>
    </message>
    <message>
        <source>guard</source>
        <translation>가드</translation>
    </message>
    <message>
        <source>writable</source>
        <translation>쓰기 가능</translation>
    </message>
    <message>
        <source>user</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>커널</translation>
    </message>
    <message>
        <source>dirty</source>
        <translation>더티</translation>
    </message>
    <message>
        <source>accessed</source>
        <translation>접근됨</translation>
    </message>
    <message>
        <source>copy-on-write</source>
        <translation>쓰기 시 복사</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>프레임 %1</translation>
    </message>
    <message>
        <source>valid: %1</source>
        <translation>유효: %1</translation>
    </message>
    <message>
        <source>transition: frame %1, %2</source>
        <translation>전이: 프레임 %1, %2</translation>
    </message>
    <message>
        <source>paging file %1 offset %2, %3</source>
        <translation>페이징 파일 %1 오프셋 %2, %3</translation>
    </message>
    <message>
        <source>demand zero, %1</source>
        <translation>요구 시 0 채움, %1</translation>
    </message>
    <message>
        <source>prototype: look the prototype PTE up through the VAD</source>
        <translation>프로토타입: VAD를 통해 프로토타입 PTE를 찾음</translation>
    </message>
    <message>
        <source>prototype: the prototype PTE at %1</source>
        <translation>프로토타입: %1의 프로토타입 PTE</translation>
    </message>
    <message>
        <source>zero: the VAD says</source>
        <translation>0: VAD가 정함</translation>
    </message>
    <message>
        <source>physical address %1</source>
        <translation>물리 주소 %1</translation>
    </message>
    <message>
        <source>a soft fault: MiResolveTransitionFault takes frame %1 back from the %2 list</source>
        <translation>소프트 폴트: MiResolveTransitionFault가 프레임 %1을(를) %2 리스트에서 되찾음</translation>
    </message>
    <message>
        <source>a hard fault: MiResolvePageFileFault reads paging file %1 offset %2</source>
        <translation>하드 폴트: MiResolvePageFileFault가 페이징 파일 %1 오프셋 %2를 읽음</translation>
    </message>
    <message>
        <source>a demand-zero fault: MiResolveDemandZeroFault gives a zeroed page</source>
        <translation>요구 시 0 채움 폴트: MiResolveDemandZeroFault가 0으로 채운 페이지를 줌</translation>
    </message>
    <message>
        <source>a prototype PTE fault: MiResolveProtoPteFault, through the section's prototype PTE</source>
        <translation>프로토타입 PTE 폴트: MiResolveProtoPteFault가 섹션의 프로토타입 PTE를 통해 해결</translation>
    </message>
    <message>
        <source>the VAD decides</source>
        <translation>VAD가 정함</translation>
    </message>
    <message>
        <source>No user PDE (neither process has a page table below 80000000)</source>
        <translation>사용자 PDE는 없음 (두 프로세스 모두 80000000 아래에 페이지 테이블이 없음)</translation>
    </message>
    <message>
        <source>User PDEs %1 (each process has its own page tables there)</source>
        <translation>사용자 PDE %1 (프로세스마다 거기에 자기 페이지 테이블이 있음)</translation>
    </message>
    <message>
        <source> (300 maps each directory onto itself, 301 each process's hyperspace)</source>
        <translation> (300은 각 디렉터리가 자기 자신을, 301은 각 프로세스의 하이퍼스페이스를 매핑)</translation>
    </message>
    <message>
        <source>%1; in system space %2%3; every other system PDE is the same copy.</source>
        <translation>%1. 시스템 공간에서는 %2%3. 나머지 시스템 PDE는 모두 같은 사본입니다.</translation>
    </message>
    <message>
        <source>, the rest from the Free list and then Standby, zeroed first (MiZeroPhysicalPage)</source>
        <translation>, 나머지는 프리 리스트에서, 그다음 스탠바이에서 가져와 먼저 0으로 채움 (MiZeroPhysicalPage)</translation>
    </message>
    <message>
        <source> and the rest from the Free list, zeroed first (MiZeroPhysicalPage)</source>
        <translation>, 나머지는 프리 리스트에서 가져와 먼저 0으로 채움 (MiZeroPhysicalPage)</translation>
    </message>
    <message>
        <source> and the rest from Standby, repurposed and zeroed first</source>
        <translation>, 나머지는 스탠바이에서 재사용하며 먼저 0으로 채움</translation>
    </message>
    <message>
        <source>%1: MmCreateProcessAddressSpace takes three pages (page directory, hyperspace page table, working set list) with MiRemoveZeroPage; the Zeroed list holds %2, so %3 come from it%4.</source>
        <translation>%1: MmCreateProcessAddressSpace는 MiRemoveZeroPage로 페이지 세 개(페이지 디렉터리, 하이퍼스페이스 페이지 테이블, 작업 집합 리스트)를 가져갑니다. 제로 리스트에 %2개가 있으므로 %3개가 거기서 옵니다%4.</translation>
    </message>
    <message>
        <source>Where are the PTE and the PDE of %1 (in any process)?</source>
        <translation>%1의 PTE와 PDE는 어디에 있을까요 (어느 프로세스에서든)?</translation>
    </message>
    <message>
        <source>PTE at %1, PDE at %2</source>
        <translation>PTE는 %1, PDE는 %2</translation>
    </message>
    <message>
        <source>In %1, the PTE of %2 holds %3. What does it say?</source>
        <translation>%1에서 %2의 PTE 값은 %3입니다. 무엇을 뜻할까요?</translation>
    </message>
    <message>
        <source>%1 reads %2. Where does the read go, or which fault resolves it?</source>
        <translation>%1이(가) %2을(를) 읽습니다. 읽기는 어디로 가고, 아니면 어떤 폴트가 해결할까요?</translation>
    </message>
    <message>
        <source>The working set of %1 is trimmed. Which list does its page at %2 (PTE %3) go to?</source>
        <translation>%1의 작업 집합이 트리밍됩니다. %2의 페이지(PTE %3)는 어느 리스트로 갈까요?</translation>
    </message>
    <message>
        <source>Modified: it was written (or never had a copy elsewhere), so only memory holds it</source>
        <translation>수정(Modified): 쓰였거나(또는 다른 곳에 사본이 있었던 적이 없어) 메모리에만 있습니다</translation>
    </message>
    <message>
        <source>Standby: a copy exists (paging file or image), so it is clean</source>
        <translation>스탠바이(Standby): 사본이 있으므로(페이징 파일 또는 이미지) 깨끗합니다</translation>
    </message>
    <message>
        <source>Compare the page directories of %1 and %2. Which PDEs hold different values?</source>
        <translation>%1과(와) %2의 페이지 디렉터리를 비교하세요. 어떤 PDE의 값이 다를까요?</translation>
    </message>
    <message>
        <source>How many pages does "spawn %1" take from the Zeroed list now?</source>
        <translation>지금 "spawn %1"은(는) 제로 리스트에서 페이지를 몇 개 가져갈까요?</translation>
    </message>
</context>
<context>
    <name>mm::session</name>
    <message>
        <source>line %1: %2</source>
        <translation>%1번째 줄: %2</translation>
    </message>
    <message>
        <source>a header line is '#: &lt;name&gt; &lt;value&gt;'</source>
        <translation>머리 줄은 '#: &lt;이름&gt; &lt;값&gt;' 형식입니다</translation>
    </message>
    <message>
        <source>not an mmvis session (it must begin with '#: mmvis-session 1')</source>
        <translation>mmvis 세션이 아닙니다 ('#: mmvis-session 1'로 시작해야 합니다)</translation>
    </message>
    <message>
        <source>made by a newer mmvis (session version %1; this one reads version %2)</source>
        <translation>더 새로운 mmvis가 만든 파일입니다 (세션 버전 %1, 이 mmvis는 버전 %2를 읽습니다)</translation>
    </message>
    <message>
        <source>'%1' is not a session version</source>
        <translation>'%1'은(는) 세션 버전이 아닙니다</translation>
    </message>
    <message>
        <source>a header line after the commands</source>
        <translation>명령 뒤에 머리 줄이 있습니다</translation>
    </message>
    <message>
        <source>unknown header line '%1'</source>
        <translation>알 수 없는 머리 줄 '%1'</translation>
    </message>
    <message>
        <source>'%1' is given twice</source>
        <translation>'%1'이(가) 두 번 나옵니다</translation>
    </message>
    <message>
        <source>the header has no '%1' line</source>
        <translation>머리에 '%1' 줄이 없습니다</translation>
    </message>
    <message>
        <source>'%1' is not a %2</source>
        <translation>'%1'은(는) %2 값이 아닙니다</translation>
    </message>
    <message>
        <source>'%1' is not a size such as 128M</source>
        <translation>'%1'은(는) 128M 같은 크기가 아닙니다</translation>
    </message>
    <message>
        <source>'%1' is not a state hash</source>
        <translation>'%1'은(는) 상태 해시가 아닙니다</translation>
    </message>
    <message>
        <source>the header says %1 commands and the file has %2: it was cut short or changed</source>
        <translation>머리에는 명령이 %1개라고 되어 있지만 파일에는 %2개가 있습니다: 잘렸거나 바뀌었습니다</translation>
    </message>
    <message>
        <source>position %1 is beyond the %2 commands</source>
        <translation>위치 %1은(는) 명령 %2개를 넘어섭니다</translation>
    </message>
    <message>
        <source>the machine cannot be booted: %1</source>
        <translation>기계를 부팅할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the opening was cancelled</source>
        <translation>열기가 취소되었습니다</translation>
    </message>
    <message>
        <source>'%1' does not run as it did when the session was saved</source>
        <translation>'%1'이(가) 세션을 저장할 때처럼 실행되지 않습니다</translation>
    </message>
    <message>
        <source>'%1' does not run as it did when the session was saved: %2</source>
        <translation>'%1'이(가) 세션을 저장할 때처럼 실행되지 않습니다: %2</translation>
    </message>
    <message>
        <source>the machine does not come out as it was saved (state hash %1, the file says %2)</source>
        <translation>기계가 저장할 때와 같은 상태가 되지 않습니다 (상태 해시 %1, 파일에는 %2)</translation>
    </message>
</context>
<context>
    <name>mmvis::ComparePositions</name>
    <message>
        <source>Process</source>
        <translation>프로세스</translation>
    </message>
    <message>
        <source>PDE</source>
        <translation>PDE</translation>
    </message>
    <message>
        <source>PTE</source>
        <translation>PTE</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>프레임</translation>
    </message>
    <message>
        <source>Compare Positions</source>
        <translation>위치 비교</translation>
    </message>
    <message>
        <source>From position</source>
        <translation>시작 위치</translation>
    </message>
    <message>
        <source>to</source>
        <translation>→</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>비교(&amp;C)</translation>
    </message>
    <message>
        <source>Filter: a process, an address, a list name...</source>
        <translation>필터: 프로세스, 주소, 리스트 이름...</translation>
    </message>
    <message>
        <source>What</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>After</source>
        <translation>이후</translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation>텍스트로 복사</translation>
    </message>
    <message>
        <source>Export Diagram...</source>
        <translation>다이어그램 내보내기...</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>표(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Diagram</source>
        <translation>다이어그램(&amp;D)</translation>
    </message>
    <message>
        <source>Page lists: %1
Running: %2</source>
        <translation>페이지 리스트: %1
실행 중: %2</translation>
    </message>
    <message>
        <source>From position %1 to %2:
</source>
        <translation>위치 %1에서 %2까지:
</translation>
    </message>
    <message>
        <source>%1 MB RAM</source>
        <translation>RAM %1 MB</translation>
    </message>
</context>
<context>
    <name>mmvis::ConsoleOutput</name>
    <message>
        <source>Select it in every view and run %1</source>
        <translation>모든 뷰에서 선택하고 %1 실행</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>오류: %1</translation>
    </message>
</context>
<context>
    <name>mmvis::DiagramExporter</name>
    <message>
        <source>Export %1</source>
        <translation>%1 내보내기</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg);;PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>SVG 그림 (*.svg);;PNG 이미지 (*.png);;PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>cannot be written</source>
        <translation>쓸 수 없습니다</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>알 수 없는 형식</translation>
    </message>
</context>
<context>
    <name>mmvis::DynamicsDiagram</name>
    <message>
        <source>Page-list dynamics: moves since boot - %1</source>
        <translation>페이지 리스트 흐름: 부팅 이후의 이동 - %1</translation>
    </message>
    <message>
        <source>Active (working sets, system)</source>
        <translation>사용 중 (작업 집합, 시스템)</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 페이지</translation>
    </message>
</context>
<context>
    <name>mmvis::DynamicsTracker</name>
    <message>
        <source>zero page thread</source>
        <translation>제로 페이지 스레드</translation>
    </message>
    <message>
        <source>demand zero</source>
        <translation>요구 시 0 채움</translation>
    </message>
    <message>
        <source>taken, zeroed or read into</source>
        <translation>가져가서 0으로 채우거나 읽어 들임</translation>
    </message>
    <message>
        <source>soft fault</source>
        <translation>소프트 폴트</translation>
    </message>
    <message>
        <source>repurposed</source>
        <translation>재사용</translation>
    </message>
    <message>
        <source>trim (clean)</source>
        <translation>트리밍 (깨끗함)</translation>
    </message>
    <message>
        <source>trim (dirty)</source>
        <translation>트리밍 (더티)</translation>
    </message>
    <message>
        <source>modified page writer</source>
        <translation>수정 페이지 기록기</translation>
    </message>
    <message>
        <source>exit / free</source>
        <translation>종료 / 해제</translation>
    </message>
</context>
<context>
    <name>mmvis::EventLogView</name>
    <message>
        <source>Filter: a command, a routine, a Cid, an address, a PTE, a frame, a list...</source>
        <translation>필터: 명령, 루틴, Cid, 주소, PTE, 프레임, 리스트...</translation>
    </message>
    <message>
        <source>Show only the commands and the events whose step, routine, Cid, address, PTE or frame contains this (not case-sensitive)</source>
        <translation>단계, 루틴, Cid, 주소, PTE, 프레임에 이 글자가 들어 있는 명령과 이벤트만 보입니다 (대소문자 무시)</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Select an event: what it changed and why, what its routine does in NT, when NT calls it, and where to read more. Select a command: its help.</source>
        <translation>이벤트를 고르면: 무엇을 왜 바꿨는지, 그 루틴이 NT에서 하는 일, NT가 언제 부르는지, 더 읽을 곳. 명령을 고르면: 그 명령의 도움말.</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>단계 %1</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>언제:</translation>
    </message>
    <message>
        <source>Here:</source>
        <translation>여기서는:</translation>
    </message>
    <message>
        <source>Read:</source>
        <translation>읽을거리:</translation>
    </message>
    <message>
        <source>What the machine did while it booted: the boot loader built the system's page tables, the memory manager put every page on a list, and the zero page thread started clearing Free pages.</source>
        <translation>부팅하는 동안 기계가 한 일: 부트 로더가 시스템의 페이지 테이블을 만들고, 메모리 관리자가 모든 페이지를 리스트에 넣고, 제로 페이지 스레드가 프리 페이지를 지우기 시작했습니다.</translation>
    </message>
</context>
<context>
    <name>mmvis::EventModel</name>
    <message>
        <source>No events.</source>
        <translation>이벤트 없음.</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>이벤트 1개</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>이벤트 %1개</translation>
    </message>
    <message>
        <source>1 PTE written</source>
        <translation>PTE 1개 기록</translation>
    </message>
    <message>
        <source>%1 PTEs written</source>
        <translation>PTE %1개 기록</translation>
    </message>
    <message>
        <source>1 frame moved</source>
        <translation>프레임 1개 이동</translation>
    </message>
    <message>
        <source>%1 frames moved</source>
        <translation>프레임 %1개 이동</translation>
    </message>
    <message>
        <source>1 TLB flush or CR3 load</source>
        <translation>TLB 플러시 또는 CR3 로드 1번</translation>
    </message>
    <message>
        <source>%1 TLB flushes or CR3 loads</source>
        <translation>TLB 플러시 또는 CR3 로드 %1번</translation>
    </message>
    <message>
        <source>Boot</source>
        <translation>부팅</translation>
    </message>
    <message>
        <source>What the machine did while it booted</source>
        <translation>부팅하는 동안 기계가 한 일</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>루틴</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>프레임</translation>
    </message>
    <message>
        <source>What happened, and why</source>
        <translation>무슨 일이, 왜 일어났나</translation>
    </message>
</context>
<context>
    <name>mmvis::FrameInfo</name>
    <message>
        <source>
Mapped by the PTE at %1 in %2 (Cid %3): VA %4</source>
        <translation>
%2 (Cid %3)의 %1에 있는 PTE가 매핑: VA %4</translation>
    </message>
</context>
<context>
    <name>mmvis::LessonPlayer</name>
    <message>
        <source>Show the &amp;Answer</source>
        <translation>답 보기(&amp;A)</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 이전(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>다음(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>처음부터(&amp;R)</translation>
    </message>
    <message>
        <source>Back to the previous step (Page Up, Left)</source>
        <translation>이전 단계로 (Page Up, 왼쪽)</translation>
    </message>
    <message>
        <source>The next step (Space, Page Down, Right)</source>
        <translation>다음 단계 (Space, Page Down, 오른쪽)</translation>
    </message>
    <message>
        <source>Back to the first step (Home)</source>
        <translation>첫 단계로 (Home)</translation>
    </message>
    <message>
        <source>line %1 did not run: %2</source>
        <translation>%1번째 줄이 실행되지 않았습니다: %2</translation>
    </message>
    <message>
        <source>line %1 no longer shows what the lesson says: %2 (the console says why)</source>
        <translation>%1번째 줄이 더 이상 레슨의 내용을 보여 주지 않습니다: %2 (콘솔에 이유가 있습니다)</translation>
    </message>
    <message>
        <source>No lesson open: Lessons &gt; a lesson, or mmvis --lesson &lt;name&gt;</source>
        <translation>열린 레슨이 없습니다: 레슨 메뉴에서 고르거나 mmvis --lesson &lt;이름&gt;</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>%2단계 중 %1단계: %3</translation>
    </message>
    <message>
        <source>This lesson no longer matches the simulator:</source>
        <translation>이 레슨은 더 이상 시뮬레이터와 맞지 않습니다:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Question:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;질문:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answer:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;답:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>mmvis::ListBarChart</name>
    <message>
        <source>pages</source>
        <translation>페이지</translation>
    </message>
    <message>
        <source>Page lists now</source>
        <translation>현재 페이지 리스트</translation>
    </message>
    <message>
        <source>Page lists now%1 - %2</source>
        <translation>현재 페이지 리스트%1 - %2</translation>
    </message>
    <message>
        <source> (without %1)</source>
        <translation> (%1 제외)</translation>
    </message>
</context>
<context>
    <name>mmvis::ListHistoryPlot</name>
    <message>
        <source>Free and Zeroed</source>
        <translation>프리와 제로</translation>
    </message>
    <message>
        <source>Stacked</source>
        <translation>누적</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>로그 눈금</translation>
    </message>
    <message>
        <source>Stack the lists (their sum is all of RAM) or draw each as a line</source>
        <translation>리스트를 쌓아 그리거나 (합은 RAM 전체) 각각을 선으로 그립니다</translation>
    </message>
    <message>
        <source>Show the Free and Zeroed lists; hidden, the other lists fill the plot and a trim of a few pages is plain to see</source>
        <translation>프리와 제로 리스트를 보입니다. 숨기면 다른 리스트가 그래프를 채워 몇 페이지의 트리밍도 잘 보입니다</translation>
    </message>
    <message>
        <source>A logarithmic page count (lines only): small lists next to large ones</source>
        <translation>로그 눈금의 페이지 수 (선만): 작은 리스트와 큰 리스트를 함께</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>모두 보기</translation>
    </message>
    <message>
        <source>Zoom out to every command (or double-click the plot)</source>
        <translation>모든 명령이 보이도록 축소 (또는 그래프를 더블클릭)</translation>
    </message>
    <message>
        <source>command (0: the machine as booted)</source>
        <translation>명령 (0: 부팅 직후의 기계)</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>페이지</translation>
    </message>
    <message>
        <source>stacked</source>
        <translation>누적</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>선</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>로그 눈금</translation>
    </message>
    <message>
        <source>without %1</source>
        <translation>%1 제외</translation>
    </message>
    <message>
        <source>Page lists after each command (%1) - %2</source>
        <translation>명령마다의 페이지 리스트 (%1) - %2</translation>
    </message>
</context>
<context>
    <name>mmvis::MainWindow</name>
    <message>
        <source>mmvis - NT memory manager visualizer</source>
        <translation>mmvis - NT 메모리 관리자 시각화 도구</translation>
    </message>
    <message>
        <source>Replaying the recorded commands...</source>
        <translation>기록된 명령을 다시 실행하는 중...</translation>
    </message>
    <message>
        <source>Time Travel</source>
        <translation>시간 이동</translation>
    </message>
    <message>
        <source>%1 - mmvis</source>
        <translation>%1 - mmvis</translation>
    </message>
    <message>
        <source>Back to the Directory</source>
        <translation>디렉터리로 돌아가기</translation>
    </message>
    <message>
        <source>Show the page directory again (Alt+Left, or right-click the page table)</source>
        <translation>페이지 디렉터리를 다시 보입니다 (Alt+왼쪽, 또는 페이지 테이블을 오른쪽 클릭)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Two page directories side by side; X marks every entry that differs (Ctrl+K)</source>
        <translation>두 페이지 디렉터리를 나란히 보입니다. 다른 항목마다 X 표시 (Ctrl+K)</translation>
    </message>
    <message>
        <source>  with </source>
        <translation>  상대: </translation>
    </message>
    <message>
        <source>The process shown on the right in the compare view</source>
        <translation>비교 뷰의 오른쪽에 보일 프로세스</translation>
    </message>
    <message>
        <source>Type a command below, e.g. spawn notepad.exe, !process 0 0, !pte c0300000. Type help for the list.</source>
        <translation>아래에 명령을 입력하세요. 예: spawn notepad.exe, !process 0 0, !pte c0300000. 목록은 help.</translation>
    </message>
    <message>
        <source>kd&gt;</source>
        <translation>kd&gt;</translation>
    </message>
    <message>
        <source>A command of the WinDbg-style language; Up and Down recall earlier commands, Tab completes</source>
        <translation>WinDbg 형식 언어의 명령. 위/아래로 이전 명령을 불러오고 Tab으로 완성합니다</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Select a process to show it in every view; right-click the header to choose the columns</source>
        <translation>프로세스를 고르면 모든 뷰에 보입니다. 머리글을 오른쪽 클릭해 열을 고르세요</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>프로세스</translation>
    </message>
    <message>
        <source>Physical Memory</source>
        <translation>물리 메모리</translation>
    </message>
    <message>
        <source>Over Time</source>
        <translation>시간에 따라</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>Dynamics</source>
        <translation>흐름</translation>
    </message>
    <message>
        <source>Page Lists</source>
        <translation>페이지 리스트</translation>
    </message>
    <message>
        <source>Event Log</source>
        <translation>이벤트 로그</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>콘솔</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>주소 변환</translation>
    </message>
    <message>
        <source>TLB</source>
        <translation>TLB</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>레슨</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>시뮬레이션</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Script...</source>
        <translation>스크립트 열기(&amp;O)...</translation>
    </message>
    <message>
        <source>Load a script; run it with Run (F5) or a command at a time with Step (F10)</source>
        <translation>스크립트를 불러옵니다. 실행(F5)으로 전부, 단계(F10)로 한 명령씩 실행합니다</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>예제(&amp;X)</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>%1 불러오기</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 내보냄</translation>
    </message>
    <message>
        <source>Page Directory / Table / Compare...</source>
        <translation>페이지 디렉터리 / 테이블 / 비교...</translation>
    </message>
    <message>
        <source>Physical Memory...</source>
        <translation>물리 메모리...</translation>
    </message>
    <message>
        <source>Page Lists Over Time...</source>
        <translation>시간에 따른 페이지 리스트...</translation>
    </message>
    <message>
        <source>Page List Counts...</source>
        <translation>페이지 리스트 크기...</translation>
    </message>
    <message>
        <source>Page-List Dynamics...</source>
        <translation>페이지 리스트 흐름...</translation>
    </message>
    <message>
        <source>Translation (current step)...</source>
        <translation>주소 변환 (현재 단계)...</translation>
    </message>
    <message>
        <source>TLB...</source>
        <translation>TLB...</translation>
    </message>
    <message>
        <source>Export &amp;All...</source>
        <translation>모두 내보내기(&amp;A)...</translation>
    </message>
    <message>
        <source>Export All Diagrams To</source>
        <translation>모든 다이어그램을 내보낼 곳</translation>
    </message>
    <message>
        <source>Export All</source>
        <translation>모두 내보내기</translation>
    </message>
    <message>
        <source>Exported %1 files to %2%3</source>
        <translation>파일 %1개를 %2에 내보냄%3</translation>
    </message>
    <message>
        <source> (no translation: none has been made yet)</source>
        <translation> (주소 변환 없음: 아직 한 번도 하지 않았습니다)</translation>
    </message>
    <message>
        <source>Use Print Colours</source>
        <translation>인쇄용 색 사용</translation>
    </message>
    <message>
        <source>Export with the lighter palette meant for paper</source>
        <translation>종이에 맞춘 옅은 색으로 내보냅니다</translation>
    </message>
    <message>
        <source>PNG Scale...</source>
        <translation>PNG 배율...</translation>
    </message>
    <message>
        <source>PNG Scale</source>
        <translation>PNG 배율</translation>
    </message>
    <message>
        <source>Pixels per diagram pixel:</source>
        <translation>다이어그램 픽셀당 픽셀 수:</translation>
    </message>
    <message>
        <source>How large PNG exports are</source>
        <translation>내보낸 PNG의 크기</translation>
    </message>
    <message>
        <source>Print Size...</source>
        <translation>인쇄 크기...</translation>
    </message>
    <message>
        <source>Print Size</source>
        <translation>인쇄 크기</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>natural size</source>
        <translation>본래 크기</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Width on paper:</source>
        <translation>종이 위의 너비:</translation>
    </message>
    <message>
        <source>Smallest text:</source>
        <translation>가장 작은 글자:</translation>
    </message>
    <message>
        <source>How wide SVG and PDF exports are on paper, and how small their text may be</source>
        <translation>내보낸 SVG와 PDF가 종이 위에서 얼마나 넓은지, 글자는 얼마나 작아도 되는지</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Compare &amp;Positions...</source>
        <translation>위치 비교(&amp;P)...</translation>
    </message>
    <message>
        <source>What changed between two positions of the session: lists, processes, every PDE and PTE, frames (as !diff)</source>
        <translation>세션의 두 위치 사이에 바뀐 것: 리스트, 프로세스, 모든 PDE와 PTE, 프레임 (!diff와 같음)</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>배치 초기화(&amp;R)</translation>
    </message>
    <message>
        <source>Put every panel back where it was on the first start</source>
        <translation>모든 패널을 처음 시작했을 때의 자리로 되돌립니다</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Larger cells and text in every diagram</source>
        <translation>모든 다이어그램의 칸과 글자를 크게</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>실제 크기(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>고대비(&amp;H)</translation>
    </message>
    <message>
        <source>Stronger colours and white empty cells, for a projector</source>
        <translation>프로젝터용: 더 진한 색과 흰 빈 칸</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>프레젠테이션(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen for a projector: the page directory and the panels chosen in Presentation Shows, zoomed; F11 or Escape leaves it</source>
        <translation>프로젝터용 전체 화면: 페이지 디렉터리와 프레젠테이션 표시 항목에서 고른 패널을 확대해서 보입니다. F11이나 Escape로 나갑니다</translation>
    </message>
    <message>
        <source>Presentation &amp;Shows</source>
        <translation>프레젠테이션 표시 항목(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>시뮬레이션(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Spawn Process...</source>
        <translation>프로세스 생성(&amp;S)...</translation>
    </message>
    <message>
        <source>Create a process from a parent (spawn)</source>
        <translation>부모 프로세스에서 프로세스를 만듭니다 (spawn)</translation>
    </message>
    <message>
        <source>S&amp;witch to the Selected Process</source>
        <translation>선택한 프로세스로 전환(&amp;W)</translation>
    </message>
    <message>
        <source>Context switch: load its page directory into CR3 (switch)</source>
        <translation>컨텍스트 전환: 그 페이지 디렉터리를 CR3에 로드합니다 (switch)</translation>
    </message>
    <message>
        <source>&amp;Allocate...</source>
        <translation>할당(&amp;A)...</translation>
    </message>
    <message>
        <source>NtAllocateVirtualMemory in the current process (alloc)</source>
        <translation>현재 프로세스에서 NtAllocateVirtualMemory (alloc)</translation>
    </message>
    <message>
        <source>A&amp;ccess Memory...</source>
        <translation>메모리 접근(&amp;C)...</translation>
    </message>
    <message>
        <source>A read, write or execute by the current process (read, write, exec)</source>
        <translation>현재 프로세스의 읽기, 쓰기, 실행 (read, write, exec)</translation>
    </message>
    <message>
        <source>&amp;Trim the Selected Working Set</source>
        <translation>선택한 작업 집합 트리밍(&amp;T)</translation>
    </message>
    <message>
        <source>Empty the selected process's working set (trim)</source>
        <translation>선택한 프로세스의 작업 집합을 비웁니다 (trim)</translation>
    </message>
    <message>
        <source>Run the &amp;Zero Page Thread</source>
        <translation>제로 페이지 스레드 실행(&amp;Z)</translation>
    </message>
    <message>
        <source>Let the zero page thread move Free pages to the Zeroed list (zero)</source>
        <translation>제로 페이지 스레드가 프리 페이지를 제로 리스트로 옮깁니다 (zero)</translation>
    </message>
    <message>
        <source>Run the &amp;Modified Page Writer</source>
        <translation>수정 페이지 기록기 실행(&amp;M)</translation>
    </message>
    <message>
        <source>Write Modified pages to the paging file (modwrite)</source>
        <translation>수정된 페이지를 페이징 파일에 씁니다 (modwrite)</translation>
    </message>
    <message>
        <source>&amp;Exit the Selected Process</source>
        <translation>선택한 프로세스 종료(&amp;E)</translation>
    </message>
    <message>
        <source>PspExitProcess: every page goes back to the Free list (exit)</source>
        <translation>PspExitProcess: 모든 페이지가 프리 리스트로 돌아갑니다 (exit)</translation>
    </message>
    <message>
        <source>Exit Process</source>
        <translation>프로세스 종료</translation>
    </message>
    <message>
        <source>End %1?</source>
        <translation>%1을(를) 끝낼까요?</translation>
    </message>
    <message>
        <source>&amp;Reset Machine...</source>
        <translation>기계 초기화(&amp;R)...</translation>
    </message>
    <message>
        <source>Boot a fresh machine</source>
        <translation>새 기계를 부팅합니다</translation>
    </message>
    <message>
        <source>Reset Machine</source>
        <translation>기계 초기화</translation>
    </message>
    <message>
        <source>RAM (4M to 4G):</source>
        <translation>RAM (4M~4G):</translation>
    </message>
    <message>
        <source>'%1' is not a size such as 128M</source>
        <translation>'%1'은(는) 128M 같은 크기가 아닙니다</translation>
    </message>
    <message>
        <source>-- machine reset: %1 MB --</source>
        <translation>-- 기계 초기화: %1 MB --</translation>
    </message>
    <message>
        <source>S&amp;cript</source>
        <translation>스크립트(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>단계(&amp;S)</translation>
    </message>
    <message>
        <source>Run the next command of the script</source>
        <translation>스크립트의 다음 명령을 실행합니다</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <source>Run the rest of the script</source>
        <translation>스크립트의 나머지를 실행합니다</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>일시 정지(&amp;P)</translation>
    </message>
    <message>
        <source>Pause the script</source>
        <translation>스크립트를 일시 정지합니다</translation>
    </message>
    <message>
        <source>Step &amp;Back</source>
        <translation>한 단계 뒤로(&amp;B)</translation>
    </message>
    <message>
        <source>Go back one command: the machine as it was before it (t-)</source>
        <translation>한 명령 뒤로: 그 명령 전의 기계로 (t-)</translation>
    </message>
    <message>
        <source>Step &amp;Forward</source>
        <translation>한 단계 앞으로(&amp;F)</translation>
    </message>
    <message>
        <source>Replay the next recorded command (t)</source>
        <translation>기록된 다음 명령을 다시 실행합니다 (t)</translation>
    </message>
    <message>
        <source>Res&amp;tart</source>
        <translation>처음으로(&amp;T)</translation>
    </message>
    <message>
        <source>Back to position 0, just booted; the script and the recorded commands stay (g-)</source>
        <translation>위치 0, 막 부팅한 상태로 돌아갑니다. 스크립트와 기록된 명령은 남습니다 (g-)</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>레슨(&amp;L)</translation>
    </message>
    <message>
        <source>Open &amp;Lesson...</source>
        <translation>레슨 열기(&amp;L)...</translation>
    </message>
    <message>
        <source>Open Lesson</source>
        <translation>레슨 열기</translation>
    </message>
    <message>
        <source>Lessons (*.txt);;All files (*)</source>
        <translation>레슨 (*.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>&amp;Practice...</source>
        <translation>연습(&amp;P)...</translation>
    </message>
    <message>
        <source>Questions about the machine as it is: the self-map, PTEs, translations, trimming, two page directories, a new process's pages</source>
        <translation>지금 기계에 대한 문제: 자체 매핑, PTE, 주소 변환, 트리밍, 두 페이지 디렉터리, 새 프로세스의 페이지</translation>
    </message>
    <message>
        <source>Next Step</source>
        <translation>다음 단계</translation>
    </message>
    <message>
        <source>Previous Step</source>
        <translation>이전 단계</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Commands</source>
        <translation>명령(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;About mmvis</source>
        <translation>mmvis 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About mmvis</source>
        <translation>mmvis 정보</translation>
    </message>
    <message>
        <source>mmvis %1
A visualizer of Windows NT 4.0 / 2000 x86 address spaces, driven by a simulation of the NT memory manager.</source>
        <translation>mmvis %1
NT 메모리 관리자의 시뮬레이션으로 움직이는 Windows NT 4.0 / 2000 x86 주소 공간 시각화 도구.</translation>
    </message>
    <message>
        <source>Open Script</source>
        <translation>스크립트 열기</translation>
    </message>
    <message>
        <source>Scripts (*.cmd *.txt);;All files (*)</source>
        <translation>스크립트 (*.cmd *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>%1 loaded: %2 commands. Run (F5) or Step (F10).</source>
        <translation>%1 불러옴: 명령 %2개. 실행(F5) 또는 단계(F10).</translation>
    </message>
    <message>
        <source>Run Script</source>
        <translation>스크립트 실행</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>mmvis will speak %1 from its next start. Restart now? The session comes back as it is.</source>
        <translation>mmvis는 다음 시작부터 %1(으)로 표시됩니다. 지금 다시 시작할까요? 세션은 그대로 돌아옵니다.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>지금 다시 시작</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>Cannot keep the session for the restart: %1</source>
        <translation>다시 시작을 위해 세션을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Process %1 (Cid %2)   CR3 %3   Step %4   Zeroed %5  Free %6  Standby %7  Modified %8  Active %9</source>
        <translation>프로세스 %1 (Cid %2)   CR3 %3   단계 %4   제로 %5  프리 %6  스탠바이 %7  수정 %8  사용 중 %9</translation>
    </message>
    <message>
        <source>Page directory</source>
        <translation>페이지 디렉터리</translation>
    </message>
    <message>
        <source>The 1024 entries of the selected process's page directory, or a page table, as a 32 by 32 grid. Arrow keys move the selection, Enter opens a page table, Backspace goes back.</source>
        <translation>선택한 프로세스의 페이지 디렉터리 또는 페이지 테이블의 1024개 항목을 32×32 격자로 보입니다. 화살표 키로 선택을 옮기고, Enter로 페이지 테이블을 열고, Backspace로 돌아갑니다.</translation>
    </message>
    <message>
        <source>Physical memory</source>
        <translation>물리 메모리</translation>
    </message>
    <message>
        <source>Every frame of RAM coloured by its page list. Plus and minus zoom, arrow keys pan, Home shows all.</source>
        <translation>RAM의 모든 프레임을 페이지 리스트별 색으로 보입니다. +/-로 확대/축소, 화살표 키로 이동, Home으로 전체 보기.</translation>
    </message>
    <message>
        <source>Page lists over time</source>
        <translation>시간에 따른 페이지 리스트</translation>
    </message>
    <message>
        <source>The size of each page list after every command.</source>
        <translation>명령마다 각 페이지 리스트의 크기.</translation>
    </message>
    <message>
        <source>Page lists now</source>
        <translation>현재 페이지 리스트</translation>
    </message>
    <message>
        <source>The current size of each page list.</source>
        <translation>각 페이지 리스트의 현재 크기.</translation>
    </message>
    <message>
        <source>Page-list dynamics</source>
        <translation>페이지 리스트 흐름</translation>
    </message>
    <message>
        <source>How many pages moved between the lists, by kind of move.</source>
        <translation>리스트 사이를 옮긴 페이지 수, 이동 종류별.</translation>
    </message>
    <message>
        <source>Address translation</source>
        <translation>주소 변환</translation>
    </message>
    <message>
        <source>A virtual address translated step by step through the TLB, the page directory and a page table.</source>
        <translation>TLB, 페이지 디렉터리, 페이지 테이블을 거쳐 한 단계씩 변환되는 가상 주소.</translation>
    </message>
    <message>
        <source>The entries of the CPU's translation lookaside buffer.</source>
        <translation>CPU의 변환 색인 버퍼(TLB) 항목.</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>이벤트 로그</translation>
    </message>
    <message>
        <source>Every change the memory manager made, with the NT routine that made it.</source>
        <translation>메모리 관리자가 한 모든 변경과 그 변경을 한 NT 루틴.</translation>
    </message>
    <message>
        <source>The processes; selecting one shows it in every view.</source>
        <translation>프로세스 목록. 하나를 고르면 모든 뷰에 보입니다.</translation>
    </message>
    <message>
        <source>Console output</source>
        <translation>콘솔 출력</translation>
    </message>
    <message>
        <source>What the commands printed.</source>
        <translation>명령이 출력한 내용.</translation>
    </message>
    <message>
        <source>Console input</source>
        <translation>콘솔 입력</translation>
    </message>
    <message>
        <source>A command of the WinDbg-style language.</source>
        <translation>WinDbg 형식 언어의 명령.</translation>
    </message>
    <message>
        <source>there is no lesson file or built-in lesson named '%1'</source>
        <translation>'%1'(이)라는 레슨 파일이나 내장 레슨이 없습니다</translation>
    </message>
    <message>
        <source>Cannot open the lesson: %1</source>
        <translation>레슨을 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>확대 %1 %</translation>
    </message>
    <message>
        <source>Spawn</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>전환</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>할당</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>접근</translation>
    </message>
    <message>
        <source>Trim</source>
        <translation>트리밍</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>제로</translation>
    </message>
    <message>
        <source>Write Modified</source>
        <translation>수정 페이지 쓰기</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
</context>
<context>
    <name>mmvis::MemoryMapView</name>
    <message>
        <source>, frames %1 to %2 shown</source>
        <translation>, 프레임 %1~%2 표시</translation>
    </message>
    <message>
        <source>Physical memory, %1 frames (%2 x %3, frame 0 top left%4) - %5</source>
        <translation>물리 메모리, 프레임 %1개 (%2 x %3, 프레임 0은 왼쪽 위%4) - %5</translation>
    </message>
</context>
<context>
    <name>mmvis::PageDirectoryView</name>
    <message>
        <source>no process</source>
        <translation>프로세스 없음</translation>
    </message>
    <message>
        <source>Page directory of %1, DirBase %2 - %3</source>
        <translation>%1의 페이지 디렉터리, DirBase %2 - %3</translation>
    </message>
    <message>
        <source>Page table of PDE %1 (VA %2 - %3) in %4 - %5</source>
        <translation>%4의 PDE %1 페이지 테이블 (VA %2 - %3) - %5</translation>
    </message>
    <message>
        <source>Page directories of %1 and %2 - %3</source>
        <translation>%1과(와) %2의 페이지 디렉터리 - %3</translation>
    </message>
    <message>
        <source>(choose a process)</source>
        <translation>(프로세스를 고르세요)</translation>
    </message>
    <message>
        <source>
The directory maps itself: every PTE of this process is at C0000000 + VA/1024.</source>
        <translation>
디렉터리가 자기 자신을 매핑합니다: 이 프로세스의 모든 PTE는 C0000000 + VA/1024에 있습니다.</translation>
    </message>
    <message>
        <source>
Hyperspace: this process's own mapping window and working set list.</source>
        <translation>
하이퍼스페이스: 이 프로세스만의 매핑 창과 작업 집합 리스트.</translation>
    </message>
    <message>
        <source>
Click to open its page table.</source>
        <translation>
클릭하면 페이지 테이블을 엽니다.</translation>
    </message>
    <message>
        <source>X: the entry differs between the two processes. In the upper half (system space) that is only: %1</source>
        <translation>X: 두 프로세스에서 다른 항목. 위쪽 절반(시스템 공간)에서는 다음뿐입니다: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>PDE 300: the self-map (C0000000)</source>
        <translation>PDE 300: 자체 매핑 (C0000000)</translation>
    </message>
    <message>
        <source>The directory is also this 4 MB region's page table, so every PTE of the process appears at C0000000 + VA/1024 and the directory itself at C0300000. Its value differs in every process.</source>
        <translation>디렉터리는 이 4 MB 영역의 페이지 테이블이기도 해서, 프로세스의 모든 PTE가 C0000000 + VA/1024에, 디렉터리 자신은 C0300000에 나타납니다. 값은 프로세스마다 다릅니다.</translation>
    </message>
    <message>
        <source>PDE 301: hyperspace (C0400000)</source>
        <translation>PDE 301: 하이퍼스페이스 (C0400000)</translation>
    </message>
    <message>
        <source>Each process's own page table for mapping other frames for a moment (MiMapPageInHyperSpace) and for its working set list at C0502000. It also differs in every process; the rest of the upper half is the same everywhere.</source>
        <translation>다른 프레임을 잠시 매핑하기 위한(MiMapPageInHyperSpace), 그리고 C0502000의 작업 집합 리스트를 위한 프로세스별 페이지 테이블. 이것도 프로세스마다 다르고, 위쪽 절반의 나머지는 어디서나 같습니다.</translation>
    </message>
</context>
<context>
    <name>mmvis::Palette</name>
    <message>
        <source>Transition</source>
        <translation>전이</translation>
    </message>
    <message>
        <source>Not present</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>User page table</source>
        <translation>사용자 페이지 테이블</translation>
    </message>
    <message>
        <source>System page table</source>
        <translation>시스템 페이지 테이블</translation>
    </message>
    <message>
        <source>4 MB page (KSEG0)</source>
        <translation>4 MB 페이지 (KSEG0)</translation>
    </message>
    <message>
        <source>Self-map (PDE 300)</source>
        <translation>자체 매핑 (PDE 300)</translation>
    </message>
    <message>
        <source>Hyperspace (PDE 301)</source>
        <translation>하이퍼스페이스 (PDE 301)</translation>
    </message>
    <message>
        <source>Zero (ask the VAD)</source>
        <translation>0 (VAD에 물음)</translation>
    </message>
    <message>
        <source>Demand zero</source>
        <translation>요구 시 0 채움</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>유효</translation>
    </message>
    <message>
        <source>Valid, shared (section)</source>
        <translation>유효, 공유 (섹션)</translation>
    </message>
    <message>
        <source>Paging file</source>
        <translation>페이징 파일</translation>
    </message>
    <message>
        <source>Prototype</source>
        <translation>프로토타입</translation>
    </message>
</context>
<context>
    <name>mmvis::PositionsDiagram</name>
    <message>
        <source>What changed from position %1 to %2 - %3</source>
        <translation>위치 %1에서 %2까지 바뀐 것 - %3</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>실행 중: %1</translation>
    </message>
    <message>
        <source>Page lists</source>
        <translation>페이지 리스트</translation>
    </message>
    <message>
        <source>%1, unchanged</source>
        <translation>%1, 변화 없음</translation>
    </message>
    <message>
        <source>PDEs and PTEs that changed: %1</source>
        <translation>바뀐 PDE와 PTE: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>... and %1 more (the table lists them all)</source>
        <translation>... 외 %1개 (표에 모두 있습니다)</translation>
    </message>
    <message>
        <source>Frames that changed list: %1</source>
        <translation>리스트가 바뀐 프레임: %1</translation>
    </message>
    <message>
        <source>1 frame</source>
        <translation>프레임 1개</translation>
    </message>
    <message>
        <source>%1 frames</source>
        <translation>프레임 %1개</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>프로세스</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>변화 없음</translation>
    </message>
</context>
<context>
    <name>mmvis::PracticeDialog</name>
    <message>
        <source>&amp;Check</source>
        <translation>확인(&amp;C)</translation>
    </message>
    <message>
        <source>What the machine does (on a copy; yours is unchanged):</source>
        <translation>기계가 하는 일 (복사본에서. 지금 기계는 그대로입니다):</translation>
    </message>
    <message>
        <source>&amp;Next Question</source>
        <translation>다음 문제(&amp;N)</translation>
    </message>
    <message>
        <source>What the machine does</source>
        <translation>기계가 하는 일</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>연습</translation>
    </message>
    <message>
        <source>Your answer: addresses in hex, a routine, a list...</source>
        <translation>답: 16진수 주소, 루틴, 리스트...</translation>
    </message>
    <message>
        <source>&lt;span style="color:#1e8449"&gt;&lt;b&gt;Right.&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style="color:#1e8449"&gt;&lt;b&gt;맞았습니다.&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style="color:#c0392b"&gt;&lt;b&gt;Not quite.&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style="color:#c0392b"&gt;&lt;b&gt;아쉽습니다.&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>The answer: %1</source>
        <translation>정답: %1</translation>
    </message>
    <message>
        <source>There is nothing to ask about yet: spawn a process and touch some memory, then practise.</source>
        <translation>아직 물어볼 것이 없습니다: 프로세스를 만들고 메모리를 조금 건드린 다음 연습하세요.</translation>
    </message>
    <message>
        <source>Question %1 of %2. Score: %3 of %4</source>
        <translation>%2문제 중 %1번. 점수: %4문제 중 %3개</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>유효</translation>
    </message>
    <message>
        <source>transition</source>
        <translation>전이</translation>
    </message>
    <message>
        <source>demand zero</source>
        <translation>요구 시 0 채움</translation>
    </message>
    <message>
        <source>paging file</source>
        <translation>페이징 파일</translation>
    </message>
    <message>
        <source>prototype</source>
        <translation>프로토타입</translation>
    </message>
    <message>
        <source>soft fault</source>
        <translation>소프트 폴트</translation>
    </message>
    <message>
        <source>hard fault</source>
        <translation>하드 폴트</translation>
    </message>
</context>
<context>
    <name>mmvis::ProcessModel</name>
    <message>
        <source>Pages in the working set now (peak %1)</source>
        <translation>지금 작업 집합의 페이지 수 (최대 %1)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>부모</translation>
    </message>
    <message>
        <source>WS</source>
        <translation>작업 집합</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>최소</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>최대</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>폴트</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>전용</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>커밋</translation>
    </message>
</context>
<context>
    <name>mmvis::ScriptRunner</name>
    <message>
        <source>%1:%2: the script stopped at this error</source>
        <translation>%1:%2: 스크립트가 이 오류에서 멈췄습니다</translation>
    </message>
    <message>
        <source>%1: done, %2 commands</source>
        <translation>%1: 완료, 명령 %2개</translation>
    </message>
    <message>
        <source>%1: paused at command %2 of %3</source>
        <translation>%1: %3개 중 %2번째 명령에서 일시 정지</translation>
    </message>
</context>
<context>
    <name>mmvis::SessionFiles</name>
    <message>
        <source>Open &amp;Session...</source>
        <translation>세션 열기(&amp;S)...</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>세션 열기</translation>
    </message>
    <message>
        <source>Open a saved session: its machine, every command, and the position it was at</source>
        <translation>저장한 세션을 엽니다: 그 기계, 모든 명령, 그때의 위치</translation>
    </message>
    <message>
        <source>&amp;Recent Sessions</source>
        <translation>최근 세션(&amp;R)</translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation>세션 저장</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>&amp;Save Session</source>
        <translation>세션 저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save every command run so far and the position, to reopen exactly this machine</source>
        <translation>지금까지 실행한 모든 명령과 위치를 저장해 바로 이 기계를 다시 엽니다</translation>
    </message>
    <message>
        <source>Save Session &amp;As...</source>
        <translation>다른 이름으로 세션 저장(&amp;A)...</translation>
    </message>
    <message>
        <source>Cannot open %1: %2

The session that was open is unchanged.</source>
        <translation>%1을(를) 열 수 없습니다: %2

열려 있던 세션은 그대로입니다.</translation>
    </message>
    <message>
        <source>Replaying the commands of %1...</source>
        <translation>%1의 명령을 다시 실행하는 중...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(아직 없음)</translation>
    </message>
    <message>
        <source>Restore Session</source>
        <translation>세션 복원</translation>
    </message>
    <message>
        <source>mmvis did not close normally last time. Restore the session it was running (%1 commands, saved %2)?</source>
        <translation>mmvis가 지난번에 정상적으로 닫히지 않았습니다. 실행 중이던 세션을 복원할까요 (명령 %1개, %2에 저장)?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>지금은 안 함</translation>
    </message>
    <message>
        <source>the last session</source>
        <translation>지난 세션</translation>
    </message>
    <message>
        <source>The last session cannot be restored: %1

It stays in %2.</source>
        <translation>지난 세션을 복원할 수 없습니다: %1

%2에 남아 있습니다.</translation>
    </message>
</context>
<context>
    <name>mmvis::SimulationController</name>
    <message>
        <source>step %1, %2 MB RAM</source>
        <translation>단계 %1, RAM %2 MB</translation>
    </message>
</context>
<context>
    <name>mmvis::Timeline</name>
    <message>
        <source>Position %1 of %2</source>
        <translation>위치 %1 / %2</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Click or drag to go to a position; Left/Right step back or forward, Home/End go to the start or the last recorded command</source>
        <translation>클릭하거나 끌어서 위치로 이동합니다. 왼쪽/오른쪽은 한 단계 뒤/앞, Home/End는 처음 또는 마지막으로 기록된 명령으로</translation>
    </message>
    <message>
        <source>Position 0: just booted</source>
        <translation>위치 0: 막 부팅함</translation>
    </message>
    <message>
        <source>Position %1: %2</source>
        <translation>위치 %1: %2</translation>
    </message>
</context>
<context>
    <name>mmvis::TlbView</name>
    <message>
        <source>4 KB pages: slot = page number mod 64</source>
        <translation>4 KB 페이지: 슬롯 = 페이지 번호 mod 64</translation>
    </message>
    <message>
        <source>4 MB pages: 8 slots</source>
        <translation>4 MB 페이지: 슬롯 8개</translation>
    </message>
    <message>
        <source>slot  page      frame  flags</source>
        <translation>슬롯  페이지    프레임 플래그</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>... 외 %1개</translation>
    </message>
    <message>
        <source>G global, D dirty, U user or K kernel, W writable or R read-only</source>
        <translation>G 전역, D 더티, U 사용자 또는 K 커널, W 쓰기 가능 또는 R 읽기 전용</translation>
    </message>
    <message>
        <source>Hits %1, misses %2 (%3 % hits). Last access: %4. CR3 %5: a CR3 load keeps only the global entries.</source>
        <translation>적중 %1, 실패 %2 (적중률 %3 %). 마지막 접근: %4. CR3 %5: CR3를 로드하면 전역 항목만 남습니다.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>비어 있음</translation>
    </message>
    <message>
        <source>per process</source>
        <translation>프로세스별</translation>
    </message>
    <message>
        <source>global (G)</source>
        <translation>전역 (G)</translation>
    </message>
    <message>
        <source>last access</source>
        <translation>마지막 접근</translation>
    </message>
    <message>
        <source>TLB: %1 of 72 entries valid, %2 global - %3</source>
        <translation>TLB: 72개 항목 중 %1개 유효, 전역 %2개 - %3</translation>
    </message>
</context>
<context>
    <name>mmvis::Translation</name>
    <message>
        <source> Global (G): its TLB entry survives a context switch (a CR3 load).</source>
        <translation> 전역(G): 이 TLB 항목은 컨텍스트 전환(CR3 로드) 후에도 남습니다.</translation>
    </message>
    <message>
        <source>Split the virtual address (a 4 MB page)</source>
        <translation>가상 주소 나누기 (4 MB 페이지)</translation>
    </message>
    <message>
        <source>%1 = directory index %2 (bits 31-22) and byte offset %3 in the 4 MB page (bits 21-0): the PDE maps the page itself, there is no page table.</source>
        <translation>%1 = 디렉터리 인덱스 %2 (비트 31-22)와 4 MB 페이지 안의 바이트 오프셋 %3 (비트 21-0): PDE가 페이지 자체를 매핑하며 페이지 테이블은 없습니다.</translation>
    </message>
    <message>
        <source>Split the virtual address</source>
        <translation>가상 주소 나누기</translation>
    </message>
    <message>
        <source>%1 = directory index %2 (bits 31-22), table index %3 (bits 21-12), byte offset %4 (bits 11-0).</source>
        <translation>%1 = 디렉터리 인덱스 %2 (비트 31-22), 테이블 인덱스 %3 (비트 21-12), 바이트 오프셋 %4 (비트 11-0).</translation>
    </message>
    <message>
        <source>TLB miss</source>
        <translation>TLB 실패</translation>
    </message>
    <message>
        <source>The TLB has no entry for page %1: the CPU walks the page tables from CR3.</source>
        <translation>TLB에 페이지 %1의 항목이 없습니다: CPU가 CR3부터 페이지 테이블을 따라갑니다.</translation>
    </message>
    <message>
        <source>TLB hit</source>
        <translation>TLB 적중</translation>
    </message>
    <message>
        <source>The TLB holds page %1 -&gt; frame %2%3: the CPU uses it and reads neither the page directory nor a page table.%4</source>
        <translation>TLB에 페이지 %1 -&gt; 프레임 %2%3 항목이 있습니다: CPU는 이것을 쓰고 페이지 디렉터리도 페이지 테이블도 읽지 않습니다.%4</translation>
    </message>
    <message>
        <source> (a 4 MB entry)</source>
        <translation> (4 MB 항목)</translation>
    </message>
    <message>
        <source> The entry is global (G): a context switch keeps it.</source>
        <translation> 이 항목은 전역(G)이라 컨텍스트 전환 후에도 남습니다.</translation>
    </message>
    <message>
        <source> (after the fault)</source>
        <translation> (폴트 후)</translation>
    </message>
    <message>
        <source>not valid: there is no page table for these 4 MB</source>
        <translation>유효하지 않음: 이 4 MB에는 페이지 테이블이 없습니다</translation>
    </message>
    <message>
        <source>a 4 MB page at frame %1, %2</source>
        <translation>프레임 %1의 4 MB 페이지, %2</translation>
    </message>
    <message>
        <source>valid, page table in frame %1, %2</source>
        <translation>유효, 페이지 테이블은 프레임 %1, %2</translation>
    </message>
    <message>
        <source>Read the PDE%1</source>
        <translation>PDE 읽기%1</translation>
    </message>
    <message>
        <source>PDE %1 is at %2 + %1 x 4 = physical %3 (virtual %4 through the self-map). It contains %5: %6.%7</source>
        <translation>PDE %1은(는) %2 + %1 x 4 = 물리 주소 %3 (자체 매핑으로는 가상 주소 %4)에 있습니다. 값은 %5: %6.%7</translation>
    </message>
    <message>
        <source>Find the PTE through the self-map%1</source>
        <translation>자체 매핑으로 PTE 찾기%1</translation>
    </message>
    <message>
        <source>The memory manager reads it at C0000000 + VA/1024 = %1: PDE 300 maps the directory as a page table, so entry %2 of the directory (the PDE above) supplies the frame, and %3 x 4 the offset in it.</source>
        <translation>메모리 관리자는 C0000000 + VA/1024 = %1에서 읽습니다: PDE 300이 디렉터리를 페이지 테이블로 매핑하므로 디렉터리의 %2번 항목(위의 PDE)이 프레임을, %3 x 4가 그 안의 오프셋을 줍니다.</translation>
    </message>
    <message>
        <source>Read the PTE%1</source>
        <translation>PTE 읽기%1</translation>
    </message>
    <message>
        <source>PTE %1 is at %2 + %1 x 4 = physical %3 (virtual %4). It contains %5: %6.%7</source>
        <translation>PTE %1은(는) %2 + %1 x 4 = 물리 주소 %3 (가상 주소 %4)에 있습니다. 값은 %5: %6.%7</translation>
    </message>
    <message>
        <source>valid, frame %1, %2</source>
        <translation>유효, 프레임 %1, %2</translation>
    </message>
    <message>
        <source>not valid (%1)</source>
        <translation>유효하지 않음 (%1)</translation>
    </message>
    <message>
        <source>Page fault: MmAccessFault</source>
        <translation>페이지 폴트: MmAccessFault</translation>
    </message>
    <message>
        <source>The walk failed: the CPU raises a page fault with CR2 = %1; KiTrap0E calls MmAccessFault, which checks the address against the process's VADs.</source>
        <translation>변환 실패: CPU가 CR2 = %1로 페이지 폴트를 일으키고, KiTrap0E가 MmAccessFault를 부릅니다. MmAccessFault는 주소를 프로세스의 VAD와 대조합니다.</translation>
    </message>
    <message>
        <source>Frame %1 comes from the %2 list.</source>
        <translation>프레임 %1은(는) %2 리스트에서 옵니다.</translation>
    </message>
    <message>
        <source>%1 writes the %2</source>
        <translation>%1이(가) %2를 씀</translation>
    </message>
    <message>
        <source>%1 at %2: %3 -&gt; %4 (%5).</source>
        <translation>%2의 %1: %3 -&gt; %4 (%5).</translation>
    </message>
    <message>
        <source>The page is read from its file (page %1) into frame %2.</source>
        <translation>페이지를 파일(페이지 %1)에서 프레임 %2로 읽어 들입니다.</translation>
    </message>
    <message>
        <source>The page is read from the paging file (offset %1) into frame %2.</source>
        <translation>페이지를 페이징 파일(오프셋 %1)에서 프레임 %2로 읽어 들입니다.</translation>
    </message>
    <message>
        <source>MiAccessCheck refuses the access</source>
        <translation>MiAccessCheck가 접근을 거부함</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>The fault is resolved; the CPU executes the access again and walks once more.</source>
        <translation>폴트가 해결되었습니다. CPU가 접근을 다시 실행하며 한 번 더 따라갑니다.</translation>
    </message>
    <message>
        <source>The PDE is not valid: there is no page table for these 4 MB. An access faults; MmAccessFault makes the page table (MiMakePdeExistAndMakeValid) if a VAD commits the address, else it is an access violation.</source>
        <translation>PDE가 유효하지 않습니다: 이 4 MB에는 페이지 테이블이 없습니다. 접근하면 폴트가 납니다. VAD가 주소를 커밋했다면 MmAccessFault가 페이지 테이블을 만들고(MiMakePdeExistAndMakeValid), 아니면 접근 위반입니다.</translation>
    </message>
    <message>
        <source>the PTE is zero, so MmAccessFault asks the VADs: a committed address becomes a demand-zero page, anything else an access violation.</source>
        <translation>PTE가 0이므로 MmAccessFault가 VAD에 묻습니다: 커밋된 주소는 요구 시 0 채움 페이지가 되고, 그 밖에는 접근 위반입니다.</translation>
    </message>
    <message>
        <source>MiResolveDemandZeroFault gives it a zeroed frame.</source>
        <translation>MiResolveDemandZeroFault가 0으로 채운 프레임을 줍니다.</translation>
    </message>
    <message>
        <source>the frame is still in memory on the Standby or Modified list: MiResolveTransitionFault puts it back, with no disk read (a soft fault).</source>
        <translation>프레임이 아직 스탠바이나 수정 리스트에 있어 메모리에 남아 있습니다: MiResolveTransitionFault가 디스크를 읽지 않고 되돌립니다 (소프트 폴트).</translation>
    </message>
    <message>
        <source>the page is in the paging file: MiResolvePageFileFault reads it back (a hard fault).</source>
        <translation>페이지가 페이징 파일에 있습니다: MiResolvePageFileFault가 다시 읽어 들입니다 (하드 폴트).</translation>
    </message>
    <message>
        <source>it points at a prototype PTE: MiResolveProtoPteFault finds the section's page.</source>
        <translation>프로토타입 PTE를 가리킵니다: MiResolveProtoPteFault가 섹션의 페이지를 찾습니다.</translation>
    </message>
    <message>
        <source>The PTE is not valid (%1). An access faults into MmAccessFault; MiDispatchFault decides by the PTE's format: %2 Access makes one.</source>
        <translation>PTE가 유효하지 않습니다 (%1). 접근하면 MmAccessFault로 폴트가 나고, MiDispatchFault가 PTE 형식에 따라 결정합니다: %2 접근하면 만들어집니다.</translation>
    </message>
    <message>
        <source>No translation</source>
        <translation>변환 없음</translation>
    </message>
    <message>
        <source>The TLB entry's frame</source>
        <translation>TLB 항목의 프레임</translation>
    </message>
    <message>
        <source>The PDE's 4 MB frame</source>
        <translation>PDE의 4 MB 프레임</translation>
    </message>
    <message>
        <source>The PTE's frame</source>
        <translation>PTE의 프레임</translation>
    </message>
    <message>
        <source>Frame + offset</source>
        <translation>프레임 + 오프셋</translation>
    </message>
    <message>
        <source>%1 %2 x 1000 + offset %3 = physical address %4.</source>
        <translation>%1 %2 x 1000 + 오프셋 %3 = 물리 주소 %4.</translation>
    </message>
    <message>
        <source>Physical address %1</source>
        <translation>물리 주소 %1</translation>
    </message>
    <message>
        <source>Virtual %1 is physical %2.</source>
        <translation>가상 주소 %1은(는) 물리 주소 %2입니다.</translation>
    </message>
    <message>
        <source>Virtual %1 is physical %2. The read gives %3.</source>
        <translation>가상 주소 %1은(는) 물리 주소 %2입니다. 읽은 값: %3.</translation>
    </message>
    <message>
        <source>CR3: the page directory</source>
        <translation>CR3: 페이지 디렉터리</translation>
    </message>
    <message>
        <source>%1's DirectoryTableBase[0] = %2: the page directory is frame %3.</source>
        <translation>%1의 DirectoryTableBase[0] = %2: 페이지 디렉터리는 프레임 %3입니다.</translation>
    </message>
    <message>
        <source>TLB %1 -&gt; frame %2%3%4</source>
        <translation>TLB %1 -&gt; 프레임 %2%3%4</translation>
    </message>
    <message>
        <source>, global</source>
        <translation>, 전역</translation>
    </message>
    <message>
        <source>(the PDE and PTE were not read)</source>
        <translation>(PDE와 PTE는 읽지 않음)</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>유효하지 않음</translation>
    </message>
    <message>
        <source>4 MB page, frame %1  %2</source>
        <translation>4 MB 페이지, 프레임 %1  %2</translation>
    </message>
    <message>
        <source>page table in frame %1  %2</source>
        <translation>페이지 테이블은 프레임 %1  %2</translation>
    </message>
    <message>
        <source>frame %1  %2</source>
        <translation>프레임 %1  %2</translation>
    </message>
    <message>
        <source>not valid: %1</source>
        <translation>유효하지 않음: %1</translation>
    </message>
    <message>
        <source>PA  frame %1 x 1000 + %2 = %3</source>
        <translation>PA  프레임 %1 x 1000 + %2 = %3</translation>
    </message>
</context>
<context>
    <name>mmvis::TranslationCanvas</name>
    <message>
        <source>Type a virtual address and press Translate, or pick one in the page-directory grid.</source>
        <translation>가상 주소를 입력하고 변환을 누르거나, 페이지 디렉터리 격자에서 고르세요.</translation>
    </message>
    <message>
        <source>TLB
%1 -&gt; frame %2</source>
        <translation>TLB
%1 -&gt; 프레임 %2</translation>
    </message>
    <message>
        <source>page directory:
not read</source>
        <translation>페이지 디렉터리:
읽지 않음</translation>
    </message>
    <message>
        <source>page table:
not read</source>
        <translation>페이지 테이블:
읽지 않음</translation>
    </message>
    <message>
        <source>Page directory</source>
        <translation>페이지 디렉터리</translation>
    </message>
    <message>
        <source>no page table:
the PDE is not valid</source>
        <translation>페이지 테이블 없음:
PDE가 유효하지 않음</translation>
    </message>
    <message>
        <source>Page table (seen at %1)</source>
        <translation>페이지 테이블 (%1에서 보임)</translation>
    </message>
    <message>
        <source>Page table</source>
        <translation>페이지 테이블</translation>
    </message>
    <message>
        <source>4 MB page at frame %1</source>
        <translation>프레임 %1의 4 MB 페이지</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>프레임 %1</translation>
    </message>
    <message>
        <source>+ %1 = %2</source>
        <translation>+ %1 = %2</translation>
    </message>
    <message>
        <source>page fault
being resolved</source>
        <translation>페이지 폴트
해결 중</translation>
    </message>
    <message>
        <source>no frame</source>
        <translation>프레임 없음</translation>
    </message>
    <message>
        <source>Address translation - %1</source>
        <translation>주소 변환 - %1</translation>
    </message>
    <message>
        <source>Translation of %1 in %2%3 - step %4 of %5 - %6</source>
        <translation>%2에서 %1의 변환%3 - %5단계 중 %4단계 - %6</translation>
    </message>
    <message>
        <source> through the self-map</source>
        <translation> (자체 매핑을 통해)</translation>
    </message>
    <message>
        <source>directory index</source>
        <translation>디렉터리 인덱스</translation>
    </message>
    <message>
        <source>offset in the 4 MB page</source>
        <translation>4 MB 페이지 안의 오프셋</translation>
    </message>
    <message>
        <source>table index</source>
        <translation>테이블 인덱스</translation>
    </message>
    <message>
        <source>offset</source>
        <translation>오프셋</translation>
    </message>
</context>
<context>
    <name>mmvis::TranslationView</name>
    <message>
        <source>Through the self-map</source>
        <translation>자체 매핑을 통해</translation>
    </message>
    <message>
        <source>virtual address (hex)</source>
        <translation>가상 주소 (16진수)</translation>
    </message>
    <message>
        <source>A virtual address of the selected process; clicking a cell in the grid fills it in</source>
        <translation>선택한 프로세스의 가상 주소. 격자의 칸을 클릭하면 채워집니다</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>변환</translation>
    </message>
    <message>
        <source>Walk the page tables of the selected process; changes nothing</source>
        <translation>선택한 프로세스의 페이지 테이블을 따라갑니다. 아무것도 바꾸지 않습니다</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>접근</translation>
    </message>
    <message>
        <source>Read the address from the current process: a fault is resolved by the memory manager, then shown</source>
        <translation>현재 프로세스에서 주소를 읽습니다: 폴트는 메모리 관리자가 해결한 뒤 보여 줍니다</translation>
    </message>
    <message>
        <source>Show how the memory manager reads the PTE at C0000000 + VA/1024</source>
        <translation>메모리 관리자가 C0000000 + VA/1024에 있는 PTE를 읽는 방법을 보입니다</translation>
    </message>
    <message>
        <source>Back one step</source>
        <translation>한 단계 뒤로</translation>
    </message>
    <message>
        <source>Forward one step</source>
        <translation>한 단계 앞으로</translation>
    </message>
    <message>
        <source>To the last step</source>
        <translation>마지막 단계로</translation>
    </message>
    <message>
        <source>Play or pause the animation (Ctrl+Space)</source>
        <translation>애니메이션 재생/일시 정지 (Ctrl+Space)</translation>
    </message>
    <message>
        <source>Animation speed</source>
        <translation>애니메이션 속도</translation>
    </message>
    <message>
        <source>VA</source>
        <translation>VA</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <source>'%1' is not a hex address</source>
        <translation>'%1'은(는) 16진수 주소가 아닙니다</translation>
    </message>
    <message>
        <source>step 1 of %1</source>
        <translation>%1단계 중 1단계</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>%2단계 중 %1단계</translation>
    </message>
</context>
</TS>
