/* The article body: find the element that holds it (score.c), then
 * convert it to sections and blocks (convert.c), leaving out boilerplate
 * (clean.c) exactly as the scorer judged it (the marks it leaves on the
 * tree, taken off here). */
#include "read_html.h"

article_status art_html_read_content(art_html_ctx *ctx)
{
    const xmlNode *body = NULL;
    article_status st = art_html_find_body(ctx, &body);
    if (st == ARTICLE_OK && body)
        st = art_html_convert_body(ctx, body);
    art_html_clear_marks(xmlDocGetRootElement(ctx->html));
    return st;
}
