/* What the passes over the final body (repeats.c, previews.c) take for
 * one block of its text, a "unit", and what they never read as body text.
 * Both compare blocks as a reader sees them, so they must agree. */
#ifndef ARTICLE_READ_HTML_BODY_UNITS_H
#define ARTICLE_READ_HTML_BODY_UNITS_H

#include "read_html.h"

#include <stdint.h>

static inline int art_unit_inline_type(unsigned t)
{
    return t >= ARTICLE_NODE_FIRST_INLINE && t <= ARTICLE_NODE_LAST_INLINE;
}

/* Types the bench and a reader never take for body text (media, related
 * links, comments): neither units nor inside one, nor breaks of a run. */
static inline int art_unit_skipped_type(unsigned t)
{
    return t == ARTICLE_NODE_FIGURE || t == ARTICLE_NODE_CAPTION || t == ARTICLE_NODE_EMBED ||
           t == ARTICLE_NODE_RULE || t == ARTICLE_NODE_RELATED || t == ARTICLE_NODE_COMMENT;
}

/* A unit is a node holding inline content (a paragraph, a heading, an
 * attribution), a code block, or a whole table. */
static inline int art_unit_is(const article_node *n)
{
    return n->type == ARTICLE_NODE_CODE_BLOCK || n->type == ARTICLE_NODE_TABLE ||
           (n->first && art_unit_inline_type(n->first->type));
}

/* The literal a node of a unit's subtree adds to its text: a text's,
 * an inline code's or a code block's; NULL for any other node. */
static inline const char *art_unit_literal(const article_node *n)
{
    return n->type == ARTICLE_NODE_TEXT || n->type == ARTICLE_NODE_CODE ||
                   n->type == ARTICLE_NODE_CODE_BLOCK
               ? art_node_str(n, ARTICLE_ATTR_LITERAL)
               : NULL;
}

/* The next node of r's subtree in reading order after n, past skipped
 * children (a figure inside a paragraph); NULL after the last. */
static inline const article_node *art_unit_next(const article_node *n, const article_node *r)
{
    if (n->first && !art_unit_skipped_type(n->first->type))
        return n->first;
    return art_node_skip(n, r);
}

/* Appends r's text to b as both passes compare it: ASCII case folded,
 * whitespace runs (and breaks) as one space, none at the ends
 * (body_units.c). On no memory b->failed is set. */
void art_unit_fold(const article_node *r, art_buf *b);

/* One unit of the body: its node and its folded text. */
typedef struct art_body_unit {
    article_node *node;
    uint64_t hash;   /* of the folded text */
    size_t off, len; /* the folded text in the list's text */
} art_body_unit;

/* The body's units in reading order (body_units.c): read once for both
 * passes (content.c's tidy stage), again only when the first changed the
 * document. Its memory comes from the document's allocator. */
struct art_body_units {
    art_buf units; /* art_body_unit */
    art_buf text;  /* the folded texts, one after another */
    unsigned long revision;
    int read;
};

void art_body_units_init(art_body_units *list, const article_allocator *a);
/* Reads the units of doc's body, unless the list holds them for its
 * present revision. 0 when out of memory. */
int art_body_units_read(art_body_units *list, article_doc *doc);
void art_body_units_free(art_body_units *list);

static inline const art_body_unit *art_body_units_at(const art_body_units *list)
{
    return (const art_body_unit *)(const void *)list->units.data;
}

static inline size_t art_body_units_count(const art_body_units *list)
{
    return list->units.len / sizeof(art_body_unit);
}

#endif
