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

double art_html_confidence(art_html_ctx *ctx, article_page_type type)
{
    if (ctx->fallback || ctx->n_cands == 0)
        return 0.1;
    const art_body_candidate *body = &ctx->cands[0];
    double rival = ctx->n_cands > 1 ? ctx->cands[1].score : 0;
    double margin = body->score > 0 ? clamp01(1 - rival / body->score) : 0;
    double share = ctx->page_good > 0 ? clamp01(body->good / ctx->page_good) : 0;
    double density = body->text > 0 ? body->link / body->text : 1;
    double c = 0.35 + 0.3 * margin + 0.2 * share - 0.4 * density;
    if (body->text < 500)
        c -= 0.2;
    if (type != ARTICLE_PAGE_ARTICLE)
        c -= 0.15;
    return clamp01(c);
}
