# One golden case: the CLI reads CASE/input.html (with CASE/url and
# CASE/args when present) and must write exactly CASE/expected.json.
# Run as: cmake -DCLI=... -DCASE=... -DOUT=... -P compare.cmake
set(url_args "")
if(EXISTS ${CASE}/url)
  file(STRINGS ${CASE}/url url LIMIT_COUNT 1)
  set(url_args --url ${url})
endif()
set(extra "")
if(EXISTS ${CASE}/args)
  file(STRINGS ${CASE}/args extra LIMIT_COUNT 1)
  separate_arguments(extra UNIX_COMMAND "${extra}")
endif()
execute_process(COMMAND ${CLI} convert -f html ${url_args} ${extra} --pretty -o ${OUT}
                        ${CASE}/input.html
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "article convert failed (${rc}): ${err}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUT} ${CASE}/expected.json
                RESULT_VARIABLE same)
if(NOT same EQUAL 0)
  find_program(DIFF diff)
  if(DIFF)
    execute_process(COMMAND ${DIFF} -u ${CASE}/expected.json ${OUT})
  endif()
  message(FATAL_ERROR "${CASE}: output differs from expected.json "
                      "(tests/golden/regen.sh regenerates it; read the diff first)")
endif()
