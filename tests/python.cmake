# Python binding: build the cffi module into the build tree, then run pytest
# on bindings/python/tests against the freshly built libarticle.so.
if(ARTICLE_BUILD_PYTHON AND TARGET article)
  find_package(Python3 COMPONENTS Interpreter)
  if(Python3_Interpreter_FOUND)
    set(_py_out ${CMAKE_BINARY_DIR}/python)
    set(_py_src ${PROJECT_SOURCE_DIR}/bindings/python)
    add_test(NAME python_build
      COMMAND ${Python3_EXECUTABLE} ${_py_src}/_build.py --out ${_py_out}
      WORKING_DIRECTORY ${CMAKE_BINARY_DIR})
    set_tests_properties(python_build PROPERTIES
      FIXTURES_SETUP article_python
      ENVIRONMENT "ARTICLE_INCLUDE_DIR=${PROJECT_SOURCE_DIR}/include;ARTICLE_LIBRARY_DIR=$<TARGET_FILE_DIR:article>"
      TIMEOUT 300)

    set(_py_env
      "PYTHONPATH=${_py_out}"
      "PYTHONDONTWRITEBYTECODE=1"
      "LD_LIBRARY_PATH=$<TARGET_FILE_DIR:article>")
    if(ARTICLE_SANITIZE)
      # A sanitized libarticle.so in an unsanitized python: preload the
      # runtime, and leave leak checking to the C tests (python "leaks").
      execute_process(COMMAND ${CMAKE_C_COMPILER} -print-file-name=libasan.so
        OUTPUT_VARIABLE _asan OUTPUT_STRIP_TRAILING_WHITESPACE)
      list(APPEND _py_env "LD_PRELOAD=${_asan}" "ASAN_OPTIONS=detect_leaks=0")
    endif()
    # Run from the build tree, so that the source package (without its
    # compiled module) never shadows the built one on sys.path.
    add_test(NAME python
      COMMAND ${Python3_EXECUTABLE} -m pytest -q -p no:cacheprovider -rs --tb=short ${_py_src}/tests
      WORKING_DIRECTORY ${CMAKE_BINARY_DIR})
    set_tests_properties(python PROPERTIES
      FIXTURES_REQUIRED article_python
      ENVIRONMENT "${_py_env}"
      TIMEOUT 600)

    # `pip wheel .` at the root and the wheel in a fresh venv: no
    # libarticle.so, no LD_LIBRARY_PATH (it compiles the library again, at
    # -O0: about 8 s of CPU). Not under sanitizers: the wheel is a normal
    # build, and a sanitized python setup is not what users run.
    if(NOT ARTICLE_SANITIZE)
      add_test(NAME python_wheel
        COMMAND sh ${_py_src}/tests/check_wheel.sh ${PROJECT_SOURCE_DIR}
                ${CMAKE_BINARY_DIR}/python-wheel ${Python3_EXECUTABLE})
      set_tests_properties(python_wheel PROPERTIES TIMEOUT 600)
    endif()

    # The installed-library route: a scratch prefix, pkg-config, and the
    # module's rpath instead of LD_LIBRARY_PATH. It runs the build's install
    # step, so it runs alone, like the install test.
    if(ARTICLE_BUILD_SHARED AND NOT ARTICLE_SANITIZE)
      add_test(NAME python_prefix
        COMMAND sh ${_py_src}/tests/check_prefix.sh ${CMAKE_BINARY_DIR} ${PROJECT_SOURCE_DIR}
                ${CMAKE_BINARY_DIR}/python-prefix ${Python3_EXECUTABLE})
      set_tests_properties(python_prefix PROPERTIES RUN_SERIAL ON TIMEOUT 300)
    endif()
  else()
    message(STATUS "python3 not found: the Python binding tests are skipped")
  endif()
endif()
