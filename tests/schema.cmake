# The JSON Schema of article/1 against the project's own JSON files.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME schema
    COMMAND ${Python3_EXECUTABLE} -m pytest -q -p no:cacheprovider ${CMAKE_CURRENT_SOURCE_DIR}/schema
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(schema PROPERTIES ENVIRONMENT "ARTICLE_BUILD_DIR=${PROJECT_BINARY_DIR}")
endif()
