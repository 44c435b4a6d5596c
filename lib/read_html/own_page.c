/* The library's own pages (own_page.h): recognised by the writer's mark,
 * read by the strict reader, every mismatch an error. */
#include "own_page.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

const xmlNode *art_own_head(htmlDocPtr page)
{
    xmlNodePtr root = xmlDocGetRootElement(page);
    for (xmlNodePtr n = root ? root->children : NULL; n; n = n->next)
        if (art_dom_is(n, "head"))
            return n;
    return NULL;
}

/* <meta name="generator" content="libarticle ..."> in the head (full
 * mode; a fragment has no head and is read as any page). */
int art_own_page(htmlDocPtr page)
{
    static const char mark[] = "libarticle ";
    const xmlNode *head = art_own_head(page);
    for (const xmlNode *h = head ? head->children : NULL; h; h = h->next) {
        const char *name = art_dom_is(h, "meta") ? art_dom_attr(h, "name") : NULL;
        const char *content =
            name && strcasecmp(name, "generator") == 0 ? art_dom_attr(h, "content") : NULL;
        if (content && strncmp(content, mark, sizeof mark - 1) == 0)
            return 1;
    }
    return 0;
}

article_status art_own_error_at(art_html_ctx *ctx, const xmlNode *at, const char *fmt, ...)
{
    char why[ARTICLE_ERROR_MESSAGE_LENGTH];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why, sizeof why, fmt, ap);
    va_end(ap);
    art_error_set(ctx->err, ARTICLE_ERR_SCHEMA, "own page: %s", why);
    long line = at ? xmlGetLineNo(at) : 0;
    if (line > 0)
        art_error_set_position(ctx->err, (int)line, 0, 0);
    return ARTICLE_ERR_SCHEMA;
}
