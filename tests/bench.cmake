# The benchmark program, tests/bench/bench.c: a build target, never a test
# (timings on a shared machine are not pass/fail). Build and run it with
#   ninja -C BUILD bench_article && BUILD/bench_article
# See tests/bench/README.md. It needs zlib for the .html.gz corpus.
find_package(ZLIB)
if(ZLIB_FOUND)
  add_executable(bench_article ${CMAKE_CURRENT_SOURCE_DIR}/bench/bench.c)
  article_warnings(bench_article)
  target_compile_definitions(bench_article PRIVATE
    ARTICLE_CORPUS_DIR="${PROJECT_SOURCE_DIR}/../shared/corpus")
  target_link_libraries(bench_article PRIVATE article::article PkgConfig::LIBXML2
    PkgConfig::JANSSON ZLIB::ZLIB)
  # Next to the CLI, where tests/bench/peers.sh looks for it.
  set_target_properties(bench_article PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR})
else()
  message(STATUS "zlib not found: no bench_article")
endif()
