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

# The seed article (examples/seed-article.json) in every output format:
# one test per line of tests/golden/seed/cases, which
# tests/golden/seed/regen.sh rewrites. examples/seed-article.html is one of
# them, so the example cannot go stale. Two more hold without a golden of
# their own: the hand-written JSON is already canonical (the writer gives
# it back byte for byte), and the HTML golden reads back to it.
if(TARGET article_cli)
  set(_seed_dir ${CMAKE_CURRENT_SOURCE_DIR}/golden/seed)
  file(STRINGS ${_seed_dir}/cases _seed_cases REGEX "^[^#]")
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${_seed_dir}/cases)
  set(_seed_tests "")
  foreach(line ${_seed_cases})
    separate_arguments(words UNIX_COMMAND "${line}")
    list(POP_FRONT words input output)
    get_filename_component(name ${output} NAME)
    string(REPLACE "seed-article." "" name ${name})
    string(REPLACE "." "_" name ${name})
    if(output MATCHES "^examples/")
      set(name example_${name})
    endif()
    list(JOIN words " " args)
    add_test(NAME golden_seed_${name}
      COMMAND ${CMAKE_COMMAND} -DCLI=$<TARGET_FILE:article_cli>
              -DINPUT=${PROJECT_SOURCE_DIR}/${input} -DEXPECTED=${PROJECT_SOURCE_DIR}/${output}
              "-DARGS=${args}" -DOUT=${CMAKE_CURRENT_BINARY_DIR}/golden_seed_${name}
              -P ${_seed_dir}/compare.cmake)
  endforeach()
  add_test(NAME golden_seed_json_is_canonical
    COMMAND ${CMAKE_COMMAND} -DCLI=$<TARGET_FILE:article_cli>
            -DINPUT=${PROJECT_SOURCE_DIR}/examples/seed-article.json
            -DEXPECTED=${PROJECT_SOURCE_DIR}/examples/seed-article.json
            "-DARGS=-t json --pretty" -DOUT=${CMAKE_CURRENT_BINARY_DIR}/golden_seed_canonical.json
            -P ${_seed_dir}/compare.cmake)
  add_test(NAME golden_seed_html_reads_back
    COMMAND ${CMAKE_COMMAND} -DCLI=$<TARGET_FILE:article_cli>
            -DINPUT=${_seed_dir}/seed-article.html -DEXPECTED=${_seed_dir}/seed-article.json
            "-DARGS=-f html -t json --pretty"
            -DOUT=${CMAKE_CURRENT_BINARY_DIR}/golden_seed_read_back.json
            -P ${_seed_dir}/compare.cmake)
endif()
