/* The article body: find the element that holds it (score.c), then
 * convert it to sections and blocks (convert.c), leaving out boilerplate
 * (clean.c) exactly as the scorer judged it (the marks it leaves on the
 * tree, taken off here) and pull quotes that repeat it (pullquote.c). */
#include "body_units.h"
#include "read_html.h"

/* Input that is one <article> and nothing else, not even a <head> (a
 * fragment article_to_html() wrote, or a snippet a caller cut out): the
 * whole of it is the body. Scoring would keep only its largest section
 * when the others are short link lists ("See also"). */
static const xmlNode *lone_article(art_html_ctx *ctx)
{
    const xmlNode *root = xmlDocGetRootElement(ctx->html);
    for (const xmlNode *n = root ? root->children : NULL; n; n = n->next)
        if (art_dom_is(n, "head"))
            return NULL;
    const xmlNode *body = art_dom_body(ctx->html), *found = NULL;
    for (const xmlNode *n = body ? body->children : NULL; n; n = n->next) {
        if (n->type == XML_TEXT_NODE && n->content) {
            for (const char *p = (const char *)n->content; *p; p++)
                if (!art_is_space((unsigned char)*p))
                    return NULL;
        } else if (n->type == XML_ELEMENT_NODE) {
            if (found || !art_dom_is(n, "article"))
                return NULL;
            found = n;
        }
    }
    return found;
}

article_status art_html_read_content(art_html_ctx *ctx)
{
    const xmlNode *body = NULL;
    /* Scored all the same: the converter follows the marks the scorer
     * leaves on flagged elements. */
    art_html_reveal_deferred(ctx);
    article_status st = art_html_find_body(ctx, &body);
    const xmlNode *lone =
        st == ARTICLE_OK && art_html_rule(ctx, ART_RULE_LONE_ARTICLE) ? lone_article(ctx) : NULL;
    if (lone)
        body = lone;
    /* A thread's opening post, as thread.c found it. */
    if (st == ARTICLE_OK && ctx->thread_body)
        body = ctx->thread_body;
    /* Before conversion, while the scorer's marks still say what the
     * converter will leave out (pullquote.c). */
    if (st == ARTICLE_OK && body && art_html_rule(ctx, ART_RULE_PULL_QUOTES))
        st = art_html_drop_pull_quotes(ctx, body);
    /* The writer's box after the article; a thread's posts keep theirs,
     * and a lone <article> fragment (what article_to_html() wrote) is
     * read whole. */
    if (st == ARTICLE_OK && body && !lone && !ctx->thread_body &&
        art_html_rule(ctx, ART_RULE_AUTHOR_BOX))
        art_html_drop_author_box(ctx, body);
    /* On a long page the converter frees the blocks it leaves: what the
     * check reads of the page is taken first (read_html.h). A thread's
     * opening post is not checked, and nothing of its page is freed. */
    art_page_survey survey;
    if (st == ARTICLE_OK && body && !ctx->thread_body && ctx->tree_nodes >= ctx->free_from) {
        art_html_survey_page(ctx, body, &survey);
        ctx->survey = &survey;
    }
    if (st == ARTICLE_OK && body)
        st = art_html_convert_body(ctx, body);
    int fell_back = 0;
    /* A thread's opening post may be one line: it is the body all the
     * same, and the page's densest paragraphs are its replies. */
    if (st == ARTICLE_OK && !ctx->thread_body)
        st = art_html_check_body(ctx, &body, &fell_back);
    /* A page that is not an article keeps its main column whole. */
    if (st == ARTICLE_OK && !ctx->thread_body && body && art_html_rule(ctx, ART_RULE_PAGE_COLUMN))
        st = art_html_read_page_column(ctx, body);
    ctx->fell_back = fell_back; /* for the confidence (confidence.c) */
    ctx->survey = NULL;
    /* The scorer's marks stay: no later stage reads _private, and the
     * tree is freed right after this stage (read_html.c; a walk of every
     * node was spent taking them off). */
    return st;
}

article_status art_html_tidy_body(art_html_ctx *ctx)
{
    /* Last: a preview before its full text (previews.c), a copy of the
     * content, whichever reading found them. All three read the model
     * only: read_html.c runs this after libxml2's tree is freed, so that
     * a long page's tree and these lists are not held at once. */
    article_status st = ARTICLE_OK;
    /* The first two fold the same blocks: once, unless previews dropped
     * some. */
    art_body_units units;
    art_body_units_init(&units, &ctx->doc->arena.alc);
    if (art_html_rule(ctx, ART_RULE_PREVIEWS))
        st = art_html_drop_previews(ctx, &units);
    if (st == ARTICLE_OK && art_html_rule(ctx, ART_RULE_REPEATED_RUNS))
        st = art_html_drop_repeats(ctx, &units);
    art_body_units_free(&units);
    if (st == ARTICLE_OK && !ctx->widened && art_html_rule(ctx, ART_RULE_LINK_TAIL))
        st = art_html_drop_link_tail(ctx);
    return st;
}
