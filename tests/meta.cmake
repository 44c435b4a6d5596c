# Metadata quality (tests/bench/meta_score.py): publication dates on the
# dates/ corpus, dates, authors and titles on the modern/ articles, per
# half. The floors sit just under what the reader reaches (a few seconds;
# no peer needed), so that a regression fails; raise them as it improves.
find_package(Python3 COMPONENTS Interpreter QUIET)
set(ARTICLE_DATES_CORPUS ${PROJECT_SOURCE_DIR}/../shared/corpus/dates)
if(Python3_FOUND AND TARGET article AND EXISTS ${ARTICLE_DATES_CORPUS}/expected.json
   AND EXISTS ${PROJECT_SOURCE_DIR}/../shared/corpus/modern/ground-truth.json)
  add_test(NAME meta_score
    COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tests/bench/meta_score.py
      --lib $<TARGET_FILE:article> --corpus-root ${PROJECT_SOURCE_DIR}/../shared/corpus
      --min dates:tune:acc:0.915 --min dates:check:acc:0.925
      --min dates:all:found:0.97 --min dates:all:right_when_found:0.945
      --min modern:tune:date:0.93 --min modern:check:date:0.93
      --min modern:tune:author:0.88 --min modern:check:author:0.85
      --min modern:tune:author_exact:0.88 --min modern:check:author_exact:0.84
      --min modern:tune:title:0.91 --min modern:check:title:0.80)
endif()
