/* URLs that could run code never reach a written page, whatever the model
 * holds (a model may come from untrusted JSON, or be built through the
 * API, which also takes what the JSON reader refuses: tabs, spaces, "<"). */
#include "harness.h"

#include <article/article.h>

static const char *const page =
    "{\"format\":\"article/1\",\"title\":\"T\",\"image\":{\"src\":\"javascript:alert(3)\"},"
    "\"sections\":[{\"blocks\":["
    "{\"type\":\"paragraph\",\"content\":[{\"type\":\"link\",\"href\":\"javascript:alert(1)\","
    "\"content\":[\"click\"]},\" \",{\"type\":\"link\",\"href\":\"https://placeholder/4\","
    "\"content\":[\"again\"]}]},"
    "{\"type\":\"figure\",\"image\":{\"src\":\"https://placeholder/2\"}},"
    "{\"type\":\"figure\",\"image\":{\"src\":\"data:image/png;base64,iVBORw0KGgo=\"}},"
    "{\"type\":\"embed\",\"url\":\"vbscript:msgbox(5)\"},"
    "{\"type\":\"paragraph\",\"content\":[{\"type\":\"link\",\"href\":\"https://example.com/ok\","
    "\"content\":[\"fine\"]}]}]}]}";

static void test_markdown(const article_doc *doc)
{
    char *md = article_to_markdown(doc, NULL, NULL, NULL);
    OK(md != NULL, "no markdown");
    if (!md)
        return;
    OK(strstr(md, "javascript") == NULL && strstr(md, "JaVa") == NULL, "%s", md);
    OK(strstr(md, "data:text") == NULL && strstr(md, "](vbscript") == NULL, "%s", md);
    OK(strstr(md, "data:image/png") != NULL, "a raster data: image was dropped:\n%s", md);
    OK(strstr(md, "https://example.com/ok") != NULL, "a safe link was dropped:\n%s", md);
    article_free(md);
}

static void test_html(const article_doc *doc, unsigned flags)
{
    article_options opts;
    article_options_init(&opts);
    opts.flags = flags;
    char *html = article_to_html(doc, &opts, NULL, NULL);
    OK(html != NULL, "no html");
    if (!html)
        return;
    /* The JSON-LD in the head may carry the URL as data (it never runs);
     * the body must not. */
    const char *body = strstr(html, "<article");
    OK(body != NULL, "no article element");
    if (body) {
        OK(strstr(body, "javascript") == NULL && strstr(body, "JaVa") == NULL, "%s", body);
        OK(strstr(body, "data:text") == NULL && strstr(body, "vbscript") == NULL, "%s", body);
        OK(strstr(body, "data:image/png") != NULL, "a raster data: image was dropped");
        OK(strstr(body, "href=\"https://example.com/ok\"") != NULL, "a safe link was dropped");
    }
    article_free(html);
}

/* Puts the URLs that JSON cannot carry where the placeholders are. */
static void set_hostile(article_doc *doc)
{
    article_iter *it = article_iter_new(article_doc_root(doc));
    article_event ev;
    while (it && (ev = article_iter_next(it)) != ARTICLE_EVENT_DONE) {
        article_node *n = article_iter_get_node(it);
        const char *href = article_node_get_href(n), *src = article_node_get_src(n);
        if (ev == ARTICLE_EVENT_ENTER && href && strcmp(href, "https://placeholder/4") == 0)
            OK(article_node_set_string(n, ARTICLE_ATTR_HREF, " JaVa\tScRiPt:alert(4)") ==
                   ARTICLE_OK,
               "set href");
        if (ev == ARTICLE_EVENT_ENTER && src && strcmp(src, "https://placeholder/2") == 0)
            OK(article_node_set_string(n, ARTICLE_ATTR_SRC,
                                       "data:text/html,<script>alert(2)</script>") == ARTICLE_OK,
               "set src");
    }
    article_iter_free(it);
}

int main(void)
{
    article_error err;
    article_doc *doc = article_from_json(page, strlen(page), NULL, &err);
    OK(doc != NULL, "from_json: %s (%s)", err.message, err.path);
    if (doc) {
        set_hostile(doc);
        test_markdown(doc);
        test_html(doc, 0);
        test_html(doc, ARTICLE_OPT_FRAGMENT);
    }
    article_doc_free(doc);
    return harness_done("test_url_safe");
}
