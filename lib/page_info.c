/* What was read, beside the article itself: the page's type, the
 * confidence that the body is the page's main content, and the body
 * candidates the reader weighed (kept on request, for debugging). The HTML
 * reader sets them (read_html/page_type.c, read_html/confidence.c); JSON
 * carries the first two as "page_type" and "confidence". */
#include "internal.h"

#include <string.h>

static const char *const page_type_names[ARTICLE_PAGE_COUNT_] = {
    NULL, "article", "forum", "product", "documentation", "service", "listing", "other",
};

const char *article_page_type_string(article_page_type type)
{
    if ((unsigned)type >= ARTICLE_PAGE_COUNT_)
        return NULL;
    return page_type_names[type];
}

article_page_type article_page_type_parse(const char *name)
{
    for (unsigned t = ARTICLE_PAGE_NONE + 1; name && t < ARTICLE_PAGE_COUNT_; t++)
        if (strcmp(name, page_type_names[t]) == 0)
            return (article_page_type)t;
    return ARTICLE_PAGE_NONE;
}

article_page_type article_doc_page_type(const article_doc *doc)
{
    return doc ? (article_page_type)doc->page_type : ARTICLE_PAGE_NONE;
}

article_status article_doc_set_page_type(article_doc *doc, article_page_type type)
{
    if (!doc || (unsigned)type >= ARTICLE_PAGE_COUNT_)
        return ARTICLE_ERR_INVALID_ARG;
    doc->page_type = (uint8_t)type;
    return ARTICLE_OK;
}

double article_doc_confidence(const article_doc *doc)
{
    if (!doc || doc->confidence < 0)
        return -1;
    return doc->confidence / 100.0;
}

article_status article_doc_set_confidence(article_doc *doc, double confidence)
{
    if (!doc || confidence != confidence || confidence > 1) /* NaN too */
        return ARTICLE_ERR_INVALID_ARG;
    /* Hundredths: JSON writes the value back exactly ("0.87"). */
    doc->confidence = confidence < 0 ? -1 : (int)(confidence * 100 + 0.5);
    return ARTICLE_OK;
}

void art_confidence_format(int hundredths, char *buf)
{
    int c = hundredths < 0 ? 0 : hundredths > 100 ? 100 : hundredths;
    if (c % 100 == 0) {
        buf[0] = (char)('0' + c / 100);
        buf[1] = '\0';
    } else {
        buf[0] = '0';
        buf[1] = '.';
        buf[2] = (char)('0' + c / 10);
        buf[3] = c % 10 ? (char)('0' + c % 10) : '\0';
        buf[4] = '\0';
    }
}

article_status art_doc_add_candidate(article_doc *doc, const char *path, double score, double chars,
                                     double link_density)
{
    art_candidate c = {art_doc_strdup(doc, path), score, chars, link_density};
    if (!c.path || art_vec_push(&doc->arena, &doc->candidates, sizeof c, &c))
        return ARTICLE_ERR_NOMEM;
    return ARTICLE_OK;
}

static const art_candidate *candidate(const article_doc *doc, size_t i)
{
    if (!doc || i >= doc->candidates.count)
        return NULL;
    return (const art_candidate *)doc->candidates.items + i;
}

size_t article_doc_candidate_count(const article_doc *doc)
{
    return doc ? doc->candidates.count : 0;
}

const char *article_doc_candidate_path(const article_doc *doc, size_t i)
{
    const art_candidate *c = candidate(doc, i);
    return c ? c->path : NULL;
}

double article_doc_candidate_score(const article_doc *doc, size_t i)
{
    const art_candidate *c = candidate(doc, i);
    return c ? c->score : 0;
}

double article_doc_candidate_chars(const article_doc *doc, size_t i)
{
    const art_candidate *c = candidate(doc, i);
    return c ? c->chars : 0;
}

double article_doc_candidate_link_density(const article_doc *doc, size_t i)
{
    const art_candidate *c = candidate(doc, i);
    return c ? c->link_density : 0;
}
