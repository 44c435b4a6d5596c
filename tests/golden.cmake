# Golden pages for the HTML reader: tests/golden/html/<case>/input.html
# must read to exactly expected.json (one ctest test per case, so a
# failure names the rule it broke). tests/golden/regen.sh rewrites them.
if(TARGET article_cli)
  file(GLOB ARTICLE_GOLDEN_HTML LIST_DIRECTORIES true CONFIGURE_DEPENDS
       ${CMAKE_CURRENT_SOURCE_DIR}/golden/html/*)
  foreach(case ${ARTICLE_GOLDEN_HTML})
    if(IS_DIRECTORY ${case} AND EXISTS ${case}/input.html)
      get_filename_component(name ${case} NAME)
      add_test(NAME golden_html_${name}
        COMMAND ${CMAKE_COMMAND} -DCLI=$<TARGET_FILE:article_cli> -DCASE=${case}
                -DOUT=${CMAKE_CURRENT_BINARY_DIR}/golden_html_${name}.json
                -P ${CMAKE_CURRENT_SOURCE_DIR}/golden/compare.cmake)
    endif()
  endforeach()
endif()
