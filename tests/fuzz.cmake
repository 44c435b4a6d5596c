# Fuzz harnesses. The replay programs build everywhere and ctest runs them
# on the seeds, the kept corpus and the regressions; with ARTICLE_FUZZ=ON
# (clang) the libFuzzer binaries are built too (tests/fuzz/run.sh and
# tests/fuzz/campaign.sh drive them). tests/fuzz/README.md lists them.
foreach(harness html page json model)
  add_executable(fuzz_${harness}_replay fuzz/fuzz_${harness}.c fuzz/replay.c)
  article_warnings(fuzz_${harness}_replay)
  target_compile_definitions(fuzz_${harness}_replay PRIVATE _POSIX_C_SOURCE=200809L)
  target_link_libraries(fuzz_${harness}_replay PRIVATE article::article)
  set(dirs)
  foreach(kind seeds corpus regressions)
    if(IS_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/${kind}/${harness})
      list(APPEND dirs ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/${kind}/${harness})
    endif()
  endforeach()
  if(harness STREQUAL "page")
    # Its corpus is not kept (README): the HTML regressions stand in.
    set(dirs ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/regressions/html)
  endif()
  add_test(NAME fuzz_${harness}_replay COMMAND fuzz_${harness}_replay ${dirs})
  if(ARTICLE_FUZZ)
    add_executable(fuzz_${harness} fuzz/fuzz_${harness}.c)
    target_compile_options(fuzz_${harness} PRIVATE -fsanitize=fuzzer)
    target_link_options(fuzz_${harness} PRIVATE -fsanitize=fuzzer)
    target_link_libraries(fuzz_${harness} PRIVATE article_static)
  endif()
endforeach()

# The CLI's batch input (lib/cli, without its main): one file per input.
set(ARTICLE_FUZZ_CLI_SOURCES ${ARTICLE_CLI_SOURCES})
list(FILTER ARTICLE_FUZZ_CLI_SOURCES EXCLUDE REGEX "/main\\.c$")
if(ARTICLE_FUZZ_CLI_SOURCES)
  find_package(ZLIB REQUIRED)
  set(batch_targets fuzz_batch_replay)
  add_executable(fuzz_batch_replay fuzz/fuzz_batch.c fuzz/replay.c ${ARTICLE_FUZZ_CLI_SOURCES})
  target_link_libraries(fuzz_batch_replay PRIVATE article::article)
  set(dirs)
  foreach(kind seeds corpus regressions)
    if(IS_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/${kind}/batch)
      list(APPEND dirs ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/${kind}/batch)
    endif()
  endforeach()
  add_test(NAME fuzz_batch_replay COMMAND fuzz_batch_replay ${dirs})
  if(ARTICLE_FUZZ)
    add_executable(fuzz_batch fuzz/fuzz_batch.c ${ARTICLE_FUZZ_CLI_SOURCES})
    target_compile_options(fuzz_batch PRIVATE -fsanitize=fuzzer)
    target_link_options(fuzz_batch PRIVATE -fsanitize=fuzzer)
    target_link_libraries(fuzz_batch PRIVATE article_static)
    list(APPEND batch_targets fuzz_batch)
  endif()
  foreach(t ${batch_targets})
    article_warnings(${t})
    target_compile_definitions(${t} PRIVATE _POSIX_C_SOURCE=200809L)
    target_link_libraries(${t} PRIVATE ZLIB::ZLIB Threads::Threads PkgConfig::LIBXML2)
  endforeach()
endif()

# The Python binding under Atheris (tests/fuzz/fuzz_python.py): ctest
# replays its seeds and kept corpus without Atheris, on the binding built
# by python.cmake.
if(ARTICLE_BUILD_PYTHON AND TARGET article)
  find_package(Python3 COMPONENTS Interpreter)
  if(Python3_Interpreter_FOUND)
    add_test(NAME fuzz_python_replay
      COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/fuzz_python.py --replay
              ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/seeds/python ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/corpus/python
              ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/regressions/python
      WORKING_DIRECTORY ${CMAKE_BINARY_DIR})
    set_tests_properties(fuzz_python_replay PROPERTIES
      FIXTURES_REQUIRED article_python
      ENVIRONMENT "PYTHONPATH=${CMAKE_BINARY_DIR}/python;PYTHONDONTWRITEBYTECODE=1;LD_LIBRARY_PATH=$<TARGET_FILE_DIR:article>")
  endif()
endif()
