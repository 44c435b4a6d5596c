# CLI tests: pytest drives the built `article` command (tests/cli/test_*.py).
if(TARGET article_cli)
  find_package(Python3 COMPONENTS Interpreter)
  if(Python3_Interpreter_FOUND)
    add_test(NAME cli
      COMMAND ${Python3_EXECUTABLE} -m pytest -q -p no:cacheprovider
              ${CMAKE_CURRENT_SOURCE_DIR}/cli
      WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
    set_tests_properties(cli PROPERTIES
      ENVIRONMENT "ARTICLE_CLI=$<TARGET_FILE:article_cli>;ARTICLE_CORPUS_DIR=${PROJECT_SOURCE_DIR}/../shared/corpus;ARTICLE_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
      TIMEOUT 300)
  else()
    message(STATUS "python3 not found: the CLI tests are skipped")
  endif()
endif()
