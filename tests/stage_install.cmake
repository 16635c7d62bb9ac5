# Installs the build into a fresh staging prefix, as `cmake --install` would on a user's
# machine, for the checks of the installed desktop integration.
# Run as: cmake -DBUILD_DIR=... -DSTAGING_DIR=... -P stage_install.cmake
file(REMOVE_RECURSE "${STAGING_DIR}")
execute_process(
    COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${STAGING_DIR}"
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed:\n${output}")
endif()
