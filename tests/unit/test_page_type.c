/* What was read: the page type and the confidence, through the C API, the
 * JSON keys (strict reading, canonical writing) and the HTML round trip;
 * small pages of each kind get their type; candidates on request. */
#include "harness.h"

#include <article/article.h>

static article_doc *read_page(const char *html, const char *url, unsigned flags)
{
    article_options opts;
    article_options_init(&opts);
    opts.url = url;
    opts.flags = flags;
    article_error err;
    article_doc *doc = article_from_html(html, strlen(html), &opts, &err);
    OK(doc != NULL, "%s", err.message);
    return doc;
}

static void test_names(void)
{
    STR_EQ(article_page_type_string(ARTICLE_PAGE_ARTICLE), "article");
    STR_EQ(article_page_type_string(ARTICLE_PAGE_DOCUMENTATION), "documentation");
    STR_EQ(article_page_type_string(ARTICLE_PAGE_OTHER), "other");
    OK(article_page_type_string(ARTICLE_PAGE_NONE) == NULL, "NONE has a name");
    OK(article_page_type_string((article_page_type)99) == NULL, "out of range has a name");
    for (int t = ARTICLE_PAGE_ARTICLE; t < ARTICLE_PAGE_COUNT_; t++)
        INT_EQ(article_page_type_parse(article_page_type_string((article_page_type)t)), t);
    INT_EQ(article_page_type_parse("blog"), ARTICLE_PAGE_NONE);
    INT_EQ(article_page_type_parse(NULL), ARTICLE_PAGE_NONE);
}

static void test_setters(void)
{
    article_doc *doc = article_doc_new(NULL);
    INT_EQ(article_doc_page_type(doc), ARTICLE_PAGE_NONE);
    OK(article_doc_confidence(doc) < 0, "a new document has a confidence");
    INT_EQ(article_doc_set_page_type(doc, ARTICLE_PAGE_FORUM), ARTICLE_OK);
    INT_EQ(article_doc_page_type(doc), ARTICLE_PAGE_FORUM);
    INT_EQ(article_doc_set_page_type(doc, (article_page_type)42), ARTICLE_ERR_INVALID_ARG);
    INT_EQ(article_doc_set_confidence(doc, 0.874), ARTICLE_OK);
    OK(article_doc_confidence(doc) == 0.87, "rounded: %g", article_doc_confidence(doc));
    INT_EQ(article_doc_set_confidence(doc, 1.5), ARTICLE_ERR_INVALID_ARG);
    INT_EQ(article_doc_set_confidence(doc, 0.0 / 0.0), ARTICLE_ERR_INVALID_ARG);
    char *json = article_to_json(doc, NULL, NULL, NULL);
    STR_EQ(json, "{\"format\":\"article/1\",\"title\":\"\",\"page_type\":\"forum\","
                 "\"confidence\":0.87,\"sections\":[]}");
    article_free(json);
    INT_EQ(article_doc_set_confidence(doc, -1), ARTICLE_OK);
    INT_EQ(article_doc_set_page_type(doc, ARTICLE_PAGE_NONE), ARTICLE_OK);
    json = article_to_json(doc, NULL, NULL, NULL);
    STR_EQ(json, "{\"format\":\"article/1\",\"title\":\"\",\"sections\":[]}");
    article_free(json);
    INT_EQ(article_doc_candidate_count(doc), 0);
    OK(article_doc_candidate_path(doc, 0) == NULL, "a candidate out of range");
    article_doc_free(doc);
    INT_EQ(article_doc_set_page_type(NULL, ARTICLE_PAGE_FORUM), ARTICLE_ERR_INVALID_ARG);
    OK(article_doc_confidence(NULL) < 0, "NULL has a confidence");
}

static void test_json(void)
{
    static const char *const canonical[] = {
        /* Parenthesised: one element split over two lines, not two. */
        ("{\"format\":\"article/1\",\"title\":\"T\",\"page_type\":\"listing\",\"confidence\":0,"
         "\"sections\":[]}"),
        "{\"format\":\"article/1\",\"title\":\"T\",\"confidence\":1,\"sections\":[]}",
        "{\"format\":\"article/1\",\"title\":\"T\",\"confidence\":0.5,\"sections\":[]}",
        "{\"format\":\"article/1\",\"title\":\"T\",\"confidence\":0.05,\"sections\":[]}",
    };
    for (size_t i = 0; i < sizeof canonical / sizeof *canonical; i++) {
        article_doc *doc = article_from_json(canonical[i], strlen(canonical[i]), NULL, NULL);
        char *json = doc ? article_to_json(doc, NULL, NULL, NULL) : NULL;
        STR_EQ(json, canonical[i]);
        /* The HTML writer keeps both, so its page reads back the same. */
        char *html = doc ? article_to_html(doc, NULL, NULL, NULL) : NULL;
        article_doc *back = html ? article_from_html(html, strlen(html), NULL, NULL) : NULL;
        char *again = back ? article_to_json(back, NULL, NULL, NULL) : NULL;
        STR_EQ(again, canonical[i]);
        article_free(json);
        article_free(html);
        article_free(again);
        article_doc_free(back);
        article_doc_free(doc);
    }
    static const struct {
        const char *json, *path;
    } bad[] = {
        {"{\"format\":\"article/1\",\"title\":\"T\",\"page_type\":\"blog\",\"sections\":[]}",
         "page_type"},
        {"{\"format\":\"article/1\",\"title\":\"T\",\"page_type\":3,\"sections\":[]}", "page_type"},
        {"{\"format\":\"article/1\",\"title\":\"T\",\"confidence\":1.01,\"sections\":[]}",
         "confidence"},
        {"{\"format\":\"article/1\",\"title\":\"T\",\"confidence\":\"high\",\"sections\":[]}",
         "confidence"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        article_error err;
        article_doc *doc = article_from_json(bad[i].json, strlen(bad[i].json), NULL, &err);
        OK(doc == NULL, "accepted %s", bad[i].json);
        article_doc_free(doc);
        INT_EQ(err.status, ARTICLE_ERR_SCHEMA);
        STR_EQ(err.path, bad[i].path);
    }
}

/* A paragraph of prose, repeated to make a body. */
#define PROSE                                                                                      \
    "<p>The council met on Tuesday to discuss the new library, which has been "                    \
    "planned for more than ten years and will open to readers in the spring, "                     \
    "according to the officials who presented the final budget to residents.</p>"

static void test_kinds(void)
{
    static const struct {
        const char *html, *url;
        article_page_type want;
    } pages[] = {
        {"<html><head><meta property=\"og:type\" content=\"article\">"
         "<meta property=\"article:published_time\" content=\"2025-03-01\"></head><body>"
         "<article><h1>Library opens</h1>" PROSE PROSE PROSE PROSE PROSE PROSE
         "</article></body></html>",
         "https://news.example.com/2025/03/01/library-opens-in-the-spring", ARTICLE_PAGE_ARTICLE},
        {"<html><head><script type=\"application/ld+json\">{\"@type\":\"DiscussionForumPosting\","
         "\"headline\":\"Library hours?\"}</script></head><body><h1>Library hours?</h1>"
         "<div class=\"post\"><span class=\"username\">ann</span>" PROSE "</div>"
         "<div class=\"post\"><span class=\"username\">bob</span>" PROSE "</div>"
         "</body></html>",
         "https://forum.example.com/threads/library-hours.123/", ARTICLE_PAGE_FORUM},
        {"<html><head><meta property=\"og:type\" content=\"product\"></head><body>"
         "<h1>Reading lamp</h1><span class=\"price\">$25.00</span>"
         "<button>Add to cart</button>" PROSE "</body></html>",
         "https://shop.example.com/products/reading-lamp", ARTICLE_PAGE_PRODUCT},
        {"<html><head></head><body><nav><a href=\"/a\">A</a></nav><main><h1>select()</h1>"
         "<p>On this page</p>" PROSE "<pre><code>select(1)</code></pre><pre>x</pre><pre>y</pre>"
         "<pre>z</pre><pre>w</pre></main></body></html>",
         "https://docs.example.com/reference/select.html", ARTICLE_PAGE_DOCUMENTATION},
    };
    for (size_t i = 0; i < sizeof pages / sizeof *pages; i++) {
        article_doc *doc = read_page(pages[i].html, pages[i].url, 0);
        if (!doc)
            continue;
        INT_EQ(article_doc_page_type(doc), pages[i].want);
        double c = article_doc_confidence(doc);
        OK(c >= 0 && c <= 1, "page %zu: confidence %g", i, c);
        INT_EQ(article_doc_candidate_count(doc), 0);
        article_doc_free(doc);
    }
    /* The article's body is clear: its confidence is above the listing's. */
    article_doc *a = read_page(pages[0].html, pages[0].url, ARTICLE_OPT_CANDIDATES);
    if (a) {
        OK(article_doc_confidence(a) >= 0.5, "confidence %g", article_doc_confidence(a));
        OK(article_doc_candidate_count(a) >= 1, "no candidates");
        const char *path = article_doc_candidate_path(a, 0);
        OK(path && strstr(path, "article") != NULL, "body path %s", path ? path : "(null)");
        OK(article_doc_candidate_score(a, 0) > 0, "score %g", article_doc_candidate_score(a, 0));
        OK(article_doc_candidate_chars(a, 0) > 500, "chars %g", article_doc_candidate_chars(a, 0));
        article_doc_free(a);
    }
    /* An empty page is read, with a type and a low confidence. */
    article_doc *e = read_page("<html><body></body></html>", NULL, 0);
    if (e) {
        OK(article_doc_page_type(e) != ARTICLE_PAGE_NONE, "no type");
        OK(article_doc_confidence(e) < 0.5, "confidence %g", article_doc_confidence(e));
        article_doc_free(e);
    }
}

/* Links that share the page (twitter.com/intent, facebook.com/sharer) are
 * what a post offers its readers: with them, an undated page of prose
 * under a slug URL is an article (without them the model leans to a
 * documentation page). The share links are outside the body. */
static void test_share_links(void)
{
    const char *html =
        "<html><head></head><body><nav><a href=\"/\">Home</a></nav><main>"
        "<h1>Library opens</h1>" PROSE PROSE PROSE PROSE PROSE PROSE "</main><aside>"
        "<a href=\"https://twitter.com/intent/tweet?url=x\">Post</a>"
        "<a href=\"https://www.facebook.com/sharer/sharer.php?u=x\">Share</a></aside>"
        "<footer>Contact</footer></body></html>";
    article_doc *doc = read_page(html, "https://example.com/library-opens-in-the-spring", 0);
    if (!doc)
        return;
    INT_EQ(article_doc_page_type(doc), ARTICLE_PAGE_ARTICLE);
    OK(article_doc_confidence(doc) >= 0.5, "confidence %g", article_doc_confidence(doc));
    article_doc_free(doc);
}

/* A URL whose path ends at an article word (/news, /blog/) is that
 * section's front, a list of its posts; under it, the same word before a
 * slug is a post. The page is the same prose with two teaser cards. */
static void test_section_front(void)
{
    const char *html =
        "<html><head><meta property=\"og:type\" content=\"article\"></head><body><h1>News</h1>"
        "<div class=\"card\"><h2><a href=\"/news/a\">Library opens in the spring</a></h2>"
        "<p>The council met on Tuesday.</p></div>"
        "<div class=\"card\"><h2><a href=\"/news/b\">Pool closes for the summer</a></h2>"
        "<p>The council met on Monday.</p></div>" PROSE PROSE PROSE "</body></html>";
    static const struct {
        const char *url;
        article_page_type want;
    } urls[] = {
        {"https://example.com/news", ARTICLE_PAGE_LISTING},
        {"https://example.com/blog/?page=2", ARTICLE_PAGE_LISTING},
        {"https://example.com/news/library-opens-in-the-spring", ARTICLE_PAGE_ARTICLE},
    };
    for (size_t i = 0; i < sizeof urls / sizeof *urls; i++) {
        article_doc *doc = read_page(html, urls[i].url, 0);
        if (!doc)
            continue;
        OK(article_doc_page_type(doc) == urls[i].want, "%s: %s", urls[i].url,
           article_page_type_string(article_doc_page_type(doc)));
        article_doc_free(doc);
    }
}

/* A page that declares itself another kind (a service, a product, a
 * forum posting) and no Article is not an article, however much it reads
 * as one; with an Article declared too, or a Question of an FAQ, it is. */
static void test_declared_kind(void)
{
#define DECLARED_PAGE(ld)                                                                          \
    "<html><head><meta property=\"og:type\" content=\"article\">"                                  \
    "<meta property=\"article:published_time\" content=\"2025-03-01\">"                            \
    "<script type=\"application/ld+json\">" ld "</script></head><body><article>"                   \
    "<h1>Library opens</h1>" PROSE PROSE PROSE PROSE PROSE PROSE "</article></body></html>"
    static const struct {
        const char *html;
        int article;
    } pages[] = {
        {DECLARED_PAGE("{\"@type\":\"WebPage\"}"), 1},
        {DECLARED_PAGE("{\"@type\":\"Service\",\"name\":\"Library\"}"), 0},
        {DECLARED_PAGE("{\"@type\":\"Product\",\"name\":\"Library\"}"), 0},
        {DECLARED_PAGE("{\"@type\":\"DiscussionForumPosting\",\"headline\":\"Library\"}"), 0},
        {DECLARED_PAGE("[{\"@type\":\"Service\"},{\"@type\":\"NewsArticle\"}]"), 1},
        {DECLARED_PAGE("{\"@type\":\"FAQPage\",\"mainEntity\":{\"@type\":\"Question\"}}"), 1},
    };
#undef DECLARED_PAGE
    for (size_t i = 0; i < sizeof pages / sizeof *pages; i++) {
        article_doc *doc = read_page(
            pages[i].html, "https://news.example.com/2025/03/01/library-opens-in-spring", 0);
        if (!doc)
            continue;
        OK((article_doc_page_type(doc) == ARTICLE_PAGE_ARTICLE) == pages[i].article, "page %zu: %s",
           i, article_page_type_string(article_doc_page_type(doc)));
        article_doc_free(doc);
    }
}

/* A page that states its article's length (JSON-LD wordCount, or an
 * articleBody) and agrees with the body read is surer than the same page
 * without; a wordCount far from the body's is less sure than one near. */
static void test_stated_length(void)
{
#define STATED_PAGE(ld)                                                                            \
    "<html><head>" ld                                                                              \
    "</head><body><main><h1>Library opens</h1>" PROSE PROSE PROSE PROSE PROSE PROSE                \
    "</main></body></html>"
    static const char *const pages[] = {
        STATED_PAGE(""),
        STATED_PAGE("<script type=\"application/ld+json\">{\"@type\":\"WebPage\","
                    "\"wordCount\":\"3\"}</script>"),
        STATED_PAGE("<script type=\"application/ld+json\">{\"@type\":\"WebPage\","
                    "\"wordCount\":210}</script>"),
        STATED_PAGE("<script type=\"application/ld+json\">{\"@type\":\"WebPage\","
                    "\"articleBody\":\"" PROSE PROSE PROSE PROSE PROSE PROSE "\"}</script>"),
        STATED_PAGE("<script type=\"application/ld+json\">{\"@type\":\"WebPage\","
                    "\"wordCount\":\"99999999999999\",\"articleBody\":\"" PROSE PROSE PROSE PROSE
                        PROSE PROSE "\"}</script>"),
    };
#undef STATED_PAGE
    double c[5];
    for (size_t i = 0; i < 5; i++) {
        article_doc *doc = read_page(pages[i], "https://example.com/library-opens", 0);
        c[i] = doc ? article_doc_confidence(doc) : -1;
        article_doc_free(doc);
    }
    OK(c[2] > c[0], "stated %g, not stated %g", c[2], c[0]);
    OK(c[2] > c[1], "agreeing %g, far %g", c[2], c[1]);
    OK(c[3] > c[0], "articleBody %g, not stated %g", c[3], c[0]);
    /* A wordCount no article has is ignored for the articleBody's. */
    OK(c[4] == c[3], "absurd wordCount %g, articleBody %g", c[4], c[3]);
}

/* A body nested deeper than the path has room for: the path keeps its
 * end (the body) and says where it was cut. */
static void test_deep_path(void)
{
    size_t depth = 120;
    const char open[] = "<div id=\"a-rather-long-identifier-for-a-wrapper-element\">";
    size_t cap = depth * (sizeof open + 8) + 4096;
    char *html = malloc(cap);
    if (!html)
        return;
    size_t n = (size_t)snprintf(html, cap, "<html><body>");
    for (size_t i = 0; i < depth; i++)
        n += (size_t)snprintf(html + n, cap - n, "%s", open);
    for (int i = 0; i < 6; i++)
        n += (size_t)snprintf(html + n, cap - n, "%s", PROSE);
    for (size_t i = 0; i < depth; i++)
        n += (size_t)snprintf(html + n, cap - n, "</div>");
    snprintf(html + n, cap - n, "</body></html>");
    article_doc *doc = read_page(html, NULL, ARTICLE_OPT_CANDIDATES);
    free(html);
    if (!doc)
        return;
    const char *path = article_doc_candidate_path(doc, 0);
    OK(path != NULL, "no path");
    if (path) {
        OK(strlen(path) < 160, "path of %zu bytes", strlen(path));
        OK(strncmp(path, "... > ", 6) == 0, "path not cut: %s", path);
        OK(strstr(path, "div#a-rather-long") != NULL, "path %s", path);
    }
    article_doc_free(doc);
}

int main(void)
{
    test_names();
    test_setters();
    test_json();
    test_kinds();
    test_share_links();
    test_section_front();
    test_declared_kind();
    test_stated_length();
    test_deep_path();
    return harness_done("test_page_type");
}
