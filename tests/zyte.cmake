# Extraction quality on the zyte article-extraction-benchmark (corpus read
# in place). The floors sit just under what the reader reaches, so that a
# regression fails; raise them as the reader improves.
find_package(Python3 COMPONENTS Interpreter QUIET)
set(ARTICLE_ZYTE_CORPUS ${PROJECT_SOURCE_DIR}/../shared/corpus/zyte)
if(Python3_FOUND AND TARGET article AND EXISTS ${ARTICLE_ZYTE_CORPUS}/ground-truth.json)
  add_test(NAME zyte_score
    COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tests/bench/zyte_score.py
      --corpus ${ARTICLE_ZYTE_CORPUS} --article-lib $<TARGET_FILE:article>
      --min-f1 0.97 --min-precision 0.955 --min-recall 0.985)
endif()

# Sanity guard on the Readability.js pages: our body against theirs, same
# shingle metric (their output is an opinion, so the floor is loose).
set(ARTICLE_READABILITY_CORPUS ${PROJECT_SOURCE_DIR}/../shared/corpus/readability/pages)
if(Python3_FOUND AND TARGET article AND EXISTS ${ARTICLE_READABILITY_CORPUS})
  add_test(NAME readability_score
    COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tests/bench/readability_score.py
      --corpus ${ARTICLE_READABILITY_CORPUS} --article-lib $<TARGET_FILE:article>
      --min-f1 0.965)
endif()

# Every development corpus, per half (tests/bench/corpus_score.py): floors
# just under what the reader reaches on the modern web set (500 pages, a
# few seconds), overall, per page-type group and per half, and a ceiling
# on the pages that fail outright (F1 under 0.3).
set(ARTICLE_MODERN_CORPUS ${PROJECT_SOURCE_DIR}/../shared/corpus/modern)
if(Python3_FOUND AND TARGET article AND EXISTS ${ARTICLE_MODERN_CORPUS}/ground-truth.json)
  add_test(NAME modern_score
    COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tests/bench/corpus_score.py
      --article-lib $<TARGET_FILE:article> --corpus modern --corpus zyte --no-fallback-count
      --min modern:all:all:0.813 --min modern:all:tune:0.811 --min modern:all:check:0.814
      --min modern:article+blog:all:0.957 --min modern:article+blog:tune:0.943
      --min modern:article+blog:check:0.969
      --min modern:forum:all:0.724 --min modern:forum:tune:0.713 --min modern:forum:check:0.734
      --min modern:other:all:0.678 --min modern:other:tune:0.698 --min modern:other:check:0.659
      --min zyte:all:tune:0.972 --min zyte:all:check:0.974
      --max-under-03 modern:50 --max-empty-bodies 1)
endif()

# Page type and confidence on the modern web set, per half
# (tests/bench/pagetype_score.py): floors just under what the reader
# reaches, so a change elsewhere in the reader that breaks them shows.
if(Python3_FOUND AND TARGET article AND EXISTS ${ARTICLE_MODERN_CORPUS}/ground-truth.json)
  add_test(NAME pagetype_score
    COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tests/bench/pagetype_score.py
      --article-lib $<TARGET_FILE:article> --corpus ${ARTICLE_MODERN_CORPUS}
      --min-accuracy 0.855 --min-article-precision 0.91 --min-article-recall 0.90
      --min-confident-f1 0.94 --min-bad-low-share 0.88)
endif()
