/* Plain-text writer: the words of the article, a blank line between
 * blocks, list items as "- " / "1. " (nested items indented), quotes with
 * "— Name", table rows as tab-separated lines; then Related and Comments. */
#include "write_common.h"

#include <string.h>

typedef struct text_w {
    art_out out;
    art_wr_lines lines;
    int pending_break; /* a break, written once content follows it */
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

/* The inline content of `container` as text; a break starts a new line. */
static void text_inlines(text_w *w, const article_node *container, int one_line)
{
    art_wr_walk walk;
    art_wr_walk_init(&walk, container);
    article_event ev;
    while ((ev = art_wr_walk_next(&walk)) != ARTICLE_EVENT_DONE) {
        const article_node *n = walk.node;
        if (n->type == ARTICLE_NODE_TEXT || n->type == ARTICLE_NODE_CODE) {
            text_put(w, n->str[ARTICLE_ATTR_LITERAL]);
        } else if (n->type == ARTICLE_NODE_BREAK) {
            if (one_line)
                art_wr_lines_put(&w->lines, " ", 1);
            else if (w->pending_break)
                art_wr_lines_newline(&w->lines);
            else
                w->pending_break = 1;
        }
    }
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
    const char *credit = n->str[ARTICLE_ATTR_CREDIT];
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

static void text_comment_header(text_w *w, const article_node *n)
{
    const char *author = n->str[ARTICLE_ATTR_AUTHOR];
    const char *when = n->str[ARTICLE_ATTR_PUBLISHED];
    text_put(w, author);
    if (author && when)
        art_wr_lines_put(&w->lines, ", ", 2);
    text_put(w, when);
    if (author || when) {
        /* The header line sits right above the comment's words. */
        art_wr_lines_newline(&w->lines);
    }
}

/* Writes the subtree under `root`: a section, a related link, a comment. */
static void text_tree(text_w *w, const article_node *root)
{
    art_wr_walk walk;
    art_wr_walk_init(&walk, root);
    article_event ev;
    while ((ev = art_wr_walk_next(&walk)) != ARTICLE_EVENT_DONE) {
        const article_node *n = walk.node;
        int enter = ev == ARTICLE_EVENT_ENTER;
        switch ((article_node_type)n->type) {
        case ARTICLE_NODE_SECTION: {
            const article_node *h = art_wr_child(n, ARTICLE_NODE_HEADING);
            if (enter && h) {
                text_inlines(w, h, 1);
                art_wr_lines_end_block(&w->lines);
            }
            break;
        }
        case ARTICLE_NODE_PARAGRAPH:
            text_block(w, n);
            art_wr_walk_skip(&walk);
            break;
        case ARTICLE_NODE_QUOTE:
            if (!enter) {
                const article_node *a = art_wr_child(n, ARTICLE_NODE_ATTRIBUTION);
                if (a) {
                    w->lines.need_blank = 0;
                    art_wr_lines_put(&w->lines, "\xE2\x80\x94 ", 4); /* em dash */
                    text_inlines(w, a, 1);
                    art_wr_lines_end_block(&w->lines);
                }
            }
            break;
        case ARTICLE_NODE_FIGURE:
            text_figure(w, n);
            art_wr_walk_skip(&walk);
            break;
        case ARTICLE_NODE_LIST:
            if (enter)
                art_wr_list_enter(&w->lines, n);
            else
                art_wr_list_exit(&w->lines);
            break;
        case ARTICLE_NODE_ITEM:
            if (enter)
                art_wr_item_enter(&w->lines, n);
            else
                art_wr_lines_close(&w->lines);
            break;
        case ARTICLE_NODE_TABLE:
            text_table(w, n);
            art_wr_walk_skip(&walk);
            break;
        case ARTICLE_NODE_CODE_BLOCK: {
            const char *code = n->str[ARTICLE_ATTR_LITERAL];
            size_t len = code ? strlen(code) : 0;
            /* The code's own final newline ends the block. */
            while (len && code[len - 1] == '\n')
                len--;
            const char *p = code;
            while (p && p < code + len) {
                size_t k = strcspn(p, "\n");
                if (p + k > code + len)
                    k = (size_t)(code + len - p);
                art_wr_lines_put(&w->lines, p, k);
                art_wr_lines_newline(&w->lines);
                p += k + 1;
            }
            art_wr_lines_end_block(&w->lines);
            break;
        }
        case ARTICLE_NODE_EMBED: {
            const char *title = n->str[ARTICLE_ATTR_TITLE];
            text_put(w, title);
            if (title)
                art_wr_lines_put(&w->lines, ": ", 2);
            text_put(w, n->str[ARTICLE_ATTR_URL]);
            art_wr_lines_end_block(&w->lines);
            break;
        }
        case ARTICLE_NODE_RULE:
            text_line(w, "* * *");
            break;
        case ARTICLE_NODE_RELATED:
            if (n->prev && n->prev->type == ARTICLE_NODE_RELATED)
                w->lines.need_blank = 0;
            art_wr_lines_open(&w->lines, "- ", "  ");
            text_put(w, n->str[ARTICLE_ATTR_TITLE]);
            art_wr_lines_newline(&w->lines);
            text_put(w, n->str[ARTICLE_ATTR_URL]);
            if (n->str[ARTICLE_ATTR_SUMMARY]) {
                art_wr_lines_newline(&w->lines);
                text_put(w, n->str[ARTICLE_ATTR_SUMMARY]);
            }
            art_wr_lines_close(&w->lines);
            break;
        case ARTICLE_NODE_COMMENT:
            if (enter) {
                art_wr_lines_open(&w->lines, "- ", "  ");
                text_comment_header(w, n);
            } else {
                art_wr_lines_close(&w->lines);
            }
            break;
        default:
            art_wr_walk_skip(&walk);
            break;
        }
        art_out_maybe_flush(&w->out);
    }
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
    if (n) {
        art_wr_lines_put(&w->lines, "By ", 3);
        for (size_t i = 0; i < n; i++) {
            if (i)
                art_wr_lines_puts(&w->lines, i + 1 == n ? " and " : ", ");
            text_put(w, article_doc_author_name(doc, i));
        }
        art_wr_lines_newline(&w->lines);
    }
    if (pub || mod) {
        text_put(w, pub);
        if (mod) {
            art_wr_lines_puts(&w->lines, pub ? " (updated " : "Updated ");
            text_put(w, mod);
            if (pub)
                art_wr_lines_put(&w->lines, ")", 1);
        }
        art_wr_lines_newline(&w->lines);
    }
    art_wr_lines_end_block(&w->lines);
}

/* art_wr_body's callbacks. */
static void text_title_cb(void *writer, const char *title)
{
    text_w *w = writer;
    text_line(w, title);
}

static void text_tree_cb(void *writer, const article_node *root)
{
    text_tree(writer, root);
}

article_status article_write_text(const article_doc *doc, article_sink sink, void *ctx,
                                  const article_options *opts, article_error *err)
{
    article_allocator alc;
    text_w w;
    memset(&w, 0, sizeof w);
    article_status st = art_wr_start(&w.out, &alc, doc, sink, ctx, opts, err);
    if (st != ARTICLE_OK)
        return st;
    art_wr_lines_init(&w.lines, &w.out.buf, &alc);
    text_header(&w, doc);
    art_wr_body(doc, &w, text_title_cb, text_tree_cb);
    return art_wr_lines_finish(&w.lines, &w.out, err);
}
