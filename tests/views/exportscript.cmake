# A script that chooses what to export and when: mmvis --batch --export runs its .select
# and .export lines where they are, so the same page table is written before and after a
# write, the TLB at its step, and a translation of the address chosen.
file(REMOVE_RECURSE ${OUT})
file(MAKE_DIRECTORY ${OUT})
file(WRITE ${OUT}/script.cmd "spawn a.exe
switch a.exe
alloc 0 2000
read 10000
.select table 0
.export page-table before.svg
write 11000 5
.export page-table after.svg
.export tlb
.select va 11000
.export translation translation.png
.export all later
.select lists Modified,Standby
.export page-list-history lists.svg
")
execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen
    ${MMVIS} --batch ${OUT}/script.cmd --export ${OUT}/out --export-format svg
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE code)
if(NOT code EQUAL 0)
    message(FATAL_ERROR "mmvis --export with .export lines failed (${code}):\n${out}\n${err}")
endif()
foreach(file before.svg after.svg translation.png later/tlb-step*.svg later/page-table-000-step*.svg)
    file(GLOB found ${OUT}/out/${file})
    if(NOT found)
        message(FATAL_ERROR "not written: ${file}\n${out}")
    endif()
endforeach()
file(GLOB tlb ${OUT}/out/tlb-step*.svg)
if(NOT tlb)
    message(FATAL_ERROR ".export tlb wrote no tlb-step<N>.svg:\n${out}")
endif()
# The chosen lists only: the title says which are left out.
file(READ ${OUT}/out/lists.svg lists)
string(FIND "${lists}" "without Zeroed, Free, ModifiedNoWrite, Bad, Active, Transition" at)
if(at EQUAL -1)
    message(FATAL_ERROR "lists.svg does not show only Modified and Standby")
endif()
# The page table after the write differs from the one before: PTE 11 became valid.
file(READ ${OUT}/out/before.svg before)
file(READ ${OUT}/out/after.svg after)
if(before STREQUAL after)
    message(FATAL_ERROR "before.svg and after.svg are the same picture")
endif()
string(FIND "${out}" "exported ${OUT}/out/before.svg" at)
if(at EQUAL -1)
    message(FATAL_ERROR "mmvis did not report before.svg:\n${out}")
endif()
