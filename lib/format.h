/* The article/1 JSON format, described once (docs/json-format.md): a table
 * of members per node type, in canonical order. The JSON writer writes from
 * these tables, the JSON reader accepts exactly their keys and reads what
 * they require, article_node_has_attr() answers from them, and a test
 * checks docs/article-1.schema.json against them. A new key is one row. */
#ifndef ARTICLE_FORMAT_H
#define ARTICLE_FORMAT_H

#include "internal.h"

typedef enum art_fmt_kind {
    M_END = 0,
    M_TYPE,     /* "type": the node's JSON type name */
    M_STR,      /* optional string attribute */
    M_DATE,     /* optional ISO 8601 date string attribute */
    M_STR_REQ,  /* required string attribute ("" when absent) */
    M_INT,      /* integer attribute, omitted when 0 */
    M_SPAN,     /* integer attribute, omitted when 1 */
    M_BOOL,     /* boolean attribute, omitted when false */
    M_BOOL_REQ, /* boolean attribute, always written */
    M_IMAGE,    /* {src, alt, width, height} from the node's attributes */
    M_IMAGE_OPT,
    M_AUTHOR, /* a comment's {name, url} */
    M_NESTED, /* the child of type `filter` written as an array value */
    M_KIDS,   /* array of the children that match `filter` */
    M_KIDS_REQ,
    M_ELEMS, /* the frame itself is an array: its matching children */
    /* document only */
    M_FORMAT,
    M_FIELD,
    M_FIELD_REQ,
    M_FIELD_DATE,
    M_AUTHORS,
    M_CRUMBS,
    M_TAGS,
    M_DOC_IMAGE,
    M_PAGE_TYPE,
    M_CONFIDENCE,
    M_KIND_COUNT
} art_fmt_kind;

/* Which children an array member holds. */
enum { F_INLINE = 100, F_BLOCK, F_CELLS };

/* One member of an object (or the elements of an array) in the format. */
typedef struct art_fmt_member {
    uint8_t kind;   /* art_fmt_kind */
    uint8_t filter; /* node type, or F_* */
    uint8_t attr;   /* article_attr or article_field */
    const char *key;
} art_fmt_member;

/* The members of a node type's JSON value (END-terminated), and whether
 * that value is an array rather than an object. TEXT is a bare string:
 * its one member (the literal) has no key. */
const art_fmt_member *art_fmt_members(article_node_type t, int *is_array);
/* The {src, alt, width, height} and {name, url} objects. */
extern const art_fmt_member art_fmt_image[];
extern const art_fmt_member art_fmt_person[];
/* The member of `table` named `key`, or NULL. */
const art_fmt_member *art_fmt_find(const art_fmt_member *table, const char *key);
/* 1 when a member of this kind must be present. */
int art_fmt_required(const art_fmt_member *m);
/* The type's "type" in JSON ("code" for CODE_BLOCK), and back: the block
 * or inline type named `name`, or NONE. */
const char *art_fmt_type_name(article_node_type t);
article_node_type art_fmt_type_named(const char *name, int inline_type);
/* article_node_has_attr(): does the type's table hold the attribute. */
int art_fmt_has_attr(article_node_type t, article_attr attr);

#endif
