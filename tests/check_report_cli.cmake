# Runs `dispute-explorer --report` as a user would, with no display: a PDF and an HTML report of
# the compiled-in dataset; a missing data file (exit 1, nothing written); a bad suffix (exit 2).
#
#   cmake -DPROGRAM=<dispute-explorer> -DWORK_DIR=<empty folder> -P check_report_cli.cmake

set(ENV{DISPLAY} "")
set(ENV{WAYLAND_DISPLAY} "")
unset(ENV{QT_QPA_PLATFORM})
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

function(expect_run expected_code)
    execute_process(COMMAND "${PROGRAM}" ${ARGN} RESULT_VARIABLE code
        OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT code EQUAL expected_code)
        message(FATAL_ERROR "${ARGN}: exit ${code}, expected ${expected_code}\n${out}${err}")
    endif()
    set(last_stderr "${err}" PARENT_SCOPE)
endfunction()

expect_run(0 --report "${WORK_DIR}/report.pdf")
file(READ "${WORK_DIR}/report.pdf" pdf_start LIMIT 5 HEX)
if(NOT pdf_start STREQUAL "255044462d") # "%PDF-"
    message(FATAL_ERROR "report.pdf is not a PDF")
endif()

expect_run(0 --report "${WORK_DIR}/report.html")
file(READ "${WORK_DIR}/report.html" html)
string(FIND "${html}" "<svg" svg_at)
string(FIND "${html}" "Mark Truby" truby_at)
if(svg_at EQUAL -1 OR truby_at EQUAL -1)
    message(FATAL_ERROR "report.html lacks the chart or the denial")
endif()

expect_run(1 --report "${WORK_DIR}/not-written.pdf" "${WORK_DIR}/missing.json")
if(EXISTS "${WORK_DIR}/not-written.pdf")
    message(FATAL_ERROR "a report was written although its data file was missing")
endif()
string(FIND "${last_stderr}" "missing.json" named_at)
if(named_at EQUAL -1)
    message(FATAL_ERROR "the error does not name the missing file: ${last_stderr}")
endif()

expect_run(2 --report "${WORK_DIR}/report.docx")
