/* Shared by the HTML, Markdown and text writers: the render core that walks
 * the tree for all of them (write_render.c), their labels in the article's
 * language (write_labels.c), HTML and script-safe JSON escaping, and a
 * line writer that keeps the prefixes of nested containers (quotes, list
 * items) on a stack of frames. */
#ifndef ARTICLE_WRITE_COMMON_H
#define ARTICLE_WRITE_COMMON_H

#include "internal.h"

/* The first child of `node` of `type`, or NULL. */
const article_node *art_wr_child(const article_node *node, article_node_type type);
/* The document's first figure in reading order, or NULL. */
const article_node *art_wr_first_figure(const article_doc *doc);
/* 1 when the words of `container`'s inline content are `text` (spaces
 * at either end aside): an alt text that repeats a caption. */
int art_wr_same_text(const article_node *container, const char *text, const article_allocator *alc);

/* MARK: - Escaping */

/* s[0..len) as HTML text (&amp; &lt; &gt;), or as an attribute value
 * (also &quot;) when `attr` is 1. */
void art_wr_html_escape(art_buf *b, const char *s, size_t len, int attr);
void art_wr_html_escapes(art_buf *b, const char *s, int attr);
/* ` name="value"`, escaped; nothing when value is NULL. */
void art_wr_html_attr(art_buf *b, const char *name, const char *value);
/* The inline content of `container` as HTML (em, a, code, br...), by the
 * HTML writer's rules (write_html.c). */
void art_wr_html_inlines(art_buf *b, const article_node *container);
/* A JSON string, quoted, safe inside <script>: <, >, & and U+2028/2029 are
 * written as \u escapes so no text can close the element. */
void art_wr_json_string(art_buf *b, const char *s);
/* 1 when the BCP 47 tag's language is written right to left. */
int art_wr_lang_is_rtl(const char *lang);

/* Opens a table cell: `<th` or `<td`, its spans, `>`. Returns the tag
 * name, for the closing tag. */
const char *art_wr_html_cell_open(art_buf *b, const article_node *cell);

/* The embedded stylesheet of the HTML writer (stylesheet.c). */
extern const char art_wr_stylesheet[];

/* MARK: - Labels (write_labels.c) */

/* The words a writer adds in the article's language, and how it writes
 * a date for people. */
typedef struct art_wr_labels {
    const char *lang;       /* primary language subtag: "fr" */
    const char *mark;       /* "en" when the words are not the article's
                               language (lang= on them), else NULL */
    const char *related;    /* the related links' heading */
    const char *comments;   /* the comments' heading */
    const char *by;         /* before the authors, with its space */
    const char *comma;      /* between authors */
    const char *and_;       /* before the last author */
    const char *updated;    /* before the modified date, with its space */
    const char *tags;       /* before the tags, with its colon and space */
    const char *date;       /* a full date: %d %D %n %N %m %y */
    const char *month_year; /* a date without its day */
    const char *months[12]; /* month names; months[0] NULL: numbers only */
} art_wr_labels;

/* The labels for a BCP 47 tag (the primary subtag decides); NULL gives
 * English. A language not known gets English marked lang="en". */
const art_wr_labels *art_wr_labels_for(const char *lang);
/* The date part of an ISO 8601 value as people read it ("6 August
 * 2025"), as plain text; 0, with nothing written, when `iso` is no ISO
 * date (the caller writes it as it is). */
int art_wr_human_date(art_buf *b, const art_wr_labels *l, const char *iso);

/* MARK: - Render core (write_render.c) */

typedef struct art_render art_render;

/* What a writer does with nodes of one type. `enter` runs on ENTER and
 * returns 1 to have the walk go through the node's children (then `exit`
 * runs on its EXIT; NULL: nothing to do there), or 0 when the node is done:
 * its children were written by `enter` or are not written at all. Leaves
 * get `enter` only. */
typedef struct art_render_rule {
    int (*enter)(art_render *r, const article_node *n);
    void (*exit)(art_render *r, const article_node *n);
} art_render_rule;

/* Rules are indexed by node type number (gaps stay empty). */
#define ART_RENDER_TYPES ((size_t)ARTICLE_NODE_LAST_INLINE + 1)

/* A writer: a rule for every node type but the root, which the core
 * writes through its groups (a type without one fails the write with
 * INVALID_ARG naming it), and the hooks around the groups. */
typedef struct art_renderer {
    const char *name; /* "Markdown": in errors */
    art_render_rule rules[ART_RENDER_TYPES];
    /* Before each node's ENTER and EXIT (HTML's indentation); may be NULL. */
    void (*before)(art_render *r, const article_node *n, int entering);
    /* First: the writer's own state, the page head, the article's header. */
    void (*head)(art_render *r);
    /* Around each group of the root's children, in the order sections,
     * related links, comments; called for empty groups too (count 0).
     * `label` is the group's heading in the article's language (NULL for
     * the sections); `open` is 1 before the group, 0 after it. */
    void (*group)(art_render *r, article_node_type type, size_t count, const char *label, int open);
    /* Without `group`: the heading of a group that has nodes and a label. */
    void (*title)(art_render *r, const char *label);
    /* Last, also after a failure: closing markup, the state released. */
    void (*tail)(art_render *r);
} art_renderer;

/* One render: what every callback gets. */
struct art_render {
    const art_renderer *renderer;
    void *w;                     /* the writer's own state */
    art_buf *buf;                /* where output goes */
    const article_doc *doc;      /* NULL in a render into a buffer */
    const article_options *opts; /* may be NULL */
    unsigned flags;              /* opts->flags, or 0 */
    const art_wr_labels *labels; /* in the article's language */
    article_allocator alc;       /* resolved */
    art_out out;                 /* the sink; buf is out.buf */
    struct art_wr_lines *lines;  /* a line writer's lines (Markdown, text) */
    int sink_open;
    int last_char;             /* the last byte handed to the sink ('\n' at first) */
    int nested;                /* > 0 inside art_render_nested() */
    article_node_type missing; /* a type met with no rule */
};

/* The entry point: checks the arguments, opens the sink, runs `head`, each
 * group's nodes through the rules, then `tail`, and flushes. */
article_status art_render_doc(const art_renderer *renderer, void *w, const article_doc *doc,
                              article_sink sink, void *ctx, const article_options *opts,
                              article_error *err);
/* A render into `b` alone (no sink, no groups), for a writer that borrows
 * another's rules: Markdown's raw-HTML tables use the HTML inline rules. */
void art_render_init_buf(art_render *r, const art_renderer *renderer, void *w, art_buf *b,
                         const art_wr_labels *labels);
/* `n` itself, its children, its EXIT: a group's node. */
void art_render_node(art_render *r, const article_node *n);
/* The children of `parent` through the rules, in the same walk. */
void art_render_children(art_render *r, const article_node *parent);
/* The same, from a callback that writes a child out of tree order (a
 * section's heading first, a quote's attribution last, a figure's caption):
 * part of the current node, so no flush happens inside. */
void art_render_nested(art_render *r, const article_node *parent);
/* The last byte written (or handed to the sink), and whether it ends a line. */
int art_render_last_char(const art_render *r);
int art_render_at_line_start(const art_render *r);

/* Rules' `enter` for the common cases: a node its parent writes (heading,
 * caption, attribution: skipped where the walk meets it), and a node with
 * no markup of its own whose children are written. */
int art_render_by_parent(art_render *r, const article_node *n);
int art_render_descend(art_render *r, const article_node *n);

/* MARK: - Lines with container prefixes */

/* An open container of a line writer (quote, list, item, comment), or an
 * open inline span of the Markdown writer. */
typedef struct art_wr_frame {
    size_t prefix_len; /* to restore with art_wr_lines_pop() */
    int number;        /* LIST: the next item's number */
    int tight;         /* LIST: items without blank lines between them */
    int html;          /* Markdown span: written as an HTML tag */
    int other_marker;  /* LIST: "*" or "N)" instead of "-" or "N." */
} art_wr_frame;

/* Writes lines into `out`. Each line starts with the prefixes of the open
 * containers ("> " for a quote, spaces for a list item); the first line of
 * a container may use a marker instead ("- ", "1. "). Blank lines between
 * blocks are written lazily, only when something follows. */
typedef struct art_wr_lines {
    art_buf *out;
    art_buf cont;         /* continuation prefix of the open containers */
    art_buf first;        /* prefix of the next line while a marker is pending */
    int have_first;       /* `first` applies to the next line */
    int mid_line;         /* the current line has its prefix and content */
    int need_blank;       /* a block ended: a blank line before the next content */
    size_t blank_len;     /* prefix of `cont` that the blank line carries */
    int any;              /* something was written */
    size_t content_start; /* where the current line's content starts in out */
    int verbatim;         /* code: lines keep their trailing spaces */
    size_t depth;         /* open containers */
    art_buf frames;       /* art_wr_frame stack; depth follows the input */
} art_wr_lines;

/* Containers deeper than this add no prefix: a prefix is written on every
 * line, so unbounded nesting would make the output quadratic. */
#define ART_WR_MAX_PREFIX_DEPTH 64

void art_wr_lines_init(art_wr_lines *l, art_buf *out, const article_allocator *alc);
void art_wr_lines_free(art_wr_lines *l);
/* 1 when a prefix or frame buffer failed to grow. */
int art_wr_lines_failed(const art_wr_lines *l);
/* A line writer's lines, set up as r->lines in its `head`. */
void art_wr_lines_start(art_render *r, art_wr_lines *l);
/* A line writer's `tail`: frees r->lines; the output fails when they did. */
void art_wr_lines_tail(art_render *r);
/* Content of the current line (no newlines in s). */
void art_wr_lines_put(art_wr_lines *l, const char *s, size_t len);
void art_wr_lines_puts(art_wr_lines *l, const char *s);
/* Starts the line (prefix) without content; for writers that escape into
 * l->out directly. */
void art_wr_lines_begin(art_wr_lines *l);
/* Ends the current line. Trailing spaces go, except in verbatim lines. */
void art_wr_lines_newline(art_wr_lines *l);
/* Ends a block: the next content comes after a blank line. */
void art_wr_lines_end_block(art_wr_lines *l);
/* Opens a container: `marker` on its first line, `cont` on the others.
 * Returns the length to give art_wr_lines_pop(). */
size_t art_wr_lines_push(art_wr_lines *l, const char *marker, const char *cont);
/* Closes a container; an empty one still writes its marker line. */
void art_wr_lines_pop(art_wr_lines *l, size_t len);

/* The frame stack: push returns NULL when out of memory, top returns NULL
 * when empty, pop of an empty stack returns a fresh frame. */
art_wr_frame *art_wr_frame_push(art_wr_lines *l);
art_wr_frame art_wr_frame_pop(art_wr_lines *l);
art_wr_frame *art_wr_frame_top(art_wr_lines *l);
/* art_wr_lines_push() with a frame that remembers the prefix. */
void art_wr_lines_open(art_wr_lines *l, const char *marker, const char *cont);
/* Closes what art_wr_lines_open() opened, and ends the block. */
void art_wr_lines_close(art_wr_lines *l);
/* Rules shared by the line writers, on r->lines. A list: ENTER opens a
 * frame that numbers its items and knows whether they are tight; EXIT
 * closes it. An item of the open list: "- " or "N. ", its lines indented
 * under it. A container opened with art_wr_lines_open() closes on EXIT. */
int art_wr_list_enter(art_render *r, const article_node *list);
void art_wr_list_exit(art_render *r, const article_node *list);
int art_wr_item_enter(art_render *r, const article_node *item);
void art_wr_container_exit(art_render *r, const article_node *n);
/* Opens "- " for a related link or a comment; `tight`: no blank line
 * after a sibling of the same type. Closed by art_wr_container_exit(). */
void art_wr_bullet_open(art_render *r, const article_node *n, int tight);
/* The rules the line writers share in their tables: the parts their
 * parents write (heading, attribution, caption; a table's rows and cells)
 * and list items. */
#define ART_WR_LINE_RULES                                                                          \
    [ARTICLE_NODE_HEADING] = {art_render_by_parent, NULL},                                         \
    [ARTICLE_NODE_ATTRIBUTION] = {art_render_by_parent, NULL},                                     \
    [ARTICLE_NODE_CAPTION] = {art_render_by_parent, NULL},                                         \
    [ARTICLE_NODE_ITEM] = {art_wr_item_enter, art_wr_container_exit},                              \
    [ARTICLE_NODE_ROW] = {art_render_by_parent, NULL},                                             \
    [ARTICLE_NODE_CELL] = {art_render_by_parent, NULL}
/* The tag name of an inline span (em, strong, sub, sup, del), or NULL. */
const char *art_wr_span_tag(article_node_type t);

#endif
