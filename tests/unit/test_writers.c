/* The HTML, Markdown and text writers: exact output of small documents,
 * escaping checked by parsing the output back (libxml2, jansson), sink
 * failure and allocation failure. Documents are built with the C API. */
#include "harness.h"

#include <article/article.h>

#include <jansson.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Nasty strings: markup, quotes, CDATA end, script end, U+2028, emoji, RTL. */
#define NASTY                                                                                      \
    "<script>alert(\"x&y\")</script> ]]> 'q' \xE2\x80\xA8 \xF0\x9F\x98\x80 "                       \
    "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D"

/* MARK: - Builders */

static article_node *add(article_node *parent, article_node_type type)
{
    article_node *n = article_node_new(article_node_doc(parent), type);
    if (!n || article_node_append_child(parent, n) != ARTICLE_OK) {
        fprintf(stderr, "cannot add %s\n", article_node_type_string(type));
        exit(2);
    }
    return n;
}

static article_node *add_text(article_node *parent, const char *text)
{
    if (article_node_append_text(parent, text, strlen(text)) != ARTICLE_OK) {
        fprintf(stderr, "cannot add text\n");
        exit(2);
    }
    return parent;
}

static article_node *add_para(article_node *parent, const char *text)
{
    return add_text(add(parent, ARTICLE_NODE_PARAGRAPH), text);
}

/* A document with every node type and every attribute. */
static article_doc *full_doc(const article_allocator *alc)
{
    article_doc *doc = article_doc_new(alc);
    article_doc_set(doc, ARTICLE_FIELD_URL, "https://example.com/a?x=1&y=2");
    article_doc_set(doc, ARTICLE_FIELD_TITLE, "Title " NASTY);
    article_doc_set(doc, ARTICLE_FIELD_SUBTITLE, "Sub & title");
    article_doc_set(doc, ARTICLE_FIELD_SUMMARY, "Summary \"quoted\" <b>");
    article_doc_set(doc, ARTICLE_FIELD_PUBLISHED, "2025-08-06T18:02:00+00:00");
    article_doc_set(doc, ARTICLE_FIELD_MODIFIED, "2025-08-07");
    article_doc_set(doc, ARTICLE_FIELD_LANGUAGE, "en");
    article_doc_set(doc, ARTICLE_FIELD_SITE_NAME, "Example & News");
    article_doc_add_author(doc, "Jane \"JD\" Doe", "https://example.com/jane");
    article_doc_add_author(doc, "Sam", NULL);
    article_doc_add_author(doc, "Lee </script>", NULL);
    article_doc_add_breadcrumb(doc, "Home", "https://example.com/");
    article_doc_add_breadcrumb(doc, "World", NULL);
    article_doc_add_tag(doc, "Ukraine");
    article_doc_add_tag(doc, "a<b");
    article_doc_set_image(doc, "https://example.com/lead.jpg", "Lead \"alt\"", 1200, 800);

    article_node *root = article_doc_root(doc);
    article_node *s0 = add(root, ARTICLE_NODE_SECTION);
    article_node *p = add_para(s0, "Plain ");
    add_text(add(p, ARTICLE_NODE_EM), "em");
    add_text(p, " ");
    add_text(add(p, ARTICLE_NODE_STRONG), "strong");
    add_text(p, " ");
    article_node *a = add(p, ARTICLE_NODE_LINK);
    article_node_set_href(a, "https://example.com/?a=1&b=\"2\"");
    article_node_set_title(a, "Link title");
    add_text(a, "link");
    add_text(p, " ");
    article_node *code = add(p, ARTICLE_NODE_CODE);
    article_node_set_literal(code, "a < b && `c`");
    add_text(p, " H");
    add_text(add(p, ARTICLE_NODE_SUB), "2");
    add_text(p, "O x");
    add_text(add(p, ARTICLE_NODE_SUP), "2");
    add_text(p, " ");
    add_text(add(p, ARTICLE_NODE_DEL), "gone");
    add(p, ARTICLE_NODE_BREAK);
    add_text(p, NASTY);

    article_node *s1 = add(root, ARTICLE_NODE_SECTION);
    article_node_set_level(s1, 2);
    add_text(add(s1, ARTICLE_NODE_HEADING), "Heading # two");
    article_node *q = add(s1, ARTICLE_NODE_QUOTE);
    article_node_set_string(q, ARTICLE_ATTR_CITE, "https://example.com/cite");
    add_para(q, "Quoted words.");
    add_text(add(q, ARTICLE_NODE_ATTRIBUTION), "Donald Trump");
    article_node *fig = add(s1, ARTICLE_NODE_FIGURE);
    article_node_set_src(fig, "https://example.com/a.jpg");
    article_node_set_string(fig, ARTICLE_ATTR_ALT, "Putin & Witkoff");
    article_node_set_int(fig, ARTICLE_ATTR_WIDTH, 640);
    article_node_set_int(fig, ARTICLE_ATTR_HEIGHT, 480);
    article_node_set_string(fig, ARTICLE_ATTR_CREDIT, "Reuters");
    add_text(add(fig, ARTICLE_NODE_CAPTION), "They shake hands.");
    article_node *list = add(s1, ARTICLE_NODE_LIST);
    add_para(add(list, ARTICLE_NODE_ITEM), "first");
    article_node *item2 = add(list, ARTICLE_NODE_ITEM);
    add_para(item2, "second");
    article_node *inner = add(item2, ARTICLE_NODE_LIST);
    article_node_set_int(inner, ARTICLE_ATTR_ORDERED, 1);
    add_para(add(inner, ARTICLE_NODE_ITEM), "2. inner one");
    add_para(add(inner, ARTICLE_NODE_ITEM), "inner two");

    article_node *s2 = add(root, ARTICLE_NODE_SECTION);
    article_node_set_level(s2, 1);
    add_text(add(s2, ARTICLE_NODE_HEADING), "Level one");
    article_node *table = add(s2, ARTICLE_NODE_TABLE);
    add_text(add(table, ARTICLE_NODE_CAPTION), "Deaths by year");
    article_node *r0 = add(table, ARTICLE_NODE_ROW);
    article_node *c = add(r0, ARTICLE_NODE_CELL);
    article_node_set_int(c, ARTICLE_ATTR_HEADER, 1);
    add_text(c, "Year");
    c = add(r0, ARTICLE_NODE_CELL);
    article_node_set_int(c, ARTICLE_ATTR_HEADER, 1);
    add_text(c, "Deaths | count");
    article_node *r1 = add(table, ARTICLE_NODE_ROW);
    add_text(add(r1, ARTICLE_NODE_CELL), "2024");
    add_text(add(r1, ARTICLE_NODE_CELL), "32");
    article_node *r2 = add(table, ARTICLE_NODE_ROW);
    c = add(r2, ARTICLE_NODE_CELL);
    article_node_set_int(c, ARTICLE_ATTR_COLSPAN, 2);
    article_node_set_int(c, ARTICLE_ATTR_ROWSPAN, 3);
    add_text(c, "span");
    article_node *cb = add(s2, ARTICLE_NODE_CODE_BLOCK);
    article_node_set_literal(cb, "int main(void) {\n    return 0; /* ``` </script> */\n}\n");
    article_node_set_string(cb, ARTICLE_ATTR_LANGUAGE, "c");
    article_node *emb = add(s2, ARTICLE_NODE_EMBED);
    article_node_set_url(emb, "https://www.youtube.com/embed/xyz");
    article_node_set_title(emb, "A video");
    article_node_set_string(emb, ARTICLE_ATTR_PROVIDER, "youtube");
    add(s2, ARTICLE_NODE_RULE);

    article_node *s3 = add(root, ARTICLE_NODE_SECTION);
    article_node_set_level(s3, 3);

    article_node *rel = add(root, ARTICLE_NODE_RELATED);
    article_node_set_title(rel, "Related <one>");
    article_node_set_url(rel, "https://example.com/r1");
    article_node_set_string(rel, ARTICLE_ATTR_SUMMARY, "Its summary");
    article_node_set_src(rel, "https://example.com/r1.jpg");
    article_node_set_string(rel, ARTICLE_ATTR_ALT, "thumb");
    article_node_set_int(rel, ARTICLE_ATTR_WIDTH, 100);
    article_node_set_int(rel, ARTICLE_ATTR_HEIGHT, 50);
    rel = add(root, ARTICLE_NODE_RELATED);
    article_node_set_title(rel, "Related two");
    article_node_set_url(rel, "https://example.com/r2");

    article_node *cm = add(root, ARTICLE_NODE_COMMENT);
    article_node_set_string(cm, ARTICLE_ATTR_ID, "c-41");
    article_node_set_string(cm, ARTICLE_ATTR_AUTHOR, "Sam");
    article_node_set_string(cm, ARTICLE_ATTR_AUTHOR_URL, "https://example.com/sam");
    article_node_set_string(cm, ARTICLE_ATTR_PUBLISHED, "2025-08-07T09:12:00Z");
    add_para(cm, "First comment.");
    article_node *reply = add(cm, ARTICLE_NODE_COMMENT);
    article_node_set_string(reply, ARTICLE_ATTR_AUTHOR, "Kim");
    add_para(reply, "A reply.");
    article_node *reply2 = add(reply, ARTICLE_NODE_COMMENT);
    add_para(reply2, "A reply to the reply.");
    return doc;
}

/* MARK: - Sinks and allocators */

static char *to_string(article_status (*fn)(const article_doc *, article_sink, void *,
                                            const article_options *, article_error *),
                       const article_doc *doc, unsigned flags);

typedef struct strbuf {
    char *data;
    size_t len;
} strbuf;

static int str_sink(void *ctx, const char *data, size_t len)
{
    strbuf *s = ctx;
    char *p = realloc(s->data, s->len + len + 1);
    if (!p)
        return -1;
    memcpy(p + s->len, data, len);
    s->data = p;
    s->len += len;
    p[s->len] = '\0';
    return 0;
}

static char *to_string(article_status (*fn)(const article_doc *, article_sink, void *,
                                            const article_options *, article_error *),
                       const article_doc *doc, unsigned flags)
{
    strbuf s = {NULL, 0};
    article_options opts;
    article_options_init(&opts);
    opts.flags = flags;
    article_error err;
    article_status st = fn(doc, str_sink, &s, &opts, &err);
    OK(st == ARTICLE_OK, "writer failed: %s", err.message);
    if (!s.data)
        s.data = calloc(1, 1);
    return s.data;
}

static int refuse_sink(void *ctx, const char *data, size_t len)
{
    (void)ctx;
    (void)data;
    (void)len;
    return 1;
}

static int null_sink(void *ctx, const char *data, size_t len)
{
    (void)ctx;
    (void)data;
    (void)len;
    return 0;
}

/* MARK: - Helpers on parsed HTML */

static htmlDocPtr parse_html(const char *html)
{
    return htmlReadMemory(html, (int)strlen(html), NULL, "utf-8",
                          HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
}

/* The text content of the first node matching `xpath`, malloc'd, or NULL. */
static char *xpath_text(htmlDocPtr d, const char *xpath)
{
    xmlXPathContextPtr ctx = xmlXPathNewContext(d);
    xmlXPathObjectPtr obj = xmlXPathEvalExpression((const xmlChar *)xpath, ctx);
    char *out = NULL;
    if (obj && obj->nodesetval && obj->nodesetval->nodeNr > 0) {
        xmlChar *t = xmlNodeGetContent(obj->nodesetval->nodeTab[0]);
        out = strdup(t ? (const char *)t : "");
        xmlFree(t);
    }
    xmlXPathFreeObject(obj);
    xmlXPathFreeContext(ctx);
    return out;
}

static int xpath_count(htmlDocPtr d, const char *xpath)
{
    xmlXPathContextPtr ctx = xmlXPathNewContext(d);
    xmlXPathObjectPtr obj = xmlXPathEvalExpression((const xmlChar *)xpath, ctx);
    int n = obj && obj->nodesetval ? obj->nodesetval->nodeNr : -1;
    xmlXPathFreeObject(obj);
    xmlXPathFreeContext(ctx);
    return n;
}

#define XPATH_EQ(d, xpath, want)                                                                   \
    do {                                                                                           \
        char *t_ = xpath_text(d, xpath);                                                           \
        OK(t_ &&strcmp(t_, want) == 0, "%s: got \"%s\", want \"%s\"", xpath, t_ ? t_ : "(none)",   \
           want);                                                                                  \
        free(t_);                                                                                  \
    } while (0)

#define HAS(hay, needle) OK(strstr(hay, needle) != NULL, "missing \"%s\"", needle)
#define HASNT(hay, needle) OK(strstr(hay, needle) == NULL, "unexpected \"%s\"", needle)

/* MARK: - HTML */

static void test_html_small(void)
{
    article_doc *doc = article_doc_new(NULL);
    article_doc_set(doc, ARTICLE_FIELD_TITLE, "A & B");
    article_node *s = add(article_doc_root(doc), ARTICLE_NODE_SECTION);
    article_node *p = add_para(s, "x < y ");
    add_text(add(p, ARTICLE_NODE_EM), "\"z\"");
    char *html = to_string(article_write_html, doc, ARTICLE_OPT_FRAGMENT);
    STR_EQ(html, "<article>\n<header>\n<h1>A &amp; B</h1>\n</header>\n"
                 "<section>\n<p>x &lt; y <em>\"z\"</em></p>\n</section>\n</article>\n");
    free(html);

    /* Headings: level 1 and no level become h2 with data-level. */
    article_node *s2 = add(article_doc_root(doc), ARTICLE_NODE_SECTION);
    add_text(add(s2, ARTICLE_NODE_HEADING), "One");
    article_node_set_level(s2, 1);
    article_node *s3 = add(article_doc_root(doc), ARTICLE_NODE_SECTION);
    add_text(add(s3, ARTICLE_NODE_HEADING), "None");
    article_node *s4 = add(article_doc_root(doc), ARTICLE_NODE_SECTION);
    article_node_set_level(s4, 4);
    article_node *s5 = add(article_doc_root(doc), ARTICLE_NODE_SECTION);
    article_node_set_level(s5, 6);
    add_text(add(s5, ARTICLE_NODE_HEADING), "Six");
    html = to_string(article_write_html, doc, ARTICLE_OPT_FRAGMENT);
    HAS(html, "<section>\n<h2 data-level=\"1\">One</h2>\n</section>\n");
    HAS(html, "<section>\n<h2 data-level=\"0\">None</h2>\n</section>\n");
    HAS(html, "<section data-level=\"4\">\n</section>\n");
    HAS(html, "<section>\n<h6>Six</h6>\n</section>\n");
    free(html);
    article_doc_free(doc);
}

static void test_html_full(void)
{
    article_doc *doc = full_doc(NULL);
    char *html = to_string(article_write_html, doc, 0);
    if (getenv("SHOW"))
        fputs(html, stdout);
    HAS(html, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    HAS(html, "<link rel=\"canonical\" href=\"https://example.com/a?x=1&amp;y=2\">\n");
    HAS(html, "<meta name=\"description\" content=\"Summary &quot;quoted&quot; &lt;b&gt;\">\n");
    HAS(html,
        "<meta name=\"author\" content=\"Jane &quot;JD&quot; Doe, Sam, Lee &lt;/script&gt;\">");
    HAS(html, "<meta property=\"article:published_time\" content=\"2025-08-06T18:02:00+00:00\">");
    HAS(html, "<meta property=\"og:site_name\" content=\"Example &amp; News\">");
    HAS(html, "<style>\n");
    HAS(html, "<nav aria-label=\"Breadcrumb\"><ol><li><a href=\"https://example.com/\">Home</a>"
              "</li><li>World</li></ol></nav>\n");
    HAS(html, "<p class=\"byline\">By <a rel=\"author\" href=\"https://example.com/jane\">Jane "
              "\"JD\" Doe</a>, <span class=\"author\">Sam</span> and <span class=\"author\">Lee "
              "&lt;/script&gt;</span></p>\n");
    HAS(html,
        "<p class=\"dateline\"><time class=\"published\" datetime=\"2025-08-06T18:02:00+00:00\">"
        "6 August 2025</time> \xc2\xb7 Updated <time class=\"modified\" datetime=\"2025-08-07\">"
        "7 August 2025</time></p>\n");
    HAS(html, "<figure class=\"lead-image\"><img src=\"https://example.com/lead.jpg\" alt=\"Lead "
              "&quot;alt&quot;\" width=\"1200\" height=\"800\"></figure>\n");
    HAS(html, "<ul class=\"tags\"><li>Ukraine</li><li>a&lt;b</li></ul>\n");
    HAS(html,
        "<a href=\"https://example.com/?a=1&amp;b=&quot;2&quot;\" title=\"Link title\">link</a>");
    HAS(html, "<code>a &lt; b &amp;&amp; `c`</code>");
    HAS(html, "H<sub>2</sub>O x<sup>2</sup> <del>gone</del><br>");
    HAS(html, "<section>\n<h2>Heading # two</h2>\n");
    HAS(html, "<figure class=\"quote\"><blockquote cite=\"https://example.com/cite\">\n<p>Quoted "
              "words.</p>\n</blockquote><figcaption>Donald Trump</figcaption></figure>\n");
    HAS(html, "<figure><img src=\"https://example.com/a.jpg\" alt=\"Putin &amp; Witkoff\" "
              "width=\"640\" height=\"480\"><figcaption>They shake hands. <small "
              "class=\"credit\">Reuters</small></figcaption></figure>\n");
    HAS(html, "<ul>\n<li><p>first</p>\n</li>\n<li><p>second</p>\n<ol>\n<li><p>2. inner one</p>\n"
              "</li>\n<li><p>inner two</p>\n</li>\n</ol>\n</li>\n</ul>\n");
    HAS(html, "<table>\n<caption>Deaths by year</caption>\n<tbody>\n<tr><th>Year</th><th>Deaths | "
              "count</th></tr>\n<tr><td>2024</td><td>32</td></tr>\n<tr><td colspan=\"2\" "
              "rowspan=\"3\">span</td></tr>\n</tbody>\n</table>\n");
    HAS(html,
        "<pre><code class=\"language-c\">int main(void) {\n    return 0; /* ``` &lt;/script&gt; "
        "*/\n}\n</code></pre>\n");
    HAS(html,
        "<figure class=\"embed\"><iframe src=\"https://www.youtube.com/embed/xyz\" title=\"A "
        "video\" data-provider=\"youtube\" allowfullscreen loading=\"lazy\"></iframe></figure>\n");
    HAS(html, "<hr>\n</section>\n<section data-level=\"3\">\n</section>\n</article>\n");
    HAS(html,
        "<aside class=\"related\"><h2>Related</h2><ul>\n<li><a href=\"https://example.com/r1\">"
        "<img src=\"https://example.com/r1.jpg\" alt=\"thumb\" width=\"100\" height=\"50\">Related "
        "&lt;one&gt;</a><p>Its summary</p></li>\n<li><a href=\"https://example.com/r2\">Related "
        "two</a></li>\n</ul></aside>\n");
    HAS(html,
        "<section class=\"comments\"><h2>Comments</h2><ol>\n<li class=\"comment\" id=\"c-41\">"
        "<article><header><span class=\"comment-author\"><a href=\"https://example.com/sam\">Sam"
        "</a></span> <time datetime=\"2025-08-07T09:12:00Z\">7 August 2025</time></header>\n"
        "<p>First comment.</p>\n<ol>\n<li class=\"comment\"><article><header><span "
        "class=\"comment-author\">Kim</span></header>\n<p>A reply.</p>\n<ol>\n<li "
        "class=\"comment\"><article>\n<p>A reply to the reply.</p>\n</article></li>\n</ol>\n"
        "</article></li>\n</ol>\n</article></li>\n</ol></section>\n</body>\n</html>\n");
    /* Exactly one h1, and "</script" only where it closes the JSON-LD. */
    const char *ld = strstr(html, "<script type=\"application/ld+json\">");
    OK(ld != NULL, "no JSON-LD");
    const char *ld_end = ld ? strstr(ld, "</script>") : NULL;
    OK(ld_end && !strstr(ld_end + 9, "</script") && !strstr(ld_end + 9, "<script"),
       "script closed or opened elsewhere");

    /* Parsed back, the elements' text equals the model's. */
    htmlDocPtr d = parse_html(html);
    OK(d != NULL, "libxml2 cannot parse the page");
    if (d) {
        INT_EQ(xpath_count(d, "//h1"), 1);
        XPATH_EQ(d, "//title", "Title " NASTY);
        XPATH_EQ(d, "//article/header/h1", "Title " NASTY);
        XPATH_EQ(d, "//p[@class='summary']", "Summary \"quoted\" <b>");
        XPATH_EQ(d, "//meta[@name='description']/@content", "Summary \"quoted\" <b>");
        XPATH_EQ(d, "//section[1]/p[1]/code", "a < b && `c`");
        XPATH_EQ(d, "//section[1]/p[1]/a/@href", "https://example.com/?a=1&b=\"2\"");
        XPATH_EQ(d, "//section[1]/p[1]", "Plain em strong link a < b && `c` H2O x2 gone" NASTY);
        XPATH_EQ(d, "//pre/code", "int main(void) {\n    return 0; /* ``` </script> */\n}\n");
        XPATH_EQ(d, "//figure[@class='quote']/figcaption", "Donald Trump");
        XPATH_EQ(d, "//li[@id='c-41']//li//li//p", "A reply to the reply.");
        INT_EQ(xpath_count(d, "//section[@class='comments']//li[@class='comment']"), 3);

        /* The JSON-LD parses and carries the metadata. */
        char *ldtext = xpath_text(d, "//script[@type='application/ld+json']");
        json_error_t jerr;
        json_t *j = ldtext ? json_loads(ldtext, 0, &jerr) : NULL;
        OK(j != NULL, "JSON-LD does not parse: %s", ldtext ? jerr.text : "no script");
        if (j) {
            STR_EQ(json_string_value(json_object_get(j, "@type")), "NewsArticle");
            STR_EQ(json_string_value(json_object_get(j, "headline")), "Title " NASTY);
            STR_EQ(json_string_value(json_object_get(j, "alternativeHeadline")), "Sub & title");
            STR_EQ(json_string_value(json_object_get(j, "description")), "Summary \"quoted\" <b>");
            STR_EQ(json_string_value(json_object_get(j, "url")), "https://example.com/a?x=1&y=2");
            STR_EQ(json_string_value(json_object_get(j, "datePublished")),
                   "2025-08-06T18:02:00+00:00");
            STR_EQ(json_string_value(json_object_get(j, "dateModified")), "2025-08-07");
            STR_EQ(json_string_value(json_object_get(j, "inLanguage")), "en");
            json_t *au = json_object_get(j, "author");
            INT_EQ(json_array_size(au), 3);
            STR_EQ(json_string_value(json_object_get(json_array_get(au, 0), "name")),
                   "Jane \"JD\" Doe");
            STR_EQ(json_string_value(json_object_get(json_array_get(au, 0), "url")),
                   "https://example.com/jane");
            OK(json_object_get(json_array_get(au, 1), "url") == NULL, "url of Sam");
            STR_EQ(json_string_value(json_object_get(json_array_get(au, 2), "name")),
                   "Lee </script>");
            STR_EQ(json_string_value(json_object_get(json_object_get(j, "publisher"), "name")),
                   "Example & News");
            STR_EQ(json_string_value(json_array_get(json_object_get(j, "keywords"), 1)), "a<b");
            json_t *img = json_object_get(j, "image");
            STR_EQ(json_string_value(json_object_get(img, "url")), "https://example.com/lead.jpg");
            STR_EQ(json_string_value(json_object_get(img, "caption")), "Lead \"alt\"");
            INT_EQ(json_integer_value(json_object_get(img, "width")), 1200);
            INT_EQ(json_integer_value(json_object_get(img, "height")), 800);
            json_t *bc = json_object_get(json_object_get(j, "breadcrumb"), "itemListElement");
            INT_EQ(json_array_size(bc), 2);
            INT_EQ(json_integer_value(json_object_get(json_array_get(bc, 1), "position")), 2);
            STR_EQ(json_string_value(json_object_get(json_array_get(bc, 0), "item")),
                   "https://example.com/");
            STR_EQ(json_string_value(json_object_get(json_array_get(bc, 1), "name")), "World");
            json_decref(j);
        }
        free(ldtext);
        xmlFreeDoc(d);
    }
    OK(strstr(html, "\\u003c/script\\u003e") != NULL, "< and > escaped in JSON-LD");
    OK(strstr(html, "\\u2028") != NULL, "U+2028 escaped in JSON-LD");
    free(html);

    /* Fragment: aside and comments inside the article; no page. */
    html = to_string(article_write_html, doc, ARTICLE_OPT_FRAGMENT);
    OK(strncmp(html, "<article>\n<header>\n", 18) == 0, "fragment starts with <article>");
    HASNT(html, "<html");
    HASNT(html, "<nav");
    HAS(html, "</section>\n<aside class=\"related\">");
    HAS(html, "</ol></section>\n</article>\n");
    free(html);

    /* No style, or a linked stylesheet. */
    html = to_string(article_write_html, doc, ARTICLE_OPT_NO_STYLE);
    HASNT(html, "<style>");
    free(html);
    article_options opts;
    article_options_init(&opts);
    opts.stylesheet = "https://example.com/s.css?a&b";
    strbuf s = {NULL, 0};
    INT_EQ(article_write_html(doc, str_sink, &s, &opts, NULL), ARTICLE_OK);
    HAS(s.data, "<link rel=\"stylesheet\" href=\"https://example.com/s.css?a&amp;b\">\n</head>");
    HASNT(s.data, "<style>");
    free(s.data);
    article_doc_free(doc);
}

/* Removes the spaces that start lines, in place. */
static void strip_indent(char *s)
{
    char *out = s;
    int line_start = 1;
    for (; *s; s++) {
        if (line_start && *s == ' ')
            continue;
        line_start = *s == '\n';
        *out++ = *s;
    }
    *out = '\0';
}

static void test_html_pretty(void)
{
    /* PRETTY only indents lines, which all start between block elements. */
    article_doc *doc = full_doc(NULL);
    char *plain = to_string(article_write_html, doc, ARTICLE_OPT_NO_STYLE);
    char *pretty = to_string(article_write_html, doc, ARTICLE_OPT_NO_STYLE | ARTICLE_OPT_PRETTY);
    OK(strcmp(plain, pretty) != 0, "PRETTY changes nothing");
    HAS(pretty, "<section>\n  <h2>Heading # two</h2>\n  <figure class=\"quote\"><blockquote");
    HAS(pretty, "\n        <li><p>2. inner one</p>\n        </li>\n");
    HAS(pretty, "\n  <ol>\n  <li class=\"comment\"><article><header>");
    HAS(pretty, "    return 0; /* ``` &lt;/script&gt; */\n}\n</code></pre>");
    strip_indent(plain);
    strip_indent(pretty);
    STR_EQ(pretty, plain);
    free(plain);
    free(pretty);
    article_doc_free(doc);
}

/* Words in the article's language, English marked lang="en" for others;
 * dates for people with the ISO value in datetime= (cut to milliseconds);
 * a <title> that is never empty. */
static void test_html_labels(void)
{
    article_doc *doc = article_doc_new(NULL);
    article_doc_set(doc, ARTICLE_FIELD_TITLE, "T");
    article_doc_add_author(doc, "Ann", NULL);
    article_doc_add_author(doc, "Bo", NULL);
    article_doc_add_author(doc, "Cy", NULL);
    article_doc_set(doc, ARTICLE_FIELD_PUBLISHED, "2025-03-01T10:00:00.123456Z");
    article_doc_set(doc, ARTICLE_FIELD_MODIFIED, "2025-12");
    article_node *rel = add(article_doc_root(doc), ARTICLE_NODE_RELATED);
    article_node_set_string(rel, ARTICLE_ATTR_URL, "https://example.com/r");
    article_node_set_string(rel, ARTICLE_ATTR_TITLE, "R");
    article_node *com = add(article_doc_root(doc), ARTICLE_NODE_COMMENT);
    article_node_set_string(com, ARTICLE_ATTR_PUBLISHED, "2024-02-29");
    add_para(com, "c");

    article_doc_set(doc, ARTICLE_FIELD_LANGUAGE, "fr-CA");
    char *html = to_string(article_write_html, doc, ARTICLE_OPT_NO_STYLE);
    HAS(html, "<p class=\"byline\">Par <span class=\"author\">Ann</span>, <span "
              "class=\"author\">Bo</span> et <span class=\"author\">Cy</span></p>\n");
    HAS(html, "<time class=\"published\" datetime=\"2025-03-01T10:00:00.123Z\">1 mars "
              "2025</time> \xc2\xb7 Mis \xc3\xa0 jour <time class=\"modified\" "
              "datetime=\"2025-12\">d\xc3\xa9"
              "cembre 2025</time>");
    HAS(html, "<h2>Articles li\xc3\xa9s</h2>");
    HAS(html, "<h2>Commentaires</h2>");
    HAS(html, "<time datetime=\"2024-02-29\">29 f\xc3\xa9vrier 2024</time>");
    free(html);

    article_doc_set(doc, ARTICLE_FIELD_LANGUAGE, "ja");
    html = to_string(article_write_html, doc, ARTICLE_OPT_NO_STYLE);
    HAS(html, ">2025\xe5\xb9\xb4"
              "3\xe6\x9c\x88"
              "1\xe6\x97\xa5</time>");
    free(html);

    /* Korean is not in the table: English words, marked. */
    article_doc_set(doc, ARTICLE_FIELD_LANGUAGE, "ko");
    html = to_string(article_write_html, doc, ARTICLE_OPT_NO_STYLE);
    HAS(html, "<p class=\"byline\"><span lang=\"en\">By </span><span class=\"author\">Ann"
              "</span>, <span class=\"author\">Bo</span><span lang=\"en\"> and </span>");
    HAS(html, "<h2 lang=\"en\">Related</h2>");
    HAS(html, "<h2 lang=\"en\">Comments</h2>");
    HAS(html, ">2025-03-01</time> \xc2\xb7 <span lang=\"en\">Updated </span><time");
    free(html);

    /* No title: the site, the address, a word; an <h1> only to keep a
     * header with fields the page's. */
    article_doc_set(doc, ARTICLE_FIELD_LANGUAGE, "en");
    article_doc_set(doc, ARTICLE_FIELD_TITLE, NULL);
    html = to_string(article_write_html, doc, ARTICLE_OPT_NO_STYLE);
    HAS(html, "<title>Article</title>");
    HAS(html, "<h1>Article</h1>");
    free(html);
    article_doc_set(doc, ARTICLE_FIELD_URL, "https://example.com/a");
    html = to_string(article_write_html, doc, ARTICLE_OPT_NO_STYLE);
    HAS(html, "<title>https://example.com/a</title>");
    free(html);
    article_doc_set(doc, ARTICLE_FIELD_SITE_NAME, "Site & Co");
    html = to_string(article_write_html, doc, ARTICLE_OPT_NO_STYLE);
    HAS(html, "<title>Site &amp; Co</title>");
    free(html);
    article_doc_free(doc);
    doc = article_doc_new(NULL);
    html = to_string(article_write_html, doc, ARTICLE_OPT_NO_STYLE);
    OK(strstr(html, "<h1") == NULL, "no <h1> in an empty header");
    free(html);
    article_doc_free(doc);
}

static void test_html_rtl(void)
{
    article_doc *doc = article_doc_new(NULL);
    article_doc_set(doc, ARTICLE_FIELD_LANGUAGE, "he-IL");
    char *html = to_string(article_write_html, doc, 0);
    HAS(html, "<html lang=\"he-IL\" dir=\"rtl\">");
    OK(strstr(html, "<h1") == NULL, "no <h1> without a title");
    HAS(html, "<title>Article</title>");
    free(html);
    static const char *const rtl[] = {"ar", "fa-IR", "ur", "yi", "az-Arab", "ks_Arab_IN"};
    for (size_t i = 0; i < sizeof rtl / sizeof rtl[0]; i++) {
        article_doc_set(doc, ARTICLE_FIELD_LANGUAGE, rtl[i]);
        html = to_string(article_write_html, doc, ARTICLE_OPT_NO_STYLE);
        OK(strstr(html, "dir=\"rtl\"") != NULL, "%s is right to left", rtl[i]);
        free(html);
    }
    static const char *const ltr[] = {"arn", "en-Latn-x-arab", "h", "hebrew", "az-Latn"};
    for (size_t i = 0; i < sizeof ltr / sizeof ltr[0]; i++) {
        article_doc_set(doc, ARTICLE_FIELD_LANGUAGE, ltr[i]);
        html = to_string(article_write_html, doc, ARTICLE_OPT_NO_STYLE);
        OK(strstr(html, "dir=") == NULL, "%s is left to right", ltr[i]);
        free(html);
    }
    article_doc_set(doc, ARTICLE_FIELD_LANGUAGE, "fr");
    html = to_string(article_write_html, doc, 0);
    HAS(html, "<html lang=\"fr\">");
    free(html);
    article_doc_set(doc, ARTICLE_FIELD_LANGUAGE, NULL);
    html = to_string(article_write_html, doc, 0);
    HAS(html, "<html>\n");
    free(html);
    article_doc_free(doc);
}

/* MARK: - Markdown */

/* A document of one section holding what `build` adds. */
static char *md_of(void (*build)(article_node *section))
{
    article_doc *doc = article_doc_new(NULL);
    build(add(article_doc_root(doc), ARTICLE_NODE_SECTION));
    char *md = to_string(article_write_markdown, doc, 0);
    article_doc_free(doc);
    return md;
}

static void build_escapes(article_node *s)
{
    add_para(s, "1. not a list * _ [x] <b> & # \\ ` | ~");
    add_para(s, "# not a heading");
    add_para(s, "- not an item");
    add_para(s, "> not a quote");
    add_para(s, "+ x");
    article_node *p = add_para(s, "a");
    add(p, ARTICLE_NODE_BREAK);
    add_text(p, "=== 2) b");
}

static void build_spans(article_node *s)
{
    article_node *p = add_para(s, "x ");
    add_text(add(p, ARTICLE_NODE_EM), " spaced ");
    add_text(p, " y");
    add_text(add(p, ARTICLE_NODE_STRONG), "\"q\"");
    add_text(p, " ");
    article_node *code = add(p, ARTICLE_NODE_CODE);
    article_node_set_literal(code, "``a` b");
    add_text(p, " ");
    article_node *a = add(p, ARTICLE_NODE_LINK);
    article_node_set_href(a, "https://e.com/a b(c)");
    article_node_set_title(a, "say \"hi\"");
    add_text(a, "[text]");
    add_text(p, " ");
    article_node *em = add(p, ARTICLE_NODE_EM);
    add_text(add(em, ARTICLE_NODE_STRONG), "both");
    add_text(p, " ");
    add_text(add(p, ARTICLE_NODE_EM), "\xC3\x89lan"); /* non-ASCII edges */
    add_text(p, " a");
    add_text(add(p, ARTICLE_NODE_EM), "\xC2\xA0"); /* no-break space */
    add(p, ARTICLE_NODE_BREAK);
}

static void build_blocks(article_node *s)
{
    article_node *q = add(s, ARTICLE_NODE_QUOTE);
    add_para(q, "One.");
    add_para(q, "Two.");
    add_text(add(q, ARTICLE_NODE_ATTRIBUTION), "Ann");
    article_node *list = add(s, ARTICLE_NODE_LIST);
    article_node_set_int(list, ARTICLE_ATTR_ORDERED, 1);
    for (int i = 0; i < 10; i++)
        add_para(add(list, ARTICLE_NODE_ITEM), "n");
    add(list, ARTICLE_NODE_ITEM); /* empty */
    article_node *l2 = add(s, ARTICLE_NODE_LIST);
    article_node *item = add(l2, ARTICLE_NODE_ITEM);
    add_para(item, "para one");
    article_node *cb = add(item, ARTICLE_NODE_CODE_BLOCK);
    article_node_set_literal(cb, "x ```\n\ny\n");
    article_node *t = add(s, ARTICLE_NODE_TABLE);
    article_node *r = add(t, ARTICLE_NODE_ROW);
    article_node *c = add(r, ARTICLE_NODE_CELL);
    article_node_set_int(c, ARTICLE_ATTR_HEADER, 1);
    add_text(c, "a|b");
    r = add(t, ARTICLE_NODE_ROW);
    article_node *code = add(add(r, ARTICLE_NODE_CELL), ARTICLE_NODE_CODE);
    article_node_set_literal(code, "x|y");
    add(s, ARTICLE_NODE_RULE);
    /* Not simple (a span), in a quote, with newlines in a code span. */
    t = add(add(s, ARTICLE_NODE_QUOTE), ARTICLE_NODE_TABLE);
    c = add(add(t, ARTICLE_NODE_ROW), ARTICLE_NODE_CELL);
    article_node_set_int(c, ARTICLE_ATTR_COLSPAN, 2);
    code = add(c, ARTICLE_NODE_CODE);
    article_node_set_literal(code, "a\n\nb<");
    add_para(s, "\tx");
}

static void build_breaks(article_node *s)
{
    article_node *p = add_para(s, "a");
    add(p, ARTICLE_NODE_BREAK);
    add_text(p, " ");
    p = add_para(s, "b");
    add(p, ARTICLE_NODE_BREAK);
    add(p, ARTICLE_NODE_BREAK);
    add_text(add(p, ARTICLE_NODE_EM), "c");
    add(p, ARTICLE_NODE_BREAK);
}

static void test_breaks(void)
{
    /* A break with no words after it in its block writes nothing. */
    article_doc *doc = article_doc_new(NULL);
    build_breaks(add(article_doc_root(doc), ARTICLE_NODE_SECTION));
    char *out = to_string(article_write_markdown, doc, 0);
    STR_EQ(out, "a\n\nb\\\n\\\n*c*\n");
    free(out);
    out = to_string(article_write_text, doc, 0);
    STR_EQ(out, "a\n\nb\n\nc\n");
    free(out);
    article_doc_free(doc);
}

static void test_markdown(void)
{
    char *md = md_of(build_escapes);
    STR_EQ(md, "1\\. not a list \\* \\_ \\[x\\] \\<b> \\& # \\\\ \\` | ~\n\n"
               "\\# not a heading\n\n"
               "\\- not an item\n\n"
               "\\> not a quote\n\n"
               "\\+ x\n\n"
               "a\\\n\\=== 2) b\n");
    free(md);
    md = md_of(build_spans);
    STR_EQ(md, "x <em> spaced </em> y<strong>\"q\"</strong> ``` ``a` b ``` "
               "[\\[text\\]](https://e.com/a%20b\\(c\\) \"say \\\"hi\\\"\") "
               "<em><strong>both</strong></em> "
               "*\xC3\x89lan* a<em>\xC2\xA0</em>\n");
    free(md);
    md = md_of(build_blocks);
    STR_EQ(md,
           "> One.\n>\n> Two.\n>\n> \xE2\x80\x94 Ann\n\n"
           "1. n\n2. n\n3. n\n4. n\n5. n\n6. n\n7. n\n8. n\n9. n\n10. n\n11.\n\n"
           "- para one\n\n  ````\n  x ```\n  \n  y\n  ````\n\n"
           "| a\\|b |\n| --- |\n| `x\\|y` |\n\n***\n\n"
           "> <table>\n> <tbody>\n> <tr><td colspan=\"2\"><code>a&#10;&#10;b&lt;</code></td></tr>\n"
           "> </tbody>\n> </table>\n\n&#9;x\n");
    free(md);

    article_doc *doc = full_doc(NULL);
    md = to_string(article_write_markdown, doc, 0);
    OK(strncmp(md, "# Title \\<script>alert(\"x\\&y\")\\</script> \\]\\]> 'q' ", 50) == 0,
       "title line: %.60s", md);
    HAS(md, "By [Jane \"JD\" Doe](https://example.com/jane), Sam and Lee \\</script>\\\n"
            "6 August 2025 \xC2\xB7 Updated 7 August 2025\\\nTags: Ukraine, a\\<b\n\n");
    HAS(md, "![Lead \"alt\"](https://example.com/lead.jpg)\n\n");
    HAS(md, "## Heading \\# two\n\n> Quoted words.\n>\n> \xE2\x80\x94 Donald Trump\n\n");
    HAS(md, "![Putin \\& Witkoff](https://example.com/a.jpg)\n\nThey shake hands. \xE2\x80\x94 "
            "Reuters\n\n");
    HAS(md, "- first\n\n- second\n\n  1. 2\\. inner one\n  2. inner two\n\n# Level one\n\n");
    HAS(md, "<table>\n<caption>Deaths by year</caption>\n<tbody>\n<tr><th>Year</th>");
    HAS(md, "<td colspan=\"2\" rowspan=\"3\">span</td></tr>\n</tbody>\n</table>\n\n");
    HAS(md, "````c\nint main(void) {\n    return 0; /* ``` </script> */\n}\n````\n\n");
    HAS(md, "[A video](https://www.youtube.com/embed/xyz)\n\n***\n\n## Related\n\n"
            "- [Related \\<one>](https://example.com/r1) \xE2\x80\x94 Its summary\n"
            "- [Related two](https://example.com/r2)\n\n## Comments\n\n"
            "- [**Sam**](https://example.com/sam) \xC2\xB7 7 August 2025\n\n"
            "  First comment.\n\n  - **Kim**\n\n    A reply.\n\n"
            "    - A reply to the reply.\n");
    free(md);
    article_doc_free(doc);
}

/* MARK: - Text */

static void test_text(void)
{
    char *text = md_of(build_blocks);
    free(text);
    article_doc *doc = full_doc(NULL);
    text = to_string(article_write_text, doc, 0);
    OK(strncmp(text,
               "Title " NASTY "\n\nSub & title\n\nSummary \"quoted\" <b>\n\n"
               "By Jane \"JD\" Doe, Sam and Lee </script>\n"
               "6 August 2025 \xC2\xB7 Updated 7 August 2025\n\n"
               "Plain em strong link a < b && `c` H2O x2 gone\n" NASTY "\n\n"
               "Heading # two\n\nQuoted words.\n\xE2\x80\x94 Donald Trump\n\n"
               "They shake hands. (Reuters)\n\n"
               "- first\n\n- second\n\n  1. 2. inner one\n  2. inner two\n\n"
               "Level one\n\nDeaths by year\nYear\tDeaths | count\n2024\t32\nspan\n\n"
               "int main(void) {\n    return 0; /* ``` </script> */\n}\n\n"
               "A video: https://www.youtube.com/embed/xyz\n\n* * *\n\n"
               "Related\n\n- Related <one>\n  https://example.com/r1\n  Its summary\n"
               "- Related two\n  https://example.com/r2\n\n"
               "Comments\n\n- Sam, 7 August 2025\n  First comment.\n\n"
               "  - Kim\n    A reply.\n\n    - A reply to the reply.\n",
               strlen(text) + 1) == 0,
       "text:\n%s", text);
    free(text);
    article_doc_free(doc);

    /* An empty document writes nothing at all. */
    doc = article_doc_new(NULL);
    text = to_string(article_write_text, doc, 0);
    STR_EQ(text, "");
    free(text);
    text = to_string(article_write_markdown, doc, 0);
    STR_EQ(text, "");
    free(text);
    article_doc_free(doc);
}

/* MARK: - Depth */

/* Quotes, list items and spans nested far deeper than any stack allows:
 * every writer walks them without recursion. */
static void test_deep(void)
{
    enum { DEPTH = 100000 };
    article_doc *doc = article_doc_new(NULL);
    article_node *inner = article_node_new(doc, ARTICLE_NODE_QUOTE);
    add_para(inner, "deep");
    /* Built from the inside out, so each link checks no long ancestry. */
    for (int i = 0; i < DEPTH; i++) {
        article_node *outer = article_node_new(doc, ARTICLE_NODE_QUOTE);
        article_node_append_child(outer, inner);
        inner = outer;
    }
    article_node *s = add(article_doc_root(doc), ARTICLE_NODE_SECTION);
    article_node_append_child(s, inner);
    article_node *span = article_node_new(doc, ARTICLE_NODE_EM);
    add_text(span, "x");
    for (int i = 0; i < DEPTH; i++) {
        article_node *outer = article_node_new(doc, i % 2 ? ARTICLE_NODE_EM : ARTICLE_NODE_LINK);
        if (i % 2 == 0)
            article_node_set_href(outer, "https://e.com/");
        article_node_append_child(outer, span);
        span = outer;
    }
    article_node_append_child(add(s, ARTICLE_NODE_PARAGRAPH), span);
    for (size_t w = 0; w < 3; w++) {
        article_status (*fn)(const article_doc *, article_sink, void *, const article_options *,
                             article_error *) = w == 0   ? article_write_html
                                                : w == 1 ? article_write_text
                                                         : article_write_markdown;
        char *out = to_string(fn, doc, ARTICLE_OPT_PRETTY);
        HAS(out, "deep");
        /* Prefixes and indentation stop deepening: the output stays linear. */
        OK(strlen(out) < (size_t)DEPTH * 200, "%zu bytes", strlen(out));
        free(out);
    }
    article_doc_free(doc);
}

typedef article_status (*writer_fn)(const article_doc *, article_sink, void *,
                                    const article_options *, article_error *);

/* MARK: - Golden files */

#ifndef ARTICLE_SOURCE_DIR
#define ARTICLE_SOURCE_DIR "."
#endif

/* The full document in each format against tests/golden/writers/; with
 * ARTICLE_REGEN_GOLDEN=1 in the environment the files are rewritten (then
 * review the diff). The HTML has no stylesheet, so CSS edits do not churn. */
static void test_golden(void)
{
    static const struct {
        const char *file;
        unsigned flags;
        int which;
    } cases[] = {{"full.html", ARTICLE_OPT_NO_STYLE, 0},
                 {"full-fragment.html", ARTICLE_OPT_FRAGMENT, 0},
                 {"full.md", 0, 1},
                 {"full.txt", 0, 2}};
    article_doc *doc = full_doc(NULL);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        writer_fn fn = cases[i].which == 0   ? article_write_html
                       : cases[i].which == 1 ? article_write_markdown
                                             : article_write_text;
        char *out = to_string(fn, doc, cases[i].flags);
        char path[1024];
        snprintf(path, sizeof path, "%s/tests/golden/writers/%s", ARTICLE_SOURCE_DIR,
                 cases[i].file);
        if (getenv("ARTICLE_REGEN_GOLDEN")) {
            FILE *f = fopen(path, "wb");
            OK(f != NULL, "cannot write %s", path);
            if (f) {
                fputs(out, f);
                fclose(f);
            }
        }
        char *want = harness_read_file(path, NULL);
        OK(want && strcmp(out, want) == 0, "%s differs from the writer's output", path);
        free(want);
        free(out);
    }
    article_doc_free(doc);
}

/* MARK: - Failures */

static const struct {
    const char *name;
    writer_fn fn;
} writers[] = {
    {"html", article_write_html},
    {"markdown", article_write_markdown},
    {"text", article_write_text},
};

static void test_failures(void)
{
    article_doc *doc = full_doc(NULL);
    for (size_t w = 0; w < sizeof writers / sizeof writers[0]; w++) {
        article_error err;
        INT_EQ(writers[w].fn(doc, refuse_sink, NULL, NULL, &err), ARTICLE_ERR_IO);
        INT_EQ(err.status, ARTICLE_ERR_IO);
        INT_EQ(writers[w].fn(NULL, null_sink, NULL, NULL, &err), ARTICLE_ERR_INVALID_ARG);
        INT_EQ(writers[w].fn(doc, NULL, NULL, NULL, &err), ARTICLE_ERR_INVALID_ARG);

        /* Fail the N-th allocation until the write succeeds. */
        int nomem = 0, leaks = 0, wrong = 0;
        for (size_t n = 1; n < 100000; n++) {
            harness_alloc c;
            article_allocator alc = harness_allocator(&c, n);
            article_options opts;
            article_options_init(&opts);
            opts.allocator = &alc;
            article_status st = writers[w].fn(doc, null_sink, NULL, &opts, &err);
            if (harness_live(&c) != 0)
                leaks++;
            if (st == ARTICLE_OK)
                break;
            if (st == ARTICLE_ERR_NOMEM && err.status == ARTICLE_ERR_NOMEM)
                nomem++;
            else
                wrong++;
        }
        OK(nomem > 0, "%s: no allocation failed", writers[w].name);
        INT_EQ(leaks, 0);
        INT_EQ(wrong, 0);
    }

    /* The buffer forms: NULL and NOMEM, no leak, until they succeed. */
    char *(*to[])(const article_doc *, const article_options *, size_t *,
                  article_error *) = {article_to_html, article_to_markdown, article_to_text};
    for (size_t w = 0; w < sizeof to / sizeof to[0]; w++) {
        int nomem = 0, leaks = 0, wrong = 0;
        for (size_t n = 1; n < 100000; n++) {
            harness_alloc c;
            article_allocator alc = harness_allocator(&c, n);
            article_options opts;
            article_options_init(&opts);
            opts.allocator = &alc;
            article_error err;
            size_t len = 0;
            char *out = to[w](doc, &opts, &len, &err);
            if (out) {
                OK(len == strlen(out), "length");
                article_free(out);
            }
            if (harness_live(&c) != 0)
                leaks++;
            if (out)
                break;
            if (err.status == ARTICLE_ERR_NOMEM)
                nomem++;
            else
                wrong++;
        }
        OK(nomem > 0, "%s: no allocation failed", writers[w].name);
        INT_EQ(leaks, 0);
        INT_EQ(wrong, 0);
    }
    article_doc_free(doc);
}

/* MARK: - Labels and dates in every writer */

/* Markdown and text say "By", "and", "Updated", "Tags", "Related" and
 * "Comments" in the article's language, with its human dates, as the HTML
 * page does (one table, write_labels.c). */
static void test_labels_every_writer(void)
{
    static const struct {
        const char *lang;
        const char *byline;  /* "By Ann, Bo and Cy" */
        const char *dates;   /* published · Updated modified */
        const char *related; /* the group's heading */
        const char *comments;
        const char *tags;
    } cases[] = {
        {"fr", "Par Ann, Bo et Cy",
         "1 mars 2025 \xC2\xB7 Mis \xC3\xA0 jour d\xC3\xA9"
         "cembre 2025",
         "Articles li\xC3\xA9s", "Commentaires", "Mots-cl\xC3\xA9s : x"},
        {"de", "Von Ann, Bo und Cy", "1. M\xC3\xA4rz 2025 \xC2\xB7 Aktualisiert Dezember 2025",
         "Mehr zum Thema", "Kommentare", "Schlagw\xC3\xB6rter: x"},
        {"es-MX", "Por Ann, Bo y Cy", "1 de marzo de 2025 \xC2\xB7 Actualizado diciembre de 2025",
         "Relacionados", "Comentarios", "Etiquetas: x"},
        {"ar",
         "\xD8\xA8\xD9\x82\xD9\x84\xD9\x85 Ann\xD8\x8C Bo \xD9\x88"
         "Cy",
         "1 \xD9\x85\xD8\xA7\xD8\xB1\xD8\xB3 2025 \xC2\xB7 \xD8\xA2\xD8\xAE\xD8\xB1 "
         "\xD8\xAA\xD8\xAD\xD8\xAF\xD9\x8A\xD8\xAB "
         "\xD8\xAF\xD9\x8A\xD8\xB3\xD9\x85\xD8\xA8\xD8\xB1 2025",
         "\xD9\x85\xD9\x82\xD8\xA7\xD9\x84\xD8\xA7\xD8\xAA \xD8\xB0\xD8\xA7\xD8\xAA "
         "\xD8\xB5\xD9\x84\xD8\xA9",
         "\xD8\xA7\xD9\x84\xD8\xAA\xD8\xB9\xD9\x84\xD9\x8A\xD9\x82\xD8\xA7\xD8\xAA",
         "\xD8\xA7\xD9\x84\xD9\x88\xD8\xB3\xD9\x88\xD9\x85: x"},
        {"en", "By Ann, Bo and Cy", "1 March 2025 \xC2\xB7 Updated December 2025", "Related",
         "Comments", "Tags: x"},
    };
    article_doc *doc = article_doc_new(NULL);
    article_doc_set(doc, ARTICLE_FIELD_TITLE, "T");
    article_doc_add_author(doc, "Ann", NULL);
    article_doc_add_author(doc, "Bo", NULL);
    article_doc_add_author(doc, "Cy", NULL);
    article_doc_add_tag(doc, "x");
    article_doc_set(doc, ARTICLE_FIELD_PUBLISHED, "2025-03-01T10:00:00Z");
    article_doc_set(doc, ARTICLE_FIELD_MODIFIED, "2025-12");
    add_para(add(article_doc_root(doc), ARTICLE_NODE_SECTION), "Body.");
    article_node *rel = add(article_doc_root(doc), ARTICLE_NODE_RELATED);
    article_node_set_string(rel, ARTICLE_ATTR_URL, "https://example.com/r");
    article_node_set_string(rel, ARTICLE_ATTR_TITLE, "R");
    article_node *com = add(article_doc_root(doc), ARTICLE_NODE_COMMENT);
    article_node_set_string(com, ARTICLE_ATTR_AUTHOR, "Kim");
    article_node_set_string(com, ARTICLE_ATTR_PUBLISHED, "2025-03-01");
    add_para(com, "c");
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        article_doc_set(doc, ARTICLE_FIELD_LANGUAGE, cases[i].lang);
        char heading[128], day[64];
        /* The comment's date, after its author. */
        snprintf(day, sizeof day, "\xC2\xB7 %.*s\n", (int)strcspn(cases[i].dates, "\xC2") - 1,
                 cases[i].dates);
        char *md = to_string(article_write_markdown, doc, 0);
        HAS(md, cases[i].byline);
        /* "1. März" at the start of a line would start a list. */
        char md_dates[160];
        size_t digits = strspn(cases[i].dates, "0123456789");
        snprintf(md_dates, sizeof md_dates, "%.*s%s%s", (int)digits, cases[i].dates,
                 cases[i].dates[digits] == '.' ? "\\" : "", cases[i].dates + digits);
        HAS(md, md_dates);
        HAS(md, cases[i].tags);
        snprintf(heading, sizeof heading, "## %s\n", cases[i].related);
        HAS(md, heading);
        snprintf(heading, sizeof heading, "## %s\n", cases[i].comments);
        HAS(md, heading);
        HAS(md, day);
        HASNT(md, "2025-03-01");
        free(md);
        char *txt = to_string(article_write_text, doc, 0);
        HAS(txt, cases[i].byline);
        HAS(txt, cases[i].dates);
        snprintf(heading, sizeof heading, "Kim%s%s",
                 strcmp(cases[i].lang, "ar") ? ", " : "\xD8\x8C ", day + 3);
        HAS(txt, heading);
        snprintf(heading, sizeof heading, "\n%s\n", cases[i].related);
        HAS(txt, heading);
        snprintf(heading, sizeof heading, "\n%s\n", cases[i].comments);
        HAS(txt, heading);
        HASNT(txt, "2025-03-01");
        free(txt);
        /* The HTML page has the same words. */
        char *html = to_string(article_write_html, doc, ARTICLE_OPT_NO_STYLE);
        snprintf(heading, sizeof heading, "<h2>%s</h2>", cases[i].related);
        HAS(html, heading);
        free(html);
    }
    article_doc_free(doc);
}

/* MARK: - What a reader of the Markdown sees */

static void test_markdown_reads_well(void)
{
    article_doc *doc = article_doc_new(NULL);
    article_doc_set(doc, ARTICLE_FIELD_TITLE, "T");
    article_doc_set_image(doc, "https://example.com/lead.jpg", "Lead", 0, 0);
    article_node *sec = add(article_doc_root(doc), ARTICLE_NODE_SECTION);
    /* The lead image is also the first figure, whose alt is its caption. */
    article_node *fig = add(sec, ARTICLE_NODE_FIGURE);
    article_node_set_string(fig, ARTICLE_ATTR_SRC, "https://example.com/lead.jpg");
    article_node_set_string(fig, ARTICLE_ATTR_ALT, "The mayor speaks");
    add_text(add(fig, ARTICLE_NODE_CAPTION), "The mayor speaks ");
    /* Three one-item lists in a row, then two ordered ones. */
    for (int i = 0; i < 3; i++)
        add_para(add(add(sec, ARTICLE_NODE_LIST), ARTICLE_NODE_ITEM), "item");
    for (int i = 0; i < 2; i++) {
        article_node *ol = add(sec, ARTICLE_NODE_LIST);
        article_node_set_int(ol, ARTICLE_ATTR_ORDERED, 1);
        add_para(add(ol, ARTICLE_NODE_ITEM), "step");
    }
    add_para(sec, "Ends with spaces   ");
    article_node *code = add(sec, ARTICLE_NODE_CODE_BLOCK);
    article_node_set_literal(code, "keep   \n");

    char *md = to_string(article_write_markdown, doc, 0);
    const char *first = strstr(md, "lead.jpg"),
               *again = first ? strstr(first + 1, "lead.jpg") : NULL;
    OK(first && !again, "the lead image is written once: %s", md);
    HAS(md, "![](https://example.com/lead.jpg)\n\nThe mayor speaks\n");
    HAS(md, "- item\n\n* item\n\n- item\n\n1. step\n\n1) step\n");
    HASNT(md, "<!--");
    HAS(md, "Ends with spaces\n");
    HAS(md, "keep   \n");
    int trailing = 0;
    for (const char *p = strstr(md, " \n"); p; p = strstr(p + 1, " \n"))
        trailing++;
    INT_EQ(trailing, 1); /* only inside the code block */
    free(md);
    char *txt = to_string(article_write_text, doc, 0);
    HAS(txt, "Ends with spaces\n");
    HAS(txt, "keep   \n");
    free(txt);
    article_doc_free(doc);
}

/* MARK: - Every type through every writer */

/* A document with a node of every type: each writer must have a rule for
 * each (a type without one fails the write, write_render.c). */
static void test_every_type_every_writer(void)
{
    article_doc *doc = full_doc(NULL);
    article_node *sec = add(article_doc_root(doc), ARTICLE_NODE_SECTION);
    article_node *p = add(sec, ARTICLE_NODE_PARAGRAPH);
    for (int t = ARTICLE_NODE_FIRST_INLINE; t <= ARTICLE_NODE_LAST_INLINE; t++)
        if (strcmp(article_node_type_string((article_node_type)t), "none") != 0)
            OK(article_node_append_child(p, article_node_new(doc, (article_node_type)t)) ==
                   ARTICLE_OK,
               "an inline %d", t);
    int seen[ARTICLE_NODE_LAST_INLINE + 1] = {0};
    article_iter *it = article_iter_new(article_doc_root(doc));
    while (it && article_iter_next(it) != ARTICLE_EVENT_DONE)
        seen[article_node_get_type(article_iter_get_node(it))] = 1;
    article_iter_free(it);
    for (int t = ARTICLE_NODE_DOCUMENT; t <= ARTICLE_NODE_LAST_INLINE; t++)
        if (strcmp(article_node_type_string((article_node_type)t), "none") != 0)
            OK(seen[t], "the document has no %s", article_node_type_string((article_node_type)t));
    for (size_t w = 0; w < 3; w++) {
        writer_fn fn = w == 0   ? article_write_html
                       : w == 1 ? article_write_markdown
                                : article_write_text;
        article_error err;
        article_status st = fn(doc, null_sink, NULL, NULL, &err);
        OK(st == ARTICLE_OK, "writer %zu: %s", w, err.message);
    }
    article_doc_free(doc);
}

static void show(void)
{
    /* A look at the full document: SHOW_MD=1, SHOW_TEXT=1 or SHOW_HTML=1. */
    if (!getenv("SHOW_MD") && !getenv("SHOW_TEXT") && !getenv("SHOW_HTML"))
        return;
    article_doc *doc = full_doc(NULL);
    char *out = getenv("SHOW_HTML")
                    ? to_string(article_write_html, doc, ARTICLE_OPT_PRETTY | ARTICLE_OPT_NO_STYLE)
                : getenv("SHOW_MD") ? to_string(article_write_markdown, doc, 0)
                                    : to_string(article_write_text, doc, 0);
    fputs(out, stdout);
    free(out);
    article_doc_free(doc);
}

int main(void)
{
    show();
    test_labels_every_writer();
    test_markdown_reads_well();
    test_every_type_every_writer();
    test_html_small();
    test_html_full();
    test_html_rtl();
    test_html_labels();
    test_html_pretty();
    test_markdown();
    test_breaks();
    test_text();
    test_deep();
    test_golden();
    test_failures();
    xmlCleanupParser();
    return harness_done("test_writers");
}
