/* DOM -> sections, blocks and inlines. One iterative walk over the DOM
 * (parent pointers, no recursion) with an explicit stack of frames: each
 * frame is a model container opened by a DOM element and closed when the
 * walk leaves that element. Whitespace is collapsed as a browser renders
 * it: a space between words is written only once the next word shows up,
 * in the container where the space was, so none leads or trails. */
#include "read_html.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef enum frame_kind {
    FR_BLOCK,  /* block container: section (node NULL), QUOTE, ITEM, COMMENT */
    FR_INLINE, /* inline container: paragraph, heading, caption, cell, span */
    FR_LIST,
    FR_TABLE,
    FR_ROW,
    FR_FIGURE
} frame_kind;

typedef struct frame {
    const xmlNode *el; /* leaving this element pops the frame */
    frame_kind kind;
    article_node *node; /* the container; NULL for the body's section level */
    article_node *para; /* FR_BLOCK: the open implicit paragraph */
    int root;           /* FR_INLINE: an inline root (not a span) */
    int keep;           /* FR_INLINE root: kept even when empty (cells) */
} frame;

typedef struct conv {
    art_html_ctx *ctx;
    frame *fr;
    size_t n, cap;
    int body_mode;         /* sections are made under the document root */
    article_node *section; /* current section (body mode) */
    article_node *prev_section;
    const char *title; /* article title, for the duplicated h1 */
    int title_seen;
    art_buf text; /* text waiting to be appended to text_owner */
    article_node *text_owner;
    article_node *space_owner; /* where a pending space goes, or NULL */
    article_node *root;        /* the open inline root */
    int ws;                    /* last thing written in root is a space/start */
    size_t root_len, root_link;
    char prefix[48];   /* the first bytes of root's text */
    size_t prefix_len; /* strlen(prefix), kept: emit runs per word */
    int in_link;
    int prose_seen; /* top-level paragraphs of 80+ characters so far */
    article_status st;
} conv;

/* MARK: - Model helpers */

static void fail(conv *c, article_status st)
{
    if (c->st == ARTICLE_OK && st != ARTICLE_OK)
        c->st = st;
}

/* Text as valid UTF-8: libxml2 passes through bytes that are not (a page
 * that lies about its charset); each bad byte becomes U+FFFD. Returns an
 * arena copy, or NULL when out of memory. */
static const char *repair_utf8(conv *c, const char *s, size_t len, size_t *out_len)
{
    art_buf b;
    art_buf_init(&b, &c->ctx->doc->arena.alc);
    size_t i = 0;
    while (i < len) {
        unsigned char ch = (unsigned char)s[i];
        size_t n = ch < 0x80         ? 1
                   : (ch >> 5) == 6  ? 2
                   : (ch >> 4) == 14 ? 3
                   : (ch >> 3) == 30 ? 4
                                     : 0;
        if (n && i + n <= len && art_utf8_valid(s + i, n)) {
            art_buf_put(&b, s + i, n);
            i += n;
        } else {
            art_buf_put(&b, "\xef\xbf\xbd", 3);
            i++;
        }
    }
    const char *out = b.failed ? NULL : art_doc_strndup(c->ctx->doc, b.data ? b.data : "", b.len);
    *out_len = b.len;
    art_buf_free(&b);
    return out;
}

static void flush(conv *c)
{
    if (c->text_owner && c->text.len) {
        const char *t = c->text.data;
        size_t len = c->text.len;
        if (!art_utf8_valid(t, len) && !(t = repair_utf8(c, t, len, &len)))
            fail(c, ARTICLE_ERR_NOMEM);
        else
            fail(c, article_node_append_text(c->text_owner, t, len));
    }
    if (c->text.failed)
        fail(c, ARTICLE_ERR_NOMEM);
    c->text.len = 0;
    c->text_owner = NULL;
}

static article_node *new_node(conv *c, article_node_type t)
{
    flush(c);
    article_node *n = article_node_new(c->ctx->doc, t);
    if (!n)
        fail(c, ARTICLE_ERR_NOMEM);
    return n;
}

static article_node *append_new(conv *c, article_node *parent, article_node_type t)
{
    article_node *n = parent ? new_node(c, t) : NULL;
    if (n)
        fail(c, article_node_append_child(parent, n));
    return c->st == ARTICLE_OK ? n : NULL;
}

static void emit(conv *c, article_node *owner, const char *s, size_t len)
{
    if (c->text_owner != owner) {
        flush(c);
        c->text_owner = owner;
    }
    art_buf_put(&c->text, s, len);
    if (c->root) {
        size_t used = c->prefix_len;
        size_t room = sizeof c->prefix - 1 - used;
        size_t k = len < room ? len : room;
        if (k) {
            memcpy(c->prefix + used, s, k);
            c->prefix[used + k] = '\0';
            c->prefix_len = used + k;
        }
        c->root_len += len;
        if (c->in_link)
            c->root_link += len;
    }
}

/* Writes a space that was waiting, before new content. */
static void flush_space(conv *c)
{
    if (c->space_owner) {
        emit(c, c->space_owner, " ", 1);
        c->space_owner = NULL;
        c->ws = 1;
    }
}

/* Text into an inline container, whitespace collapsed. */
static void put_words(conv *c, article_node *cont, const char *s)
{
    while (*s) {
        if (art_is_space((unsigned char)*s)) {
            while (*s && art_is_space((unsigned char)*s))
                s++;
            if (!c->ws && !c->space_owner)
                c->space_owner = cont;
            continue;
        }
        const char *w = s;
        while (*s && !art_is_space((unsigned char)*s))
            s++;
        /* Words one plain space apart go out as one run: the space the
         * loop would collapse and write before the next word is that
         * space, into the same container (emit once per paragraph, not
         * twice per word). */
        while (s[0] == ' ' && s[1] && !art_is_space((unsigned char)s[1]))
            for (s++; *s && !art_is_space((unsigned char)*s);)
                s++;
        flush_space(c);
        emit(c, cont, w, (size_t)(s - w));
        c->ws = 0;
    }
}

/* A separator between block-level pieces inside an inline container. */
static void soft_space(conv *c, article_node *cont)
{
    if (cont && !c->ws && !c->space_owner)
        c->space_owner = cont;
}

static frame *top(conv *c)
{
    return &c->fr[c->n - 1];
}

static int push(conv *c, const xmlNode *el, frame_kind kind, article_node *node)
{
    if (!node)
        return 0;
    if (c->n == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 64;
        const article_allocator *a = &c->ctx->doc->arena.alc;
        frame *f = a->realloc(a->ctx, c->fr, cap * sizeof *f);
        if (!f) {
            fail(c, ARTICLE_ERR_NOMEM);
            return 0;
        }
        c->fr = f;
        c->cap = cap;
    }
    frame *f = &c->fr[c->n++];
    memset(f, 0, sizeof *f);
    f->el = el;
    f->kind = kind;
    f->node = node;
    return 1;
}

static void open_root(conv *c, article_node *node)
{
    flush(c);
    c->root = node;
    c->ws = 1;
    c->space_owner = NULL;
    c->root_len = c->root_link = 0;
    c->prefix[0] = '\0';
    c->prefix_len = 0;
}

/* Trailing spaces of the last text in n's subtree go (spaces written
 * eagerly before a span that stayed empty). */
static void trim_end(conv *c, article_node *n)
{
    while (n && n->first) {
        article_node *l = art_node_last(n);
        if (l->type == ARTICLE_NODE_TEXT) {
            const char *s = art_node_str(l, ARTICLE_ATTR_LITERAL);
            size_t len = s ? strlen(s) : 0;
            size_t k = len;
            while (k && s[k - 1] == ' ')
                k--;
            if (k == 0) {
                article_node_unlink(l);
                continue;
            }
            if (k != len) {
                const char *t = art_doc_strndup(c->ctx->doc, s, k);
                if (!t)
                    fail(c, ARTICLE_ERR_NOMEM);
                else
                    art_node_set_str(l, ARTICLE_ATTR_LITERAL, t);
            }
            return;
        }
        if (l->type == ARTICLE_NODE_BREAK && l->parent == c->root) {
            article_node_unlink(l);
            continue;
        }
        if (l->type == ARTICLE_NODE_CODE || l->type == ARTICLE_NODE_BREAK)
            return;
        n = l;
    }
}

static void close_root(conv *c, int keep)
{
    if (!c->root)
        return;
    flush(c);
    article_node *r = c->root;
    c->root = NULL;
    c->space_owner = NULL;
    trim_end(c, r);
    int empty = r->first == NULL;
    if (!empty && c->body_mode && r->type == ARTICLE_NODE_PARAGRAPH &&
        art_html_teaser_line(c->ctx, c->prefix, c->root_len, c->root_link))
        empty = 1;
    if (!empty && c->body_mode && !keep &&
        (r->type == ARTICLE_NODE_PARAGRAPH || r->type == ARTICLE_NODE_HEADING) &&
        art_html_flow_junk(c->ctx, r, c->root_len, c->prose_seen))
        empty = 1;
    if (!empty && r->type == ARTICLE_NODE_PARAGRAPH && c->root_len >= 80 && r->parent &&
        r->parent->type == ARTICLE_NODE_SECTION)
        c->prose_seen++;
    if (empty && !keep)
        article_node_unlink(r);
}

/* MARK: - Frames */

static article_node *block_parent(conv *c, frame *f)
{
    if (f->node)
        return f->node;
    if (!c->section) {
        c->section = append_new(c, article_doc_root(c->ctx->doc), ARTICLE_NODE_SECTION);
        c->prev_section = NULL;
    }
    return c->section;
}

static void close_para(conv *c)
{
    frame *f = top(c);
    if (f->kind == FR_BLOCK && f->para) {
        close_root(c, 0);
        f->para = NULL;
    }
}

static article_node *ensure_para(conv *c)
{
    frame *f = top(c);
    if (f->kind != FR_BLOCK)
        return NULL;
    if (!f->para) {
        f->para = append_new(c, block_parent(c, f), ARTICLE_NODE_PARAGRAPH);
        if (f->para)
            open_root(c, f->para);
    }
    return f->para;
}

/* The inline container text goes to now, or NULL. */
static article_node *cur_inline(conv *c)
{
    frame *f = top(c);
    if (f->kind == FR_INLINE)
        return f->node;
    if (f->kind == FR_BLOCK)
        return f->para;
    return NULL;
}

static int push_root(conv *c, const xmlNode *el, article_node *node, int keep)
{
    if (!push(c, el, FR_INLINE, node))
        return 0;
    top(c)->root = 1;
    top(c)->keep = keep;
    open_root(c, node);
    return 1;
}

/* A block appended where blocks go now; the open paragraph is closed. */
static article_node *add_block(conv *c, article_node_type t)
{
    close_para(c);
    frame *f = top(c);
    if (f->kind != FR_BLOCK)
        return NULL;
    return append_new(c, block_parent(c, f), t);
}

/* The trailing "— Name" paragraph of a quote is its attribution. */
static void quote_attribution(conv *c, article_node *q)
{
    article_node *att = NULL;
    for (article_node *k = q->first; k; k = k->next)
        if (k->type == ARTICLE_NODE_ATTRIBUTION)
            att = k;
    if (att) {
        article_node_unlink(att);
        if (att->first)
            fail(c, article_node_append_child(q, att));
        return;
    }
    article_node *last = art_node_last(q);
    if (!last || last == q->first || last->type != ARTICLE_NODE_PARAGRAPH || !last->first ||
        last->first->type != ARTICLE_NODE_TEXT)
        return;
    const char *s = art_node_str(last->first, ARTICLE_ATTR_LITERAL);
    size_t skip = 0;
    if (strncmp(s, "\xe2\x80\x94", 3) == 0 || strncmp(s, "\xe2\x80\x93", 3) == 0)
        skip = 3;
    else if (strncmp(s, "--", 2) == 0)
        skip = 2;
    if (!skip)
        return;
    while (s[skip] == ' ')
        skip++;
    if (!s[skip] && !last->first->next)
        return;
    /* Only a short line names a source. */
    size_t total = 0;
    for (article_node *k = last->first; k; k = k->next)
        total += k->type == ARTICLE_NODE_TEXT ? strlen(art_node_str(k, ARTICLE_ATTR_LITERAL)) : 20;
    if (total > 120)
        return;
    article_node *a = new_node(c, ARTICLE_NODE_ATTRIBUTION);
    if (!a)
        return;
    const char *rest = art_doc_strdup(c->ctx->doc, s + skip);
    if (!rest) {
        fail(c, ARTICLE_ERR_NOMEM);
        return;
    }
    art_node_set_str(last->first, ARTICLE_ATTR_LITERAL, rest);
    if (!*rest)
        article_node_unlink(last->first);
    while (last->first) {
        article_node *k = last->first;
        fail(c, article_node_append_child(a, k));
        if (c->st != ARTICLE_OK)
            return;
    }
    article_node_unlink(last);
    fail(c, article_node_append_child(q, a));
}

/* A cell spans no more rows than the table has left (<td rowspan=11>
 * with 10 rows below would make the HTML writer's table invalid). */
static void clamp_rowspans(conv *c, article_node *table)
{
    int rows = 0;
    for (article_node *r = table->first; r; r = r->next)
        rows += r->type == ARTICLE_NODE_ROW;
    int i = 0;
    for (article_node *r = table->first; r; r = r->next) {
        if (r->type != ARTICLE_NODE_ROW)
            continue;
        for (article_node *cell = r->first; cell; cell = cell->next)
            if (cell->type == ARTICLE_NODE_CELL &&
                art_node_int(cell, ARTICLE_ATTR_ROWSPAN) > rows - i)
                fail(c, article_node_set_int(cell, ARTICLE_ATTR_ROWSPAN, rows - i));
        i++;
    }
}

static void finish_frame(conv *c, frame *f)
{
    switch (f->kind) {
    case FR_INLINE:
        if (f->root) {
            close_root(c, f->keep);
            if (f->node->type == ARTICLE_NODE_HEADING && !f->node->parent && c->body_mode &&
                c->section && !c->section->first) {
                /* An empty heading starts no section. */
                article_node_unlink(c->section);
                c->section = c->prev_section;
            }
        } else {
            if (f->node->type == ARTICLE_NODE_LINK)
                c->in_link--;
            flush(c);
            if (!f->node->first) {
                if (c->space_owner == f->node)
                    c->space_owner = f->node->parent;
                article_node_unlink(f->node);
            }
        }
        break;
    case FR_BLOCK:
        if (f->para) {
            close_root(c, 0);
            f->para = NULL;
        }
        if (f->node && f->node->type == ARTICLE_NODE_QUOTE) {
            quote_attribution(c, f->node);
            if (!f->node->first)
                article_node_unlink(f->node);
        }
        break;
    case FR_LIST:
        if (!f->node->first)
            article_node_unlink(f->node);
        break;
    case FR_TABLE:
        if (!f->node->first)
            article_node_unlink(f->node);
        else
            clamp_rowspans(c, f->node);
        break;
    case FR_ROW:
    case FR_FIGURE:
        break;
    }
}

/* MARK: - Elements */

static int heading_level(const xmlNode *n)
{
    if (n->type != XML_ELEMENT_NODE || !n->name || n->name[0] != 'h' || !n->name[1] || n->name[2])
        return 0;
    int d = n->name[1] - '0';
    return d >= 1 && d <= 6 ? d : 0;
}

static article_node_type span_type(const xmlNode *n)
{
    static const struct {
        const char *tag;
        article_node_type type;
    } spans[] = {
        {"em", ARTICLE_NODE_EM},   {"i", ARTICLE_NODE_EM},          {"dfn", ARTICLE_NODE_EM},
        {"var", ARTICLE_NODE_EM},  {"strong", ARTICLE_NODE_STRONG}, {"b", ARTICLE_NODE_STRONG},
        {"sub", ARTICLE_NODE_SUB}, {"sup", ARTICLE_NODE_SUP},       {"del", ARTICLE_NODE_DEL},
        {"s", ARTICLE_NODE_DEL},   {"strike", ARTICLE_NODE_DEL},    {"a", ARTICLE_NODE_LINK},
    };
    for (size_t i = 0; i < sizeof spans / sizeof *spans; i++)
        if (art_dom_is(n, spans[i].tag))
            return spans[i].type;
    return ARTICLE_NODE_NONE;
}

static int is_code_span(const xmlNode *n)
{
    return art_dom_is(n, "code") || art_dom_is(n, "kbd") || art_dom_is(n, "samp") ||
           art_dom_is(n, "tt");
}

/* The raw text of n's subtree (code keeps its whitespace); <br> is "\n". */
static void raw_text(const xmlNode *root, art_buf *buf)
{
    const xmlNode *n = root->children;
    while (n) {
        if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content)
            art_buf_puts(buf, (const char *)n->content);
        else if (art_dom_is(n, "br"))
            art_buf_putc(buf, '\n');
        if (n->type == XML_ELEMENT_NODE && n->children && !art_dom_is(n, "script") &&
            !art_dom_is(n, "style")) {
            n = n->children;
            continue;
        }
        if (!(n = art_dom_skip_const(n, root)))
            break;
    }
}

static const char *raw_string(conv *c, const xmlNode *n, int drop_first_newline)
{
    art_buf b;
    art_buf_init(&b, &c->ctx->doc->arena.alc);
    raw_text(n, &b);
    const char *s = b.data ? b.data : "";
    size_t len = b.len;
    if (drop_first_newline && len && s[0] == '\n') {
        s++;
        len--;
    }
    const char *out = NULL;
    if (!b.failed)
        out = art_utf8_valid(s, len) ? art_doc_strndup(c->ctx->doc, s, len)
                                     : repair_utf8(c, s, len, &len);
    art_buf_free(&b);
    if (!out)
        fail(c, ARTICLE_ERR_NOMEM);
    return out;
}

static void set_string(conv *c, article_node *n, article_attr a, const char *v)
{
    if (n && v && *v) {
        article_status st = article_node_set_string(n, a, v);
        /* Invalid UTF-8 in an attribute is left out, not fatal. */
        if (st == ARTICLE_ERR_NOMEM)
            fail(c, st);
    }
}

/* "language-c", "lang-c", "highlight-c" in a class list -> "c". */
static const char *code_language(conv *c, const xmlNode *n)
{
    static const char *const prefixes[] = {"language-", "lang-", "highlight-source-"};
    for (int hop = 0; n && hop < 2; hop++) {
        const char *cls = art_dom_attr(n, "class");
        for (size_t i = 0; cls && i < sizeof prefixes / sizeof *prefixes; i++) {
            const char *p = strstr(cls, prefixes[i]);
            if (p && (p == cls || art_is_space((unsigned char)p[-1]))) {
                p += strlen(prefixes[i]);
                size_t len = 0;
                while (p[len] && !art_is_space((unsigned char)p[len]))
                    len++;
                if (len)
                    return art_doc_strndup(c->ctx->doc, p, len);
            }
        }
        /* Its first word, as from a class: the writer puts it in one. */
        const char *lang = art_dom_attr(n, "data-lang");
        size_t len = 0;
        while (lang && lang[len] && !art_is_space((unsigned char)lang[len]))
            len++;
        if (len)
            return art_doc_strndup(c->ctx->doc, lang, len);
        /* <pre><code class="language-x">: look at the only code child. */
        const xmlNode *k = n->children;
        while (k && k->type != XML_ELEMENT_NODE)
            k = k->next;
        n = art_dom_is(k, "code") ? k : NULL;
    }
    return NULL;
}

static void add_code_block(conv *c, const xmlNode *pre)
{
    article_node *b = add_block(c, ARTICLE_NODE_CODE_BLOCK);
    if (!b)
        return;
    /* A browser drops a newline right after <pre>, not one inside its
     * <code> (where our writer puts a code block's leading newline). */
    const char *text = raw_string(c, pre, pre->children && pre->children->type == XML_TEXT_NODE);
    if (text)
        fail(c, article_node_set_literal(b, text));
    set_string(c, b, ARTICLE_ATTR_LANGUAGE, code_language(c, pre));
}

static int attr_int(const xmlNode *n, const char *name)
{
    const char *v = art_dom_attr(n, name);
    if (!v)
        return 0;
    long x = strtol(v, NULL, 10);
    return x > 0 && x < 100000 ? (int)x : 0;
}

/* A FIGURE node for the image in n, not yet linked; NULL when there is no
 * real image (or it is a tracking pixel or an icon). */
static article_node *make_figure(conv *c, const xmlNode *n)
{
    if (c->ctx->flags & ARTICLE_OPT_NO_IMAGES)
        return NULL;
    const xmlNode *img = art_dom_is(n, "img") ? n : art_html_find_image(n);
    const char *src = art_html_image_src(c->ctx, n);
    int w = img ? attr_int(img, "width") : 0;
    int h = img ? attr_int(img, "height") : 0;
    if ((w && w < 48) || (h && h < 48))
        return NULL;
    if (!src)
        return NULL;
    article_node *f = new_node(c, ARTICLE_NODE_FIGURE);
    if (!f)
        return NULL;
    set_string(c, f, ARTICLE_ATTR_SRC, src);
    if (img) {
        set_string(c, f, ARTICLE_ATTR_ALT, art_html_clean_string(c->ctx, art_dom_attr(img, "alt")));
        if (w)
            fail(c, article_node_set_int(f, ARTICLE_ATTR_WIDTH, w));
        if (h)
            fail(c, article_node_set_int(f, ARTICLE_ATTR_HEIGHT, h));
    }
    return f;
}

/* An image met inside a paragraph goes next to it: before it when the
 * paragraph has no text yet, else after it. */
static void inline_image(conv *c, const xmlNode *n)
{
    article_node *r = c->root;
    if (!r || r->type != ARTICLE_NODE_PARAGRAPH || !r->parent)
        return;
    article_node *f = make_figure(c, n);
    if (!f)
        return;
    if (c->root_len == 0)
        fail(c, article_node_insert_before(r, f));
    else
        fail(c, article_node_insert_after(r, f));
}

static article_node *make_embed(conv *c, const char *url, const char *provider, const char *title)
{
    if (!url)
        return NULL;
    article_node *e = new_node(c, ARTICLE_NODE_EMBED);
    if (!e)
        return NULL;
    set_string(c, e, ARTICLE_ATTR_URL, url);
    set_string(c, e, ARTICLE_ATTR_PROVIDER, provider);
    set_string(c, e, ARTICLE_ATTR_TITLE, title);
    return e;
}

/* An iframe of a known media site (or one that names its provider). */
static void add_iframe(conv *c, const xmlNode *n)
{
    const char *src = art_dom_attr(n, "src");
    if (!src || !*src)
        src = art_dom_attr(n, "data-src");
    const char *url = src ? art_html_resolve_url(c->ctx, src) : NULL;
    const char *provider = art_dom_attr(n, "data-provider");
    if (provider && !*provider)
        provider = NULL;
    if (!provider)
        provider = art_html_embed_provider(url);
    if (!url || !provider)
        return;
    close_para(c);
    frame *f = top(c);
    if (f->kind != FR_BLOCK)
        return;
    article_node *e =
        make_embed(c, url, provider, art_html_clean_string(c->ctx, art_dom_attr(n, "title")));
    if (e)
        fail(c, article_node_append_child(block_parent(c, f), e));
}

/* blockquote.twitter-tweet (and kin): an embed of the post's URL. */
static int add_social_embed(conv *c, const xmlNode *q)
{
    const char *provider = art_html_social_provider(q);
    if (!provider)
        return 0;
    const char *url = NULL;
    const char *cite = art_dom_attr(q, "cite");
    if (cite && *cite)
        url = art_html_resolve_url(c->ctx, cite);
    /* The post's own link is the last one (after the text's links). */
    const xmlNode *n = q->children;
    while (n && !url) {
        if (art_dom_is(n, "a")) {
            const char *h = art_html_resolve_url(c->ctx, art_dom_attr(n, "href"));
            if (h && (strstr(h, "/status/") || strstr(h, "/p/") || strstr(h, "/video/")))
                url = h;
        }
        if (n->type == XML_ELEMENT_NODE && n->children) {
            n = n->children;
            continue;
        }
        if (!(n = art_dom_skip_const(n, q)))
            break;
    }
    if (!url)
        return 0;
    article_node *e = add_block(c, ARTICLE_NODE_EMBED);
    if (e) {
        set_string(c, e, ARTICLE_ATTR_URL, url);
        set_string(c, e, ARTICLE_ATTR_PROVIDER, provider);
    }
    return 1;
}

static int same_title(conv *c, const xmlNode *n, const char *title)
{
    if (!title || !*title)
        return 0;
    const char *t = art_dom_text(c->ctx, n);
    if (!t) {
        fail(c, ARTICLE_ERR_NOMEM);
        return 0;
    }
    return art_html_same_title(t, title);
}

static int push_span(conv *c, const xmlNode *n, article_node_type t)
{
    if (art_html_rule(c->ctx, ART_RULE_PERMALINKS) && art_html_permalink(c->ctx, n))
        return 0;
    if (art_html_rule(c->ctx, ART_RULE_SKIP_LINKS) && art_html_skip_link(c->ctx, n))
        return 0;
    article_node *cont = cur_inline(c);
    if (!cont)
        return 1;
    const char *href = NULL;
    if (t == ARTICLE_NODE_LINK) {
        /* A link inside a link: HTML forbids it (a parser takes the pair
         * apart), so the model never holds one. Its text stays. */
        if (c->in_link)
            return 1;
        href = art_html_resolve_url(c->ctx, art_dom_attr(n, "href"));
        if (!(href && href[0] != '#' && (strstr(href, "://") || strncmp(href, "mailto:", 7) == 0)))
            return 1; /* an anchor without a target: its text only */
    }
    flush_space(c);
    article_node *s = append_new(c, cont, t);
    if (!s)
        return 0;
    if (t == ARTICLE_NODE_LINK) {
        set_string(c, s, ARTICLE_ATTR_HREF, href);
        set_string(c, s, ARTICLE_ATTR_TITLE,
                   art_html_clean_string(c->ctx, art_dom_attr(n, "title")));
        c->in_link++;
    }
    return push(c, n, FR_INLINE, s);
}

static void add_code_span(conv *c, const xmlNode *n)
{
    article_node *cont = cur_inline(c);
    if (!cont)
        return;
    const char *text = raw_string(c, n, 0);
    if (!text || !*text)
        return;
    flush_space(c);
    article_node *k = append_new(c, cont, ARTICLE_NODE_CODE);
    if (k)
        fail(c, article_node_set_literal(k, text));
    c->ws = 0;
    c->root_len += strlen(text);
    if (c->in_link)
        c->root_link += strlen(text);
    if (!c->prefix[0]) {
        strncat(c->prefix, text, sizeof c->prefix - 1);
        c->prefix_len = strlen(c->prefix);
    }
}

static void add_break(conv *c)
{
    frame *f = top(c);
    article_node *cont = cur_inline(c);
    if (!cont || !c->root)
        return;
    flush(c);
    c->space_owner = NULL;
    /* <br><br> in running text separates paragraphs. */
    if (cont == c->root && c->root->type == ARTICLE_NODE_PARAGRAPH && art_node_last(cont) &&
        art_node_last(cont)->type == ARTICLE_NODE_BREAK) {
        article_node_unlink(art_node_last(cont));
        if (f->kind == FR_BLOCK) {
            close_para(c);
            return;
        }
        if (f->kind == FR_INLINE && f->root && c->n >= 2 && c->fr[c->n - 2].kind == FR_BLOCK) {
            article_node *old = f->node;
            close_root(c, 0);
            article_node *p = new_node(c, ARTICLE_NODE_PARAGRAPH);
            if (!p)
                return;
            if (old->parent)
                fail(c, article_node_insert_after(old, p));
            else
                fail(c, article_node_append_child(block_parent(c, &c->fr[c->n - 2]), p));
            f->node = p;
            open_root(c, p);
            return;
        }
    }
    if (!c->root_len)
        return;
    article_node *b = append_new(c, cont, ARTICLE_NODE_BREAK);
    (void)b;
    c->ws = 1;
}

/* The figure element: a quote, an embed, an image, or just a box. */
static int enter_figure(conv *c, const xmlNode *n)
{
    if (art_dom_contains(n, "blockquote", 200) > 0) {
        article_node *q = add_block(c, ARTICLE_NODE_QUOTE);
        return q ? push(c, n, FR_BLOCK, q) : 0;
    }
    const xmlNode *iframe = NULL;
    for (const xmlNode *k = n->children; k && !iframe; k = k->next) {
        if (art_dom_is(k, "iframe"))
            iframe = k;
        else if (k->type == XML_ELEMENT_NODE)
            for (const xmlNode *g = k->children; g && !iframe; g = g->next)
                if (art_dom_is(g, "iframe"))
                    iframe = g;
    }
    if (iframe) {
        add_iframe(c, iframe);
        return 0;
    }
    if (art_html_find_image(n)) {
        article_node *f = make_figure(c, n);
        if (!f)
            return 0;
        close_para(c);
        frame *t = top(c);
        if (t->kind != FR_BLOCK)
            return 0;
        fail(c, article_node_append_child(block_parent(c, t), f));
        return push(c, n, FR_FIGURE, f);
    }
    close_para(c);
    return 1;
}

/* The figure a loose caption belongs to: the last block where blocks go
 * now, when it is a figure without a caption yet. */
static article_node *caption_target(conv *c)
{
    frame *f = top(c);
    if (f->kind != FR_BLOCK)
        return NULL;
    article_node *parent = f->node ? f->node : c->section;
    article_node *last = parent ? art_node_last(parent) : NULL;
    if (!last || last->type != ARTICLE_NODE_FIGURE)
        return NULL;
    for (article_node *k = last->first; k; k = k->next)
        if (k->type == ARTICLE_NODE_CAPTION)
            return NULL;
    return last;
}

static int enter_block(conv *c, const xmlNode *n)
{
    frame *f0 = top(c);
    if (n != c->fr[0].el && !(f0->node && f0->node->type == ARTICLE_NODE_QUOTE) &&
        art_html_rule(c->ctx, ART_RULE_LOOSE_CAPTIONS) && art_html_loose_caption(n)) {
        /* It captions the image just before it. Alone, it is the caption
         * of an image that did not load (a placeholder, a slideshow's
         * other slides) when its boxes say image, and left out; else (a
         * video's description) it stays text. */
        article_node *fig = caption_target(c);
        if (fig) {
            close_para(c);
            article_node *cap = append_new(c, fig, ARTICLE_NODE_CAPTION);
            return cap ? push_root(c, n, cap, 0) : 0;
        }
        if (art_html_image_box(n))
            return 0;
    }
    frame *f = top(c);
    int level = heading_level(n);
    if (art_dom_is(n, "p") || art_dom_is(n, "dt") || art_dom_is(n, "dd") ||
        (level && !(c->body_mode && c->n == 1))) {
        close_para(c);
        article_node *p = append_new(c, block_parent(c, f), ARTICLE_NODE_PARAGRAPH);
        return p ? push_root(c, n, p, 0) : 0;
    }
    if (level) {
        close_para(c);
        if (!c->title_seen && level <= 2 && art_html_rule(c->ctx, ART_RULE_TITLE_HEADING) &&
            same_title(c, n, c->title)) {
            c->title_seen = 1;
            return 0;
        }
        article_node *s = append_new(c, article_doc_root(c->ctx->doc), ARTICLE_NODE_SECTION);
        if (!s)
            return 0;
        /* The HTML writer keeps the title the only <h1>: it writes level 1
         * as <h2 data-level="1"> and a heading without a level with
         * data-level="0" (docs/html-format.md). */
        const char *dl = art_dom_attr(n, "data-level");
        if (dl && dl[0] >= '0' && dl[0] <= '6' && !dl[1])
            level = dl[0] - '0';
        if (level)
            fail(c, article_node_set_int(s, ARTICLE_ATTR_LEVEL, level));
        c->prev_section = c->section;
        c->section = s;
        article_node *h = append_new(c, s, ARTICLE_NODE_HEADING);
        return h ? push_root(c, n, h, 0) : 0;
    }
    if (art_dom_is(n, "ul") || art_dom_is(n, "ol")) {
        article_node *l = add_block(c, ARTICLE_NODE_LIST);
        if (l && art_dom_is(n, "ol"))
            fail(c, article_node_set_int(l, ARTICLE_ATTR_ORDERED, 1));
        return l ? push(c, n, FR_LIST, l) : 0;
    }
    if (art_dom_is(n, "blockquote")) {
        /* The blockquote of a figure.quote already has its frame. */
        if (f->node && f->node->type == ARTICLE_NODE_QUOTE && f->el == n->parent &&
            art_dom_is(f->el, "figure")) {
            close_para(c);
            set_string(c, f->node, ARTICLE_ATTR_CITE,
                       art_html_resolve_url(c->ctx, art_dom_attr(n, "cite")));
            return 1;
        }
        if (add_social_embed(c, n))
            return 0;
        article_node *q = add_block(c, ARTICLE_NODE_QUOTE);
        if (!q)
            return 0;
        set_string(c, q, ARTICLE_ATTR_CITE, art_html_resolve_url(c->ctx, art_dom_attr(n, "cite")));
        return push(c, n, FR_BLOCK, q);
    }
    if (f->node && f->node->type == ARTICLE_NODE_QUOTE &&
        (art_dom_is(n, "footer") || art_dom_is(n, "cite") ||
         (art_dom_is(n, "figcaption") && art_dom_is(f->el, "figure")))) {
        close_para(c);
        article_node *a = append_new(c, f->node, ARTICLE_NODE_ATTRIBUTION);
        return a ? push_root(c, n, a, 0) : 0;
    }
    if (art_dom_is(n, "figure"))
        return enter_figure(c, n);
    if (art_dom_is(n, "img") || art_dom_is(n, "picture")) {
        article_node *fig = make_figure(c, n);
        if (fig) {
            close_para(c);
            fail(c, article_node_append_child(block_parent(c, top(c)), fig));
        }
        return 0;
    }
    if (art_dom_is(n, "pre")) {
        add_code_block(c, n);
        return 0;
    }
    if (art_dom_is(n, "table")) {
        close_para(c);
        if (c->ctx->flags & ARTICLE_OPT_NO_TABLES)
            return 0;
        if (art_html_rule(c->ctx, ART_RULE_LAYOUT_TABLES) && art_html_layout_table(n))
            return 1;
        article_node *t = add_block(c, ARTICLE_NODE_TABLE);
        return t ? push(c, n, FR_TABLE, t) : 0;
    }
    if (art_dom_is(n, "hr")) {
        add_block(c, ARTICLE_NODE_RULE);
        return 0;
    }
    if (art_dom_is(n, "iframe")) {
        add_iframe(c, n);
        return 0;
    }
    /* What a <video> or <audio> holds besides its sources is for browsers
     * that cannot play it ("Your browser does not support the video
     * tag."): no browser of today shows it, as in inline content. */
    if (art_dom_is(n, "video") || art_dom_is(n, "audio"))
        return 0;
    if (art_dom_is(n, "br")) {
        add_break(c);
        return 0;
    }
    if (art_dom_is(n, "header") && art_html_rule(c->ctx, ART_RULE_TITLE_HEADER) &&
        art_html_title_header(n))
        return 0;
    article_node_type st = span_type(n);
    if (st != ARTICLE_NODE_NONE) {
        ensure_para(c);
        return push_span(c, n, st);
    }
    if (is_code_span(n)) {
        ensure_para(c);
        add_code_span(c, n);
        return 0;
    }
    if (art_html_is_blockish(n))
        close_para(c);
    return 1;
}

static int enter_inline(conv *c, const xmlNode *n)
{
    article_node_type st = span_type(n);
    if (st != ARTICLE_NODE_NONE)
        return push_span(c, n, st);
    if (is_code_span(n)) {
        add_code_span(c, n);
        return 0;
    }
    if (art_dom_is(n, "br")) {
        add_break(c);
        return 0;
    }
    if (art_dom_is(n, "img") || art_dom_is(n, "picture")) {
        inline_image(c, n);
        return 0;
    }
    if (art_dom_is(n, "iframe") || art_dom_is(n, "video") || art_dom_is(n, "audio"))
        return 0;
    frame *f = top(c);
    if (f->node->type == ARTICLE_NODE_CAPTION && art_html_credit_element(n)) {
        article_node *fig = f->node->parent;
        const char *credit = art_dom_text(c->ctx, n);
        if (fig && fig->type == ARTICLE_NODE_FIGURE && credit && *credit) {
            set_string(c, fig, ARTICLE_ATTR_CREDIT, credit);
            return 0;
        }
    }
    if (art_html_is_blockish(n))
        soft_space(c, cur_inline(c));
    return 1;
}

static void put_text(conv *c, const xmlNode *n)
{
    const char *s = (const char *)n->content;
    if (!s)
        return;
    frame *f = top(c);
    if (f->kind != FR_BLOCK && f->kind != FR_INLINE)
        return;
    if (f->kind == FR_BLOCK && !f->para) {
        const char *p = s;
        while (*p && art_is_space((unsigned char)*p))
            p++;
        if (!*p)
            return;
        ensure_para(c);
    }
    article_node *cont = cur_inline(c);
    if (cont)
        put_words(c, cont, s);
}

/* Called on the way down; 1 when the walk should go into n's children. */
/* A folded panel of the main column, read when the column is (panels.c):
 * hidden, but by nothing else than its closed toggle. */
static int open_panel(conv *c, const xmlNode *n)
{
    return c->ctx->widened && art_html_rule(c->ctx, ART_RULE_COLLAPSED_PANELS) &&
           art_html_collapsed_panel(n) && !art_html_junk_hint(n, c->ctx->flags);
}

static int enter(conv *c, const xmlNode *n)
{
    if (c->st != ARTICLE_OK)
        return 0;
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        put_text(c, n);
        return 0;
    }
    if (n->type != XML_ELEMENT_NODE)
        return 0;
    frame *f = top(c);
    /* Quote attributions live in footers; judge them before boilerplate. */
    int quote_part = f->kind == FR_BLOCK && f->node && f->node->type == ARTICLE_NODE_QUOTE &&
                     (art_dom_is(n, "footer") || art_dom_is(n, "figcaption"));
    if (!quote_part && art_html_is_junk(n, c->ctx->flags) && !open_panel(c, n))
        return 0;
    switch (f->kind) {
    case FR_INLINE:
        return enter_inline(c, n);
    case FR_BLOCK:
        return enter_block(c, n);
    case FR_LIST:
        if (art_dom_is(n, "li")) {
            article_node *it = append_new(c, f->node, ARTICLE_NODE_ITEM);
            return it ? push(c, n, FR_BLOCK, it) : 0;
        }
        if (art_dom_is(n, "ul") || art_dom_is(n, "ol")) {
            /* A list right inside a list: it belongs to an item. */
            article_node *it = append_new(c, f->node, ARTICLE_NODE_ITEM);
            if (!it || !push(c, n, FR_BLOCK, it))
                return 0;
            return enter_block(c, n);
        }
        return 1;
    case FR_TABLE:
        if (art_dom_is(n, "caption")) {
            flush(c);
            article_node *cap = new_node(c, ARTICLE_NODE_CAPTION);
            if (!cap)
                return 0;
            fail(c, article_node_prepend_child(f->node, cap));
            return push_root(c, n, cap, 0);
        }
        if (art_dom_is(n, "tr")) {
            article_node *r = append_new(c, f->node, ARTICLE_NODE_ROW);
            return r ? push(c, n, FR_ROW, r) : 0;
        }
        return !art_dom_is(n, "table");
    case FR_ROW:
        if (art_dom_is(n, "td") || art_dom_is(n, "th")) {
            article_node *cell = append_new(c, f->node, ARTICLE_NODE_CELL);
            if (!cell)
                return 0;
            if (art_dom_is(n, "th"))
                fail(c, article_node_set_int(cell, ARTICLE_ATTR_HEADER, 1));
            /* HTML caps colspan at 1000 and rowspan at 65534. */
            int cs = attr_int(n, "colspan");
            int rs = attr_int(n, "rowspan");
            if (cs > 1000)
                cs = 1000;
            if (cs > 1)
                fail(c, article_node_set_int(cell, ARTICLE_ATTR_COLSPAN, cs));
            if (rs > 1)
                fail(c, article_node_set_int(cell, ARTICLE_ATTR_ROWSPAN, rs));
            return push_root(c, n, cell, 1);
        }
        return 1;
    case FR_FIGURE:
        if (art_dom_is(n, "figcaption")) {
            article_node *cap = append_new(c, f->node, ARTICLE_NODE_CAPTION);
            return cap ? push_root(c, n, cap, 0) : 0;
        }
        return !art_dom_is(n, "img") && !art_dom_is(n, "picture");
    }
    return 0;
}

/* Called on the way up from an element whose children were walked. */
static void leave(conv *c, const xmlNode *n)
{
    int popped = 0;
    while (c->n > 1 && top(c)->el == n) {
        finish_frame(c, top(c));
        c->n--;
        popped = 1;
    }
    if (popped || !art_html_is_blockish(n))
        return;
    frame *f = top(c);
    if (f->kind == FR_BLOCK)
        close_para(c);
    else if (f->kind == FR_INLINE)
        soft_space(c, f->node);
}

/* 1 when an open frame's element is x or inside it (x inside root). */
static int frame_within(const conv *c, const xmlNode *x, const xmlNode *root)
{
    for (size_t i = 1; i < c->n; i++)
        for (const xmlNode *p = c->fr[i].el; p && p != root; p = p->parent)
            if (p == x)
                return 1;
    return 0;
}

/* On a long page (read_html.h: ctx->survey is set), the libxml2 subtrees
 * of the siblings before `kept`, an element the walk has just left, when
 * they are root's children or blocks of a block container (a section,
 * a quote, an item, a wrapper the walk passes through; not the cells,
 * items or runs of a table, list or paragraph): nothing reads them again,
 * and the model that replaces them then finds their memory free. The
 * element the walk left last stays, with the text after it: a collapsed
 * panel's toggle is the element before it or before a wrapper of it
 * (panels.c). */
static void free_before(conv *c, const xmlNode *kept, const xmlNode *root)
{
    while (kept->prev && !frame_within(c, kept->prev, root)) {
        xmlNode *x = kept->prev;
        xmlUnlinkNode(x);
        xmlFreeNode(x);
        c->ctx->tree_freed = 1;
    }
}

/* Walks root's children (and root itself when include_root). */
static void walk(conv *c, const xmlNode *root, int include_root)
{
    int free_blocks = c->body_mode && c->ctx->survey;
    if (include_root && root->type == XML_ELEMENT_NODE && root->children &&
        !art_dom_is(root, "body") && !art_dom_is(root, "html")) {
        /* The body's own element is kept whatever its class says. */
        if (!enter_block(c, root))
            return;
    }
    const xmlNode *n = root->children;
    while (n && c->st == ARTICLE_OK && !art_html_out_of_time(c->ctx)) {
        int down = enter(c, n);
        if (down && n->children) {
            n = n->children;
            continue;
        }
        if (down)
            leave(c, n);
        while (n && !n->next) {
            n = n->parent;
            if (!n || n == root) {
                n = NULL;
                break;
            }
            leave(c, n);
        }
        if (n) {
            const xmlNode *left = n;
            n = n->next;
            if (free_blocks && left->type == XML_ELEMENT_NODE &&
                (left->parent == root || top(c)->kind == FR_BLOCK))
                free_before(c, left, root);
        }
    }
    /* Close whatever is still open, innermost first. */
    while (c->n > 1) {
        finish_frame(c, top(c));
        c->n--;
    }
    finish_frame(c, top(c));
}

/* A section left with neither heading nor blocks (its content was all
 * boilerplate) is no part of a model: the HTML writer would write an
 * empty <section> that reads back as nothing. */
static void drop_empty_sections(article_doc *doc)
{
    article_node *n = article_node_first_child(article_doc_root(doc));
    while (n) {
        article_node *next = article_node_next(n);
        if (n->type == ARTICLE_NODE_SECTION && !n->first)
            article_node_unlink(n);
        n = next;
    }
}

static article_status run(art_html_ctx *ctx, const xmlNode *from, article_node *parent,
                          int include_root)
{
    conv c;
    memset(&c, 0, sizeof c);
    c.ctx = ctx;
    c.body_mode = parent == NULL;
    c.title = article_doc_get(ctx->doc, ARTICLE_FIELD_TITLE);
    art_buf_init(&c.text, &ctx->doc->arena.alc);
    if (push(&c, from, FR_BLOCK, parent ? parent : article_doc_root(ctx->doc))) {
        if (c.body_mode)
            c.fr[0].node = NULL;
        if (from)
            walk(&c, from, include_root);
        flush(&c);
        if (c.body_mode)
            drop_empty_sections(ctx->doc);
    }
    art_buf_free(&c.text);
    ctx->doc->arena.alc.free(ctx->doc->arena.alc.ctx, c.fr);
    if (c.st != ARTICLE_OK)
        return art_error_set(ctx->err, c.st, "reading the body: %s", article_status_string(c.st));
    return ARTICLE_OK;
}

article_status art_html_convert_blocks(art_html_ctx *ctx, const xmlNode *from, article_node *parent)
{
    if (!parent)
        return art_error_set(ctx->err, ARTICLE_ERR_INVALID_ARG, "no parent for blocks");
    return run(ctx, from, parent, 0);
}

article_status art_html_convert_body(art_html_ctx *ctx, const xmlNode *from)
{
    return run(ctx, from, NULL, 1);
}
