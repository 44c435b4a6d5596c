# ctest helper (cmake -P): runs COMMAND (a ;-list), which must exit 0 and
# print output matching the regular expression EXPECT. (ctest's own
# PASS_REGULAR_EXPRESSION would ignore the exit status.)
execute_process(COMMAND ${COMMAND} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
string(REPLACE "\n" " " flat "${out}")
if(NOT rc STREQUAL "0")
  message(FATAL_ERROR "exit status ${rc}\nstdout:\n${out}\nstderr:\n${err}")
endif()
if(NOT flat MATCHES "${EXPECT}")
  message(FATAL_ERROR "output does not match '${EXPECT}'\nstdout:\n${out}\nstderr:\n${err}")
endif()
message(STATUS "ok: output matches '${EXPECT}'")
