/* libFuzzer harness for whole pages: the same reader and checks as
 * fuzz_html.c, kept apart so that its corpus holds whole pages (seeded
 * from the shared corpus, run with a large -max_len and slowly) while
 * fuzz_html explores small element-level inputs fast. */
#include "fuzz_html.c"
