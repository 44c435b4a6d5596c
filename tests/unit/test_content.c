/* The HTML reader's main content: small hand-written pages, one rule each,
 * asserting the model; then hostile nesting that must finish. */
#include "harness.h"

#include <article/article.h>

#include <stdio.h>
#include <stdlib.h>

/* The text of a subtree: its TEXT and CODE literals, in order. */
static const char *text_of(article_node *n, char *out, size_t size)
{
    size_t k = 0;
    out[0] = '\0';
    article_iter *it = article_iter_new(n);
    article_event ev;
    while (it && (ev = article_iter_next(it)) != ARTICLE_EVENT_DONE) {
        article_node *c = article_iter_get_node(it);
        article_node_type t = article_node_get_type(c);
        if (ev == ARTICLE_EVENT_ENTER && (t == ARTICLE_NODE_TEXT || t == ARTICLE_NODE_CODE)) {
            const char *s = article_node_get_literal(c);
            size_t l = strlen(s);
            if (k + l + 1 < size) {
                memcpy(out + k, s, l);
                k += l;
                out[k] = '\0';
            }
        }
    }
    article_iter_free(it);
    return out;
}

static article_doc *read(const char *html, unsigned flags)
{
    article_options o;
    article_options_init(&o);
    o.flags = flags;
    o.url = "https://example.com/news/story.html";
    article_error err;
    article_doc *d = article_from_html(html, strlen(html), &o, &err);
    OK(d != NULL, "from_html failed: %s", err.message);
    return d;
}

/* The i-th child of n (0-based), or NULL. */
static article_node *child(const article_node *n, int i)
{
    article_node *c = n ? article_node_first_child(n) : NULL;
    while (c && i-- > 0)
        c = article_node_next(c);
    return c;
}

static int count(const article_node *n)
{
    int k = 0;
    for (article_node *c = n ? article_node_first_child(n) : NULL; c; c = article_node_next(c))
        k++;
    return k;
}

#define BODY_OPEN "<html><head><title>T</title></head><body><article>"
#define BODY_CLOSE "</article></body></html>"
#define PROSE "<p>This is a paragraph of article prose with enough words in it to count.</p>"

static void test_inlines(void)
{
    article_doc *d =
        read(BODY_OPEN "<p>  Hello   <em>big</em>\n world, see <a href=\"/x\">"
                       "this <strong>link</strong></a> and <code>a  b</code>.</p>" PROSE BODY_CLOSE,
             0);
    if (!d)
        return;
    article_node *sec = child(article_doc_root(d), 0);
    INT_EQ(article_node_get_type(sec), ARTICLE_NODE_SECTION);
    article_node *p = child(sec, 0);
    INT_EQ(article_node_get_type(p), ARTICLE_NODE_PARAGRAPH);
    char buf[512];
    STR_EQ(text_of(p, buf, sizeof buf), "Hello big world, see this link and a  b.");
    STR_EQ(article_node_get_literal(child(p, 0)), "Hello ");
    INT_EQ(article_node_get_type(child(p, 1)), ARTICLE_NODE_EM);
    article_node *link = child(p, 3);
    INT_EQ(article_node_get_type(link), ARTICLE_NODE_LINK);
    STR_EQ(article_node_get_href(link), "https://example.com/x");
    INT_EQ(article_node_get_type(child(link, 1)), ARTICLE_NODE_STRONG);
    INT_EQ(article_node_get_type(child(p, 5)), ARTICLE_NODE_CODE);
    article_doc_free(d);
}

static void test_sections(void)
{
    article_doc *d =
        read(BODY_OPEN PROSE "<h2>First <em>part</em></h2>" PROSE "<h3>Sub</h3>" PROSE
                             "<blockquote><h2>Not a section</h2></blockquote>" BODY_CLOSE,
             0);
    if (!d)
        return;
    article_node *root = article_doc_root(d);
    INT_EQ(count(root), 3);
    article_node *s1 = child(root, 1);
    INT_EQ(article_node_get_level(s1), 2);
    INT_EQ(article_node_get_type(child(s1, 0)), ARTICLE_NODE_HEADING);
    char buf[256];
    STR_EQ(text_of(child(s1, 0), buf, sizeof buf), "First part");
    INT_EQ(article_node_get_level(child(root, 2)), 3);
    /* The heading inside the quote is a paragraph of the quote. */
    article_node *q = child(child(root, 2), 2);
    INT_EQ(article_node_get_type(q), ARTICLE_NODE_QUOTE);
    INT_EQ(article_node_get_type(child(q, 0)), ARTICLE_NODE_PARAGRAPH);
    article_doc_free(d);
}

static void test_boilerplate(void)
{
    article_doc *d =
        read("<html><body><nav><a href=/>Home</a></nav><article>" PROSE
             "<div class=\"share-bar\">Share on Facebook</div>"
             "<div style=\"display: none\">hidden text</div>"
             "<div class=\"newsletter-signup\">Sign up now</div>"
             "<script>var x = 1;</script><form>Email <input></form>"
             "<aside>Sidebar</aside>" PROSE "<p>Read more: <a href=\"/other\">Another story</a></p>"
             "</article><footer>Copyright</footer></body></html>",
             0);
    if (!d)
        return;
    char buf[1024];
    text_of(article_doc_root(d), buf, sizeof buf);
    OK(strstr(buf, "prose") != NULL, "body lost: %s", buf);
    OK(!strstr(buf, "Share") && !strstr(buf, "hidden") && !strstr(buf, "Sign up") &&
           !strstr(buf, "var x") && !strstr(buf, "Email") && !strstr(buf, "Sidebar") &&
           !strstr(buf, "Home") && !strstr(buf, "Copyright") && !strstr(buf, "Read more"),
       "boilerplate kept: %s", buf);
    article_doc_free(d);
}

static void test_div_soup(void)
{
    article_doc *d = read(BODY_OPEN "<div>First line of text here<br><br>Second part of text"
                                    "<br>same paragraph</div>" PROSE BODY_CLOSE,
                          0);
    if (!d)
        return;
    article_node *sec = child(article_doc_root(d), 0);
    char buf[256];
    STR_EQ(text_of(child(sec, 0), buf, sizeof buf), "First line of text here");
    article_node *p2 = child(sec, 1);
    STR_EQ(text_of(p2, buf, sizeof buf), "Second part of textsame paragraph");
    INT_EQ(article_node_get_type(child(p2, 1)), ARTICLE_NODE_BREAK);
    article_doc_free(d);
}

static void test_quote(void)
{
    article_doc *d = read(BODY_OPEN PROSE "<blockquote cite=\"/src\"><p>To be or not.</p>"
                                          "<footer>Hamlet</footer></blockquote>"
                                          "<blockquote><p>Quoted words.</p><p>— A. Person</p>"
                                          "</blockquote>" BODY_CLOSE,
                          0);
    if (!d)
        return;
    article_node *sec = child(article_doc_root(d), 0);
    article_node *q = child(sec, 1);
    INT_EQ(article_node_get_type(q), ARTICLE_NODE_QUOTE);
    STR_EQ(article_node_get_string(q, ARTICLE_ATTR_CITE), "https://example.com/src");
    article_node *att = article_node_last_child(q);
    INT_EQ(article_node_get_type(att), ARTICLE_NODE_ATTRIBUTION);
    char buf[256];
    STR_EQ(text_of(att, buf, sizeof buf), "Hamlet");
    article_node *q2 = child(sec, 2);
    INT_EQ(count(q2), 2);
    STR_EQ(text_of(article_node_last_child(q2), buf, sizeof buf), "A. Person");
    article_doc_free(d);
}

static void test_figure(void)
{
    const char *html = BODY_OPEN PROSE
        "<figure><img src=\"data:image/gif;base64,R0l\" data-src=\"/big.jpg\" alt=\" A  cat \">"
        "<figcaption>A cat sits. <span class=\"credit\">Photo: Jo</span></figcaption></figure>"
        "<figure><picture><source srcset=\"/s.jpg 300w, /l.jpg 900w\"><img src=\"\"></picture>"
        "</figure>" PROSE BODY_CLOSE;
    article_doc *d = read(html, 0);
    if (!d)
        return;
    article_node *sec = child(article_doc_root(d), 0);
    article_node *f = child(sec, 1);
    INT_EQ(article_node_get_type(f), ARTICLE_NODE_FIGURE);
    STR_EQ(article_node_get_src(f), "https://example.com/big.jpg");
    STR_EQ(article_node_get_string(f, ARTICLE_ATTR_ALT), "A cat");
    STR_EQ(article_node_get_string(f, ARTICLE_ATTR_CREDIT), "Photo: Jo");
    char buf[256];
    STR_EQ(text_of(child(f, 0), buf, sizeof buf), "A cat sits.");
    STR_EQ(article_node_get_src(child(sec, 2)), "https://example.com/l.jpg");
    article_doc_free(d);
    d = read(html, ARTICLE_OPT_NO_IMAGES);
    if (d) {
        INT_EQ(count(child(article_doc_root(d), 0)), 2);
        article_doc_free(d);
    }
}

static void test_lists_tables_code(void)
{
    const char *html = BODY_OPEN PROSE
        "<ol><li>one<ul><li>inner</li></ul></li><li><p>two</p></li></ol>"
        "<table><caption>Data</caption><tr><th>Year</th><th>N</th></tr>"
        "<tr><td colspan=\"2\">2024</td></tr></table>"
        "<table><tr><td><p>Layout cell</p></td></tr></table>"
        "<pre><code class=\"language-c\">int  x;\n  y();</code></pre>"
        "<iframe src=\"https://www.youtube.com/embed/abc\" title=\"Video\"></iframe>"
        "<blockquote class=\"twitter-tweet\"><p>tweet</p><a "
        "href=\"https://twitter.com/u/status/1\">"
        "date</a></blockquote><hr>" BODY_CLOSE;
    article_doc *d = read(html, 0);
    if (!d)
        return;
    article_node *sec = child(article_doc_root(d), 0);
    article_node *l = child(sec, 1);
    INT_EQ(article_node_get_type(l), ARTICLE_NODE_LIST);
    INT_EQ(article_node_get_int(l, ARTICLE_ATTR_ORDERED), 1);
    INT_EQ(count(l), 2);
    article_node *inner = child(child(l, 0), 1);
    INT_EQ(article_node_get_type(inner), ARTICLE_NODE_LIST);
    article_node *t = child(sec, 2);
    INT_EQ(article_node_get_type(t), ARTICLE_NODE_TABLE);
    INT_EQ(article_node_get_type(child(t, 0)), ARTICLE_NODE_CAPTION);
    article_node *th = child(child(t, 1), 0);
    INT_EQ(article_node_get_int(th, ARTICLE_ATTR_HEADER), 1);
    INT_EQ(article_node_get_int(child(child(t, 2), 0), ARTICLE_ATTR_COLSPAN), 2);
    article_node *lay = child(sec, 3);
    INT_EQ(article_node_get_type(lay), ARTICLE_NODE_PARAGRAPH);
    article_node *code = child(sec, 4);
    INT_EQ(article_node_get_type(code), ARTICLE_NODE_CODE_BLOCK);
    STR_EQ(article_node_get_literal(code), "int  x;\n  y();");
    STR_EQ(article_node_get_string(code, ARTICLE_ATTR_LANGUAGE), "c");
    article_node *yt = child(sec, 5);
    INT_EQ(article_node_get_type(yt), ARTICLE_NODE_EMBED);
    STR_EQ(article_node_get_string(yt, ARTICLE_ATTR_PROVIDER), "youtube");
    article_node *tw = child(sec, 6);
    STR_EQ(article_node_get_url(tw), "https://twitter.com/u/status/1");
    STR_EQ(article_node_get_string(tw, ARTICLE_ATTR_PROVIDER), "twitter");
    INT_EQ(article_node_get_type(child(sec, 7)), ARTICLE_NODE_RULE);
    article_doc_free(d);
    d = read(html, ARTICLE_OPT_NO_TABLES);
    if (d) {
        article_node *s = child(article_doc_root(d), 0);
        for (article_node *b = article_node_first_child(s); b; b = article_node_next(b))
            OK(article_node_get_type(b) != ARTICLE_NODE_TABLE, "table kept with NO_TABLES");
        article_doc_free(d);
    }
}

static void test_main_content(void)
{
    /* Teasers and a link list beside the article stay out. */
    article_doc *d = read(
        "<html><body><div class=\"menu\"><ul><li><a href=/a>Politics</a></li>"
        "<li><a href=/b>Sport</a></li></ul></div><div id=\"wrap\"><div class=\"story\">" PROSE PROSE
            PROSE "</div><div class=\"more\"><h3><a href=/c>Other headline here</a></h3>"
        "<a href=/d>Another headline elsewhere</a></div></div></body></html>",
        0);
    if (!d)
        return;
    char buf[1024];
    text_of(article_doc_root(d), buf, sizeof buf);
    OK(strstr(buf, "prose") && !strstr(buf, "Politics") && !strstr(buf, "headline"),
       "wrong body: %s", buf);
    article_doc_free(d);
}

static char *nest(const char *open, const char *mid, const char *close, size_t n)
{
    size_t lo = strlen(open), lm = strlen(mid), lc = strlen(close);
    char *s = malloc(n * (lo + lc) + lm + 1);
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
    return s;
}

static void test_hostile(void)
{
    static const struct {
        const char *open, *close;
        size_t n;
    } cases[] = {
        {"<div>", "</div>", 1000000},
        {"<table><tr><td>", "</td></tr></table>", 100000},
        {"<blockquote>", "</blockquote>", 100000},
        {"<ul><li>", "</li></ul>", 100000},
        {"<em>", "</em>", 100000},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *s = nest(cases[i].open, PROSE, cases[i].close, cases[i].n);
        if (!s)
            continue;
        article_error err;
        article_doc *d = article_from_html(s, strlen(s), NULL, &err);
        OK(d != NULL || err.status == ARTICLE_ERR_LIMIT, "case %zu: %s", i, err.message);
        article_doc_free(d);
        free(s);
    }
}

/* The text of the whole body (every section). */
static const char *body_text(article_doc *d, char *out, size_t size)
{
    return text_of(article_doc_root(d), out, size);
}

#define LONG_PARA(x)                                                                               \
    "<p>" x " The council voted on Tuesday to extend the riverside park by two more "              \
    "kilometres, a plan residents had asked for since the flood, and work starts soon.</p>"

/* A teaser strip beside a short article: cards of a headline link and a
 * summary of prose. Their summaries must not pull the body up to the page. */
static void test_teasers(void)
{
    char page[8192];
    snprintf(
        page, sizeof page,
        "<html><body><div class=\"wrap\"><div class=\"main\">%s%s%s</div><div>"
        "%s%s%s%s</div></div></body></html>",
        LONG_PARA("One."), LONG_PARA("Two."), LONG_PARA("Three."),
        "<div class=\"c\"><h3><a href=\"/a\">Bus lines change on Monday in the north</a></h3>"
        "<div>Three bus lines take new routes from Monday while the tram tracks on the main "
        "avenue are replaced, the transport company said in a statement today.</div></div>",
        "<div class=\"c\"><h3><a href=\"/b\">The central library opens later on Sundays</a></h3>"
        "<div>From next month the central library stays open until nine in the evening on "
        "Saturdays and Sundays, after a survey of its readers asked for exactly that.</div></div>",
        "<div class=\"c\"><h3><a href=\"/c\">The Saturday market moves to the harbour</a></h3>"
        "<div>The Saturday market leaves the cathedral square for the old harbour in May, "
        "where there is room for twice as many stalls and for parking close by.</div></div>",
        "<div class=\"c\"><h3><a href=\"/d\">Solar panels for the roofs of twelve schools</a></h3>"
        "<div>Twelve schools get solar panels on their roofs this year, and the city hopes to "
        "cover a third of their electricity with them by the end of the decade.</div></div>");
    article_doc *d = read(page, 0);
    if (!d)
        return;
    char buf[4096];
    body_text(d, buf, sizeof buf);
    OK(strstr(buf, "Three.") != NULL, "article text lost: %s", buf);
    OK(strstr(buf, "bus lines") == NULL && strstr(buf, "library") == NULL,
       "teaser summaries kept: %s", buf);
    article_doc_free(d);
}

/* A weakly flagged box (class "tools") with a short paragraph inside the
 * article: dropped by default, kept with ARTICLE_OPT_RECALL. A wrapper
 * whose class says "sidebar" but that holds the article is kept. */
static void test_hints(void)
{
    const char *page = BODY_OPEN LONG_PARA("One.")
        LONG_PARA("Two.") "<div class=\"tools\"><p>Print this story or email it to a friend "
                          "today.</p></div>" LONG_PARA("Three.") BODY_CLOSE;
    char buf[4096];
    article_doc *d = read(page, 0);
    if (d) {
        OK(strstr(body_text(d, buf, sizeof buf), "Print this") == NULL, "weak box kept: %s", buf);
        article_doc_free(d);
    }
    d = read(page, ARTICLE_OPT_RECALL);
    if (d) {
        OK(strstr(body_text(d, buf, sizeof buf), "Print this") != NULL, "RECALL lost it: %s", buf);
        article_doc_free(d);
    }
    d = read(
        "<html><body><div class=\"page has-sidebar\">" LONG_PARA("One.") LONG_PARA(
            "Two.") "</div><div class=\"sidebar\"><a href=\"/x\">Popular</a></div></body></html>",
        0);
    if (d) {
        body_text(d, buf, sizeof buf);
        OK(strstr(buf, "One.") && strstr(buf, "Two."), "wrapper dropped: %s", buf);
        OK(strstr(buf, "Popular") == NULL, "sidebar kept: %s", buf);
        article_doc_free(d);
    }
}

/* Lines of the flow that are not article text (content3): a title h1
 * that differs from the title only in case and punctuation, a byline of
 * the page's author, interface labels, a pop-up full of prose. */
#define LONG_WORDS                                                                                 \
    "Lorem rules for readers: be kind, stay on topic, do not post spam or links, and know "        \
    "that moderators may remove any comment that breaks these rules without notice. "

static void test_flow_lines(void)
{
    char buf[4096];
    article_doc *d =
        read("<html><head><title>Rain, Again: A City Waits</title>"
             "<meta name=\"author\" content=\"Jane Doe\"></head><body><article>"
             "<h1>rain again - a city waits</h1><p>By Jane "
             "Doe</p><p>Close</p>" LONG_PARA("One.") "<p>Play video</p>" LONG_PARA(
                 "Two.") "<p>1947</p>"
                         "</article><div class=\"modal-window\"><p>" LONG_WORDS LONG_WORDS
                         "</p><p>" LONG_WORDS LONG_WORDS "</p><p>" LONG_WORDS LONG_WORDS
                         "</p></div></body></html>",
             0);
    if (d) {
        body_text(d, buf, sizeof buf);
        OK(strstr(buf, "rain again") == NULL, "title heading kept: %s", buf);
        OK(strstr(buf, "Jane Doe") == NULL, "byline kept: %s", buf);
        OK(strstr(buf, "Close") == NULL && strstr(buf, "Play video") == NULL, "UI labels kept: %s",
           buf);
        OK(strstr(buf, "1947") != NULL, "a year alone is text: %s", buf);
        OK(strstr(buf, "One.") && strstr(buf, "Two."), "article text lost: %s", buf);
        OK(strstr(buf, "Lorem") == NULL, "pop-up kept: %s", buf);
        article_doc_free(d);
    }
}

/* Marks in the flow that the model leaves out: a photo credit line
 * whose figure is elsewhere (rule photo_credits), a heading's "¶"
 * permalink (rule permalinks); and numbers that are no date: a rating or
 * a version alone above the prose is text, not a byline's date. */
static void test_flow_marks(void)
{
    char buf[4096];
    article_doc *d =
        read(BODY_OPEN "<p>8.7</p>" LONG_PARA(
                 "One.") "<p>Photo: Max Roe / Agency</p>"
                         "<h2>Details<a href=\"#details\">\xc2\xb6</a></h2>" LONG_PARA("Two.")
                             BODY_CLOSE,
             0);
    if (!d)
        return;
    body_text(d, buf, sizeof buf);
    OK(strstr(buf, "8.7") != NULL, "a rating alone is text, not a date: %s", buf);
    OK(strstr(buf, "Max Roe") == NULL, "photo credit line kept: %s", buf);
    OK(strstr(buf, "Details") != NULL && strstr(buf, "\xc2\xb6") == NULL,
       "heading permalink kept: %s", buf);
    OK(strstr(buf, "One.") && strstr(buf, "Two."), "article text lost: %s", buf);
    article_doc_free(d);
    /* A credit naming a picture agency as a part of its own, whatever it
     * opens with; a caption that ends with one, and a sentence naming
     * one, are text. */
    d = read(BODY_OPEN LONG_PARA("One.") "<p>Ann Lee/iStock/Getty Images</p>"
                                         "<p>\xc2\xa9 Reuters</p>"
                                         "<p>The old mill at dawn, seen from the bridge "
                                         "Ann Lee/Reuters</p>"
                                         "<p>Supports Unsplash</p>" LONG_PARA("Two.") BODY_CLOSE,
             0);
    if (!d)
        return;
    body_text(d, buf, sizeof buf);
    OK(strstr(buf, "iStock") == NULL && strstr(buf, "\xc2\xa9") == NULL, "agency credit kept: %s",
       buf);
    OK(strstr(buf, "old mill") != NULL && strstr(buf, "Supports Unsplash") != NULL,
       "a caption or a line naming an agency lost: %s", buf);
    article_doc_free(d);
    /* A teaser behind a bracket or an arrow (rule teaser_marks); the
     * writer's aside in parentheses is text. */
    d = read(BODY_OPEN LONG_PARA("One.") "<p>[Read more: <a href=\"/a\">A guide</a>]</p>"
                                         "<p>\xc2\xbb Related reading: Cars</p>"
                                         "<p>\xe2\x86\x92 Read more about courts</p>"
                                         "<p>(Related reading: the data types.)</p>" LONG_PARA(
                                             "Two.") BODY_CLOSE,
             0);
    if (!d)
        return;
    body_text(d, buf, sizeof buf);
    OK(strstr(buf, "A guide") == NULL && strstr(buf, "Cars") == NULL &&
           strstr(buf, "courts") == NULL,
       "marked teaser kept: %s", buf);
    OK(strstr(buf, "the data types") != NULL && strstr(buf, "One.") && strstr(buf, "Two."),
       "text lost: %s", buf);
    article_doc_free(d);
    /* A skip link to a place on the page goes (rule skip_links); a
     * sentence or a link elsewhere that says "skip to" stays. */
    d = read(BODY_OPEN "<p><a href=\"#main\">Skip to main content</a></p>" LONG_PARA(
                 "One.") "<p>Skip to step four if the glue has set.</p>"
                         "<p><a href=\"/tips\">Skip to the tips page</a></p>" LONG_PARA("Two.")
                             BODY_CLOSE,
             0);
    if (!d)
        return;
    body_text(d, buf, sizeof buf);
    OK(strstr(buf, "main content") == NULL, "skip link kept: %s", buf);
    OK(strstr(buf, "step four") != NULL && strstr(buf, "tips page") != NULL, "text lost: %s", buf);
    article_doc_free(d);
    /* A <video>'s or <audio>'s fallback text is for browsers that cannot
     * play it, between blocks as inside a paragraph. */
    d = read(BODY_OPEN LONG_PARA(
                 "One.") "<video src=\"/a.mp4\"><source src=\"/a.webm\">"
                         "Your browser does not support the video tag.</video>"
                         "<p>Hear it: <audio src=\"/a.mp3\">No audio here.</audio></p>" LONG_PARA(
                             "Two.") BODY_CLOSE,
             0);
    if (!d)
        return;
    body_text(d, buf, sizeof buf);
    OK(strstr(buf, "does not support") == NULL && strstr(buf, "No audio") == NULL,
       "media fallback kept: %s", buf);
    OK(strstr(buf, "Hear it") != NULL && strstr(buf, "Two.") != NULL, "text lost: %s", buf);
    article_doc_free(d);
}

/* A caption outside <figure> (div.photo > img + span.caption) becomes the
 * figure's caption; a loose image caption with no image is left out. */
static void test_loose_caption(void)
{
    article_doc *d =
        read(BODY_OPEN LONG_PARA(
                 "One.") "<div class=\"photo\"><img src=\"/a.jpg\" width=\"600\">"
                         "<span class=\"newsCaption\">The harbour at dawn</span></div>" LONG_PARA(
                             "Two.") "<div class=\"image-wrap\"><div class=\"placeholder\"></div>"
                                     "<div class=\"image-caption\">A lost "
                                     "picture</div></div>" BODY_CLOSE,
             0);
    if (!d)
        return;
    char buf[4096];
    article_node *sec = child(article_doc_root(d), 0);
    article_node *fig = child(sec, 1);
    INT_EQ(article_node_get_type(fig), ARTICLE_NODE_FIGURE);
    article_node *cap = child(fig, 0);
    OK(cap && article_node_get_type(cap) == ARTICLE_NODE_CAPTION, "no caption on the figure");
    if (cap)
        STR_EQ(text_of(cap, buf, sizeof buf), "The harbour at dawn");
    INT_EQ(count(sec), 3);
    OK(strstr(body_text(d, buf, sizeof buf), "A lost picture") == NULL, "loose caption kept: %s",
       buf);
    article_doc_free(d);
}

/* Pull quotes: a quote whose whole text repeats a body sentence is left
 * out (plain, curly-quoted, or a div.pullquote); a real quotation stays;
 * the writer's own pages keep everything. */
#define PQ_PARA                                                                                    \
    "<p>The mayor spoke at length. We will not let the river decide where this city ends, "        \
    "she said, and the crowd cheered for a long time.</p>"

static void test_pull_quotes(void)
{
    char buf[4096];
    article_doc *d = read(BODY_OPEN PROSE PQ_PARA
                          "<blockquote><p>We will NOT let the river decide where this city "
                          "ends</p></blockquote>" PROSE BODY_CLOSE,
                          0);
    if (d) {
        body_text(d, buf, sizeof buf);
        OK(strstr(buf, "NOT let") == NULL, "pull quote kept: %s", buf);
        OK(strstr(buf, "not let the river") != NULL, "paragraph lost: %s", buf);
        article_doc_free(d);
    }
    d = read(BODY_OPEN PROSE PQ_PARA
             "<div class=\"c-pull-quote\"><p>\xe2\x80\x9cWe will not let the river decide "
             "where this city ends\xe2\x80\xa6\xe2\x80\x9d</p></div>" PROSE BODY_CLOSE,
             0);
    if (d) {
        body_text(d, buf, sizeof buf);
        OK(strstr(buf, "\xe2\x80\x9cWe") == NULL, "curly pull quote kept: %s", buf);
        article_doc_free(d);
    }
    d = read(BODY_OPEN PROSE PQ_PARA
             "<blockquote><p>A river is a road that nobody paved, and it goes where it wants."
             "</p></blockquote>" PROSE BODY_CLOSE,
             0);
    if (d) {
        body_text(d, buf, sizeof buf);
        OK(strstr(buf, "nobody paved") != NULL, "real quotation dropped: %s", buf);
        article_doc_free(d);
    }
    d = read("<html><head><meta name=\"generator\" content=\"libarticle 1.0\"><title>T</title>"
             "</head><body><article><section>" PROSE PQ_PARA
             "<blockquote><p>We will not let the river decide where this city ends</p>"
             "</blockquote></section></article></body></html>",
             0);
    if (d) {
        article_node *sec = child(article_doc_root(d), 0);
        OK(article_node_get_type(article_node_last_child(sec)) == ARTICLE_NODE_QUOTE,
           "own page lost its quote");
        article_doc_free(d);
    }
}

/* A product page (page_column.c): the description is the run of prose
 * the scorer finds, but the price, the options and the specifications
 * beside it in the main column, in boxes whose class is only weakly
 * flagged ("meta", "card"), are the page's content too; its navigation
 * and footer are not. */
static void test_product_column(void)
{
    char buf[4096];
    article_doc *d = read(
        "<html><head><title>Oak Desk</title>"
        "<meta property=\"og:type\" content=\"product\">"
        "<script type=\"application/ld+json\">{\"@type\": \"Product\", \"name\": \"Oak "
        "Desk\"}</script></head><body>"
        "<nav><a href=\"/\">Home</a> <a href=\"/desks\">All desks</a></nav>"
        "<main><h1>Oak Desk</h1><div class=\"product-meta\"><span class=\"price\">$399.00</span>"
        "<button>Add to cart</button><ul><li>Solid oak top, oiled</li><li>Width 140 cm, depth "
        "70 cm</li><li>Steel legs in black</li></ul></div>"
        "<div class=\"description\"><p>A desk built to last a working life: the top is cut from "
        "one board of European oak, oiled by hand, and the frame is welded steel that never "
        "wobbles.</p><p>It arrives flat in one box and goes together in ten minutes with the "
        "key in the box; every part can be ordered again if one is ever lost.</p></div>"
        "<div class=\"card\"><h2>Delivery</h2><p>Free delivery in five working days.</p></div>"
        "</main><footer><p>Shop Ltd, 1 High Street</p></footer></body></html>",
        0);
    if (d) {
        body_text(d, buf, sizeof buf);
        OK(strstr(buf, "European oak") != NULL, "description lost: %s", buf);
        OK(strstr(buf, "Width 140 cm") != NULL && strstr(buf, "$399.00") != NULL,
           "specifications or price lost: %s", buf);
        OK(strstr(buf, "Free delivery") != NULL, "delivery box lost: %s", buf);
        OK(strstr(buf, "All desks") == NULL && strstr(buf, "High Street") == NULL,
           "navigation or footer kept: %s", buf);
        OK(article_doc_page_type(d) == ARTICLE_PAGE_PRODUCT, "page type %d",
           (int)article_doc_page_type(d));
        article_doc_free(d);
    }
}

/* A product page that folds its description and specifications into an
 * accordion (panels.c, rule collapsed_panels): each closed button
 * (aria-expanded="false") is followed by its panel, hidden until opened.
 * The column keeps the panels; a folded menu of links, and a hidden
 * panel with no toggle before it, stay out. */
/* A documentation page that marks no main column (rule headline_column):
 * the column is the smallest element around its headline and the body
 * found, so a header of plain <div> menus and a chapter list beside the
 * column stay out. */
static void test_headline_column(void)
{
    char buf[4096];
    article_doc *d = read(
        "<html><head><title>Install the tool</title>"
        "<script type=\"application/ld+json\">{\"@type\": \"TechArticle\", \"headline\": "
        "\"Install the tool\"}</script></head><body>"
        "<div class=\"top\"><div><a href=\"/docs\">Docs</a></div><div><a href=\"/api\">API "
        "reference</a></div><div><a href=\"/pricing\">Pricing plans</a></div></div>"
        "<div class=\"layout\"><div class=\"chapters\"><div><a href=\"/c1\">1. Getting "
        "going</a></div><div><a href=\"/c2\">2. Branching out</a></div><div><a "
        "href=\"/c3\">3. Working with remotes</a></div></div>"
        "<div class=\"page\"><h1>Install the tool</h1><div class=\"intro\"><p>Version 2.1 "
        "of the tool</p></div><div class=\"text\">"
        "<p>The tool ships as one binary for every platform, and installing it takes a minute: "
        "download it, put it on your path, and run it once to check.</p>"
        "<pre><code>curl -O https://example.com/tool &amp;&amp; chmod +x tool</code></pre>"
        "<p>On a shared machine, install it for your user only, so that it never needs root "
        "and updates never touch the system.</p></div></div></div></body></html>",
        0);
    if (d) {
        body_text(d, buf, sizeof buf);
        OK(strstr(buf, "one binary") != NULL && strstr(buf, "shared machine") != NULL,
           "body lost: %s", buf);
        OK(strstr(buf, "Version 2.1") != NULL, "the column's introduction lost: %s", buf);
        OK(strstr(buf, "Branching out") == NULL && strstr(buf, "Pricing plans") == NULL,
           "menu or chapter list kept: %s", buf);
        article_doc_free(d);
    }
}

static void test_collapsed_panels(void)
{
    char buf[4096];
    article_doc *d =
        read("<html><head><title>Fire Pit</title>"
             "<meta property=\"og:type\" content=\"product\"></head><body>"
             "<main><h1>Fire Pit</h1><span class=\"price\">$299.00</span>"
             "<button>Add to cart</button>"
             "<p>Our warmest fire pit yet, with a cone that lights the fire in seconds and a low "
             "body that throws the heat out to everyone around it on a cold evening.</p>"
             "<div class=\"menu\"><button aria-expanded=\"false\">Shop</button>"
             "<div style=\"display:none\"><a href=\"/pits\">All fire pits</a> "
             "<a href=\"/grills\">All grills</a></div></div>"
             "<div><h3><button aria-expanded=\"false\">Description</button></h3>"
             "<div style=\"display: none\"><div role=\"region\"><p>The double wall draws air "
             "in below and burns the smoke off above.</p></div></div></div>"
             "<div><button aria-expanded=\"false\">Dimensions</button>"
             "<div hidden><ul><li>Height: 39 cm</li><li>Weight: 16 kg</li></ul></div></div>"
             "<div style=\"display:none\"><p>Sign up for our newsletter today.</p></div>"
             "</main></body></html>",
             0);
    if (d) {
        body_text(d, buf, sizeof buf);
        OK(strstr(buf, "warmest fire pit") != NULL, "description lost: %s", buf);
        OK(strstr(buf, "double wall") != NULL, "folded description lost: %s", buf);
        OK(strstr(buf, "Height: 39 cm") != NULL, "folded specifications lost: %s", buf);
        OK(strstr(buf, "All grills") == NULL, "folded menu kept: %s", buf);
        OK(strstr(buf, "newsletter") == NULL, "hidden block kept: %s", buf);
        article_doc_free(d);
    }
}

/* A listing that shows no mark of its kind (no schema.org type, no
 * price): a topic page's headline cards under one line of introduction.
 * The scorer keeps the introduction; the body as read holds no paragraph
 * of 150 characters, so the listing's column is the body (rule
 * bare_listings). */
#define BARE_CARD(h, s)                                                                            \
    "<div class=\"card\"><h3><a href=\"/news/" h "\">" h "</a></h3><p>" s "</p></div>"

static void test_bare_listing(void)
{
    char buf[4096];
    article_doc *d = read(
        "<html><head><title>Harbour news</title></head><body>"
        "<nav><a href=\"/\">Home</a> <a href=\"/sport\">Sport</a></nav>"
        "<h1>Harbour news</h1><p>Stay up to date with the latest from the harbour.</p>"
        "<div class=\"cards\">" BARE_CARD("Ferry times change in May",
                                          "The summer timetable adds two evening crossings.")
            BARE_CARD("New crane for the container quay",
                      "The crane arrives by sea and works from June.")
                BARE_CARD("Fish market reopens after the repairs",
                          "Stalls open again at six on weekdays.")
                    BARE_CARD("Harbour master retires after thirty years",
                              "A party on the pier is planned for Friday.")
                        BARE_CARD("Dredging starts at the old basin",
                                  "Boats moor at the east wall for two weeks.")
                            BARE_CARD(
                                "Sailing school opens its season",
                                "Courses for children start on Saturday.") "</div>"
                                                                           "<footer><p>Harbour "
                                                                           "Times, 2 Quay "
                                                                           "Street</p></footer></"
                                                                           "body></html>",
        0);
    if (d) {
        body_text(d, buf, sizeof buf);
        OK(strstr(buf, "Stay up to date") != NULL, "introduction lost: %s", buf);
        OK(strstr(buf, "Ferry times") != NULL && strstr(buf, "Sailing school") != NULL,
           "listing items lost: %s", buf);
        OK(strstr(buf, "Quay Street") == NULL && strstr(buf, "Sport") == NULL,
           "navigation or footer kept: %s", buf);
        article_doc_free(d);
    }
}

/* Content shipped twice (repeats.c): a page laying its article out for
 * small and for large screens holds it twice; the copy goes. A passage
 * said again in a longer article (a product's features under two
 * models), and one paragraph said three times over, stay. */
#define RR1 "<p>The ferry leaves the north quay at seven and crosses in forty minutes.</p>"
#define RR2 "<p>Tickets are sold on board, and children under five travel for free.</p>"
#define RR3 "<p>In winter the first crossing waits for the ice breaker to clear the lane.</p>"
#define RR4 "<p>Bicycles ride on the car deck, and dogs are welcome on the upper deck.</p>"

static int occurrences(const char *hay, const char *needle)
{
    int n = 0;
    for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle))
        n++;
    return n;
}

static void test_repeated_runs(void)
{
    char buf[4096];
    article_doc *d =
        read(BODY_OPEN "<div class=\"wide\">" RR1 RR2 RR3 RR4
                       "</div><div class=\"narrow\">" RR1 RR2 RR3 RR4 "</div>" BODY_CLOSE,
             0);
    if (d) {
        body_text(d, buf, sizeof buf);
        OK(occurrences(buf, "north quay") == 1 && occurrences(buf, "upper deck") == 1,
           "copy kept or article lost: %s", buf);
        article_doc_free(d);
    }
    d = read(BODY_OPEN RR1 RR2 RR3 RR4 PROSE PQ_PARA
             "<p>A second boat joins the line in summer, and it stops at the island.</p>"
             "<p>Its timetable is printed on the back of the ticket, as the first one is.</p>"
             "<p>Summer tickets are valid on both boats for the whole of the day.</p>" RR1 RR2 RR3
                 BODY_CLOSE,
             0);
    if (d) {
        body_text(d, buf, sizeof buf);
        OK(occurrences(buf, "north quay") == 2, "a passage said again was dropped: %s", buf);
        article_doc_free(d);
    }
    d = read(BODY_OPEN RR1 RR1 RR1 RR1 BODY_CLOSE, 0);
    if (d) {
        body_text(d, buf, sizeof buf);
        OK(occurrences(buf, "north quay") == 4, "a repeated paragraph was dropped: %s", buf);
        article_doc_free(d);
    }
}

/* A preview before its full text (previews.c): the first paragraphs of
 * a post, the last cut where the box folds, then the whole post. The
 * preview goes, the whole text stays; one paragraph said over, a
 * paragraph and a heading said three times, and a short line opening
 * the next paragraph stay. */
#define PV_CUT "<p>In winter the first crossing waits for the ice breaker to cle\xE2\x80\xA6</p>"

static void test_previews(void)
{
    char buf[4096];
    article_doc *d =
        read(BODY_OPEN "<div class=\"preview\">" RR1 RR2 PV_CUT
                       "</div><div class=\"full\">" RR1 RR2 RR3 RR4 "</div>" BODY_CLOSE,
             0);
    if (d) {
        body_text(d, buf, sizeof buf);
        OK(occurrences(buf, "north quay") == 1 && occurrences(buf, "ice breaker") == 1 &&
               occurrences(buf, "upper deck") == 1,
           "preview kept or post lost: %s", buf);
        article_doc_free(d);
    }
    d = read(BODY_OPEN PROSE RR1 RR2 RR1 RR2 "<p>The end of the timetable.</p>" BODY_CLOSE, 0);
    if (d) {
        body_text(d, buf, sizeof buf);
        OK(occurrences(buf, "north quay") == 1, "an uncut preview was kept: %s", buf);
        article_doc_free(d);
    }
    d = read(BODY_OPEN RR1 "<h2>Timetable</h2>" RR1 "<h2>Timetable</h2>" RR1 BODY_CLOSE, 0);
    if (d) {
        body_text(d, buf, sizeof buf);
        OK(occurrences(buf, "north quay") == 3, "a pattern said over was taken for a preview: %s",
           buf);
        article_doc_free(d);
    }
    d = read(BODY_OPEN PROSE "<p>The ferry leaves the north quay</p>" RR1 BODY_CLOSE, 0);
    if (d) {
        body_text(d, buf, sizeof buf);
        OK(occurrences(buf, "north quay") == 2, "a short opening line was dropped: %s", buf);
        article_doc_free(d);
    }
}

/* Paragraphs in the document's tree. */
static int paragraphs(const article_doc *d)
{
    int k = 0;
    article_iter *it = article_iter_new(article_doc_root(d));
    article_event ev;
    while (it && (ev = article_iter_next(it)) != ARTICLE_EVENT_DONE)
        k += ev == ARTICLE_EVENT_ENTER &&
             article_node_get_type(article_iter_get_node(it)) == ARTICLE_NODE_PARAGRAPH;
    article_iter_free(it);
    return k;
}

/* A long article shipped twice: the copy is one run of thousands of
 * blocks (its distinct texts once counted pairwise, quadratic in the
 * run), and it goes whole. */
static void test_repeated_long_run(void)
{
    enum { N = 4000 };
    size_t cap = 2 * N * 96 + 256, len = 0;
    char *html = malloc(cap);
    OK(html != NULL, "out of memory");
    if (!html)
        return;
    len += (size_t)snprintf(html + len, cap - len, "%s", BODY_OPEN);
    for (int copy = 0; copy < 2; copy++)
        for (int i = 0; i < N; i++)
            len += (size_t)snprintf(html + len, cap - len,
                                    "<p>Paragraph %d of the harbour's long report, "
                                    "told once and shipped twice.</p>",
                                    i);
    len += (size_t)snprintf(html + len, cap - len, "%s", BODY_CLOSE);
    OK(len < cap, "page truncated");
    article_doc *d = read(html, 0);
    if (d) {
        OK(paragraphs(d) == N, "%d paragraphs, not %d", paragraphs(d), N);
        article_doc_free(d);
    }
    free(html);
}

/* The writer's box after the article (author_box.c): a name line of the
 * page's author, a bio, an avatar, with no class that says so. A bio set
 * as the article's last paragraph stays, and so does a box with the
 * article still to come after it. */
#define AUTHOR_HEAD                                                                                \
    "<html><head><title>T</title><meta name=\"author\" content=\"Jane Doe\"></head><body>"         \
    "<article>"
#define AUTHOR_BOX                                                                                 \
    "<div class=\"w1\"><img src=\"/jane.jpg\" alt=\"Jane Doe\"><div><a href=\"/people/jane\">"     \
    "Jane Doe</a><div>Staff Writer</div></div><p>Jane covers the council and the river for "       \
    "the paper, and has lived by the water since 2009.</p></div>"

static void test_author_box(void)
{
    char buf[8192];
    article_doc *d = read(AUTHOR_HEAD LONG_PARA("One.") LONG_PARA("Two.") LONG_PARA("Three.")
                              LONG_PARA("Four.") AUTHOR_BOX BODY_CLOSE,
                          0);
    if (d) {
        body_text(d, buf, sizeof buf);
        OK(strstr(buf, "Jane covers") == NULL && strstr(buf, "Staff Writer") == NULL,
           "author box kept: %s", buf);
        OK(strstr(buf, "One.") && strstr(buf, "Four."), "article text lost: %s", buf);
        article_doc_free(d);
    }
    d = read(AUTHOR_HEAD LONG_PARA("One.") LONG_PARA("Two.") LONG_PARA("Three.")
                 LONG_PARA("Four.") "<p>Jane Doe covers the council for the paper.</p>" BODY_CLOSE,
             0);
    if (d) {
        OK(strstr(body_text(d, buf, sizeof buf), "Jane Doe covers") != NULL,
           "closing bio paragraph lost: %s", buf);
        article_doc_free(d);
    }
    d = read(AUTHOR_HEAD LONG_PARA("One.") LONG_PARA("Two.") LONG_PARA("Three.")
                 AUTHOR_BOX LONG_PARA("Four.") LONG_PARA("Five.") BODY_CLOSE,
             0);
    if (d) {
        OK(strstr(body_text(d, buf, sizeof buf), "Jane covers") != NULL,
           "box inside the article lost: %s", buf);
        article_doc_free(d);
    }
}

/* Content shipped out of sight (deferred.c): a streaming renderer's
 * hidden segment, and a thread in <noscript>, each holding more text
 * than the visible page, are the page; a small hidden menu stays out. */
static void test_deferred_content(void)
{
    char buf[8192];
    article_doc *d = read("<html><head><title>T</title></head><body><div>Loading…</div>"
                          "<div hidden id=\"S:0\"><article>" LONG_PARA("One.") LONG_PARA("Two.")
                              LONG_PARA("Three.") LONG_PARA("Four.") "</article></div>"
                                                                     "</body></html>",
                          0);
    if (d) {
        OK(strstr(body_text(d, buf, sizeof buf), "Three.") != NULL, "hidden segment not read: %s",
           buf);
        article_doc_free(d);
    }
    d = read("<html><head><title>T</title></head><body><div id=\"app\"></div><noscript>"
             "<div class=\"thread\">" LONG_PARA("One.") LONG_PARA("Two.") LONG_PARA("Three.")
                 LONG_PARA("Four.") "</div></noscript></body></html>",
             0);
    if (d) {
        OK(strstr(body_text(d, buf, sizeof buf), "Two.") != NULL, "noscript page not read: %s",
           buf);
        article_doc_free(d);
    }
    d = read(BODY_OPEN LONG_PARA("One.")
                 LONG_PARA("Two.") "<div hidden><ul><li>Home</li>"
                                   "<li>Sections</li></ul></div>" BODY_CLOSE,
             0);
    if (d) {
        OK(strstr(body_text(d, buf, sizeof buf), "Sections") == NULL, "hidden menu read: %s", buf);
        article_doc_free(d);
    }
}

/* Boxes of prose inside the body (score.c, boxed_prose): a page builder's
 * weakly flagged "widget" around a paragraph between the body's prose is
 * the body's; the same box after all the prose, or a <header>, is not
 * kept for being boxed. */
static void test_boxed_prose(void)
{
    char buf[8192];
    article_doc *d =
        read(BODY_OPEN LONG_PARA("One.") "<div class=\"widget\"><span>Boxed middle. The mayor "
                                         "said the park would open in spring, after the last "
                                         "of the flood walls is finished by the crews.</span>"
                                         "</div>" LONG_PARA("Two.") LONG_PARA("Three.") BODY_CLOSE,
             0);
    if (d) {
        body_text(d, buf, sizeof buf);
        OK(strstr(buf, "Boxed middle.") != NULL, "boxed paragraph between the prose lost: %s", buf);
        OK(strstr(buf, "One.") && strstr(buf, "Three."), "article text lost: %s", buf);
        article_doc_free(d);
    }
    d = read(
        BODY_OPEN LONG_PARA("One.") LONG_PARA("Two.") LONG_PARA(
            "Three.") "<div class=\"widget\"><span>Boxed after. Sign up for our weekly letter on "
                      "the city, its parks and its council, sent each Friday to your inbox.</span>"
                      "</div>" BODY_CLOSE,
        0);
    if (d) {
        OK(strstr(body_text(d, buf, sizeof buf), "Boxed after.") == NULL,
           "box after all the prose kept: %s", buf);
        article_doc_free(d);
    }
    d = read(BODY_OPEN LONG_PARA(
                 "One.") "<header class=\"widget\"><span>Boxed header. The "
                         "graphic below shows the flood walls as planned, by "
                         "district, with the work done so far.</span></header>" LONG_PARA("Two.")
                             LONG_PARA("Three.") BODY_CLOSE,
             0);
    if (d) {
        OK(strstr(body_text(d, buf, sizeof buf), "Boxed header.") == NULL,
           "weakly flagged <header> kept: %s", buf);
        article_doc_free(d);
    }
}

/* A short article beside a news feed (score.c, linked_surplus): the feed
 * opens its newest item as prose, so it scores as prose, but a third of
 * it is headline links; the article's own box is the body, not the
 * column around both. */
static void test_linked_surplus(void)
{
    char buf[8192];
    article_doc *d = read(
        "<html><head><title>T</title></head><body><div class=\"page\"><div "
        "class=\"story\">" LONG_PARA("One.") LONG_PARA("Two.") LONG_PARA("Three.")
            LONG_PARA("Four.") "</div><div class=\"feed\"><div>Feed item. The city will build "
                               "three hundred flats along the railway, the councillors agreed "
                               "on Monday after a long debate, and the first tenants move in "
                               "within four years of the start.</div><div>Second item. Police "
                               "closed the ring road for six hours on Sunday after a lorry lost "
                               "its load of gravel near the airport exit, and drivers waited in "
                               "long queues.</div><div><a href=\"/a\">Mayor opens the new bridge "
                               "over the river at last</a></div><div><a href=\"/b\">Strikes close "
                               "three schools in the north of the city today</a></div><div><a "
                               "href=\"/c\">The weekend weather brings snow to the hills and rain "
                               "below</a></div><div><a href=\"/d\">A new tram line for the east "
                               "of the city is planned</a></div></div></div></body></html>",
        0);
    if (d) {
        body_text(d, buf, sizeof buf);
        OK(strstr(buf, "Feed item.") == NULL, "news feed beside the article kept: %s", buf);
        OK(strstr(buf, "One.") && strstr(buf, "Four."), "article text lost: %s", buf);
        article_doc_free(d);
    }
}

/* Links to the site's own pages closing an article (link_sections.c,
 * link_tail): a heading and four or more blocks that are each one link to
 * example.com go; the same links to other sites (sources) stay. */
static void test_link_tail(void)
{
    char buf[8192];
#define OWN_LINKS(host)                                                                            \
    "<h2>Costs in other cities</h2><ul><li><a href=\"https://" host "/a\">Costs in Austin "        \
    "Texas</a></li><li><a href=\"https://" host "/b\">Costs in Boston Massachusetts</a></li>"      \
    "<li><a href=\"https://" host                                                                  \
    "/c\">Costs in Denver Colorado</a></li><li><a href=\"https://" host                            \
    "/d\">Costs in Tulsa Oklahoma</a></li></ul>"
    article_doc *d = read(BODY_OPEN LONG_PARA("One.") LONG_PARA("Two.") LONG_PARA("Three.")
                              OWN_LINKS("www.example.com") BODY_CLOSE,
                          0);
    if (d) {
        body_text(d, buf, sizeof buf);
        OK(strstr(buf, "Austin") == NULL && strstr(buf, "other cities") == NULL,
           "the site's own links after the article kept: %s", buf);
        OK(strstr(buf, "One.") && strstr(buf, "Three."), "article text lost: %s", buf);
        article_doc_free(d);
    }
    d = read(BODY_OPEN LONG_PARA("One.") LONG_PARA("Two.") LONG_PARA("Three.")
                 OWN_LINKS("census.example.org") BODY_CLOSE,
             0);
    if (d) {
        OK(strstr(body_text(d, buf, sizeof buf), "Tulsa") != NULL, "links to sources lost: %s",
           buf);
        article_doc_free(d);
    }
#undef OWN_LINKS
}

int main(void)
{
    test_inlines();
    test_sections();
    test_boilerplate();
    test_div_soup();
    test_quote();
    test_figure();
    test_lists_tables_code();
    test_main_content();
    test_hostile();
    test_teasers();
    test_hints();
    test_flow_lines();
    test_flow_marks();
    test_bare_listing();
    test_loose_caption();
    test_pull_quotes();
    test_product_column();
    test_headline_column();
    test_collapsed_panels();
    test_repeated_runs();
    test_repeated_long_run();
    test_previews();
    test_author_box();
    test_deferred_content();
    test_boxed_prose();
    test_linked_surplus();
    test_link_tail();
    return harness_done("test_content");
}
