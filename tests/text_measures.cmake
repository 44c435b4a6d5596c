# test_text_measures: the reader's per-text measures that long pages pay
# for at every paragraph (art_visible_chars eight bytes at a time, the
# byline test word by word, art_unit_fold eight bytes at a time) against
# their plain definitions, and art_meta_date_possible's eight-byte skip
# with a year at every offset. Internal functions: it links the static
# library (hidden symbols link there).
if(TARGET article_static)
  add_executable(test_text_measures ${CMAKE_CURRENT_SOURCE_DIR}/text_measures/test_text_measures.c)
  article_warnings(test_text_measures)
  target_include_directories(test_text_measures PRIVATE ${PROJECT_SOURCE_DIR}/lib
    ${CMAKE_CURRENT_SOURCE_DIR}/unit)
  target_compile_definitions(test_text_measures PRIVATE _POSIX_C_SOURCE=200809L)
  target_link_libraries(test_text_measures PRIVATE article::article_static PkgConfig::LIBXML2)
  add_test(NAME test_text_measures COMMAND test_text_measures)
endif()
