# Install rules and the two ways for users to find an installed libarticle:
# pkg-config (article.pc) and CMake (find_package(article), which gives
# article::article and article::article_static). Included from the root
# CMakeLists.txt after every target is defined.
include(CMakePackageConfigHelpers)

set(ARTICLE_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/article)

install(FILES include/article/article.h DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/article)

install(TARGETS ${ARTICLE_TARGETS}
  EXPORT articleTargets
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

if(TARGET article_cli)
  # The installed tool finds its libarticle.so relative to itself, so that
  # a prefix outside the loader's path works without LD_LIBRARY_PATH.
  if(NOT APPLE AND NOT WIN32)
    if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
      set(_article_rpath "${CMAKE_INSTALL_LIBDIR}")
    else()
      file(RELATIVE_PATH _article_rpath "/_/${CMAKE_INSTALL_BINDIR}" "/_/${CMAKE_INSTALL_LIBDIR}")
      set(_article_rpath "\$ORIGIN/${_article_rpath}")
    endif()
    set_target_properties(article_cli PROPERTIES INSTALL_RPATH "${_article_rpath}")
  endif()
  install(TARGETS article_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
# The CLI's man page, once it is written.
install(FILES docs/article.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 OPTIONAL)

# CMake package: targets under article::, a config that finds the
# dependencies the static library needs, and a version file. Before 1.0
# every minor release may break the API, so only the same minor matches.
install(EXPORT articleTargets NAMESPACE article:: DESTINATION ${ARTICLE_CMAKE_DIR})
configure_package_config_file(cmake/articleConfig.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/articleConfig.cmake
  INSTALL_DESTINATION ${ARTICLE_CMAKE_DIR})
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/articleConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/articleConfig.cmake
              ${CMAKE_CURRENT_BINARY_DIR}/articleConfigVersion.cmake
  DESTINATION ${ARTICLE_CMAKE_DIR})

# pkg-config: the prefix is written at install time, so that the file names
# the prefix actually installed to (cmake --install --prefix P), not the one
# configured. Directories under it stay relative to ${prefix}.
function(article_pc_dir out dir)
  if(IS_ABSOLUTE "${dir}")
    set(${out} "${dir}" PARENT_SCOPE)
  else()
    set(${out} "\${prefix}/${dir}" PARENT_SCOPE)
  endif()
endfunction()
article_pc_dir(ARTICLE_PC_LIBDIR "${CMAKE_INSTALL_LIBDIR}")
article_pc_dir(ARTICLE_PC_INCLUDEDIR "${CMAKE_INSTALL_INCLUDEDIR}")
set(ARTICLE_PC_PREFIX "@ARTICLE_PC_PREFIX@") # kept for the install-time pass
configure_file(cmake/article.pc.in ${CMAKE_CURRENT_BINARY_DIR}/article.pc.in @ONLY)
install(CODE "
  set(ARTICLE_PC_PREFIX \"\${CMAKE_INSTALL_PREFIX}\")
  configure_file(\"${CMAKE_CURRENT_BINARY_DIR}/article.pc.in\"
                 \"${CMAKE_CURRENT_BINARY_DIR}/article.pc\" @ONLY)")
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/article.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
