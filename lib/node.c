/* Nodes: creation, attributes, what may contain what, tree edits. */
#include "format.h"

#include <string.h>

/* What a type is, one row per type: its name (a number is a type when it
 * has one: types are numbered with gaps, article.h), whether it is a leaf
 * and whether its children are inlines. Blocks and inlines are the ranges
 * of article.h. */
enum { LEAF = 1, INLINES = 2 };

static const struct {
    const char *name;
    unsigned flags;
} types[] = {
    [ARTICLE_NODE_NONE] = {"none", 0},
    [ARTICLE_NODE_DOCUMENT] = {"document", 0},
    [ARTICLE_NODE_SECTION] = {"section", 0},
    [ARTICLE_NODE_RELATED] = {"related", LEAF},
    [ARTICLE_NODE_COMMENT] = {"comment", 0},
    [ARTICLE_NODE_HEADING] = {"heading", INLINES},
    [ARTICLE_NODE_ATTRIBUTION] = {"attribution", INLINES},
    [ARTICLE_NODE_CAPTION] = {"caption", INLINES},
    [ARTICLE_NODE_ITEM] = {"item", 0},
    [ARTICLE_NODE_ROW] = {"row", 0},
    [ARTICLE_NODE_CELL] = {"cell", INLINES},
    [ARTICLE_NODE_PARAGRAPH] = {"paragraph", INLINES},
    [ARTICLE_NODE_QUOTE] = {"quote", 0},
    [ARTICLE_NODE_FIGURE] = {"figure", 0},
    [ARTICLE_NODE_LIST] = {"list", 0},
    [ARTICLE_NODE_TABLE] = {"table", 0},
    [ARTICLE_NODE_CODE_BLOCK] = {"code_block", LEAF},
    [ARTICLE_NODE_EMBED] = {"embed", LEAF},
    [ARTICLE_NODE_RULE] = {"rule", LEAF},
    [ARTICLE_NODE_TEXT] = {"text", LEAF},
    [ARTICLE_NODE_LINK] = {"link", INLINES},
    [ARTICLE_NODE_EM] = {"em", INLINES},
    [ARTICLE_NODE_STRONG] = {"strong", INLINES},
    [ARTICLE_NODE_CODE] = {"code", LEAF},
    [ARTICLE_NODE_SUB] = {"sub", INLINES},
    [ARTICLE_NODE_SUP] = {"sup", INLINES},
    [ARTICLE_NODE_DEL] = {"del", INLINES},
    [ARTICLE_NODE_BREAK] = {"break", LEAF},
};

#define TYPE_COUNT ((unsigned)ARTICLE_NODE_LAST_INLINE + 1u)
_Static_assert(sizeof types / sizeof types[0] == TYPE_COUNT, "a row for the last inline");

/* Where each type keeps its attributes (internal.h): 1 + the slot, by
 * column; the last column is the number of slots. The literal is slot 0
 * wherever there is one. */
#define AT(col, k) [col] = k
#define STR(attr, k) AT(ARTICLE_ATTR_##attr, k)
#define SLOTS(n) AT(ART_COL_COUNT, n)
const uint8_t art_node_slots[ART_NODE_TYPE_COUNT][ART_COL_COUNT + 1] = {
    [ARTICLE_NODE_RELATED] = {STR(TITLE, 1), STR(SRC, 2), STR(ALT, 3), STR(URL, 4), STR(SUMMARY, 5),
                              AT(ART_COL_WIDTH, 6), AT(ART_COL_HEIGHT, 7), SLOTS(7)},
    [ARTICLE_NODE_COMMENT] = {STR(ID, 1), STR(AUTHOR, 2), STR(AUTHOR_URL, 3), STR(PUBLISHED, 4),
                              SLOTS(4)},
    [ARTICLE_NODE_CELL] = {AT(ART_COL_COLSPAN, 1), AT(ART_COL_ROWSPAN, 2), SLOTS(2)},
    [ARTICLE_NODE_QUOTE] = {STR(CITE, 1), SLOTS(1)},
    [ARTICLE_NODE_FIGURE] = {STR(SRC, 1), STR(ALT, 2), STR(CREDIT, 3), AT(ART_COL_WIDTH, 4),
                             AT(ART_COL_HEIGHT, 5), SLOTS(5)},
    [ARTICLE_NODE_CODE_BLOCK] = {STR(LITERAL, 1), STR(LANGUAGE, 2), SLOTS(2)},
    [ARTICLE_NODE_EMBED] = {STR(TITLE, 1), STR(URL, 2), STR(PROVIDER, 3), SLOTS(3)},
    [ARTICLE_NODE_TEXT] = {STR(LITERAL, 1), SLOTS(1)},
    [ARTICLE_NODE_LINK] = {STR(HREF, 1), STR(TITLE, 2), SLOTS(2)},
    [ARTICLE_NODE_CODE] = {STR(LITERAL, 1), SLOTS(1)},
};
#undef AT
#undef STR
#undef SLOTS

static int is_valid_type(article_node_type type)
{
    return (unsigned)type < TYPE_COUNT && types[type].name != NULL;
}

const char *article_node_type_string(article_node_type type)
{
    return is_valid_type(type) ? types[type].name : "none";
}

static int is_block_type(article_node_type t)
{
    return t >= ARTICLE_NODE_FIRST_BLOCK && t <= ARTICLE_NODE_LAST_BLOCK;
}

static int is_inline_type(article_node_type t)
{
    return t >= ARTICLE_NODE_FIRST_INLINE && t <= ARTICLE_NODE_LAST_INLINE;
}

static int is_leaf_type(article_node_type t)
{
    return is_valid_type(t) && (types[t].flags & LEAF);
}

/* Containers whose children are inlines. */
static int holds_inlines(article_node_type t)
{
    return is_valid_type(t) && (types[t].flags & INLINES);
}

int article_node_can_contain(article_node_type parent, article_node_type child)
{
    if (!is_valid_type(parent) || !is_valid_type(child))
        return 0;
    if (holds_inlines(parent))
        return is_inline_type(child);
    switch (parent) {
    case ARTICLE_NODE_DOCUMENT:
        return child == ARTICLE_NODE_SECTION || child == ARTICLE_NODE_RELATED ||
               child == ARTICLE_NODE_COMMENT;
    case ARTICLE_NODE_SECTION:
        return child == ARTICLE_NODE_HEADING || is_block_type(child);
    case ARTICLE_NODE_QUOTE:
        return child == ARTICLE_NODE_ATTRIBUTION || is_block_type(child);
    case ARTICLE_NODE_COMMENT:
        return child == ARTICLE_NODE_COMMENT || is_block_type(child);
    case ARTICLE_NODE_ITEM:
        return is_block_type(child);
    case ARTICLE_NODE_FIGURE:
        return child == ARTICLE_NODE_CAPTION;
    case ARTICLE_NODE_LIST:
        return child == ARTICLE_NODE_ITEM;
    case ARTICLE_NODE_TABLE:
        return child == ARTICLE_NODE_CAPTION || child == ARTICLE_NODE_ROW;
    case ARTICLE_NODE_ROW:
        return child == ARTICLE_NODE_CELL;
    default:
        return 0;
    }
}

article_node *article_node_new(article_doc *doc, article_node_type type)
{
    if (!doc || type == ARTICLE_NODE_NONE || !is_valid_type(type))
        return NULL;
    size_t size = sizeof(article_node) + art_node_slots[type][ART_COL_COUNT] * sizeof(art_slot);
    article_node *n = art_arena_alloc(&doc->arena, size);
    if (!n)
        return NULL;
    memset(n, 0, size);
    n->doc = doc;
    n->type = (uint8_t)type;
    if (type == ARTICLE_NODE_CELL) {
        art_node_slot(n, ARTICLE_ATTR_COLSPAN)->i = 1;
        art_node_slot(n, ARTICLE_ATTR_ROWSPAN)->i = 1;
    }
    doc->node_count++;
    return n;
}

article_node_type article_node_get_type(const article_node *node)
{
    return node ? (article_node_type)node->type : ARTICLE_NODE_NONE;
}

article_doc *article_node_doc(const article_node *node)
{
    return node ? node->doc : NULL;
}

int article_node_is_block(const article_node *node)
{
    return node && is_block_type((article_node_type)node->type);
}

int article_node_is_inline(const article_node *node)
{
    return node && is_inline_type((article_node_type)node->type);
}

int article_node_is_leaf(const article_node *node)
{
    return node && is_leaf_type((article_node_type)node->type);
}

article_node *article_node_parent(const article_node *node)
{
    return node ? node->parent : NULL;
}

article_node *article_node_first_child(const article_node *node)
{
    return node ? node->first : NULL;
}

article_node *article_node_last_child(const article_node *node)
{
    return node ? art_node_last(node) : NULL;
}

article_node *article_node_next(const article_node *node)
{
    return node ? node->next : NULL;
}

article_node *article_node_previous(const article_node *node)
{
    return node ? art_node_prev(node) : NULL;
}

/* MARK: - Attributes */

int article_node_has_attr(article_node_type type, article_attr attr)
{
    /* The attributes of a type are the ones its JSON members hold. */
    return art_fmt_has_attr(type, attr);
}

static int is_string_attr(article_attr attr)
{
    return (unsigned)attr < ARTICLE_ATTR_STRING_COUNT_;
}

const char *article_node_get_string(const article_node *node, article_attr attr)
{
    if (!node || !is_string_attr(attr) || !art_node_cslot(node, attr))
        return NULL;
    const char *s = art_node_str(node, attr);
    if (!s && attr == ARTICLE_ATTR_LITERAL)
        return "";
    return s;
}

article_status article_node_set_string(article_node *node, article_attr attr, const char *value)
{
    if (!node || !is_string_attr(attr) || !art_node_slot(node, attr))
        return ARTICLE_ERR_INVALID_ARG;
    if (!value || !*value) {
        art_node_set_str(node, attr, NULL);
        return ARTICLE_OK;
    }
    size_t len = strlen(value);
    if (!art_utf8_valid(value, len))
        return ARTICLE_ERR_ENCODING;
    const char *copy = art_doc_strndup(node->doc, value, len);
    if (!copy)
        return ARTICLE_ERR_NOMEM;
    art_node_set_str(node, attr, copy);
    return ARTICLE_OK;
}

int article_node_get_int(const article_node *node, article_attr attr)
{
    int span_default = attr == ARTICLE_ATTR_COLSPAN || attr == ARTICLE_ATTR_ROWSPAN;
    if (!node || !article_node_has_attr((article_node_type)node->type, attr))
        return span_default ? 1 : 0;
    switch (attr) {
    case ARTICLE_ATTR_WIDTH:
    case ARTICLE_ATTR_HEIGHT:
    case ARTICLE_ATTR_COLSPAN:
    case ARTICLE_ATTR_ROWSPAN:
        return art_node_int(node, attr);
    case ARTICLE_ATTR_LEVEL:
        return node->level;
    case ARTICLE_ATTR_ORDERED:
        return node->ordered;
    case ARTICLE_ATTR_HEADER:
        return node->header;
    default:
        return 0;
    }
}

article_status article_node_set_int(article_node *node, article_attr attr, int value)
{
    if (!node || !article_node_has_attr((article_node_type)node->type, attr))
        return ARTICLE_ERR_INVALID_ARG;
    node->doc->revision++;
    switch (attr) {
    case ARTICLE_ATTR_WIDTH:
    case ARTICLE_ATTR_HEIGHT:
        if (value < 0)
            return ARTICLE_ERR_INVALID_ARG;
        art_node_slot(node, attr)->i = value;
        return ARTICLE_OK;
    case ARTICLE_ATTR_LEVEL:
        if (value < 0 || value > 6)
            return ARTICLE_ERR_INVALID_ARG;
        node->level = (uint8_t)value;
        return ARTICLE_OK;
    case ARTICLE_ATTR_ORDERED:
    case ARTICLE_ATTR_HEADER:
        if (value != 0 && value != 1)
            return ARTICLE_ERR_INVALID_ARG;
        *(attr == ARTICLE_ATTR_ORDERED ? &node->ordered : &node->header) = (uint8_t)value;
        return ARTICLE_OK;
    case ARTICLE_ATTR_COLSPAN:
    case ARTICLE_ATTR_ROWSPAN:
        if (value < 1)
            return ARTICLE_ERR_INVALID_ARG;
        art_node_slot(node, attr)->i = value;
        return ARTICLE_OK;
    default:
        return ARTICLE_ERR_INVALID_ARG;
    }
}

#define STRING_SHORTHAND(name, ATTR)                                                               \
    const char *article_node_get_##name(const article_node *node)                                  \
    {                                                                                              \
        return article_node_get_string(node, ATTR);                                                \
    }                                                                                              \
    article_status article_node_set_##name(article_node *node, const char *value)                  \
    {                                                                                              \
        return article_node_set_string(node, ATTR, value);                                         \
    }

STRING_SHORTHAND(literal, ARTICLE_ATTR_LITERAL)
STRING_SHORTHAND(href, ARTICLE_ATTR_HREF)
STRING_SHORTHAND(title, ARTICLE_ATTR_TITLE)
STRING_SHORTHAND(src, ARTICLE_ATTR_SRC)
STRING_SHORTHAND(url, ARTICLE_ATTR_URL)

int article_node_get_level(const article_node *node)
{
    return article_node_get_int(node, ARTICLE_ATTR_LEVEL);
}

article_status article_node_set_level(article_node *node, int level)
{
    return article_node_set_int(node, ARTICLE_ATTR_LEVEL, level);
}

/* MARK: - Tree edits */

/* Every link edit starts here (append, prepend, insert unlink first). */
void article_node_unlink(article_node *node)
{
    if (!node)
        return;
    node->doc->revision++;
    article_node *parent = node->parent;
    if (parent) {
        /* The first child's prev is the last child (internal.h). */
        article_node *before = art_node_prev(node);
        if (before)
            before->next = node->next;
        else
            parent->first = node->next;
        if (node->next)
            node->next->prev = node->prev;
        else if (parent->first)
            parent->first->prev = before;
    }
    node->parent = node->prev = node->next = NULL;
}

/* May `child` go under `parent`? Same document, allowed type, no cycle. */
static int check_link(const article_node *parent, const article_node *child)
{
    if (!parent || !child || parent->doc != child->doc || child == child->doc->root)
        return 0;
    if (!article_node_can_contain((article_node_type)parent->type, (article_node_type)child->type))
        return 0;
    for (const article_node *a = parent; a; a = a->parent)
        if (a == child)
            return 0;
    return 1;
}

article_status article_node_append_child(article_node *parent, article_node *child)
{
    if (!check_link(parent, child))
        return ARTICLE_ERR_INVALID_ARG;
    article_node_unlink(child);
    child->parent = parent;
    article_node *last = art_node_last(parent);
    if (last) {
        last->next = child;
        child->prev = last;
    } else {
        parent->first = child;
    }
    parent->first->prev = child;
    return ARTICLE_OK;
}

article_status article_node_prepend_child(article_node *parent, article_node *child)
{
    if (!check_link(parent, child))
        return ARTICLE_ERR_INVALID_ARG;
    article_node_unlink(child);
    child->parent = parent;
    article_node *first = parent->first;
    child->next = first;
    child->prev = first ? first->prev : child;
    if (first)
        first->prev = child;
    parent->first = child;
    return ARTICLE_OK;
}

article_status article_node_insert_before(article_node *node, article_node *sibling)
{
    if (!node || !node->parent || node == sibling || !check_link(node->parent, sibling))
        return ARTICLE_ERR_INVALID_ARG;
    article_node_unlink(sibling);
    sibling->parent = node->parent;
    sibling->next = node;
    sibling->prev = node->prev;
    if (node == node->parent->first)
        node->parent->first = sibling;
    else
        node->prev->next = sibling;
    node->prev = sibling;
    return ARTICLE_OK;
}

article_status article_node_insert_after(article_node *node, article_node *sibling)
{
    if (!node || !node->parent || node == sibling || !check_link(node->parent, sibling))
        return ARTICLE_ERR_INVALID_ARG;
    article_node_unlink(sibling);
    sibling->parent = node->parent;
    sibling->prev = node;
    sibling->next = node->next;
    if (node->next)
        node->next->prev = sibling;
    else
        node->parent->first->prev = sibling;
    node->next = sibling;
    return ARTICLE_OK;
}

article_status article_node_append_text(article_node *parent, const char *text, size_t len)
{
    if (!parent || (!text && len) || !holds_inlines((article_node_type)parent->type))
        return ARTICLE_ERR_INVALID_ARG;
    if (len == 0)
        return ARTICLE_OK;
    if (!art_utf8_valid(text, len))
        return ARTICLE_ERR_ENCODING;
    article_node *last = art_node_last(parent);
    if (last && last->type == ARTICLE_NODE_TEXT && art_node_str(last, ARTICLE_ATTR_LITERAL)) {
        const char *old = art_node_str(last, ARTICLE_ATTR_LITERAL);
        size_t old_len = strlen(old);
        if (len > SIZE_MAX - old_len - 1)
            return ARTICLE_ERR_NOMEM;
        char *merged = art_arena_alloc(&parent->doc->arena, old_len + len + 1);
        if (!merged)
            return ARTICLE_ERR_NOMEM;
        memcpy(merged, old, old_len);
        memcpy(merged + old_len, text, len);
        merged[old_len + len] = '\0';
        art_node_set_str(last, ARTICLE_ATTR_LITERAL, merged);
        return ARTICLE_OK;
    }
    article_node *t = article_node_new(parent->doc, ARTICLE_NODE_TEXT);
    if (!t)
        return ARTICLE_ERR_NOMEM;
    const char *copy = art_doc_strndup(parent->doc, text, len);
    if (!copy)
        return ARTICLE_ERR_NOMEM;
    art_node_set_str(t, ARTICLE_ATTR_LITERAL, copy);
    return article_node_append_child(parent, t);
}
