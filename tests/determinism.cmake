# Determinism across processes: one random script (mmvis-stress's commands for a seed, valid
# and malformed) run by two separate mmvis processes must give the same output, event trace,
# errors, exit code and final state hash, byte for byte. The second process runs with a
# perturbed allocator, another locale and another working directory, so that nothing that
# depends on addresses, uninitialised memory or the environment can hide.
# Usage: cmake -DSTRESS=<mmvis-stress> -DMMVIS=<mmvis> -DWORK=<dir> -P determinism.cmake
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/elsewhere)
execute_process(COMMAND ${STRESS} --seed 11 --commands 3000 --ram 8M --write-script ${WORK}/random.cmd --quiet
    RESULT_VARIABLE status OUTPUT_VARIABLE report)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "mmvis-stress failed while writing the script:\n${report}")
endif()

set(env_1 "")
set(env_2 MALLOC_PERTURB_=165 LC_ALL=C.UTF-8 TZ=Asia/Seoul)
set(dir_1 ${WORK})
set(dir_2 ${WORK}/elsewhere)
foreach(run 1 2)
    execute_process(
        COMMAND ${CMAKE_COMMAND} -E env ${env_${run}}
                ${MMVIS} --batch ${WORK}/random.cmd --ram 8M --trace --check --state-hash
        WORKING_DIRECTORY ${dir_${run}}
        OUTPUT_FILE ${WORK}/out${run}.txt ERROR_FILE ${WORK}/err${run}.txt RESULT_VARIABLE exit_${run})
endforeach()

if(NOT exit_1 STREQUAL exit_2)
    message(FATAL_ERROR "exit codes differ: ${exit_1} and ${exit_2}")
endif()
if(NOT exit_1 MATCHES "^[01]$")
    message(FATAL_ERROR "mmvis --batch exited with ${exit_1}; see ${WORK}/err1.txt")
endif()
foreach(stream out err)
    execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${WORK}/${stream}1.txt ${WORK}/${stream}2.txt
        RESULT_VARIABLE different)
    if(different)
        message(FATAL_ERROR "the two runs' std${stream} differ: diff ${WORK}/${stream}1.txt ${WORK}/${stream}2.txt")
    endif()
endforeach()

# The comparison means something only if the script did a lot: events traced, errors
# reported (no invariant broken), and the hash printed.
file(READ ${WORK}/out1.txt output)
file(READ ${WORK}/err1.txt errors)
string(REGEX MATCHALL "\n  \\[[0-9]+\\] " events "${output}")
list(LENGTH events event_count)
if(event_count LESS 10000)
    message(FATAL_ERROR "only ${event_count} events traced; the script did too little to compare")
endif()
if(NOT output MATCHES "\nstate hash [0-9a-f]+\n$")
    message(FATAL_ERROR "no state hash at the end of the output")
endif()
if(errors MATCHES "invariant violated")
    message(FATAL_ERROR "an invariant broke during the run; see ${WORK}/err1.txt")
endif()
message(STATUS "3000 commands, ${event_count} events: both runs byte-identical")
