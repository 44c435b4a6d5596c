/* Metadata of the page — not written yet. */
#include "read_html.h"

article_status art_html_read_meta(art_html_ctx *ctx)
{
    (void)ctx;
    return ARTICLE_OK;
}
