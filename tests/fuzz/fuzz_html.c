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
    fuzz_check_read(doc, &err, "from_html failed without an error");
    return 0;
}
