/* How likely the body is the page's main content, in [0, 1].
 *
 * From what the reader already knows: how clearly the body won over its
 * rivals (the best elements neither inside nor around it), how much of
 * the page's prose it holds, its text and link density, how much of it is
 * long paragraphs, how much of the page is marked as furniture, whether
 * its length agrees with the one the page declares, whether nothing
 * scored and the whole page was taken, and the kind of page (an article's
 * body is one run of prose; a listing's main content is its links).
 * docs/reader.md ("Confidence") gives the calibration measured. */
#include "read_html.h"

static double clamp01(double x)
{
    return x < 0 ? 0 : x > 1 ? 1 : x;
}

/* A logistic model of "the body's F1 against the page's true main content
 * is 0.9 or more", fitted on the tune half of the modern-web pages by
 * tests/bench/pagetype_fit.py (weights rounded to 0.01). Its bias then
 * went down by the step the script chooses on the tune half alone: the
 * pages a cross-validation on tune puts at 0.8 or more must average F1
 * 0.95. Each term is a ratio or a yes/no, so it does not depend on the
 * page's size. */
#define W_BIAS (-4.69)      /* -4.49 fitted, then -0.2 */
#define W_ARTICLE 1.01      /* an article or documentation: one run of prose */
#define W_NOT_PROSE (-1.09) /* a product, service or listing: no one body */
#define W_SHARE 1.90        /* the body's share of the page's text */
#define W_MARGIN 1.33       /* how far the body's score is above its best rival's */
#define W_GOOD 0.10         /* the body's share of all the prose the page scored */
#define W_LINKS 0.06        /* the share of the best element's text in links */
#define W_FALLBACK (-0.87)  /* the densest paragraphs were taken, or the whole page */
#define W_DECLARED (-0.07)  /* the page declares an article (schema.org, og:type) */
#define W_NET 1.89          /* the body's score per character: prose, not clutter */
#define W_LONG 0.51         /* the body's share in paragraphs of 150 characters or more */
/* The share of the page's text in <nav>, <header>, <footer> and <aside>:
 * a page that marks its furniture is one whose body the reader finds. */
#define W_CHROME 1.94
#define W_LINKED (-0.25) /* the share of the body as read in links */
/* The page states its article's length (JSON-LD wordCount or articleBody):
 * a page that does is one whose body the reader finds; the more the
 * body's words agree with it (the shorter over the longer), the surer. */
#define W_STATED 0.51
#define W_AGREE 0.34

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
    double chrome = p->text > 0 ? p->chrome / p->text : 0;
    double stated = p->declared_words, words = stats->words;
    double agree = stated > 0 && words > 0 ? (words < stated ? words / stated : stated / words) : 0;
    double z = W_BIAS + W_ARTICLE * prose_page + W_NOT_PROSE * not_prose + W_SHARE * share +
               W_MARGIN * margin + W_GOOD * good + W_LINKS * links +
               W_FALLBACK * (ctx->nothing_scored || ctx->fell_back) + W_DECLARED * declared +
               W_NET * net + W_LONG * stats->long_prose / stats->prose + W_CHROME * chrome +
               W_LINKED * stats->linked / stats->prose + W_STATED * (stated > 0) + W_AGREE * agree;
    return clamp01(1 / (1 + art_exp_small(-z)));
}
