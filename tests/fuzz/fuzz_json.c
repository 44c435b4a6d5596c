/* libFuzzer harness: the JSON reader on arbitrary bytes; for any accepted
 * input, every writer runs, JSON is a fixed point and HTML round-trips. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    article_error err;
    article_doc *doc = article_from_json((const char *)data, size, NULL, &err);
    if (doc)
        fuzz_emit((const char *)data, size);
    fuzz_check_read(doc, &err, "from_json failed without an error");
    return 0;
}
