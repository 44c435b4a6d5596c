/* The article/1 format, described once: see format.h. */
#include "format.h"

#include <string.h>

#define END                                                                                        \
    {                                                                                              \
        M_END, 0, 0, NULL                                                                          \
    }

static const art_fmt_member m_document[] = {{M_FORMAT, 0, 0, "format"},
                                            {M_FIELD, 0, ARTICLE_FIELD_URL, "url"},
                                            {M_FIELD_REQ, 0, ARTICLE_FIELD_TITLE, "title"},
                                            {M_FIELD, 0, ARTICLE_FIELD_SUBTITLE, "subtitle"},
                                            {M_FIELD, 0, ARTICLE_FIELD_SUMMARY, "summary"},
                                            {M_AUTHORS, 0, 0, "authors"},
                                            {M_FIELD_DATE, 0, ARTICLE_FIELD_PUBLISHED, "published"},
                                            {M_FIELD_DATE, 0, ARTICLE_FIELD_MODIFIED, "modified"},
                                            {M_FIELD, 0, ARTICLE_FIELD_LANGUAGE, "language"},
                                            {M_FIELD, 0, ARTICLE_FIELD_SITE_NAME, "site_name"},
                                            {M_CRUMBS, 0, 0, "breadcrumbs"},
                                            {M_TAGS, 0, 0, "tags"},
                                            {M_DOC_IMAGE, 0, 0, "image"},
                                            {M_PAGE_TYPE, 0, 0, "page_type"},
                                            {M_CONFIDENCE, 0, 0, "confidence"},
                                            {M_KIDS_REQ, ARTICLE_NODE_SECTION, 0, "sections"},
                                            {M_KIDS, ARTICLE_NODE_RELATED, 0, "related"},
                                            {M_KIDS, ARTICLE_NODE_COMMENT, 0, "comments"},
                                            END};

static const art_fmt_member m_section[] = {{M_NESTED, ARTICLE_NODE_HEADING, 0, "heading"},
                                           {M_INT, 0, ARTICLE_ATTR_LEVEL, "level"},
                                           {M_KIDS_REQ, F_BLOCK, 0, "blocks"},
                                           END};

static const art_fmt_member m_related[] = {{M_STR_REQ, 0, ARTICLE_ATTR_TITLE, "title"},
                                           {M_STR_REQ, 0, ARTICLE_ATTR_URL, "url"},
                                           {M_STR, 0, ARTICLE_ATTR_SUMMARY, "summary"},
                                           {M_IMAGE_OPT, 0, 0, "image"},
                                           END};

static const art_fmt_member m_comment[] = {{M_STR, 0, ARTICLE_ATTR_ID, "id"},
                                           {M_AUTHOR, 0, 0, "author"},
                                           {M_DATE, 0, ARTICLE_ATTR_PUBLISHED, "published"},
                                           {M_KIDS_REQ, F_BLOCK, 0, "content"},
                                           {M_KIDS, ARTICLE_NODE_COMMENT, 0, "replies"},
                                           END};

static const art_fmt_member m_inline_array[] = {{M_ELEMS, F_INLINE, 0, NULL}, END};
static const art_fmt_member m_item[] = {{M_ELEMS, F_BLOCK, 0, NULL}, END};
static const art_fmt_member m_row[] = {{M_ELEMS, ARTICLE_NODE_CELL, 0, NULL}, END};

static const art_fmt_member m_cell[] = {{M_BOOL, 0, ARTICLE_ATTR_HEADER, "header"},
                                        {M_KIDS_REQ, F_INLINE, 0, "content"},
                                        {M_SPAN, 0, ARTICLE_ATTR_COLSPAN, "colspan"},
                                        {M_SPAN, 0, ARTICLE_ATTR_ROWSPAN, "rowspan"},
                                        END};

static const art_fmt_member m_paragraph[] = {
    {M_TYPE, 0, 0, "type"}, {M_KIDS_REQ, F_INLINE, 0, "content"}, END};

static const art_fmt_member m_quote[] = {{M_TYPE, 0, 0, "type"},
                                         {M_KIDS_REQ, F_BLOCK, 0, "content"},
                                         {M_NESTED, ARTICLE_NODE_ATTRIBUTION, 0, "attribution"},
                                         {M_STR, 0, ARTICLE_ATTR_CITE, "cite"},
                                         END};

static const art_fmt_member m_figure[] = {{M_TYPE, 0, 0, "type"},
                                          {M_IMAGE, 0, 0, "image"},
                                          {M_NESTED, ARTICLE_NODE_CAPTION, 0, "caption"},
                                          {M_STR, 0, ARTICLE_ATTR_CREDIT, "credit"},
                                          END};

static const art_fmt_member m_list[] = {{M_TYPE, 0, 0, "type"},
                                        {M_BOOL_REQ, 0, ARTICLE_ATTR_ORDERED, "ordered"},
                                        {M_KIDS_REQ, ARTICLE_NODE_ITEM, 0, "items"},
                                        END};

static const art_fmt_member m_table[] = {{M_TYPE, 0, 0, "type"},
                                         {M_NESTED, ARTICLE_NODE_CAPTION, 0, "caption"},
                                         {M_KIDS_REQ, ARTICLE_NODE_ROW, 0, "rows"},
                                         END};

static const art_fmt_member m_code_block[] = {{M_TYPE, 0, 0, "type"},
                                              {M_STR, 0, ARTICLE_ATTR_LANGUAGE, "language"},
                                              {M_STR_REQ, 0, ARTICLE_ATTR_LITERAL, "text"},
                                              END};

static const art_fmt_member m_embed[] = {{M_TYPE, 0, 0, "type"},
                                         {M_STR_REQ, 0, ARTICLE_ATTR_URL, "url"},
                                         {M_STR, 0, ARTICLE_ATTR_PROVIDER, "provider"},
                                         {M_STR, 0, ARTICLE_ATTR_TITLE, "title"},
                                         END};

static const art_fmt_member m_type_only[] = {{M_TYPE, 0, 0, "type"}, END};

/* A text node is a bare string: its literal, under no key. */
static const art_fmt_member m_text[] = {{M_STR_REQ, 0, ARTICLE_ATTR_LITERAL, NULL}, END};

static const art_fmt_member m_none[] = {END};

static const art_fmt_member m_link[] = {{M_TYPE, 0, 0, "type"},
                                        {M_STR_REQ, 0, ARTICLE_ATTR_HREF, "href"},
                                        {M_STR, 0, ARTICLE_ATTR_TITLE, "title"},
                                        {M_KIDS_REQ, F_INLINE, 0, "content"},
                                        END};

static const art_fmt_member m_span[] = {
    {M_TYPE, 0, 0, "type"}, {M_KIDS_REQ, F_INLINE, 0, "content"}, END};

static const art_fmt_member m_code_span[] = {
    {M_TYPE, 0, 0, "type"}, {M_STR_REQ, 0, ARTICLE_ATTR_LITERAL, "text"}, END};

/* The table of a node type, and whether its frame is an array. */
const art_fmt_member *art_fmt_members(article_node_type t, int *is_array)
{
    *is_array = 0;
    switch (t) {
    case ARTICLE_NODE_DOCUMENT:
        return m_document;
    case ARTICLE_NODE_SECTION:
        return m_section;
    case ARTICLE_NODE_RELATED:
        return m_related;
    case ARTICLE_NODE_COMMENT:
        return m_comment;
    case ARTICLE_NODE_HEADING:
    case ARTICLE_NODE_ATTRIBUTION:
    case ARTICLE_NODE_CAPTION:
        *is_array = 1;
        return m_inline_array;
    case ARTICLE_NODE_ITEM:
        *is_array = 1;
        return m_item;
    case ARTICLE_NODE_ROW:
        *is_array = 1;
        return m_row;
    case ARTICLE_NODE_CELL:
        return m_cell;
    case ARTICLE_NODE_PARAGRAPH:
        return m_paragraph;
    case ARTICLE_NODE_QUOTE:
        return m_quote;
    case ARTICLE_NODE_FIGURE:
        return m_figure;
    case ARTICLE_NODE_LIST:
        return m_list;
    case ARTICLE_NODE_TABLE:
        return m_table;
    case ARTICLE_NODE_CODE_BLOCK:
        return m_code_block;
    case ARTICLE_NODE_EMBED:
        return m_embed;
    case ARTICLE_NODE_LINK:
        return m_link;
    case ARTICLE_NODE_EM:
    case ARTICLE_NODE_STRONG:
    case ARTICLE_NODE_SUB:
    case ARTICLE_NODE_SUP:
    case ARTICLE_NODE_DEL:
        return m_span;
    case ARTICLE_NODE_CODE:
        return m_code_span;
    case ARTICLE_NODE_TEXT:
        return m_text;
    case ARTICLE_NODE_RULE:
    case ARTICLE_NODE_BREAK:
        return m_type_only;
    case ARTICLE_NODE_NONE:
        break;
    }
    return m_none;
}

const char *art_fmt_type_name(article_node_type t)
{
    if (t == ARTICLE_NODE_CODE_BLOCK)
        return "code";
    return article_node_type_string(t);
}

const art_fmt_member art_fmt_image[] = {{M_STR_REQ, 0, ARTICLE_ATTR_SRC, "src"},
                                        {M_STR, 0, ARTICLE_ATTR_ALT, "alt"},
                                        {M_INT, 0, ARTICLE_ATTR_WIDTH, "width"},
                                        {M_INT, 0, ARTICLE_ATTR_HEIGHT, "height"},
                                        END};

const art_fmt_member art_fmt_person[] = {{M_STR_REQ, 0, 0, "name"}, {M_STR, 0, 0, "url"}, END};

const art_fmt_member *art_fmt_find(const art_fmt_member *table, const char *key)
{
    for (const art_fmt_member *m = table; m->kind != M_END; m++)
        if (m->key && strcmp(m->key, key) == 0)
            return m;
    return NULL;
}

int art_fmt_required(const art_fmt_member *m)
{
    static const uint8_t required[M_KIND_COUNT] = {
        [M_TYPE] = 1,     [M_STR_REQ] = 1, [M_BOOL_REQ] = 1,  [M_IMAGE] = 1,
        [M_KIDS_REQ] = 1, [M_FORMAT] = 1,  [M_FIELD_REQ] = 1,
    };
    return m->kind < M_KIND_COUNT && required[m->kind];
}

article_node_type art_fmt_type_named(const char *name, int inline_type)
{
    int first = inline_type ? ARTICLE_NODE_FIRST_INLINE : ARTICLE_NODE_FIRST_BLOCK;
    int last = inline_type ? ARTICLE_NODE_LAST_INLINE : ARTICLE_NODE_LAST_BLOCK;
    for (int t = first; t <= last; t++) {
        /* Text is a bare string, never {"type": "text"}. */
        if (t != ARTICLE_NODE_TEXT && strcmp(art_fmt_type_name((article_node_type)t), name) == 0)
            return (article_node_type)t;
    }
    return ARTICLE_NODE_NONE;
}

/* The attributes a member of this kind holds (none for arrays, children
 * and document fields). */
static int member_holds(const art_fmt_member *m, article_attr attr)
{
    switch ((art_fmt_kind)m->kind) {
    case M_STR:
    case M_DATE:
    case M_STR_REQ:
    case M_INT:
    case M_SPAN:
    case M_BOOL:
    case M_BOOL_REQ:
        return m->attr == attr;
    case M_IMAGE:
    case M_IMAGE_OPT:
        return attr == ARTICLE_ATTR_SRC || attr == ARTICLE_ATTR_ALT || attr == ARTICLE_ATTR_WIDTH ||
               attr == ARTICLE_ATTR_HEIGHT;
    case M_AUTHOR:
        return attr == ARTICLE_ATTR_AUTHOR || attr == ARTICLE_ATTR_AUTHOR_URL;
    default: /* arrays, children, document members: no attribute */
        break;
    }
    return 0;
}

int art_fmt_has_attr(article_node_type t, article_attr attr)
{
    int is_array;
    for (const art_fmt_member *m = art_fmt_members(t, &is_array); m->kind != M_END; m++)
        if (member_holds(m, attr))
            return 1;
    return 0;
}
