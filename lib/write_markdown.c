/* Markdown writer: CommonMark, with GFM pipe tables when a table is simple
 * (raw HTML otherwise). Text is escaped wherever it would become markup;
 * containers (quotes, list items, comments) nest through line prefixes. */
#include "write_common.h"

#include <string.h>

typedef struct md_w {
    art_render *r;
    art_wr_lines lines; /* its frames also hold the open inline spans */
    int line_start;     /* the next character starts a line's content */
    int in_heading;     /* one-line context: escape '#', breaks become spaces */
    int in_cell;        /* pipe table cell: escape '|', breaks become <br> */
    int link_depth;     /* links inside links are written as their text */
    int pending_break;  /* a hard break, written once content follows it */
} md_w;

static int is_punct(int c)
{
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
           (c >= '{' && c <= '~');
}

static int is_alnum(int c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80;
}

static int last_out(const md_w *w)
{
    const art_buf *b = w->lines.out;
    return b->len && w->lines.mid_line ? (unsigned char)b->data[b->len - 1] : ' ';
}

/* MARK: - Escaping */

/* Writes a pending hard break: a backslash at the end of the line. A break
 * with nothing after it in its block would show as a backslash instead. */
static void md_flush_break(md_w *w)
{
    if (!w->pending_break)
        return;
    w->pending_break = 0;
    art_buf_putc(w->lines.out, '\\');
    art_wr_lines_newline(&w->lines);
    art_wr_lines_begin(&w->lines);
    w->line_start = 1;
}

/* Text, escaped where CommonMark would read it as markup. */
static void md_text(md_w *w, const char *s, size_t len)
{
    art_buf *b = w->lines.out;
    art_wr_lines_begin(&w->lines);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\n' || c == '\r')
            c = ' ';
        if (w->pending_break) {
            if (c == ' ')
                continue; /* a new line's leading spaces are not content */
            if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xA0) {
                i++; /* nor a no-break space, which renderers trim */
                continue;
            }
            md_flush_break(w);
        }
        if (w->line_start) {
            if (c == ' ' || c == '\t') {
                /* Leading spaces would indent the line into code. */
                art_buf_puts(b, c == ' ' ? "&#32;" : "&#9;");
                continue;
            }
            w->line_start = 0;
            if (c == '#' || c == '>' || c == '+' || c == '-' || c == '=' || c == '~') {
                art_buf_putc(b, '\\');
                art_buf_putc(b, (char)c);
                continue;
            }
            size_t k = i;
            while (k < len && k - i < 10 && s[k] >= '0' && s[k] <= '9')
                k++;
            if (k > i && k < len && (s[k] == '.' || s[k] == ')')) {
                /* "2025. " would start an ordered list. */
                art_buf_put(b, s + i, k - i);
                art_buf_putc(b, '\\');
                art_buf_putc(b, s[k]);
                i = k;
                continue;
            }
        }
        int esc = c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == ']' ||
                  c == '<' || c == '&' || (c == '|' && w->in_cell) || (c == '#' && w->in_heading);
        if (esc)
            art_buf_putc(b, '\\');
        art_buf_putc(b, (char)c);
    }
}

static void md_texts(md_w *w, const char *s)
{
    if (s)
        md_text(w, s, strlen(s));
}

/* A link destination: spaces and controls percent-encoded, brackets and
 * parentheses escaped, so any URL stays one destination. A URL that could
 * run code when clicked (javascript:...) becomes "#". */
static void md_dest(md_w *w, const char *url, int image)
{
    art_buf *b = w->lines.out;
    if (url && !art_url_is_safe(url, image))
        url = "#";
    for (const unsigned char *p = (const unsigned char *)(url ? url : ""); *p; p++) {
        if (*p <= ' ' || *p == 0x7F)
            art_buf_printf(b, "%%%02X", *p);
        else if (*p == '(' || *p == ')' || *p == '<' || *p == '>' || *p == '\\')
            art_buf_printf(b, "\\%c", *p);
        else
            art_buf_putc(b, (char)*p);
    }
}

/* ](dest "title") */
static void md_link_tail(md_w *w, const char *url, const char *title, int image)
{
    art_buf *b = w->lines.out;
    art_buf_puts(b, "](");
    md_dest(w, url, image);
    if (title) {
        art_buf_puts(b, " \"");
        for (const char *p = title; *p; p++) {
            if (*p == '"' || *p == '\\')
                art_buf_putc(b, '\\');
            art_buf_putc(b, (*p == '\n' || *p == '\r') ? ' ' : *p);
        }
        art_buf_putc(b, '"');
    }
    art_buf_putc(b, ')');
}

/* A code span with a backtick string longer than any inside. */
static void md_code_span(md_w *w, const char *s)
{
    art_buf *b = w->lines.out;
    size_t len = strlen(s), run = 0, longest = 0;
    int all_space = 1;
    for (size_t i = 0; i < len; i++) {
        run = s[i] == '`' ? run + 1 : 0;
        if (run > longest)
            longest = run;
        if (s[i] != ' ')
            all_space = 0;
    }
    if (len == 0) {
        art_buf_puts(b, "<code></code>");
        return;
    }
    int pad = s[0] == '`' || s[len - 1] == '`' || (!all_space && s[0] == ' ' && s[len - 1] == ' ');
    for (size_t i = 0; i <= longest; i++)
        art_buf_putc(b, '`');
    if (pad)
        art_buf_putc(b, ' ');
    for (size_t i = 0; i < len; i++) {
        if (w->in_cell && s[i] == '|')
            art_buf_putc(b, '\\'); /* GFM splits cells even inside code */
        art_buf_putc(b, (s[i] == '\n' || s[i] == '\r') ? ' ' : s[i]);
    }
    if (pad)
        art_buf_putc(b, ' ');
    for (size_t i = 0; i <= longest; i++)
        art_buf_putc(b, '`');
}

/* MARK: - Inlines */

/* The first (last) code point of valid UTF-8 s. */
static int edge_code_point(const char *str, int last)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0, len = strlen(str);
    if (last) {
        i = len - 1;
        while (i > 0 && len - i < 4 && (s[i] & 0xC0) == 0x80)
            i--;
    }
    unsigned c = s[i];
    if (c < 0x80)
        return (int)c;
    int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
    unsigned cp = c & (0x3Fu >> n);
    for (int k = 1; k <= n && s[i + (size_t)k]; k++)
        cp = (cp << 6) | (s[i + (size_t)k] & 0x3Fu);
    return (int)cp;
}

/* Unicode whitespace, which blocks emphasis as a space does. */
static int is_space_cp(int c)
{
    return c == ' ' || c == '\t' || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
           c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

/* The first (last) character of an inline subtree's text, or -1. */
static int edge_char(const article_node *n, int last)
{
    /* Bounded: spans nested a million deep must not cost a million here. */
    for (int depth = 0; n && depth < 16; depth++) {
        if (n->type == ARTICLE_NODE_TEXT || n->type == ARTICLE_NODE_CODE) {
            const char *s = art_node_str(n, ARTICLE_ATTR_LITERAL);
            if (!s || !*s)
                return -1;
            if (n->type == ARTICLE_NODE_CODE)
                return '`';
            return edge_code_point(s, last);
        }
        if (n->type == ARTICLE_NODE_BREAK || n->type == ARTICLE_NODE_EM ||
            n->type == ARTICLE_NODE_STRONG)
            return -1;
        n = last ? art_node_last(n) : n->first;
    }
    return -1;
}

/* Can `*`/`**` around this span be read back as emphasis? CommonMark's
 * flanking rules fail at spaces, next to letters before punctuation, and
 * where delimiters would touch; then the span is written as HTML. */
static int delimiters_work(const md_w *w, const article_node *n)
{
    int f = edge_char(n->first, 0), l = edge_char(art_node_last(n), 1);
    if (f < 0 || l < 0 || is_space_cp(f) || is_space_cp(l))
        return 0;
    /* Unsure either way: non-ASCII inside counts as punctuation, outside
     * as a letter, so a doubt always falls back to HTML. */
    int before = last_out(w);
    if (before == '*' || ((is_punct(f) || f >= 0x80) && is_alnum(before)))
        return 0;
    int after = ' ';
    if (n->next && n->next->type != ARTICLE_NODE_BREAK)
        after = edge_char(n->next, 0);
    else if (!n->next &&
             (n->parent->type == ARTICLE_NODE_EM || n->parent->type == ARTICLE_NODE_STRONG))
        after = '*'; /* the parent's closing delimiter may follow */
    if (after == '*' || after < 0 || ((is_punct(l) || l >= 0x80) && is_alnum(after)))
        return 0;
    return 1;
}

static int md_text_rule(art_render *r, const article_node *n)
{
    md_texts(r->w, art_node_str(n, ARTICLE_ATTR_LITERAL));
    return 0;
}

static int md_code_rule(art_render *r, const article_node *n)
{
    md_w *w = r->w;
    md_flush_break(w);
    w->line_start = 0;
    md_code_span(w, art_node_str(n, ARTICLE_ATTR_LITERAL) ? art_node_str(n, ARTICLE_ATTR_LITERAL)
                                                          : "");
    return 0;
}

static int md_break_rule(art_render *r, const article_node *n)
{
    md_w *w = r->w;
    (void)n;
    if (w->in_cell) {
        art_buf_puts(r->buf, "<br>");
    } else if (w->in_heading) {
        art_buf_putc(r->buf, ' ');
    } else {
        md_flush_break(w);
        w->pending_break = 1;
    }
    return 0;
}

/* Links inside links are written as their text. */
static int md_link_enter(art_render *r, const article_node *n)
{
    md_w *w = r->w;
    (void)n;
    md_flush_break(w);
    w->link_depth++;
    if (w->link_depth == 1)
        art_buf_putc(r->buf, '[');
    w->line_start = 0;
    return 1;
}

static void md_link_exit(art_render *r, const article_node *n)
{
    md_w *w = r->w;
    if (w->link_depth == 1)
        md_link_tail(w, art_node_str(n, ARTICLE_ATTR_HREF), art_node_str(n, ARTICLE_ATTR_TITLE), 0);
    w->link_depth--;
}

/* Emphasis as `*`/`**` where CommonMark reads it back, else an HTML tag;
 * sub, sup and del are always tags. */
static int md_span_enter(art_render *r, const article_node *n)
{
    md_w *w = r->w;
    article_node_type t = (article_node_type)n->type;
    md_flush_break(w);
    art_wr_frame *f = art_wr_frame_push(&w->lines);
    if (!f)
        return 0;
    f->html = !((t == ARTICLE_NODE_EM || t == ARTICLE_NODE_STRONG) && delimiters_work(w, n));
    if (f->html) {
        art_buf_putc(r->buf, '<');
        art_buf_puts(r->buf, art_wr_span_tag(t));
        art_buf_putc(r->buf, '>');
    } else {
        art_buf_puts(r->buf, t == ARTICLE_NODE_EM ? "*" : "**");
    }
    w->line_start = 0;
    return 1;
}

static void md_span_exit(art_render *r, const article_node *n)
{
    md_w *w = r->w;
    article_node_type t = (article_node_type)n->type;
    art_wr_frame f = art_wr_frame_pop(&w->lines);
    if (f.html) {
        art_buf_puts(r->buf, "</");
        art_buf_puts(r->buf, art_wr_span_tag(t));
        art_buf_putc(r->buf, '>');
    } else {
        art_buf_puts(r->buf, t == ARTICLE_NODE_EM ? "*" : "**");
    }
}

static void md_inlines(md_w *w, const article_node *container)
{
    art_wr_lines_begin(&w->lines);
    art_render_nested(w->r, container);
    w->pending_break = 0; /* nothing follows it in this block */
}

/* A paragraph-like block of inline content. */
static void md_para(md_w *w, const article_node *container)
{
    w->line_start = 1;
    md_inlines(w, container);
    art_wr_lines_end_block(&w->lines);
}

/* MARK: - Blocks */

static void md_heading(md_w *w, int level, const article_node *heading, const char *text)
{
    if (level < 1)
        level = 2;
    for (int i = 0; i < level; i++)
        art_wr_lines_put(&w->lines, "#", 1);
    art_wr_lines_put(&w->lines, " ", 1);
    w->in_heading = 1;
    w->line_start = 0;
    if (heading)
        md_inlines(w, heading);
    else
        md_texts(w, text);
    w->in_heading = 0;
    art_wr_lines_end_block(&w->lines);
}

static void md_image(md_w *w, const char *src, const char *alt)
{
    art_wr_lines_put(&w->lines, "![", 2);
    w->line_start = 0;
    md_texts(w, alt);
    md_link_tail(w, src, NULL, 1);
}

/* A date as people read it in the article's language ("6 August 2025"). */
static void md_date(md_w *w, const char *iso)
{
    art_buf tmp;
    art_buf_init(&tmp, w->lines.out->alc);
    if (art_wr_human_date(&tmp, w->r->labels, iso))
        md_text(w, tmp.data, tmp.len);
    else
        md_texts(w, iso);
    if (tmp.failed)
        w->lines.out->failed = 1;
    art_buf_free(&tmp);
}

/* The image, then its caption and credit. An alt text that only repeats
 * the caption is left out: the caption is right below it. */
static void md_figure(md_w *w, const article_node *n)
{
    const article_node *cap = art_wr_child(n, ARTICLE_NODE_CAPTION);
    const char *alt = art_node_str(n, ARTICLE_ATTR_ALT);
    if (alt && cap && art_wr_same_text(cap, alt, w->lines.out->alc))
        alt = NULL;
    md_image(w, art_node_str(n, ARTICLE_ATTR_SRC), alt);
    art_wr_lines_end_block(&w->lines);
    const char *credit = art_node_str(n, ARTICLE_ATTR_CREDIT);
    if (cap && cap->first) {
        w->line_start = 1;
        md_inlines(w, cap);
        if (credit)
            art_buf_puts(w->lines.out, " \xE2\x80\x94 "); /* em dash */
    }
    if (credit) {
        w->line_start = !(cap && cap->first);
        md_texts(w, credit);
    }
    art_wr_lines_end_block(&w->lines);
}

/* Inline content as HTML inside an HTML block, where a newline (from a
 * code span) would lose the line's prefix or, doubled, end the block. */
static void md_html_inlines(md_w *w, const article_node *container)
{
    art_buf tmp;
    art_buf_init(&tmp, w->lines.out->alc);
    art_wr_html_inlines(&tmp, container);
    if (tmp.failed)
        w->lines.out->failed = 1;
    size_t start = 0;
    for (size_t i = 0; i < tmp.len; i++) {
        if (tmp.data[i] != '\n' && tmp.data[i] != '\r')
            continue;
        art_buf_put(w->lines.out, tmp.data + start, i - start);
        art_buf_puts(w->lines.out, tmp.data[i] == '\n' ? "&#10;" : "&#13;");
        start = i + 1;
    }
    if (tmp.len > start)
        art_buf_put(w->lines.out, tmp.data + start, tmp.len - start);
    art_buf_free(&tmp);
}

/* A table fits a pipe table when its first row is all headers, no other
 * cell is, every row has as many cells, and none spans. */
static int table_is_simple(const article_node *table)
{
    size_t width = 0, rows = 0;
    for (const article_node *r = table->first; r; r = r->next) {
        if (r->type != ARTICLE_NODE_ROW)
            continue;
        size_t cells = 0;
        for (const article_node *c = r->first; c; c = c->next, cells++)
            if (art_node_int(c, ARTICLE_ATTR_COLSPAN) != 1 ||
                art_node_int(c, ARTICLE_ATTR_ROWSPAN) != 1 || c->header != (rows == 0))
                return 0;
        if (rows == 0)
            width = cells;
        if (cells == 0 || cells != width)
            return 0;
        rows++;
    }
    return rows > 0;
}

static void md_table(md_w *w, const article_node *table)
{
    const article_node *cap = art_wr_child(table, ARTICLE_NODE_CAPTION);
    art_buf *b = w->lines.out;
    if (table_is_simple(table)) {
        int first = 1;
        for (const article_node *r = table->first; r; r = r->next) {
            if (r->type != ARTICLE_NODE_ROW)
                continue;
            art_wr_lines_put(&w->lines, "|", 1);
            w->in_cell = 1;
            for (const article_node *c = r->first; c; c = c->next) {
                art_buf_putc(b, ' ');
                w->line_start = 0;
                md_inlines(w, c);
                art_buf_puts(b, " |");
            }
            w->in_cell = 0;
            art_wr_lines_newline(&w->lines);
            if (first) {
                art_wr_lines_put(&w->lines, "|", 1);
                for (const article_node *c = r->first; c; c = c->next)
                    art_buf_puts(b, " --- |");
                art_wr_lines_newline(&w->lines);
            }
            first = 0;
        }
        art_wr_lines_end_block(&w->lines);
        if (cap)
            md_para(w, cap);
        return;
    }
    /* Raw HTML: one element per line, no blank line inside. */
    art_wr_lines_puts(&w->lines, "<table>");
    art_wr_lines_newline(&w->lines);
    if (cap) {
        art_wr_lines_puts(&w->lines, "<caption>");
        md_html_inlines(w, cap);
        art_buf_puts(b, "</caption>");
        art_wr_lines_newline(&w->lines);
    }
    art_wr_lines_puts(&w->lines, "<tbody>");
    art_wr_lines_newline(&w->lines);
    for (const article_node *r = table->first; r; r = r->next) {
        if (r->type != ARTICLE_NODE_ROW)
            continue;
        art_wr_lines_puts(&w->lines, "<tr>");
        for (const article_node *c = r->first; c; c = c->next) {
            const char *tag = art_wr_html_cell_open(b, c);
            md_html_inlines(w, c);
            art_buf_printf(b, "</%s>", tag);
        }
        art_buf_puts(b, "</tr>");
        art_wr_lines_newline(&w->lines);
    }
    art_wr_lines_puts(&w->lines, "</tbody>");
    art_wr_lines_newline(&w->lines);
    art_wr_lines_puts(&w->lines, "</table>");
    art_wr_lines_end_block(&w->lines);
}

/* A fenced code block whose fence is longer than any run inside. */
static void md_code_block(md_w *w, const article_node *n)
{
    const char *code =
        art_node_str(n, ARTICLE_ATTR_LITERAL) ? art_node_str(n, ARTICLE_ATTR_LITERAL) : "";
    const char *lang = art_node_str(n, ARTICLE_ATTR_LANGUAGE);
    char fc = lang && strchr(lang, '`') ? '~' : '`';
    size_t run = 0, longest = 0;
    for (const char *p = code; *p; p++) {
        run = *p == fc ? run + 1 : 0;
        if (run > longest)
            longest = run;
    }
    size_t fence = longest < 3 ? 3 : longest + 1;
    art_wr_lines_begin(&w->lines);
    for (size_t i = 0; i < fence; i++)
        art_buf_putc(w->lines.out, fc);
    if (lang)
        for (const char *p = lang; *p; p++)
            art_buf_putc(w->lines.out, (*p == '\n' || *p == '\r') ? ' ' : *p);
    art_wr_lines_newline(&w->lines);
    const char *p = code;
    w->lines.verbatim = 1;
    while (*p) {
        size_t len = strcspn(p, "\n");
        art_wr_lines_put(&w->lines, p, len);
        art_wr_lines_newline(&w->lines);
        p += len;
        if (*p == '\n')
            p++;
    }
    w->lines.verbatim = 0;
    art_wr_lines_begin(&w->lines);
    for (size_t i = 0; i < fence; i++)
        art_buf_putc(w->lines.out, fc);
    art_wr_lines_end_block(&w->lines);
}

static void md_linked_text(md_w *w, const char *text, const char *url)
{
    art_wr_lines_put(&w->lines, "[", 1);
    w->line_start = 0;
    md_texts(w, text && *text ? text : url);
    md_link_tail(w, url, NULL, 0);
}

static void md_comment_header(md_w *w, const article_node *n)
{
    const char *author = art_node_str(n, ARTICLE_ATTR_AUTHOR);
    const char *url = art_node_str(n, ARTICLE_ATTR_AUTHOR_URL);
    const char *when = art_node_str(n, ARTICLE_ATTR_PUBLISHED);
    if (author) {
        art_wr_lines_put(&w->lines, url ? "[**" : "**", url ? 3 : 2);
        w->line_start = 0;
        md_texts(w, author);
        art_buf_puts(w->lines.out, "**");
        if (url)
            md_link_tail(w, url, NULL, 0);
    }
    if (when) {
        if (author)
            art_buf_puts(w->lines.out, " \xC2\xB7 "); /* middle dot */
        w->line_start = !author;
        md_date(w, when);
    }
    if (author || when)
        art_wr_lines_end_block(&w->lines);
}

/* MARK: - Block rules */

static int md_section(art_render *r, const article_node *n)
{
    const article_node *h = art_wr_child(n, ARTICLE_NODE_HEADING);
    if (h)
        md_heading(r->w, n->level, h, NULL);
    return 1;
}

static int md_paragraph(art_render *r, const article_node *n)
{
    md_para(r->w, n);
    return 0;
}

static int md_quote_enter(art_render *r, const article_node *n)
{
    md_w *w = r->w;
    (void)n;
    art_wr_lines_open(&w->lines, "> ", "> ");
    return 1;
}

static void md_quote_exit(art_render *r, const article_node *n)
{
    md_w *w = r->w;
    const article_node *a = art_wr_child(n, ARTICLE_NODE_ATTRIBUTION);
    if (a) {
        art_wr_lines_put(&w->lines, "\xE2\x80\x94 ", 4); /* em dash */
        w->line_start = 0;
        md_inlines(w, a);
        art_wr_lines_end_block(&w->lines);
    }
    art_wr_lines_close(&w->lines);
}

static int md_figure_rule(art_render *r, const article_node *n)
{
    md_figure(r->w, n);
    return 0;
}

/* Two lists of a kind in a row would merge into one: every other one
 * takes the other marker ("*" for "-", "1)" for "1."), which starts a new
 * list in CommonMark. */
static int md_list_enter(art_render *r, const article_node *n)
{
    md_w *w = r->w;
    int run = 0;
    for (const article_node *p = art_node_prev(n);
         p && p->type == ARTICLE_NODE_LIST && p->ordered == n->ordered; p = art_node_prev(p))
        run++;
    art_wr_list_enter(r, n);
    art_wr_frame *f = art_wr_frame_top(&w->lines);
    if (f)
        f->other_marker = run % 2;
    return 1;
}

static int md_table_rule(art_render *r, const article_node *n)
{
    md_table(r->w, n);
    return 0;
}

static int md_code_block_rule(art_render *r, const article_node *n)
{
    md_code_block(r->w, n);
    return 0;
}

static int md_embed(art_render *r, const article_node *n)
{
    md_w *w = r->w;
    md_linked_text(w, art_node_str(n, ARTICLE_ATTR_TITLE), art_node_str(n, ARTICLE_ATTR_URL));
    art_wr_lines_end_block(&w->lines);
    return 0;
}

static int md_rule(art_render *r, const article_node *n)
{
    md_w *w = r->w;
    (void)n;
    art_wr_lines_puts(&w->lines, "***");
    art_wr_lines_end_block(&w->lines);
    return 0;
}

static int md_related(art_render *r, const article_node *n)
{
    md_w *w = r->w;
    art_wr_bullet_open(r, n, 1);
    md_linked_text(w, art_node_str(n, ARTICLE_ATTR_TITLE), art_node_str(n, ARTICLE_ATTR_URL));
    if (art_node_str(n, ARTICLE_ATTR_SUMMARY)) {
        art_buf_puts(r->buf, " \xE2\x80\x94 ");
        md_texts(w, art_node_str(n, ARTICLE_ATTR_SUMMARY));
    }
    art_wr_lines_close(&w->lines);
    return 0;
}

static int md_comment_enter(art_render *r, const article_node *n)
{
    art_wr_bullet_open(r, n, 0);
    md_comment_header(r->w, n);
    return 1;
}

static void md_header(md_w *w, const article_doc *doc)
{
    const char *title = article_doc_get(doc, ARTICLE_FIELD_TITLE);
    if (title && *title)
        md_heading(w, 1, NULL, title);
    const char *sub = article_doc_get(doc, ARTICLE_FIELD_SUBTITLE);
    if (sub) {
        /* Emphasis delimiters need no space inside them; else HTML. */
        size_t len = strlen(sub);
        int html = sub[0] == ' ' || sub[len - 1] == ' ';
        art_wr_lines_puts(&w->lines, html ? "<em>" : "*");
        w->line_start = 0;
        md_texts(w, sub);
        art_buf_puts(w->lines.out, html ? "</em>" : "*");
        art_wr_lines_end_block(&w->lines);
    }
    const char *summary = article_doc_get(doc, ARTICLE_FIELD_SUMMARY);
    if (summary) {
        w->line_start = 1;
        md_texts(w, summary);
        art_wr_lines_end_block(&w->lines);
    }
    /* Byline, dates and tags: one paragraph, a hard break between lines. */
    const art_wr_labels *lab = w->r->labels;
    int lines = 0;
    size_t n = article_doc_author_count(doc);
    if (n) {
        art_wr_lines_puts(&w->lines, lab->by);
        for (size_t i = 0; i < n; i++) {
            const char *url = article_doc_author_url(doc, i);
            if (i)
                art_buf_puts(w->lines.out, i + 1 == n ? lab->and_ : lab->comma);
            if (url)
                art_buf_putc(w->lines.out, '[');
            w->line_start = 0;
            md_texts(w, article_doc_author_name(doc, i));
            if (url)
                md_link_tail(w, url, NULL, 0);
        }
        lines++;
    }
    const char *pub = article_doc_get(doc, ARTICLE_FIELD_PUBLISHED);
    const char *mod = article_doc_get(doc, ARTICLE_FIELD_MODIFIED);
    if (pub || mod) {
        if (lines++) {
            art_buf_putc(w->lines.out, '\\');
            art_wr_lines_newline(&w->lines);
        }
        w->line_start = 1;
        if (pub)
            md_date(w, pub);
        if (pub && mod)
            art_wr_lines_puts(&w->lines, " \xC2\xB7 "); /* middle dot */
        if (mod) {
            art_wr_lines_puts(&w->lines, lab->updated);
            w->line_start = 0;
            md_date(w, mod);
        }
    }
    size_t tags = article_doc_tag_count(doc);
    if (tags) {
        if (lines++) {
            art_buf_putc(w->lines.out, '\\');
            art_wr_lines_newline(&w->lines);
        }
        art_wr_lines_puts(&w->lines, lab->tags);
        for (size_t i = 0; i < tags; i++) {
            if (i)
                art_buf_puts(w->lines.out, lab->comma);
            w->line_start = 0;
            md_texts(w, article_doc_tag(doc, i));
        }
    }
    if (lines)
        art_wr_lines_end_block(&w->lines);
    /* The lead image, unless the body's first figure shows it anyway. */
    const char *src = article_doc_image_src(doc);
    const article_node *first = art_wr_first_figure(doc);
    if (src && !(first && art_node_str(first, ARTICLE_ATTR_SRC) &&
                 strcmp(art_node_str(first, ARTICLE_ATTR_SRC), src) == 0)) {
        md_image(w, src, article_doc_image_alt(doc));
        art_wr_lines_end_block(&w->lines);
    }
}

/* MARK: - Writer */

static void md_head(art_render *r)
{
    md_w *w = r->w;
    w->r = r;
    art_wr_lines_start(r, &w->lines);
    md_header(w, r->doc);
}

static void md_title(art_render *r, const char *label)
{
    md_heading(r->w, 2, NULL, label);
}

static const art_renderer md_renderer = {
    "Markdown",
    {
        ART_WR_LINE_RULES,
        [ARTICLE_NODE_SECTION] = {md_section, NULL},
        [ARTICLE_NODE_RELATED] = {md_related, NULL},
        [ARTICLE_NODE_COMMENT] = {md_comment_enter, art_wr_container_exit},
        [ARTICLE_NODE_PARAGRAPH] = {md_paragraph, NULL},
        [ARTICLE_NODE_QUOTE] = {md_quote_enter, md_quote_exit},
        [ARTICLE_NODE_FIGURE] = {md_figure_rule, NULL},
        [ARTICLE_NODE_LIST] = {md_list_enter, art_wr_list_exit},
        [ARTICLE_NODE_TABLE] = {md_table_rule, NULL},
        [ARTICLE_NODE_CODE_BLOCK] = {md_code_block_rule, NULL},
        [ARTICLE_NODE_EMBED] = {md_embed, NULL},
        [ARTICLE_NODE_RULE] = {md_rule, NULL},
        [ARTICLE_NODE_TEXT] = {md_text_rule, NULL},
        [ARTICLE_NODE_LINK] = {md_link_enter, md_link_exit},
        [ARTICLE_NODE_EM] = {md_span_enter, md_span_exit},
        [ARTICLE_NODE_STRONG] = {md_span_enter, md_span_exit},
        [ARTICLE_NODE_CODE] = {md_code_rule, NULL},
        [ARTICLE_NODE_SUB] = {md_span_enter, md_span_exit},
        [ARTICLE_NODE_SUP] = {md_span_enter, md_span_exit},
        [ARTICLE_NODE_DEL] = {md_span_enter, md_span_exit},
        [ARTICLE_NODE_BREAK] = {md_break_rule, NULL},
    },
    NULL,
    md_head,
    NULL,
    md_title,
    art_wr_lines_tail,
};

article_status article_write_markdown(const article_doc *doc, article_sink sink, void *ctx,
                                      const article_options *opts, article_error *err)
{
    md_w w;
    memset(&w, 0, sizeof w);
    return art_render_doc(&md_renderer, &w, doc, sink, ctx, opts, err);
}
