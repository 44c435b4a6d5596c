/* HTML reader — not written yet. */
#include "../internal.h"

article_doc *article_from_html(const char *data, size_t len, const article_options *opts,
                      article_error *err)
{
    (void)data;
    (void)len;
    (void)opts;
    art_error_clear(err);
    art_error_set(err, ARTICLE_ERR_INVALID_ARG, "not implemented");
    return NULL;
}
