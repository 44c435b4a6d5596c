# Threads: 8 threads read and write different corpus pages at once and must
# match a serial run (tests/threads/test_threads.c). scripts/ci-hardening.sh
# builds the same program with -fsanitize=thread. Skipped (code 77) when the
# corpus is absent.
find_package(ZLIB)
if(ZLIB_FOUND)
  add_executable(test_threads threads/test_threads.c)
  article_warnings(test_threads)
  target_compile_definitions(test_threads PRIVATE
    ARTICLE_CORPUS_DIR="${PROJECT_SOURCE_DIR}/../shared/corpus"
    _POSIX_C_SOURCE=200809L)
  target_link_libraries(test_threads PRIVATE article::article ZLIB::ZLIB Threads::Threads)
  add_test(NAME test_threads COMMAND test_threads)
  set_tests_properties(test_threads PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300)
endif()
