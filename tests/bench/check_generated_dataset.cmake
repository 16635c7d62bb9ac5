# Generates a benchmark dataset and reads it back with `dispute-explorer --validate`, so the
# generator keeps writing files the program accepts without an error or a warning.
#
#   cmake -DGENERATOR=<bench_generate> -DPROGRAM=<dispute-explorer> -DWORK_DIR=<folder>
#         -DSTATEMENTS=1000 -P check_generated_dataset.cmake

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(data "${WORK_DIR}/bench-${STATEMENTS}.json")

execute_process(COMMAND "${GENERATOR}" "${data}" "${STATEMENTS}" RESULT_VARIABLE code
    ERROR_VARIABLE err)
if(NOT code EQUAL 0)
    message(FATAL_ERROR "the generator failed (exit ${code}): ${err}")
endif()

execute_process(COMMAND "${PROGRAM}" --validate "${data}" RESULT_VARIABLE code
    OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT code EQUAL 0 OR NOT err STREQUAL "")
    message(FATAL_ERROR "the generated dataset does not validate cleanly (exit ${code}):\n${err}")
endif()
if(NOT out MATCHES ": ok, [0-9]+ actors, ${STATEMENTS} statements, [0-9]+ sources")
    message(FATAL_ERROR "unexpected --validate output: ${out}")
endif()
