/* The body of a page that is not an article. The scorer (score.c) looks
 * for one run of prose; a product, listing, service or documentation
 * page has its content in many short pieces around such a run: the
 * price, the options and the specifications beside a product's
 * description, the items of a listing under its introduction, the
 * feature boxes of a service page. So on such a page (the type guessed
 * from the page's signals and the body read so far, as page_type.c
 * guesses it) the body becomes the page's main column, read again
 * keeping what is only weakly flagged by class (cards, teasers, "meta"
 * boxes) as ARTICLE_OPT_RECALL does. Navigation, headers, footers,
 * asides, pop-ups and strongly flagged boilerplate stay out, as in any
 * body. */
#include "read_html.h"

/* The smallest element around both a and b. */
static const xmlNode *common_ancestor(const xmlNode *a, const xmlNode *b)
{
    for (const xmlNode *x = a; x; x = x->parent)
        for (const xmlNode *y = b; y; y = y->parent)
            if (x == y)
                return x;
    return NULL;
}

/* On a page that marks no main column: the smallest element around both
 * the page's first <h1> and body, when the headline is not inside body.
 * The headline opens the main column and the body found sits in it; the
 * page's own header (menus of plain <div>s, a region picker) and a
 * sidebar beside the column (a book's chapter list) stay out. Not on a
 * product page: its headline sits in the buy box beside the gallery, and
 * the description below them both. NULL when there is no such element. */
static const xmlNode *headline_column(art_html_ctx *ctx, xmlNode *page, const xmlNode *body)
{
    if (!art_html_rule(ctx, ART_RULE_HEADLINE_COLUMN))
        return NULL;
    const xmlNode *h1 = NULL;
    for (xmlNode *n = page; n && !h1; n = art_dom_next(n, page))
        if (n->type == XML_ELEMENT_NODE && art_dom_is(n, "h1"))
            h1 = n;
    const xmlNode *col = h1 ? common_ancestor(h1, body) : NULL;
    return col == body ? NULL : col;
}

/* The main column that holds body: the innermost <main> (or role=main)
 * around it; else the smallest element around both the page's <main>
 * and body (a description set just after the main element); else, on a
 * page that marks no main column, the smallest element around its
 * headline and body (headline_column), else the whole page. */
static const xmlNode *column_of(art_html_ctx *ctx, const xmlNode *body, article_page_type type)
{
    for (const xmlNode *n = body; n && n->type == XML_ELEMENT_NODE; n = n->parent)
        if (art_html_is_main(n))
            return n;
    xmlNode *page = art_dom_body(ctx->html);
    const xmlNode *main = NULL;
    for (xmlNode *n = page; n && !main; n = art_dom_next(n, page))
        if (art_html_is_main(n))
            main = n;
    if (!main) {
        const xmlNode *col = type != ARTICLE_PAGE_PRODUCT ? headline_column(ctx, page, body) : NULL;
        return col ? col : page;
    }
    const xmlNode *col = common_ancestor(main, body);
    return col ? col : page;
}

/* 1 when the page shows some mark of a kind other than an article: a
 * declared type (schema.org, og:type), prices, "Add to cart", calls to
 * action, documentation furniture, code. The type model's bias alone
 * leans to service or listing on a short undated page, which is as often
 * an article with no metadata; widening such a body would take in the
 * page around it. */
static int marked_other(const art_page_signals *p)
{
    unsigned kinds = ART_SCHEMA_TECH | ART_SCHEMA_PRODUCT | ART_SCHEMA_LISTING |
                     ART_SCHEMA_SERVICE | ART_SCHEMA_FAQ | ART_SCHEMA_BUSINESS;
    return (p->schema & kinds) || p->og == ART_OG_PRODUCT || p->og == ART_OG_PRODUCT_GROUP ||
           p->prices || p->carts || p->calls || p->doc_marks || p->code;
}

/* 1 when the page, with stats its body as read, reads as a product,
 * service, documentation or listing page. A listing whose body as read is
 * mostly long paragraphs is an article with many links around it (a news
 * story beside its strips of teasers): listing is the classifier's
 * weakest guess against an article. */
static int other_type(art_html_ctx *ctx, const art_body_stats *stats, article_page_type *type)
{
    /* A page that shows no mark is still a listing when the type says so
     * and the body as read holds no paragraph of 150 characters and at
     * most one of prose (a sentence's end): an article has them, a list
     * of headlines, entries or jobs under a line of introduction has
     * not. */
    int bare = stats->long_prose <= 0 && stats->prose > 0 &&
               art_html_rule(ctx, ART_RULE_BARE_LISTINGS) && stats->sentences < 2;
    int marked = marked_other(&ctx->page);
    if (!marked && !bare)
        return 0;
    *type = art_html_guess_page_type(ctx, stats);
    switch (*type) {
    case ARTICLE_PAGE_PRODUCT:
    case ARTICLE_PAGE_SERVICE:
    case ARTICLE_PAGE_DOCUMENTATION:
        return marked;
    case ARTICLE_PAGE_LISTING:
        return stats->long_prose * 2 < stats->prose;
    default:
        return 0;
    }
}

article_status art_html_read_page_column(art_html_ctx *ctx, const xmlNode *body)
{
    art_body_stats stats;
    art_html_doc_body_stats(ctx, &stats);
    article_page_type type = ARTICLE_PAGE_NONE;
    if (!other_type(ctx, &stats, &type))
        return ARTICLE_OK;
    /* The column holds the body, whose blocks the converter may have
     * freed on a long page: read_html.c then reads the page again. */
    if (ctx->tree_freed) {
        ctx->needs_tree = 1;
        return ARTICLE_OK;
    }
    const xmlNode *col = column_of(ctx, body, type);
    if (!col)
        return ARTICLE_OK;
    ctx->widened = 1;
    ctx->typed_body = stats;
    /* The scorer's verdicts on flagged elements were made for an
     * article's body: the converter judges them again, but for the page
     * wrapper the scorer spared. */
    art_html_clear_marks(xmlDocGetRootElement(ctx->html));
    if (ctx->spared)
        ctx->spared->_private = ART_HTML_MARK_KEEP;
    art_html_drop_sections(ctx);
    unsigned flags = ctx->flags;
    ctx->flags |= ARTICLE_OPT_RECALL;
    article_status st = art_html_convert_body(ctx, col);
    ctx->flags = flags;
    return st;
}
