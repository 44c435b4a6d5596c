/* The inline content of the library's own pages (docs/html-format.md,
 * "Blocks and inlines"): text, <a href title>, <em>, <strong>, <code>,
 * <sub>, <sup>, <del>, <br>, and nothing else. One iterative walk per
 * inline container; a span is the model node its element opened, so
 * leaving the element goes back to the span's parent (no stack, no
 * recursion). Whitespace is collapsed as everywhere (a canonical model's
 * text has nothing to collapse, so it reads back exactly). */
#include "own_page.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

typedef struct inl {
    art_html_ctx *ctx;
    article_node *container;
    article_node *cur;        /* where text goes: the container or a span */
    article_node *space_text; /* the text node ending in a pending space */
    int last_space;           /* 1 at the start and after a space or break */
    article_status st;
} inl;

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static void fail(inl *w, article_status st)
{
    if (w->st == ARTICLE_OK)
        w->st = st;
}

/* Unlinks spans left empty, from n up to (not including) the container. */
static void drop_empty(inl *w, article_node *n)
{
    while (n && n != w->container && !article_node_first_child(n)) {
        article_node *parent = article_node_parent(n);
        if (w->cur == n)
            w->cur = parent;
        article_node_unlink(n);
        n = parent;
    }
}

/* Takes back a space that turned out to end the block or meet a break. */
static void trim_space(inl *w)
{
    article_node *t = w->space_text;
    w->space_text = NULL;
    if (!t)
        return;
    const char *s = article_node_get_literal(t);
    size_t len = s ? strlen(s) : 0;
    if (!len || s[len - 1] != ' ')
        return;
    if (len == 1) {
        article_node *parent = article_node_parent(t);
        article_node_unlink(t);
        drop_empty(w, parent);
        return;
    }
    char *shorter = malloc(len);
    if (!shorter) {
        fail(w, ARTICLE_ERR_NOMEM);
        return;
    }
    memcpy(shorter, s, len - 1);
    shorter[len - 1] = '\0';
    fail(w, article_node_set_literal(t, shorter));
    free(shorter);
}

static void add_text(inl *w, const char *s)
{
    const char *run = s;
    for (const char *p = s;; p++) {
        if (*p && !is_space(*p))
            continue;
        /* run..p is a word (or nothing) */
        if (p > run) {
            fail(w, article_node_append_text(w->cur, run, (size_t)(p - run)));
            w->last_space = 0;
            w->space_text = NULL;
        }
        if (!*p)
            break;
        if (!w->last_space) {
            fail(w, article_node_append_text(w->cur, " ", 1));
            w->last_space = 1;
            w->space_text = article_node_last_child(w->cur);
        }
        run = p + 1;
    }
}

static article_node *append(inl *w, article_node_type t)
{
    article_node *n = article_node_new(w->ctx->doc, t);
    if (!n)
        fail(w, ARTICLE_ERR_NOMEM);
    else
        fail(w, article_node_append_child(w->cur, n));
    return w->st == ARTICLE_OK ? n : NULL;
}

static article_node_type span_type(const xmlNode *n)
{
    static const struct {
        const char *tag;
        article_node_type type;
    } spans[] = {
        {"a", ARTICLE_NODE_LINK},  {"em", ARTICLE_NODE_EM},   {"strong", ARTICLE_NODE_STRONG},
        {"sub", ARTICLE_NODE_SUB}, {"sup", ARTICLE_NODE_SUP}, {"del", ARTICLE_NODE_DEL},
    };
    for (size_t i = 0; i < sizeof spans / sizeof *spans; i++)
        if (art_dom_is(n, spans[i].tag))
            return spans[i].type;
    return ARTICLE_NODE_NONE;
}

/* A string attribute as written, whitespace collapsed; "" is none. */
static void set_attr(inl *w, article_node *n, article_attr a, const char *raw)
{
    const char *v = raw ? art_html_clean_string(w->ctx, raw) : NULL;
    if (raw && !v)
        fail(w, ARTICLE_ERR_NOMEM);
    else if (v && *v)
        fail(w, article_node_set_string(n, a, v));
}

/* An element met inside inline content: 1 when the walk goes into it. */
static int enter(inl *w, const xmlNode *n)
{
    article_node_type t = span_type(n);
    if (t != ARTICLE_NODE_NONE) {
        article_node *s = append(w, t);
        if (s && t == ARTICLE_NODE_LINK) {
            /* <a> without href: the model's link without a target. */
            const char *href = art_dom_attr(n, "href");
            if (href)
                fail(w, article_node_set_string(s, ARTICLE_ATTR_HREF, href));
            set_attr(w, s, ARTICLE_ATTR_TITLE, art_dom_attr(n, "title"));
        }
        if (s)
            w->cur = s;
        return s != NULL;
    }
    if (art_dom_is(n, "code")) {
        xmlChar *text = xmlNodeGetContent(n);
        if (!text) {
            fail(w, ARTICLE_ERR_NOMEM);
        } else if (*text) {
            article_node *k = append(w, ARTICLE_NODE_CODE);
            if (k)
                fail(w, article_node_set_literal(k, (const char *)text));
            w->last_space = 0;
            w->space_text = NULL;
        }
        xmlFree(text);
        return 0;
    }
    if (art_dom_is(n, "br")) {
        trim_space(w);
        append(w, ARTICLE_NODE_BREAK);
        w->last_space = 1;
        return 0;
    }
    fail(w, art_own_error_at(w->ctx, n, "<%.20s> in inline content", (const char *)n->name));
    return 0;
}

/* Leaving the element of span w->cur. */
static void leave(inl *w)
{
    article_node *s = w->cur;
    w->cur = article_node_parent(s);
    drop_empty(w, s);
}

article_status art_own_read_inlines(art_html_ctx *ctx, const xmlNode *from, article_node *container,
                                    const xmlNode **stop)
{
    inl w = {ctx, container, container, NULL, 1, ARTICLE_OK};
    const xmlNode *n = from->children;
    if (stop)
        *stop = NULL;
    while (n && w.st == ARTICLE_OK && !art_html_out_of_time(ctx)) {
        int down = 0;
        if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content) {
            add_text(&w, (const char *)n->content);
        } else if (n->type == XML_ELEMENT_NODE) {
            if (stop && n->parent == from && art_dom_is(n, "small") &&
                art_dom_has_class(n, "credit")) {
                *stop = n; /* the figure's credit: its caller reads it */
                break;
            }
            down = enter(&w, n) && n->children;
            if (!down && span_type(n) != ARTICLE_NODE_NONE && w.st == ARTICLE_OK)
                leave(&w); /* an empty span */
        }
        if (down) {
            n = n->children;
            continue;
        }
        while (n && n != from && !n->next) {
            n = n->parent;
            if (n != from && w.st == ARTICLE_OK)
                leave(&w);
        }
        n = n && n != from ? n->next : NULL;
    }
    trim_space(&w);
    if (w.st != ARTICLE_OK && ctx->err && ctx->err->status == ARTICLE_OK)
        art_error_set(ctx->err, w.st, "own page: inline content: %s", article_status_string(w.st));
    return w.st;
}
