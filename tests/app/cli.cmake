# mmvis as a user runs it: --version from the CMake project, the generated --help, one
# clear line and exit code 2 for bad options, Qt's -style with --screenshot, and the README's
# options table naming exactly the options --help lists.
#   cmake -DMMVIS=<exe> -DVERSION=<x.y.z> -DREADME=<README.md> -DWORK=<dir> -P cli.cmake
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/home)
set(env ${CMAKE_COMMAND} -E env HOME=${WORK}/home XDG_CONFIG_HOME=${WORK}/home/.config
    XDG_DATA_HOME=${WORK}/home/.local/share QT_QPA_PLATFORM=offscreen)

function(run)
    execute_process(COMMAND ${env} ${MMVIS} ${ARGN} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE code
        TIMEOUT 120)
    set(out "${out}" PARENT_SCOPE)
    set(err "${err}" PARENT_SCOPE)
    set(code "${code}" PARENT_SCOPE)
endfunction()

run(--version)
if(NOT code EQUAL 0 OR NOT out STREQUAL "mmvis ${VERSION}\n")
    message(FATAL_ERROR "mmvis --version (${code}) should print 'mmvis ${VERSION}':\n${out}${err}")
endif()

run(--help)
if(NOT code EQUAL 0 OR NOT out MATCHES "^Usage: mmvis \\[options\\] \\[script\\]\n")
    message(FATAL_ERROR "mmvis --help (${code}):\n${out}${err}")
endif()
set(help "${out}")

# Every option --help lists has a row in the README's table, and every row is an option.
file(READ ${README} readme)
string(REGEX MATCHALL "\n  (-[a-zA-Z], )?--[a-z-]+" help_options "${help}")
list(TRANSFORM help_options REPLACE "^.*--" "--")
string(REGEX MATCHALL "\n\\| `--[a-z-]+" readme_options "${readme}")
list(TRANSFORM readme_options REPLACE "^.*`" "")
list(SORT help_options)
list(SORT readme_options)
if(NOT help_options STREQUAL readme_options)
    message(FATAL_ERROR "README's options table (${readme_options}) differs from --help (${help_options})")
endif()

foreach(case
        "--frobnicate|Unknown option 'frobnicate'"
        "--ram|Missing value after '--ram'"
        "--ram 128|--ram: '128' is not a size (examples: 16M, 128M, 4G)"
        "--trace|--trace works with --batch")
    string(FIND "${case}" "|" bar)
    string(SUBSTRING "${case}" 0 ${bar} args)
    math(EXPR bar "${bar} + 1")
    string(SUBSTRING "${case}" ${bar} -1 message)
    separate_arguments(args UNIX_COMMAND "${args}")
    run(${args})
    if(NOT code EQUAL 2 OR NOT out STREQUAL "" OR NOT err STREQUAL "mmvis: ${message} (mmvis --help lists the options)\n")
        message(FATAL_ERROR "mmvis ${args}: expected exit code 2 and one line, got ${code}:\n${out}${err}")
    endif()
endforeach()

run(--script no-such-scenario)
if(NOT code EQUAL 2 OR NOT err MATCHES "mmvis: no script file or installed scenario named 'no-such-scenario'\n$")
    message(FATAL_ERROR "mmvis --script no-such-scenario (${code}):\n${err}")
endif()

# A batch run creates no QApplication: it works where no GUI platform could start.
file(WRITE ${WORK}/cr3.cmd "r cr3\n")
execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY QT_QPA_PLATFORM=xcb
    ${MMVIS} --batch - INPUT_FILE ${WORK}/cr3.cmd OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE code)
if(NOT code EQUAL 0 OR NOT out MATCHES "^kd> r cr3\ncr3=" OR NOT err STREQUAL "")
    message(FATAL_ERROR "mmvis --batch without a display (${code}):\n${out}${err}")
endif()

# Qt's own options reach QApplication; the window is grabbed and the program quits.
run(-style Fusion --script default-demo --screenshot ${WORK}/window.png)
if(NOT code EQUAL 0 OR NOT EXISTS ${WORK}/window.png)
    message(FATAL_ERROR "mmvis -style Fusion --screenshot (${code}):\n${out}${err}")
endif()
file(READ ${WORK}/window.png magic LIMIT 8 HEX)
if(NOT magic STREQUAL "89504e470d0a1a0a")
    message(FATAL_ERROR "${WORK}/window.png is not a PNG")
endif()
