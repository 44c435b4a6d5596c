# The HTML writer's pages rendered in headless Chromium: the seed article
# (light, dark, Arabic right-to-left) and a few corpus pages; checks what
# was laid out against the model and leaves screenshots in
# <build>/tests/browser/*.png for a person to look at. Skipped, with a
# message, when chromium is not installed (scripts/setup.sh installs it).
find_package(Python3 COMPONENTS Interpreter QUIET)
if(Python3_Interpreter_FOUND AND TARGET article_cli)
  add_test(NAME browser
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/browser/browser_test.py
      --article $<TARGET_FILE:article_cli>
      --out ${CMAKE_CURRENT_BINARY_DIR}/browser
      --source-dir ${PROJECT_SOURCE_DIR}
      --corpus ${PROJECT_SOURCE_DIR}/../shared/corpus)
  # Chromium wants both cores; running it beside other tests only slows both.
  set_tests_properties(browser PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 600 RUN_SERIAL ON)
else()
  message(STATUS "python3 or the article command missing: the browser test is not run")
endif()
