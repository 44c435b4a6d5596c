/* The check on the primary extraction, and the simpler one to fall back
 * on. The scorer (score.c) can go wrong on a whole page at once: a
 * wrapper whose class says "dialog", a page whose best-scoring box is a
 * strip of teasers, a body whose boxes the converter then drops by class.
 * The reader then returns an empty body, a navigation list or a lone
 * figure for a page that holds one clear run of prose. So the converted
 * body is checked against the page's densest block of paragraphs, found
 * by the plainest rule there is (each paragraph's plain text counts for
 * its parent, half for its grandparent: Readability's oldest idea), and
 * replaced by that block when it is far shorter or mostly links. */
#include "read_html.h"

#include <stdint.h>
#include <string.h>

/* Characters of body text over which the fallback no longer looks into
 * pop-ups: two sentences. */
#define POPUP_BODY_MIN 200

/* What the model's body holds: characters of text, of link text, and
 * paragraphs of a sentence or more. */
typedef struct body_stats {
    size_t text, link, paras;
} body_stats;

static void body_stats_of(const article_doc *doc, body_stats *st)
{
    st->text = st->link = st->paras = 0;
    const article_node *root = doc->root;
    for (const article_node *sec = root->first; sec; sec = sec->next) {
        if (sec->type != ARTICLE_NODE_SECTION)
            continue;
        const article_node *n = sec->first;
        while (n) {
            if ((n->type == ARTICLE_NODE_TEXT || n->type == ARTICLE_NODE_CODE) &&
                art_node_str(n, ARTICLE_ATTR_LITERAL)) {
                size_t len = art_visible_chars(art_node_str(n, ARTICLE_ATTR_LITERAL));
                st->text += len;
                for (const article_node *a = n->parent; a && a != sec; a = a->parent)
                    if (a->type == ARTICLE_NODE_LINK) {
                        st->link += len;
                        break;
                    }
            }
            if (n->type == ARTICLE_NODE_PARAGRAPH || n->type == ARTICLE_NODE_CODE_BLOCK)
                st->paras++;
            if (n->first && n->type != ARTICLE_NODE_FIGURE) {
                n = n->first;
                continue;
            }
            n = art_node_skip(n, sec);
        }
    }
}

/* Visible characters of a text node. */
static size_t visible(const xmlNode *t)
{
    return art_visible_chars((const char *)t->content);
}

/* Plain (not linked) characters of a paragraph-like element: its whole
 * subtree for a <p> or <pre>, only its own text children for any other
 * element (a <div> of bare text, a <td> of an old page). Links count
 * into *linked. */
static size_t block_plain(const xmlNode *b, size_t *linked)
{
    size_t plain = 0;
    *linked = 0;
    int whole = art_dom_is(b, "p") || art_dom_is(b, "pre");
    if (!whole) {
        for (const xmlNode *k = b->children; k; k = k->next)
            if (k->type == XML_TEXT_NODE)
                plain += visible(k);
            else if (art_dom_is(k, "a") || art_dom_is(k, "em") || art_dom_is(k, "strong") ||
                     art_dom_is(k, "b") || art_dom_is(k, "i"))
                for (const xmlNode *g = k->children; g; g = g->next)
                    if (g->type == XML_TEXT_NODE) {
                        if (art_dom_is(k, "a"))
                            *linked += visible(g);
                        else
                            plain += visible(g);
                    }
        return plain;
    }
    const xmlNode *n = b->children;
    int budget = 2000;
    while (n && budget-- > 0) {
        if (n->type == XML_TEXT_NODE) {
            int in_link = 0;
            for (const xmlNode *p = n->parent; p && p != b; p = p->parent)
                if (art_dom_is(p, "a")) {
                    in_link = 1;
                    break;
                }
            if (in_link)
                *linked += visible(n);
            else
                plain += visible(n);
        }
        if (n->type == XML_ELEMENT_NODE && n->children && !art_dom_is(n, "script") &&
            !art_dom_is(n, "style")) {
            n = n->children;
            continue;
        }
        n = art_dom_skip_const(n, b);
    }
    return plain;
}

/* The elements paragraph_block has scored, in the order of their first
 * score, each with its score (twice the plain characters: halves stay
 * whole numbers) and the scorer's mark it had. While it counts, an
 * element's _private holds its place here as (i << 2) | 3, which no mark
 * is; the marks are put back at the end. So the scorer's marks need not
 * be taken off first, and the best is found and the places are taken off
 * among these few, not by walks over every node of the page. */
typedef struct scored_el {
    xmlNode *el;
    void *mark;
    size_t score;
} scored_el;

typedef struct scored {
    const article_allocator *alc;
    scored_el *v;
    size_t n, cap;
    int failed; /* out of memory */
} scored;

#define SCORED_TAG ((uintptr_t)3)

static void add_score(scored *l, xmlNode *n, size_t v)
{
    if (!n || n->type != XML_ELEMENT_NODE || l->failed)
        return;
    uintptr_t at = (uintptr_t)n->_private;
    if ((at & SCORED_TAG) == SCORED_TAG) {
        l->v[at >> 2].score += v;
        return;
    }
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 64;
        scored_el *grown = l->alc->realloc(l->alc->ctx, l->v, cap * sizeof *grown);
        if (!grown) {
            l->failed = 1;
            return;
        }
        l->v = grown;
        l->cap = cap;
    }
    l->v[l->n] = (scored_el){n, n->_private, v};
    n->_private = (void *)((l->n << 2) | SCORED_TAG);
    l->n++;
}

/* 1 when a comes before b in document order (an ancestor before what it
 * holds). Asked only when two elements score the same. */
static int precedes(const xmlNode *a, const xmlNode *b)
{
    size_t da = 0, db = 0;
    for (const xmlNode *p = a; p->parent; p = p->parent)
        da++;
    for (const xmlNode *p = b; p->parent; p = p->parent)
        db++;
    const xmlNode *x = a, *y = b;
    for (; da > db; da--)
        x = x->parent;
    for (; db > da; db--)
        y = y->parent;
    if (x == y) /* one holds the other */
        return x == a && a != b;
    while (x->parent != y->parent) {
        x = x->parent;
        y = y->parent;
    }
    for (const xmlNode *k = x->next; k; k = k->next)
        if (k == y)
            return 1;
    return 0;
}

/* The first element in document order under root (root too) with the
 * highest score, or NULL when none scores. */
static const scored_el *best_scored(const scored *l, const xmlNode *root)
{
    const scored_el *best = NULL;
    for (size_t i = 0; i < l->n; i++) {
        const scored_el *e = &l->v[i];
        if (e->el == root->parent) /* a grandparent outside root */
            continue;
        size_t top = best ? best->score : 0;
        if (e->score > top || (best && e->score == top && precedes(e->el, best->el)))
            best = e;
    }
    return best;
}

/* The element holding the densest block of paragraphs under root, with
 * its prose in characters, or NULL when no block has two paragraphs
 * (*failed: out of memory). With skip_popups, pop-ups and modals (class
 * hint 3) are not entered. */
static xmlNode *paragraph_block(const art_html_ctx *ctx, xmlNode *root, int skip_popups,
                                size_t *prose, size_t *blocks, int *failed)
{
    *prose = *blocks = 0;
    art_junk_words words;
    art_html_junk_words_init(&words);
    scored l = {&ctx->doc->arena.alc, NULL, 0, 0, 0};
    xmlNode *n = root->children;
    while (n && !l.failed) {
        int down = n->type == XML_ELEMENT_NODE && !art_html_is_junk_element(n) &&
                   !art_dom_is(n, "a") &&
                   (!skip_popups || art_html_junk_hint_with(n, ctx->flags, &words) != 3);
        if (down) {
            size_t linked, plain = block_plain(n, &linked);
            if (plain >= 40 && linked * 2 <= plain) {
                add_score(&l, n->parent, 2 * plain);
                add_score(&l, n->parent ? n->parent->parent : NULL, plain);
                ++*blocks;
            }
            if (art_dom_is(n, "p") || art_dom_is(n, "pre"))
                down = 0;
        }
        if (down && n->children) {
            n = n->children;
            continue;
        }
        n = art_dom_skip(n, root);
    }
    const scored_el *top = l.failed ? NULL : best_scored(&l, root);
    xmlNode *best = top ? top->el : NULL;
    if (top)
        *prose = top->score / 2;
    for (size_t i = 0; i < l.n; i++)
        l.v[i].el->_private = l.v[i].mark;
    l.alc->free(l.alc->ctx, l.v);
    *failed = l.failed;
    return best;
}

/* 1 when n is the page's main column as it says so itself: a <main> or
 * role=main element that is not hidden. */
int art_html_is_main(const xmlNode *n)
{
    if (!n || n->type != XML_ELEMENT_NODE)
        return 0;
    const char *role = art_dom_attr(n, "role");
    return (art_dom_is(n, "main") || (role && strcmp(role, "main") == 0)) && !art_html_is_hidden(n);
}

/* The page's main column: the first main element, or NULL. */
static xmlNode *main_element(xmlNode *page)
{
    for (xmlNode *n = page; n; n = art_dom_next(n, page))
        if (art_html_is_main(n))
            return n;
    return NULL;
}

/* Visible characters under root that the converter would keep: what is
 * boilerplate by tag or by the scorer's verdict is skipped. */
static size_t kept_text(const art_html_ctx *ctx, const xmlNode *root)
{
    size_t len = 0;
    const xmlNode *n = root->children;
    while (n) {
        int down = n->type == XML_ELEMENT_NODE && !art_html_is_junk(n, ctx->flags) &&
                   !art_dom_is(n, "script") && !art_dom_is(n, "style");
        if (n->type == XML_TEXT_NODE)
            len += visible(n);
        if (down && n->children) {
            n = n->children;
            continue;
        }
        n = art_dom_skip_const(n, root);
    }
    return len;
}

void art_html_drop_sections(art_html_ctx *ctx)
{
    article_node *root = article_doc_root(ctx->doc);
    article_node *n = article_node_first_child(root);
    while (n) {
        article_node *next = article_node_next(n);
        if (article_node_get_type(n) == ARTICLE_NODE_SECTION)
            article_node_unlink(n);
        n = next;
    }
}

void art_html_survey_page(art_html_ctx *ctx, const xmlNode *body, art_page_survey *out)
{
    memset(out, 0, sizeof *out);
    xmlNode *page = art_dom_body(ctx->html);
    if (!page || !art_html_rule(ctx, ART_RULE_FALLBACK))
        return;
    out->col = art_html_rule(ctx, ART_RULE_MAIN_COLUMN) ? main_element(page) : NULL;
    if (out->col && body && out->col != body)
        out->col_text = kept_text(ctx, out->col);
    out->alt = paragraph_block(ctx, page, 1, &out->prose, &out->blocks, &out->failed);
}

/* 1 when the reading about to convert part of the page cannot, because
 * the converter freed blocks of it: read_html.c reads the page again. */
static int tree_gone(art_html_ctx *ctx)
{
    if (ctx->tree_freed)
        ctx->needs_tree = 1;
    return ctx->tree_freed;
}

article_status art_html_check_body(art_html_ctx *ctx, const xmlNode **body, int *fell_back)
{
    *fell_back = 0;
    xmlNode *page = art_dom_body(ctx->html);
    if (!page || !art_html_rule(ctx, ART_RULE_FALLBACK))
        return ARTICLE_OK;
    /* Taken before the conversion on a page whose blocks it frees. */
    const art_page_survey *sv = ctx->survey;
    body_stats st;
    body_stats_of(ctx->doc, &st);
    /* A body that holds a small part of the page's own main column (a
     * listing's items, a product's description under its gallery) when
     * the scorer's verdicts are applied: the column is the body. */
    xmlNode *col = sv                                         ? sv->col
                   : art_html_rule(ctx, ART_RULE_MAIN_COLUMN) ? main_element(page)
                                                              : NULL;
    if (col && *body && col != *body) {
        size_t col_text = sv ? sv->col_text : kept_text(ctx, col);
        if (col_text >= 400 && st.text < 1500 && st.text * 10 < col_text * 4) {
            if (tree_gone(ctx))
                return ARTICLE_OK;
            art_html_drop_sections(ctx);
            *fell_back = 2;
            *body = col;
            return art_html_convert_body(ctx, col);
        }
    }
    size_t prose, blocks;
    int failed;
    /* A pop-up full of prose beside a body that has prose of its own is
     * still a pop-up; only when the primary extraction found next to
     * nothing may a wrapper whose class says "dialog" be the article. */
    int skip_popups = st.text >= POPUP_BODY_MIN;
    xmlNode *alt;
    if (sv && skip_popups) {
        alt = sv->alt;
        prose = sv->prose;
        blocks = sv->blocks;
        failed = sv->failed;
    } else {
        if (tree_gone(ctx))
            return ARTICLE_OK;
        alt = paragraph_block(ctx, page, skip_popups, &prose, &blocks, &failed);
    }
    if (failed)
        return art_error_set(ctx->err, ARTICLE_ERR_NOMEM, "out of memory checking the body");
    if (!alt || prose < 400)
        return ARTICLE_OK;
    size_t plain = st.text - st.link;
    /* Near-empty against the page's paragraphs, or mostly links. */
    int fails = st.text * 10 < prose * 6 || (st.link * 2 > st.text && plain * 2 < prose);
    if (!fails || tree_gone(ctx))
        return ARTICLE_OK;
    /* The block is read as the converter reads it unscored: the scorer's
     * verdicts were for its own body. */
    art_html_clear_marks(xmlDocGetRootElement(ctx->html));
    art_html_drop_sections(ctx);
    *fell_back = 1;
    *body = alt;
    return art_html_convert_body(ctx, alt);
}
