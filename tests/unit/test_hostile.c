/* Hostile input: each case ends in an article or a named error, never a
 * crash, a hang or a stack overflow. Large inputs are generated here.
 * (Time and memory are measured by tests/bench, not asserted here.) */
#include "harness.h"

#include <article/article.h>

#include <stdint.h>

/* A buffer of `open` repeated n times, then `close` repeated n times. */
static char *nest(const char *open, const char *mid, const char *close, size_t n, size_t *len)
{
    size_t lo = strlen(open), lm = strlen(mid), lc = strlen(close);
    size_t total = n * (lo + lc) + lm;
    char *s = malloc(total + 1);
    if (!s)
        return NULL;
    char *p = s;
    for (size_t i = 0; i < n; i++, p += lo)
        memcpy(p, open, lo);
    memcpy(p, mid, lm);
    p += lm;
    for (size_t i = 0; i < n; i++, p += lc)
        memcpy(p, close, lc);
    *p = '\0';
    *len = total;
    return s;
}

/* Reads HTML; every writer must then work on what came back. */
static void html_case(const char *name, const char *html, size_t len, int want_doc)
{
    article_error err;
    article_doc *doc = article_from_html(html, len, NULL, &err);
    if (want_doc)
        OK(doc != NULL, "%s: from_html failed: %s", name, err.message);
    if (!doc) {
        OK(err.status != ARTICLE_OK && err.message[0], "%s: failed without a message", name);
        return;
    }
    char *json = article_to_json(doc, NULL, NULL, &err);
    OK(json != NULL, "%s: to_json failed: %s", name, err.message);
    char *html_out = article_to_html(doc, NULL, NULL, &err);
    OK(html_out != NULL, "%s: to_html failed: %s", name, err.message);
    char *md = article_to_markdown(doc, NULL, NULL, &err);
    OK(md != NULL, "%s: to_markdown failed: %s", name, err.message);
    char *text = article_to_text(doc, NULL, NULL, &err);
    OK(text != NULL, "%s: to_text failed: %s", name, err.message);
    article_free(json);
    article_free(html_out);
    article_free(md);
    article_free(text);
    article_doc_free(doc);
}

static void json_case(const char *name, const char *json, size_t len, article_status want)
{
    article_error err;
    article_doc *doc = article_from_json(json, len, NULL, &err);
    if (want == ARTICLE_OK) {
        OK(doc != NULL, "%s: from_json failed: %s", name, err.message);
    } else {
        OK(doc == NULL, "%s: accepted", name);
        INT_EQ(err.status, want);
        OK(err.message[0] != '\0', "%s: no message", name);
    }
    article_doc_free(doc);
}

static void test_small_html(void)
{
    html_case("empty", "", 0, 1);
    html_case("nul bytes", "\0\0\0<p>\0x</p>", 12, 1);
    html_case("garbage", "\xff\xfe\x00\x01\x80\x81<<<>>>&&&;;;", 16, 1);
    html_case("truncated utf-8", "<p>caf\xc3", 8, 1);
    html_case("invalid utf-8", "<meta charset=utf-8><p>\xc3\x28 \xed\xa0\x80 \xf4\x90\x80\x80</p>",
              38, 1);
    html_case("utf-16 without bom", "<\0p\0>\0h\0i\0<\0/\0p\0>\0", 18, 1);
    html_case("script never closes", "<p>a</p><script>var x = '<p>never</p>", 37, 1);
    html_case("unclosed everything", "<article><h2><a href='x'><em><p><table><tr><td><ul><li>", 56,
              1);
}

/* ARTICLE_HOSTILE_SMALL=1 (set by scripts/ci-hardening.sh under valgrind,
 * which is ~30x slower) leaves out the 100 MB page and the million-deep
 * nestings; everything else still runs. */
static int hostile_small(void)
{
    const char *v = getenv("ARTICLE_HOSTILE_SMALL");
    return v && strcmp(v, "1") == 0;
}

static void test_large_html(void)
{
    size_t len = 0;
    char *s;
    if (!hostile_small()) {
        s = nest("<div>", "<p>deep</p>", "</div>", 1000000, &len);
        html_case("1,000,000 nested divs", s, len, 1);
        free(s);
    }
    s = nest("<table><tr><td>", "x", "</td></tr></table>", 100000, &len);
    html_case("100,000 nested tables", s, len, 1);
    free(s);
    s = nest("<em>", "x", "</em>", 200000, &len);
    html_case("200,000 nested em", s, len, 1);
    free(s);

    /* A 1 MB attribute value and an entity storm. */
    size_t big = (size_t)1 << 20;
    s = malloc(big + 64);
    memcpy(s, "<p><a href=\"", 12);
    memset(s + 12, 'a', big);
    memcpy(s + 12 + big, "\">x</a></p>", 12);
    html_case("1 MB attribute", s, 12 + big + 11, 1);
    for (size_t i = 0; i + 5 <= big; i += 5)
        memcpy(s + i, "&amp;", 5);
    html_case("entity storm", s, big - big % 5, 1);
    free(s);

    /* A 100 MB page of paragraphs (1 MB when small). */
    size_t page = hostile_small() ? (size_t)1 << 20 : (size_t)100 << 20;
    s = malloc(page + 1);
    const char *para = "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n";
    size_t pl = strlen(para);
    size_t n = 0;
    while (n + pl <= page) {
        memcpy(s + n, para, pl);
        n += pl;
    }
    html_case("large page of paragraphs", s, n, 1);

    /* Over the node limit: a named LIMIT error, nothing half-built. */
    {
        article_options few;
        article_options_init(&few);
        few.max_nodes = 100;
        article_error e2;
        article_doc *many = article_from_html(s, 100 * pl, &few, &e2);
        OK(many == NULL, "max_nodes not enforced");
        INT_EQ(e2.status, ARTICLE_ERR_LIMIT);
        OK(strstr(e2.message, "max_nodes") != NULL, "message: %s", e2.message);
        article_doc_free(many);
    }

    /* Over the input limit: a named LIMIT error. */
    article_options opts;
    article_options_init(&opts);
    opts.max_input_size = 1000;
    article_error err;
    article_doc *doc = article_from_html(s, 1001, &opts, &err);
    OK(doc == NULL, "max_input_size not enforced");
    INT_EQ(err.status, ARTICLE_ERR_LIMIT);
    OK(strstr(err.message, "max_input_size") != NULL, "message: %s", err.message);
    free(s);
}

static void test_json(void)
{
    size_t len = 0;
    json_case("empty", "", 0, ARTICLE_ERR_SYNTAX);
    json_case("nul", "\0", 1, ARTICLE_ERR_SYNTAX);
    json_case("garbage", "\xff\xfe{", 3, ARTICLE_ERR_ENCODING);
    size_t deep = hostile_small() ? 10000 : 1000000;
    char *s = nest("[", "", "]", deep, &len);
    json_case("deeply nested arrays", s, len, ARTICLE_ERR_LIMIT);
    free(s);
    const char *huge = "{\"format\":\"article/1\",\"title\":\"\",\"sections\":[],"
                       "\"image\":{\"src\":\"x\",\"width\":1e999999}}";
    article_error err;
    article_doc *doc = article_from_json(huge, strlen(huge), NULL, &err);
    OK(doc == NULL, "a huge number was accepted");
    OK(err.status == ARTICLE_ERR_SYNTAX || err.status == ARTICLE_ERR_SCHEMA, "status %d",
       (int)err.status);
    const char *bigint = "{\"format\":\"article/1\",\"title\":\"\",\"sections\":[],"
                         "\"image\":{\"src\":\"x\",\"width\":99999999999999999999999}}";
    doc = article_from_json(bigint, strlen(bigint), NULL, &err);
    OK(doc == NULL, "a huge integer was accepted");

    /* A 10 MB title is fine. */
    size_t big = (size_t)10 << 20;
    s = malloc(big + 100);
    len = (size_t)sprintf(s, "{\"format\":\"article/1\",\"title\":\"");
    memset(s + len, 'x', big);
    len += big;
    len += (size_t)sprintf(s + len, "\",\"sections\":[]}");
    json_case("10 MB string", s, len, ARTICLE_OK);
    free(s);
}

/* Each limit of article_options gives a LIMIT error that names it. */
static void limit_case(const char *name, const char *input, int json, article_options *opts,
                       const char *limit)
{
    article_error err;
    article_doc *doc = json ? article_from_json(input, strlen(input), opts, &err)
                            : article_from_html(input, strlen(input), opts, &err);
    OK(doc == NULL, "%s: accepted", name);
    INT_EQ(err.status, ARTICLE_ERR_LIMIT);
    OK(strstr(err.message, limit) != NULL, "%s: message %s", name, err.message);
    article_doc_free(doc);
}

static void test_limits(void)
{
    article_options o;
    article_options_init(&o);
    o.max_attributes = 3;
    limit_case("attributes", "<p a=1 b=2 c=3 d=4>x</p>", 0, &o, "max_attributes");
    article_options_init(&o);
    o.max_text = 10;
    limit_case("html text", "<p>twenty characters.</p>", 0, &o, "max_text");
    limit_case("json title",
               "{\"format\":\"article/1\",\"title\":\"eleven chars\","
               "\"sections\":[]}",
               1, &o, "max_text");
    limit_case("json inline",
               "{\"format\":\"article/1\",\"title\":\"\",\"sections\":"
               "[{\"blocks\":[{\"type\":\"paragraph\",\"content\":"
               "[\"eleven chars\"]}]}]}",
               1, &o, "max_text");
    article_options_init(&o);
    o.max_depth = 5;
    limit_case("html depth",
               "<div><div><div><div><div><div><p>x</p></div></div></div></div>"
               "</div></div>",
               0, &o, "max_depth");
    /* Under the limits, the same inputs read. */
    article_options_init(&o);
    article_error err;
    article_doc *doc = article_from_html("<p a=1 b=2 c=3 d=4>x</p>", 24, &o, &err);
    OK(doc != NULL, "defaults refused a small page: %s", err.message);
    article_doc_free(doc);
}

int main(void)
{
    test_limits();
    test_small_html();
    test_large_html();
    test_json();
    return harness_done("test_hostile");
}
