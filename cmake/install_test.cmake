# ctest "install" (cmake -P): install BUILD_DIR into WORK_DIR/prefix, then
# build and run the examples against the installed files only.
cmake_minimum_required(VERSION 3.16)
set(prefix ${WORK_DIR}/prefix)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})

# Runs a command; stops the test with its output when it fails.
function(run what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc STREQUAL "0")
    message(FATAL_ERROR "${what} failed (${rc}): ${ARGN}\n${out}\n${err}")
  endif()
  set(run_output "${out}" PARENT_SCOPE)
  message(STATUS "ok: ${what}")
endfunction()

run("install" ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix})

set(expected
  ${INCLUDEDIR}/article/article.h
  ${LIBDIR}/libarticle.so
  ${LIBDIR}/libarticle.a
  ${LIBDIR}/pkgconfig/article.pc
  ${LIBDIR}/cmake/article/articleConfig.cmake
  ${LIBDIR}/cmake/article/articleConfigVersion.cmake
  ${LIBDIR}/cmake/article/articleTargets.cmake)
if(HAVE_CLI)
  list(APPEND expected bin/article)
endif()
foreach(f IN LISTS expected)
  if(NOT EXISTS ${prefix}/${f})
    message(FATAL_ERROR "not installed: ${f}")
  endif()
endforeach()
if(EXISTS ${SOURCE_DIR}/docs/article.1 AND NOT EXISTS ${prefix}/share/man/man1/article.1)
  message(FATAL_ERROR "the man page was not installed")
endif()
file(GLOB soname ${prefix}/${LIBDIR}/libarticle.so.[0-9]*)
if(NOT soname)
  message(FATAL_ERROR "no versioned libarticle.so.N installed")
endif()

# The installed tool runs from the prefix as it is (RPATH $ORIGIN/../lib).
if(HAVE_CLI)
  run("installed article --version" ${prefix}/bin/article --version)
  if(NOT run_output MATCHES "^article [0-9]")
    message(FATAL_ERROR "article --version printed: ${run_output}")
  endif()
endif()

# The examples' programs that need no reader or writer (version) must run;
# the others are built and run too, but their output is checked by the
# in-tree example tests.
set(examples version readme convert build walk)
set(sample ${SOURCE_DIR}/examples/sample.html)

# 1 and 2: find_package(article), shared then static.
foreach(kind shared static)
  if(kind STREQUAL "static")
    set(static_flag ON)
  else()
    set(static_flag OFF)
  endif()
  set(bin ${WORK_DIR}/cmake-${kind})
  run("configure examples (${kind}) with find_package" ${CMAKE_COMMAND}
    -S ${SOURCE_DIR}/examples -B ${bin} -G ${GENERATOR}
    -DCMAKE_C_COMPILER=${C_COMPILER}
    -DCMAKE_PREFIX_PATH=${prefix} -DARTICLE_EXAMPLES_STATIC=${static_flag})
  run("build examples (${kind})" ${CMAKE_COMMAND} --build ${bin})
  run("run example_version (${kind})" ${bin}/example_version)
  if(kind STREQUAL "static")
    # Nothing of libarticle may be loaded at run time.
    execute_process(COMMAND ldd ${bin}/example_version OUTPUT_VARIABLE deps)
    if(deps MATCHES "libarticle")
      message(FATAL_ERROR "static example still loads libarticle:\n${deps}")
    endif()
  endif()
  run("run example_walk (${kind})" ${bin}/example_walk ${sample})
endforeach()

# 3: pkg-config and a plain compiler command line.
find_program(PKG_CONFIG NAMES pkg-config pkgconf REQUIRED)
set(ENV{PKG_CONFIG_PATH} ${prefix}/${LIBDIR}/pkgconfig)
run("pkg-config --modversion" ${PKG_CONFIG} --modversion article)
string(STRIP "${run_output}" version)
run("pkg-config --cflags --libs" ${PKG_CONFIG} --cflags --libs article)
separate_arguments(flags UNIX_COMMAND "${run_output}")
if(NOT flags MATCHES "-I${prefix}/${INCLUDEDIR}")
  message(FATAL_ERROR "pkg-config --cflags does not point into the prefix: ${flags}")
endif()
run("pkg-config --static --libs" ${PKG_CONFIG} --static --libs article)
if(NOT run_output MATCHES "-lxml2" OR NOT run_output MATCHES "-ljansson")
  message(FATAL_ERROR "pkg-config --static misses the dependencies: ${run_output}")
endif()
foreach(name IN LISTS examples)
  run("cc ${name}.c with pkg-config" ${C_COMPILER} -std=c11 -Wall -Werror
    ${SOURCE_DIR}/examples/${name}.c ${flags} -o ${WORK_DIR}/${name})
endforeach()
set(ENV{LD_LIBRARY_PATH} ${prefix}/${LIBDIR})
run("run version (pkg-config)" ${WORK_DIR}/version)
if(NOT run_output MATCHES "libarticle ${version} ")
  message(FATAL_ERROR "installed library is not version ${version}: ${run_output}")
endif()
run("run walk (pkg-config)" ${WORK_DIR}/walk ${sample})
run("run build (pkg-config)" ${WORK_DIR}/build)
if(NOT run_output MATCHES "\"format\": \"article/1\"")
  message(FATAL_ERROR "examples/build printed no article/1 JSON: ${run_output}")
endif()
message(STATUS "installed ${version} into ${prefix}; examples built 3 ways")
