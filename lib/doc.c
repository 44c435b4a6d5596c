/* Documents and their metadata. */
#include "internal.h"

#include <string.h>

article_doc *article_doc_new(const article_allocator *alc)
{
    art_arena arena;
    art_arena_init(&arena, alc);
    article_doc *doc = art_arena_alloc(&arena, sizeof *doc);
    if (!doc) {
        art_arena_release(&arena);
        return NULL;
    }
    memset(doc, 0, sizeof *doc);
    doc->arena = arena;
    doc->confidence = -1;
    doc->root = article_node_new(doc, ARTICLE_NODE_DOCUMENT);
    if (!doc->root) {
        article_doc_free(doc);
        return NULL;
    }
    return doc;
}

void article_doc_free(article_doc *doc)
{
    if (!doc)
        return;
    /* The document itself lives in its arena: copy the arena out first. */
    art_arena arena = doc->arena;
    art_arena_release(&arena);
}

article_node *article_doc_root(const article_doc *doc)
{
    return doc ? doc->root : NULL;
}

const char *art_doc_strndup(article_doc *doc, const char *s, size_t len)
{
    return art_arena_strndup(&doc->arena, s ? s : "", s ? len : 0);
}

const char *art_doc_strdup(article_doc *doc, const char *s)
{
    return art_doc_strndup(doc, s, s ? strlen(s) : 0);
}

/* Copies an optional string: NULL and "" both mean absent. */
static article_status copy_optional(article_doc *doc, const char *value, const char **slot)
{
    if (!value || !*value) {
        *slot = NULL;
        return ARTICLE_OK;
    }
    size_t len = strlen(value);
    if (!art_utf8_valid(value, len))
        return ARTICLE_ERR_ENCODING;
    const char *copy = art_doc_strndup(doc, value, len);
    if (!copy)
        return ARTICLE_ERR_NOMEM;
    *slot = copy;
    return ARTICLE_OK;
}

static const char *const field_names[ARTICLE_FIELD_COUNT_] = {
    "url", "title", "subtitle", "summary", "published", "modified", "language", "site_name",
};

const char *article_field_string(article_field field)
{
    if ((unsigned)field >= ARTICLE_FIELD_COUNT_)
        return NULL;
    return field_names[field];
}

const char *article_doc_get(const article_doc *doc, article_field field)
{
    if (!doc || (unsigned)field >= ARTICLE_FIELD_COUNT_)
        return NULL;
    if (field == ARTICLE_FIELD_TITLE && !doc->field[field])
        return "";
    return doc->field[field];
}

article_status article_doc_set(article_doc *doc, article_field field, const char *value)
{
    if (!doc || (unsigned)field >= ARTICLE_FIELD_COUNT_)
        return ARTICLE_ERR_INVALID_ARG;
    return copy_optional(doc, value, &doc->field[field]);
}

/* MARK: - Authors and breadcrumbs */

static const art_person *person_at(const art_vec *vec, size_t i)
{
    if (i >= vec->count)
        return NULL;
    return (const art_person *)vec->items + i;
}

static article_status add_person(article_doc *doc, art_vec *vec, const char *name, const char *url)
{
    if (!doc || !name || !*name)
        return ARTICLE_ERR_INVALID_ARG;
    art_person p = {NULL, NULL};
    article_status st = copy_optional(doc, name, &p.name);
    if (st == ARTICLE_OK)
        st = copy_optional(doc, url, &p.url);
    if (st != ARTICLE_OK)
        return st;
    if (art_vec_push(&doc->arena, vec, sizeof p, &p))
        return ARTICLE_ERR_NOMEM;
    return ARTICLE_OK;
}

size_t article_doc_author_count(const article_doc *doc)
{
    return doc ? doc->authors.count : 0;
}

const char *article_doc_author_name(const article_doc *doc, size_t i)
{
    const art_person *p = doc ? person_at(&doc->authors, i) : NULL;
    return p ? p->name : NULL;
}

const char *article_doc_author_url(const article_doc *doc, size_t i)
{
    const art_person *p = doc ? person_at(&doc->authors, i) : NULL;
    return p ? p->url : NULL;
}

article_status article_doc_add_author(article_doc *doc, const char *name, const char *url)
{
    return add_person(doc, doc ? &doc->authors : NULL, name, url);
}

void article_doc_clear_authors(article_doc *doc)
{
    if (doc)
        doc->authors.count = 0;
}

size_t article_doc_breadcrumb_count(const article_doc *doc)
{
    return doc ? doc->breadcrumbs.count : 0;
}

const char *article_doc_breadcrumb_name(const article_doc *doc, size_t i)
{
    const art_person *p = doc ? person_at(&doc->breadcrumbs, i) : NULL;
    return p ? p->name : NULL;
}

const char *article_doc_breadcrumb_url(const article_doc *doc, size_t i)
{
    const art_person *p = doc ? person_at(&doc->breadcrumbs, i) : NULL;
    return p ? p->url : NULL;
}

article_status article_doc_add_breadcrumb(article_doc *doc, const char *name, const char *url)
{
    return add_person(doc, doc ? &doc->breadcrumbs : NULL, name, url);
}

void article_doc_clear_breadcrumbs(article_doc *doc)
{
    if (doc)
        doc->breadcrumbs.count = 0;
}

/* MARK: - Tags */

size_t article_doc_tag_count(const article_doc *doc)
{
    return doc ? doc->tags.count : 0;
}

const char *article_doc_tag(const article_doc *doc, size_t i)
{
    if (!doc || i >= doc->tags.count)
        return NULL;
    return ((const char *const *)doc->tags.items)[i];
}

article_status article_doc_add_tag(article_doc *doc, const char *tag)
{
    if (!doc || !tag || !*tag)
        return ARTICLE_ERR_INVALID_ARG;
    const char *copy = NULL;
    article_status st = copy_optional(doc, tag, &copy);
    if (st != ARTICLE_OK)
        return st;
    if (art_vec_push(&doc->arena, &doc->tags, sizeof copy, &copy))
        return ARTICLE_ERR_NOMEM;
    return ARTICLE_OK;
}

void article_doc_clear_tags(article_doc *doc)
{
    if (doc)
        doc->tags.count = 0;
}

/* MARK: - Lead image */

const char *article_doc_image_src(const article_doc *doc)
{
    return doc ? doc->image_src : NULL;
}

const char *article_doc_image_alt(const article_doc *doc)
{
    return doc ? doc->image_alt : NULL;
}

int article_doc_image_width(const article_doc *doc)
{
    return doc ? doc->image_width : 0;
}

int article_doc_image_height(const article_doc *doc)
{
    return doc ? doc->image_height : 0;
}

article_status article_doc_set_image(article_doc *doc, const char *src, const char *alt, int width,
                                     int height)
{
    if (!doc || width < 0 || height < 0)
        return ARTICLE_ERR_INVALID_ARG;
    if (!src || !*src) {
        doc->image_src = doc->image_alt = NULL;
        doc->image_width = doc->image_height = 0;
        return ARTICLE_OK;
    }
    const char *s = NULL, *a = NULL;
    article_status st = copy_optional(doc, src, &s);
    if (st == ARTICLE_OK)
        st = copy_optional(doc, alt, &a);
    if (st != ARTICLE_OK)
        return st;
    doc->image_src = s;
    doc->image_alt = a;
    doc->image_width = width;
    doc->image_height = height;
    return ARTICLE_OK;
}
