/* libFuzzer harness: the HTML reader on arbitrary bytes, then every writer
 * and both round trips on what it made. The first byte picks options. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    article_options opts;
    fuzz_options(data[0], &opts);
    article_error err;
    article_doc *doc = article_from_html((const char *)data + 1, size - 1, &opts, &err);
    if (!doc) {
        if (err.status == ARTICLE_OK || err.message[0] == '\0')
            fuzz_fail("from_html failed without an error", NULL, NULL);
        return 0;
    }
    char *json = fuzz_write_all(doc);
    fuzz_check_round_trips(doc, json);
    article_free(json);
    article_doc_free(doc);
    return 0;
}
