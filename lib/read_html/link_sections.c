/* Blocks of links to other stories left in the body under a heading of
 * their own: "Related articles", "More from the Times", "You may also
 * like", then a list of headlines, or cards (each a heading, a link, a
 * date). The class names that mark such a block elsewhere are not there
 * (or were spared with the article around them), but the heading says
 * what it is, and the links say it again: a section headed so, whose
 * blocks, with the deeper sections after it (the cards' own headings),
 * are mostly link text, is left out. Runs on the model, after the body is
 * final. */
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

/* The heading's text, when it fits in out. */
static int heading_text(const article_node *h, char *out, size_t size)
{
    size_t k = 0;
    for (const article_node *n = h->first; n;) {
        const char *s = n->type == ARTICLE_NODE_TEXT ? art_node_str(n, ARTICLE_ATTR_LITERAL) : NULL;
        size_t len = s ? strlen(s) : 0;
        if (k + len + 1 > size)
            return 0;
        if (len)
            memcpy(out + k, s, len);
        k += len;
        if (n->first) {
            n = n->first;
            continue;
        }
        n = art_node_skip(n, h);
    }
    out[k] = '\0';
    return 1;
}

article_status art_html_drop_related_sections(art_html_ctx *ctx)
{
    article_node *root = article_doc_root(ctx->doc);
    for (article_node *s = root->first; s;) {
        article_node *next = s->next;
        char text[128];
        if (s->type != ARTICLE_NODE_SECTION || !s->first ||
            s->first->type != ARTICLE_NODE_HEADING || !heading_text(s->first, text, sizeof text) ||
            !art_html_related_label(text)) {
            s = next;
            continue;
        }
        /* The block: the section's own blocks, and the sections after it
         * that sit under its heading (a card's title is a heading). */
        int level = article_node_get_level(s);
        measure m = {0, 0};
        for (article_node *b = s->first->next; b; b = b->next)
            measure_of(b, &m);
        article_node *end = next;
        while (level > 0 && end && end->type == ARTICLE_NODE_SECTION &&
               article_node_get_level(end) > level) {
            measure_of(end, &m);
            end = end->next;
        }
        if (m.link * 2 >= m.text) {
            for (article_node *d = s; d != end;) {
                article_node *after = d->next;
                article_node_unlink(d);
                d = after;
            }
        }
        s = end;
    }
    return ARTICLE_OK;
}
