/* Blocks of links to the site's other pages left at the end of the body
 * (rule link_tail, below). Runs on the model, after the body is final. */
#include "read_html.h"

#include <string.h>

typedef struct measure {
    size_t text, link; /* bytes of text, of text inside a link */
} measure;

/* Text and link text of r's subtree, figures and captions left out. */
static void measure_of(const article_node *r, measure *m)
{
    const article_node *n = r;
    while (n) {
        int skip = n->type == ARTICLE_NODE_FIGURE || n->type == ARTICLE_NODE_CAPTION ||
                   n->type == ARTICLE_NODE_EMBED;
        if (!skip && n->type == ARTICLE_NODE_TEXT) {
            const char *s = art_node_str(n, ARTICLE_ATTR_LITERAL);
            size_t len = s ? strlen(s) : 0;
            m->text += len;
            for (const article_node *a = n->parent; a && a != r->parent; a = a->parent)
                if (a->type == ARTICLE_NODE_LINK) {
                    m->link += len;
                    break;
                }
        }
        if (!skip && n->first) {
            n = n->first;
            continue;
        }
        n = art_node_skip(n, r);
    }
}

/* The host of an absolute URL, "www." left out: its start and length. */
static const char *host_of(const char *url, size_t *len)
{
    const char *p = url ? strstr(url, "://") : NULL;
    if (!p)
        return NULL;
    p += 3;
    if (strncmp(p, "www.", 4) == 0)
        p += 4;
    size_t k = strcspn(p, "/:?#");
    *len = k;
    return k ? p : NULL;
}

/* 1 when every link in r points to the page's own site (host), and there
 * is one. */
static int own_links(const article_node *r, const char *host, size_t host_len)
{
    int seen = 0;
    for (const article_node *n = r; n; n = n->first ? n->first : art_node_skip(n, r)) {
        if (n->type != ARTICLE_NODE_LINK)
            continue;
        size_t len = 0;
        const char *h = host_of(art_node_str(n, ARTICLE_ATTR_HREF), &len);
        if (!h || len != host_len || strncmp(h, host, len) != 0)
            return 0;
        seen = 1;
    }
    return seen;
}

/* The units of the body's flow, from its end back: blocks, and the items
 * of a list one by one. */
typedef struct tail_walk {
    article_node *root, *sec, *block, *item;
    int started;
} tail_walk;

/* The unit before the walk's current one (the body's last, at the
 * start), or NULL at the start of the body or before its sections. */
static article_node *prev_unit(tail_walk *w)
{
    if (w->item && (w->item = art_node_prev(w->item)))
        return w->item;
    article_node *b = w->block ? art_node_prev(w->block) : NULL;
    while (!b) {
        if (w->started && !w->sec)
            return NULL;
        w->sec = w->started ? art_node_prev(w->sec) : art_node_last(w->root);
        w->started = 1;
        if (!w->sec || w->sec->type != ARTICLE_NODE_SECTION) {
            w->sec = NULL;
            return NULL;
        }
        b = art_node_last(w->sec);
    }
    w->block = b;
    if (b->type == ARTICLE_NODE_LIST && b->first)
        return w->item = art_node_last(b);
    w->item = NULL;
    return b;
}

#define TAIL_MIN_LINKS 4

/* Unlinks k, then the list and the section it leaves empty. */
static void drop_unit(article_node *root, article_node *k)
{
    article_node *up = k->parent;
    article_node_unlink(k);
    while (up && up != root && !up->first) {
        article_node *above = up->parent;
        article_node_unlink(up);
        up = above;
    }
}

/* The links to the site's other pages that close an article (rule
 * link_tail): a list of its other posts, its city pages, its categories,
 * each a block or an item that is one link and nothing else, with or
 * without a heading that names them. A reader's article ends before
 * them; references to other sites stay (a link elsewhere is a source),
 * and so does a link in a sentence. At least four such blocks in a row
 * at the very end, after more text than they hold, go with the heading
 * right before them. Not on a page read as its main column (a listing's
 * items are such links). */
article_status art_html_drop_link_tail(art_html_ctx *ctx)
{
    size_t host_len = 0;
    const char *host = host_of(ctx->base_url, &host_len);
    article_node *root = article_doc_root(ctx->doc);
    if (!host || !root->first)
        return ARTICLE_OK;
    tail_walk w = {root, NULL, NULL, NULL, 0};
    size_t run = 0, run_text = 0;
    article_node *k, *heading = NULL;
    while ((k = prev_unit(&w))) {
        measure m = {0, 0};
        measure_of(k, &m);
        if (m.text == 0)
            continue;
        if (m.link != m.text || !own_links(k, host, host_len)) {
            if (k->type == ARTICLE_NODE_HEADING)
                heading = k;
            break;
        }
        run++;
        run_text += m.text;
    }
    if (run < TAIL_MIN_LINKS)
        return ARTICLE_OK;
    measure all = {0, 0};
    measure_of(root, &all);
    if (all.text < 2 * run_text)
        return ARTICLE_OK;
    /* The run is the body's end: take its last unit, run times (and the
     * blocks without text among them), then the heading. */
    size_t dropped = 0;
    while (dropped < run) {
        w = (tail_walk){root, NULL, NULL, NULL, 0};
        if (!(k = prev_unit(&w)))
            break;
        measure m = {0, 0};
        measure_of(k, &m);
        dropped += m.text > 0;
        drop_unit(root, k);
    }
    if (heading)
        drop_unit(root, heading);
    return ARTICLE_OK;
}
