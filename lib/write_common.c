/* Helpers shared by the writers: walk, escaping, prefixed lines. */
#include "write_common.h"

#include <stdio.h>
#include <string.h>

/* MARK: - Walk */

void art_wr_walk_init(art_wr_walk *w, const article_node *root)
{
    w->root = root;
    w->node = root;
    w->event = ARTICLE_EVENT_NONE;
}

/* The same steps as article_iter_next(), over parent/next links. */
article_event art_wr_walk_next(art_wr_walk *w)
{
    const article_node *n = w->node;
    switch (w->event) {
    case ARTICLE_EVENT_DONE:
        return w->event;
    case ARTICLE_EVENT_NONE:
        return w->event = ARTICLE_EVENT_ENTER;
    case ARTICLE_EVENT_ENTER:
        if (!article_node_is_leaf(n)) {
            if (n->first) {
                w->node = n->first;
                return w->event = ARTICLE_EVENT_ENTER;
            }
            return w->event = ARTICLE_EVENT_EXIT;
        }
        break;
    case ARTICLE_EVENT_EXIT:
        break;
    }
    if (n == w->root || (!n->next && !n->parent)) {
        w->node = NULL;
        return w->event = ARTICLE_EVENT_DONE;
    }
    if (n->next) {
        w->node = n->next;
        return w->event = ARTICLE_EVENT_ENTER;
    }
    w->node = n->parent;
    return w->event = ARTICLE_EVENT_EXIT;
}

void art_wr_walk_skip(art_wr_walk *w)
{
    if (w->event == ARTICLE_EVENT_ENTER)
        w->event = ARTICLE_EVENT_EXIT;
}

const article_node *art_wr_child(const article_node *node, article_node_type type)
{
    for (const article_node *c = node ? node->first : NULL; c; c = c->next)
        if (c->type == type)
            return c;
    return NULL;
}

/* MARK: - Escaping */

void art_wr_html_escape(art_buf *b, const char *s, size_t len, int attr)
{
    size_t start = 0;
    for (size_t i = 0; i < len; i++) {
        const char *rep;
        switch (s[i]) {
        case '&':
            rep = "&amp;";
            break;
        case '<':
            rep = "&lt;";
            break;
        case '>':
            rep = "&gt;";
            break;
        case '"':
            rep = attr ? "&quot;" : NULL;
            break;
        default:
            rep = NULL;
        }
        if (!rep)
            continue;
        art_buf_put(b, s + start, i - start);
        art_buf_puts(b, rep);
        start = i + 1;
    }
    art_buf_put(b, s + start, len - start);
}

void art_wr_html_escapes(art_buf *b, const char *s, int attr)
{
    if (s)
        art_wr_html_escape(b, s, strlen(s), attr);
}

void art_wr_html_attr(art_buf *b, const char *name, const char *value)
{
    if (!value)
        return;
    /* A model from untrusted JSON may hold javascript: URLs: a page we
     * write must not run them. Links lose the URL, images and frames
     * show nothing. */
    int is_src = strcmp(name, "src") == 0;
    if ((is_src || strcmp(name, "href") == 0 || strcmp(name, "cite") == 0) &&
        !art_url_is_safe(value, is_src)) {
        if (!is_src)
            return;
        value = "about:blank";
    }
    art_buf_putc(b, ' ');
    art_buf_puts(b, name);
    art_buf_puts(b, "=\"");
    art_wr_html_escapes(b, value, 1);
    art_buf_putc(b, '"');
}

static const char *inline_tag(article_node_type t)
{
    switch (t) {
    case ARTICLE_NODE_EM:
        return "em";
    case ARTICLE_NODE_STRONG:
        return "strong";
    case ARTICLE_NODE_SUB:
        return "sub";
    case ARTICLE_NODE_SUP:
        return "sup";
    case ARTICLE_NODE_DEL:
        return "del";
    case ARTICLE_NODE_LINK:
        return "a";
    default:
        return NULL;
    }
}

void art_wr_html_inlines(art_buf *b, const article_node *container)
{
    art_wr_walk w;
    art_wr_walk_init(&w, container);
    article_event ev;
    while ((ev = art_wr_walk_next(&w)) != ARTICLE_EVENT_DONE) {
        const article_node *n = w.node;
        if (n == container)
            continue;
        article_node_type t = (article_node_type)n->type;
        if (t == ARTICLE_NODE_TEXT) {
            art_wr_html_escapes(b, n->str[ARTICLE_ATTR_LITERAL], 0);
        } else if (t == ARTICLE_NODE_CODE) {
            art_buf_puts(b, "<code>");
            art_wr_html_escapes(b, n->str[ARTICLE_ATTR_LITERAL], 0);
            art_buf_puts(b, "</code>");
        } else if (t == ARTICLE_NODE_BREAK) {
            art_buf_puts(b, "<br>");
        } else if (inline_tag(t)) {
            art_buf_puts(b, ev == ARTICLE_EVENT_ENTER ? "<" : "</");
            art_buf_puts(b, inline_tag(t));
            if (t == ARTICLE_NODE_LINK && ev == ARTICLE_EVENT_ENTER) {
                art_wr_html_attr(b, "href", n->str[ARTICLE_ATTR_HREF]);
                art_wr_html_attr(b, "title", n->str[ARTICLE_ATTR_TITLE]);
            }
            art_buf_putc(b, '>');
        }
    }
}

void art_wr_json_string(art_buf *b, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    art_buf_putc(b, '"');
    size_t start = 0, i = 0;
    const unsigned char *u = (const unsigned char *)(s ? s : "");
    for (; u[i]; i++) {
        unsigned c = u[i];
        char esc[8];
        size_t skip = 1;
        if (c == '"' || c == '\\') {
            esc[0] = '\\';
            esc[1] = (char)c;
            esc[2] = '\0';
        } else if (c == '\n') {
            strcpy(esc, "\\n");
        } else if (c == '\t') {
            strcpy(esc, "\\t");
        } else if (c == '\r') {
            strcpy(esc, "\\r");
        } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
            memcpy(esc, "\\u00", 4);
            esc[4] = hex[c >> 4];
            esc[5] = hex[c & 15];
            esc[6] = '\0';
        } else if (c == 0xE2 && u[i + 1] == 0x80 && (u[i + 2] == 0xA8 || u[i + 2] == 0xA9)) {
            /* U+2028 and U+2029 end lines in older JavaScript. */
            strcpy(esc, u[i + 2] == 0xA8 ? "\\u2028" : "\\u2029");
            skip = 3;
        } else {
            continue;
        }
        art_buf_put(b, (const char *)u + start, i - start);
        art_buf_puts(b, esc);
        i += skip - 1;
        start = i + 1;
    }
    art_buf_put(b, (const char *)u + start, i - start);
    art_buf_putc(b, '"');
}

const char *art_wr_html_cell_open(art_buf *b, const article_node *cell)
{
    const char *tag = cell->header ? "th" : "td";
    art_buf_printf(b, "<%s", tag);
    if (cell->colspan > 1)
        art_buf_printf(b, " colspan=\"%d\"", cell->colspan);
    if (cell->rowspan > 1)
        art_buf_printf(b, " rowspan=\"%d\"", cell->rowspan);
    art_buf_putc(b, '>');
    return tag;
}

int art_wr_lang_is_rtl(const char *lang)
{
    static const char *const rtl[] = {"ar", "arc", "ckb", "dv",  "fa", "he",  "iw",
                                      "ji", "ks",  "ku",  "ps",  "sd", "syr", "ug",
                                      "ur", "yi",  "nqo", "prs", "pnb"};
    if (!lang)
        return 0;
    size_t n = strcspn(lang, "-_");
    for (size_t i = 0; i < sizeof rtl / sizeof rtl[0]; i++) {
        if (strlen(rtl[i]) != n)
            continue;
        size_t k = 0;
        while (k < n && (lang[k] | 0x20) == rtl[i][k])
            k++;
        if (k == n)
            return 1;
    }
    /* A script subtag that is written right to left: "az-Arab". */
    const char *p = lang + n;
    while (*p) {
        p++;
        size_t m = strcspn(p, "-_");
        if (m == 1)
            break; /* an extension or private use ("x-arab") from here on */
        if (m == 4) {
            char sc[5];
            for (size_t k = 0; k < 4; k++)
                sc[k] = (char)(p[k] | 0x20);
            sc[4] = '\0';
            if (!strcmp(sc, "arab") || !strcmp(sc, "hebr") || !strcmp(sc, "thaa") ||
                !strcmp(sc, "syrc") || !strcmp(sc, "nkoo"))
                return 1;
        }
        p += m;
    }
    return 0;
}

/* MARK: - Writer entry */

article_status art_wr_start(art_out *out, article_allocator *alc, const article_doc *doc,
                            article_sink sink, void *ctx, const article_options *opts,
                            article_error *err)
{
    art_error_clear(err);
    if (!doc || !sink)
        return art_error_set(err, ARTICLE_ERR_INVALID_ARG, "no document or sink");
    art_allocator_resolve(opts ? opts->allocator : NULL, alc);
    art_out_init(out, alc, sink, ctx);
    return ARTICLE_OK;
}

void art_wr_body(const article_doc *doc, void *w, void (*title)(void *w, const char *title),
                 void (*tree)(void *w, const article_node *root))
{
    static const struct {
        article_node_type type;
        const char *title;
    } groups[] = {{ARTICLE_NODE_SECTION, NULL},
                  {ARTICLE_NODE_RELATED, "Related"},
                  {ARTICLE_NODE_COMMENT, "Comments"}};
    const article_node *root = article_doc_root(doc);
    for (size_t g = 0; g < sizeof groups / sizeof groups[0]; g++) {
        int any = 0;
        for (const article_node *c = root->first; c; c = c->next) {
            if (c->type != groups[g].type)
                continue;
            if (!any && groups[g].title)
                title(w, groups[g].title);
            any = 1;
            tree(w, c);
        }
    }
}

/* MARK: - Lines */

void art_wr_lines_init(art_wr_lines *l, art_buf *out, const article_allocator *alc)
{
    memset(l, 0, sizeof *l);
    l->out = out;
    art_buf_init(&l->cont, alc);
    art_buf_init(&l->first, alc);
    art_buf_init(&l->frames, alc);
}

void art_wr_lines_free(art_wr_lines *l)
{
    art_buf_free(&l->cont);
    art_buf_free(&l->first);
    art_buf_free(&l->frames);
}

int art_wr_lines_failed(const art_wr_lines *l)
{
    return l->cont.failed || l->first.failed || l->frames.failed;
}

article_status art_wr_lines_finish(art_wr_lines *l, art_out *out, article_error *err)
{
    int failed = art_wr_lines_failed(l);
    art_wr_lines_free(l);
    if (failed)
        out->buf.failed = 1;
    return art_out_finish(out, err);
}

/* Writes s[0..len) without its trailing spaces. */
static void put_rstripped(art_buf *b, const char *s, size_t len)
{
    while (len && s[len - 1] == ' ')
        len--;
    art_buf_put(b, s, len);
}

static void flush_blank(art_wr_lines *l)
{
    if (!l->need_blank)
        return;
    l->need_blank = 0;
    size_t n = l->blank_len < l->cont.len ? l->blank_len : l->cont.len;
    put_rstripped(l->out, l->cont.data, n);
    art_buf_putc(l->out, '\n');
}

void art_wr_lines_begin(art_wr_lines *l)
{
    if (l->mid_line)
        return;
    flush_blank(l);
    if (l->have_first) {
        art_buf_put(l->out, l->first.data, l->first.len);
        l->have_first = 0;
    } else {
        art_buf_put(l->out, l->cont.data, l->cont.len);
    }
    l->mid_line = 1;
    l->any = 1;
}

void art_wr_lines_put(art_wr_lines *l, const char *s, size_t len)
{
    art_wr_lines_begin(l);
    art_buf_put(l->out, s, len);
}

void art_wr_lines_puts(art_wr_lines *l, const char *s)
{
    art_wr_lines_put(l, s, strlen(s));
}

void art_wr_lines_newline(art_wr_lines *l)
{
    art_wr_lines_begin(l);
    art_buf_putc(l->out, '\n');
    l->mid_line = 0;
}

void art_wr_lines_end_block(art_wr_lines *l)
{
    if (l->mid_line) {
        art_buf_putc(l->out, '\n');
        l->mid_line = 0;
    }
    if (l->any) {
        l->need_blank = 1;
        l->blank_len = l->cont.len;
    }
}

size_t art_wr_lines_push(art_wr_lines *l, const char *marker, const char *cont)
{
    if (l->mid_line) {
        art_buf_putc(l->out, '\n');
        l->mid_line = 0;
    }
    size_t len = l->cont.len;
    if (!l->have_first) {
        l->first.len = 0;
        art_buf_put(&l->first, l->cont.data, l->cont.len);
        l->have_first = 1;
    }
    art_buf_puts(&l->first, marker);
    if (++l->depth <= ART_WR_MAX_PREFIX_DEPTH)
        art_buf_puts(&l->cont, cont);
    return len;
}

void art_wr_lines_pop(art_wr_lines *l, size_t len)
{
    if (l->mid_line) {
        art_buf_putc(l->out, '\n');
        l->mid_line = 0;
    }
    if (l->have_first && l->first.len > len) {
        /* An empty container: its marker alone on a line. */
        flush_blank(l);
        put_rstripped(l->out, l->first.data, l->first.len);
        art_buf_putc(l->out, '\n');
        l->have_first = 0;
        l->any = 1;
    }
    if (l->depth)
        l->depth--;
    if (len < l->cont.len)
        l->cont.len = len;
    if (l->blank_len > len)
        l->blank_len = len;
}

/* MARK: - Frames */

art_wr_frame *art_wr_frame_push(art_wr_lines *l)
{
    art_wr_frame f = {0, 1, 0, 0};
    art_buf_put(&l->frames, (const char *)&f, sizeof f);
    if (l->frames.failed)
        return NULL;
    return (art_wr_frame *)(void *)(l->frames.data + l->frames.len - sizeof f);
}

art_wr_frame art_wr_frame_pop(art_wr_lines *l)
{
    art_wr_frame f = {0, 1, 0, 0};
    if (l->frames.len >= sizeof f) {
        l->frames.len -= sizeof f;
        memcpy(&f, l->frames.data + l->frames.len, sizeof f);
    }
    return f;
}

art_wr_frame *art_wr_frame_top(art_wr_lines *l)
{
    if (l->frames.len < sizeof(art_wr_frame))
        return NULL;
    return (art_wr_frame *)(void *)(l->frames.data + l->frames.len - sizeof(art_wr_frame));
}

void art_wr_lines_open(art_wr_lines *l, const char *marker, const char *cont)
{
    art_wr_frame *f = art_wr_frame_push(l);
    if (f)
        f->prefix_len = art_wr_lines_push(l, marker, cont);
}

void art_wr_lines_close(art_wr_lines *l)
{
    art_wr_frame f = art_wr_frame_pop(l);
    art_wr_lines_pop(l, f.prefix_len);
    art_wr_lines_end_block(l);
}

/* Items of a list are tight when each holds at most one paragraph. */
static int list_is_tight(const article_node *list)
{
    for (const article_node *i = list->first; i; i = i->next)
        if (i->first && (i->first != i->last || i->first->type != ARTICLE_NODE_PARAGRAPH))
            return 0;
    return 1;
}

void art_wr_list_enter(art_wr_lines *l, const article_node *list)
{
    art_wr_frame *f = art_wr_frame_push(l);
    if (f)
        f->tight = list_is_tight(list);
}

void art_wr_list_exit(art_wr_lines *l)
{
    art_wr_frame_pop(l);
    art_wr_lines_end_block(l);
}

void art_wr_item_enter(art_wr_lines *l, const article_node *item)
{
    art_wr_frame *list = art_wr_frame_top(l);
    if (!list) {
        l->frames.failed = 1;
        return;
    }
    if (list->tight && item->prev)
        l->need_blank = 0;
    char marker[24], cont[24];
    if (item->parent && item->parent->ordered)
        snprintf(marker, sizeof marker, "%d. ", list->number++);
    else
        strcpy(marker, "- ");
    size_t len = strlen(marker);
    memset(cont, ' ', len);
    cont[len] = '\0';
    art_wr_lines_open(l, marker, cont);
}
