/* from_html(to_html(m)) == m for the body: the HTML writer's own pages
 * (and its fragments) read back to the same sections (metadata is
 * test_meta's business), for the seed article, small pages, every page of
 * the zyte corpus and every readability page. */
#include "harness.h"

#include <article/article.h>

#include <dirent.h>
#include <libxml/xmlIO.h>
#include <stdio.h>

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = NULL;
    size_t cap = 0, n = 0, r;
    do {
        if (n + 4096 > cap) {
            char *nb = realloc(buf, cap = cap * 2 + 8192);
            if (!nb)
                break;
            buf = nb;
        }
        r = fread(buf + n, 1, cap - n - 1, f);
        n += r;
    } while (r > 0);
    fclose(f);
    if (buf)
        buf[n] = '\0';
    *len = n;
    return buf;
}

/* The "sections" member of a compact article/1 text, up to related or
 * comments. */
static const char *body_of(const char *json, size_t *len)
{
    const char *s = json ? strstr(json, "\"sections\":") : NULL;
    if (!s)
        return NULL;
    const char *e = strstr(s, ",\"related\":");
    if (!e)
        e = strstr(s, ",\"comments\":");
    if (!e)
        e = s + strlen(s);
    *len = (size_t)(e - s);
    return s;
}

/* The body of m written with `flags` and read back must be m's. */
static void check_round_trip_as(article_doc *m, const char *what, unsigned flags)
{
    article_error err;
    article_options wopts;
    article_options_init(&wopts);
    wopts.flags = flags;
    char *json1 = article_to_json(m, NULL, NULL, &err);
    char *html = article_to_html(m, &wopts, NULL, &err);
    OK(json1 && html, "%s: writers failed: %s", what, err.message);
    if (json1 && html) {
        article_doc *back = article_from_html(html, strlen(html), NULL, &err);
        OK(back != NULL, "%s: reading back failed: %s", what, err.message);
        char *json2 = back ? article_to_json(back, NULL, NULL, &err) : NULL;
        size_t l1 = 0, l2 = 0;
        const char *b1 = body_of(json1, &l1), *b2 = body_of(json2, &l2);
        /* Show both from a little before the first difference. */
        size_t at = 0;
        while (b1 && b2 && at < l1 && at < l2 && b1[at] == b2[at])
            at++;
        size_t from = at > 200 ? at - 200 : 0;
        OK(b1 && b2 && l1 == l2 && memcmp(b1, b2, l1) == 0, "%s: body differs at %zu:\n%.*s\n%.*s",
           what, at, b1 ? (int)(l1 - from > 400 ? 400 : l1 - from) : 0, b1 ? b1 + from : "",
           b2 ? (int)(l2 - from > 400 ? 400 : l2 - from) : 0, b2 ? b2 + from : "");
        article_free(json2);
        article_doc_free(back);
    }
    article_free(json1);
    article_free(html);
}

/* A whole page, and a fragment (no <head>: only the body is sure to come
 * back, read by the same rules as any page). */
static void check_round_trip(article_doc *m, const char *what)
{
    check_round_trip_as(m, what, 0);
    check_round_trip_as(m, what, ARTICLE_OPT_FRAGMENT | ARTICLE_OPT_NO_STYLE);
}

/* A whole file, gunzipped when it is gzip (libxml2's input layer does
 * that), as a malloc'd buffer. */
static char *slurp_gz(const char *path, size_t *len)
{
    xmlParserInputBufferPtr in = xmlParserInputBufferCreateFilename(path, XML_CHAR_ENCODING_NONE);
    if (!in)
        return NULL;
    while (xmlParserInputBufferGrow(in, 1 << 16) > 0)
        ;
    size_t n = xmlBufUse(in->buffer);
    char *out = malloc(n + 1);
    if (out) {
        memcpy(out, xmlBufContent(in->buffer), n);
        out[n] = '\0';
        *len = n;
    }
    xmlFreeParserInputBuffer(in);
    return out;
}

/* Reads one corpus page (taking ownership of it) and checks its model's
 * round trip. */
static void round_trip_page(char *page, size_t len, const char *name)
{
    article_error err;
    article_doc *m = article_from_html(page, len, NULL, &err);
    OK(m != NULL, "%s: %s", name, err.message);
    if (m)
        check_round_trip(m, name);
    article_doc_free(m);
    free(page);
}

/* Every zyte page: from_html(page) -> m, then m must survive the HTML
 * writer and reader. */
static void zyte_pages(void)
{
    const char *dir_path = ARTICLE_CORPUS_DIR "/zyte/html";
    DIR *dir = opendir(dir_path);
    if (!dir) {
        printf("# %s is missing: zyte pages skipped\n", dir_path);
        return;
    }
    int pages = 0;
    struct dirent *e;
    while ((e = readdir(dir)) != NULL) {
        size_t nl = strlen(e->d_name);
        if (nl < 8 || strcmp(e->d_name + nl - 8, ".html.gz") != 0)
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir_path, e->d_name);
        size_t len = 0;
        char *page = slurp_gz(path, &len);
        OK(page != NULL, "cannot read %s", path);
        if (!page)
            continue;
        round_trip_page(page, len, e->d_name);
        pages++;
    }
    closedir(dir);
    OK(pages >= 100, "only %d zyte pages", pages);
}

/* Every readability page (source.html): its model survives the round
 * trip too; these pages hold Wikipedia's link lists and reference notes. */
static void readability_pages(void)
{
    const char *dir_path = ARTICLE_CORPUS_DIR "/readability/pages";
    DIR *dir = opendir(dir_path);
    if (!dir) {
        printf("# %s is missing: readability pages skipped\n", dir_path);
        return;
    }
    int pages = 0;
    struct dirent *e;
    while ((e = readdir(dir)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s/source.html", dir_path, e->d_name);
        size_t len = 0;
        char *page = slurp(path, &len);
        if (!page)
            continue;
        round_trip_page(page, len, e->d_name);
        pages++;
    }
    closedir(dir);
    OK(pages >= 100, "only %d readability pages", pages);
}

/* A space between two inline spans stays where it was: libxml2 would drop
 * a whitespace-only text node after </sup> when asked to drop blanks. */
static void space_between_spans(void)
{
    static const char page[] =
        "<p>^ <sup><em><strong>a</strong></em></sup> <sup><em><strong>b</strong></em></sup> "
        "<a href=\"https://e.com/\">\"The\"</a>. More text.</p>";
    article_error err;
    article_doc *m = article_from_html(page, strlen(page), NULL, &err);
    OK(m != NULL, "spans: %s", err.message);
    char *json = m ? article_to_json(m, NULL, NULL, &err) : NULL;
    OK(json && strstr(json, "[\"^ \",{\"type\":\"sup\",\"content\":[{\"type\":\"em\","
                            "\"content\":[{\"type\":\"strong\",\"content\":[\"a\"]}]}]},\" \","
                            "{\"type\":\"sup\""),
       "space between sups lost: %s", json ? json : "");
    OK(json && strstr(json, "[\"b\"]}]}]},\" \",{\"type\":\"link\""),
       "space before the link lost: %s", json ? json : "");
    if (m)
        check_round_trip(m, "spans");
    article_free(json);
    article_doc_free(m);
}

/* The writer's own page is read as written: a paragraph that reads like a
 * share button or a byline, a heading equal to the title, a section of
 * short link lists and a section without a heading all come back. Without
 * the generator mark, the boilerplate rules drop some of them. */
static void own_page(void)
{
    static const char model[] =
        "{\"format\":\"article/1\",\"title\":\"Title\",\"sections\":[{\"blocks\":["
        "{\"type\":\"paragraph\",\"content\":[\"Share this\"]},"
        "{\"type\":\"paragraph\",\"content\":[\"By Jane Doe\"]}]},"
        "{\"heading\":[\"Title\"],\"level\":2,\"blocks\":[{\"type\":\"list\","
        "\"ordered\":false,\"items\":[[{\"type\":\"paragraph\",\"content\":[{\"type\":"
        "\"link\",\"href\":\"https://e.com/a\",\"content\":[\"A\"]}]}],[{\"type\":"
        "\"paragraph\",\"content\":[{\"type\":\"link\",\"href\":\"https://e.com/b\","
        "\"content\":[\"B\"]}]}]]}]},"
        "{\"level\":3,\"blocks\":[{\"type\":\"paragraph\",\"content\":[\"Advertisement\"]}]}]}";
    article_error err;
    article_doc *m = article_from_json(model, strlen(model), NULL, &err);
    OK(m != NULL, "own page model: %s", err.message);
    if (!m)
        return;
    check_round_trip_as(m, "own page", 0);
    check_round_trip_as(m, "own page, pretty", ARTICLE_OPT_PRETTY);
    char *html = article_to_html(m, NULL, NULL, &err);
    char *mark = html ? strstr(html, "name=\"generator\"") : NULL;
    OK(mark != NULL, "no generator mark in the page");
    if (mark) {
        memcpy(mark, "name=\"xenerator\"", 17);
        article_doc *web = article_from_html(html, strlen(html), NULL, &err);
        char *json = web ? article_to_json(web, NULL, NULL, &err) : NULL;
        OK(json && !strstr(json, "Share this"), "a page from elsewhere keeps a share label: %s",
           json ? json : "");
        article_free(json);
        article_doc_free(web);
    }
    article_free(html);
    article_doc_free(m);
}

/* The writer's own page is trusted for what the web's pages are not:
 * metadata the reader would filter (a year below 1000, a language that is
 * no BCP 47 tag, an author with '@', a literal "&amp;"), spans past the
 * table's end, related items sharing a url, a section
 * headed "Related", and comments as written (id, a name ending in
 * " says", a bare year). */
static void own_page_trusted(void)
{
    static const char model[] =
        "{\"format\":\"article/1\",\"title\":\"Tom &amp; Jerry\",\"published\":\"0506-08-06\","
        "\"modified\":\"2025\",\"language\":\"enlightbox\","
        "\"authors\":[{\"name\":\"Jane Do@\"},{\"name\":\"jane do@\"}],\"sections\":["
        "{\"heading\":[\"Related\"],\"level\":2,\"blocks\":[{\"type\":\"list\","
        "\"ordered\":false,\"items\":[[{\"type\":\"paragraph\",\"content\":[{\"type\":"
        "\"link\",\"href\":\"https://e.com/a\",\"content\":[\"One story about things\"]}]}]]},"
        "{\"type\":\"table\",\"rows\":[[{\"content\":[\"a\"],\"rowspan\":4,\"colspan\":2000}],"
        "[{\"content\":[\"b\"]}]]}]}],"
        "\"related\":[{\"title\":\"A\",\"url\":\"https://e.com/x\"},"
        "{\"title\":\"B\",\"url\":\"https://e.com/x\"}],"
        "\"comments\":[{\"id\":\"li-comment-4\",\"author\":{\"name\":\"Sam says\"},"
        "\"published\":\"2019\",\"content\":[{\"type\":\"paragraph\",\"content\":[\"Hi.\"]}]}]}";
    article_error err;
    article_doc *m = article_from_json(model, strlen(model), NULL, &err);
    OK(m != NULL, "trusted model: %s", err.message);
    if (!m)
        return;
    check_round_trip_as(m, "own page, trusted values", 0);
    article_doc_free(m);
}

/* A link inside a link (HTML forbids it) is one link with all the text;
 * a comment's datetime as a page writes it becomes ISO 8601. */
static void nested_link_and_comment_date(void)
{
    static const char html[] =
        "<body><article><a href=\"http://f.com/\"><p>See the <a href=\"http://w.com/\">"
        "inner</a> text here, in a paragraph long enough to be the body of an article "
        "by any measure at all.</p></a></article><ol class=\"comment-list\"><li class=\"comment\" "
        "id=\"comment-1\"><div class=\"comment-author\">Sam</div><time datetime=\"2019-11-19 "
        "02:24:00 UTC\">then</time><p>Nice article.</p></li><li class=\"comment\" "
        "id=\"comment-2\"><time datetime=\"soon\">soon</time><p>Later.</p></li></ol></body>";
    article_error err;
    article_doc *m = article_from_html(html, strlen(html), NULL, &err);
    OK(m != NULL, "nested link page: %s", err.message);
    char *json = m ? article_to_json(m, NULL, NULL, &err) : NULL;
    OK(json && !strstr(json, "http://w.com/"), "an inner link survived: %s", json ? json : "");
    OK(json && strstr(json, "the inner text"), "the inner link's text went: %s", json ? json : "");
    OK(json && strstr(json, "\"published\":\"2019-11-19T02:24:00Z\""),
       "comment date not normalised: %s", json ? json : "");
    OK(json && !strstr(json, "\"comment-2\",\"published\""), "a comment date that is no date: %s",
       json ? json : "");
    if (m)
        check_round_trip(m, "nested link");
    article_free(json);
    article_doc_free(m);
}

/* No empty section comes out of the reader (canonical models have none):
 * a section whose text was all boilerplate goes. */
static void no_empty_section(void)
{
    static const char page[] =
        "<body><article><p>Share this</p><h2>Heading</h2>"
        "<p>A paragraph with enough words in it to be article text for any reader at all, "
        "and then a few more words.</p></article></body>";
    article_error err;
    article_doc *m = article_from_html(page, strlen(page), NULL, &err);
    OK(m != NULL, "empty section: %s", err.message);
    char *json = m ? article_to_json(m, NULL, NULL, &err) : NULL;
    OK(json && !strstr(json, "{\"blocks\":[]}"), "an empty section: %s", json ? json : "");
    if (m)
        check_round_trip(m, "empty section");
    article_free(json);
    article_doc_free(m);
}

int main(void)
{
    size_t len = 0;
    char *seed = slurp(ARTICLE_SOURCE_DIR "/examples/seed-article.json", &len);
    OK(seed != NULL, "examples/seed-article.json is missing");
    if (seed) {
        article_error err;
        article_doc *m = article_from_json(seed, len, NULL, &err);
        OK(m != NULL, "seed: %s", err.message);
        if (m)
            check_round_trip(m, "seed-article");
        article_doc_free(m);
        free(seed);
    }
    /* A model read from a web page is canonical too: it reads back. */
    static const char *const pages[] = {
        "<article><p>Some <em>text</em> with <a href=\"https://e.com/\">a link</a>.</p>"
        "<h2>Part</h2><ul><li>one</li><li><p>two</p><ol><li>2a</li></ol></li></ul>"
        "<blockquote><p>Said.</p><footer>Someone</footer></blockquote>"
        "<pre><code class=\"language-sh\">ls  -l\n</code></pre>"
        "<table><tr><th>a</th><td colspan=\"2\">b</td></tr></table><hr></article>",
    };
    for (size_t i = 0; i < sizeof pages / sizeof *pages; i++) {
        article_doc *m = article_from_html(pages[i], strlen(pages[i]), NULL, NULL);
        OK(m != NULL, "page %zu", i);
        if (m)
            check_round_trip(m, "page");
        article_doc_free(m);
    }
    space_between_spans();
    own_page();
    own_page_trusted();
    nested_link_and_comment_date();
    no_empty_section();
    zyte_pages();
    readability_pages();
    return harness_done("test_roundtrip_html");
}
