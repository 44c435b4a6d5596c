/* Plain-text writer: the words of the article, a blank line between
 * blocks, list items as "- " / "1. " (nested items indented), quotes with
 * "— Name", table rows as tab-separated lines; then Related and Comments. */
#include "write_common.h"

#include <string.h>

typedef struct text_w {
    art_render *r;
    art_wr_lines lines;
    int pending_break; /* a break, written once content follows it */
    int one_line;      /* breaks in this container are spaces */
} text_w;

/* Text with its own newlines kept, each new line under the prefixes. */
static void text_put(text_w *w, const char *s)
{
    if (!s)
        return;
    if (w->pending_break) {
        /* A break ends the line only when words follow it. */
        while (*s == ' ')
            s++;
        if (!*s)
            return;
        w->pending_break = 0;
        art_wr_lines_newline(&w->lines);
    }
    while (*s) {
        size_t len = strcspn(s, "\n");
        art_wr_lines_put(&w->lines, s, len);
        s += len;
        if (*s == '\n') {
            art_wr_lines_newline(&w->lines);
            s++;
        }
    }
}

/* MARK: - Inline rules */

static int text_literal(art_render *r, const article_node *n)
{
    text_put(r->w, art_node_str(n, ARTICLE_ATTR_LITERAL));
    return 0;
}

/* A break starts a new line once words follow it; in a one-line
 * container (heading, caption, cell) it is a space. */
static int text_break(art_render *r, const article_node *n)
{
    text_w *w = r->w;
    (void)n;
    if (w->one_line)
        art_wr_lines_put(&w->lines, " ", 1);
    else if (w->pending_break)
        art_wr_lines_newline(&w->lines);
    else
        w->pending_break = 1;
    return 0;
}

/* The inline content of `container` as text. */
static void text_inlines(text_w *w, const article_node *container, int one_line)
{
    w->one_line = one_line;
    art_render_nested(w->r, container);
    w->pending_break = 0;
}

static void text_block(text_w *w, const article_node *container)
{
    text_inlines(w, container, 0);
    art_wr_lines_end_block(&w->lines);
}

static void text_line(text_w *w, const char *s)
{
    if (!s)
        return;
    text_put(w, s);
    art_wr_lines_end_block(&w->lines);
}

static void text_figure(text_w *w, const article_node *n)
{
    const article_node *cap = art_wr_child(n, ARTICLE_NODE_CAPTION);
    const char *credit = art_node_str(n, ARTICLE_ATTR_CREDIT);
    int has_cap = cap && cap->first;
    if (has_cap)
        text_inlines(w, cap, 1);
    if (credit) {
        if (has_cap)
            art_wr_lines_put(&w->lines, " (", 2);
        text_put(w, credit);
        if (has_cap)
            art_wr_lines_put(&w->lines, ")", 1);
    }
    art_wr_lines_end_block(&w->lines);
}

static void text_table(text_w *w, const article_node *table)
{
    const article_node *cap = art_wr_child(table, ARTICLE_NODE_CAPTION);
    if (cap && cap->first) {
        text_inlines(w, cap, 1);
        art_wr_lines_newline(&w->lines);
    }
    for (const article_node *r = table->first; r; r = r->next) {
        if (r->type != ARTICLE_NODE_ROW)
            continue;
        for (const article_node *c = r->first; c; c = c->next) {
            text_inlines(w, c, 1);
            if (c->next)
                art_wr_lines_put(&w->lines, "\t", 1);
        }
        art_wr_lines_newline(&w->lines);
    }
    art_wr_lines_end_block(&w->lines);
}

/* A date as people read it in the article's language ("6 August 2025"). */
static void text_date(text_w *w, const char *iso)
{
    art_buf tmp;
    art_buf_init(&tmp, w->lines.out->alc);
    if (art_wr_human_date(&tmp, w->r->labels, iso))
        art_buf_putc(&tmp, '\0');
    text_put(w, tmp.len && !tmp.failed ? tmp.data : iso);
    if (tmp.failed)
        w->lines.out->failed = 1;
    art_buf_free(&tmp);
}

static void text_comment_header(text_w *w, const article_node *n)
{
    const char *author = art_node_str(n, ARTICLE_ATTR_AUTHOR);
    const char *when = art_node_str(n, ARTICLE_ATTR_PUBLISHED);
    text_put(w, author);
    if (author && when)
        art_wr_lines_puts(&w->lines, w->r->labels->comma);
    if (when)
        text_date(w, when);
    if (author || when) {
        /* The header line sits right above the comment's words. */
        art_wr_lines_newline(&w->lines);
    }
}

/* MARK: - Block rules */

static int text_section(art_render *r, const article_node *n)
{
    text_w *w = r->w;
    const article_node *h = art_wr_child(n, ARTICLE_NODE_HEADING);
    if (h) {
        text_inlines(w, h, 1);
        art_wr_lines_end_block(&w->lines);
    }
    return 1;
}

static int text_paragraph(art_render *r, const article_node *n)
{
    text_block(r->w, n);
    return 0;
}

static void text_quote_exit(art_render *r, const article_node *n)
{
    text_w *w = r->w;
    const article_node *a = art_wr_child(n, ARTICLE_NODE_ATTRIBUTION);
    if (a) {
        w->lines.need_blank = 0;
        art_wr_lines_put(&w->lines, "\xE2\x80\x94 ", 4); /* em dash */
        text_inlines(w, a, 1);
        art_wr_lines_end_block(&w->lines);
    }
}

static int text_figure_rule(art_render *r, const article_node *n)
{
    text_figure(r->w, n);
    return 0;
}

static int text_table_rule(art_render *r, const article_node *n)
{
    text_table(r->w, n);
    return 0;
}

static int text_code_block(art_render *r, const article_node *n)
{
    text_w *w = r->w;
    const char *code = art_node_str(n, ARTICLE_ATTR_LITERAL);
    size_t len = code ? strlen(code) : 0;
    /* The code's own final newline ends the block. */
    while (len && code[len - 1] == '\n')
        len--;
    const char *p = code;
    w->lines.verbatim = 1;
    while (p && p < code + len) {
        size_t k = strcspn(p, "\n");
        if (p + k > code + len)
            k = (size_t)(code + len - p);
        art_wr_lines_put(&w->lines, p, k);
        art_wr_lines_newline(&w->lines);
        p += k + 1;
    }
    w->lines.verbatim = 0;
    art_wr_lines_end_block(&w->lines);
    return 0;
}

static int text_embed(art_render *r, const article_node *n)
{
    text_w *w = r->w;
    const char *title = art_node_str(n, ARTICLE_ATTR_TITLE);
    text_put(w, title);
    if (title)
        art_wr_lines_put(&w->lines, ": ", 2);
    text_put(w, art_node_str(n, ARTICLE_ATTR_URL));
    art_wr_lines_end_block(&w->lines);
    return 0;
}

static int text_rule(art_render *r, const article_node *n)
{
    (void)n;
    text_line(r->w, "* * *");
    return 0;
}

static int text_related(art_render *r, const article_node *n)
{
    text_w *w = r->w;
    art_wr_bullet_open(r, n, 1);
    text_put(w, art_node_str(n, ARTICLE_ATTR_TITLE));
    art_wr_lines_newline(&w->lines);
    text_put(w, art_node_str(n, ARTICLE_ATTR_URL));
    if (art_node_str(n, ARTICLE_ATTR_SUMMARY)) {
        art_wr_lines_newline(&w->lines);
        text_put(w, art_node_str(n, ARTICLE_ATTR_SUMMARY));
    }
    art_wr_lines_close(&w->lines);
    return 0;
}

static int text_comment_enter(art_render *r, const article_node *n)
{
    art_wr_bullet_open(r, n, 0);
    text_comment_header(r->w, n);
    return 1;
}

static void text_header(text_w *w, const article_doc *doc)
{
    const char *title = article_doc_get(doc, ARTICLE_FIELD_TITLE);
    if (title && *title)
        text_line(w, title);
    text_line(w, article_doc_get(doc, ARTICLE_FIELD_SUBTITLE));
    text_line(w, article_doc_get(doc, ARTICLE_FIELD_SUMMARY));
    size_t n = article_doc_author_count(doc);
    const char *pub = article_doc_get(doc, ARTICLE_FIELD_PUBLISHED);
    const char *mod = article_doc_get(doc, ARTICLE_FIELD_MODIFIED);
    const art_wr_labels *lab = w->r->labels;
    if (n) {
        art_wr_lines_puts(&w->lines, lab->by);
        for (size_t i = 0; i < n; i++) {
            if (i)
                art_wr_lines_puts(&w->lines, i + 1 == n ? lab->and_ : lab->comma);
            text_put(w, article_doc_author_name(doc, i));
        }
        art_wr_lines_newline(&w->lines);
    }
    if (pub || mod) {
        if (pub)
            text_date(w, pub);
        if (pub && mod)
            art_wr_lines_puts(&w->lines, " \xC2\xB7 "); /* middle dot */
        if (mod) {
            art_wr_lines_puts(&w->lines, lab->updated);
            text_date(w, mod);
        }
        art_wr_lines_newline(&w->lines);
    }
    art_wr_lines_end_block(&w->lines);
}

/* MARK: - Writer */

static void text_head(art_render *r)
{
    text_w *w = r->w;
    w->r = r;
    art_wr_lines_start(r, &w->lines);
    text_header(w, r->doc);
}

static void text_title(art_render *r, const char *label)
{
    text_line(r->w, label);
}

static const art_renderer text_renderer = {
    "text",
    {
        ART_WR_LINE_RULES,
        [ARTICLE_NODE_SECTION] = {text_section, NULL},
        [ARTICLE_NODE_RELATED] = {text_related, NULL},
        [ARTICLE_NODE_COMMENT] = {text_comment_enter, art_wr_container_exit},
        [ARTICLE_NODE_PARAGRAPH] = {text_paragraph, NULL},
        [ARTICLE_NODE_QUOTE] = {art_render_descend, text_quote_exit},
        [ARTICLE_NODE_FIGURE] = {text_figure_rule, NULL},
        [ARTICLE_NODE_LIST] = {art_wr_list_enter, art_wr_list_exit},
        [ARTICLE_NODE_TABLE] = {text_table_rule, NULL},
        [ARTICLE_NODE_CODE_BLOCK] = {text_code_block, NULL},
        [ARTICLE_NODE_EMBED] = {text_embed, NULL},
        [ARTICLE_NODE_RULE] = {text_rule, NULL},
        /* Inlines: their words; spans and links add nothing. */
        [ARTICLE_NODE_TEXT] = {text_literal, NULL},
        [ARTICLE_NODE_LINK] = {art_render_descend, NULL},
        [ARTICLE_NODE_EM] = {art_render_descend, NULL},
        [ARTICLE_NODE_STRONG] = {art_render_descend, NULL},
        [ARTICLE_NODE_CODE] = {text_literal, NULL},
        [ARTICLE_NODE_SUB] = {art_render_descend, NULL},
        [ARTICLE_NODE_SUP] = {art_render_descend, NULL},
        [ARTICLE_NODE_DEL] = {art_render_descend, NULL},
        [ARTICLE_NODE_BREAK] = {text_break, NULL},
    },
    NULL,
    text_head,
    NULL,
    text_title,
    art_wr_lines_tail,
};

article_status article_write_text(const article_doc *doc, article_sink sink, void *ctx,
                                  const article_options *opts, article_error *err)
{
    text_w w;
    memset(&w, 0, sizeof w);
    return art_render_doc(&text_renderer, &w, doc, sink, ctx, opts, err);
}
