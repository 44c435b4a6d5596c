/* Private declarations shared by the library's files. Internal cross-file
 * names start with art_; only the public API uses article_. */
#ifndef ARTICLE_INTERNAL_H
#define ARTICLE_INTERNAL_H

#include "article/article.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* MARK: - Allocation */

/* The allocator in force: the caller's, or malloc/realloc/free. */
void art_allocator_resolve(const article_allocator *in, article_allocator *out);

/* An arena of chunks; everything a document holds lives in it. */
typedef struct art_chunk art_chunk;
typedef struct art_arena {
    article_allocator alc;
    art_chunk *head;
    char *ptr;    /* free space in the head chunk */
    size_t avail; /* bytes left at ptr */
} art_arena;

void art_arena_init(art_arena *arena, const article_allocator *alc);
void art_arena_release(art_arena *arena);
/* Aligned memory from the arena, or NULL when out of memory. */
void *art_arena_alloc(art_arena *arena, size_t size);
/* A NUL-terminated copy of s[0..len) in the arena. */
char *art_arena_strndup(art_arena *arena, const char *s, size_t len);

/* MARK: - Growable buffer (writers, readers' scratch) */

typedef struct art_buf {
    char *data;
    size_t len;
    size_t cap;
    const article_allocator *alc; /* resolved; borrowed */
    int failed;                   /* an allocation failed; later appends are no-ops */
} art_buf;

void art_buf_init(art_buf *buf, const article_allocator *alc);
void art_buf_free(art_buf *buf);
int art_buf_reserve(art_buf *buf, size_t extra);
/* The growing side of art_buf_put/art_buf_putc. */
void art_buf_put_grow(art_buf *buf, const char *s, size_t len);
/* Inline: the writers and the converter append a few bytes at a time,
 * millions of times on a large page; only growing calls out. */
static inline void art_buf_put(art_buf *buf, const char *s, size_t len)
{
    if (len == 0)
        return;
    if (len < buf->cap - buf->len && !buf->failed) {
        memcpy(buf->data + buf->len, s, len);
        buf->len += len;
        buf->data[buf->len] = '\0';
        return;
    }
    art_buf_put_grow(buf, s, len);
}
void art_buf_puts(art_buf *buf, const char *s);
static inline void art_buf_putc(art_buf *buf, char c)
{
    if (1 < buf->cap - buf->len && !buf->failed) {
        buf->data[buf->len++] = c;
        buf->data[buf->len] = '\0';
        return;
    }
    art_buf_put_grow(buf, &c, 1);
}
void art_buf_printf(art_buf *buf, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Takes the contents as a NUL-terminated string (buffer emptied). */
char *art_buf_detach(art_buf *buf, size_t *len);

/* MARK: - Output through a sink */

/* A writer's output: buffered, flushed to the sink in large pieces. */
typedef struct art_out {
    art_buf buf;
    article_sink sink;
    void *ctx;
    int sink_failed;
} art_out;

void art_out_init(art_out *out, const article_allocator *alc, article_sink sink, void *ctx);
/* Flushes when the buffer is large; call often. */
void art_out_maybe_flush(art_out *out);
/* Flushes everything and frees the buffer; the status of the whole write. */
article_status art_out_finish(art_out *out, article_error *err);

/* Buffers from article_to_*: allocated with a header that remembers the
 * allocator, so that article_free() can release them. */
char *art_detached_buffer(const article_allocator *alc, const char *data, size_t len);
/* Runs a sink-form writer into a buffer for article_to_*. */
typedef article_status (*art_writer_fn)(const article_doc *, article_sink, void *,
                                        const article_options *, article_error *);
char *art_write_to_buffer(art_writer_fn fn, const article_doc *doc, const article_options *opts,
                          size_t *len, article_error *err);

/* MARK: - Errors */

void art_error_clear(article_error *err);
/* Fills err (if not NULL) and returns status. */
article_status art_error_set(article_error *err, article_status status, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
void art_error_set_path(article_error *err, const char *path);
void art_error_set_position(article_error *err, int line, int column, size_t offset);

/* MARK: - Document and nodes */

typedef struct art_person {
    const char *name;
    const char *url;
} art_person;

/* A growable array in the arena of `elem` sized items. */
typedef struct art_vec {
    void *items;
    size_t count;
    size_t cap;
} art_vec;
int art_vec_push(art_arena *arena, art_vec *vec, size_t elem, const void *item);

/* A node's attribute value: a string (arena) or an integer. */
typedef union art_slot {
    const char *s;
    int i;
} art_slot;

/* Nodes are most of a document's memory, so a node holds only the
 * attributes its type has (a paragraph none, a text its literal), in
 * slots placed by art_node_slots (node.c): 48 bytes and 8 per attribute,
 * where one slot per attribute took 192. No pointer to the last child:
 * the first child's prev is the last child (the prev links make a
 * ring, the next links end at NULL): read them through art_node_last
 * and art_node_prev. 8 bytes less on each of a long page's nodes. */
struct article_node {
    article_doc *doc;
    article_node *parent;
    article_node *first;
    article_node *prev;
    article_node *next;
    uint8_t type;
    uint8_t ordered;
    uint8_t header;
    uint8_t level;
    art_slot slot[];
};

/* n's last child, or NULL. */
static inline article_node *art_node_last(const article_node *n)
{
    return n->first ? n->first->prev : NULL;
}

/* The sibling before n, or NULL when n is first or detached. */
static inline article_node *art_node_prev(const article_node *n)
{
    return n->parent && n != n->parent->first ? n->prev : NULL;
}

/* The next node in document order after n's subtree, within root; NULL at
 * the end of root. The model's twin of art_dom_skip: the reader's walks
 * over the body step with it. */
static inline const article_node *art_node_skip(const article_node *n, const article_node *root)
{
    while (n && n != root && !n->next)
        n = n->parent;
    return n && n != root ? n->next : NULL;
}

/* The columns of art_node_slots: the string attributes, then WIDTH,
 * HEIGHT, COLSPAN and ROWSPAN (LEVEL, ORDERED and HEADER are bytes of
 * every node). */
enum {
    ART_COL_WIDTH = ARTICLE_ATTR_STRING_COUNT_,
    ART_COL_HEIGHT,
    ART_COL_COLSPAN,
    ART_COL_ROWSPAN,
    ART_COL_COUNT,
    ART_NODE_TYPE_COUNT = ARTICLE_NODE_LAST_INLINE + 1
};
/* Per type and column: 1 + the attribute's slot, 0 when the type has
 * none; column ART_COL_COUNT holds the number of slots. Agrees with
 * article_node_has_attr (test_api checks every pair). */
extern const uint8_t art_node_slots[ART_NODE_TYPE_COUNT][ART_COL_COUNT + 1];

/* The column of attr, or -1 for one kept outside the slots. */
static inline int art_attr_col(article_attr attr)
{
    if ((unsigned)attr < ARTICLE_ATTR_STRING_COUNT_)
        return (int)attr;
    switch (attr) {
    case ARTICLE_ATTR_WIDTH:
        return ART_COL_WIDTH;
    case ARTICLE_ATTR_HEIGHT:
        return ART_COL_HEIGHT;
    case ARTICLE_ATTR_COLSPAN:
        return ART_COL_COLSPAN;
    case ARTICLE_ATTR_ROWSPAN:
        return ART_COL_ROWSPAN;
    default:
        return -1;
    }
}

/* 1 + the slot of attr in a node of type `type`, 0 when it has none. */
static inline unsigned art_slot_of(unsigned type, article_attr attr)
{
    int col = art_attr_col(attr);
    return col < 0 ? 0 : art_node_slots[type][col];
}

/* The node's slot for attr, or NULL when its type has none. */
static inline art_slot *art_node_slot(article_node *n, article_attr attr)
{
    unsigned k = art_slot_of(n->type, attr);
    return k ? &n->slot[k - 1] : NULL;
}

static inline const art_slot *art_node_cslot(const article_node *n, article_attr attr)
{
    unsigned k = art_slot_of(n->type, attr);
    return k ? &n->slot[k - 1] : NULL;
}

/* A string attribute, NULL when absent or not the type's. */
static inline const char *art_node_str(const article_node *n, article_attr attr)
{
    const art_slot *s = art_node_cslot(n, attr);
    return s ? s->s : NULL;
}

/* WIDTH, HEIGHT, COLSPAN, ROWSPAN; 0 when not the type's. */
static inline int art_node_int(const article_node *n, article_attr attr)
{
    const art_slot *s = art_node_cslot(n, attr);
    return s ? s->i : 0;
}

struct article_doc {
    art_arena arena;
    article_node *root;
    const char *field[ARTICLE_FIELD_COUNT_];
    art_vec authors;     /* art_person */
    art_vec breadcrumbs; /* art_person */
    art_vec tags;        /* const char * */
    const char *image_src;
    const char *image_alt;
    int image_width;
    int image_height;
    size_t node_count;
    /* Bumped by every change of the tree (node.c, art_node_set_str), so
     * that a reader stage can tell whether what it measured still holds. */
    unsigned long revision;
    /* What was read (page_info.c): article_page_type, the confidence in
     * hundredths (-1: unknown), the body candidates (art_candidate). */
    uint8_t page_type;
    int confidence;
    art_vec candidates;
};

/* Sets a string attribute the type has (an arena string or NULL). */
static inline void art_node_set_str(article_node *n, article_attr attr, const char *value)
{
    art_slot *s = art_node_slot(n, attr);
    if (s) {
        s->s = value;
        n->doc->revision++;
    }
}

/* One body candidate kept for article_doc_candidate_*() (page_info.c). */
typedef struct art_candidate {
    const char *path; /* arena string */
    double score, chars, link_density;
} art_candidate;
/* The confidence in hundredths (0..100) as JSON writes it, shortest
 * form: "0", "0.5", "0.87", "1". buf holds at least 8 bytes. */
void art_confidence_format(int hundredths, char *buf);
/* Appends a candidate (path copied). ARTICLE_OK or NOMEM. */
article_status art_doc_add_candidate(article_doc *doc, const char *path, double score, double chars,
                                     double link_density);

/* An arena copy of a string, "" for NULL. */
const char *art_doc_strdup(article_doc *doc, const char *s);
const char *art_doc_strndup(article_doc *doc, const char *s, size_t len);

/* MARK: - Walk */

/* The depth-first walk of the public iterator (ENTER/EXIT, leaves ENTER
 * only), without its allocation: article_iter and the writers' render core
 * both step with it. It starts at `node` (NONE: the first step gives its
 * ENTER) and is DONE after `root`'s EXIT, or after the last node under
 * `root` when it started at root's first child. */
typedef struct art_walk {
    const article_node *root;
    article_node *node;
    article_event event;
} art_walk;

article_event art_walk_next(art_walk *w);
/* Skips the subtree of the node just entered: the next event is what
 * follows its EXIT. */
void art_walk_skip(art_walk *w);

/* MARK: - UTF-8 and text */

/* 1 when s[0..len) is valid UTF-8 (no overlongs, no surrogates). */
int art_utf8_valid(const char *s, size_t len);
/* Appends s[0..len) with whitespace runs collapsed to one space, as a
 * browser renders it. *pending_space carries a space between calls;
 * at_start drops leading space. */
void art_buf_put_collapsed(art_buf *buf, const char *s, size_t len, int *pending_space);
/* 1 for ASCII whitespace (space, \t, \n, \r, \f). */
static inline int art_is_space(int c)
{
    /* Inline: loops over every byte of a page's text call it. */
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* 1 when s is an ISO 8601 date or date-time as the model keeps them
 * (iso_date.c): YYYY[-MM[-DD[Thh:mm[:ss[.f]][Z|±hh:mm]]]]. */
int art_iso8601_valid(const char *s);

/* 1 when a writer may put `url` in a page: not javascript:, vbscript:, nor
 * data: unless `image` and a raster image type (url_safe.c). */
int art_url_is_safe(const char *url, int image);

#endif
