/* Helpers shared by the HTML, Markdown and text writers: a walk that needs
 * no memory, HTML and script-safe JSON escaping, the start every writer
 * makes, and a line writer that keeps the prefixes of nested containers
 * (quotes, list items) on a stack of frames. */
#ifndef ARTICLE_WRITE_COMMON_H
#define ARTICLE_WRITE_COMMON_H

#include "internal.h"

/* MARK: - Walk */

/* The iterator's depth-first walk (ENTER/EXIT, leaves ENTER only), on the
 * stack: writers walk every paragraph, so the walk must not allocate. */
typedef struct art_wr_walk {
    const article_node *root;
    const article_node *node;
    article_event event;
} art_wr_walk;

void art_wr_walk_init(art_wr_walk *w, const article_node *root);
article_event art_wr_walk_next(art_wr_walk *w);
/* Skips the subtree of the node just entered: the next event is what
 * follows its EXIT. */
void art_wr_walk_skip(art_wr_walk *w);

/* The first child of `node` of `type`, or NULL. */
const article_node *art_wr_child(const article_node *node, article_node_type type);

/* MARK: - Escaping */

/* s[0..len) as HTML text (&amp; &lt; &gt;), or as an attribute value
 * (also &quot;) when `attr` is 1. */
void art_wr_html_escape(art_buf *b, const char *s, size_t len, int attr);
void art_wr_html_escapes(art_buf *b, const char *s, int attr);
/* ` name="value"`, escaped; nothing when value is NULL. */
void art_wr_html_attr(art_buf *b, const char *name, const char *value);
/* The inline content of `container` as HTML (em, a, code, br...). */
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
    const char *date;       /* a full date: %d %D %n %N %m %y */
    const char *month_year; /* a date without its day */
    const char *months[12]; /* month names; months[0] NULL: numbers only */
} art_wr_labels;

/* The labels for a BCP 47 tag (the primary subtag decides); NULL gives
 * English. A language not known gets English marked lang="en". */
const art_wr_labels *art_wr_labels_for(const char *lang);
/* The date part of an ISO 8601 value as people read it ("6 August
 * 2025"), escaped; a value that is no ISO date is written as it is. */
void art_wr_human_date(art_buf *b, const art_wr_labels *l, const char *iso);

/* MARK: - Writer entry */

/* What every writer does first: checks its arguments, resolves the
 * allocator into `alc` (which must outlive `out`) and opens `out`. */
article_status art_wr_start(art_out *out, article_allocator *alc, const article_doc *doc,
                            article_sink sink, void *ctx, const article_options *opts,
                            article_error *err);

/* The body in the order the Markdown and text writers share: every
 * section, then the related links and the comments, each group after its
 * title. `w` is the writer, passed to the callbacks. */
void art_wr_body(const article_doc *doc, void *w, void (*title)(void *w, const char *title),
                 void (*tree)(void *w, const article_node *root));

/* MARK: - Lines with container prefixes */

/* An open container of a line writer (quote, list, item, comment), or an
 * open inline span of the Markdown writer. */
typedef struct art_wr_frame {
    size_t prefix_len; /* to restore with art_wr_lines_pop() */
    int number;        /* LIST: the next item's number */
    int tight;         /* LIST: items without blank lines between them */
    int html;          /* Markdown span: written as an HTML tag */
} art_wr_frame;

/* Writes lines into `out`. Each line starts with the prefixes of the open
 * containers ("> " for a quote, spaces for a list item); the first line of
 * a container may use a marker instead ("- ", "1. "). Blank lines between
 * blocks are written lazily, only when something follows. */
typedef struct art_wr_lines {
    art_buf *out;
    art_buf cont;     /* continuation prefix of the open containers */
    art_buf first;    /* prefix of the next line while a marker is pending */
    int have_first;   /* `first` applies to the next line */
    int mid_line;     /* the current line has its prefix and content */
    int need_blank;   /* a block ended: a blank line before the next content */
    size_t blank_len; /* prefix of `cont` that the blank line carries */
    int any;          /* something was written */
    size_t depth;     /* open containers */
    art_buf frames;   /* art_wr_frame stack; depth follows the input */
} art_wr_lines;

/* Containers deeper than this add no prefix: a prefix is written on every
 * line, so unbounded nesting would make the output quadratic. */
#define ART_WR_MAX_PREFIX_DEPTH 64

void art_wr_lines_init(art_wr_lines *l, art_buf *out, const article_allocator *alc);
void art_wr_lines_free(art_wr_lines *l);
/* 1 when a prefix or frame buffer failed to grow. */
int art_wr_lines_failed(const art_wr_lines *l);
/* Frees the lines and finishes `out` (their buffer): the write's status. */
article_status art_wr_lines_finish(art_wr_lines *l, art_out *out, article_error *err);
/* Content of the current line (no newlines in s). */
void art_wr_lines_put(art_wr_lines *l, const char *s, size_t len);
void art_wr_lines_puts(art_wr_lines *l, const char *s);
/* Starts the line (prefix) without content; for writers that escape into
 * l->out directly. */
void art_wr_lines_begin(art_wr_lines *l);
/* Ends the current line. */
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
/* A list: ENTER opens a frame that numbers its items and knows whether
 * they are tight; EXIT closes it. */
void art_wr_list_enter(art_wr_lines *l, const article_node *list);
void art_wr_list_exit(art_wr_lines *l);
/* An item of the open list: "- " or "N. ", its lines indented under it. */
void art_wr_item_enter(art_wr_lines *l, const article_node *item);

#endif
