/* Content scoring: which element holds the article body.
 *
 * Every run of text counts for or against the elements around it: text in
 * a real paragraph (a block with a sentence's worth of words) counts for,
 * link text and short fragments (menus, labels, dates) count against, and
 * so does the summary of a teaser card (a block under a headline link). An
 * element's score is what its subtree adds up to; the body is the element
 * with the best score, so it takes in a neighbour only when that brings
 * more article text than clutter, and gives back a neighbour that is
 * mostly clutter. Semantic markup (itemprop=articleBody, <article>, CMS
 * classes) then wins when it holds about as much. Boilerplate subtrees
 * (clean.c) are not counted at all; those flagged by class alone are
 * judged here with exact counts, and the decision is left on the element
 * for the converter.
 *
 * Three linear walks: count (and judge flagged elements), weigh, pick. */
#include "read_html.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct stat {
    xmlNode *el;
    double text, link;     /* characters of text, of link text */
    double head;           /* the longest single link's text in the subtree */
    double good, bad;      /* pass 2 */
    unsigned blocks;       /* plain text runs of 80 characters or more */
    unsigned char in_link; /* inside an <a> */
    unsigned char hint;    /* art_html_junk_hint */
    unsigned char junk;    /* flagged and not outweighed: not counted */
    unsigned char teaser;  /* pass 2 cache: 0 unknown, 1 no, 2 yes */
    unsigned char sem;     /* semantic(): the article's body markup, by rank */
    unsigned char in_sem;  /* inside an element of such markup */
    unsigned char own_run; /* holds a run of 80+ characters of its own */
    unsigned char cand;    /* weakly flagged inside the body markup, with prose */
    size_t end;            /* index (1-based) of its subtree's last element */
} stat;

typedef struct scorer {
    art_html_ctx *ctx;
    stat *s;
    size_t n, cap;
    int failed;
    xmlNode *spared;        /* flagged, but kept whatever its counts */
    unsigned char *between; /* by index: a candidate kept, between the body's prose */
    size_t cands;
    xmlNode *widest; /* the junk element with the most plain text */
    double widest_plain;
    unsigned char widest_hint;
    art_junk_words words; /* indexed once for every element's hint */
} scorer;

static size_t idx_of(const xmlNode *n)
{
    return n && n->type == XML_ELEMENT_NODE ? (size_t)(uintptr_t)n->_private : 0;
}

static stat *stat_of(const scorer *sc, const xmlNode *n)
{
    size_t i = idx_of(n);
    return i ? &sc->s[i - 1] : NULL;
}

/* Visible characters of a text node. */
static double text_weight(const xmlNode *t)
{
    return (double)art_visible_chars((const char *)t->content);
}

static int semantic(const xmlNode *n);

/* A <header>, <footer>, <aside> or <nav> says by its own name that it is
 * not the body's prose (a graphic's header inside the article), whatever
 * its class. */
static int sectioning_box(const xmlNode *n)
{
    return art_dom_is(n, "header") || art_dom_is(n, "footer") || art_dom_is(n, "aside") ||
           art_dom_is(n, "nav");
}

/* Walks the page calling visit on text and on the way up from elements.
 * Pass 1 (number) numbers the elements that are not junk by what they
 * are; later passes also skip what pass 1 judged junk. */
typedef void (*visit_fn)(scorer *, xmlNode *, int leaving);

static int enter_element(scorer *sc, xmlNode *n, xmlNode *root, int number)
{
    if (!number) {
        const stat *s = stat_of(sc, n);
        return s && !s->junk;
    }
    if (n != root && art_html_is_junk_element(n))
        return 0;
    if (sc->n == sc->cap) {
        size_t cap = sc->cap ? sc->cap * 2 : 1024;
        const article_allocator *a = &sc->ctx->doc->arena.alc;
        stat *s = a->realloc(a->ctx, sc->s, cap * sizeof *s);
        if (!s) {
            sc->failed = 1;
            return 0;
        }
        sc->s = s;
        sc->cap = cap;
    }
    stat *s = &sc->s[sc->n];
    memset(s, 0, sizeof *s);
    s->el = n;
    const stat *up = n == root ? NULL : stat_of(sc, n->parent);
    s->in_link = (unsigned char)((up && up->in_link) || art_dom_is(n, "a"));
    s->sem = (unsigned char)semantic(n);
    s->in_sem = (unsigned char)(up && (up->in_sem || up->sem));
    s->hint = (unsigned char)(n == root || n == sc->spared
                                  ? 0
                                  : art_html_junk_hint_with(n, sc->ctx->flags, &sc->words));
    n->_private = (void *)(uintptr_t)(++sc->n);
    return 1;
}

static void walk(scorer *sc, xmlNode *root, visit_fn visit, int number)
{
    xmlNode *n = root;
    while (n && !sc->failed && !art_html_out_of_time(sc->ctx)) {
        int down = 0;
        if (n->type == XML_ELEMENT_NODE)
            down = enter_element(sc, n, root, number);
        else if (n->type == XML_TEXT_NODE)
            visit(sc, n, 0);
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

/* Pass 1: text and link characters, added up the tree; an element that
 * its class flags is judged on its own counts when the walk leaves it, and
 * when junk adds nothing to its parent. */
static void count_text(scorer *sc, xmlNode *n, int leaving)
{
    if (!leaving) {
        stat *p = stat_of(sc, n->parent);
        if (!p)
            return;
        double w = text_weight(n);
        p->text += w;
        if (p->in_link)
            p->link += w;
        else if (w >= 80) {
            p->blocks++;
            p->own_run = 1;
        }
        return;
    }
    stat *s = stat_of(sc, n);
    if (!s)
        return;
    s->end = sc->n;
    if (art_dom_is(n, "a") && s->link > s->head)
        s->head = s->link;
    if (s->hint && art_html_rule(sc->ctx, ART_RULE_CLASS_HINTS) &&
        !art_html_outweighs_hint(s->hint, s->text - s->link, s->link, s->blocks) &&
        !(sc->between && sc->between[idx_of(n) - 1])) {
        s->junk = 1;
        if (s->hint == 1 && s->in_sem && s->blocks >= 1 && s->text - s->link >= 80 &&
            s->text - s->link >= 2 * s->link && !sectioning_box(n) &&
            art_html_rule(sc->ctx, ART_RULE_BOXED_PROSE)) {
            s->cand = 1;
            sc->cands++;
        }
        if (s->text - s->link > sc->widest_plain) {
            sc->widest_plain = s->text - s->link;
            sc->widest = n;
            sc->widest_hint = s->hint;
        }
        return;
    }
    stat *p = stat_of(sc, n->parent);
    if (p) {
        p->text += s->text;
        p->link += s->link;
        p->blocks += s->blocks;
        if (s->head > p->head)
            p->head = s->head;
    }
}

/* A headline: an element that is (almost) all one link of a few words. */
static int headline(const stat *k)
{
    return k && !k->junk && k->head >= 20 && k->head >= 0.6 * k->text;
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
            const stat *ks = stat_of(sc, k);
            if (!ks || ks->junk)
                continue;
            seen++;
            if (ks->text - ks->link >= 80)
                return 0;
        }
    }
    return 1;
}

/* 1 when an element sibling of n next to it (skipping empty ones) holds
 * a headline link too: teaser cards come in strips. */
static int repeated(const scorer *sc, const xmlNode *n)
{
    for (int dir = 0; dir < 2; dir++) {
        const xmlNode *k = dir ? n->next : n->prev;
        for (; k; k = dir ? k->next : k->prev) {
            const stat *ks = stat_of(sc, k);
            if (!ks || ks->junk || ks->text == 0)
                continue;
            if (ks->head >= 20)
                return 1;
            break;
        }
    }
    return 0;
}

/* 1 when block b is the summary of a teaser card: a few lines (a blog
 * post under its title link is longer) that a headline link starts, or
 * that one stands just before inside a small box (the card) holding
 * little besides b; and the card has a neighbour with a headline of its
 * own. An article's paragraphs sit in a box far larger than any one of
 * them, and a section under a linked heading stands alone. */
static int teaser(scorer *sc, const xmlNode *b)
{
    stat *sb = stat_of(sc, b);
    if (!sb)
        return 0;
    if (sb->teaser)
        return sb->teaser == 2;
    int yes = 0;
    if (sb->text > 500) {
        sb->teaser = 1;
        return 0;
    }
    /* A link of a few words first in b, with more text after it. */
    const xmlNode *first = b->children;
    while (first && first->type == XML_TEXT_NODE && text_weight(first) == 0)
        first = first->next;
    const stat *fs = stat_of(sc, first);
    if (fs && fs->in_link && fs->head >= 20 && fs->head >= 0.15 * sb->text &&
        sb->text - sb->link >= 50)
        yes = repeated(sc, b);
    /* A headline before b, when b is the only prose around. */
    const xmlNode *a = b;
    for (int hops = 0; !yes && isolated(sc, b) && hops < 4 && a && a->parent;
         hops++, a = a->parent) {
        const stat *box = stat_of(sc, a->parent);
        if (!box || box->text > sb->text + 250)
            break;
        int seen = 0;
        for (const xmlNode *k = a->prev; k && seen < 3 && !yes; k = k->prev) {
            const stat *ks = stat_of(sc, k);
            if (!ks || ks->junk || ks->text == 0)
                continue;
            seen++;
            yes = headline(ks) && repeated(sc, a->parent);
        }
    }
    sb->teaser = (unsigned char)(yes ? 2 : 1);
    return yes;
}

/* Pass 2: each text run for or against, by the block it stands in. */
static void count_quality(scorer *sc, xmlNode *n, int leaving)
{
    if (!leaving) {
        double w = text_weight(n);
        stat *s = stat_of(sc, n->parent);
        if (w == 0 || !s)
            return;
        const xmlNode *b = n->parent;
        for (int hops = 0; b && hops < 40; hops++, b = b->parent)
            if (art_html_is_blockish(b) && !art_dom_is(b, "td") && !art_dom_is(b, "tr"))
                break;
        const stat *bs = stat_of(sc, b);
        double btext = bs ? bs->text : w;
        /* A block inside a link (a card that is one big <a>) is all link. */
        double blink = bs ? (bs->in_link ? bs->text : bs->link) : 0;
        double plain = btext - blink;
        int in_link = s->in_link;
        /* Links in prose are part of it; lists of links are not. */
        if (in_link && blink * 2 > btext)
            s->bad += w;
        else if (bs && art_html_rule(sc->ctx, ART_RULE_TEASER_CARDS) && teaser(sc, b))
            s->bad += w * 0.5;
        else if (in_link)
            s->good += w * 0.5;
        else if (plain >= 100 || (art_dom_is(b, "p") && plain >= 50))
            s->good +=
                art_html_rule(sc->ctx, ART_RULE_ISOLATED_PROSE) && isolated(sc, b) ? w * 0.4 : w;
        else if (plain >= 30)
            s->good += w * 0.3;
        else
            s->bad += w * 0.5;
        return;
    }
    stat *s = stat_of(sc, n);
    stat *p = stat_of(sc, n->parent);
    if (s && p) {
        p->good += s->good;
        p->bad += s->bad;
    }
}

/* Elements that can hold a body: not paragraphs, spans or list parts, nor
 * a <header> (the title and its byline; the converter drops one with an h1). */
static int container(const xmlNode *n)
{
    static const char *const not_containers[] = {
        "p",     "h1",         "h2",     "h3",         "h4", "h5",    "h6",    "a",      "span",
        "em",    "strong",     "b",      "i",          "li", "ul",    "ol",    "dl",     "pre",
        "code",  "blockquote", "figure", "figcaption", "tr", "tbody", "thead", "table",  "font",
        "small", "label",      "time",   "cite",       "q",  "sup",   "sub",   "header",
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

/* The separators of a class list (art_dom_has_class's). */
static int class_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Markup that says "this is the article body". */
static int semantic(const xmlNode *n)
{
    static const char *const classes[] = {
        "entry-content", "post-content",   "article-body",    "article-content",  "story-body",
        "article__body", "post-body",      "articleBody",     "article-text",     "story-content",
        "content-body",  "body-text",      "article_body",    "storycontent",     "main-content",
        "post__content", "entry__content", "c-entry-content", "article__content", "story__body",
        "rich-text",     "news-content",
    };
    const char *ip = art_dom_attr(n, "itemprop");
    if (ip && strstr(ip, "articleBody"))
        return 3;
    /* class and id read once: this runs for every counted element. */
    const char *cls = art_dom_attr(n, "class");
    const char *id = art_dom_attr(n, "id");
    for (size_t i = 0; id && i < sizeof classes / sizeof *classes; i++)
        if (strcmp(id, classes[i]) == 0)
            return 2;
    /* Each space-separated word of class against the list (as
     * art_dom_has_class splits it). */
    for (const char *p = cls; p && *p;) {
        while (*p && class_space((unsigned char)*p))
            p++;
        const char *start = p;
        while (*p && !class_space((unsigned char)*p))
            p++;
        size_t len = (size_t)(p - start);
        for (size_t i = 0; len && i < sizeof classes / sizeof *classes; i++)
            if (classes[i][0] == start[0] && strlen(classes[i]) == len &&
                memcmp(start, classes[i], len) == 0)
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

/* The best element gives back what is mostly clutter: while one child
 * keeps most of its score and the rest is mostly not prose (a strip of
 * teasers, a footer of links that happen to score a little), the child
 * is the body. An article split over sibling boxes keeps them: the rest
 * is prose there, and next to no links (rule linked_surplus: a news feed
 * beside a short article, one item of it opened as prose, scores as
 * prose but is a third links; an article's own boxes are not).
 * PRECISION asks for denser prose. */
static const stat *tighten(const scorer *sc, const stat *best)
{
    double dense = (sc->ctx->flags & ARTICLE_OPT_PRECISION) ? 0.7 : 0.5;
    for (int guard = 0; guard < 10000; guard++) {
        const stat *top = NULL;
        for (const xmlNode *k = best->el->children; k; k = k->next) {
            const stat *ks = stat_of(sc, k);
            if (ks && !ks->junk && container(k) && (!top || score(ks) > score(top)))
                top = ks;
        }
        if (!top || score(top) <= 0 || score(top) < 0.6 * score(best))
            return best;
        double rest_text = best->text - top->text, rest_good = best->good - top->good;
        double rest_link = best->link - top->link;
        int linked =
            rest_link >= 0.3 * rest_text && art_html_rule(sc->ctx, ART_RULE_LINKED_SURPLUS);
        if (rest_text > 0 && rest_good >= dense * rest_text && !linked)
            return best;
        best = top;
    }
    return best;
}

/* What the confidence (confidence.c) and `article inspect` are told: the
 * body (NULL: nothing scored, the whole page is taken), then the best
 * elements that are neither inside it nor around it, its rivals. */
static void note_candidates(const scorer *sc, const xmlNode *body)
{
    art_html_ctx *ctx = sc->ctx;
    ctx->n_cands = 0;
    ctx->nothing_scored = body == NULL;
    if (!sc->n)
        return;
    const stat *top[ART_HTML_CANDIDATES];
    size_t n = 0;
    top[n++] = body ? stat_of(sc, body) : &sc->s[0];
    for (size_t i = 0; i < sc->n; i++) {
        const stat *s = &sc->s[i];
        if (s->junk || !container(s->el) || score(s) <= 0 || is_ancestor(s->el, top[0]->el) ||
            is_ancestor(top[0]->el, s->el))
            continue;
        /* Insertion into the list of the best, kept sorted. */
        size_t k = n;
        if (k == ART_HTML_CANDIDATES) {
            if (score(s) <= score(top[k - 1]))
                continue;
            k--;
        }
        for (; k > 1 && score(top[k - 1]) < score(s); k--)
            top[k] = top[k - 1];
        top[k] = s;
        if (n < ART_HTML_CANDIDATES)
            n++;
    }
    ctx->page_good = sc->s[0].good;
    for (size_t i = 0; i < n; i++) {
        art_body_candidate *c = &ctx->cands[i];
        *c = (art_body_candidate){"", score(top[i]), top[i]->good, top[i]->text, top[i]->link};
        art_html_node_path(top[i]->el, c->path, sizeof c->path);
    }
    ctx->n_cands = n;
}

void art_html_clear_marks(xmlNode *root)
{
    xmlNode *n = root;
    while (n) {
        if (n->type == XML_ELEMENT_NODE) {
            n->_private = NULL;
            if (n->children) {
                n = n->children;
                continue;
            }
        }
        if (!(n = art_dom_skip(n, root)))
            break;
    }
}

/* Weakly flagged boxes inside the article's body markup that hold prose
 * and sit between the body's prose (a page builder's "widget" around each
 * paragraph and heading): kept. One that only follows the prose (a bio, a
 * pitch, a list of categories after the article) stays out. The page is
 * counted again with them kept. */
static void keep_between(scorer *sc, xmlNode *root)
{
    const article_allocator *a = &sc->ctx->doc->arena.alc;
    size_t n = sc->n;
    size_t *prose = a->malloc(a->ctx, (n + 1) * sizeof *prose);
    unsigned char *inj = a->malloc(a->ctx, n + 1);
    unsigned char *keep = a->malloc(a->ctx, n + 1);
    if (!prose || !inj || !keep) {
        a->free(a->ctx, prose);
        a->free(a->ctx, inj);
        a->free(a->ctx, keep);
        sc->failed = 1;
        return;
    }
    memset(keep, 0, n + 1);
    prose[0] = 0;
    for (size_t i = 0; i < n; i++) {
        const stat *s = &sc->s[i];
        const stat *p = s->el == root ? NULL : stat_of(sc, s->el->parent);
        int pj = p && ((p->junk && !p->cand) || inj[idx_of(p->el) - 1]);
        inj[i] = (unsigned char)pj;
        prose[i + 1] = prose[i] + (s->own_run && !pj && !(s->junk && !s->cand) && !s->in_link);
    }
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        const stat *s = &sc->s[i];
        if (!s->cand || inj[i])
            continue;
        const stat *m = NULL;
        int hops = 0;
        for (const xmlNode *q = s->el->parent; q && q != root->parent && hops < 64;
             q = q->parent, hops++) {
            const stat *qs = stat_of(sc, q);
            if (qs && qs->sem) {
                m = qs;
                break;
            }
        }
        if (!m)
            continue;
        size_t mi = idx_of(m->el);
        size_t before = prose[i] - prose[mi];
        size_t after = prose[m->end] - prose[s->end];
        if (before && after) {
            keep[i] = 1;
            kept++;
        }
    }
    a->free(a->ctx, prose);
    a->free(a->ctx, inj);
    if (!kept) {
        a->free(a->ctx, keep);
        return;
    }
    for (size_t i = 0; i < sc->n; i++)
        sc->s[i].el->_private = NULL;
    sc->n = 0;
    sc->cands = 0;
    sc->between = keep;
    walk(sc, root, count_text, 1);
    sc->between = NULL;
    a->free(a->ctx, keep);
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
    art_html_junk_words_init(&sc.words);
    walk(&sc, root, count_text, 1);
    /* A flagged element with more plain text than all the rest of the page
     * is the page's wrapper ("has-sidebar"), not boilerplate: count again
     * with it spared. */
    if (!sc.failed && sc.n && sc.widest && sc.widest_plain > sc.s[0].text - sc.s[0].link &&
        art_html_rule(ctx, ART_RULE_SPARE_WRAPPER)) {
        for (size_t i = 0; i < sc.n; i++)
            sc.s[i].el->_private = NULL;
        sc.n = 0;
        sc.spared = sc.widest;
        walk(&sc, root, count_text, 1);
    }
    if (!sc.failed && sc.cands)
        keep_between(&sc, root);
    if (!sc.failed)
        walk(&sc, root, count_quality, 0);
    const xmlNode *best = NULL;
    if (!sc.failed && sc.n) {
        size_t bi = 0;
        for (size_t i = 1; i < sc.n; i++)
            if (!sc.s[i].junk && score(&sc.s[i]) > score(&sc.s[bi]) && container(sc.s[i].el))
                bi = i;
        const stat *bs = art_html_rule(ctx, ART_RULE_TIGHTEN) ? tighten(&sc, &sc.s[bi]) : &sc.s[bi];
        best = bs->el;
        double best_score = score(bs);
        double best_good = bs->good;
        /* Semantic markup wins when it holds about as much article text. */
        const stat *pick = NULL;
        int pick_rank = 0;
        for (size_t i = 0; i < sc.n; i++) {
            const stat *s = &sc.s[i];
            int rank = s->junk || !art_html_rule(ctx, ART_RULE_SEMANTIC_BODY) ? 0 : s->sem;
            if (!rank)
                continue;
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
    if (!sc.failed)
        note_candidates(&sc, best);
    /* Leave the verdict on flagged elements for the converter. */
    for (size_t i = 0; i < sc.n; i++) {
        const stat *s = &sc.s[i];
        s->el->_private = !s->hint ? NULL : s->junk ? ART_HTML_MARK_JUNK : ART_HTML_MARK_KEEP;
    }
    /* The spared wrapper was counted as unflagged: the converter must not
     * judge its class again (with a bounded look it could drop it). A
     * pop-up stays out of the body all the same (art_html_outweighs_hint). */
    if (sc.spared && sc.widest_hint < 3 && !sc.failed) {
        sc.spared->_private = ART_HTML_MARK_KEEP;
        ctx->spared = sc.spared;
    }
    ctx->doc->arena.alc.free(ctx->doc->arena.alc.ctx, sc.s);
    if (sc.failed) {
        art_html_clear_marks(root);
        return art_error_set(ctx->err, ARTICLE_ERR_NOMEM, "out of memory scoring the page");
    }
    if (!best) {
        /* Nothing scores: the whole body, so short pages keep their text. */
        best = root;
    }
    *out = best;
    return ARTICLE_OK;
}
