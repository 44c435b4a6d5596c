/* How likely the body is the page's main content, in [0, 1].
 *
 * From what the reader already knows: how clearly the body won over its
 * rivals (the best elements neither inside nor around it), how much of
 * the page's prose it holds, its text and link density, whether nothing
 * scored and the whole page was taken, and the kind of page (an article's
 * body is one run of prose; a listing's main content is its links).
 * docs/reader.md ("Confidence") gives the calibration measured. */
#include "read_html.h"

static double clamp01(double x)
{
    return x < 0 ? 0 : x > 1 ? 1 : x;
}

/* A logistic model of "the body's F1 against the page's true main content
 * is 0.9 or more", fitted on the tune half of the modern-web pages and
 * kept because it holds on the check half (tests/bench/pagetype_score.py
 * prints the calibration). Each term is a ratio or a yes/no, so it does
 * not depend on the page's size; the weights are rounded to 0.01. */
#define W_BIAS (-2.85)      /* -2.79 fitted; lowered so that 0.8 means F1 >= 0.95 on tune */
#define W_ARTICLE 1.30      /* an article or documentation: one run of prose */
#define W_NOT_PROSE (-0.95) /* a product, service or listing: no one body */
#define W_SHARE 1.03        /* the body's share of the page's text */
#define W_MARGIN 0.63       /* how far the body's score is above its best rival's */
#define W_GOOD 0.37         /* the body's share of all the prose the page scored */
/* The share of the body's text in links: it corrects the score per
 * character below, which counts every link against the body, while
 * prose with links in it is still prose. */
#define W_LINKS 0.85
#define W_FALLBACK (-0.61) /* the densest paragraphs were taken, or the whole page */
#define W_DECLARED 0.27    /* the page declares an article (schema.org, og:type) */
#define W_NET 1.09         /* the body's score per character: prose, not clutter */

double art_exp_small(double x)
{
    int halvings = 0;
    while (x > 0.5 || x < -0.5) {
        x /= 2;
        halvings++;
    }
    double term = 1, sum = 1;
    for (int k = 1; k < 12; k++) {
        term *= x / k;
        sum += term;
    }
    while (halvings-- > 0)
        sum *= sum;
    return sum;
}

double art_html_confidence(art_html_ctx *ctx, article_page_type type, const art_body_stats *stats)
{
    if (ctx->n_cands == 0 || stats->prose <= 0)
        return 0;
    const art_body_candidate *body = &ctx->cands[0];
    const art_page_signals *p = &ctx->page;
    double rival = ctx->n_cands > 1 ? ctx->cands[1].score : 0;
    double margin = body->score > 0 ? clamp01(1 - rival / body->score) : 0;
    double share = p->text > 0 ? stats->prose / p->text : 0;
    if (share > 1.5)
        share = 1.5;
    double good = ctx->page_good > 0 ? body->good / ctx->page_good : 0;
    double links = body->text > 0 ? body->link / body->text : 1;
    double net = body->text > 0 ? body->score / body->text : 0;
    if (net < -1)
        net = -1;
    int prose_page = type == ARTICLE_PAGE_ARTICLE || type == ARTICLE_PAGE_DOCUMENTATION;
    int not_prose = type == ARTICLE_PAGE_PRODUCT || type == ARTICLE_PAGE_SERVICE ||
                    type == ARTICLE_PAGE_LISTING;
    int declared = (p->schema & ART_SCHEMA_ARTICLE) || p->og == ART_OG_ARTICLE;
    double z = W_BIAS + W_ARTICLE * prose_page + W_NOT_PROSE * not_prose + W_SHARE * share +
               W_MARGIN * margin + W_GOOD * good + W_LINKS * links +
               W_FALLBACK * (ctx->nothing_scored || ctx->fell_back) + W_DECLARED * declared +
               W_NET * net;
    return clamp01(1 / (1 + art_exp_small(-z)));
}
