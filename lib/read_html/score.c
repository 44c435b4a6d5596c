/* Content scoring: which element holds the article body.
 *
 * Every run of text counts for or against the elements around it: text in
 * a real paragraph (a block with a sentence's worth of words) counts for,
 * link text and short fragments (menus, labels, dates) count against. An
 * element's score is what its subtree adds up to; the body is the element
 * with the best score, so it takes in a neighbour only when that brings
 * more article text than clutter. Semantic markup (itemprop=articleBody,
 * <article>, CMS classes) then wins when it holds about as much. Boilerplate
 * subtrees (clean.c) are not counted at all. */
#include "read_html.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct stat {
    xmlNode *el;
    double text, link; /* pass 1: characters of text, of link text */
    double good, bad;  /* pass 2 */
} stat;

typedef struct scorer {
    art_html_ctx *ctx;
    stat *s;
    size_t n, cap;
    int failed;
} scorer;

static size_t idx_of(const xmlNode *n)
{
    return n && n->type == XML_ELEMENT_NODE ? (size_t)(uintptr_t)n->_private : 0;
}

/* Visible characters of a text node: bytes that are not whitespace. */
static double text_weight(const xmlNode *t)
{
    size_t k = 0;
    for (const char *p = (const char *)t->content; p && *p; p++)
        if (!art_is_space((unsigned char)*p) && ((unsigned char)*p & 0xC0) != 0x80)
            k++;
    return (double)k;
}

/* Walks the page (junk left out) calling visit on text and on the way up
 * from elements; returns 0 when out of memory. Pass 1 numbers elements. */
typedef void (*visit_fn)(scorer *, xmlNode *, int leaving);

static void walk(scorer *sc, xmlNode *root, visit_fn visit, int number)
{
    xmlNode *n = root;
    while (n && !sc->failed) {
        int down = 0;
        if (n->type == XML_ELEMENT_NODE && (n == root || !art_html_is_junk(n, sc->ctx->flags))) {
            if (number) {
                if (sc->n == sc->cap) {
                    size_t cap = sc->cap ? sc->cap * 2 : 1024;
                    stat *s = realloc(sc->s, cap * sizeof *s);
                    if (!s) {
                        sc->failed = 1;
                        return;
                    }
                    sc->s = s;
                    sc->cap = cap;
                }
                memset(&sc->s[sc->n], 0, sizeof *sc->s);
                sc->s[sc->n].el = n;
                n->_private = (void *)(uintptr_t)(++sc->n);
            }
            down = 1;
        } else if (n->type == XML_TEXT_NODE) {
            visit(sc, n, 0);
        }
        if (down && n->children) {
            n = n->children;
            continue;
        }
        if (down)
            visit(sc, n, 1);
        while (n && n != root && !n->next) {
            n = n->parent;
            if (n)
                visit(sc, n, 1);
        }
        if (!n || n == root)
            break;
        n = n->next;
    }
}

/* Pass 1: text and link characters, added up the tree. */
static void count_text(scorer *sc, xmlNode *n, int leaving)
{
    if (!leaving) {
        size_t i = idx_of(n->parent);
        if (i)
            sc->s[i - 1].text += text_weight(n);
        return;
    }
    size_t i = idx_of(n);
    if (!i)
        return;
    stat *s = &sc->s[i - 1];
    if (art_dom_is(n, "a"))
        s->link = s->text;
    size_t p = idx_of(n->parent);
    if (p) {
        sc->s[p - 1].text += s->text;
        sc->s[p - 1].link += s->link;
    }
}

/* 1 when block b has no neighbour with prose of its own: the summary of
 * a teaser card stands alone among a title, a name and a date, while the
 * paragraphs of an article stand side by side. */
static int isolated(const scorer *sc, const xmlNode *b)
{
    if (!b)
        return 1;
    for (int dir = 0; dir < 2; dir++) {
        const xmlNode *k = dir ? b->next : b->prev;
        for (int seen = 0; k && seen < 2; k = dir ? k->next : k->prev) {
            size_t i = idx_of(k);
            if (!i)
                continue;
            seen++;
            if (sc->s[i - 1].text - sc->s[i - 1].link >= 80)
                return 0;
        }
    }
    return 1;
}

/* Pass 2: each text run for or against, by the block it stands in. */
static void count_quality(scorer *sc, xmlNode *n, int leaving)
{
    if (!leaving) {
        double w = text_weight(n);
        if (w == 0)
            return;
        const xmlNode *b = n->parent;
        int in_link = 0;
        for (int hops = 0; b && hops < 40; hops++, b = b->parent) {
            if (art_dom_is(b, "a"))
                in_link = 1;
            if (art_html_is_blockish(b) && !art_dom_is(b, "td") && !art_dom_is(b, "tr"))
                break;
        }
        size_t i = idx_of(n->parent);
        size_t bi = idx_of(b);
        if (!i)
            return;
        stat *s = &sc->s[i - 1];
        double btext = bi ? sc->s[bi - 1].text : w;
        double blink = bi ? sc->s[bi - 1].link : 0;
        double plain = btext - blink;
        /* Links in prose are part of it; lists of links are not. */
        if (in_link && blink * 2 > btext)
            s->bad += w;
        else if (in_link)
            s->good += w * 0.5;
        else if (plain >= 100 || (art_dom_is(b, "p") && plain >= 50))
            s->good += isolated(sc, b) ? w * 0.4 : w;
        else if (plain >= 30)
            s->good += w * 0.3;
        else
            s->bad += w * 0.5;
        return;
    }
    size_t i = idx_of(n);
    size_t p = idx_of(n->parent);
    if (i && p) {
        sc->s[p - 1].good += sc->s[i - 1].good;
        sc->s[p - 1].bad += sc->s[i - 1].bad;
    }
}

/* Elements that can hold a body: not paragraphs, spans or list parts. */
static int container(const xmlNode *n)
{
    static const char *const not_containers[] = {
        "p",  "h1",   "h2",     "h3", "h4",   "h5",   "h6",         "a",    "span",
        "em", "strong", "b",    "i",  "li",   "ul",   "ol",         "dl",   "pre",
        "code", "blockquote", "figure", "figcaption", "tr", "tbody", "thead", "table",
        "font", "small", "label", "time", "cite", "q", "sup", "sub",
    };
    for (size_t i = 0; i < sizeof not_containers / sizeof *not_containers; i++)
        if (art_dom_is(n, not_containers[i]))
            return 0;
    return 1;
}

static double score(const stat *s)
{
    return s->good - s->bad;
}

/* Markup that says "this is the article body". */
static int semantic(const xmlNode *n)
{
    static const char *const classes[] = {
        "entry-content", "post-content", "article-body", "article-content", "story-body",
        "article__body", "post-body", "articleBody", "article-text", "story-content",
        "content-body", "body-text", "article_body", "storycontent", "main-content",
        "post__content", "entry__content", "c-entry-content", "article__content",
        "story__body", "rich-text", "news-content",
    };
    const char *ip = art_dom_attr(n, "itemprop");
    if (ip && strstr(ip, "articleBody"))
        return 3;
    for (size_t i = 0; i < sizeof classes / sizeof *classes; i++) {
        if (art_dom_has_class(n, classes[i]))
            return 2;
        const char *id = art_dom_attr(n, "id");
        if (id && strcmp(id, classes[i]) == 0)
            return 2;
    }
    if (art_dom_is(n, "article"))
        return 1;
    return 0;
}

static int is_ancestor(const xmlNode *a, const xmlNode *d)
{
    for (const xmlNode *p = d; p; p = p->parent)
        if (p == a)
            return 1;
    return 0;
}

article_status art_html_find_body(art_html_ctx *ctx, const xmlNode **out)
{
    *out = NULL;
    xmlNode *root = xmlDocGetRootElement(ctx->html);
    /* Only the <body> can hold the article (never the head's <noscript>). */
    for (xmlNode *k = root ? root->children : NULL; k; k = k->next)
        if (art_dom_is(k, "body")) {
            root = k;
            break;
        }
    if (!root)
        return ARTICLE_OK;
    scorer sc;
    memset(&sc, 0, sizeof sc);
    sc.ctx = ctx;
    walk(&sc, root, count_text, 1);
    if (!sc.failed)
        walk(&sc, root, count_quality, 0);
    const xmlNode *best = NULL;
    if (!sc.failed && sc.n) {
        size_t bi = 0;
        for (size_t i = 1; i < sc.n; i++)
            if (score(&sc.s[i]) > score(&sc.s[bi]) && container(sc.s[i].el))
                bi = i;
        best = sc.s[bi].el;
        double best_score = score(&sc.s[bi]);
        double best_good = sc.s[bi].good;
        /* Semantic markup wins when it holds about as much article text. */
        const stat *pick = NULL;
        int pick_rank = 0;
        for (size_t i = 0; i < sc.n; i++) {
            int rank = semantic(sc.s[i].el);
            if (!rank)
                continue;
            const stat *s = &sc.s[i];
            int ok;
            if (is_ancestor(s->el, best))
                ok = score(s) >= 0.7 * best_score;
            else if (is_ancestor(best, s->el))
                ok = s->good >= 0.8 * best_good && score(s) >= 0.8 * best_score;
            else
                ok = 0;
            if (ok && (rank > pick_rank || (rank == pick_rank && score(s) > score(pick)))) {
                pick = s;
                pick_rank = rank;
            }
        }
        if (pick)
            best = pick->el;
        if (best_score <= 0 && !pick)
            best = NULL;
    }
    for (size_t i = 0; i < sc.n; i++)
        sc.s[i].el->_private = NULL;
    free(sc.s);
    if (sc.failed)
        return art_error_set(ctx->err, ARTICLE_ERR_NOMEM, "out of memory scoring the page");
    if (!best) {
        /* Nothing scores: the whole body, so short pages keep their text. */
        best = root;
    }
    *out = best;
    return ARTICLE_OK;
}
