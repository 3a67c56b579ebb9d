# `cmake --install` into a temporary prefix: the program, its desktop entry, icons, AppStream
# metainfo, man page, scenarios and copyright are where the desktop and Debian look for them,
# the validators that are installed accept them, and the installed program runs from there
# and finds its data beside it.
#   cmake -DBUILD=<build dir> -DPREFIX=<dir> -DAPP_ID=<id> -DVERSION=<x.y.z> -DSCENARIOS=<dir> -DLESSONS=<dir> -P installtree.cmake
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD} --prefix ${PREFIX}
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE code)
if(NOT code EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${code}):\n${out}${err}")
endif()
file(REAL_PATH ${PREFIX} PREFIX)

set(share ${PREFIX}/share)
set(expected
    ${PREFIX}/bin/mmvis
    ${share}/applications/${APP_ID}.desktop
    ${share}/metainfo/${APP_ID}.metainfo.xml
    ${share}/icons/hicolor/scalable/apps/${APP_ID}.svg
    ${share}/man/man1/mmvis.1.gz
    ${share}/doc/mmvis/copyright
    ${share}/doc/mmvis/changelog.gz)
file(GLOB scenarios RELATIVE ${SCENARIOS} ${SCENARIOS}/*.cmd)
foreach(s IN LISTS scenarios)
    list(APPEND expected ${share}/mmvis/scenarios/${s})
endforeach()
file(GLOB lessons RELATIVE ${LESSONS} ${LESSONS}/*.txt)
if(NOT lessons)
    message(FATAL_ERROR "no lessons in ${LESSONS}")
endif()
foreach(l IN LISTS lessons)
    list(APPEND expected ${share}/mmvis/lessons/${l})
endforeach()
foreach(path IN LISTS expected)
    if(NOT EXISTS ${path})
        message(FATAL_ERROR "not installed: ${path}")
    endif()
endforeach()

# The icon theme's PNG sizes, each a PNG of its own size (the IHDR's width and height).
foreach(size 16 22 24 32 48 64 128 256)
    set(png ${share}/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
    if(NOT EXISTS ${png})
        message(FATAL_ERROR "not installed: ${png}")
    endif()
    file(READ ${png} header LIMIT 24 HEX)
    string(SUBSTRING "${header}" 0 16 magic)
    string(SUBSTRING "${header}" 32 16 dimensions)
    math(EXPR w "${size}" OUTPUT_FORMAT HEXADECIMAL)
    string(REPLACE "0x" "" w "${w}")
    string(LENGTH "${w}" n)
    while(n LESS 8)
        string(PREPEND w "0")
        math(EXPR n "${n} + 1")
    endwhile()
    if(NOT magic STREQUAL "89504e470d0a1a0a" OR NOT dimensions STREQUAL "${w}${w}")
        message(FATAL_ERROR "${png} is not a ${size}x${size} PNG (${header})")
    endif()
endforeach()

# The desktop entry starts the installed program with the installed icon.
file(STRINGS ${share}/applications/${APP_ID}.desktop entry)
foreach(line "Exec=mmvis %f" "Icon=${APP_ID}" "Categories=Education;Science;Development;ComputerScience;")
    if(NOT line IN_LIST entry)
        message(FATAL_ERROR "${APP_ID}.desktop has no line '${line}'")
    endif()
endforeach()
file(READ ${share}/metainfo/${APP_ID}.metainfo.xml metainfo)
if(NOT metainfo MATCHES "<id>${APP_ID}</id>" OR NOT metainfo MATCHES "<release version=\"${VERSION}\"")
    message(FATAL_ERROR "the metainfo does not name ${APP_ID} and release ${VERSION}")
endif()

function(validate tool)
    find_program(exe ${tool})
    if(NOT exe)
        message(STATUS "${tool} is not installed: not run")
        return()
    endif()
    execute_process(COMMAND ${exe} ${ARGN} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE code)
    if(NOT code EQUAL 0)
        message(FATAL_ERROR "${tool} ${ARGN} (${code}):\n${out}${err}")
    endif()
    message(STATUS "${tool}: ${out}${err}")
    unset(exe CACHE)
endfunction()
validate(desktop-file-validate ${share}/applications/${APP_ID}.desktop)
validate(appstreamcli validate --no-net --explain ${share}/metainfo/${APP_ID}.metainfo.xml)

# The man page renders (where man is installed).
find_program(man man)
if(man)
    execute_process(COMMAND ${CMAKE_COMMAND} -E env MANWIDTH=80 ${man} -l ${share}/man/man1/mmvis.1.gz
        OUTPUT_VARIABLE page ERROR_VARIABLE err RESULT_VARIABLE code)
    if(NOT code EQUAL 0 OR NOT page MATCHES "OPTIONS" OR NOT page MATCHES "--max-processes"
       OR NOT page MATCHES "NtAllocateVirtualMemory")
        message(FATAL_ERROR "man -l mmvis.1.gz (${code}):\n${page}${err}")
    endif()
endif()

# The installed program runs, and finds the installed scenarios without a path.
set(work ${PREFIX}/../installtree-run)
file(REMOVE_RECURSE ${work})
file(MAKE_DIRECTORY ${work}/home)
set(env ${CMAKE_COMMAND} -E env HOME=${work}/home XDG_CONFIG_HOME=${work}/home/.config
    XDG_DATA_HOME=${work}/home/.local/share XDG_DATA_DIRS=${work}/none QT_QPA_PLATFORM=offscreen)
execute_process(COMMAND ${env} ${PREFIX}/bin/mmvis --version OUTPUT_VARIABLE out RESULT_VARIABLE code)
if(NOT code EQUAL 0 OR NOT out STREQUAL "mmvis ${VERSION}\n")
    message(FATAL_ERROR "installed mmvis --version (${code}): ${out}")
endif()
execute_process(COMMAND ${env} ${PREFIX}/bin/mmvis --batch ${share}/mmvis/scenarios/default-demo.cmd --check
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE code)
if(NOT code EQUAL 0 OR NOT out MATCHES "kd> !process 0 0")
    message(FATAL_ERROR "installed mmvis --batch default-demo.cmd --check (${code}):\n${err}")
endif()
execute_process(COMMAND ${env} ${PREFIX}/bin/mmvis --script default-demo --screenshot ${work}/window.png
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE code TIMEOUT 120)
if(NOT code EQUAL 0 OR NOT EXISTS ${work}/window.png OR NOT err MATCHES "data in ${share}/mmvis\n")
    message(FATAL_ERROR "installed mmvis --script default-demo (${code}) should find ${share}/mmvis:\n${err}")
endif()
