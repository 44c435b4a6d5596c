/* A preview before the full text. Q&A and social sites, and "Show more"
 * boxes anywhere, ship a post twice: a preview, its first paragraphs with
 * the last one cut short where the box folds ("Today five merchant ships
 * w", or "…"), and right after it the whole text, shown when the reader
 * unfolds it. The body then says the preview's words twice. Only a
 * passage repeated right away is a preview: the blocks of the preview,
 * then the same blocks again, the last of the preview the start of its
 * counterpart (or the same). What repeats further apart is repeats.c's.
 * Runs on the model, after the body is final, on the blocks' folded
 * texts (body_units.c, read once for this and repeats.c); a bounded
 * comparison at each block. */
#include "body_units.h"

#include <string.h>

/* A preview holds at most this many blocks (a preview is a few
 * paragraphs; a longer repeated run is a copy, repeats.c's). */
#define PREVIEW_MAX_BLOCKS 12
/* Folded bytes a preview holds at least: shorter repeats ("Learn more",
 * a heading its paragraph opens with) are meant. */
#define PREVIEW_MIN_TEXT 80

typedef art_body_unit unit;

/* The length of a preview's last text without the mark of its cut: a
 * trailing "…" or "...", and the space before it. */
static size_t cut_len(const char *s, size_t len)
{
    for (;;) {
        if (len >= 3 && memcmp(s + len - 3, "\xE2\x80\xA6", 3) == 0)
            len -= 3;
        else if (len >= 3 && memcmp(s + len - 3, "...", 3) == 0)
            len -= 3;
        else if (len && s[len - 1] == ' ')
            len--;
        else
            return len;
    }
}

/* The hash first: a long page has many blocks of one length. */
static int same(const unit *a, const unit *b, const char *text)
{
    return a->len == b->len && a->hash == b->hash &&
           memcmp(text + a->off, text + b->off, a->len) == 0;
}

/* 1 when the k units from u[i] are a preview of the k after them: the
 * same texts, the last one's the start of its counterpart's, cut short
 * when the preview is one block. A preview is a passage said twice: its
 * blocks all differ, and the text is not said a third time, after the
 * full one or before the preview (a paragraph, or a paragraph and a
 * heading, said over and over is the page's pattern, as written). */
static int preview_of(const unit *u, size_t count, size_t i, size_t k, const char *text)
{
    if (i + 2 * k > count)
        return 0;
    size_t bytes = 0;
    for (size_t t = 0; t < k; t++) {
        const unit *a = &u[i + t], *b = &u[i + k + t];
        bytes += a->len;
        if (t + 1 < k) {
            if (!same(a, b, text))
                return 0;
            continue;
        }
        size_t alen = cut_len(text + a->off, a->len);
        if (!alen || alen > b->len || memcmp(text + a->off, text + b->off, alen) != 0)
            return 0;
        if (k == 1 && alen == b->len)
            return 0;
    }
    if (i + 2 * k < count && same(&u[i], &u[i + 2 * k], text))
        return 0;
    if (i && same(&u[i - 1], &u[i + k - 1], text))
        return 0;
    for (size_t s = 0; s < k; s++)
        for (size_t t = s + 1; t < k; t++)
            if (same(&u[i + s], &u[i + t], text))
                return 0;
    return bytes >= PREVIEW_MIN_TEXT;
}

/* Unlinks n, then every container it leaves empty up to its section,
 * and the section too when nothing is left in it. */
static void drop(article_node *n)
{
    while (n) {
        article_node *parent = n->parent;
        article_node_unlink(n);
        if (!parent || parent->first || parent->type == ARTICLE_NODE_DOCUMENT)
            return;
        n = parent;
    }
}

article_status art_html_drop_previews(art_html_ctx *ctx, art_body_units *units)
{
    if (!art_body_units_read(units, ctx->doc))
        return ARTICLE_ERR_NOMEM;
    const unit *u = art_body_units_at(units);
    size_t count = art_body_units_count(units);
    const char *text = units->text.data;
    for (size_t i = 0; i < count;) {
        size_t k = 1;
        while (k <= PREVIEW_MAX_BLOCKS && !preview_of(u, count, i, k, text))
            k++;
        if (k > PREVIEW_MAX_BLOCKS) {
            i++;
            continue;
        }
        for (size_t t = 0; t < k; t++)
            drop(u[i + t].node);
        i += k;
    }
    return ARTICLE_OK;
}
