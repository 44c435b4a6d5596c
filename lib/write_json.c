/* JSON article/1 writer: canonical key order, compact or pretty.
 *
 * The tree is walked with an explicit stack of frames, never recursion. Each
 * node type has a table of members in canonical order (format.c); a frame steps through
 * its node's table, and a member that is an array of children keeps a cursor
 * on the last child written, so that it resumes there once the child's own
 * frame is popped. Output goes straight into the art_out buffer: no jansson,
 * no allocation per node. */
#include "format.h"

#include <string.h>

static int matches(const article_node *n, unsigned filter)
{
    article_node_type t = (article_node_type)n->type;
    switch (filter) {
    case F_INLINE:
        return t >= ARTICLE_NODE_FIRST_INLINE && t <= ARTICLE_NODE_LAST_INLINE;
    case F_BLOCK:
        return t >= ARTICLE_NODE_FIRST_BLOCK && t <= ARTICLE_NODE_LAST_BLOCK;
    default:
        return (unsigned)t == filter;
    }
}

static const article_node *next_match(const article_node *n, unsigned filter)
{
    while (n && !matches(n, filter))
        n = n->next;
    return n;
}

/* MARK: - Output */

typedef struct frame {
    const article_node *node;
    const art_fmt_member *table;
    const article_node *cur; /* last child written of the open array member */
    unsigned phase;
    uint8_t in_array;
} frame;

typedef struct writer {
    art_out out;
    article_allocator alc;
    int pretty;
    /* One flag per open container: does it have an element yet? */
    unsigned char *open;
    size_t depth, open_cap;
    frame *stack;
    size_t sp, stack_cap;
    int nomem;
} writer;

static void put(writer *w, const char *s, size_t len)
{
    art_buf_put(&w->out.buf, s, len);
}

static void put_lit(writer *w, const char *s)
{
    art_buf_put(&w->out.buf, s, strlen(s));
}

static void newline_indent(writer *w)
{
    static const char spaces[] = "                                ";
    art_buf_putc(&w->out.buf, '\n');
    size_t n = w->depth * 2;
    while (n > 0) {
        size_t k = n < sizeof spaces - 1 ? n : sizeof spaces - 1;
        put(w, spaces, k);
        n -= k;
    }
}

/* Eight bytes at a time: nonzero when one of them is below 0x20, '"' or
 * '\\' (the bytes JSON escapes). The classic "has a zero byte" test
 * of x ^ the byte repeated; a hit may also flag the byte after it, never
 * miss one, so the byte loop below decides. */
#define ONES ((uint64_t)0x0101010101010101u)
#define HIGHS ((uint64_t)0x8080808080808080u)
static uint64_t has_zero(uint64_t x)
{
    return (x - ONES) & ~x & HIGHS;
}

static int needs_escape_8(const unsigned char *p)
{
    uint64_t x;
    memcpy(&x, p, sizeof x);
    return (((x - ONES * 0x20) & ~x & HIGHS) | has_zero(x ^ (ONES * '"')) |
            has_zero(x ^ (ONES * '\\'))) != 0;
}

static void put_escape(writer *w, unsigned char c)
{
    static const char hex[] = "0123456789abcdef";
    char esc[6] = {'\\', 0, 0, 0, 0, 0};
    size_t n = 2;
    switch (c) {
    case '"':
        esc[1] = '"';
        break;
    case '\\':
        esc[1] = '\\';
        break;
    case '\b':
        esc[1] = 'b';
        break;
    case '\f':
        esc[1] = 'f';
        break;
    case '\n':
        esc[1] = 'n';
        break;
    case '\r':
        esc[1] = 'r';
        break;
    case '\t':
        esc[1] = 't';
        break;
    default:
        esc[1] = 'u';
        esc[2] = '0';
        esc[3] = '0';
        esc[4] = hex[c >> 4];
        esc[5] = hex[c & 15];
        n = 6;
    }
    put(w, esc, n);
}

/* A JSON string: runs without escapes copied whole, found eight bytes at
 * a time (most text has none: one copy per string). */
static void put_string(writer *w, const char *s)
{
    art_buf *b = &w->out.buf;
    const unsigned char *p = (const unsigned char *)s;
    size_t len = strlen(s), i = 0, run = 0;
    art_buf_putc(b, '"');
    while (i < len) {
        if (i + 8 <= len && !needs_escape_8(p + i)) {
            i += 8;
            continue;
        }
        unsigned char c = p[i];
        if (c >= 0x20 && c != '"' && c != '\\') {
            i++;
            continue;
        }
        put(w, s + run, i - run);
        put_escape(w, c);
        run = ++i;
    }
    put(w, s + run, len - run);
    art_buf_putc(b, '"');
}

static void open_container(writer *w, char c)
{
    if (w->depth == w->open_cap) {
        size_t cap = w->open_cap ? w->open_cap * 2 : 64;
        unsigned char *p = w->alc.realloc(w->alc.ctx, w->open, cap);
        if (!p) {
            w->nomem = 1;
            return;
        }
        w->open = p;
        w->open_cap = cap;
    }
    w->open[w->depth++] = 0;
    art_buf_putc(&w->out.buf, c);
}

static void close_container(writer *w, char c)
{
    int had = w->open[--w->depth];
    if (w->pretty && had)
        newline_indent(w);
    art_buf_putc(&w->out.buf, c);
}

/* Before an element of the innermost container: comma and indentation. */
static void element(writer *w)
{
    if (w->open[w->depth - 1])
        art_buf_putc(&w->out.buf, ',');
    w->open[w->depth - 1] = 1;
    if (w->pretty)
        newline_indent(w);
}

static void key(writer *w, const char *k)
{
    element(w);
    art_buf_putc(&w->out.buf, '"');
    put_lit(w, k);
    put(w, w->pretty ? "\": " : "\":", w->pretty ? 3 : 2);
}

static void key_string(writer *w, const char *k, const char *v)
{
    key(w, k);
    put_string(w, v ? v : "");
}

static void key_int(writer *w, const char *k, int v)
{
    key(w, k);
    art_buf_printf(&w->out.buf, "%d", v);
}

static void image_object(writer *w, const char *k, const char *src, const char *alt, int width,
                         int height)
{
    key(w, k);
    open_container(w, '{');
    if (w->nomem)
        return;
    key_string(w, "src", src);
    if (alt && *alt)
        key_string(w, "alt", alt);
    if (width)
        key_int(w, "width", width);
    if (height)
        key_int(w, "height", height);
    close_container(w, '}');
}

static void persons(writer *w, const char *k, const art_vec *vec)
{
    if (vec->count == 0)
        return;
    key(w, k);
    open_container(w, '[');
    for (size_t i = 0; i < vec->count && !w->nomem; i++) {
        const art_person *p = (const art_person *)vec->items + i;
        element(w);
        open_container(w, '{');
        if (w->nomem)
            return;
        key_string(w, "name", p->name);
        if (p->url && *p->url)
            key_string(w, "url", p->url);
        close_container(w, '}');
    }
    if (!w->nomem)
        close_container(w, ']');
}

static void push(writer *w, const article_node *n)
{
    if (w->sp == w->stack_cap) {
        size_t cap = w->stack_cap ? w->stack_cap * 2 : 32;
        frame *s = w->alc.realloc(w->alc.ctx, w->stack, cap * sizeof *s);
        if (!s) {
            w->nomem = 1;
            return;
        }
        w->stack = s;
        w->stack_cap = cap;
    }
    int is_array;
    frame *f = &w->stack[w->sp++];
    f->node = n;
    f->table = art_fmt_members((article_node_type)n->type, &is_array);
    f->cur = NULL;
    f->phase = 0;
    f->in_array = 0;
    open_container(w, is_array ? '[' : '{');
}

/* Writes child `c` as an array element: a string, or a new frame. */
static void write_child(writer *w, const article_node *c)
{
    element(w);
    if (c->type == ARTICLE_NODE_TEXT)
        put_string(w, art_node_str(c, ARTICLE_ATTR_LITERAL) ? art_node_str(c, ARTICLE_ATTR_LITERAL)
                                                            : "");
    else
        push(w, c);
}

/* Writes scalar members; returns 1 when the member opened an array. */
static int scalar_member(writer *w, frame *f, const art_fmt_member *m)
{
    const article_node *n = f->node;
    const article_doc *doc = n->doc;
    const char *s;
    int v;
    switch ((art_fmt_kind)m->kind) {
    case M_TYPE:
        key_string(w, m->key, art_fmt_type_name((article_node_type)n->type));
        break;
    case M_STR:
    case M_DATE:
        s = art_node_str(n, (article_attr)m->attr);
        if (s && *s)
            key_string(w, m->key, s);
        break;
    case M_STR_REQ:
        key_string(w, m->key, art_node_str(n, (article_attr)m->attr));
        break;
    case M_INT:
        v = article_node_get_int(n, (article_attr)m->attr);
        if (v != 0)
            key_int(w, m->key, v);
        break;
    case M_SPAN:
        v = article_node_get_int(n, (article_attr)m->attr);
        if (v != 1)
            key_int(w, m->key, v);
        break;
    case M_BOOL:
    case M_BOOL_REQ:
        v = article_node_get_int(n, (article_attr)m->attr);
        if (v || m->kind == M_BOOL_REQ) {
            key(w, m->key);
            put_lit(w, v ? "true" : "false");
        }
        break;
    case M_IMAGE:
    case M_IMAGE_OPT:
        s = art_node_str(n, ARTICLE_ATTR_SRC);
        if (m->kind == M_IMAGE || (s && *s))
            image_object(w, m->key, s, art_node_str(n, ARTICLE_ATTR_ALT),
                         art_node_int(n, ARTICLE_ATTR_WIDTH), art_node_int(n, ARTICLE_ATTR_HEIGHT));
        break;
    case M_AUTHOR:
        s = art_node_str(n, ARTICLE_ATTR_AUTHOR);
        if (s && *s) {
            key(w, m->key);
            open_container(w, '{');
            if (w->nomem)
                break;
            key_string(w, "name", s);
            s = art_node_str(n, ARTICLE_ATTR_AUTHOR_URL);
            if (s && *s)
                key_string(w, "url", s);
            close_container(w, '}');
        }
        break;
    case M_FORMAT:
        key_string(w, m->key, "article/1");
        break;
    case M_FIELD:
    case M_FIELD_DATE:
        s = doc->field[m->attr];
        if (s && *s)
            key_string(w, m->key, s);
        break;
    case M_FIELD_REQ:
        key_string(w, m->key, doc->field[m->attr]);
        break;
    case M_AUTHORS:
        persons(w, m->key, &doc->authors);
        break;
    case M_CRUMBS:
        persons(w, m->key, &doc->breadcrumbs);
        break;
    case M_TAGS:
        if (doc->tags.count) {
            key(w, m->key);
            open_container(w, '[');
            if (w->nomem)
                break;
            for (size_t i = 0; i < doc->tags.count; i++) {
                element(w);
                put_string(w, ((const char *const *)doc->tags.items)[i]);
            }
            close_container(w, ']');
        }
        break;
    case M_DOC_IMAGE:
        if (doc->image_src && *doc->image_src)
            image_object(w, m->key, doc->image_src, doc->image_alt, doc->image_width,
                         doc->image_height);
        break;
    case M_PAGE_TYPE:
        if (doc->page_type)
            key_string(w, m->key, article_page_type_string((article_page_type)doc->page_type));
        break;
    case M_CONFIDENCE:
        if (doc->confidence >= 0) {
            char num[8];
            art_confidence_format(doc->confidence, num);
            key(w, m->key);
            art_buf_puts(&w->out.buf, num);
        }
        break;
    case M_NESTED: {
        const article_node *c = next_match(n->first, m->filter);
        if (c && c->first) {
            key(w, m->key);
            push(w, c);
            return 1;
        }
        break;
    }
    case M_KIDS:
    case M_KIDS_REQ:
        if (m->kind == M_KIDS_REQ || next_match(n->first, m->filter)) {
            key(w, m->key);
            open_container(w, '[');
            f->in_array = 1;
            f->cur = NULL;
            return 1;
        }
        break;
    case M_ELEMS:
        f->in_array = 1;
        f->cur = NULL;
        return 1;
    case M_END:
    case M_KIND_COUNT:
        break;
    }
    return 0;
}

static void run(writer *w, const article_node *root)
{
    push(w, root);
    while (w->sp > 0 && !w->nomem && !w->out.buf.failed) {
        frame *f = &w->stack[w->sp - 1];
        const art_fmt_member *m = &f->table[f->phase];
        if (f->in_array) {
            const article_node *c = next_match(f->cur ? f->cur->next : f->node->first, m->filter);
            if (c) {
                f->cur = c;
                write_child(w, c); /* may move the stack: f is stale now */
                art_out_maybe_flush(&w->out);
                continue;
            }
            f->in_array = 0;
            f->phase++;
            if (m->kind != M_ELEMS)
                close_container(w, ']');
            continue;
        }
        if (m->kind == M_END) {
            int is_array;
            art_fmt_members((article_node_type)f->node->type, &is_array);
            close_container(w, is_array ? ']' : '}');
            w->sp--;
            continue;
        }
        if (m->kind == M_NESTED) {
            /* The nested array's frame ends it; resume at the next member. */
            f->phase++;
            scalar_member(w, &w->stack[w->sp - 1], m);
            continue;
        }
        if (!scalar_member(w, f, m))
            f->phase++;
    }
}

article_status article_write_json(const article_doc *doc, article_sink sink, void *ctx,
                                  const article_options *opts, article_error *err)
{
    art_error_clear(err);
    if (!doc || !sink)
        return art_error_set(err, ARTICLE_ERR_INVALID_ARG, "document or sink is NULL");
    writer w;
    memset(&w, 0, sizeof w);
    art_allocator_resolve(opts ? opts->allocator : NULL, &w.alc);
    w.pretty = opts && (opts->flags & ARTICLE_OPT_PRETTY);
    art_out_init(&w.out, &w.alc, sink, ctx);
    run(&w, doc->root);
    if (w.pretty && !w.nomem)
        art_buf_putc(&w.out.buf, '\n');
    w.alc.free(w.alc.ctx, w.stack);
    w.alc.free(w.alc.ctx, w.open);
    if (w.nomem) {
        art_out_finish(&w.out, NULL);
        return art_error_set(err, ARTICLE_ERR_NOMEM, "out of memory while writing");
    }
    return art_out_finish(&w.out, err);
}
