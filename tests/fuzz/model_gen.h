/* Random article/1 models through the builder API, for the round-trip test
 * (tests/unit/test_random_roundtrip.c, seeded) and the model-aware fuzz
 * harness (tests/fuzz/fuzz_model.c, driven by the fuzzer's bytes).
 *
 * Seeded, the generator makes canonical models (docs/html-format.md,
 * canonical.h) covering every block and inline type, nesting (quotes in
 * items, lists in quotes, spans in spans), Unicode (accents, CJK, RTL,
 * emoji, U+2028) and characters that need escaping, all metadata, related
 * links and threaded comments. Driven by bytes, each choice is one byte
 * (0 once they run out), and a string is sometimes the fuzzer's own ASCII
 * instead of a word from the list, so that models reach what no list
 * foresees ("c sharp", a URL with a space, a title with a newline); those
 * models need not be canonical, and the harness checks what each one
 * promises. */
#ifndef ARTICLE_TEST_MODEL_GEN_H
#define ARTICLE_TEST_MODEL_GEN_H

#include <article/article.h>

#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* MARK: - The generator */

typedef struct gen {
    uint32_t state;
    article_doc *doc;
    int failed;          /* a builder call failed: the model is unusable */
    const uint8_t *data; /* the fuzzer's bytes, or NULL: seeded */
    size_t size, pos;
} gen;

/* xorshift32: small, deterministic everywhere, never 0 from a non-0 seed.
 * From bytes: the next one, 0 when they run out (so that every loop ends
 * and the smallest choices are made). */
static uint32_t next(gen *g)
{
    if (g->data)
        return g->pos < g->size ? g->data[g->pos++] : 0;
    uint32_t x = g->state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return g->state = x;
}

/* 0 .. n-1 */
static int pick(gen *g, int n)
{
    return (int)(next(g) % (uint32_t)n);
}

static int chance(gen *g, int percent)
{
    return pick(g, 100) < percent;
}

static void check(gen *g, article_status st)
{
    if (st != ARTICLE_OK)
        g->failed = 1;
}

/* Words: plain, accented, CJK, RTL, emoji, U+2028, and every character the
 * writers must escape. None holds a space or a control character. */
static const char *const WORDS[] = {
    "the",       "news",      "article",    "of",         "today",
    "reader",    "café",      "naïve",      "Zürich",     "señor",
    "façade",    "Ελλάδα",    "日本語",     "中文报道",   "ニュース",
    "שלום",      "مرحبا",     "עברית",      "😀",          "👩‍💻",
    "🇫🇷",        "a\u2028b",  "x\u2029y",   "\u00a0nbsp", "&",
    "<",         ">",         "\"quoted\"", "it's",       "back\\slash",
    "a/b",       "</script>", "]]>",        "&amp;",      "<!--",
    "-->",       "<p>",       "{\"k\":1}",  "*stars*",    "_under_",
    "#hash",     "`tick`",    "[link](x)",  "1.",         "-",
    "+",         ">quote",    "|pipe|",     "\u200bzw",   "soft\u00adhyphen",
    "\u202eRTL", "Ω≈ç√",      "€100",
};
#define NWORDS (sizeof WORDS / sizeof WORDS[0])

/* From bytes, one time in eight: up to 31 of the fuzzer's bytes as ASCII
 * (NUL read as a space), whatever they hold; else NULL. */
static const char *raw_string(gen *g, char *buf, size_t cap)
{
    if (!g->data || pick(g, 8) != 0)
        return NULL;
    size_t n = (size_t)pick(g, 32), i;
    for (i = 0; i < n && i + 1 < cap && g->pos < g->size; i++) {
        uint8_t c = g->data[g->pos++] & 0x7f;
        buf[i] = c ? (char)c : ' ';
    }
    buf[i] = '\0';
    return buf;
}

/* A few words joined by single spaces into `buf` (never empty, unless the
 * fuzzer's bytes say so). */
static const char *words(gen *g, char *buf, size_t cap, int max)
{
    if (raw_string(g, buf, cap))
        return buf;
    int n = 1 + pick(g, max);
    size_t len = 0;
    buf[0] = '\0';
    for (int i = 0; i < n; i++) {
        const char *w = WORDS[pick(g, (int)NWORDS)];
        size_t wl = strlen(w);
        if (len + wl + 2 >= cap)
            break;
        if (i)
            buf[len++] = ' ';
        memcpy(buf + len, w, wl + 1);
        len += wl;
    }
    return buf;
}

/* An absolute URL, with characters that need escaping in HTML attributes;
 * a mailto: URL sometimes, where one makes sense (a link's target). */
static const char *url_or_mail(gen *g, char *buf, size_t cap, int mail)
{
    static const char *const hosts[] = {"example.com", "news.example.org", "b.example",
                                        "xn--caf-dma.example"};
    static const char *const paths[] = {"",      "/",           "/a/b",           "/q?x=1&y=2",
                                        "/#top", "/it's/here/", "/a;b=c?d=e&f#g", "/~user/"};
    char tail[40];
    if (mail && chance(g, 10))
        snprintf(buf, cap, "mailto:someone@example.com");
    else
        snprintf(buf, cap, "%s://%s%s%u", chance(g, 80) ? "https" : "http", hosts[pick(g, 4)],
                 paths[pick(g, 8)], next(g) % 1000u);
    if (raw_string(g, tail, sizeof tail)) {
        size_t len = strlen(buf);
        snprintf(buf + len, cap - len, "%s", tail);
    }
    return buf;
}

static const char *url(gen *g, char *buf, size_t cap)
{
    return url_or_mail(g, buf, cap, 0);
}

static const char *date(gen *g, char *buf, size_t cap)
{
    static const char *const forms[] = {"%04d-%02d-%02d", "%04d-%02d-%02dT10:20:30Z",
                                        "%04d-%02d-%02dT23:59:59.123+02:00",
                                        "%04d-%02d-%02dT00:00:00-05:30"};
    if (raw_string(g, buf, cap))
        return buf;
    snprintf(buf, cap, forms[pick(g, 4)], 1990 + pick(g, 40), 1 + pick(g, 12), 1 + pick(g, 28));
    return buf;
}

static article_node *add(gen *g, article_node *parent, article_node_type type)
{
    article_node *n = article_node_new(g->doc, type);
    if (!n) {
        g->failed = 1;
        return NULL;
    }
    check(g, article_node_append_child(parent, n));
    return n;
}

static void text(gen *g, article_node *parent, const char *s)
{
    check(g, article_node_append_text(parent, s, strlen(s)));
}

/* Inline content of `parent`, canonical as it goes: `*space` says the
 * text so far ends in a space (or a break, or is the start of the block),
 * so nothing may add another. `links` stops links nesting in links, which
 * HTML cannot express. Ends with the container's last item; the caller
 * trims a trailing space or break (finish_inlines). */
static void inlines(gen *g, article_node *parent, int depth, int in_link, int *space)
{
    char buf[256], ubuf[128];
    int n = 1 + pick(g, depth ? 2 : 4);
    for (int i = 0; i < n && !g->failed; i++) {
        int kind = depth >= 3 ? 0 : pick(g, 12);
        if (kind <= 3 || (kind == 11 && *space)) {
            if (!*space && chance(g, 50))
                text(g, parent, " ");
            text(g, parent, words(g, buf, sizeof buf, 5));
            *space = 0;
            if (chance(g, 40)) {
                text(g, parent, " ");
                *space = 1;
            }
        } else if (kind == 10) {
            article_node *c = add(g, parent, ARTICLE_NODE_CODE);
            if (c)
                check(g, article_node_set_literal(c, words(g, buf, sizeof buf, 3)));
            *space = 0;
        } else if (kind == 11) {
            add(g, parent, ARTICLE_NODE_BREAK);
            *space = 1;
        } else {
            static const article_node_type spans[] = {ARTICLE_NODE_EM,  ARTICLE_NODE_STRONG,
                                                      ARTICLE_NODE_SUB, ARTICLE_NODE_SUP,
                                                      ARTICLE_NODE_DEL, ARTICLE_NODE_LINK};
            article_node_type t = spans[kind - 4];
            if (t == ARTICLE_NODE_LINK && in_link)
                t = ARTICLE_NODE_EM;
            article_node *s = add(g, parent, t);
            if (!s)
                return;
            if (t == ARTICLE_NODE_LINK) {
                if (chance(g, 90))
                    check(g, article_node_set_href(s, url_or_mail(g, ubuf, sizeof ubuf, 1)));
                if (chance(g, 30))
                    check(g, article_node_set_title(s, words(g, buf, sizeof buf, 3)));
            }
            inlines(g, s, depth + 1, in_link || t == ARTICLE_NODE_LINK, space);
        }
    }
}

/* The last leaf under `n` in document order. */
static article_node *last_leaf(article_node *n)
{
    while (article_node_last_child(n))
        n = article_node_last_child(n);
    return n;
}

/* Inline content that ends canonically: no trailing space or break. */
static void fill_inlines(gen *g, article_node *container)
{
    int space = 1;
    inlines(g, container, 0, 0, &space);
    article_node *leaf = last_leaf(container);
    if (g->failed || leaf == container)
        return;
    if (article_node_get_type(leaf) == ARTICLE_NODE_BREAK) {
        text(g, article_node_parent(leaf), "end");
    } else if (article_node_get_type(leaf) == ARTICLE_NODE_TEXT) {
        const char *s = article_node_get_literal(leaf);
        size_t len = strlen(s);
        if (len && s[len - 1] == ' ') {
            char buf[1024];
            snprintf(buf, sizeof buf, "%.*s", (int)(len - 1), s);
            check(g, article_node_set_literal(leaf, buf));
        }
    }
}

static void blocks(gen *g, article_node *parent, int depth, int max);

/* Code: newlines, tabs, indentation and markup kept verbatim. */
static const char *code_text(gen *g, char *buf, size_t cap)
{
    static const char *const lines[] = {
        "int main(void) {",
        "\treturn a < b && c > d;",
        "}",
        "  <script>alert('x')</script>",
        "if x: print(\"é\")",
        "    ]]> & &amp;",
        "",
        "// 日本語 \u2028 😀",
        "a\\b\\n",
        "   trailing   ",
    };
    if (raw_string(g, buf, cap) && buf[0])
        return buf;
    size_t len = 0;
    int n = 1 + pick(g, 4);
    buf[0] = '\0';
    for (int i = 0; i < n; i++) {
        const char *l = lines[pick(g, 10)];
        int w = snprintf(buf + len, cap - len, "%s%s", i ? "\n" : "", l);
        if (w < 0 || (size_t)w >= cap - len)
            break;
        len += (size_t)w;
    }
    if (len == 0)
        snprintf(buf, cap, "x");
    return buf;
}

static void block(gen *g, article_node *parent, int depth)
{
    char buf[512], ubuf[128];
    int kind = depth >= 4 ? 0 : pick(g, 12);
    article_node *n;
    switch (kind) {
    case 0:
    case 1:
    case 2:
    case 3:
        n = add(g, parent, ARTICLE_NODE_PARAGRAPH);
        if (n)
            fill_inlines(g, n);
        break;
    case 4: /* a quote: blocks (lists too), maybe an attribution and a cite */
        n = add(g, parent, ARTICLE_NODE_QUOTE);
        if (!n)
            break;
        if (chance(g, 40))
            check(g, article_node_set_string(n, ARTICLE_ATTR_CITE, url(g, ubuf, sizeof ubuf)));
        blocks(g, n, depth + 1, 3);
        if (chance(g, 50)) {
            article_node *a = add(g, n, ARTICLE_NODE_ATTRIBUTION);
            if (a)
                fill_inlines(g, a);
        }
        break;
    case 5:
        n = add(g, parent, ARTICLE_NODE_FIGURE);
        if (!n)
            break;
        check(g, article_node_set_src(n, url(g, ubuf, sizeof ubuf)));
        if (chance(g, 60))
            check(g, article_node_set_string(n, ARTICLE_ATTR_ALT, words(g, buf, sizeof buf, 4)));
        if (chance(g, 50)) {
            check(g, article_node_set_int(n, ARTICLE_ATTR_WIDTH, 1 + pick(g, 2000)));
            check(g, article_node_set_int(n, ARTICLE_ATTR_HEIGHT, 1 + pick(g, 2000)));
        }
        if (chance(g, 40))
            check(g, article_node_set_string(n, ARTICLE_ATTR_CREDIT, words(g, buf, sizeof buf, 3)));
        if (chance(g, 60)) {
            article_node *c = add(g, n, ARTICLE_NODE_CAPTION);
            if (c)
                fill_inlines(g, c);
        }
        break;
    case 6: /* a list: items of blocks (quotes and lists too) */
        n = add(g, parent, ARTICLE_NODE_LIST);
        if (!n)
            break;
        check(g, article_node_set_int(n, ARTICLE_ATTR_ORDERED, pick(g, 2)));
        for (int i = 0, items = 1 + pick(g, 3); i < items; i++) {
            article_node *item = add(g, n, ARTICLE_NODE_ITEM);
            if (item)
                blocks(g, item, depth + 1, 2);
        }
        break;
    case 7:
        n = add(g, parent, ARTICLE_NODE_TABLE);
        if (!n)
            break;
        if (chance(g, 40)) {
            article_node *c = add(g, n, ARTICLE_NODE_CAPTION);
            if (c)
                fill_inlines(g, c);
        }
        for (int r = 0, rows = 1 + pick(g, 3); r < rows; r++) {
            article_node *row = add(g, n, ARTICLE_NODE_ROW);
            for (int c = 0, cells = 1 + pick(g, 3); row && c < cells; c++) {
                article_node *cell = add(g, row, ARTICLE_NODE_CELL);
                if (!cell)
                    break;
                if (r == 0 || chance(g, 10))
                    check(g, article_node_set_int(cell, ARTICLE_ATTR_HEADER, r == 0));
                if (chance(g, 15))
                    check(g, article_node_set_int(cell, ARTICLE_ATTR_COLSPAN, 2));
                if (chance(g, 10))
                    check(g, article_node_set_int(cell, ARTICLE_ATTR_ROWSPAN, 2));
                if (chance(g, 85))
                    fill_inlines(g, cell);
            }
        }
        break;
    case 8:
        n = add(g, parent, ARTICLE_NODE_CODE_BLOCK);
        if (!n)
            break;
        check(g, article_node_set_literal(n, code_text(g, buf, sizeof buf)));
        if (chance(g, 50))
            check(g, article_node_set_string(n, ARTICLE_ATTR_LANGUAGE,
                                             raw_string(g, ubuf, sizeof ubuf) ? ubuf
                                             : pick(g, 2)                     ? "c"
                                                                              : "python"));
        break;
    case 9:
        n = add(g, parent, ARTICLE_NODE_EMBED);
        if (!n)
            break;
        check(g, article_node_set_url(n, url(g, ubuf, sizeof ubuf)));
        if (chance(g, 50))
            check(g, article_node_set_title(n, words(g, buf, sizeof buf, 4)));
        if (chance(g, 50))
            check(g, article_node_set_string(n, ARTICLE_ATTR_PROVIDER,
                                             raw_string(g, ubuf, sizeof ubuf) ? ubuf
                                             : pick(g, 2)                     ? "YouTube"
                                                                              : "Vidéo & Co"));
        break;
    default:
        add(g, parent, ARTICLE_NODE_RULE);
        break;
    }
}

static void blocks(gen *g, article_node *parent, int depth, int max)
{
    for (int i = 0, n = 1 + pick(g, max); i < n && !g->failed; i++)
        block(g, parent, depth);
}

static void comment(gen *g, article_node *parent, int depth, int *ids)
{
    char buf[256], ubuf[128], id[32];
    article_node *c = add(g, parent, ARTICLE_NODE_COMMENT);
    if (!c)
        return;
    if (!raw_string(g, id, sizeof id))
        snprintf(id, sizeof id, "c%d", ++*ids);
    if (chance(g, 80))
        check(g, article_node_set_string(c, ARTICLE_ATTR_ID, id));
    if (chance(g, 80))
        check(g, article_node_set_string(c, ARTICLE_ATTR_AUTHOR, words(g, buf, sizeof buf, 2)));
    if (chance(g, 40))
        check(g, article_node_set_string(c, ARTICLE_ATTR_AUTHOR_URL, url(g, ubuf, sizeof ubuf)));
    if (chance(g, 60))
        check(g, article_node_set_string(c, ARTICLE_ATTR_PUBLISHED, date(g, ubuf, sizeof ubuf)));
    blocks(g, c, 2, 2);
    for (int i = 0, n = depth < 3 ? pick(g, 3) : 0; i < n; i++)
        comment(g, c, depth + 1, ids);
}

static void metadata(gen *g)
{
    static const char *const langs[] = {"en", "fr", "de", "ar", "he", "zh", "ja", "fi", "pt-BR"};
    char buf[256], ubuf[128];
    article_doc *d = g->doc;
    if (chance(g, 90))
        check(g, article_doc_set(d, ARTICLE_FIELD_TITLE, words(g, buf, sizeof buf, 8)));
    if (chance(g, 70))
        check(g, article_doc_set(d, ARTICLE_FIELD_URL, url(g, ubuf, sizeof ubuf)));
    if (chance(g, 50))
        check(g, article_doc_set(d, ARTICLE_FIELD_SUBTITLE, words(g, buf, sizeof buf, 6)));
    if (chance(g, 50))
        check(g, article_doc_set(d, ARTICLE_FIELD_SUMMARY, words(g, buf, sizeof buf, 12)));
    if (chance(g, 70))
        check(g, article_doc_set(d, ARTICLE_FIELD_PUBLISHED, date(g, ubuf, sizeof ubuf)));
    if (chance(g, 40))
        check(g, article_doc_set(d, ARTICLE_FIELD_MODIFIED, date(g, ubuf, sizeof ubuf)));
    if (chance(g, 70))
        check(g, article_doc_set(d, ARTICLE_FIELD_LANGUAGE,
                                 raw_string(g, ubuf, sizeof ubuf) ? ubuf : langs[pick(g, 9)]));
    if (chance(g, 60))
        check(g, article_doc_set(d, ARTICLE_FIELD_SITE_NAME, words(g, buf, sizeof buf, 3)));
    for (int i = 0, n = pick(g, 4); i < n; i++)
        check(g, article_doc_add_author(d, words(g, buf, sizeof buf, 3),
                                        chance(g, 50) ? url(g, ubuf, sizeof ubuf) : NULL));
    for (int i = 0, n = pick(g, 4); i < n; i++)
        check(g, article_doc_add_breadcrumb(d, words(g, buf, sizeof buf, 2),
                                            chance(g, 70) ? url(g, ubuf, sizeof ubuf) : NULL));
    for (int i = 0, n = pick(g, 5); i < n; i++)
        check(g, article_doc_add_tag(d, words(g, buf, sizeof buf, 2)));
    if (chance(g, 50)) {
        char alt[256];
        int w = chance(g, 50) ? 1 + pick(g, 3000) : 0;
        check(g, article_doc_set_image(d, url(g, ubuf, sizeof ubuf),
                                       chance(g, 60) ? words(g, alt, sizeof alt, 4) : NULL, w,
                                       w ? 1 + pick(g, 3000) : 0));
    }
}

/* A model from `seed` (canonical) or from the fuzzer's `data` (seed 0),
 * or NULL when a builder call failed. */
static article_doc *generate_model(uint32_t seed, const uint8_t *data, size_t size)
{
    gen g = {seed * 2654435761u + 1u, article_doc_new(NULL), 0, data, size, 0};
    if (!g.doc)
        return NULL;
    for (int i = 0; i < 8 && !data; i++)
        next(&g); /* spread small seeds apart */
    metadata(&g);
    article_node *root = article_doc_root(g.doc);
    for (int i = 0, n = 1 + pick(&g, 4); i < n && !g.failed; i++) {
        article_node *s = add(&g, root, ARTICLE_NODE_SECTION);
        if (!s)
            break;
        int level = pick(&g, 7);
        if (level)
            check(&g, article_node_set_level(s, level));
        if (i > 0 || chance(&g, 20)) {
            article_node *h = add(&g, s, ARTICLE_NODE_HEADING);
            if (h)
                fill_inlines(&g, h);
        }
        blocks(&g, s, 0, 5);
    }
    char buf[256], ubuf[128];
    for (int i = 0, n = pick(&g, 4); i < n && !g.failed; i++) {
        article_node *r = add(&g, root, ARTICLE_NODE_RELATED);
        if (!r)
            break;
        check(&g, article_node_set_title(r, words(&g, buf, sizeof buf, 6)));
        check(&g, article_node_set_url(r, url(&g, ubuf, sizeof ubuf)));
        if (chance(&g, 50)) {
            check(&g, article_node_set_src(r, url(&g, ubuf, sizeof ubuf)));
            if (chance(&g, 50))
                check(&g,
                      article_node_set_string(r, ARTICLE_ATTR_ALT, words(&g, buf, sizeof buf, 3)));
            if (chance(&g, 50)) {
                check(&g, article_node_set_int(r, ARTICLE_ATTR_WIDTH, 1 + pick(&g, 500)));
                check(&g, article_node_set_int(r, ARTICLE_ATTR_HEIGHT, 1 + pick(&g, 500)));
            }
        }
        if (chance(&g, 40))
            check(&g,
                  article_node_set_string(r, ARTICLE_ATTR_SUMMARY, words(&g, buf, sizeof buf, 8)));
    }
    int ids = 0;
    for (int i = 0, n = pick(&g, 3); i < n && !g.failed; i++)
        comment(&g, root, 0, &ids);
    if (g.failed) {
        article_doc_free(g.doc);
        return NULL;
    }
    return g.doc;
}

/* A canonical model from `seed`, or NULL when a builder call failed. */
static inline article_doc *generate(uint32_t seed)
{
    return generate_model(seed, NULL, 0);
}

#endif
