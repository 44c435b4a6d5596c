/* Related links and comments in the HTML reader: WordPress threads with a
 * reply form and an Akismet notice, a lazy-loaded "You may also like"
 * block, both on one page (the body keeps none of it), the seed article's
 * round trip through HTML, the NO_RELATED / NO_COMMENTS options and a
 * 10,000-deep reply chain. */
#include "harness.h"

#include <article/article.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PAGE_URL "https://blog.example.org/2025/08/the-story/"

/* MARK: - Pages */

static const char wp_body[] =
    "<article class=\"post\"><h1 class=\"entry-title\">The story</h1>"
    "<div class=\"entry-content\">"
    "<p>The council met on Tuesday to discuss the bridge, which has been closed since the"
    " spring floods damaged two of its piers beyond repair.</p>"
    "<p>Engineers told the meeting that a replacement would take at least three years to"
    " build, and that a temporary crossing could open by the winter.</p>"
    "<p>Residents asked for a ferry in the meantime. Related: <a href=\"/2025/07/ferry\">The"
    " ferry question</a></p>"
    "</div></article>\n";

static const char wp_comments[] =
    "<div id=\"comments\" class=\"comments-area\">"
    "<h2 class=\"comments-title\">3 thoughts on &ldquo;The story&rdquo;</h2>"
    "<ol class=\"comment-list\">"
    "<li id=\"comment-41\" class=\"comment even thread-even depth-1 parent\">"
    "<article id=\"div-comment-41\" class=\"comment-body\">"
    "<footer class=\"comment-meta\"><div class=\"comment-author vcard\">"
    "<img alt=\"\" src=\"/avatar.png\" class=\"avatar\" height=\"32\" width=\"32\">"
    "<b class=\"fn\"><a href=\"https://sam.example.net/\" rel=\"external nofollow ugc\" "
    "class=\"url\">Sam</a></b> <span class=\"says\">says:</span></div>"
    "<div class=\"comment-metadata\"><a href=\"#comment-41\"><time "
    "datetime=\"2025-08-07T09:12:00+00:00\">August 7, 2025 at 9:12 am</time></a>"
    "<span class=\"edit-link\"><a class=\"comment-edit-link\" href=\"/edit\">Edit</a></span>"
    "</div></footer>"
    "<div class=\"comment-content\"><p>Progress would be welcome, but <em>deadlines</em>"
    " have come and gone before.</p></div>"
    "<div class=\"reply\"><a rel=\"nofollow\" class=\"comment-reply-link\" "
    "href=\"#respond\">Reply</a></div></article>"
    "<ol class=\"children\">"
    "<li id=\"comment-42\" class=\"comment odd alt depth-2\">"
    "<article id=\"div-comment-42\" class=\"comment-body\">"
    "<footer class=\"comment-meta\"><div class=\"comment-author vcard\">"
    "<b class=\"fn\">Alex</b> <span class=\"says\">says:</span></div>"
    "<div class=\"comment-metadata\"><a href=\"#comment-42\"><time "
    "datetime=\"2025-08-07T10:03:00+00:00\">August 7, 2025 at 10:03 am</time></a></div>"
    "</footer><div class=\"comment-content\"><p>Agreed. Let us see what happens.</p></div>"
    "<div class=\"reply\"><a class=\"comment-reply-link\" href=\"#respond\">Reply</a></div>"
    "</article></li></ol></li>"
    "<li id=\"li-comment-43\" class=\"comment byuser depth-1\">"
    "<div class=\"comment-author vcard\"><cite class=\"fn\">Jo</cite> says:</div>"
    "<div class=\"comment-meta\"><a href=\"#comment-43\">August 8, 2025</a></div>"
    "<p>No date attribute here.</p><div class=\"reply\">Reply</div></li>"
    "</ol>"
    "<div class=\"nav-links\"><a href=\"?cpage=2\">Older comments</a></div>"
    "<div id=\"respond\" class=\"comment-respond\"><h3 id=\"reply-title\" "
    "class=\"comment-reply-title\">Leave a Reply</h3>"
    "<form action=\"/wp-comments-post.php\" method=\"post\" id=\"commentform\" "
    "class=\"comment-form\"><p class=\"comment-notes\">Your email address will not be"
    " published.</p><textarea name=\"comment\"></textarea>"
    "<p class=\"akismet_comment_form_privacy_notice\">This site uses Akismet to reduce"
    " spam. Learn how your comment data is processed.</p></form></div>"
    "</div>\n";

static const char related_block[] =
    "<div class=\"jp-relatedposts\" id=\"jp-relatedposts\">"
    "<h3 class=\"jp-relatedposts-headline\"><em>You may also like</em></h3>"
    "<ul>"
    "<li><a href=\"/2025/07/ferry-service-returns\"><img "
    "src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" data-src=\"/img/ferry.jpg\" "
    "alt=\"The old ferry\" width=\"350\" height=\"200\"></a>"
    "<h4><a href=\"/2025/07/ferry-service-returns\">Ferry service returns after ten"
    " years</a></h4><p>The town's ferry is back, for the summer at least, say officials.</p>"
    "</li>"
    "<li><a href=\"https://blog.example.org/2025/06/bridge-inspection\"><img "
    "src=\"/img/blank.gif\" data-lazy-src=\"/img/bridge.jpg\" alt=\"\">"
    "Inspectors find cracks in the bridge piers</a></li>"
    "<li><a href=\"/2025/05/flood-season\">What the flood season means for us</a></li>"
    "<li><a href=\"/2025/07/ferry-service-returns\">Ferry service returns after ten"
    " years</a></li>"
    "</ul></div>\n";

static const char nav_and_footer[] =
    "<nav class=\"related-menu\"><h2>Related</h2><ul><li><a href=\"/news\">News</a></li>"
    "<li><a href=\"/sport\">Sport</a></li></ul></nav>"
    "<footer><h3>More from Example Blog</h3><ul><li><a href=\"/about\">About</a></li>"
    "<li><a href=\"/contact\">Contact us</a></li><li><a href=\"/privacy\">Privacy</a></li>"
    "</ul><div class=\"tags related-tags\"><a href=\"/tag/bridge\">bridge</a> "
    "<a href=\"/tag/council\">council</a></div></footer>\n";

static char *page(const char *const *parts, size_t n)
{
    size_t len = 64;
    for (size_t i = 0; i < n; i++)
        len += strlen(parts[i]);
    char *s = malloc(len + 64);
    if (!s)
        exit(2);
    strcpy(s, "<!DOCTYPE html><html><head><title>The story</title></head><body>");
    for (size_t i = 0; i < n; i++)
        strcat(s, parts[i]);
    strcat(s, "</body></html>");
    return s;
}

static article_doc *read_page(const char *html, unsigned flags)
{
    article_options o;
    article_options_init(&o);
    o.url = PAGE_URL;
    o.flags = flags;
    article_error err;
    article_doc *doc = article_from_html(html, strlen(html), &o, &err);
    OK(doc != NULL, "from_html: %s", err.message);
    return doc;
}

/* MARK: - Model helpers */

static size_t count_type(const article_doc *doc, article_node_type t)
{
    size_t n = 0;
    for (article_node *c = article_node_first_child(article_doc_root(doc)); c;
         c = article_node_next(c))
        n += article_node_get_type(c) == t;
    return n;
}

static article_node *nth_of(const article_doc *doc, article_node_type t, size_t i)
{
    for (article_node *c = article_node_first_child(article_doc_root(doc)); c;
         c = article_node_next(c))
        if (article_node_get_type(c) == t && i-- == 0)
            return c;
    return NULL;
}

/* The text of the body's sections only (plain-text writer on a copy
 * without related links and comments would need a copy; walk instead). */
static char *body_text(const article_doc *doc)
{
    size_t cap = 1 << 16, len = 0;
    char *s = calloc(1, cap);
    if (!s)
        exit(2);
    for (article_node *sec = article_node_first_child(article_doc_root(doc)); sec;
         sec = article_node_next(sec)) {
        if (article_node_get_type(sec) != ARTICLE_NODE_SECTION)
            continue;
        article_iter *it = article_iter_new(sec);
        article_event ev;
        while (it && (ev = article_iter_next(it)) != ARTICLE_EVENT_DONE) {
            article_node *n = article_iter_get_node(it);
            if (ev != ARTICLE_EVENT_ENTER || article_node_get_type(n) != ARTICLE_NODE_TEXT)
                continue;
            const char *t = article_node_get_literal(n);
            size_t tl = strlen(t);
            if (len + tl + 2 >= cap)
                continue;
            memcpy(s + len, t, tl);
            len += tl;
            s[len++] = ' ';
        }
        article_iter_free(it);
    }
    s[len] = '\0';
    return s;
}

/* The concatenated text of a comment's own blocks (not its replies). */
static char *comment_text(const article_node *c)
{
    static char buf[1024];
    size_t len = 0;
    buf[0] = '\0';
    for (article_node *b = article_node_first_child(c); b; b = article_node_next(b)) {
        if (article_node_get_type(b) == ARTICLE_NODE_COMMENT)
            continue;
        article_iter *it = article_iter_new(b);
        article_event ev;
        while (it && (ev = article_iter_next(it)) != ARTICLE_EVENT_DONE) {
            article_node *n = article_iter_get_node(it);
            if (ev == ARTICLE_EVENT_ENTER && article_node_get_type(n) == ARTICLE_NODE_TEXT) {
                const char *t = article_node_get_literal(n);
                size_t tl = strlen(t);
                if (len + tl + 1 < sizeof buf) {
                    memcpy(buf + len, t, tl);
                    len += tl;
                    buf[len] = '\0';
                }
            }
        }
        article_iter_free(it);
    }
    return buf;
}

static size_t reply_count(const article_node *c)
{
    size_t n = 0;
    for (article_node *k = article_node_first_child(c); k; k = article_node_next(k))
        n += article_node_get_type(k) == ARTICLE_NODE_COMMENT;
    return n;
}

static const char *const junk_words[] = {
    "Leave a Reply",
    "Akismet",
    "says:",
    "thoughts on",
    "Older comments",
    "Reply",
    "You may also like",
    "Ferry service returns",
    "Inspectors find",
    "Progress would",
    "No date attribute",
};

static void body_has_none(const article_doc *doc)
{
    char *body = body_text(doc);
    OK(strstr(body, "temporary crossing") != NULL, "body lost its text: %s", body);
    for (size_t i = 0; i < sizeof junk_words / sizeof *junk_words; i++)
        OK(strstr(body, junk_words[i]) == NULL, "body has \"%s\": %s", junk_words[i], body);
    free(body);
}

/* MARK: - Tests */

static void test_wordpress_comments(void)
{
    const char *parts[] = {wp_body, wp_comments};
    char *html = page(parts, 2);
    article_doc *doc = read_page(html, 0);
    if (doc) {
        INT_EQ(count_type(doc, ARTICLE_NODE_COMMENT), 2);
        article_node *c = nth_of(doc, ARTICLE_NODE_COMMENT, 0);
        if (c) {
            STR_EQ(article_node_get_string(c, ARTICLE_ATTR_ID), "comment-41");
            STR_EQ(article_node_get_string(c, ARTICLE_ATTR_AUTHOR), "Sam");
            STR_EQ(article_node_get_string(c, ARTICLE_ATTR_AUTHOR_URL), "https://sam.example.net/");
            STR_EQ(article_node_get_string(c, ARTICLE_ATTR_PUBLISHED), "2025-08-07T09:12:00+00:00");
            STR_EQ(comment_text(c), "Progress would be welcome, but deadlines have come and "
                                    "gone before.");
            INT_EQ(reply_count(c), 1);
            article_node *r = article_node_last_child(c);
            OK(r && article_node_get_type(r) == ARTICLE_NODE_COMMENT, "no reply");
            if (r) {
                STR_EQ(article_node_get_string(r, ARTICLE_ATTR_ID), "comment-42");
                STR_EQ(article_node_get_string(r, ARTICLE_ATTR_AUTHOR), "Alex");
                OK(article_node_get_string(r, ARTICLE_ATTR_AUTHOR_URL) == NULL, "reply url");
                STR_EQ(comment_text(r), "Agreed. Let us see what happens.");
            }
        }
        article_node *c2 = nth_of(doc, ARTICLE_NODE_COMMENT, 1);
        if (c2) {
            STR_EQ(article_node_get_string(c2, ARTICLE_ATTR_ID), "comment-43");
            STR_EQ(article_node_get_string(c2, ARTICLE_ATTR_AUTHOR), "Jo");
            /* A visible date only: left out rather than guessed. */
            OK(article_node_get_string(c2, ARTICLE_ATTR_PUBLISHED) == NULL, "guessed a date");
            STR_EQ(comment_text(c2), "No date attribute here.");
            INT_EQ(reply_count(c2), 0);
        }
        INT_EQ(count_type(doc, ARTICLE_NODE_RELATED), 0);
        body_has_none(doc);
    }
    article_doc_free(doc);
    free(html);
}

static void test_related_block(void)
{
    const char *parts[] = {wp_body, related_block, nav_and_footer};
    char *html = page(parts, 3);
    article_doc *doc = read_page(html, 0);
    if (doc) {
        /* The repeated ferry link counts once; nav, footer, tags: none. */
        INT_EQ(count_type(doc, ARTICLE_NODE_RELATED), 3);
        article_node *r = nth_of(doc, ARTICLE_NODE_RELATED, 0);
        if (r) {
            STR_EQ(article_node_get_title(r), "Ferry service returns after ten years");
            STR_EQ(article_node_get_url(r),
                   "https://blog.example.org/2025/07/ferry-service-returns");
            STR_EQ(article_node_get_src(r), "https://blog.example.org/img/ferry.jpg");
            STR_EQ(article_node_get_string(r, ARTICLE_ATTR_ALT), "The old ferry");
            INT_EQ(article_node_get_int(r, ARTICLE_ATTR_WIDTH), 350);
            INT_EQ(article_node_get_int(r, ARTICLE_ATTR_HEIGHT), 200);
            STR_EQ(article_node_get_string(r, ARTICLE_ATTR_SUMMARY),
                   "The town's ferry is back, for the summer at least, say officials.");
        }
        r = nth_of(doc, ARTICLE_NODE_RELATED, 1);
        if (r) {
            STR_EQ(article_node_get_title(r), "Inspectors find cracks in the bridge piers");
            STR_EQ(article_node_get_src(r), "https://blog.example.org/img/bridge.jpg");
            OK(article_node_get_string(r, ARTICLE_ATTR_ALT) == NULL, "empty alt kept");
            OK(article_node_get_string(r, ARTICLE_ATTR_SUMMARY) == NULL, "summary invented");
        }
        r = nth_of(doc, ARTICLE_NODE_RELATED, 2);
        if (r) {
            STR_EQ(article_node_get_url(r), "https://blog.example.org/2025/05/flood-season");
            OK(article_node_get_src(r) == NULL, "image invented");
        }
        /* The inline teaser in a paragraph is the body's business. */
        for (size_t i = 0; i < 3; i++) {
            r = nth_of(doc, ARTICLE_NODE_RELATED, i);
            OK(r && strcmp(article_node_get_url(r), "https://blog.example.org/2025/07/ferry") != 0,
               "took a teaser");
        }
        body_has_none(doc);
    }
    article_doc_free(doc);
    free(html);
}

static void test_both(void)
{
    const char *parts[] = {wp_body, related_block, wp_comments, nav_and_footer};
    char *html = page(parts, 4);
    article_doc *doc = read_page(html, 0);
    if (doc) {
        INT_EQ(count_type(doc, ARTICLE_NODE_RELATED), 3);
        INT_EQ(count_type(doc, ARTICLE_NODE_COMMENT), 2);
        body_has_none(doc);
    }
    article_doc_free(doc);
    /* The options take them out of the page and add nothing. */
    doc = read_page(html, ARTICLE_OPT_NO_RELATED);
    if (doc) {
        INT_EQ(count_type(doc, ARTICLE_NODE_RELATED), 0);
        INT_EQ(count_type(doc, ARTICLE_NODE_COMMENT), 2);
        body_has_none(doc);
    }
    article_doc_free(doc);
    doc = read_page(html, ARTICLE_OPT_NO_COMMENTS);
    if (doc) {
        INT_EQ(count_type(doc, ARTICLE_NODE_RELATED), 3);
        INT_EQ(count_type(doc, ARTICLE_NODE_COMMENT), 0);
        body_has_none(doc);
    }
    article_doc_free(doc);
    doc = read_page(html, ARTICLE_OPT_NO_COMMENTS | ARTICLE_OPT_NO_RELATED);
    if (doc) {
        INT_EQ(count_type(doc, ARTICLE_NODE_RELATED), 0);
        INT_EQ(count_type(doc, ARTICLE_NODE_COMMENT), 0);
        body_has_none(doc);
    }
    article_doc_free(doc);
    free(html);
}

static void test_microdata(void)
{
    static const char html[] =
        "<html><body><article><p>The body of the story, long enough to be a body for the"
        " reader to find when it looks for one.</p></article>"
        "<div class=\"user-comments\"><div itemprop=\"comment\" itemscope "
        "itemtype=\"https://schema.org/Comment\" id=\"c7\"><span itemprop=\"author\" "
        "itemscope itemtype=\"https://schema.org/Person\"><span itemprop=\"name\">Kim"
        "</span></span><meta itemprop=\"dateCreated\" content=\"2024-01-02T03:04:05Z\">"
        "<div itemprop=\"text\"><p>First!</p></div></div></div></body></html>";
    article_doc *doc = read_page(html, 0);
    if (doc) {
        INT_EQ(count_type(doc, ARTICLE_NODE_COMMENT), 1);
        article_node *c = nth_of(doc, ARTICLE_NODE_COMMENT, 0);
        if (c) {
            STR_EQ(article_node_get_string(c, ARTICLE_ATTR_ID), "c7");
            STR_EQ(article_node_get_string(c, ARTICLE_ATTR_AUTHOR), "Kim");
            STR_EQ(article_node_get_string(c, ARTICLE_ATTR_PUBLISHED), "2024-01-02T03:04:05Z");
            STR_EQ(comment_text(c), "First!");
        }
        char *body = body_text(doc);
        OK(strstr(body, "First!") == NULL, "comment in body: %s", body);
        free(body);
    }
    article_doc_free(doc);
}

/* The JSON from "related" to the end: related links, then comments. */
static const char *tail_of(const char *json)
{
    const char *p = strstr(json, "\"related\":");
    return p ? p : "";
}

static void test_seed_round_trip(void)
{
    size_t len;
    char *text = harness_read_file(ARTICLE_SOURCE_DIR "/examples/seed-article.json", &len);
    OK(text != NULL, "cannot read the seed article");
    if (!text)
        return;
    article_error err;
    article_doc *m = article_from_json(text, len, NULL, &err);
    OK(m != NULL, "from_json: %s", err.message);
    for (unsigned mode = 0; m && mode < 2; mode++) {
        article_options o;
        article_options_init(&o);
        o.flags = mode ? ARTICLE_OPT_FRAGMENT : 0;
        size_t hlen;
        char *html = article_to_html(m, &o, &hlen, &err);
        OK(html != NULL, "to_html: %s", err.message);
        article_doc *back = html ? article_from_html(html, hlen, NULL, &err) : NULL;
        OK(back != NULL, "from_html: %s", err.message);
        char *want = article_to_json(m, NULL, NULL, &err);
        char *got = back ? article_to_json(back, NULL, NULL, &err) : NULL;
        OK(want && got, "to_json failed");
        if (want && got) {
            OK(strstr(want, "\"comments\":") != NULL, "the seed has no comments");
            STR_EQ(tail_of(got), tail_of(want));
        }
        article_free(want);
        article_free(got);
        article_doc_free(back);
        article_free(html);
    }
    article_doc_free(m);
    free(text);
}

static void test_deep_thread(void)
{
    const size_t depth = 10000;
    const char open[] = "<li class=\"comment\"><p>reply</p><ol class=\"children\">";
    const char close[] = "</ol></li>";
    size_t cap = 200 + depth * (sizeof open + sizeof close);
    char *html = malloc(cap);
    if (!html)
        exit(2);
    size_t len = (size_t)sprintf(html, "<html><body><p>Body text of the page.</p>"
                                       "<div id=\"comments\"><ol class=\"comment-list\">");
    for (size_t i = 0; i < depth; i++) {
        memcpy(html + len, open, sizeof open - 1);
        len += sizeof open - 1;
    }
    for (size_t i = 0; i < depth; i++) {
        memcpy(html + len, close, sizeof close - 1);
        len += sizeof close - 1;
    }
    len += (size_t)sprintf(html + len, "</ol></div></body></html>");
    article_error err;
    article_doc *doc = article_from_html(html, len, NULL, &err);
    OK(doc != NULL, "deep thread: %s", err.message);
    if (doc) {
        INT_EQ(count_type(doc, ARTICLE_NODE_COMMENT), 1);
        /* However deep libxml2 lets it be, the chain is a chain. */
        size_t deep = 0;
        for (article_node *c = nth_of(doc, ARTICLE_NODE_COMMENT, 0); c;
             c = article_node_last_child(c)) {
            if (article_node_get_type(c) != ARTICLE_NODE_COMMENT)
                break;
            deep++;
        }
        OK(deep >= 100, "only %zu levels", deep);
        char *body = body_text(doc);
        OK(strstr(body, "reply") == NULL, "replies in the body");
        free(body);
    }
    article_doc_free(doc);
    free(html);
}

int main(void)
{
    test_wordpress_comments();
    test_related_block();
    test_both();
    test_microdata();
    test_seed_round_trip();
    test_deep_thread();
    return harness_done("test_related_comments");
}
