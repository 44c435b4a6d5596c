# test_writers parses the HTML writer's output back with libxml2 and its
# JSON-LD with jansson, so it links both (the library keeps them private).
if(TARGET test_writers)
  target_link_libraries(test_writers PRIVATE PkgConfig::LIBXML2 PkgConfig::JANSSON)
endif()
