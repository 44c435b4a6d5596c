/* Plain-text writer: the words of the article, a blank line between
 * blocks, list items as "- " / "1. " (nested items indented), quotes with
 * "— Name", table rows as tab-separated lines; then Related and Comments. */
#include "write_common.h"

#include <stdio.h>
#include <string.h>

/* An open list: the next number, and whether items have blank lines. */
typedef struct text_frame {
    size_t prefix_len;
    int number;
    int tight;
} text_frame;

typedef struct text_w {
    art_out out;
    art_wr_lines lines;
    art_buf frames;    /* text_frame stack; depth follows the input */
    int pending_break; /* a break, written once content follows it */
} text_w;

static text_frame *frame_push(text_w *w)
{
    text_frame f = {0, 1, 0};
    art_buf_put(&w->frames, (const char *)&f, sizeof f);
    if (w->frames.failed)
        return NULL;
    return (text_frame *)(void *)(w->frames.data + w->frames.len - sizeof f);
}

static text_frame frame_pop(text_w *w)
{
    text_frame f = {0, 1, 0};
    if (w->frames.len >= sizeof f) {
        w->frames.len -= sizeof f;
        memcpy(&f, w->frames.data + w->frames.len, sizeof f);
    }
    return f;
}

static text_frame *frame_top(text_w *w)
{
    if (w->frames.len < sizeof(text_frame))
        return NULL;
    return (text_frame *)(void *)(w->frames.data + w->frames.len - sizeof(text_frame));
}

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

static void text_push(text_w *w, const char *marker)
{
    char cont[24];
    size_t len = strlen(marker);
    if (len >= sizeof cont)
        len = sizeof cont - 1;
    memset(cont, ' ', len);
    cont[len] = '\0';
    text_frame *f = frame_push(w);
    if (f)
        f->prefix_len = art_wr_lines_push(&w->lines, marker, cont);
}

static void text_pop(text_w *w)
{
    text_frame f = frame_pop(w);
    art_wr_lines_pop(&w->lines, f.prefix_len);
    art_wr_lines_end_block(&w->lines);
}

static int list_is_tight(const article_node *list)
{
    for (const article_node *i = list->first; i; i = i->next)
        if (i->first && (i->first != i->last || i->first->type != ARTICLE_NODE_PARAGRAPH))
            return 0;
    return 1;
}

static void text_item_open(text_w *w, const article_node *n)
{
    text_frame *list = frame_top(w);
    if (!list) {
        w->frames.failed = 1;
        return;
    }
    if (list->tight && n->prev)
        w->lines.need_blank = 0;
    char marker[24];
    if (n->parent && n->parent->ordered)
        snprintf(marker, sizeof marker, "%d. ", list->number++);
    else
        strcpy(marker, "- ");
    text_push(w, marker);
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
            if (enter) {
                text_frame *f = frame_push(w);
                if (f)
                    f->tight = list_is_tight(n);
            } else {
                frame_pop(w);
                art_wr_lines_end_block(&w->lines);
            }
            break;
        case ARTICLE_NODE_ITEM:
            if (enter)
                text_item_open(w, n);
            else
                text_pop(w);
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
            text_push(w, "- ");
            text_put(w, n->str[ARTICLE_ATTR_TITLE]);
            art_wr_lines_newline(&w->lines);
            text_put(w, n->str[ARTICLE_ATTR_URL]);
            if (n->str[ARTICLE_ATTR_SUMMARY]) {
                art_wr_lines_newline(&w->lines);
                text_put(w, n->str[ARTICLE_ATTR_SUMMARY]);
            }
            text_pop(w);
            break;
        case ARTICLE_NODE_COMMENT:
            if (enter) {
                text_push(w, "- ");
                text_comment_header(w, n);
            } else {
                text_pop(w);
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

article_status article_write_text(const article_doc *doc, article_sink sink, void *ctx,
                                  const article_options *opts, article_error *err)
{
    art_error_clear(err);
    if (!doc || !sink)
        return art_error_set(err, ARTICLE_ERR_INVALID_ARG, "no document or sink");
    article_allocator alc;
    art_allocator_resolve(opts ? opts->allocator : NULL, &alc);
    text_w w;
    memset(&w, 0, sizeof w);
    art_out_init(&w.out, &alc, sink, ctx);
    art_wr_lines_init(&w.lines, &w.out.buf, &alc);
    art_buf_init(&w.frames, &alc);
    const article_node *root = article_doc_root(doc);

    text_header(&w, doc);
    for (const article_node *c = root->first; c; c = c->next)
        if (c->type == ARTICLE_NODE_SECTION)
            text_tree(&w, c);
    static const struct {
        article_node_type type;
        const char *title;
    } groups[] = {{ARTICLE_NODE_RELATED, "Related"}, {ARTICLE_NODE_COMMENT, "Comments"}};
    for (size_t g = 0; g < sizeof groups / sizeof groups[0]; g++) {
        int any = 0;
        for (const article_node *c = root->first; c; c = c->next) {
            if (c->type != groups[g].type)
                continue;
            if (!any)
                text_line(&w, groups[g].title);
            any = 1;
            text_tree(&w, c);
        }
    }
    int failed = art_wr_lines_failed(&w.lines) || w.frames.failed;
    art_wr_lines_free(&w.lines);
    art_buf_free(&w.frames);
    if (failed)
        w.out.buf.failed = 1;
    return art_out_finish(&w.out, err);
}
