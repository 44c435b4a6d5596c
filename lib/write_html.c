/* HTML writer — not written yet. */
#include "internal.h"

article_status article_write_html(const article_doc *doc, article_sink sink, void *ctx,
                  const article_options *opts, article_error *err)
{
    (void)doc;
    (void)sink;
    (void)ctx;
    (void)opts;
    return art_error_set(err, ARTICLE_ERR_INVALID_ARG, "not implemented");
}
