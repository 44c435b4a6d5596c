/* Runs of the body that say again what it already said. A page may ship
 * its content twice (a layout for small screens and one for large, a
 * tab strip and the same panels below it, a template's copy of the
 * article) and show one; the body then holds it twice, and every word
 * of the copy is surplus. Repeated lines are often meant (a "Learn
 * more" under every feature, the same dish on two days of a meal plan,
 * a plan's perks in a monthly and a yearly tab), so only a copy is left
 * out: a run of blocks each repeating the block after the one the
 * previous repeated (the same passage, in order), holding three
 * different blocks with a sentence's worth of text. Runs on the model,
 * after the body is final; one hash per block, of its text folded as
 * previews.c compares it (body_units.c, the list read once for both). */
#include "body_units.h"

#include <stdint.h>

/* A block of this much folded text says something; shorter ones
 * ("Learn more", "Price") repeat by design. */
#define REPEAT_LONG 40
/* Repeated long blocks in one run before the run is a copy. */
#define REPEAT_RUN 3

typedef art_body_unit unit;

#define NONE UINT32_MAX

/* Links each unit to the last earlier unit with the same text, in prev
 * (an open-addressed table of unit indices, the hashes read from the
 * units; 4 bytes a slot, since a long page has a unit per paragraph). */
static int link_repeats(const article_allocator *a, const unit *u, size_t count, uint32_t *prev)
{
    const uint32_t empty = NONE;
    size_t cap = 16;
    while (cap < count * 2)
        cap *= 2;
    uint32_t *set = a->malloc(a->ctx, cap * sizeof *set);
    if (!set)
        return 0;
    for (size_t i = 0; i < cap; i++)
        set[i] = empty;
    for (size_t i = 0; i < count; i++) {
        prev[i] = NONE;
        if (!u[i].len)
            continue;
        size_t j = (size_t)(u[i].hash & (cap - 1));
        while (set[j] != empty && u[set[j]].hash != u[i].hash)
            j = (j + 1) & (cap - 1);
        prev[i] = set[j];
        set[j] = (uint32_t)i;
    }
    a->free(a->ctx, set);
    return 1;
}

/* Long units of u[from, to). Their texts are all different (a paragraph
 * said five times over is no copy of a passage): each unit of a run
 * repeats a unit from before the run, its last earlier occurrence, so no
 * two units of the run share a text. Counted in one pass: a run may be
 * half of a very long page. */
static size_t distinct_longs(const unit *u, size_t from, size_t to)
{
    size_t n = 0;
    for (size_t i = from; i < to; i++)
        n += u[i].len >= REPEAT_LONG;
    return n;
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

/* The folded bytes of the runs of u that copy an earlier passage; with
 * drop_them, those runs leave the body. */
static size_t copies(const unit *u, const uint32_t *prev, size_t count, int drop_them)
{
    size_t copied = 0;
    for (size_t i = 0; i < count;) {
        if (prev[i] == NONE) {
            i++;
            continue;
        }
        /* The copy goes on while each unit repeats the one after what
         * the unit before it repeated, and stays after its original. */
        size_t j = i + 1;
        while (j < count && prev[j] != NONE && prev[j] == prev[j - 1] + 1 && prev[j] < i)
            j++;
        if (distinct_longs(u, i, j) >= REPEAT_RUN)
            for (size_t k = i; k < j; k++) {
                copied += u[k].len;
                if (drop_them)
                    drop(u[k].node);
            }
        i = j;
    }
    return copied;
}

article_status art_html_drop_repeats(art_html_ctx *ctx, art_body_units *units)
{
    if (!art_body_units_read(units, ctx->doc))
        return ARTICLE_ERR_NOMEM;
    const unit *u = art_body_units_at(units);
    size_t count = art_body_units_count(units);
    /* Unit indices are 32 bits in link_repeats' table. */
    if (count <= REPEAT_RUN || count >= UINT32_MAX)
        return ARTICLE_OK;
    const article_allocator *a = &ctx->doc->arena.alc;
    uint32_t *prev = a->malloc(a->ctx, count * sizeof *prev);
    if (!prev)
        return ARTICLE_ERR_NOMEM;
    if (!link_repeats(a, u, count, prev)) {
        a->free(a->ctx, prev);
        return ARTICLE_ERR_NOMEM;
    }
    size_t all = 0;
    for (size_t i = 0; i < count; i++)
        all += u[i].len;
    /* A page whose body is a third copies shipped its content twice;
     * below that, the copies are the article's own (a meal plan's days,
     * two products with the same features). */
    if (copies(u, prev, count, 0) * 3 >= all)
        copies(u, prev, count, 1);
    a->free(a->ctx, prev);
    return ARTICLE_OK;
}
