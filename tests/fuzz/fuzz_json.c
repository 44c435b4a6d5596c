/* libFuzzer harness: the JSON reader on arbitrary bytes; for any accepted
 * input, every writer runs, JSON is a fixed point and HTML round-trips. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    article_error err;
    article_doc *doc = article_from_json((const char *)data, size, NULL, &err);
    if (!doc) {
        if (err.status == ARTICLE_OK || err.message[0] == '\0')
            fuzz_fail("from_json failed without an error", NULL, NULL);
        return 0;
    }
    char *json = fuzz_write_all(doc);
    fuzz_check_round_trips(doc, json);
    article_free(json);
    article_doc_free(doc);
    return 0;
}
