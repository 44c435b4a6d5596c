/* The page's related — not written yet. */
#include "read_html.h"

article_status art_html_read_related(art_html_ctx *ctx)
{
    (void)ctx;
    return ARTICLE_OK;
}
