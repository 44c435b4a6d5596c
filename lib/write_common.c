/* Helpers shared by the writers: escaping, prefixed lines. */
#include "write_common.h"

#include <stdio.h>
#include <string.h>

const article_node *art_wr_child(const article_node *node, article_node_type type)
{
    for (const article_node *c = node ? node->first : NULL; c; c = c->next)
        if (c->type == type)
            return c;
    return NULL;
}

const article_node *art_wr_first_figure(const article_doc *doc)
{
    for (article_node *sec = article_doc_root(doc)->first; sec; sec = sec->next) {
        if (sec->type != ARTICLE_NODE_SECTION)
            continue; /* related links and comments are not the body */
        art_walk w = {sec, sec, ARTICLE_EVENT_NONE};
        while (art_walk_next(&w) != ARTICLE_EVENT_DONE) {
            const article_node *n = w.node;
            if (w.event != ARTICLE_EVENT_ENTER)
                continue;
            if (n->type == ARTICLE_NODE_FIGURE)
                return n;
            /* Figures sit in sections, quotes and list items only. */
            if (n->type != ARTICLE_NODE_SECTION && n->type != ARTICLE_NODE_QUOTE &&
                n->type != ARTICLE_NODE_LIST && n->type != ARTICLE_NODE_ITEM)
                art_walk_skip(&w);
        }
    }
    return NULL;
}

/* s[0..*len) without the spaces at its ends. */
static const char *trim(const char *s, size_t *len)
{
    while (*len && art_is_space((unsigned char)s[*len - 1]))
        (*len)--;
    while (*len && art_is_space((unsigned char)*s)) {
        s++;
        (*len)--;
    }
    return s;
}

int art_wr_same_text(const article_node *container, const char *text, const article_allocator *alc)
{
    art_buf words;
    art_buf_init(&words, alc);
    if (container->first) {
        art_walk w = {container, container->first, ARTICLE_EVENT_NONE};
        while (art_walk_next(&w) != ARTICLE_EVENT_DONE) {
            const article_node *n = w.node;
            if (w.event == ARTICLE_EVENT_ENTER &&
                (n->type == ARTICLE_NODE_TEXT || n->type == ARTICLE_NODE_CODE))
                art_buf_puts(&words, art_node_str(n, ARTICLE_ATTR_LITERAL)
                                         ? art_node_str(n, ARTICLE_ATTR_LITERAL)
                                         : "");
        }
    }
    size_t alen = words.len, blen = strlen(text);
    const char *a = trim(words.data ? words.data : "", &alen);
    const char *b = trim(text, &blen);
    int same = !words.failed && alen == blen && memcmp(a, b, alen) == 0;
    art_buf_free(&words);
    return same;
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
    if (art_node_int(cell, ARTICLE_ATTR_COLSPAN) > 1)
        art_buf_printf(b, " colspan=\"%d\"", art_node_int(cell, ARTICLE_ATTR_COLSPAN));
    if (art_node_int(cell, ARTICLE_ATTR_ROWSPAN) > 1)
        art_buf_printf(b, " rowspan=\"%d\"", art_node_int(cell, ARTICLE_ATTR_ROWSPAN));
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

void art_wr_lines_start(art_render *r, art_wr_lines *l)
{
    r->lines = l;
    art_wr_lines_init(l, r->buf, &r->alc);
}

void art_wr_lines_tail(art_render *r)
{
    art_wr_lines *l = r->lines;
    if (art_wr_lines_failed(l))
        l->out->failed = 1;
    art_wr_lines_free(l);
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
    l->content_start = l->out->len;
    l->mid_line = 1;
    l->any = 1;
}

/* Ends the current line: its trailing spaces go (they show nothing and
 * some editors and diff tools flag them), except in code. */
static void end_line(art_wr_lines *l)
{
    art_buf *b = l->out;
    if (!l->verbatim && l->content_start <= b->len)
        while (b->len > l->content_start && b->data[b->len - 1] == ' ')
            b->len--;
    art_buf_putc(b, '\n');
    l->mid_line = 0;
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
    end_line(l);
}

void art_wr_lines_end_block(art_wr_lines *l)
{
    if (l->mid_line)
        end_line(l);
    if (l->any) {
        l->need_blank = 1;
        l->blank_len = l->cont.len;
    }
}

size_t art_wr_lines_push(art_wr_lines *l, const char *marker, const char *cont)
{
    if (l->mid_line)
        end_line(l);
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
    if (l->mid_line)
        end_line(l);
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
    art_wr_frame f = {0, 1, 0, 0, 0};
    art_buf_put(&l->frames, (const char *)&f, sizeof f);
    if (l->frames.failed)
        return NULL;
    return (art_wr_frame *)(void *)(l->frames.data + l->frames.len - sizeof f);
}

art_wr_frame art_wr_frame_pop(art_wr_lines *l)
{
    art_wr_frame f = {0, 1, 0, 0, 0};
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
        if (i->first && (i->first != art_node_last(i) || i->first->type != ARTICLE_NODE_PARAGRAPH))
            return 0;
    return 1;
}

int art_wr_list_enter(art_render *r, const article_node *list)
{
    art_wr_frame *f = art_wr_frame_push(r->lines);
    if (f)
        f->tight = list_is_tight(list);
    return 1;
}

void art_wr_list_exit(art_render *r, const article_node *list)
{
    (void)list;
    art_wr_frame_pop(r->lines);
    art_wr_lines_end_block(r->lines);
}

void art_wr_bullet_open(art_render *r, const article_node *n, int tight)
{
    if (tight && art_node_prev(n) && art_node_prev(n)->type == n->type)
        r->lines->need_blank = 0;
    art_wr_lines_open(r->lines, "- ", "  ");
}

void art_wr_container_exit(art_render *r, const article_node *n)
{
    (void)n;
    art_wr_lines_close(r->lines);
}

const char *art_wr_span_tag(article_node_type t)
{
    static const char *const tags[ART_RENDER_TYPES] = {
        [ARTICLE_NODE_EM] = "em",   [ARTICLE_NODE_STRONG] = "strong", [ARTICLE_NODE_SUB] = "sub",
        [ARTICLE_NODE_SUP] = "sup", [ARTICLE_NODE_DEL] = "del",
    };
    return (size_t)t < ART_RENDER_TYPES ? tags[t] : NULL;
}

int art_wr_item_enter(art_render *r, const article_node *item)
{
    art_wr_lines *l = r->lines;
    art_wr_frame *list = art_wr_frame_top(l);
    if (!list) {
        l->frames.failed = 1;
        return 1;
    }
    if (list->tight && art_node_prev(item))
        l->need_blank = 0;
    char marker[24], cont[24];
    if (item->parent && item->parent->ordered)
        snprintf(marker, sizeof marker, list->other_marker ? "%d) " : "%d. ", list->number++);
    else
        strcpy(marker, list->other_marker ? "* " : "- ");
    size_t len = strlen(marker);
    memset(cont, ' ', len);
    cont[len] = '\0';
    art_wr_lines_open(l, marker, cont);
    return 1;
}
