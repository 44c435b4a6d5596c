/* The strict reader of the library's own pages (lib/read_html/own_*.c):
 * a page article_to_html() wrote reads back exactly, and a page that
 * carries the writer's mark but departs from docs/html-format.md is an
 * ARTICLE_ERR_SCHEMA error, not a guess. */
#include "harness.h"

#define HEAD_START                                                                                 \
    "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"                                                \
    "<meta name=\"generator\" content=\"libarticle 1.0\">\n<title>T</title>\n"
#define BODY                                                                                       \
    "</head>\n<body>\n<article>\n<section>\n<p>Text.</p>\n</section>\n</article>\n</body></html>"

#define BODY_OPEN "</head>\n<body>\n<article>\n<section>\n"
#define BODY_CLOSE "</section>\n</article>\n</body></html>"

static article_doc *read_page(const char *html, article_error *err)
{
    return article_from_html(html, strlen(html), NULL, err);
}

/* The head's values are the model's: no title cleaning, author filter or
 * date guess runs on them. */
static void test_meta_as_written(void)
{
    const char *page =
        HEAD_START "<meta name=\"libarticle:page-type\" content=\"forum\">\n"
                   "<meta name=\"libarticle:confidence\" content=\"0.42\">\n"
                   "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                   "\"@type\":\"NewsArticle\",\"headline\":\"News - Site\",\"datePublished\":"
                   "\"0987\",\"inLanguage\":\"x-klingon\",\"author\":[{\"@type\":\"Person\","
                   "\"name\":\"Share this\"},{\"@type\":\"Person\",\"name\":\"Share this\","
                   "\"url\":\"https://a.example/s\"}],\"publisher\":{\"@type\":\"Organization\","
                   "\"name\":\"Site\"},\"keywords\":[\"a\",\"A\"]}</script>\n" BODY;
    article_error err;
    article_doc *doc = read_page(page, &err);
    OK(doc != NULL, "%s", err.message);
    if (!doc)
        return;
    STR_EQ(article_doc_get(doc, ARTICLE_FIELD_TITLE), "News - Site");
    STR_EQ(article_doc_get(doc, ARTICLE_FIELD_PUBLISHED), "0987");
    STR_EQ(article_doc_get(doc, ARTICLE_FIELD_LANGUAGE), "x-klingon");
    STR_EQ(article_doc_get(doc, ARTICLE_FIELD_SITE_NAME), "Site");
    INT_EQ(article_doc_author_count(doc), 2);
    OK(article_doc_author_url(doc, 0) == NULL, "first author has no url");
    STR_EQ(article_doc_author_url(doc, 1), "https://a.example/s");
    INT_EQ(article_doc_tag_count(doc), 2);
    INT_EQ(article_doc_page_type(doc), ARTICLE_PAGE_FORUM);
    OK(article_doc_confidence(doc) > 0.41 && article_doc_confidence(doc) < 0.43, "confidence");
    article_doc_free(doc);
}

/* The body as written: a paragraph that reads like a share button, a
 * heading equal to the title and a section of short links all stay; a
 * figure's caption and credit part at the <small>. */
static void test_body_as_written(void)
{
    const char *page =
        HEAD_START "<script type=\"application/ld+json\">{\"headline\":\"See also\"}</script>\n"
                   "</head>\n<body>\n<article>\n<header>\n<h1>See also</h1>\n</header>\n"
                   "<section>\n<p>Share this</p>\n<figure><img src=\"https://a.example/i.jpg\" "
                   "alt=\"\" width=\"20\"><figcaption>A <em>cat</em> <small class=\"credit\">Jo "
                   "Doe</small></figcaption></figure>\n</section>\n<section>\n<h2>See also</h2>\n"
                   "<ul>\n<li><p><a href=\"https://a.example/x\">X</a></p>\n</li>\n</ul>\n"
                   "</section>\n</article>\n</body></html>";
    article_error err;
    article_doc *doc = read_page(page, &err);
    OK(doc != NULL, "%s", err.message);
    if (!doc)
        return;
    char *json = article_to_json(doc, NULL, NULL, NULL);
    OK(json && strstr(json, "\"Share this\""), "%s", json ? json : "");
    OK(json && strstr(json, "\"heading\":[\"See also\"]"), "%s", json ? json : "");
    OK(json && strstr(json, "\"caption\":[\"A \",{\"type\":\"em\",\"content\":[\"cat\"]}]"), "%s",
       json ? json : "");
    OK(json && strstr(json, "\"credit\":\"Jo Doe\""), "%s", json ? json : "");
    OK(json && strstr(json, "\"width\":20"), "%s", json ? json : "");
    article_free(json);
    article_doc_free(doc);
}

/* What departs from the format is an error that says what and where. */
static void test_errors(void)
{
    static const struct {
        const char *page, *why;
    } bad[] = {
        {HEAD_START "<script type=\"application/ld+json\">{\"headline\":</script>\n" BODY,
         "JSON-LD"},
        {HEAD_START
         "<script type=\"application/ld+json\">{\"datePublished\":\"May 5\"}</script>\n" BODY,
         "ISO 8601"},
        {HEAD_START "<meta name=\"libarticle:page-type\" content=\"blog\">\n" BODY, "page-type"},
        {HEAD_START "<meta name=\"libarticle:confidence\" content=\"2\">\n" BODY, "confidence"},
        {HEAD_START BODY_OPEN "<div>Text.</div>\n" BODY_CLOSE, "<div> where a block"},
        {HEAD_START BODY_OPEN "Loose text.\n" BODY_CLOSE, "text outside a block"},
        {HEAD_START BODY_OPEN "<p>A <span>span</span>.</p>\n" BODY_CLOSE, "<span> in inline"},
        {HEAD_START BODY_OPEN "<p>Text.</p>\n<h2>Late</h2>\n" BODY_CLOSE, "<h2> where a block"},
        {HEAD_START "</head>\n<body>\n<div>Text.</div>\n</body></html>", "<div> in the <body>"},
        {HEAD_START "</head>\n<body>\n</body></html>", "no <article>"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        article_error err;
        article_doc *doc = read_page(bad[i].page, &err);
        OK(doc == NULL, "case %zu read", i);
        article_doc_free(doc);
        INT_EQ(err.status, ARTICLE_ERR_SCHEMA);
        OK(strstr(err.message, "own page: ") == err.message, "case %zu: %s", i, err.message);
        OK(strstr(err.message, bad[i].why) != NULL, "case %zu: %s", i, err.message);
    }
}

int main(void)
{
    test_meta_as_written();
    test_body_as_written();
    test_errors();
    return harness_done("test_own_page");
}
