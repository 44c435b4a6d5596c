/* The page's comments — not written yet. */
#include "read_html.h"

article_status art_html_read_comments(art_html_ctx *ctx)
{
    (void)ctx;
    return ARTICLE_OK;
}
