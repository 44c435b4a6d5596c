/* The metadata of a page article_to_html() wrote (docs/html-format.md,
 * "Page"), read exactly: every field from the one NewsArticle JSON-LD
 * object of its head, the page type and confidence from its
 * <meta name="libarticle:..."> elements. None of the web's rules (title
 * cleaning, author filtering, date guessing, language-tag repair) runs:
 * the values are the model's, as the writer put them. */
#include "own_page.h"

#include <jansson.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *str(const json_t *o, const char *key)
{
    const json_t *v = json_object_get(o, key);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

/* A model string as written: whitespace collapsed as in every reader (a
 * canonical value has none to collapse); NULL when absent or empty. */
static const char *value(art_html_ctx *ctx, const char *raw, article_status *st)
{
    if (!raw)
        return NULL;
    const char *v = art_html_clean_string(ctx, raw);
    if (!v)
        *st = ARTICLE_ERR_NOMEM;
    return v && *v ? v : NULL;
}

/* A width or height: the model's positive int, whatever its size. */
static int dimension(const json_t *v)
{
    json_int_t x = json_is_integer(v) ? json_integer_value(v) : 0;
    return x > 0 && x <= INT_MAX ? (int)x : 0;
}

static article_status set_field(art_html_ctx *ctx, article_field f, const json_t *o,
                                const char *key)
{
    article_status st = ARTICLE_OK;
    const char *v = value(ctx, str(o, key), &st);
    if (v && (f == ARTICLE_FIELD_PUBLISHED || f == ARTICLE_FIELD_MODIFIED) && !art_iso8601_valid(v))
        return art_own_error(ctx, "its JSON-LD \"%s\" is no ISO 8601 date", key);
    if (st == ARTICLE_OK && v)
        st = article_doc_set(ctx->doc, f, v);
    return st;
}

/* [{"name":..,"url"|"item":..}, ...] through add(doc, name, url). */
static article_status set_people(art_html_ctx *ctx, const json_t *list, const char *url_key,
                                 article_status (*add)(article_doc *, const char *, const char *))
{
    article_status st = ARTICLE_OK;
    size_t i;
    const json_t *p;
    json_array_foreach(list, i, p)
    {
        const char *name = value(ctx, str(p, "name"), &st);
        const char *url = value(ctx, str(p, url_key), &st);
        if (st == ARTICLE_OK && name)
            st = add(ctx->doc, name, url);
        if (st != ARTICLE_OK)
            break;
    }
    return st;
}

static article_status read_article(art_html_ctx *ctx, const json_t *o)
{
    static const struct {
        article_field field;
        const char *key;
    } fields[] = {
        {ARTICLE_FIELD_TITLE, "headline"},          {ARTICLE_FIELD_SUBTITLE, "alternativeHeadline"},
        {ARTICLE_FIELD_SUMMARY, "description"},     {ARTICLE_FIELD_URL, "url"},
        {ARTICLE_FIELD_PUBLISHED, "datePublished"}, {ARTICLE_FIELD_MODIFIED, "dateModified"},
        {ARTICLE_FIELD_LANGUAGE, "inLanguage"},
    };
    article_status st = ARTICLE_OK;
    for (size_t i = 0; st == ARTICLE_OK && i < sizeof fields / sizeof *fields; i++)
        st = set_field(ctx, fields[i].field, o, fields[i].key);
    if (st == ARTICLE_OK)
        st = set_field(ctx, ARTICLE_FIELD_SITE_NAME, json_object_get(o, "publisher"), "name");
    if (st == ARTICLE_OK)
        st = set_people(ctx, json_object_get(o, "author"), "url", article_doc_add_author);
    const json_t *crumbs = json_object_get(json_object_get(o, "breadcrumb"), "itemListElement");
    if (st == ARTICLE_OK)
        st = set_people(ctx, crumbs, "item", article_doc_add_breadcrumb);
    size_t i;
    const json_t *k;
    json_array_foreach(json_object_get(o, "keywords"), i, k)
    {
        const char *tag = st == ARTICLE_OK ? value(ctx, json_string_value(k), &st) : NULL;
        if (tag)
            st = article_doc_add_tag(ctx->doc, tag);
    }
    const json_t *img = json_object_get(o, "image");
    const char *src = st == ARTICLE_OK ? value(ctx, str(img, "url"), &st) : NULL;
    const char *alt = st == ARTICLE_OK ? value(ctx, str(img, "caption"), &st) : NULL;
    if (src)
        st = article_doc_set_image(ctx->doc, src, alt, dimension(json_object_get(img, "width")),
                                   dimension(json_object_get(img, "height")));
    return st;
}

static article_status read_jsonld(art_html_ctx *ctx, const xmlNode *script)
{
    xmlChar *text = xmlNodeGetContent(script);
    if (!text)
        return art_error_set(ctx->err, ARTICLE_ERR_NOMEM, "out of memory");
    json_error_t jerr;
    json_t *root = json_loads((const char *)text, 0, &jerr);
    xmlFree(text);
    if (!json_is_object(root)) {
        json_decref(root);
        return art_own_error(ctx, "its JSON-LD is no JSON object (line %d: %.60s)", jerr.line,
                             jerr.text);
    }
    article_status st = read_article(ctx, root);
    json_decref(root);
    if (st == ARTICLE_ERR_NOMEM)
        return art_error_set(ctx->err, st, "out of memory");
    if (st != ARTICLE_OK && (!ctx->err || ctx->err->status == ARTICLE_OK))
        return art_own_error(ctx, "its JSON-LD holds a value the model cannot take (%s)",
                             article_status_string(st));
    return st;
}

/* <meta name="libarticle:page-type"> and "libarticle:confidence": what the
 * reader of the page that was written decided. */
static article_status read_page_info(art_html_ctx *ctx, const char *name, const char *content)
{
    if (strcasecmp(name, "libarticle:page-type") == 0) {
        article_page_type t = article_page_type_parse(content);
        if (t == ARTICLE_PAGE_NONE)
            return art_own_error(ctx, "unknown libarticle:page-type \"%.40s\"", content);
        return article_doc_set_page_type(ctx->doc, t);
    }
    if (strcasecmp(name, "libarticle:confidence") == 0) {
        char *end = NULL;
        double c = strtod(content, &end);
        if (end == content || *end || !(c >= 0 && c <= 1))
            return art_own_error(ctx, "libarticle:confidence \"%.40s\" is no number in [0, 1]",
                                 content);
        return article_doc_set_confidence(ctx->doc, c);
    }
    return ARTICLE_OK;
}

article_status art_own_read_meta(art_html_ctx *ctx)
{
    const xmlNode *head = art_own_head(ctx->html);
    const xmlNode *script = NULL;
    article_status st = ARTICLE_OK;
    for (const xmlNode *h = head ? head->children : NULL; h && st == ARTICLE_OK; h = h->next) {
        const char *type = art_dom_is(h, "script") ? art_dom_attr(h, "type") : NULL;
        const char *name = art_dom_is(h, "meta") ? art_dom_attr(h, "name") : NULL;
        const char *content = name ? art_dom_attr(h, "content") : NULL;
        if (type && strcasecmp(type, "application/ld+json") == 0) {
            if (script)
                return art_own_error(ctx, "its head holds more than one JSON-LD script");
            script = h;
        } else if (content) {
            st = read_page_info(ctx, name, content);
        }
    }
    if (st == ARTICLE_OK && script)
        st = read_jsonld(ctx, script);
    return st;
}
