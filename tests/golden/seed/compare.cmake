# One golden output of the seed article: the CLI converts INPUT with ARGS
# (options separated by spaces) and must write exactly EXPECTED.
# Run as: cmake -DCLI=... -DINPUT=... "-DARGS=..." -DEXPECTED=... -DOUT=... -P compare.cmake
separate_arguments(argv UNIX_COMMAND "${ARGS}")
execute_process(COMMAND ${CLI} convert ${argv} -o ${OUT} ${INPUT}
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "article convert ${ARGS} failed (${rc}): ${err}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUT} ${EXPECTED}
                RESULT_VARIABLE same)
if(NOT same EQUAL 0)
  find_program(DIFF diff)
  if(DIFF)
    execute_process(COMMAND ${DIFF} -u ${EXPECTED} ${OUT})
  endif()
  message(FATAL_ERROR "${EXPECTED}: output of `article convert ${ARGS}` differs "
                      "(tests/golden/seed/regen.sh regenerates it; read the diff first)")
endif()
