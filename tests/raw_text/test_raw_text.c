/* The reader's parse (art_html_parse of the page without its script and
 * style bodies, UTF-8 read as libxml2's own) gives the tree libxml2 makes
 * of the whole page named as UTF-8, but for those bodies: on tricky
 * markup written here,
 * on random tag soup made of it (fixed seed), and on every corpus page
 * there is. Also: JSON-LD is kept, and the scan stops where its syntax is
 * not plain. */
#include "harness.h"
#include "read_html/read_html.h"

#include <dirent.h>
#include <libxml/HTMLparser.h>
#include <stdint.h>
#ifdef HAVE_ZLIB
#include <zlib.h>
#endif

/* The reader's parser options (lib/read_html/read_html.c). */
#define OPTIONS                                                                                    \
    (HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |           \
     HTML_PARSE_COMPACT)

static htmlDocPtr parse(const char *s, size_t len)
{
    return htmlReadMemory(s, (int)len, NULL, "UTF-8", OPTIONS);
}

static int raw_element(const xmlNode *n)
{
    return n->type == XML_ELEMENT_NODE && n->name &&
           (xmlStrcasecmp(n->name, BAD_CAST "script") == 0 ||
            xmlStrcasecmp(n->name, BAD_CAST "style") == 0);
}

static int same_str(const xmlChar *a, const xmlChar *b)
{
    return (!a && !b) || (a && b && xmlStrcmp(a, b) == 0);
}

/* Whitespace between two elements, which the reader's parse may leave
 * out (between blocks, parse.c). */
static int blank_between(const xmlNode *n)
{
    if (n->type != XML_TEXT_NODE || !n->content || !n->prev || !n->next ||
        n->prev->type != XML_ELEMENT_NODE || n->next->type != XML_ELEMENT_NODE)
        return 0;
    for (const xmlChar *c = n->content; *c; c++)
        if (*c != ' ' && *c != '\t' && *c != '\n' && *c != '\r')
            return 0;
    return 1;
}

/* 1 when both trees are the same, script and style children and a's
 * whitespace between elements that b has not aside. */
static int same_tree(const xmlNode *a, const xmlNode *b, char *why, size_t why_len)
{
    while (a || b) {
        if (a && blank_between(a) && (!b || b->type != XML_TEXT_NODE)) {
            a = a->next;
            continue;
        }
        if (!a || !b || a->type != b->type || !same_str(a->name, b->name)) {
            snprintf(why, why_len, "node %s vs %s", a && a->name ? (const char *)a->name : "-",
                     b && b->name ? (const char *)b->name : "-");
            return 0;
        }
        if (a->type != XML_ELEMENT_NODE && !same_str(a->content, b->content)) {
            snprintf(why, why_len, "text \"%.40s\" vs \"%.40s\"",
                     a->content ? (const char *)a->content : "",
                     b->content ? (const char *)b->content : "");
            return 0;
        }
        const xmlAttr *x = a->type == XML_ELEMENT_NODE ? a->properties : NULL;
        const xmlAttr *y = b->type == XML_ELEMENT_NODE ? b->properties : NULL;
        for (; x || y; x = x->next, y = y->next) {
            if (!x || !y || !same_str(x->name, y->name) ||
                !same_str(x->children ? x->children->content : NULL,
                          y->children ? y->children->content : NULL)) {
                snprintf(why, why_len, "attributes of <%s>", (const char *)a->name);
                return 0;
            }
        }
        if (raw_element(a)) {
            /* The body is cut to its first character, never dropped. */
            const xmlNode *x1 = a->children, *y1 = b->children;
            if (!x1 != !y1 || (x1 && (x1->type != y1->type || !x1->content || !y1->content ||
                                      x1->content[0] != y1->content[0] || x1->next || y1->next))) {
                snprintf(why, why_len, "body of <%s>", (const char *)a->name);
                return 0;
            }
        } else if (!same_tree(a->children, b->children, why, why_len)) {
            return 0;
        }
        a = a->next;
        b = b->next;
    }
    return 1;
}

static size_t stripped_total, input_total;

/* Checks one input; returns 1 when something was left out. */
static int check(const char *name, const char *s, size_t len)
{
    size_t lean_len = 0;
    article_allocator alc;
    art_allocator_resolve(NULL, &alc);
    char *lean = art_html_without_raw_text(s, len, ARTICLE_DEFAULT_MAX_TEXT, &alc, &lean_len);
    input_total += len;
    if (lean) {
        OK(lean_len < len, "%s: nothing left out but a copy made", name);
        stripped_total += len - lean_len;
    }
    htmlDocPtr a = parse(s, len);
    /* As the reader parses: the spans of the page, not the copy. */
    size_t count = 0;
    art_html_span *spans = art_html_raw_text_spans(s, len, ARTICLE_DEFAULT_MAX_TEXT, &alc, &count);
    OK(!spans == !lean, "%s: spans and copy disagree", name);
    htmlDocPtr b = spans ? art_html_parse_spans(s, spans, count, NULL, "UTF-8")
                         : art_html_parse(s, len, NULL, "UTF-8");
    alc.free(alc.ctx, spans);
    char why[256] = "";
    OK(a && b && same_tree(a->children, b->children, why, sizeof why), "%s: %s", name, why);
    xmlFreeDoc(a);
    xmlFreeDoc(b);
    alc.free(alc.ctx, lean);
    return lean != NULL;
}

static void check_str(const char *s)
{
    check(s, s, strlen(s));
}

static const char *const tricky[] = {
    "<p>a<script>var a = \"</p>\";</script><p>b</p>",
    "<script>x</scripts>y</script><p>after</p>",
    "<script>x</SCRIPT ><p>after</p>",
    "<SCRIPT type=text/javascript>if (a < b) {}</SCRIPT><p>x</p>",
    "<script/><p>not a body</p></script>",
    "<script />text<p>x</p>",
    "<!-- <script> --><p>Real</p></script><p>tail</p>",
    "<!--><script>x</script><p>y</p>-->",
    "<!---><script>x</script><p>y</p>-->",
    "<!-- a --!><script>x</script><p>y</p>-->",
    "<a title='<script>'>link</a><script>z</script>",
    "<a title=\"x>y\" href=/q>link</a><style>p > a {}</style><p>x</p>",
    "<a title=\"unclosed>link</a><script>z</script><p>q</p>",
    "a < b <script>x</script> c > d",
    "<p>1 <3 2</p><script>x</script>",
    "<textarea><script>x</script></textarea><p>y</p>",
    "<title><script>x</script></title><p>y</p>",
    "<xmp><script>x</script></xmp><p>y</p>",
    "<noscript><script>x</script><p>n</p></noscript>",
    "<iframe><script>x</script></iframe><p>y</p>",
    "<style>a{}</style><style>b{}</STYLE><p>x</p>",
    "<style><script>x</script></style><p>y</p></script>",
    "<script>a</style>b</script><p>c</p>",
    "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script>",
    "<script type=\"application/ld&#43;json\">{}</script><p>x</p>",
    "<script>never closed <p>x</p>",
    "<!DOCTYPE html><html><head><script src=a.js></script><script>b()</script></head>"
    "<body><p>x</p></body></html>",
    "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\" \"x\"><script>a</script><p>b</p>",
    "<?xml version=\"1.0\"?><script>a</script><p>b</p>",
    "<p @click=\"f()\">x</p><script>a</script>",
    "<p data-x=1 data-y = '2' checked>x</p><script async>a</script><p>y</p>",
    "<p a=b/>x</p><script>a</script>",
    "<p a=\"b\"c>x</p><script>a</script>",
    "<scripts>a</scripts><script>b</script><p>c</p>",
    "<script\ttype=module\n>import x</script><p>c</p>",
    "<p>x</p><script>a\x01b</script><p>y</p>",
    "</p><script>a</script></ p><script>b</script>",
    "<table><tr><script>x</script><td>a</td></tr></table>",
    "<script> </script><script>\n\n</script><style>\t</style><p>x</p>",
    "<meta charset=iso-8859-1><p>caf\xc3\xa9</p><script>x = 1</script>",
    "\xef\xbb\xbf<p>bom \xc3\xa9</p><script>x = 1</script>",
    "<?xml version='1.0' encoding='latin1'?><p>\xc3\xa9</p>",
    "<meta http-equiv=Content-Type content='text/html; charset=windows-1252'><p>\xe2\x80\x94</p>",
    "<p>\xe2\x80\x94 long dash</p><meta charset=koi8-r><p>\xd0\xb6</p>",
    "<script>\xc3\xa9t\xc3\xa9</script><script>\x01"
    "abc</script><p>x</p>",
    "<body><script>a</script></body></html><script>b</script><p>late</p>",
};

/* Random soup of the pieces above and more (xorshift, fixed seed). */
static void random_soup(int soup_rounds)
{
    static const char *const pieces[] = {
        "<p>",
        "</p>",
        "<div class=\"a b\">",
        "</div>",
        "<script>",
        "</script>",
        "<style>",
        "</style>",
        "<!--",
        "-->",
        "<",
        ">",
        "\"",
        "'",
        "text ",
        "a < b",
        "<a href=x>",
        "</a>",
        "<script type=\"application/ld+json\">",
        "<br/>",
        "<script/>",
        "</SCRIPT>",
        "<ScRiPt src=\"x.js\">",
        "<textarea>",
        "</textarea>",
        "<!DOCTYPE html>",
        "&amp;",
        "<table><tr><td>",
        "</td></tr></table>",
        "<title>",
        "</title>",
        "\n",
        " x=y ",
        "<p title='>'>",
        "--!>",
        "<li>",
        "<ul>",
        "</ul>",
        "<head>",
        "<body>",
    };
    uint64_t x = 0x9E3779B97F4A7C15u;
    char buf[4096];
    int with_body = 0;
    for (int round = 0; round < soup_rounds; round++) {
        size_t len = 0;
        int n = 1 + (int)(x % 40);
        for (int i = 0; i < n; i++) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            const char *p = pieces[x % (sizeof pieces / sizeof *pieces)];
            size_t k = strlen(p);
            if (len + k >= sizeof buf)
                break;
            memcpy(buf + len, p, k);
            len += k;
        }
        buf[len] = '\0';
        with_body += check(buf, buf, len);
    }
    /* One input in forty has a script or style body to leave out. */
    OK(with_body > soup_rounds / 40, "random soup: only %d inputs had a body to leave out",
       with_body);
}

static char *read_page(const char *path, size_t *len)
{
#ifdef HAVE_ZLIB
    gzFile gz = gzopen(path, "rb");
    if (!gz)
        return NULL;
    size_t cap = 1 << 20, n = 0;
    char *data = malloc(cap);
    int got;
    while (data && (got = gzread(gz, data + n, (unsigned)(cap - n - 1))) > 0) {
        n += (size_t)got;
        if (cap - n < 2) {
            char *bigger = realloc(data, cap * 2);
            if (!bigger)
                free(data);
            data = bigger;
            cap *= 2;
        }
    }
    gzclose(gz);
    if (data)
        data[n] = '\0';
    *len = n;
    return data;
#else
    return harness_read_file(path, len);
#endif
}

/* Every page of DIR (or DIR/<id>/source.html with `sub`), or every
 * stride-th page. */
static size_t corpus_dir(const char *dir, int sub, size_t stride)
{
    DIR *d = opendir(dir);
    size_t pages = 0, seen = 0;
    struct dirent *e;
    while (d && (e = readdir(d))) {
        if (e->d_name[0] == '.' || seen++ % stride != 0)
            continue;
        char path[4096];
        snprintf(path, sizeof path, sub ? "%s/%s/source.html" : "%s/%s", dir, e->d_name);
#ifndef HAVE_ZLIB
        if (strstr(path, ".gz"))
            continue;
#endif
        size_t len = 0;
        char *page = read_page(path, &len);
        if (!page)
            continue;
        /* The reader parses UTF-8 only: other pages are converted first. */
        if (art_utf8_valid(page, len)) {
            check(path, page, len);
        } else {
            char charset[64];
            size_t utf8_len = 0;
            article_allocator alc;
            art_allocator_resolve(NULL, &alc);
            int valid = 0;
            art_html_sniff_charset_valid(page, len, NULL, charset, sizeof charset, &valid);
            char *utf8 = art_html_to_utf8(page, len, charset, &alc, &utf8_len);
            if (utf8)
                check(path, utf8, utf8_len);
            alc.free(alc.ctx, utf8);
        }
        pages++;
        free(page);
    }
    if (d)
        closedir(d);
    return pages;
}

static void test_jsonld_kept(void)
{
    const char *page = "<script type=\"application/ld+json\">{\"a\":1}</script>"
                       "<script>var big = 1;</script>";
    article_allocator alc;
    art_allocator_resolve(NULL, &alc);
    size_t len = 0;
    char *lean = art_html_without_raw_text(page, strlen(page), 1000, &alc, &len);
    OK(lean != NULL, "nothing left out");
    if (lean) {
        OK(strstr(lean, "{\"a\":1}") != NULL, "JSON-LD left out: %s", lean);
        OK(strstr(lean, "var big") == NULL, "script kept: %s", lean);
    }
    alc.free(alc.ctx, lean);
    /* Over max_text, kept: the limit fails as it did. */
    lean = art_html_without_raw_text(page, strlen(page), 5, &alc, &len);
    OK(lean == NULL, "a body over max_text was left out");
    alc.free(alc.ctx, lean);
}

/* The text nodes right under the first element named `under`: the
 * whitespace between blocks the reader's parse leaves out or keeps. */
static size_t texts_under(const char *page, const char *under)
{
    htmlDocPtr doc = art_html_parse(page, strlen(page), NULL, "UTF-8");
    const xmlNode *n = xmlDocGetRootElement(doc);
    while (n && !(n->type == XML_ELEMENT_NODE && xmlStrcmp(n->name, (const xmlChar *)under) == 0)) {
        if (n->children) {
            n = n->children;
            continue;
        }
        while (n && !n->next)
            n = n->parent;
        n = n ? n->next : NULL;
    }
    size_t count = 0;
    for (const xmlNode *c = n ? n->children : NULL; c; c = c->next)
        count += c->type == XML_TEXT_NODE;
    xmlFreeDoc(doc);
    return count;
}

static void test_blocks_whitespace(void)
{
    OK(texts_under("<article><p>a</p>\n<p>b</p>\n<h2>c</h2> <ul><li>d</li></ul></article>",
                   "article") == 0,
       "whitespace between paragraphs kept");
    /* Before an inline element, inside a link or a list item, in <pre>, after
     * a comment: kept. */
    OK(texts_under("<div><p>a</p> <span>b</span></div>", "div") == 1, "before an inline");
    OK(texts_under("<a href=x><div><p>a</p>\n<p>b</p></div></a>", "div") == 1, "in a link");
    OK(texts_under("<ul><li><div><p>a</p>\n<p>b</p></div></li></ul>", "div") == 1,
       "in a list item");
    OK(texts_under("<pre><div><p>a</p>\n<p>b</p></div></pre>", "div") == 1, "in pre");
    OK(texts_under("<div><p>a</p>\n<!-- c -->\n<p>b</p></div>", "div") == 2, "by a comment");
    OK(texts_under("<div><p>a</p>\n</div>", "div") == 1, "at the end");
}

int main(void)
{
    /* ARTICLE_HOSTILE_SMALL=1 (scripts/ci-hardening.sh, under valgrind,
     * which is some fifty times slower): a sample of the same checks. */
    const char *small_env = getenv("ARTICLE_HOSTILE_SMALL");
    int small = small_env && strcmp(small_env, "1") == 0;
    size_t stride = small ? 25 : 1;
    for (size_t i = 0; i < sizeof tricky / sizeof *tricky; i++)
        check_str(tricky[i]);
    random_soup(small ? 500 : 20000);
    test_jsonld_kept();
    test_blocks_whitespace();
    size_t pages = corpus_dir(ARTICLE_CORPUS_DIR "/zyte/html", 0, stride) +
                   corpus_dir(ARTICLE_CORPUS_DIR "/modern/html", 0, stride) +
                   corpus_dir(ARTICLE_CORPUS_DIR "/readability/pages", 1, stride) +
                   corpus_dir(ARTICLE_CORPUS_DIR "/dates/pages", 0, stride);
    /* Script and style are over half of a typical page; the scan must not
     * give up early on most pages. */
    OK(pages == 0 || stripped_total > input_total / 5, "only %zu of %zu bytes left out",
       stripped_total, input_total);
    printf("%zu corpus pages; %.1f%% of all bytes left out\n", pages,
           input_total ? 100.0 * (double)stripped_total / (double)input_total : 0.0);
    return harness_done("test_raw_text");
}
