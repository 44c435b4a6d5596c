# test_raw_text: the reader parses pages without their script and style
# bodies (lib/read_html/raw_text.c); libxml2 must build the same tree from
# both but for those bodies. The test calls the library's internal
# function, so it links the static library (hidden symbols link there).
if(TARGET article_static)
  find_package(ZLIB)
  add_executable(test_raw_text ${CMAKE_CURRENT_SOURCE_DIR}/raw_text/test_raw_text.c)
  article_warnings(test_raw_text)
  target_include_directories(test_raw_text PRIVATE ${PROJECT_SOURCE_DIR}/lib
    ${CMAKE_CURRENT_SOURCE_DIR}/unit)
  target_compile_definitions(test_raw_text PRIVATE
    ARTICLE_CORPUS_DIR="${PROJECT_SOURCE_DIR}/../shared/corpus" _POSIX_C_SOURCE=200809L
    $<$<BOOL:${ZLIB_FOUND}>:HAVE_ZLIB>)
  target_link_libraries(test_raw_text PRIVATE article::article_static PkgConfig::LIBXML2
    $<$<BOOL:${ZLIB_FOUND}>:ZLIB::ZLIB>)
  add_test(NAME test_raw_text COMMAND test_raw_text WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
endif()
