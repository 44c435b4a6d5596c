# Fuzz harnesses. The replay programs build everywhere and ctest runs them
# on the seeds and regressions; with ARTICLE_FUZZ=ON (clang) the libFuzzer
# binaries are built too (tests/fuzz/run.sh drives them).
foreach(harness html json)
  add_executable(fuzz_${harness}_replay fuzz/fuzz_${harness}.c fuzz/replay.c)
  article_warnings(fuzz_${harness}_replay)
  target_compile_definitions(fuzz_${harness}_replay PRIVATE _POSIX_C_SOURCE=200809L)
  target_link_libraries(fuzz_${harness}_replay PRIVATE article::article)
  add_test(NAME fuzz_${harness}_replay
    COMMAND fuzz_${harness}_replay ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/seeds/${harness}
            ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/regressions/${harness})
  if(ARTICLE_FUZZ)
    add_executable(fuzz_${harness} fuzz/fuzz_${harness}.c)
    target_compile_options(fuzz_${harness} PRIVATE -fsanitize=fuzzer)
    target_link_options(fuzz_${harness} PRIVATE -fsanitize=fuzzer)
    target_link_libraries(fuzz_${harness} PRIVATE article_static)
  endif()
endforeach()
