<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>Spawn Process</source>
        <translation>创建进程</translation>
    </message>
    <message>
        <source>The image name, at most 15 characters (EPROCESS.ImageFileName)</source>
        <translation>映像名称,最多 15 个字符 (EPROCESS.ImageFileName)</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>映像:</translation>
    </message>
    <message>
        <source>Parent:</source>
        <translation>父进程:</translation>
    </message>
    <message>
        <source>The parent creates the address space in its own context (MmCreateProcessAddressSpace, through its hyperspace).</source>
        <translation>父进程在自己的上下文中创建地址空间 (MmCreateProcessAddressSpace,通过它的超空间)。</translation>
    </message>
    <message>
        <source>Allocate Virtual Memory</source>
        <translation>分配虚拟内存</translation>
    </message>
    <message>
        <source>0: let NtAllocateVirtualMemory choose; reservations are 64 KB aligned</source>
        <translation>0:由 NtAllocateVirtualMemory 选择;保留按 64 KB 对齐</translation>
    </message>
    <message>
        <source>Hex bytes, or decimal with K, M or G</source>
        <translation>十六进制字节数,或带 K、M、G 的十进制数</translation>
    </message>
    <message>
        <source>Base address:</source>
        <translation>基地址:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>大小:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型:</translation>
    </message>
    <message>
        <source>Protection:</source>
        <translation>保护:</translation>
    </message>
    <message>
        <source>Access Memory</source>
        <translation>访问内存</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址:</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>访问:</translation>
    </message>
    <message>
        <source>Value (writes):</source>
        <translation>值(写入):</translation>
    </message>
    <message>
        <source>A thread of the current process makes the access; a fault goes through MmAccessFault.</source>
        <translation>由当前进程的线程访问;缺页经由 MmAccessFault 处理。</translation>
    </message>
    <message>
        <source>mmvis session (*.mmvis);;All files (*)</source>
        <translation>mmvis 会话 (*.mmvis);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reserve and commit (MEM_RESERVE|MEM_COMMIT)</source>
        <translation>保留并提交 (MEM_RESERVE|MEM_COMMIT)</translation>
    </message>
    <message>
        <source>Reserve (MEM_RESERVE)</source>
        <translation>保留 (MEM_RESERVE)</translation>
    </message>
    <message>
        <source>Commit (MEM_COMMIT)</source>
        <translation>提交 (MEM_COMMIT)</translation>
    </message>
</context>
<context>
    <name>mm::diff</name>
    <message>
        <source>zero</source>
        <translation>零</translation>
    </message>
    <message>
        <source>valid, frame %1</source>
        <translation>有效,页框 %1</translation>
    </message>
    <message>
        <source>demand zero</source>
        <translation>按需清零</translation>
    </message>
    <message>
        <source>transition, frame %1</source>
        <translation>过渡,页框 %1</translation>
    </message>
    <message>
        <source>paging file %1 offset %2</source>
        <translation>分页文件 %1 偏移 %2</translation>
    </message>
    <message>
        <source>prototype</source>
        <translation>原型</translation>
    </message>
    <message>
        <source>subsection</source>
        <translation>子内存区</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>%1, unchanged</source>
        <translation>%1,未变</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>%1 ended</source>
        <translation>%1 已结束</translation>
    </message>
    <message>
        <source>working set %1, private pages %2, commit %3</source>
        <translation>工作集 %1,私有页面 %2,提交 %3</translation>
    </message>
    <message>
        <source>%1: working set %2 -&gt; %3, private pages %4 -&gt; %5, commit %6 -&gt; %7</source>
        <translation>%1:工作集 %2 -&gt; %3,私有页面 %4 -&gt; %5,提交 %6 -&gt; %7</translation>
    </message>
    <message>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation>%1 已创建</translation>
    </message>
</context>
<context>
    <name>mm::explain</name>
    <message>
        <source>A zero-filled page was needed and the Zeroed list had one, so nothing has to be cleared.</source>
        <translation>需要一个已清零的页面,零页链表中正好有,所以无需再清零。</translation>
    </message>
    <message>
        <source>A zero-filled page was needed but the Zeroed list was empty, so a Free page was taken; MiZeroPhysicalPage clears it before use.</source>
        <translation>需要一个已清零的页面,但零页链表是空的,所以取了一个空闲页面;使用前由 MiZeroPhysicalPage 清零。</translation>
    </message>
    <message>
        <source>The Zeroed and Free lists were empty, so a Standby page is repurposed: its old owner's PTE gets back what it held (MiRestoreTransitionPte), then the page is cleared.</source>
        <translation>零页和空闲链表都是空的,所以把一个备用页面改作他用:它原主人的 PTE 恢复原来的内容 (MiRestoreTransitionPte),然后清零该页面。</translation>
    </message>
    <message>
        <source>A page was needed whose contents will be overwritten (read from disk or copied), so any page will do: the Free list comes first.</source>
        <translation>需要一个内容将被覆盖的页面(从磁盘读入或复制),所以任何页面都行:先用空闲链表。</translation>
    </message>
    <message>
        <source>A page was needed whose contents will be overwritten; the Free list was empty, so a Zeroed page was taken.</source>
        <translation>需要一个内容将被覆盖的页面;空闲链表是空的,所以取了一个零页。</translation>
    </message>
    <message>
        <source>A page was needed and the Free and Zeroed lists were empty, so a Standby page is repurposed: its old owner's PTE gets back what it held (MiRestoreTransitionPte).</source>
        <translation>需要一个页面,而空闲和零页链表都是空的,所以把一个备用页面改作他用:它原主人的 PTE 恢复原来的内容 (MiRestoreTransitionPte)。</translation>
    </message>
    <message>
        <source>The zero page thread cleared a Free page and put it on the Zeroed list; it runs when the processor is idle, once the Free list holds 8 pages or more (MmZeroingPageEvent).</source>
        <translation>零页线程把一个空闲页面清零并放入零页链表;当空闲链表有 8 个或更多页面时,它在处理器空闲时运行 (MmZeroingPageEvent)。</translation>
    </message>
    <message>
        <source>The page left the working set. No PTE maps the frame any more (its share count fell to 0); it stays in memory until its last reference goes, then it goes to a list.</source>
        <translation>页面离开了工作集。已没有 PTE 映射这个页框(共享计数降到 0);它留在内存中,直到最后一个引用消失,然后进入某个链表。</translation>
    </message>
    <message>
        <source>The memory was released. No PTE maps the frame any more (its share count fell to 0); it stays in memory until its last reference goes, then it goes to a list.</source>
        <translation>内存被释放了。已没有 PTE 映射这个页框(共享计数降到 0);它留在内存中,直到最后一个引用消失,然后进入某个链表。</translation>
    </message>
    <message>
        <source>No PTE maps the frame any more (its share count fell to 0); it stays in memory until its last reference goes, then it goes to a list.</source>
        <translation>已没有 PTE 映射这个页框(共享计数降到 0);它留在内存中,直到最后一个引用消失,然后进入某个链表。</translation>
    </message>
    <message>
        <source>The working set was trimmed and the page is dirty, so it goes to the Modified list: its contents exist nowhere else until the modified page writer writes them to the paging file.</source>
        <translation>工作集被修剪了,而该页面是脏的,所以它进入已修改链表:在修改页写出器把它写入分页文件之前,它的内容在别处都不存在。</translation>
    </message>
    <message>
        <source>Nothing refers to the page now and it is dirty, so it goes to the Modified list: its contents exist nowhere else until the modified page writer writes them to the paging file.</source>
        <translation>现在没有任何东西引用该页面,而它是脏的,所以进入已修改链表:在修改页写出器把它写入分页文件之前,它的内容在别处都不存在。</translation>
    </message>
    <message>
        <source>The write finished, so the page is clean: it goes to Standby, where a fault takes it back without reading the disk (a soft fault) until the frame is needed for something else.</source>
        <translation>写出完成,页面变干净了:它进入备用链表,在页框被别处需要之前,缺页时不读磁盘就能取回(软缺页)。</translation>
    </message>
    <message>
        <source>The working set was trimmed and the page is clean (its contents are also in the paging file or its file): it goes to Standby, where a fault takes it back without reading the disk (a soft fault) until the frame is needed for something else.</source>
        <translation>工作集被修剪了,而该页面是干净的(内容在分页文件或它的文件中也有):它进入备用链表,在页框被别处需要之前,缺页时不读磁盘就能取回(软缺页)。</translation>
    </message>
    <message>
        <source>Nothing refers to the page now and it is clean: it goes to Standby, where a fault takes it back without reading the disk (a soft fault) until the frame is needed for something else.</source>
        <translation>现在没有任何东西引用该页面,而它是干净的:它进入备用链表,在页框被别处需要之前,缺页时不读磁盘就能取回(软缺页)。</translation>
    </message>
    <message>
        <source>No PTE will ever ask for the page's contents again (the memory was freed or its process ended), so the page goes to the Free list.</source>
        <translation>再也不会有 PTE 需要该页面的内容(内存被释放或其进程已结束),所以页面进入空闲链表。</translation>
    </message>
    <message>
        <source>The mapped page writer took the page off the Modified list to write it back to its file; it is in transition while the write is in progress.</source>
        <translation>映射页写出器把页面从已修改链表取下,以写回它的文件;写出期间页面处于过渡状态。</translation>
    </message>
    <message>
        <source>The modified page writer took the page off the Modified list to write it to the paging file; it is in transition while the write is in progress.</source>
        <translation>修改页写出器把页面从已修改链表取下,以写入分页文件;写出期间页面处于过渡状态。</translation>
    </message>
    <message>
        <source>A fault found the page still on the %1 list (a soft fault), so it is taken off the list to be used again.</source>
        <translation>缺页时发现页面还在 %1 链表上(软缺页),所以把它从链表取下重新使用。</translation>
    </message>
    <message>
        <source>The memory was freed while its page waited on the %1 list, so the page is taken off it.</source>
        <translation>页面在 %1 链表上等待时内存被释放了,所以把页面从链表取下。</translation>
    </message>
    <message>
        <source>The page is taken off the %1 list.</source>
        <translation>把页面从 %1 链表取下。</translation>
    </message>
    <message>
        <source>A soft fault: the page was still in memory, so it goes back into use without reading the disk.</source>
        <translation>软缺页:页面还在内存中,所以不读磁盘就重新投入使用。</translation>
    </message>
    <message>
        <source>%1 moved the frame from %2 to %3.</source>
        <translation>%1 把页框从 %2 移到 %3。</translation>
    </message>
    <message>
        <source>The debugger wrote this value (ed): the memory manager did not choose it.</source>
        <translation>这个值是调试器写入的 (ed):不是内存管理器选择的。</translation>
    </message>
    <message>
        <source>The PTE was empty, so the VAD decides: the address is committed private memory, so the PTE becomes demand zero with the VAD's protection.</source>
        <translation>PTE 是空的,所以由 VAD 决定:该地址是已提交的私有内存,所以 PTE 成为带有 VAD 保护属性的按需清零项。</translation>
    </message>
    <message>
        <source>The PTE was empty, so the VAD decides: the address is in a view of a section, so the PTE points at the section's prototype PTE.</source>
        <translation>PTE 是空的,所以由 VAD 决定:该地址位于某个内存区的视图中,所以 PTE 指向该内存区的原型PTE。</translation>
    </message>
    <message>
        <source>The page table did not exist yet: a zero-filled page becomes the page table and its PDE is made valid.</source>
        <translation>页表还不存在:一个清零的页面成为页表,它的 PDE 被设为有效。</translation>
    </message>
    <message>
        <source>A demand-zero fault: a zero-filled page now backs the address (marked dirty at once when writable, so a write does not fault again).</source>
        <translation>按需清零缺页:现在由一个清零的页面支撑该地址(若可写则立即标为脏,这样写入时不会再次缺页)。</translation>
    </message>
    <message>
        <source>The working set was trimmed: the page left the working set, and its PTE becomes a transition PTE that still names the frame, so a fault can take the page back without I/O while it stays on a list.</source>
        <translation>工作集被修剪了:页面离开工作集,它的 PTE 变成仍指向该页框的过渡 PTE,所以页面还在链表上时,缺页无需 I/O 就能取回。</translation>
    </message>
    <message>
        <source>The page left the working set, and its PTE becomes a transition PTE that still names the frame, so a fault can take the page back without I/O while it stays on a list.</source>
        <translation>页面离开工作集,它的 PTE 变成仍指向该页框的过渡 PTE,所以页面还在链表上时,缺页无需 I/O 就能取回。</translation>
    </message>
    <message>
        <source>The shared page left this working set: the PTE points at the section's prototype PTE again.</source>
        <translation>共享页面离开了这个工作集:PTE 重新指向内存区的原型PTE。</translation>
    </message>
    <message>
        <source>The frame is being reused for something else, so its old owner's %1 gets back what it held before the page came in (the PFN's OriginalPte): where its contents are in the paging file.</source>
        <translation>页框要改作他用,所以它原主人的 %1 恢复页面调入之前的内容(PFN 的 OriginalPte):其内容在分页文件中的位置。</translation>
    </message>
    <message>
        <source>The frame is being reused for something else, so its old owner's %1 gets back what it held before the page came in (the PFN's OriginalPte): the page's place in its file.</source>
        <translation>页框要改作他用,所以它原主人的 %1 恢复页面调入之前的内容(PFN 的 OriginalPte):页面在其文件中的位置。</translation>
    </message>
    <message>
        <source>The frame is being reused for something else, so its old owner's %1 gets back what it held before the page came in (the PFN's OriginalPte): demand zero.</source>
        <translation>页框要改作他用,所以它原主人的 %1 恢复页面调入之前的内容(PFN 的 OriginalPte):按需清零。</translation>
    </message>
    <message>
        <source>The frame is being reused for something else, so its old owner's %1 gets back what it held before the page came in (the PFN's OriginalPte).</source>
        <translation>页框要改作他用,所以它原主人的 %1 恢复页面调入之前的内容(PFN 的 OriginalPte)。</translation>
    </message>
    <message>
        <source>The memory was freed or decommitted: the PTE no longer maps a page, and the page is released.</source>
        <translation>内存被释放或取消提交:PTE 不再映射页面,页面被释放。</translation>
    </message>
    <message>
        <source>The process is ending: its page tables are freed and their PDEs cleared.</source>
        <translation>进程正在结束:它的页表被释放,对应的 PDE 被清除。</translation>
    </message>
    <message>
        <source>The hyperspace mapping counter (a number kept in the first reserved PTE, not a PTE): %1 of %2 slots left.</source>
        <translation>超空间映射计数器(保存在第一个保留 PTE 中的数字,而不是 PTE):%2 个槽中还剩 %1 个。</translation>
    </message>
    <message>
        <source>Frame %1 is mapped in hyperspace, so the running process can reach a page it does not map (another process's page table or directory, a page to clear).</source>
        <translation>页框 %1 被映射到超空间,使正在运行的进程能访问它没有映射的页面(另一个进程的页表或页目录、要清零的页面)。</translation>
    </message>
    <message>
        <source>The hyperspace slot is released. No invlpg: the slot is not used again until the counter runs out and the whole TLB is flushed.</source>
        <translation>释放超空间槽。不做 invlpg:在计数器用完、整个 TLB 被刷新之前,这个槽不会再被使用。</translation>
    </message>
    <message>
        <source>The zero page thread's own hyperspace PTE maps the frame so that it can be cleared.</source>
        <translation>零页线程专用的超空间 PTE 映射该页框,以便清零。</translation>
    </message>
    <message>
        <source>The new process's hyperspace mapping counter starts with all 255 slots free (a number, not a PTE).</source>
        <translation>新进程的超空间映射计数器从 255 个槽全部空闲开始(是数字,不是 PTE)。</translation>
    </message>
    <message>
        <source>The new hyperspace page table maps the working set list page at c0502000.</source>
        <translation>新的超空间页表映射位于 c0502000 的工作集列表页面。</translation>
    </message>
    <message>
        <source>The new directory's self-map entry (PDE 300) points at the directory itself, so its page tables appear at c0000000 once it is the running directory.</source>
        <translation>新页目录的自映射项 (PDE 300) 指向页目录本身,所以当它成为正在运行的页目录时,它的页表出现在 c0000000。</translation>
    </message>
    <message>
        <source>The new directory's PDE 301 points at the new process's own hyperspace page table.</source>
        <translation>新页目录的 PDE 301 指向新进程自己的超空间页表。</translation>
    </message>
    <message>
        <source>A system PDE copied from the parent's directory: every process sees the same system space.</source>
        <translation>从父进程页目录复制的系统 PDE:每个进程看到相同的系统空间。</translation>
    </message>
    <message>
        <source>The working set list needs another page: a new page is mapped at its end.</source>
        <translation>工作集列表需要再一个页面:在其末尾映射一个新页面。</translation>
    </message>
    <message>
        <source>A prototype PTE of the new section names its subsection: the page is in the file, nothing is in memory yet.</source>
        <translation>新内存区的原型PTE指向它的子内存区:页面在文件中,内存里还什么都没有。</translation>
    </message>
    <message>
        <source>A prototype PTE of the new section backed by the paging file: demand zero until first touched.</source>
        <translation>以分页文件为后备的新内存区的原型PTE:首次访问之前是按需清零。</translation>
    </message>
    <message>
        <source>A hard fault on a section page: the page is being read from its file, and the prototype PTE is in transition while the read is in progress.</source>
        <translation>内存区页面的硬缺页:正在从文件读入页面,读入期间原型PTE处于过渡状态。</translation>
    </message>
    <message>
        <source>The read from disk finished: the %1 becomes valid.</source>
        <translation>磁盘读入完成:%1 变为有效。</translation>
    </message>
    <message>
        <source>The process's PTE gets the frame its prototype PTE holds: the page is shared, and the PFN's share count counts this mapping.</source>
        <translation>进程的 PTE 得到其原型PTE所持有的页框:页面是共享的,PFN 的共享计数计入这次映射。</translation>
    </message>
    <message>
        <source>A hard fault: the page is being read from the paging file; the PTE is in transition while the read is in progress, so other faults on it wait.</source>
        <translation>硬缺页:正在从分页文件读入页面;读入期间 PTE 处于过渡状态,所以对它的其他缺页要等待。</translation>
    </message>
    <message>
        <source>A soft fault: the frame is still in memory, so the %1 becomes valid again without reading the disk.</source>
        <translation>软缺页:页框还在内存中,所以不读磁盘 %1 就重新有效。</translation>
    </message>
    <message>
        <source>A write to a copy-on-write page: the process gets its own copy, writable, and lets go of the shared page.</source>
        <translation>写入写时复制页面:进程得到一份自己的可写副本,并放开共享页面。</translation>
    </message>
    <message>
        <source>No process maps the shared page any more: its prototype PTE becomes a transition PTE, so the next fault finds the page while it stays on a list.</source>
        <translation>已没有进程映射这个共享页面:它的原型PTE变成过渡 PTE,所以页面还在链表上时,下一次缺页能找到它。</translation>
    </message>
    <message>
        <source>Fork: the parent's and the child's private pages become shared through prototype PTEs, to be copied on the first write.</source>
        <translation>派生 (fork):父进程和子进程的私有页面通过原型PTE变为共享,首次写入时再复制。</translation>
    </message>
    <message>
        <source>The page's protection changed.</source>
        <translation>页面的保护属性改变了。</translation>
    </message>
    <message>
        <source>Committing memory whose page table exists: the PTE becomes demand zero with the protection asked for, and the first touch takes a zero-filled page.</source>
        <translation>提交页表已存在的内存:PTE 成为带有所请求保护属性的按需清零项,首次访问时取一个清零的页面。</translation>
    </message>
    <message>
        <source>The first touch of a guard page: the guard goes and this access fails once (STATUS_GUARD_PAGE_VIOLATION); the next one succeeds.</source>
        <translation>首次访问保护页:保护被去掉,这次访问失败一次 (STATUS_GUARD_PAGE_VIOLATION);下一次会成功。</translation>
    </message>
    <message>
        <source>Paged pool grows: a zero-filled page is mapped for the structures that live there (prototype PTEs).</source>
        <translation>分页池增长:为放在那里的结构(原型PTE)映射一个清零的页面。</translation>
    </message>
    <message>
        <source>Boot builds the system's page tables.</source>
        <translation>启动过程建立系统的页表。</translation>
    </message>
    <message>
        <source>%1 changed the %2.</source>
        <translation>%1 改变了 %2。</translation>
    </message>
    <message>
        <source>The Free list holds %1 pages (8 or more): MmZeroingPageEvent is set, so the zero page thread may run when the processor is idle.</source>
        <translation>空闲链表有 %1 个页面(8 个或更多):MmZeroingPageEvent 被置位,所以零页线程可以在处理器空闲时运行。</translation>
    </message>
    <message>
        <source>%1 returned %2.</source>
        <translation>%1 返回了 %2。</translation>
    </message>
    <message>
        <source>The MMU could not translate %1: a page fault. MmAccessFault finds out why and resolves it.</source>
        <translation>MMU 无法转换 %1:缺页。MmAccessFault 查明原因并解决它。</translation>
    </message>
    <message>
        <source>The frame is cleared through a hyperspace mapping before it is used.</source>
        <translation>页框在使用前通过超空间映射清零。</translation>
    </message>
    <message>
        <source>The thread attaches to another process's address space to work in it; the TLB keeps only global entries.</source>
        <translation>线程附加到另一个进程的地址空间中工作;TLB 只保留全局项。</translation>
    </message>
    <message>
        <source>The thread goes back to its own process's address space; the TLB keeps only global entries.</source>
        <translation>线程回到它自己进程的地址空间;TLB 只保留全局项。</translation>
    </message>
    <message>
        <source>A context switch: CR3 now holds the new process's page directory, and the TLB keeps only global entries.</source>
        <translation>上下文切换:CR3 现在指向新进程的页目录,TLB 只保留全局项。</translation>
    </message>
    <message>
        <source>The TLB may still hold the old translation of this page, so invlpg drops it.</source>
        <translation>TLB 可能还保留着这个页面的旧转换,所以用 invlpg 把它丢弃。</translation>
    </message>
    <message>
        <source>Every hyperspace slot was used since the last flush: the TLB is flushed (global entries kept) and the counter starts over.</source>
        <translation>自上次刷新以来所有超空间槽都已用过:刷新 TLB(保留全局项),计数器重新开始。</translation>
    </message>
    <message>
        <source>Every TLB entry not marked Global is dropped.</source>
        <translation>所有未标记为全局的 TLB 项都被丢弃。</translation>
    </message>
</context>
<context>
    <name>mm::glossary</name>
    <message>
        <source>The boot loader builds the first page tables before paging is turned on.</source>
        <translation>在开启分页之前,引导程序建立最初的页表。</translation>
    </message>
    <message>
        <source>Once, at boot.</source>
        <translation>启动时一次。</translation>
    </message>
    <message>
        <source>Builds the System page directory with the self-map, hyperspace and the KSEG0 large-page PDEs.</source>
        <translation>建立 System 的页目录,包括自映射、超空间和 KSEG0 大页面 PDE。</translation>
    </message>
    <message>
        <source>Sets up the memory manager's x86 structures: the PFN database, the lists, the system PTEs and the initial nonpaged pool.</source>
        <translation>建立内存管理器的 x86 结构:PFN 数据库、各链表、系统 PTE 和初始非分页池。</translation>
    </message>
    <message>
        <source>Once, at boot (MmInitSystem phase 0).</source>
        <translation>启动时一次(MmInitSystem 第 0 阶段)。</translation>
    </message>
    <message>
        <source>Builds the PFN database at MmPfnDatabase and puts every frame not used by the system on the Free list.</source>
        <translation>在 MmPfnDatabase 建立 PFN 数据库,把系统未使用的每个页框放入空闲链表。</translation>
    </message>
    <message>
        <source>Puts a frame on one of the page lists (Zeroed, Standby, Modified, ...).</source>
        <translation>把页框放入某个页面链表(零页、备用、已修改等)。</translation>
    </message>
    <message>
        <source>When a page leaves a working set or is written out, and at boot.</source>
        <translation>页面离开工作集或被写出时,以及启动时。</translation>
    </message>
    <message>
        <source>Links the PFN entry into the list and updates its count; the frame's state becomes the list's.</source>
        <translation>把 PFN 项链入链表并更新其计数;页框的状态变为该链表。</translation>
    </message>
    <message>
        <source>Puts a frame on the Free list; wakes the zero page thread when the list reaches 8 pages.</source>
        <translation>把页框放入空闲链表;链表达到 8 个页面时唤醒零页线程。</translation>
    </message>
    <message>
        <source>When a page's last reference goes away (process exit, a freed private page).</source>
        <translation>页面的最后一个引用消失时(进程退出、释放的私有页面)。</translation>
    </message>
    <message>
        <source>Links the frame to the Free list; sets MmZeroingPageEvent when Free holds 8 pages or more.</source>
        <translation>把页框链入空闲链表;空闲链表有 8 个或更多页面时置位 MmZeroingPageEvent。</translation>
    </message>
    <message>
        <source>Takes a frame off whatever list it is on.</source>
        <translation>把页框从它所在的链表取下。</translation>
    </message>
    <message>
        <source>A soft fault taking a page back, or a page picked to be reused.</source>
        <translation>软缺页取回页面时,或选中某页面改作他用时。</translation>
    </message>
    <message>
        <source>Unlinks the PFN entry and decrements the list's count.</source>
        <translation>断开 PFN 项的链接并减少链表计数。</translation>
    </message>
    <message>
        <source>Gives a zeroed page: from the Zeroed list, else a Free page zeroed now, else a Standby page zeroed now.</source>
        <translation>给出一个清零的页面:取自零页链表,否则当场清零一个空闲页面,再否则当场清零一个备用页面。</translation>
    </message>
    <message>
        <source>Demand-zero faults, new page tables, process creation (its three pages).</source>
        <translation>按需清零缺页、新页表、创建进程(它的三个页面)。</translation>
    </message>
    <message>
        <source>Takes the page and zeroes it when needed (through hyperspace); the console says which list it came from.</source>
        <translation>取出页面,必要时(通过超空间)清零;控制台会说明它来自哪个链表。</translation>
    </message>
    <message>
        <source>Gives a page that will be overwritten anyway: Free, else Zeroed, else Standby.</source>
        <translation>给出一个反正会被覆盖的页面:空闲,否则零页,再否则备用。</translation>
    </message>
    <message>
        <source>Page reads (hard faults), copy-on-write copies, the zero page thread.</source>
        <translation>页面读入(硬缺页)、写时复制的副本、零页线程。</translation>
    </message>
    <message>
        <source>Takes the page; a Standby page first has its old PTE pointed at where its data now lives.</source>
        <translation>取出页面;如果是备用页面,先让它旧的 PTE 指向其数据现在所在的位置。</translation>
    </message>
    <message>
        <source>Fills a frame with zeros.</source>
        <translation>用零填充页框。</translation>
    </message>
    <message>
        <source>Whenever a page must be handed out zeroed.</source>
        <translation>每当必须交出一个清零的页面时。</translation>
    </message>
    <message>
        <source>Zeroes the frame's bytes through KSEG0 or hyperspace.</source>
        <translation>通过 KSEG0 或超空间把页框的字节清零。</translation>
    </message>
    <message>
        <source>Maps a physical page into the current process's hyperspace for a moment.</source>
        <translation>把一个物理页面临时映射到当前进程的超空间。</translation>
    </message>
    <message>
        <source>To reach a frame that is not mapped in this address space, such as a new process's page directory.</source>
        <translation>为了访问没有映射在本地址空间中的页框,例如新进程的页目录。</translation>
    </message>
    <message>
        <source>Writes one of the reserved mapping PTEs at C0301000 and returns its address in C0400000-C04FFFFF.</source>
        <translation>写入位于 C0301000 的某个保留映射 PTE,返回其在 C0400000-C04FFFFF 中的地址。</translation>
    </message>
    <message>
        <source>Releases a hyperspace mapping.</source>
        <translation>释放一个超空间映射。</translation>
    </message>
    <message>
        <source>After the work through hyperspace is done.</source>
        <translation>通过超空间的工作完成之后。</translation>
    </message>
    <message>
        <source>Clears the mapping PTE and flushes its TLB entry.</source>
        <translation>清除映射 PTE 并刷新它的 TLB 项。</translation>
    </message>
    <message>
        <source>Maps a frame to be zeroed: its KSEG0 address when the frame is below MmKseg2Frame, else the zeroing PTE.</source>
        <translation>映射一个要清零的页框:页框低于 MmKseg2Frame 时用它的 KSEG0 地址,否则用清零专用 PTE。</translation>
    </message>
    <message>
        <source>Zeroing a page.</source>
        <translation>清零页面时。</translation>
    </message>
    <message>
        <source>Returns (pfn + 80000h) &lt;&lt; 12, or writes the PTE at C0301404 and returns C0501000.</source>
        <translation>返回 (pfn + 80000h) &lt;&lt; 12,或写入位于 C0301404 的 PTE 并返回 C0501000。</translation>
    </message>
    <message>
        <source>Fills in a frame's PFN entry when a PTE starts to map it.</source>
        <translation>当某个 PTE 开始映射一个页框时,填写该页框的 PFN 项。</translation>
    </message>
    <message>
        <source>Every time a page becomes valid for the first time (faults, new page tables).</source>
        <translation>每当页面首次变为有效时(缺页、新页表)。</translation>
    </message>
    <message>
        <source>Sets PteAddress, OriginalPte (the PTE's old value, or demand zero), reference and share count 1, Active; increments the page table's share count.</source>
        <translation>设置 PteAddress、OriginalPte(PTE 的旧值或按需清零)、引用计数和共享计数为 1、Active;增加页表的共享计数。</translation>
    </message>
    <message>
        <source>One fewer PTE maps the frame; at zero the page leaves use.</source>
        <translation>映射该页框的 PTE 少了一个;减到零时页面不再使用。</translation>
    </message>
    <message>
        <source>A page removed from a working set, unmapped or deleted.</source>
        <translation>页面从工作集中移除、取消映射或被删除时。</translation>
    </message>
    <message>
        <source>At share count 0 the PTE becomes a transition PTE and the frame goes to Modified or Standby.</source>
        <translation>共享计数为 0 时,PTE 成为过渡 PTE,页框进入已修改或备用链表。</translation>
    </message>
    <message>
        <source>One fewer reason to keep the frame; at zero it goes to a list.</source>
        <translation>保留该页框的理由少了一个;减到零时它进入某个链表。</translation>
    </message>
    <message>
        <source>After the share count reaches 0, or an I/O completes.</source>
        <translation>共享计数降到 0 之后,或 I/O 完成时。</translation>
    </message>
    <message>
        <source>Puts the frame on Modified (if dirty), Standby, or Free (when nothing maps it any more).</source>
        <translation>把页框放入已修改链表(脏的话)、备用链表,或空闲链表(已无任何映射时)。</translation>
    </message>
    <message>
        <source>Gives a reused Standby page's old PTE its data's location.</source>
        <translation>给被改作他用的备用页面的旧 PTE 写上其数据的位置。</translation>
    </message>
    <message>
        <source>When a Standby page is taken for something else.</source>
        <translation>备用页面被拿去做别的用途时。</translation>
    </message>
    <message>
        <source>Writes the frame's OriginalPte (a paging-file or prototype PTE) into the PTE that still named the frame.</source>
        <translation>把页框的 OriginalPte(分页文件 PTE 或原型PTE)写入仍指向该页框的 PTE。</translation>
    </message>
    <message>
        <source>The zero page thread: priority 0, zeroes Free pages into the Zeroed list.</source>
        <translation>零页线程:优先级 0,把空闲页面清零后放入零页链表。</translation>
    </message>
    <message>
        <source>When the CPU is idle and MmZeroingPageEvent is set (Free holds at least 8 pages).</source>
        <translation>CPU 空闲且 MmZeroingPageEvent 被置位时(空闲链表至少有 8 个页面)。</translation>
    </message>
    <message>
        <source>`idle` or `zero` let it run; it empties the Free list into Zeroed.</source>
        <translation>`idle` 或 `zero` 让它运行;它把空闲链表清空到零页链表。</translation>
    </message>
    <message>
        <source>Builds a new process's address space in the parent's context: page directory, hyperspace page table, working set list page.</source>
        <translation>在父进程的上下文中建立新进程的地址空间:页目录、超空间页表、工作集列表页面。</translation>
    </message>
    <message>
        <source>From PspCreateProcess.</source>
        <translation>由 PspCreateProcess 调用。</translation>
    </message>
    <message>
        <source>Takes three zeroed pages, maps the directory in the parent's hyperspace, writes PDE 301 and the self-map PDE 300, copies the system PDEs.</source>
        <translation>取三个清零的页面,把页目录映射到父进程的超空间,写入 PDE 301 和自映射 PDE 300,复制系统 PDE。</translation>
    </message>
    <message>
        <source>Finishes the new address space in the new process's context: the working set list, the image view.</source>
        <translation>在新进程的上下文中完成新地址空间:工作集列表、映像视图。</translation>
    </message>
    <message>
        <source>Right after MmCreateProcessAddressSpace.</source>
        <translation>紧接在 MmCreateProcessAddressSpace 之后。</translation>
    </message>
    <message>
        <source>Builds the working set list at C0502000 with its three locked entries, maps the image and the system DLLs.</source>
        <translation>在 C0502000 建立带三个锁定项的工作集列表,映射映像和系统 DLL。</translation>
    </message>
    <message>
        <source>Sets up a working set list: its header and the first locked entries.</source>
        <translation>建立工作集列表:表头和最初的锁定项。</translation>
    </message>
    <message>
        <source>When a process's address space is initialised.</source>
        <translation>初始化进程的地址空间时。</translation>
    </message>
    <message>
        <source>Writes MMWSL at C0502000 and the WSLEs of the page directory, hyperspace page table and list page.</source>
        <translation>在 C0502000 写入 MMWSL,以及页目录、超空间页表和列表页面的 WSLE。</translation>
    </message>
    <message>
        <source>Tears down a process's user space: every VAD and the pages they map.</source>
        <translation>拆除进程的用户空间:每个 VAD 及其映射的页面。</translation>
    </message>
    <message>
        <source>When a process exits (PspExitProcess).</source>
        <translation>进程退出时 (PspExitProcess)。</translation>
    </message>
    <message>
        <source>Deletes every VAD's pages (private pages to Free), unmaps views, frees the user page tables.</source>
        <translation>删除每个 VAD 的页面(私有页面进入空闲链表),取消视图映射,释放用户页表。</translation>
    </message>
    <message>
        <source>Frees the last pages of a process: working set list, hyperspace page table, page directory.</source>
        <translation>释放进程最后的页面:工作集列表、超空间页表、页目录。</translation>
    </message>
    <message>
        <source>At the end of process deletion.</source>
        <translation>在进程删除的最后。</translation>
    </message>
    <message>
        <source>Puts the three pages on the Free list.</source>
        <translation>把这三个页面放入空闲链表。</translation>
    </message>
    <message>
        <source>Creates a process object and its address space.</source>
        <translation>创建进程对象及其地址空间。</translation>
    </message>
    <message>
        <source>NtCreateProcess (here: `spawn`, `fork`).</source>
        <translation>NtCreateProcess(这里是 `spawn`、`fork`)。</translation>
    </message>
    <message>
        <source>Allocates the EPROCESS in nonpaged pool, calls MmCreateProcessAddressSpace and MmInitializeProcessAddressSpace.</source>
        <translation>在非分页池中分配 EPROCESS,调用 MmCreateProcessAddressSpace 和 MmInitializeProcessAddressSpace。</translation>
    </message>
    <message>
        <source>Ends a process.</source>
        <translation>结束一个进程。</translation>
    </message>
    <message>
        <source>When its last thread exits (here: `exit`).</source>
        <translation>它的最后一个线程退出时(这里是 `exit`)。</translation>
    </message>
    <message>
        <source>Calls MmCleanProcessAddressSpace and MmDeleteProcessAddressSpace, frees the EPROCESS.</source>
        <translation>调用 MmCleanProcessAddressSpace 和 MmDeleteProcessAddressSpace,释放 EPROCESS。</translation>
    </message>
    <message>
        <source>Switches the CPU to another process: loads CR3.</source>
        <translation>把 CPU 切换到另一个进程:加载 CR3。</translation>
    </message>
    <message>
        <source>On a context switch (here: `switch`).</source>
        <translation>上下文切换时(这里是 `switch`)。</translation>
    </message>
    <message>
        <source>Loads CR3 from the new DirectoryTableBase[0]; the TLB keeps only global entries.</source>
        <translation>从新的 DirectoryTableBase[0] 加载 CR3;TLB 只保留全局项。</translation>
    </message>
    <message>
        <source>Makes the current thread run in another process's address space for a while.</source>
        <translation>让当前线程暂时在另一个进程的地址空间中运行。</translation>
    </message>
    <message>
        <source>When the memory manager must touch another process's pages (trimming it, deleting it).</source>
        <translation>内存管理器必须访问另一个进程的页面时(修剪它、删除它)。</translation>
    </message>
    <message>
        <source>Loads the other process's CR3 (nested attaches are stacked).</source>
        <translation>加载另一个进程的 CR3(嵌套的附加会被压栈)。</translation>
    </message>
    <message>
        <source>Returns from KeAttachProcess to the thread's own process.</source>
        <translation>从 KeAttachProcess 回到线程自己的进程。</translation>
    </message>
    <message>
        <source>After the attached work.</source>
        <translation>附加期间的工作完成之后。</translation>
    </message>
    <message>
        <source>Loads the previous CR3.</source>
        <translation>加载之前的 CR3。</translation>
    </message>
    <message>
        <source>Signals an event a thread waits on.</source>
        <translation>使某个线程等待的事件变为有信号。</translation>
    </message>
    <message>
        <source>Here: MmZeroingPageEvent, set when the Free list reaches 8 pages.</source>
        <translation>这里是 MmZeroingPageEvent:空闲链表达到 8 个页面时置位。</translation>
    </message>
    <message>
        <source>Wakes the zero page thread.</source>
        <translation>唤醒零页线程。</translation>
    </message>
    <message>
        <source>The page fault handler.</source>
        <translation>缺页处理程序。</translation>
    </message>
    <message>
        <source>On every page fault (the CPU's exception 14).</source>
        <translation>每次缺页时(CPU 的 14 号异常)。</translation>
    </message>
    <message>
        <source>Checks the address and access, makes the page table valid first if needed, then calls MiDispatchFault.</source>
        <translation>检查地址和访问,必要时先让页表有效,然后调用 MiDispatchFault。</translation>
    </message>
    <message>
        <source>Decides how to resolve a fault from the PTE's format.</source>
        <translation>根据 PTE 的格式决定如何解决缺页。</translation>
    </message>
    <message>
        <source>From MmAccessFault, for an invalid PTE.</source>
        <translation>由 MmAccessFault 针对无效 PTE 调用。</translation>
    </message>
    <message>
        <source>Calls the resolver: demand zero, transition, paging file, or prototype PTE.</source>
        <translation>调用解决例程:按需清零、过渡、分页文件或原型PTE。</translation>
    </message>
    <message>
        <source>Gives a zeroed page for a PTE that says demand zero (or for a new page table).</source>
        <translation>为标明按需清零的 PTE(或新页表)提供一个清零的页面。</translation>
    </message>
    <message>
        <source>The first touch of committed private memory.</source>
        <translation>首次访问已提交的私有内存时。</translation>
    </message>
    <message>
        <source>Takes a page with MiRemoveZeroPage, makes the PTE valid, adds the page to the working set.</source>
        <translation>用 MiRemoveZeroPage 取一个页面,使 PTE 有效,把页面加入工作集。</translation>
    </message>
    <message>
        <source>Takes a page back from the Standby or Modified list (a soft fault).</source>
        <translation>从备用或已修改链表取回页面(软缺页)。</translation>
    </message>
    <message>
        <source>The PTE is a transition PTE: the page is still in memory.</source>
        <translation>PTE 是过渡 PTE 时:页面还在内存中。</translation>
    </message>
    <message>
        <source>Unlinks the frame from its list, makes the PTE valid again; no disk read.</source>
        <translation>把页框从链表取下,使 PTE 重新有效;不读磁盘。</translation>
    </message>
    <message>
        <source>Reads a page back from the paging file (a hard fault).</source>
        <translation>从分页文件读回页面(硬缺页)。</translation>
    </message>
    <message>
        <source>The PTE is a paging-file PTE.</source>
        <translation>PTE 是分页文件 PTE 时。</translation>
    </message>
    <message>
        <source>Takes a page, reads the paging-file slot into it (IoPageRead), makes the PTE valid.</source>
        <translation>取一个页面,把分页文件中的槽读入其中 (IoPageRead),使 PTE 有效。</translation>
    </message>
    <message>
        <source>Reads a page from a file or the paging file into a frame.</source>
        <translation>把页面从文件或分页文件读入页框。</translation>
    </message>
    <message>
        <source>From the fault resolvers (hard faults).</source>
        <translation>由缺页解决例程调用(硬缺页)。</translation>
    </message>
    <message>
        <source>Copies the page's bytes from the simulated disk; the frame is marked read-in-progress meanwhile.</source>
        <translation>从模拟磁盘复制页面的字节;期间页框标记为正在读入。</translation>
    </message>
    <message>
        <source>Finishes a page read: the page becomes usable.</source>
        <translation>完成页面读入:页面变为可用。</translation>
    </message>
    <message>
        <source>When IoPageRead completes.</source>
        <translation>IoPageRead 完成时。</translation>
    </message>
    <message>
        <source>Clears read-in-progress and makes the PTE valid.</source>
        <translation>清除正在读入标记并使 PTE 有效。</translation>
    </message>
    <message>
        <source>Checks an access against the page's protection.</source>
        <translation>用页面的保护属性检查访问。</translation>
    </message>
    <message>
        <source>In MmAccessFault, before resolving the fault.</source>
        <translation>在 MmAccessFault 中,解决缺页之前。</translation>
    </message>
    <message>
        <source>Refuses (STATUS_ACCESS_VIOLATION, STATUS_GUARD_PAGE_VIOLATION) what the protection does not allow.</source>
        <translation>拒绝保护属性不允许的访问 (STATUS_ACCESS_VIOLATION、STATUS_GUARD_PAGE_VIOLATION)。</translation>
    </message>
    <message>
        <source>Finds a free entry in the working set list.</source>
        <translation>在工作集列表中找一个空闲项。</translation>
    </message>
    <message>
        <source>When a page joins a working set.</source>
        <translation>页面加入工作集时。</translation>
    </message>
    <message>
        <source>Takes the list's FirstFree entry (growing the list when it is full).</source>
        <translation>取列表的 FirstFree 项(列表满时扩大列表)。</translation>
    </message>
    <message>
        <source>Returns a working set list entry to the free chain.</source>
        <translation>把一个工作集列表项还给空闲链。</translation>
    </message>
    <message>
        <source>When a page leaves a working set.</source>
        <translation>页面离开工作集时。</translation>
    </message>
    <message>
        <source>Marks the WSLE free and links it to FirstFree.</source>
        <translation>把 WSLE 标为空闲并链到 FirstFree。</translation>
    </message>
    <message>
        <source>Adds a page to a working set.</source>
        <translation>把页面加入工作集。</translation>
    </message>
    <message>
        <source>After a fault makes a page valid.</source>
        <translation>缺页使页面有效之后。</translation>
    </message>
    <message>
        <source>Writes the page's WSLE and stores its index in the PFN entry; the working set grows.</source>
        <translation>写入页面的 WSLE,并把其索引存入 PFN 项;工作集变大。</translation>
    </message>
    <message>
        <source>Takes a page out of a working set.</source>
        <translation>把页面移出工作集。</translation>
    </message>
    <message>
        <source>When a working set is trimmed.</source>
        <translation>工作集被修剪时。</translation>
    </message>
    <message>
        <source>Turns the PTE into a transition PTE, frees the WSLE, decrements the share count.</source>
        <translation>把 PTE 变为过渡 PTE,释放 WSLE,减少共享计数。</translation>
    </message>
    <message>
        <source>The balance set manager's working set pass: ages and trims working sets.</source>
        <translation>平衡集管理器对工作集的处理:老化并修剪工作集。</translation>
    </message>
    <message>
        <source>When available pages fall below MmMinimumFreePages (26).</source>
        <translation>可用页面低于 MmMinimumFreePages (26) 时。</translation>
    </message>
    <message>
        <source>Clears Accessed bits (age 0) or ages pages; trims those at age 3; processes above their maximum first.</source>
        <translation>清除 Accessed 位(年龄 0)或使页面老化;修剪年龄为 3 的页面;超过最大值的进程优先。</translation>
    </message>
    <message>
        <source>Changes a working set's limits; trimming empties it.</source>
        <translation>改变工作集的限制;修剪会清空它。</translation>
    </message>
    <message>
        <source>SetProcessWorkingSetSize (here: `trim`).</source>
        <translation>SetProcessWorkingSetSize(这里是 `trim`)。</translation>
    </message>
    <message>
        <source>Evicts pages from NextSlot round the list.</source>
        <translation>从 NextSlot 开始沿列表轮流逐出页面。</translation>
    </message>
    <message>
        <source>Removes pages from a working set.</source>
        <translation>从工作集中移除页面。</translation>
    </message>
    <message>
        <source>From the working set manager and trims.</source>
        <translation>由工作集管理器和修剪调用。</translation>
    </message>
    <message>
        <source>Evicts the chosen pages (MiEliminateWorkingSetEntry).</source>
        <translation>逐出选中的页面 (MiEliminateWorkingSetEntry)。</translation>
    </message>
    <message>
        <source>The modified page writer: writes Modified pages out and moves them to Standby.</source>
        <translation>修改页写出器:把已修改页面写出,并移到备用链表。</translation>
    </message>
    <message>
        <source>When the Modified list passes MmModifiedPageMaximum (here also: `modwrite`).</source>
        <translation>已修改链表超过 MmModifiedPageMaximum 时(这里也可用 `modwrite`)。</translation>
    </message>
    <message>
        <source>Gathers pages, writes them to the paging file, then the pages are Standby.</source>
        <translation>收集页面写入分页文件,之后这些页面成为备用页面。</translation>
    </message>
    <message>
        <source>Collects Modified pages and reserves paging-file slots for them.</source>
        <translation>收集已修改页面,并为它们预留分页文件中的槽。</translation>
    </message>
    <message>
        <source>In the modified page writer.</source>
        <translation>在修改页写出器中。</translation>
    </message>
    <message>
        <source>Allocates a slot for each page in the paging file's bitmap.</source>
        <translation>在分页文件的位图中为每个页面分配一个槽。</translation>
    </message>
    <message>
        <source>Writes pages to a file or the paging file.</source>
        <translation>把页面写入文件或分页文件。</translation>
    </message>
    <message>
        <source>From the page writers.</source>
        <translation>由页面写出器调用。</translation>
    </message>
    <message>
        <source>Copies the frame's bytes to the slot on the simulated disk.</source>
        <translation>把页框的字节复制到模拟磁盘上的槽中。</translation>
    </message>
    <message>
        <source>Finishes a page write.</source>
        <translation>完成页面写出。</translation>
    </message>
    <message>
        <source>When the write completes.</source>
        <translation>写出完成时。</translation>
    </message>
    <message>
        <source>Clears the Modified bit; the OriginalPte says where the page now is; the frame goes to Standby.</source>
        <translation>清除 Modified 位;OriginalPte 说明页面现在在哪里;页框进入备用链表。</translation>
    </message>
    <message>
        <source>Frees a paging-file slot.</source>
        <translation>释放分页文件中的一个槽。</translation>
    </message>
    <message>
        <source>When the page's copy on disk is no longer needed (the page was written to again, or freed).</source>
        <translation>磁盘上的页面副本不再需要时(页面又被写入或被释放)。</translation>
    </message>
    <message>
        <source>Clears the slot's bit in the paging file's bitmap.</source>
        <translation>清除分页文件位图中该槽的位。</translation>
    </message>
    <message>
        <source>Reserves and/or commits a range of a process's address space.</source>
        <translation>保留和/或提交进程地址空间的一段范围。</translation>
    </message>
    <message>
        <source>VirtualAlloc (here: `alloc`).</source>
        <translation>VirtualAlloc(这里是 `alloc`)。</translation>
    </message>
    <message>
        <source>Inserts a VAD (reserve), charges commitment (commit); no page or page table exists until the first touch.</source>
        <translation>插入 VAD(保留),计入提交量(提交);首次访问之前既没有页面也没有页表。</translation>
    </message>
    <message>
        <source>Decommits or releases a range.</source>
        <translation>取消提交或释放一段范围。</translation>
    </message>
    <message>
        <source>VirtualFree (here: `free`).</source>
        <translation>VirtualFree(这里是 `free`)。</translation>
    </message>
    <message>
        <source>Deletes the range's pages (MiDeleteVirtualAddresses), returns commitment, removes the VAD on release.</source>
        <translation>删除该范围的页面 (MiDeleteVirtualAddresses),归还提交量,释放时移除 VAD。</translation>
    </message>
    <message>
        <source>Changes the protection of committed pages.</source>
        <translation>改变已提交页面的保护属性。</translation>
    </message>
    <message>
        <source>VirtualProtect (here: `protect`).</source>
        <translation>VirtualProtect(这里是 `protect`)。</translation>
    </message>
    <message>
        <source>Rewrites each PTE (or its PFN's OriginalPte) with the new protection.</source>
        <translation>用新的保护属性重写每个 PTE(或其 PFN 的 OriginalPte)。</translation>
    </message>
    <message>
        <source>Inserts a VAD into the process's balanced tree.</source>
        <translation>把 VAD 插入进程的平衡树。</translation>
    </message>
    <message>
        <source>Reserving memory, mapping a view, creating a process.</source>
        <translation>保留内存、映射视图、创建进程时。</translation>
    </message>
    <message>
        <source>Adds the node (rebalancing) and writes the MMVADs whose links changed into nonpaged pool.</source>
        <translation>加入节点(重新平衡),把链接发生变化的 MMVAD 写入非分页池。</translation>
    </message>
    <message>
        <source>Removes a VAD from the tree.</source>
        <translation>从树中移除 VAD。</translation>
    </message>
    <message>
        <source>Releasing memory, unmapping a view, process exit.</source>
        <translation>释放内存、取消视图映射、进程退出时。</translation>
    </message>
    <message>
        <source>Unlinks the node (rebalancing) and frees its pool block.</source>
        <translation>断开节点(重新平衡)并释放它的池块。</translation>
    </message>
    <message>
        <source>Deletes the pages of a range: valid, transition and paging-file PTEs.</source>
        <translation>删除一段范围的页面:有效、过渡和分页文件 PTE。</translation>
    </message>
    <message>
        <source>Freeing memory, unmapping, process exit.</source>
        <translation>释放内存、取消映射、进程退出时。</translation>
    </message>
    <message>
        <source>Frees each page (private pages to Free), releases paging-file slots, zeroes the PTEs.</source>
        <translation>释放每个页面(私有页面进入空闲链表),释放分页文件槽,把 PTE 清零。</translation>
    </message>
    <message>
        <source>Makes sure the page table of an address exists and is valid.</source>
        <translation>确保某地址的页表存在且有效。</translation>
    </message>
    <message>
        <source>Before writing a PTE (committing, protecting).</source>
        <translation>写 PTE 之前(提交、改保护)。</translation>
    </message>
    <message>
        <source>Creates the page table with a zeroed page if needed.</source>
        <translation>必要时用一个清零的页面建立页表。</translation>
    </message>
    <message>
        <source>Charges pages against the commit limit.</source>
        <translation>按提交限制计入页面。</translation>
    </message>
    <message>
        <source>Committing memory, creating sections.</source>
        <translation>提交内存、创建内存区时。</translation>
    </message>
    <message>
        <source>Refuses (STATUS_COMMITMENT_LIMIT) beyond the limit: RAM plus paging files.</source>
        <translation>超过限制(内存加分页文件)时拒绝 (STATUS_COMMITMENT_LIMIT)。</translation>
    </message>
    <message>
        <source>Gives commitment back.</source>
        <translation>归还提交量。</translation>
    </message>
    <message>
        <source>Decommitting, releasing, process exit.</source>
        <translation>取消提交、释放、进程退出时。</translation>
    </message>
    <message>
        <source>Lowers the committed total.</source>
        <translation>降低已提交总量。</translation>
    </message>
    <message>
        <source>Not an NT routine: the debugger writing memory (`ed`).</source>
        <translation>不是 NT 例程:调试器写内存 (`ed`)。</translation>
    </message>
    <message>
        <source>When you type `ed` in the console.</source>
        <translation>在控制台输入 `ed` 时。</translation>
    </message>
    <message>
        <source>Writes the dwords into the page's frame (faulting it in if needed).</source>
        <translation>把 dword 写入页面的页框(必要时通过缺页调入)。</translation>
    </message>
    <message>
        <source>Gives nonpaged pool pages.</source>
        <translation>提供非分页池页面。</translation>
    </message>
    <message>
        <source>For EPROCESS blocks, VADs, control areas (nonpaged pool).</source>
        <translation>用于 EPROCESS 块、VAD、控制区(非分页池)。</translation>
    </message>
    <message>
        <source>Takes pool from the initial nonpaged pool in KSEG0, then the expansion range.</source>
        <translation>先从 KSEG0 中的初始非分页池取,再从扩展区取。</translation>
    </message>
    <message>
        <source>Creates a section object: a file, the paging file or an image to map.</source>
        <translation>创建内存区对象:要映射的文件、分页文件或映像。</translation>
    </message>
    <message>
        <source>NtCreateSection (here: `section`, and images at process creation).</source>
        <translation>NtCreateSection(这里是 `section`,以及创建进程时的映像)。</translation>
    </message>
    <message>
        <source>Builds the control area, segment and subsections with their prototype PTEs.</source>
        <translation>建立控制区、段和带原型PTE的子内存区。</translation>
    </message>
    <message>
        <source>Builds the segment of a data-file section.</source>
        <translation>建立数据文件内存区的段。</translation>
    </message>
    <message>
        <source>From MmCreateSection.</source>
        <translation>由 MmCreateSection 调用。</translation>
    </message>
    <message>
        <source>One subsection and a prototype PTE per page, each pointing at the file.</source>
        <translation>一个子内存区,每页一个原型PTE,各自指向文件。</translation>
    </message>
    <message>
        <source>Builds the segment of a section backed by the paging file.</source>
        <translation>建立以分页文件为后备的内存区的段。</translation>
    </message>
    <message>
        <source>From MmCreateSection (shared memory).</source>
        <translation>由 MmCreateSection 调用(共享内存)。</translation>
    </message>
    <message>
        <source>Prototype PTEs that say demand zero.</source>
        <translation>表示按需清零的原型PTE。</translation>
    </message>
    <message>
        <source>Builds the segment of an image: a subsection per PE section.</source>
        <translation>建立映像的段:每个 PE 节一个子内存区。</translation>
    </message>
    <message>
        <source>From MmCreateSection for an .exe or .dll.</source>
        <translation>由 MmCreateSection 为 .exe 或 .dll 调用。</translation>
    </message>
    <message>
        <source>Subsections for headers, .text, .rdata, .data, each with its protection (.data copy-on-write).</source>
        <translation>头部、.text、.rdata、.data 的子内存区,各有其保护属性(.data 为写时复制)。</translation>
    </message>
    <message>
        <source>Maps a view of a section into a process.</source>
        <translation>把内存区的视图映射到进程中。</translation>
    </message>
    <message>
        <source>NtMapViewOfSection (here: `map`, and the image and DLLs at process creation).</source>
        <translation>NtMapViewOfSection(这里是 `map`,以及创建进程时的映像和 DLL)。</translation>
    </message>
    <message>
        <source>Inserts a VAD naming the control area; the PTEs stay empty until the first touch.</source>
        <translation>插入指向控制区的 VAD;首次访问之前 PTE 保持为空。</translation>
    </message>
    <message>
        <source>Unmaps a view.</source>
        <translation>取消视图映射。</translation>
    </message>
    <message>
        <source>NtUnmapViewOfSection (here: `unmap`).</source>
        <translation>NtUnmapViewOfSection(这里是 `unmap`)。</translation>
    </message>
    <message>
        <source>Drops the view's pages and removes its VAD.</source>
        <translation>丢弃视图的页面并移除它的 VAD。</translation>
    </message>
    <message>
        <source>Resolves a fault through a prototype PTE (a shared page).</source>
        <translation>通过原型PTE解决缺页(共享页面)。</translation>
    </message>
    <message>
        <source>A PTE of a mapped view that is empty or points at a prototype PTE.</source>
        <translation>已映射视图的 PTE 为空或指向原型PTE时。</translation>
    </message>
    <message>
        <source>If the prototype PTE is valid, shares its frame; else reads the page from the file or makes it demand zero.</source>
        <translation>原型PTE有效时共享它的页框;否则从文件读入页面或使其按需清零。</translation>
    </message>
    <message>
        <source>Finishes a prototype PTE fault: the process's PTE maps the shared frame.</source>
        <translation>完成原型PTE缺页:进程的 PTE 映射共享页框。</translation>
    </message>
    <message>
        <source>After MiResolveProtoPteFault.</source>
        <translation>在 MiResolveProtoPteFault 之后。</translation>
    </message>
    <message>
        <source>Writes the process PTE (read-only and copy-on-write for writable image data); the share count grows.</source>
        <translation>写入进程 PTE(可写映像数据为只读加写时复制);共享计数增加。</translation>
    </message>
    <message>
        <source>Gives the writing process its own copy of a copy-on-write page.</source>
        <translation>给写入的进程一份写时复制页面的自有副本。</translation>
    </message>
    <message>
        <source>A write to a page whose PTE has the copy-on-write bit.</source>
        <translation>写入 PTE 带有写时复制位的页面时。</translation>
    </message>
    <message>
        <source>Copies the frame into a new private page; the shared frame keeps its other users.</source>
        <translation>把页框复制到一个新的私有页面;共享页框留给其他使用者。</translation>
    </message>
    <message>
        <source>The mapped page writer: writes modified pages of mapped files back to their files.</source>
        <translation>映射页写出器:把已映射文件的已修改页面写回文件。</translation>
    </message>
    <message>
        <source>When such pages are Modified (here also: `modwrite`).</source>
        <translation>这类页面处于已修改状态时(这里也可用 `modwrite`)。</translation>
    </message>
    <message>
        <source>Writes the page to its file; the frame goes to Standby.</source>
        <translation>把页面写入文件;页框进入备用链表。</translation>
    </message>
    <message>
        <source>Builds a child that is a copy of its parent (fork): private pages shared copy-on-write.</source>
        <translation>建立父进程的副本子进程 (fork):私有页面以写时复制方式共享。</translation>
    </message>
    <message>
        <source>Process creation with no section (here: `fork`).</source>
        <translation>不带内存区创建进程时(这里是 `fork`)。</translation>
    </message>
    <message>
        <source>Moves the parent's private pages into a clone block; both processes' PTEs point at its prototype PTEs.</source>
        <translation>把父进程的私有页面移入克隆块;两个进程的 PTE 都指向它的原型PTE。</translation>
    </message>
    <message>
        <source>Creates or opens a file.</source>
        <translation>创建或打开文件。</translation>
    </message>
    <message>
        <source>Here: `file`, creating a data file on the simulated disk.</source>
        <translation>这里是 `file`:在模拟磁盘上创建数据文件。</translation>
    </message>
    <message>
        <source>Refused (STATUS_OBJECT_NAME_COLLISION) when a file of that name exists.</source>
        <translation>同名文件已存在时被拒绝 (STATUS_OBJECT_NAME_COLLISION)。</translation>
    </message>
    <message>
        <source>Ends a process from outside.</source>
        <translation>从外部结束一个进程。</translation>
    </message>
    <message>
        <source>Here: `exit`.</source>
        <translation>这里是 `exit`。</translation>
    </message>
    <message>
        <source>Refuses to end System or a process that does not exist; otherwise PspExitProcess runs.</source>
        <translation>拒绝结束 System 或不存在的进程;否则运行 PspExitProcess。</translation>
    </message>
</context>
<context>
    <name>mm::lesson</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行:%2</translation>
    </message>
    <message>
        <source>a lesson begins with '.lesson &lt;title&gt;'</source>
        <translation>课程以 '.lesson &lt;标题&gt;' 开头</translation>
    </message>
    <message>
        <source>a second '.lesson'</source>
        <translation>出现了第二个 '.lesson'</translation>
    </message>
    <message>
        <source>not a lesson: it must begin with '.lesson &lt;title&gt;'</source>
        <translation>不是课程:它必须以 '.lesson &lt;标题&gt;' 开头</translation>
    </message>
    <message>
        <source>the lesson has no '.step'</source>
        <translation>课程中没有 '.step'</translation>
    </message>
</context>
<context>
    <name>mm::lists</name>
    <message>
        <source>Zeroed</source>
        <translation>零页</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>备用</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>ModifiedNoWrite</source>
        <translation>已修改不写出</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>坏页</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>过渡</translation>
    </message>
</context>
<context>
    <name>mm::quiz</name>
    <message>
        <source>no access</source>
        <translation>不可访问</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>execute</source>
        <translation>执行</translation>
    </message>
    <message>
        <source>execute/read</source>
        <translation>执行/读</translation>
    </message>
    <message>
        <source>read/write</source>
        <translation>读/写</translation>
    </message>
    <message>
        <source>write-copy</source>
        <translation>写时复制</translation>
    </message>
    <message>
        <source>execute/read/write</source>
        <translation>执行/读/写</translation>
    </message>
    <message>
        <source>execute/write-copy</source>
        <translation>执行/写时复制</translation>
    </message>
    <message>
        <source>no cache</source>
        <translation>不缓存</translation>
    </message>
    <message>
        <source>guard</source>
        <translation>保护页</translation>
    </message>
    <message>
        <source>writable</source>
        <translation>可写</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <source>dirty</source>
        <translation>脏</translation>
    </message>
    <message>
        <source>accessed</source>
        <translation>已访问</translation>
    </message>
    <message>
        <source>copy-on-write</source>
        <translation>写时复制</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>页框 %1</translation>
    </message>
    <message>
        <source>valid: %1</source>
        <translation>有效:%1</translation>
    </message>
    <message>
        <source>transition: frame %1, %2</source>
        <translation>过渡:页框 %1,%2</translation>
    </message>
    <message>
        <source>paging file %1 offset %2, %3</source>
        <translation>分页文件 %1 偏移 %2,%3</translation>
    </message>
    <message>
        <source>demand zero, %1</source>
        <translation>按需清零,%1</translation>
    </message>
    <message>
        <source>prototype: look the prototype PTE up through the VAD</source>
        <translation>原型:通过 VAD 查找原型PTE</translation>
    </message>
    <message>
        <source>prototype: the prototype PTE at %1</source>
        <translation>原型:位于 %1 的原型PTE</translation>
    </message>
    <message>
        <source>zero: the VAD says</source>
        <translation>零:由 VAD 决定</translation>
    </message>
    <message>
        <source>physical address %1</source>
        <translation>物理地址 %1</translation>
    </message>
    <message>
        <source>a soft fault: MiResolveTransitionFault takes frame %1 back from the %2 list</source>
        <translation>软缺页:MiResolveTransitionFault 从 %2 链表取回页框 %1</translation>
    </message>
    <message>
        <source>a hard fault: MiResolvePageFileFault reads paging file %1 offset %2</source>
        <translation>硬缺页:MiResolvePageFileFault 读取分页文件 %1 偏移 %2</translation>
    </message>
    <message>
        <source>a demand-zero fault: MiResolveDemandZeroFault gives a zeroed page</source>
        <translation>按需清零缺页:MiResolveDemandZeroFault 给出一个清零的页面</translation>
    </message>
    <message>
        <source>a prototype PTE fault: MiResolveProtoPteFault, through the section's prototype PTE</source>
        <translation>原型PTE缺页:MiResolveProtoPteFault 通过内存区的原型PTE解决</translation>
    </message>
    <message>
        <source>the VAD decides</source>
        <translation>由 VAD 决定</translation>
    </message>
    <message>
        <source>No user PDE (neither process has a page table below 80000000)</source>
        <translation>没有用户 PDE(两个进程在 80000000 以下都没有页表)</translation>
    </message>
    <message>
        <source>User PDEs %1 (each process has its own page tables there)</source>
        <translation>用户 PDE %1(每个进程在那里都有自己的页表)</translation>
    </message>
    <message>
        <source> (300 maps each directory onto itself, 301 each process's hyperspace)</source>
        <translation>(300 把每个页目录映射到它自己,301 映射每个进程的超空间)</translation>
    </message>
    <message>
        <source>%1; in system space %2%3; every other system PDE is the same copy.</source>
        <translation>%1;系统空间中是 %2%3;其余系统 PDE 都是相同的副本。</translation>
    </message>
    <message>
        <source>, the rest from the Free list and then Standby, zeroed first (MiZeroPhysicalPage)</source>
        <translation>,其余先从空闲链表、再从备用链表取,先清零 (MiZeroPhysicalPage)</translation>
    </message>
    <message>
        <source> and the rest from the Free list, zeroed first (MiZeroPhysicalPage)</source>
        <translation>,其余从空闲链表取,先清零 (MiZeroPhysicalPage)</translation>
    </message>
    <message>
        <source> and the rest from Standby, repurposed and zeroed first</source>
        <translation>,其余从备用链表改作他用,先清零</translation>
    </message>
    <message>
        <source>%1: MmCreateProcessAddressSpace takes three pages (page directory, hyperspace page table, working set list) with MiRemoveZeroPage; the Zeroed list holds %2, so %3 come from it%4.</source>
        <translation>%1:MmCreateProcessAddressSpace 用 MiRemoveZeroPage 取三个页面(页目录、超空间页表、工作集列表);零页链表中有 %2 个,所以有 %3 个来自那里%4。</translation>
    </message>
    <message>
        <source>Where are the PTE and the PDE of %1 (in any process)?</source>
        <translation>%1 的 PTE 和 PDE 在哪里(在任何进程中)?</translation>
    </message>
    <message>
        <source>PTE at %1, PDE at %2</source>
        <translation>PTE 在 %1,PDE 在 %2</translation>
    </message>
    <message>
        <source>In %1, the PTE of %2 holds %3. What does it say?</source>
        <translation>在 %1 中,%2 的 PTE 是 %3。它表示什么?</translation>
    </message>
    <message>
        <source>%1 reads %2. Where does the read go, or which fault resolves it?</source>
        <translation>%1 读取 %2。读取去往哪里,或者由哪种缺页来解决?</translation>
    </message>
    <message>
        <source>The working set of %1 is trimmed. Which list does its page at %2 (PTE %3) go to?</source>
        <translation>%1 的工作集被修剪。它位于 %2 的页面 (PTE %3) 进入哪个链表?</translation>
    </message>
    <message>
        <source>Modified: it was written (or never had a copy elsewhere), so only memory holds it</source>
        <translation>已修改 (Modified):它被写过(或从未在别处有过副本),所以只有内存里有它</translation>
    </message>
    <message>
        <source>Standby: a copy exists (paging file or image), so it is clean</source>
        <translation>备用 (Standby):已有副本(分页文件或映像),所以它是干净的</translation>
    </message>
    <message>
        <source>Compare the page directories of %1 and %2. Which PDEs hold different values?</source>
        <translation>比较 %1 和 %2 的页目录。哪些 PDE 的值不同?</translation>
    </message>
    <message>
        <source>How many pages does "spawn %1" take from the Zeroed list now?</source>
        <translation>现在 "spawn %1" 会从零页链表取走几个页面?</translation>
    </message>
</context>
<context>
    <name>mm::session</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行:%2</translation>
    </message>
    <message>
        <source>a header line is '#: &lt;name&gt; &lt;value&gt;'</source>
        <translation>头部行的格式是 '#: &lt;名称&gt; &lt;值&gt;'</translation>
    </message>
    <message>
        <source>not an mmvis session (it must begin with '#: mmvis-session 1')</source>
        <translation>不是 mmvis 会话(它必须以 '#: mmvis-session 1' 开头)</translation>
    </message>
    <message>
        <source>made by a newer mmvis (session version %1; this one reads version %2)</source>
        <translation>由更新版本的 mmvis 生成(会话版本 %1;本程序读取版本 %2)</translation>
    </message>
    <message>
        <source>'%1' is not a session version</source>
        <translation>'%1' 不是会话版本</translation>
    </message>
    <message>
        <source>a header line after the commands</source>
        <translation>命令之后出现了头部行</translation>
    </message>
    <message>
        <source>unknown header line '%1'</source>
        <translation>未知的头部行 '%1'</translation>
    </message>
    <message>
        <source>'%1' is given twice</source>
        <translation>'%1' 出现了两次</translation>
    </message>
    <message>
        <source>the header has no '%1' line</source>
        <translation>头部没有 '%1' 行</translation>
    </message>
    <message>
        <source>'%1' is not a %2</source>
        <translation>'%1' 不是 %2</translation>
    </message>
    <message>
        <source>'%1' is not a size such as 128M</source>
        <translation>'%1' 不是 128M 这样的大小</translation>
    </message>
    <message>
        <source>'%1' is not a state hash</source>
        <translation>'%1' 不是状态散列值</translation>
    </message>
    <message>
        <source>the header says %1 commands and the file has %2: it was cut short or changed</source>
        <translation>头部说有 %1 条命令,而文件中有 %2 条:文件被截断或被改动了</translation>
    </message>
    <message>
        <source>position %1 is beyond the %2 commands</source>
        <translation>位置 %1 超出了 %2 条命令</translation>
    </message>
    <message>
        <source>the machine cannot be booted: %1</source>
        <translation>无法启动机器:%1</translation>
    </message>
    <message>
        <source>the opening was cancelled</source>
        <translation>打开已取消</translation>
    </message>
    <message>
        <source>'%1' does not run as it did when the session was saved</source>
        <translation>'%1' 的运行结果与保存会话时不同</translation>
    </message>
    <message>
        <source>'%1' does not run as it did when the session was saved: %2</source>
        <translation>'%1' 的运行结果与保存会话时不同:%2</translation>
    </message>
    <message>
        <source>the machine does not come out as it was saved (state hash %1, the file says %2)</source>
        <translation>机器没有恢复成保存时的状态(状态散列值 %1,文件中为 %2)</translation>
    </message>
</context>
<context>
    <name>mmvis::ComparePositions</name>
    <message>
        <source>Process</source>
        <translation>进程</translation>
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
        <translation>页框</translation>
    </message>
    <message>
        <source>Compare Positions</source>
        <translation>比较位置</translation>
    </message>
    <message>
        <source>From position</source>
        <translation>从位置</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>Filter: a process, an address, a list name...</source>
        <translation>过滤:进程、地址、链表名称...</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation>复制为文本</translation>
    </message>
    <message>
        <source>Export Diagram...</source>
        <translation>导出图...</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>表格(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Diagram</source>
        <translation>图(&amp;D)</translation>
    </message>
    <message>
        <source>Page lists: %1
Running: %2</source>
        <translation>页面链表:%1
正在运行:%2</translation>
    </message>
    <message>
        <source>From position %1 to %2:
</source>
        <translation>从位置 %1 到 %2:
</translation>
    </message>
    <message>
        <source>%1 MB RAM</source>
        <translation>内存 %1 MB</translation>
    </message>
</context>
<context>
    <name>mmvis::ConsoleOutput</name>
    <message>
        <source>Select it in every view and run %1</source>
        <translation>在所有视图中选中它并运行 %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误:%1</translation>
    </message>
</context>
<context>
    <name>mmvis::DiagramExporter</name>
    <message>
        <source>Export %1</source>
        <translation>导出 %1</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg);;PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>SVG 图形 (*.svg);;PNG 图像 (*.png);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>cannot be written</source>
        <translation>无法写入</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>未知格式</translation>
    </message>
</context>
<context>
    <name>mmvis::DynamicsDiagram</name>
    <message>
        <source>Page-list dynamics: moves since boot - %1</source>
        <translation>页面链表流动:启动以来的移动 - %1</translation>
    </message>
    <message>
        <source>Active (working sets, system)</source>
        <translation>使用中(工作集、系统)</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 个页面</translation>
    </message>
</context>
<context>
    <name>mmvis::DynamicsTracker</name>
    <message>
        <source>zero page thread</source>
        <translation>零页线程</translation>
    </message>
    <message>
        <source>demand zero</source>
        <translation>按需清零</translation>
    </message>
    <message>
        <source>taken, zeroed or read into</source>
        <translation>取走、清零或读入</translation>
    </message>
    <message>
        <source>soft fault</source>
        <translation>软缺页</translation>
    </message>
    <message>
        <source>repurposed</source>
        <translation>改作他用</translation>
    </message>
    <message>
        <source>trim (clean)</source>
        <translation>修剪(干净)</translation>
    </message>
    <message>
        <source>trim (dirty)</source>
        <translation>修剪(脏)</translation>
    </message>
    <message>
        <source>modified page writer</source>
        <translation>修改页写出器</translation>
    </message>
    <message>
        <source>exit / free</source>
        <translation>退出 / 释放</translation>
    </message>
</context>
<context>
    <name>mmvis::EventLogView</name>
    <message>
        <source>Filter: a command, a routine, a Cid, an address, a PTE, a frame, a list...</source>
        <translation>过滤:命令、例程、Cid、地址、PTE、页框、链表...</translation>
    </message>
    <message>
        <source>Show only the commands and the events whose step, routine, Cid, address, PTE or frame contains this (not case-sensitive)</source>
        <translation>只显示其步骤、例程、Cid、地址、PTE 或页框包含此文本的命令和事件(不区分大小写)</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Select an event: what it changed and why, what its routine does in NT, when NT calls it, and where to read more. Select a command: its help.</source>
        <translation>选中一个事件:它改变了什么、为什么,它的例程在 NT 中做什么、NT 何时调用它、去哪里进一步阅读。选中一个命令:它的帮助。</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>步骤 %1</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>何时:</translation>
    </message>
    <message>
        <source>Here:</source>
        <translation>本模拟器中:</translation>
    </message>
    <message>
        <source>Read:</source>
        <translation>参阅:</translation>
    </message>
    <message>
        <source>What the machine did while it booted: the boot loader built the system's page tables, the memory manager put every page on a list, and the zero page thread started clearing Free pages.</source>
        <translation>机器启动时所做的事:引导程序建立了系统的页表,内存管理器把每个页面放进链表,零页线程开始清零空闲页面。</translation>
    </message>
</context>
<context>
    <name>mmvis::EventModel</name>
    <message>
        <source>No events.</source>
        <translation>没有事件。</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 个事件</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 个事件</translation>
    </message>
    <message>
        <source>1 PTE written</source>
        <translation>写入 1 个 PTE</translation>
    </message>
    <message>
        <source>%1 PTEs written</source>
        <translation>写入 %1 个 PTE</translation>
    </message>
    <message>
        <source>1 frame moved</source>
        <translation>移动 1 个页框</translation>
    </message>
    <message>
        <source>%1 frames moved</source>
        <translation>移动 %1 个页框</translation>
    </message>
    <message>
        <source>1 TLB flush or CR3 load</source>
        <translation>1 次 TLB 刷新或 CR3 加载</translation>
    </message>
    <message>
        <source>%1 TLB flushes or CR3 loads</source>
        <translation>%1 次 TLB 刷新或 CR3 加载</translation>
    </message>
    <message>
        <source>Boot</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>What the machine did while it booted</source>
        <translation>机器启动时所做的事</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>例程</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>页框</translation>
    </message>
    <message>
        <source>What happened, and why</source>
        <translation>发生了什么,为什么</translation>
    </message>
</context>
<context>
    <name>mmvis::FrameInfo</name>
    <message>
        <source>
Mapped by the PTE at %1 in %2 (Cid %3): VA %4</source>
        <translation>
由 %2 (Cid %3) 中位于 %1 的 PTE 映射:VA %4</translation>
    </message>
</context>
<context>
    <name>mmvis::LessonPlayer</name>
    <message>
        <source>Show the &amp;Answer</source>
        <translation>显示答案(&amp;A)</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>重新开始(&amp;R)</translation>
    </message>
    <message>
        <source>Back to the previous step (Page Up, Left)</source>
        <translation>回到上一步 (Page Up、左)</translation>
    </message>
    <message>
        <source>The next step (Space, Page Down, Right)</source>
        <translation>下一步 (Space、Page Down、右)</translation>
    </message>
    <message>
        <source>Back to the first step (Home)</source>
        <translation>回到第一步 (Home)</translation>
    </message>
    <message>
        <source>line %1 did not run: %2</source>
        <translation>第 %1 行没有运行:%2</translation>
    </message>
    <message>
        <source>line %1 no longer shows what the lesson says: %2 (the console says why)</source>
        <translation>第 %1 行已不再显示课程所说的内容:%2(原因见控制台)</translation>
    </message>
    <message>
        <source>No lesson open: Lessons &gt; a lesson, or mmvis --lesson &lt;name&gt;</source>
        <translation>没有打开的课程:在“课程”菜单中选择,或 mmvis --lesson &lt;名称&gt;</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步,共 %2 步:%3</translation>
    </message>
    <message>
        <source>This lesson no longer matches the simulator:</source>
        <translation>本课程已与模拟器不符:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Question:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;问题:&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answer:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;答案:&lt;/b&gt;%1</translation>
    </message>
</context>
<context>
    <name>mmvis::ListBarChart</name>
    <message>
        <source>pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Page lists now</source>
        <translation>当前页面链表</translation>
    </message>
    <message>
        <source>Page lists now%1 - %2</source>
        <translation>当前页面链表%1 - %2</translation>
    </message>
    <message>
        <source> (without %1)</source>
        <translation>(不含 %1)</translation>
    </message>
</context>
<context>
    <name>mmvis::ListHistoryPlot</name>
    <message>
        <source>Free and Zeroed</source>
        <translation>空闲和零页</translation>
    </message>
    <message>
        <source>Stacked</source>
        <translation>堆叠</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>Stack the lists (their sum is all of RAM) or draw each as a line</source>
        <translation>把各链表堆叠(总和即全部内存)或各画成一条线</translation>
    </message>
    <message>
        <source>Show the Free and Zeroed lists; hidden, the other lists fill the plot and a trim of a few pages is plain to see</source>
        <translation>显示空闲和零页链表;隐藏后,其他链表占满图表,修剪几个页面也一目了然</translation>
    </message>
    <message>
        <source>A logarithmic page count (lines only): small lists next to large ones</source>
        <translation>对数页面数(仅线条):小链表与大链表并列</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>Zoom out to every command (or double-click the plot)</source>
        <translation>缩小到显示所有命令(或双击图表)</translation>
    </message>
    <message>
        <source>command (0: the machine as booted)</source>
        <translation>命令(0:刚启动的机器)</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>stacked</source>
        <translation>堆叠</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>线条</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>without %1</source>
        <translation>不含 %1</translation>
    </message>
    <message>
        <source>Page lists after each command (%1) - %2</source>
        <translation>每条命令后的页面链表(%1)- %2</translation>
    </message>
</context>
<context>
    <name>mmvis::MainWindow</name>
    <message>
        <source>mmvis - NT memory manager visualizer</source>
        <translation>mmvis - NT 内存管理器可视化工具</translation>
    </message>
    <message>
        <source>Replaying the recorded commands...</source>
        <translation>正在重放已记录的命令...</translation>
    </message>
    <message>
        <source>Time Travel</source>
        <translation>时间回溯</translation>
    </message>
    <message>
        <source>%1 - mmvis</source>
        <translation>%1 - mmvis</translation>
    </message>
    <message>
        <source>Back to the Directory</source>
        <translation>返回页目录</translation>
    </message>
    <message>
        <source>Show the page directory again (Alt+Left, or right-click the page table)</source>
        <translation>重新显示页目录(Alt+左,或右击页表)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Two page directories side by side; X marks every entry that differs (Ctrl+K)</source>
        <translation>并排显示两个页目录;X 标出每个不同的项 (Ctrl+K)</translation>
    </message>
    <message>
        <source>  with </source>
        <translation>  对比:</translation>
    </message>
    <message>
        <source>The process shown on the right in the compare view</source>
        <translation>比较视图右侧显示的进程</translation>
    </message>
    <message>
        <source>Type a command below, e.g. spawn notepad.exe, !process 0 0, !pte c0300000. Type help for the list.</source>
        <translation>在下方输入命令,例如 spawn notepad.exe、!process 0 0、!pte c0300000。输入 help 查看列表。</translation>
    </message>
    <message>
        <source>kd&gt;</source>
        <translation>kd&gt;</translation>
    </message>
    <message>
        <source>A command of the WinDbg-style language; Up and Down recall earlier commands, Tab completes</source>
        <translation>WinDbg 风格语言的命令;上/下键调出之前的命令,Tab 键补全</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Select a process to show it in every view; right-click the header to choose the columns</source>
        <translation>选中一个进程即在所有视图中显示;右击表头可选择列</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>Physical Memory</source>
        <translation>物理内存</translation>
    </message>
    <message>
        <source>Over Time</source>
        <translation>随时间</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Dynamics</source>
        <translation>流动</translation>
    </message>
    <message>
        <source>Page Lists</source>
        <translation>页面链表</translation>
    </message>
    <message>
        <source>Event Log</source>
        <translation>事件日志</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>地址转换</translation>
    </message>
    <message>
        <source>TLB</source>
        <translation>TLB</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Script...</source>
        <translation>打开脚本(&amp;O)...</translation>
    </message>
    <message>
        <source>Load a script; run it with Run (F5) or a command at a time with Step (F10)</source>
        <translation>载入脚本;用“运行”(F5) 全部运行,或用“单步”(F10) 一次运行一条命令</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>示例(&amp;X)</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>载入 %1</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Page Directory / Table / Compare...</source>
        <translation>页目录 / 页表 / 比较...</translation>
    </message>
    <message>
        <source>Physical Memory...</source>
        <translation>物理内存...</translation>
    </message>
    <message>
        <source>Page Lists Over Time...</source>
        <translation>页面链表随时间变化...</translation>
    </message>
    <message>
        <source>Page List Counts...</source>
        <translation>页面链表计数...</translation>
    </message>
    <message>
        <source>Page-List Dynamics...</source>
        <translation>页面链表流动...</translation>
    </message>
    <message>
        <source>Translation (current step)...</source>
        <translation>地址转换(当前步骤)...</translation>
    </message>
    <message>
        <source>TLB...</source>
        <translation>TLB...</translation>
    </message>
    <message>
        <source>Export &amp;All...</source>
        <translation>全部导出(&amp;A)...</translation>
    </message>
    <message>
        <source>Export All Diagrams To</source>
        <translation>将所有图导出到</translation>
    </message>
    <message>
        <source>Export All</source>
        <translation>全部导出</translation>
    </message>
    <message>
        <source>Exported %1 files to %2%3</source>
        <translation>已将 %1 个文件导出到 %2%3</translation>
    </message>
    <message>
        <source> (no translation: none has been made yet)</source>
        <translation>(没有地址转换:尚未做过)</translation>
    </message>
    <message>
        <source>Use Print Colours</source>
        <translation>使用打印配色</translation>
    </message>
    <message>
        <source>Export with the lighter palette meant for paper</source>
        <translation>用适合纸张的浅色配色导出</translation>
    </message>
    <message>
        <source>PNG Scale...</source>
        <translation>PNG 缩放...</translation>
    </message>
    <message>
        <source>PNG Scale</source>
        <translation>PNG 缩放</translation>
    </message>
    <message>
        <source>Pixels per diagram pixel:</source>
        <translation>每个图像素对应的像素数:</translation>
    </message>
    <message>
        <source>How large PNG exports are</source>
        <translation>导出的 PNG 有多大</translation>
    </message>
    <message>
        <source>Print Size...</source>
        <translation>打印尺寸...</translation>
    </message>
    <message>
        <source>Print Size</source>
        <translation>打印尺寸</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>natural size</source>
        <translation>自然尺寸</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Width on paper:</source>
        <translation>纸上的宽度:</translation>
    </message>
    <message>
        <source>Smallest text:</source>
        <translation>最小文字:</translation>
    </message>
    <message>
        <source>How wide SVG and PDF exports are on paper, and how small their text may be</source>
        <translation>导出的 SVG 和 PDF 在纸上有多宽,文字最小可以多小</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Compare &amp;Positions...</source>
        <translation>比较位置(&amp;P)...</translation>
    </message>
    <message>
        <source>What changed between two positions of the session: lists, processes, every PDE and PTE, frames (as !diff)</source>
        <translation>会话的两个位置之间发生的变化:链表、进程、每个 PDE 和 PTE、页框(同 !diff)</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>Put every panel back where it was on the first start</source>
        <translation>把所有面板放回首次启动时的位置</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Larger cells and text in every diagram</source>
        <translation>所有图中的格子和文字更大</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
        <source>Stronger colours and white empty cells, for a projector</source>
        <translation>用于投影仪:更浓的颜色,空格为白色</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>演示(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen for a projector: the page directory and the panels chosen in Presentation Shows, zoomed; F11 or Escape leaves it</source>
        <translation>投影用全屏:放大显示页目录和“演示内容”中选择的面板;按 F11 或 Escape 退出</translation>
    </message>
    <message>
        <source>Presentation &amp;Shows</source>
        <translation>演示内容(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>模拟(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Spawn Process...</source>
        <translation>创建进程(&amp;S)...</translation>
    </message>
    <message>
        <source>Create a process from a parent (spawn)</source>
        <translation>由父进程创建进程 (spawn)</translation>
    </message>
    <message>
        <source>S&amp;witch to the Selected Process</source>
        <translation>切换到选中的进程(&amp;W)</translation>
    </message>
    <message>
        <source>Context switch: load its page directory into CR3 (switch)</source>
        <translation>上下文切换:把它的页目录载入 CR3 (switch)</translation>
    </message>
    <message>
        <source>&amp;Allocate...</source>
        <translation>分配(&amp;A)...</translation>
    </message>
    <message>
        <source>NtAllocateVirtualMemory in the current process (alloc)</source>
        <translation>在当前进程中调用 NtAllocateVirtualMemory (alloc)</translation>
    </message>
    <message>
        <source>A&amp;ccess Memory...</source>
        <translation>访问内存(&amp;C)...</translation>
    </message>
    <message>
        <source>A read, write or execute by the current process (read, write, exec)</source>
        <translation>当前进程的读、写或执行 (read, write, exec)</translation>
    </message>
    <message>
        <source>&amp;Trim the Selected Working Set</source>
        <translation>修剪选中的工作集(&amp;T)</translation>
    </message>
    <message>
        <source>Empty the selected process's working set (trim)</source>
        <translation>清空选中进程的工作集 (trim)</translation>
    </message>
    <message>
        <source>Run the &amp;Zero Page Thread</source>
        <translation>运行零页线程(&amp;Z)</translation>
    </message>
    <message>
        <source>Let the zero page thread move Free pages to the Zeroed list (zero)</source>
        <translation>让零页线程把空闲页面移到零页链表 (zero)</translation>
    </message>
    <message>
        <source>Run the &amp;Modified Page Writer</source>
        <translation>运行修改页写出器(&amp;M)</translation>
    </message>
    <message>
        <source>Write Modified pages to the paging file (modwrite)</source>
        <translation>把已修改页面写入分页文件 (modwrite)</translation>
    </message>
    <message>
        <source>&amp;Exit the Selected Process</source>
        <translation>结束选中的进程(&amp;E)</translation>
    </message>
    <message>
        <source>PspExitProcess: every page goes back to the Free list (exit)</source>
        <translation>PspExitProcess:每个页面都回到空闲链表 (exit)</translation>
    </message>
    <message>
        <source>Exit Process</source>
        <translation>结束进程</translation>
    </message>
    <message>
        <source>End %1?</source>
        <translation>结束 %1?</translation>
    </message>
    <message>
        <source>&amp;Reset Machine...</source>
        <translation>重置机器(&amp;R)...</translation>
    </message>
    <message>
        <source>Boot a fresh machine</source>
        <translation>启动一台新机器</translation>
    </message>
    <message>
        <source>Reset Machine</source>
        <translation>重置机器</translation>
    </message>
    <message>
        <source>RAM (4M to 4G):</source>
        <translation>内存(4M 到 4G):</translation>
    </message>
    <message>
        <source>'%1' is not a size such as 128M</source>
        <translation>'%1' 不是 128M 这样的大小</translation>
    </message>
    <message>
        <source>-- machine reset: %1 MB --</source>
        <translation>-- 机器已重置:%1 MB --</translation>
    </message>
    <message>
        <source>S&amp;cript</source>
        <translation>脚本(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>单步(&amp;S)</translation>
    </message>
    <message>
        <source>Run the next command of the script</source>
        <translation>运行脚本的下一条命令</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Run the rest of the script</source>
        <translation>运行脚本的其余部分</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Pause the script</source>
        <translation>暂停脚本</translation>
    </message>
    <message>
        <source>Step &amp;Back</source>
        <translation>后退一步(&amp;B)</translation>
    </message>
    <message>
        <source>Go back one command: the machine as it was before it (t-)</source>
        <translation>后退一条命令:回到它之前的机器 (t-)</translation>
    </message>
    <message>
        <source>Step &amp;Forward</source>
        <translation>前进一步(&amp;F)</translation>
    </message>
    <message>
        <source>Replay the next recorded command (t)</source>
        <translation>重放下一条已记录的命令 (t)</translation>
    </message>
    <message>
        <source>Res&amp;tart</source>
        <translation>回到开头(&amp;T)</translation>
    </message>
    <message>
        <source>Back to position 0, just booted; the script and the recorded commands stay (g-)</source>
        <translation>回到位置 0,刚启动时;脚本和已记录的命令保留 (g-)</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>Open &amp;Lesson...</source>
        <translation>打开课程(&amp;L)...</translation>
    </message>
    <message>
        <source>Open Lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>Lessons (*.txt);;All files (*)</source>
        <translation>课程 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Practice...</source>
        <translation>练习(&amp;P)...</translation>
    </message>
    <message>
        <source>Questions about the machine as it is: the self-map, PTEs, translations, trimming, two page directories, a new process's pages</source>
        <translation>关于当前机器的问题:自映射、PTE、地址转换、修剪、两个页目录、新进程的页面</translation>
    </message>
    <message>
        <source>Next Step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Previous Step</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Commands</source>
        <translation>命令(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;About mmvis</source>
        <translation>关于 mmvis(&amp;A)</translation>
    </message>
    <message>
        <source>About mmvis</source>
        <translation>关于 mmvis</translation>
    </message>
    <message>
        <source>mmvis %1
A visualizer of Windows NT 4.0 / 2000 x86 address spaces, driven by a simulation of the NT memory manager.</source>
        <translation>mmvis %1
由 NT 内存管理器模拟驱动的 Windows NT 4.0 / 2000 x86 地址空间可视化工具。</translation>
    </message>
    <message>
        <source>Open Script</source>
        <translation>打开脚本</translation>
    </message>
    <message>
        <source>Scripts (*.cmd *.txt);;All files (*)</source>
        <translation>脚本 (*.cmd *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 loaded: %2 commands. Run (F5) or Step (F10).</source>
        <translation>已载入 %1:%2 条命令。运行 (F5) 或单步 (F10)。</translation>
    </message>
    <message>
        <source>Run Script</source>
        <translation>运行脚本</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>mmvis will speak %1 from its next start. Restart now? The session comes back as it is.</source>
        <translation>mmvis 下次启动时将使用%1。现在重新启动吗?会话会原样恢复。</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>立即重新启动</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Cannot keep the session for the restart: %1</source>
        <translation>无法为重新启动保存会话:%1</translation>
    </message>
    <message>
        <source>Process %1 (Cid %2)   CR3 %3   Step %4   Zeroed %5  Free %6  Standby %7  Modified %8  Active %9</source>
        <translation>进程 %1 (Cid %2)   CR3 %3   步骤 %4   零页 %5  空闲 %6  备用 %7  已修改 %8  使用中 %9</translation>
    </message>
    <message>
        <source>Page directory</source>
        <translation>页目录</translation>
    </message>
    <message>
        <source>The 1024 entries of the selected process's page directory, or a page table, as a 32 by 32 grid. Arrow keys move the selection, Enter opens a page table, Backspace goes back.</source>
        <translation>以 32×32 网格显示选中进程的页目录或某个页表的 1024 项。方向键移动选择,Enter 打开页表,Backspace 返回。</translation>
    </message>
    <message>
        <source>Physical memory</source>
        <translation>物理内存</translation>
    </message>
    <message>
        <source>Every frame of RAM coloured by its page list. Plus and minus zoom, arrow keys pan, Home shows all.</source>
        <translation>内存的每个页框按其页面链表着色。加/减号缩放,方向键平移,Home 显示全部。</translation>
    </message>
    <message>
        <source>Page lists over time</source>
        <translation>页面链表随时间变化</translation>
    </message>
    <message>
        <source>The size of each page list after every command.</source>
        <translation>每条命令之后各页面链表的大小。</translation>
    </message>
    <message>
        <source>Page lists now</source>
        <translation>当前页面链表</translation>
    </message>
    <message>
        <source>The current size of each page list.</source>
        <translation>各页面链表当前的大小。</translation>
    </message>
    <message>
        <source>Page-list dynamics</source>
        <translation>页面链表流动</translation>
    </message>
    <message>
        <source>How many pages moved between the lists, by kind of move.</source>
        <translation>在链表之间移动的页面数,按移动类型统计。</translation>
    </message>
    <message>
        <source>Address translation</source>
        <translation>地址转换</translation>
    </message>
    <message>
        <source>A virtual address translated step by step through the TLB, the page directory and a page table.</source>
        <translation>虚拟地址经由 TLB、页目录和页表逐步转换。</translation>
    </message>
    <message>
        <source>The entries of the CPU's translation lookaside buffer.</source>
        <translation>CPU 的转换后备缓冲器(TLB)的各项。</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>事件日志</translation>
    </message>
    <message>
        <source>Every change the memory manager made, with the NT routine that made it.</source>
        <translation>内存管理器所做的每个更改,以及做出更改的 NT 例程。</translation>
    </message>
    <message>
        <source>The processes; selecting one shows it in every view.</source>
        <translation>进程列表;选中一个即在所有视图中显示。</translation>
    </message>
    <message>
        <source>Console output</source>
        <translation>控制台输出</translation>
    </message>
    <message>
        <source>What the commands printed.</source>
        <translation>命令打印的内容。</translation>
    </message>
    <message>
        <source>Console input</source>
        <translation>控制台输入</translation>
    </message>
    <message>
        <source>A command of the WinDbg-style language.</source>
        <translation>WinDbg 风格语言的命令。</translation>
    </message>
    <message>
        <source>there is no lesson file or built-in lesson named '%1'</source>
        <translation>没有名为 '%1' 的课程文件或内置课程</translation>
    </message>
    <message>
        <source>Cannot open the lesson: %1</source>
        <translation>无法打开课程:%1</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>缩放 %1 %</translation>
    </message>
    <message>
        <source>Spawn</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>切换</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>Trim</source>
        <translation>修剪</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>清零</translation>
    </message>
    <message>
        <source>Write Modified</source>
        <translation>写出已修改页</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>mmvis::MemoryMapView</name>
    <message>
        <source>, frames %1 to %2 shown</source>
        <translation>,显示页框 %1 到 %2</translation>
    </message>
    <message>
        <source>Physical memory, %1 frames (%2 x %3, frame 0 top left%4) - %5</source>
        <translation>物理内存,%1 个页框(%2 x %3,页框 0 在左上%4)- %5</translation>
    </message>
</context>
<context>
    <name>mmvis::PageDirectoryView</name>
    <message>
        <source>no process</source>
        <translation>无进程</translation>
    </message>
    <message>
        <source>Page directory of %1, DirBase %2 - %3</source>
        <translation>%1 的页目录,DirBase %2 - %3</translation>
    </message>
    <message>
        <source>Page table of PDE %1 (VA %2 - %3) in %4 - %5</source>
        <translation>%4 中 PDE %1 的页表(VA %2 - %3)- %5</translation>
    </message>
    <message>
        <source>Page directories of %1 and %2 - %3</source>
        <translation>%1 和 %2 的页目录 - %3</translation>
    </message>
    <message>
        <source>(choose a process)</source>
        <translation>(请选择进程)</translation>
    </message>
    <message>
        <source>
The directory maps itself: every PTE of this process is at C0000000 + VA/1024.</source>
        <translation>
页目录映射它自己:此进程的每个 PTE 都位于 C0000000 + VA/1024。</translation>
    </message>
    <message>
        <source>
Hyperspace: this process's own mapping window and working set list.</source>
        <translation>
超空间:此进程自己的映射窗口和工作集列表。</translation>
    </message>
    <message>
        <source>
Click to open its page table.</source>
        <translation>
单击打开它的页表。</translation>
    </message>
    <message>
        <source>X: the entry differs between the two processes. In the upper half (system space) that is only: %1</source>
        <translation>X:两个进程之间不同的项。在上半部分(系统空间)只有:%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>PDE 300: the self-map (C0000000)</source>
        <translation>PDE 300:自映射 (C0000000)</translation>
    </message>
    <message>
        <source>The directory is also this 4 MB region's page table, so every PTE of the process appears at C0000000 + VA/1024 and the directory itself at C0300000. Its value differs in every process.</source>
        <translation>页目录同时也是这 4 MB 区域的页表,因此进程的每个 PTE 出现在 C0000000 + VA/1024,页目录本身出现在 C0300000。它的值在每个进程中都不同。</translation>
    </message>
    <message>
        <source>PDE 301: hyperspace (C0400000)</source>
        <translation>PDE 301:超空间 (C0400000)</translation>
    </message>
    <message>
        <source>Each process's own page table for mapping other frames for a moment (MiMapPageInHyperSpace) and for its working set list at C0502000. It also differs in every process; the rest of the upper half is the same everywhere.</source>
        <translation>每个进程自己的页表,用于临时映射其他页框 (MiMapPageInHyperSpace) 以及位于 C0502000 的工作集列表。它在每个进程中也不同;上半部分的其余项处处相同。</translation>
    </message>
</context>
<context>
    <name>mmvis::Palette</name>
    <message>
        <source>Transition</source>
        <translation>过渡</translation>
    </message>
    <message>
        <source>Not present</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>User page table</source>
        <translation>用户页表</translation>
    </message>
    <message>
        <source>System page table</source>
        <translation>系统页表</translation>
    </message>
    <message>
        <source>4 MB page (KSEG0)</source>
        <translation>4 MB 页面 (KSEG0)</translation>
    </message>
    <message>
        <source>Self-map (PDE 300)</source>
        <translation>自映射 (PDE 300)</translation>
    </message>
    <message>
        <source>Hyperspace (PDE 301)</source>
        <translation>超空间 (PDE 301)</translation>
    </message>
    <message>
        <source>Zero (ask the VAD)</source>
        <translation>零(询问 VAD)</translation>
    </message>
    <message>
        <source>Demand zero</source>
        <translation>按需清零</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Valid, shared (section)</source>
        <translation>有效,共享(内存区)</translation>
    </message>
    <message>
        <source>Paging file</source>
        <translation>分页文件</translation>
    </message>
    <message>
        <source>Prototype</source>
        <translation>原型</translation>
    </message>
</context>
<context>
    <name>mmvis::PositionsDiagram</name>
    <message>
        <source>What changed from position %1 to %2 - %3</source>
        <translation>从位置 %1 到 %2 的变化 - %3</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>正在运行:%1</translation>
    </message>
    <message>
        <source>Page lists</source>
        <translation>页面链表</translation>
    </message>
    <message>
        <source>%1, unchanged</source>
        <translation>%1,未变</translation>
    </message>
    <message>
        <source>PDEs and PTEs that changed: %1</source>
        <translation>发生变化的 PDE 和 PTE:%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>... and %1 more (the table lists them all)</source>
        <translation>……还有 %1 项(表格中列出全部)</translation>
    </message>
    <message>
        <source>Frames that changed list: %1</source>
        <translation>改变了链表的页框:%1</translation>
    </message>
    <message>
        <source>1 frame</source>
        <translation>1 个页框</translation>
    </message>
    <message>
        <source>%1 frames</source>
        <translation>%1 个页框</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
</context>
<context>
    <name>mmvis::PracticeDialog</name>
    <message>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <source>What the machine does (on a copy; yours is unchanged):</source>
        <translation>机器会做什么(在副本上;你的机器不变):</translation>
    </message>
    <message>
        <source>&amp;Next Question</source>
        <translation>下一题(&amp;N)</translation>
    </message>
    <message>
        <source>What the machine does</source>
        <translation>机器会做什么</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <source>Your answer: addresses in hex, a routine, a list...</source>
        <translation>你的答案:十六进制地址、例程、链表...</translation>
    </message>
    <message>
        <source>&lt;span style="color:#1e8449"&gt;&lt;b&gt;Right.&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style="color:#1e8449"&gt;&lt;b&gt;正确。&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style="color:#c0392b"&gt;&lt;b&gt;Not quite.&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style="color:#c0392b"&gt;&lt;b&gt;不太对。&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>The answer: %1</source>
        <translation>答案:%1</translation>
    </message>
    <message>
        <source>There is nothing to ask about yet: spawn a process and touch some memory, then practise.</source>
        <translation>还没有可问的内容:先创建一个进程并访问一些内存,再来练习。</translation>
    </message>
    <message>
        <source>Question %1 of %2. Score: %3 of %4</source>
        <translation>第 %1 题,共 %2 题。得分:%4 题中答对 %3 题</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>transition</source>
        <translation>过渡</translation>
    </message>
    <message>
        <source>demand zero</source>
        <translation>按需清零</translation>
    </message>
    <message>
        <source>paging file</source>
        <translation>分页文件</translation>
    </message>
    <message>
        <source>prototype</source>
        <translation>原型</translation>
    </message>
    <message>
        <source>soft fault</source>
        <translation>软缺页</translation>
    </message>
    <message>
        <source>hard fault</source>
        <translation>硬缺页</translation>
    </message>
</context>
<context>
    <name>mmvis::ProcessModel</name>
    <message>
        <source>Pages in the working set now (peak %1)</source>
        <translation>当前工作集中的页面数(峰值 %1)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>映像</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父进程</translation>
    </message>
    <message>
        <source>WS</source>
        <translation>工作集</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>最小</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>缺页</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>私有</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>提交</translation>
    </message>
</context>
<context>
    <name>mmvis::ScriptRunner</name>
    <message>
        <source>%1:%2: the script stopped at this error</source>
        <translation>%1:%2:脚本在此错误处停止</translation>
    </message>
    <message>
        <source>%1: done, %2 commands</source>
        <translation>%1:完成,%2 条命令</translation>
    </message>
    <message>
        <source>%1: paused at command %2 of %3</source>
        <translation>%1:暂停在第 %2 条命令(共 %3 条)</translation>
    </message>
</context>
<context>
    <name>mmvis::SessionFiles</name>
    <message>
        <source>Open &amp;Session...</source>
        <translation>打开会话(&amp;S)...</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <source>Open a saved session: its machine, every command, and the position it was at</source>
        <translation>打开已保存的会话:它的机器、每条命令和当时所在的位置</translation>
    </message>
    <message>
        <source>&amp;Recent Sessions</source>
        <translation>最近的会话(&amp;R)</translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1:%2</translation>
    </message>
    <message>
        <source>&amp;Save Session</source>
        <translation>保存会话(&amp;S)</translation>
    </message>
    <message>
        <source>Save every command run so far and the position, to reopen exactly this machine</source>
        <translation>保存迄今运行的每条命令和位置,以便准确地重新打开这台机器</translation>
    </message>
    <message>
        <source>Save Session &amp;As...</source>
        <translation>会话另存为(&amp;A)...</translation>
    </message>
    <message>
        <source>Cannot open %1: %2

The session that was open is unchanged.</source>
        <translation>无法打开 %1:%2

原来打开的会话没有改变。</translation>
    </message>
    <message>
        <source>Replaying the commands of %1...</source>
        <translation>正在重放 %1 的命令...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(暂无)</translation>
    </message>
    <message>
        <source>Restore Session</source>
        <translation>恢复会话</translation>
    </message>
    <message>
        <source>mmvis did not close normally last time. Restore the session it was running (%1 commands, saved %2)?</source>
        <translation>mmvis 上次没有正常关闭。恢复它当时运行的会话吗(%1 条命令,保存于 %2)?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <source>the last session</source>
        <translation>上次的会话</translation>
    </message>
    <message>
        <source>The last session cannot be restored: %1

It stays in %2.</source>
        <translation>无法恢复上次的会话:%1

它保留在 %2。</translation>
    </message>
</context>
<context>
    <name>mmvis::SimulationController</name>
    <message>
        <source>step %1, %2 MB RAM</source>
        <translation>步骤 %1,内存 %2 MB</translation>
    </message>
</context>
<context>
    <name>mmvis::Timeline</name>
    <message>
        <source>Position %1 of %2</source>
        <translation>位置 %1 / %2</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Click or drag to go to a position; Left/Right step back or forward, Home/End go to the start or the last recorded command</source>
        <translation>单击或拖动以转到某个位置;左/右键后退或前进一步,Home/End 转到开头或最后记录的命令</translation>
    </message>
    <message>
        <source>Position 0: just booted</source>
        <translation>位置 0:刚启动</translation>
    </message>
    <message>
        <source>Position %1: %2</source>
        <translation>位置 %1:%2</translation>
    </message>
</context>
<context>
    <name>mmvis::TlbView</name>
    <message>
        <source>4 KB pages: slot = page number mod 64</source>
        <translation>4 KB 页面:槽 = 页号 mod 64</translation>
    </message>
    <message>
        <source>4 MB pages: 8 slots</source>
        <translation>4 MB 页面:8 个槽</translation>
    </message>
    <message>
        <source>slot  page      frame  flags</source>
        <translation>槽    页面      页框   标志</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>……还有 %1 项</translation>
    </message>
    <message>
        <source>G global, D dirty, U user or K kernel, W writable or R read-only</source>
        <translation>G 全局,D 脏,U 用户或 K 内核,W 可写或 R 只读</translation>
    </message>
    <message>
        <source>Hits %1, misses %2 (%3 % hits). Last access: %4. CR3 %5: a CR3 load keeps only the global entries.</source>
        <translation>命中 %1,未命中 %2(命中率 %3 %)。最后一次访问:%4。CR3 %5:加载 CR3 只保留全局项。</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>per process</source>
        <translation>每进程</translation>
    </message>
    <message>
        <source>global (G)</source>
        <translation>全局 (G)</translation>
    </message>
    <message>
        <source>last access</source>
        <translation>最后一次访问</translation>
    </message>
    <message>
        <source>TLB: %1 of 72 entries valid, %2 global - %3</source>
        <translation>TLB:72 项中 %1 项有效,%2 项全局 - %3</translation>
    </message>
</context>
<context>
    <name>mmvis::Translation</name>
    <message>
        <source> Global (G): its TLB entry survives a context switch (a CR3 load).</source>
        <translation>全局 (G):它的 TLB 项在上下文切换(CR3 加载)后仍然保留。</translation>
    </message>
    <message>
        <source>Split the virtual address (a 4 MB page)</source>
        <translation>拆分虚拟地址(4 MB 页面)</translation>
    </message>
    <message>
        <source>%1 = directory index %2 (bits 31-22) and byte offset %3 in the 4 MB page (bits 21-0): the PDE maps the page itself, there is no page table.</source>
        <translation>%1 = 目录索引 %2(位 31-22)和 4 MB 页面内的字节偏移 %3(位 21-0):PDE 直接映射该页面,没有页表。</translation>
    </message>
    <message>
        <source>Split the virtual address</source>
        <translation>拆分虚拟地址</translation>
    </message>
    <message>
        <source>%1 = directory index %2 (bits 31-22), table index %3 (bits 21-12), byte offset %4 (bits 11-0).</source>
        <translation>%1 = 目录索引 %2(位 31-22)、表索引 %3(位 21-12)、字节偏移 %4(位 11-0)。</translation>
    </message>
    <message>
        <source>TLB miss</source>
        <translation>TLB 未命中</translation>
    </message>
    <message>
        <source>The TLB has no entry for page %1: the CPU walks the page tables from CR3.</source>
        <translation>TLB 中没有页面 %1 的项:CPU 从 CR3 开始遍历页表。</translation>
    </message>
    <message>
        <source>TLB hit</source>
        <translation>TLB 命中</translation>
    </message>
    <message>
        <source>The TLB holds page %1 -&gt; frame %2%3: the CPU uses it and reads neither the page directory nor a page table.%4</source>
        <translation>TLB 中有页面 %1 -&gt; 页框 %2%3:CPU 直接使用它,既不读页目录也不读页表。%4</translation>
    </message>
    <message>
        <source> (a 4 MB entry)</source>
        <translation>(4 MB 项)</translation>
    </message>
    <message>
        <source> The entry is global (G): a context switch keeps it.</source>
        <translation>该项是全局的 (G):上下文切换会保留它。</translation>
    </message>
    <message>
        <source> (after the fault)</source>
        <translation>(缺页之后)</translation>
    </message>
    <message>
        <source>not valid: there is no page table for these 4 MB</source>
        <translation>无效:这 4 MB 没有页表</translation>
    </message>
    <message>
        <source>a 4 MB page at frame %1, %2</source>
        <translation>位于页框 %1 的 4 MB 页面,%2</translation>
    </message>
    <message>
        <source>valid, page table in frame %1, %2</source>
        <translation>有效,页表在页框 %1,%2</translation>
    </message>
    <message>
        <source>Read the PDE%1</source>
        <translation>读取 PDE%1</translation>
    </message>
    <message>
        <source>PDE %1 is at %2 + %1 x 4 = physical %3 (virtual %4 through the self-map). It contains %5: %6.%7</source>
        <translation>PDE %1 位于 %2 + %1 x 4 = 物理地址 %3(通过自映射为虚拟地址 %4)。它的内容是 %5:%6。%7</translation>
    </message>
    <message>
        <source>Find the PTE through the self-map%1</source>
        <translation>通过自映射找到 PTE%1</translation>
    </message>
    <message>
        <source>The memory manager reads it at C0000000 + VA/1024 = %1: PDE 300 maps the directory as a page table, so entry %2 of the directory (the PDE above) supplies the frame, and %3 x 4 the offset in it.</source>
        <translation>内存管理器在 C0000000 + VA/1024 = %1 处读取它:PDE 300 把页目录映射为页表,所以页目录的第 %2 项(上面的 PDE)给出页框,%3 x 4 给出其中的偏移。</translation>
    </message>
    <message>
        <source>Read the PTE%1</source>
        <translation>读取 PTE%1</translation>
    </message>
    <message>
        <source>PTE %1 is at %2 + %1 x 4 = physical %3 (virtual %4). It contains %5: %6.%7</source>
        <translation>PTE %1 位于 %2 + %1 x 4 = 物理地址 %3(虚拟地址 %4)。它的内容是 %5:%6。%7</translation>
    </message>
    <message>
        <source>valid, frame %1, %2</source>
        <translation>有效,页框 %1,%2</translation>
    </message>
    <message>
        <source>not valid (%1)</source>
        <translation>无效(%1)</translation>
    </message>
    <message>
        <source>Page fault: MmAccessFault</source>
        <translation>缺页:MmAccessFault</translation>
    </message>
    <message>
        <source>The walk failed: the CPU raises a page fault with CR2 = %1; KiTrap0E calls MmAccessFault, which checks the address against the process's VADs.</source>
        <translation>遍历失败:CPU 以 CR2 = %1 引发缺页;KiTrap0E 调用 MmAccessFault,它用进程的 VAD 检查该地址。</translation>
    </message>
    <message>
        <source>Frame %1 comes from the %2 list.</source>
        <translation>页框 %1 来自 %2 链表。</translation>
    </message>
    <message>
        <source>%1 writes the %2</source>
        <translation>%1 写入 %2</translation>
    </message>
    <message>
        <source>%1 at %2: %3 -&gt; %4 (%5).</source>
        <translation>%2 处的 %1:%3 -&gt; %4(%5)。</translation>
    </message>
    <message>
        <source>The page is read from its file (page %1) into frame %2.</source>
        <translation>页面从它的文件(第 %1 页)读入页框 %2。</translation>
    </message>
    <message>
        <source>The page is read from the paging file (offset %1) into frame %2.</source>
        <translation>页面从分页文件(偏移 %1)读入页框 %2。</translation>
    </message>
    <message>
        <source>MiAccessCheck refuses the access</source>
        <translation>MiAccessCheck 拒绝访问</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>The fault is resolved; the CPU executes the access again and walks once more.</source>
        <translation>缺页已解决;CPU 重新执行该访问,再遍历一次。</translation>
    </message>
    <message>
        <source>The PDE is not valid: there is no page table for these 4 MB. An access faults; MmAccessFault makes the page table (MiMakePdeExistAndMakeValid) if a VAD commits the address, else it is an access violation.</source>
        <translation>PDE 无效:这 4 MB 没有页表。访问会缺页;如果某个 VAD 提交了该地址,MmAccessFault 会建立页表 (MiMakePdeExistAndMakeValid),否则就是访问违例。</translation>
    </message>
    <message>
        <source>the PTE is zero, so MmAccessFault asks the VADs: a committed address becomes a demand-zero page, anything else an access violation.</source>
        <translation>PTE 为零,所以 MmAccessFault 询问 VAD:已提交的地址成为按需清零页面,否则就是访问违例。</translation>
    </message>
    <message>
        <source>MiResolveDemandZeroFault gives it a zeroed frame.</source>
        <translation>MiResolveDemandZeroFault 给它一个已清零的页框。</translation>
    </message>
    <message>
        <source>the frame is still in memory on the Standby or Modified list: MiResolveTransitionFault puts it back, with no disk read (a soft fault).</source>
        <translation>页框仍在内存中的备用或已修改链表上:MiResolveTransitionFault 不读磁盘就把它放回(软缺页)。</translation>
    </message>
    <message>
        <source>the page is in the paging file: MiResolvePageFileFault reads it back (a hard fault).</source>
        <translation>页面在分页文件中:MiResolvePageFileFault 把它读回(硬缺页)。</translation>
    </message>
    <message>
        <source>it points at a prototype PTE: MiResolveProtoPteFault finds the section's page.</source>
        <translation>它指向原型PTE:MiResolveProtoPteFault 找到内存区的页面。</translation>
    </message>
    <message>
        <source>The PTE is not valid (%1). An access faults into MmAccessFault; MiDispatchFault decides by the PTE's format: %2 Access makes one.</source>
        <translation>PTE 无效(%1)。访问会缺页进入 MmAccessFault;MiDispatchFault 按 PTE 的格式决定:%2 访问一次即可建立。</translation>
    </message>
    <message>
        <source>No translation</source>
        <translation>无转换</translation>
    </message>
    <message>
        <source>The TLB entry's frame</source>
        <translation>TLB 项的页框</translation>
    </message>
    <message>
        <source>The PDE's 4 MB frame</source>
        <translation>PDE 的 4 MB 页框</translation>
    </message>
    <message>
        <source>The PTE's frame</source>
        <translation>PTE 的页框</translation>
    </message>
    <message>
        <source>Frame + offset</source>
        <translation>页框 + 偏移</translation>
    </message>
    <message>
        <source>%1 %2 x 1000 + offset %3 = physical address %4.</source>
        <translation>%1 %2 x 1000 + 偏移 %3 = 物理地址 %4。</translation>
    </message>
    <message>
        <source>Physical address %1</source>
        <translation>物理地址 %1</translation>
    </message>
    <message>
        <source>Virtual %1 is physical %2.</source>
        <translation>虚拟地址 %1 即物理地址 %2。</translation>
    </message>
    <message>
        <source>Virtual %1 is physical %2. The read gives %3.</source>
        <translation>虚拟地址 %1 即物理地址 %2。读到 %3。</translation>
    </message>
    <message>
        <source>CR3: the page directory</source>
        <translation>CR3:页目录</translation>
    </message>
    <message>
        <source>%1's DirectoryTableBase[0] = %2: the page directory is frame %3.</source>
        <translation>%1 的 DirectoryTableBase[0] = %2:页目录是页框 %3。</translation>
    </message>
    <message>
        <source>TLB %1 -&gt; frame %2%3%4</source>
        <translation>TLB %1 -&gt; 页框 %2%3%4</translation>
    </message>
    <message>
        <source>, global</source>
        <translation>,全局</translation>
    </message>
    <message>
        <source>(the PDE and PTE were not read)</source>
        <translation>(未读取 PDE 和 PTE)</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>4 MB page, frame %1  %2</source>
        <translation>4 MB 页面,页框 %1  %2</translation>
    </message>
    <message>
        <source>page table in frame %1  %2</source>
        <translation>页表在页框 %1  %2</translation>
    </message>
    <message>
        <source>frame %1  %2</source>
        <translation>页框 %1  %2</translation>
    </message>
    <message>
        <source>not valid: %1</source>
        <translation>无效:%1</translation>
    </message>
    <message>
        <source>PA  frame %1 x 1000 + %2 = %3</source>
        <translation>PA  页框 %1 x 1000 + %2 = %3</translation>
    </message>
</context>
<context>
    <name>mmvis::TranslationCanvas</name>
    <message>
        <source>Type a virtual address and press Translate, or pick one in the page-directory grid.</source>
        <translation>输入虚拟地址并按“转换”,或在页目录网格中选择一个。</translation>
    </message>
    <message>
        <source>TLB
%1 -&gt; frame %2</source>
        <translation>TLB
%1 -&gt; 页框 %2</translation>
    </message>
    <message>
        <source>page directory:
not read</source>
        <translation>页目录:
未读取</translation>
    </message>
    <message>
        <source>page table:
not read</source>
        <translation>页表:
未读取</translation>
    </message>
    <message>
        <source>Page directory</source>
        <translation>页目录</translation>
    </message>
    <message>
        <source>no page table:
the PDE is not valid</source>
        <translation>没有页表:
PDE 无效</translation>
    </message>
    <message>
        <source>Page table (seen at %1)</source>
        <translation>页表(在 %1 处可见)</translation>
    </message>
    <message>
        <source>Page table</source>
        <translation>页表</translation>
    </message>
    <message>
        <source>4 MB page at frame %1</source>
        <translation>位于页框 %1 的 4 MB 页面</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>页框 %1</translation>
    </message>
    <message>
        <source>+ %1 = %2</source>
        <translation>+ %1 = %2</translation>
    </message>
    <message>
        <source>page fault
being resolved</source>
        <translation>缺页
正在解决</translation>
    </message>
    <message>
        <source>no frame</source>
        <translation>无页框</translation>
    </message>
    <message>
        <source>Address translation - %1</source>
        <translation>地址转换 - %1</translation>
    </message>
    <message>
        <source>Translation of %1 in %2%3 - step %4 of %5 - %6</source>
        <translation>%1 在 %2 中的转换%3 - 第 %4 步,共 %5 步 - %6</translation>
    </message>
    <message>
        <source> through the self-map</source>
        <translation>(通过自映射)</translation>
    </message>
    <message>
        <source>directory index</source>
        <translation>目录索引</translation>
    </message>
    <message>
        <source>offset in the 4 MB page</source>
        <translation>4 MB 页面内的偏移</translation>
    </message>
    <message>
        <source>table index</source>
        <translation>表索引</translation>
    </message>
    <message>
        <source>offset</source>
        <translation>偏移</translation>
    </message>
</context>
<context>
    <name>mmvis::TranslationView</name>
    <message>
        <source>Through the self-map</source>
        <translation>通过自映射</translation>
    </message>
    <message>
        <source>virtual address (hex)</source>
        <translation>虚拟地址(十六进制)</translation>
    </message>
    <message>
        <source>A virtual address of the selected process; clicking a cell in the grid fills it in</source>
        <translation>选中进程的虚拟地址;单击网格中的格子即可填入</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>转换</translation>
    </message>
    <message>
        <source>Walk the page tables of the selected process; changes nothing</source>
        <translation>遍历选中进程的页表;不做任何改变</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>Read the address from the current process: a fault is resolved by the memory manager, then shown</source>
        <translation>由当前进程读取该地址:缺页由内存管理器解决后再显示</translation>
    </message>
    <message>
        <source>Show how the memory manager reads the PTE at C0000000 + VA/1024</source>
        <translation>显示内存管理器如何读取位于 C0000000 + VA/1024 的 PTE</translation>
    </message>
    <message>
        <source>Back one step</source>
        <translation>后退一步</translation>
    </message>
    <message>
        <source>Forward one step</source>
        <translation>前进一步</translation>
    </message>
    <message>
        <source>To the last step</source>
        <translation>到最后一步</translation>
    </message>
    <message>
        <source>Play or pause the animation (Ctrl+Space)</source>
        <translation>播放或暂停动画 (Ctrl+Space)</translation>
    </message>
    <message>
        <source>Animation speed</source>
        <translation>动画速度</translation>
    </message>
    <message>
        <source>VA</source>
        <translation>VA</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>'%1' is not a hex address</source>
        <translation>'%1' 不是十六进制地址</translation>
    </message>
    <message>
        <source>step 1 of %1</source>
        <translation>第 1 步,共 %1 步</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>第 %1 步,共 %2 步</translation>
    </message>
</context>
</TS>
