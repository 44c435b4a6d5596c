# Installs the build into a scratch prefix and builds the examples against
# it three ways: find_package(article) with the shared library, with
# article::article_static, and a plain cc command line from pkg-config.
# Included from tests/CMakeLists.txt; the work is in cmake/install_test.cmake.
# (Not with sanitizers: programs built outside would lack their runtime.)
if(ARTICLE_BUILD_SHARED AND ARTICLE_BUILD_STATIC AND NOT ARTICLE_SANITIZE)
  add_test(NAME install COMMAND ${CMAKE_COMMAND}
    -DBUILD_DIR=${PROJECT_BINARY_DIR}
    -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
    -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/install-test
    -DLIBDIR=${CMAKE_INSTALL_LIBDIR}
    -DINCLUDEDIR=${CMAKE_INSTALL_INCLUDEDIR}
    -DGENERATOR=${CMAKE_GENERATOR}
    -DC_COMPILER=${CMAKE_C_COMPILER}
    -DHAVE_CLI=$<TARGET_EXISTS:article_cli>
    -P ${PROJECT_SOURCE_DIR}/cmake/install_test.cmake)
  # It runs the build's own install step, so keep it away from the builds
  # of other tests.
  set_tests_properties(install PROPERTIES RUN_SERIAL ON TIMEOUT 300)
endif()
