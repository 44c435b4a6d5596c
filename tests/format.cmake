# The article/1 format is described once, by the member tables of
# lib/format.c; docs/article-1.schema.json must say the same (keys, their
# order, which are required, the type names). The check needs the tables,
# which only the static library lets a program see.
if(TARGET article_static)
  add_executable(test_format_schema format/test_format_schema.c)
  article_warnings(test_format_schema)
  target_include_directories(test_format_schema PRIVATE ${PROJECT_SOURCE_DIR}/lib
    ${CMAKE_CURRENT_SOURCE_DIR}/unit)
  target_link_libraries(test_format_schema PRIVATE article_static PkgConfig::LIBXML2
    PkgConfig::JANSSON)
  add_test(NAME test_format_schema COMMAND test_format_schema
    ${PROJECT_SOURCE_DIR}/docs/article-1.schema.json)
endif()
