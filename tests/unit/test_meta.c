/* The HTML reader's metadata stage, through the public API: dates,
 * bylines, JSON-LD shapes, OpenGraph and <meta> fallbacks, the title
 * cleaner, languages, images, and the writer's own pages read back to the
 * identical metadata. */
#include "harness.h"

#include <article/article.h>

static article_doc *read_page(const char *html, const char *url)
{
    article_options opts;
    article_options_init(&opts);
    opts.url = url;
    article_error err;
    article_doc *doc = article_from_html(html, strlen(html), &opts, &err);
    OK(doc != NULL, "page refused: %s", err.message);
    return doc;
}

static const char *field(article_doc *doc, article_field f)
{
    const char *v = doc ? article_doc_get(doc, f) : NULL;
    return v ? v : "(absent)";
}

/* MARK: - Dates */

static void date_case(const char *raw, const char *want, int line)
{
    char page[512];
    snprintf(page, sizeof page,
             "<html><head><meta property=\"article:published_time\" content=\"%s\">"
             "</head><body></body></html>",
             raw);
    article_doc *doc = read_page(page, NULL);
    const char *got = doc ? article_doc_get(doc, ARTICLE_FIELD_PUBLISHED) : NULL;
    if (want)
        OK(got && strcmp(got, want) == 0, "line %d: \"%s\" gave \"%s\", want \"%s\"", line, raw,
           got ? got : "(absent)", want);
    else
        OK(got == NULL, "line %d: \"%s\" gave \"%s\", want nothing", line, raw, got);
    article_doc_free(doc);
}

#define DATE(raw, want) date_case(raw, want, __LINE__)

static void test_dates(void)
{
    DATE("2019-11-19T10:00:00.000Z", "2019-11-19T10:00:00Z");
    DATE("2019-11-19T10:00:00.250Z", "2019-11-19T10:00:00.250Z");
    /* HTML's datetime takes 1 to 3 digits of fraction: cut to milliseconds. */
    DATE("2017-11-24T18:42:20.314667", "2017-11-24T18:42:20.314");
    DATE("2017-11-24T18:42:20.000999Z", "2017-11-24T18:42:20Z");
    DATE("2017-11-24T18:42:20.5", "2017-11-24T18:42:20.5");
    DATE("2019-11-19 10:00:00", "2019-11-19T10:00:00");
    DATE("2019-11-19T10:00:00+00:00", "2019-11-19T10:00:00+00:00");
    DATE("2019-11-19T10:00:00+0100", "2019-11-19T10:00:00+01:00");
    DATE("2019-11-19T10:00-05:00", "2019-11-19T10:00:00-05:00");
    DATE("2019-11-19", "2019-11-19");
    DATE("2019/11/19", "2019-11-19");
    DATE("Tue, 19 Nov 2019 10:00:00 GMT", "2019-11-19T10:00:00Z");
    DATE("Tue, 19 Nov 2019 10:00:00 +0200", "2019-11-19T10:00:00+02:00");
    DATE("November 19, 2019", "2019-11-19");
    DATE("Nov. 19, 2019 at 3:15 p.m. EST", "2019-11-19T15:15:00-05:00");
    DATE("19 November 2019", "2019-11-19");
    DATE("Tuesday, November 19th, 2019", "2019-11-19");
    DATE("  2020-02-29  ", "2020-02-29");
    DATE("2019-02-29", NULL);
    DATE("2019-13-01", NULL);
    DATE("yesterday", NULL);
    DATE("", NULL);
}

/* MARK: - Bylines and authors */

static void authors_are(article_doc *doc, const char *const *want, size_t n, int line)
{
    size_t got = doc ? article_doc_author_count(doc) : 0;
    OK(got == n, "line %d: %zu authors, want %zu (first: %s)", line, got, n,
       got ? article_doc_author_name(doc, 0) : "-");
    for (size_t i = 0; i < n && i < got; i++)
        OK(strcmp(article_doc_author_name(doc, i), want[i]) == 0,
           "line %d: author %zu is \"%s\", want \"%s\"", line, i, article_doc_author_name(doc, i),
           want[i]);
}

static void byline_case(const char *body, const char *const *want, size_t n, int line)
{
    char page[1024];
    snprintf(page, sizeof page,
             "<html><body><article><h1>T</h1>%s<p>Text.</p></article>"
             "</body></html>",
             body);
    article_doc *doc = read_page(page, "https://example.com/a/b");
    authors_are(doc, want, n, line);
    article_doc_free(doc);
}

#define BYLINE(body, ...)                                                                          \
    do {                                                                                           \
        static const char *const want_[] = {__VA_ARGS__};                                          \
        byline_case(body, want_, sizeof want_ / sizeof want_[0], __LINE__);                        \
    } while (0)

static void test_bylines(void)
{
    BYLINE("<p class=\"byline\">By Jane Doe and Sam Roe</p>", "Jane Doe", "Sam Roe");
    BYLINE("<div class=\"byline\">By Jane Doe, Sam Roe and Ann Lee</div>", "Jane Doe", "Sam Roe",
           "Ann Lee");
    BYLINE("<span class=\"author\">by JANE DOE | Nov 19, 2019</span>", "JANE DOE");
    BYLINE("<p class=\"byline\">By Jane Doe and jane doe</p>", "Jane Doe");
    BYLINE("<div class=\"article-author\">Written by: Jane Doe, Staff Writer</div>", "Jane Doe");
    BYLINE("<p>By <a rel=\"author\" href=\"/people/jane\">Jane Doe</a></p>", "Jane Doe");
    BYLINE("<div class=\"byline\">By Nathan Willis March 25, 2015</div>", "Nathan Willis");
    BYLINE("<span class=\"author\">Martin Untersinger (avec Damien Leloup et Morgane Tual)</span>",
           "Martin Untersinger", "Damien Leloup", "Morgane Tual");
    /* After a name: its title and affiliation, its wire, its e-mail. */
    BYLINE("<div class=\"byline\">By <a href=\"/jd\">Jane Doe</a>, Senior Director, Content "
           "&amp; Marketing, Acme and Beta Institute</div>",
           "Jane Doe");
    BYLINE("<p class=\"byline\">By Jane Doe, Reuters</p>", "Jane Doe");
    BYLINE("<p class=\"byline\">By JANE DOE Associated Press</p>", "JANE DOE");
    BYLINE("<p class=\"byline\">By Reuters</p>", "Reuters");
    BYLINE("<p class=\"byline\">By Jane Doe jane@example.com</p>", "Jane Doe");
    BYLINE("<p class=\"byline\">By Jane Doe (jane@example.com)</p>", "Jane Doe");
    BYLINE("<p class=\"byline\">Text: Hans M\xc3\xbcller</p>", "Hans M\xc3\xbcller");
    /* A user name in parentheses is the same person. */
    BYLINE("<span class=\"author\">Jane Doe (jdoe_42)</span>", "Jane Doe");
    BYLINE("<span class=\"author\">Jane Doe (Sam Roe)</span>", "Jane Doe", "Sam Roe");
    BYLINE("<div id=\"authorization\"><a>Sign In</a></div><p class=\"byline\">Par Ana Lee</p>",
           "Ana Lee");
    BYLINE("<div itemprop=\"author\" itemscope><span itemprop=\"name\">Jane Doe</span>"
           "<span itemprop=\"name\">Sam Roe</span></div>",
           "Jane Doe", "Sam Roe");
    /* Each name marked: the words between them, in any language, do not
     * matter (the HTML writer's bylines in French, Chinese, Arabic). */
    BYLINE("<p class=\"byline\">Par <span class=\"author\">Jean Dupont</span>, <span "
           "class=\"author\">Marie Curie</span> et <a rel=\"author\" href=\"/u\">Anne Roe</a></p>",
           "Jean Dupont", "Marie Curie", "Anne Roe");
    BYLINE("<p class=\"byline\">\xe4\xbd\x9c\xe8\x80\x85\xef\xbc\x9a<span class=\"author\">"
           "\xe5\xbc\xa0\xe4\xb8\x89</span>\xe5\x92\x8c<span class=\"author\">\xe6\x9d\x8e"
           "\xe5\x9b\x9b</span></p>",
           "\xe5\xbc\xa0\xe4\xb8\x89", "\xe6\x9d\x8e\xe5\x9b\x9b");
    BYLINE("<p class=\"byline\"><span lang=\"en\">By </span><span class=\"author\">A Lee</span>"
           "<span lang=\"en\"> and </span><span class=\"author\">Bo Roe</span></p>",
           "A Lee", "Bo Roe");
    /* A name left unmarked: the text is split as before. */
    BYLINE("<p class=\"byline\">By <a rel=\"author\" href=\"/j\">Jane Doe</a> and Sam Roe</p>",
           "Jane Doe", "Sam Roe");

    /* rel=author gives the author's URL, resolved. */
    article_doc *doc = read_page("<html><head><meta name=\"author\" content=\"Jane Doe\"></head>"
                                 "<body><a rel=\"author\" href=\"/people/jane\">Jane Doe</a>"
                                 "</body></html>",
                                 "https://example.com/a/b");
    STR_EQ(doc ? article_doc_author_url(doc, 0) : NULL, "https://example.com/people/jane");
    article_doc_free(doc);

    /* URLs and emails are not names; the next source is used. */
    doc = read_page("<html><head><meta property=\"article:author\" "
                    "content=\"https://www.facebook.com/janedoe\">"
                    "<meta name=\"author\" content=\"jane@example.com\">"
                    "<meta name=\"parsely-author\" content=\"Jane Doe\"></head></html>",
                    NULL);
    static const char *const jane[] = {"Jane Doe"};
    authors_are(doc, jane, 1, __LINE__);
    article_doc_free(doc);

    /* A domain is not a name. */
    doc = read_page("<html><head><meta name=\"author\" content=\"blog.example.com\"></head>"
                    "</html>",
                    NULL);
    INT_EQ(doc ? article_doc_author_count(doc) : 99, 0);
    article_doc_free(doc);

    /* A comment's author is not the article's. */
    doc = read_page("<html><body><article><p>Text</p></article><div class=\"comments\">"
                    "<div class=\"comment-author\">Troll</div></div></body></html>",
                    NULL);
    INT_EQ(doc ? article_doc_author_count(doc) : 99, 0);
    article_doc_free(doc);
}

/* MARK: - JSON-LD */

static void test_jsonld(void)
{
    static const char *const jane_only[] = {"Jane Doe"};
    /* @graph, @type as an array, author objects with URLs, publisher,
     * keywords as a string, image as an object, nested breadcrumb. */
    article_doc *doc = read_page(
        "<html lang=\"en\"><head><title>Wrong | Site</title>"
        "<meta property=\"og:title\" content=\"OG title\">"
        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
        "{\"@type\":\"WebPage\",\"name\":\"Page name\",\"url\":\"https://example.com/page\","
        "\"breadcrumb\":{\"@type\":\"BreadcrumbList\",\"itemListElement\":["
        "{\"@type\":\"ListItem\",\"position\":2,\"name\":\"World\",\"item\":{\"@id\":\"/world/\"}},"
        "{\"@type\":\"ListItem\",\"position\":1,\"name\":\"Home\","
        "\"item\":\"https://example.com/\"}]}},"
        "{\"@type\":[\"CreativeWork\",\"NewsArticle\"],\"headline\":\"The  real\\nheadline\","
        "\"alternativeHeadline\":\"Sub\",\"description\":\"Desc &amp; more\","
        "\"url\":\"/news/1\",\"datePublished\":\"2019-11-19T10:00:00.000Z\","
        "\"dateModified\":\"2019-11-20\",\"inLanguage\":\"en-GB\","
        "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\",\"url\":\"/people/jane\"},"
        "{\"@type\":\"Person\",\"name\":\"Sam Roe\"}],"
        "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Example News\"},"
        "\"keywords\":\"Ukraine, Russia,  Talks \","
        "\"image\":{\"@type\":\"ImageObject\",\"url\":\"/lead.jpg\",\"width\":1200,"
        "\"height\":\"800\",\"caption\":\"A lead\"}}]}</script></head><body></body></html>",
        "https://example.com/x");
    STR_EQ(field(doc, ARTICLE_FIELD_TITLE), "The real headline");
    STR_EQ(field(doc, ARTICLE_FIELD_SUBTITLE), "Sub");
    STR_EQ(field(doc, ARTICLE_FIELD_SUMMARY), "Desc & more");
    STR_EQ(field(doc, ARTICLE_FIELD_URL), "https://example.com/news/1");
    STR_EQ(field(doc, ARTICLE_FIELD_PUBLISHED), "2019-11-19T10:00:00Z");
    STR_EQ(field(doc, ARTICLE_FIELD_MODIFIED), "2019-11-20");
    STR_EQ(field(doc, ARTICLE_FIELD_LANGUAGE), "en"); /* <html lang> first */
    STR_EQ(field(doc, ARTICLE_FIELD_SITE_NAME), "Example News");
    static const char *const two[] = {"Jane Doe", "Sam Roe"};
    authors_are(doc, two, 2, __LINE__);
    STR_EQ(doc ? article_doc_author_url(doc, 0) : NULL, "https://example.com/people/jane");
    OK(doc && article_doc_author_url(doc, 1) == NULL, "Sam Roe has a URL");
    INT_EQ(doc ? article_doc_tag_count(doc) : 0, 3);
    STR_EQ(doc ? article_doc_tag(doc, 2) : NULL, "Talks");
    INT_EQ(doc ? article_doc_breadcrumb_count(doc) : 0, 2);
    STR_EQ(doc ? article_doc_breadcrumb_name(doc, 0) : NULL, "Home");
    STR_EQ(doc ? article_doc_breadcrumb_url(doc, 1) : NULL, "https://example.com/world/");
    STR_EQ(doc ? article_doc_image_src(doc) : NULL, "https://example.com/lead.jpg");
    STR_EQ(doc ? article_doc_image_alt(doc) : NULL, "A lead");
    INT_EQ(doc ? article_doc_image_width(doc) : 0, 1200);
    INT_EQ(doc ? article_doc_image_height(doc) : 0, 800);
    article_doc_free(doc);

    /* A top-level array, CDATA, a raw newline in a string, author as a
     * string, image as an array, a standalone BreadcrumbList. */
    doc = read_page("<html><head><script type=\"application/ld+json\">//<![CDATA[\n"
                    "[{\"@type\":\"BreadcrumbList\",\"itemListElement\":[{\"@type\":\"ListItem\","
                    "\"position\":1,\"name\":\"Tech\",\"item\":\"https://example.com/tech\"}]},"
                    "{\"@type\":\"BlogPosting\",\"headline\":\"Two\nlines\","
                    "\"author\":\"By Jane Doe and Sam Roe\",\"keywords\":[\"a\",\"b\"],"
                    "\"image\":[\"https://example.com/1.jpg\",\"https://example.com/2.jpg\"]}]\n"
                    "//]]></script></head></html>",
                    NULL);
    STR_EQ(field(doc, ARTICLE_FIELD_TITLE), "Two lines");
    authors_are(doc, two, 2, __LINE__);
    STR_EQ(doc ? article_doc_breadcrumb_name(doc, 0) : NULL, "Tech");
    STR_EQ(doc ? article_doc_image_src(doc) : NULL, "https://example.com/1.jpg");
    INT_EQ(doc ? article_doc_tag_count(doc) : 0, 2);
    article_doc_free(doc);

    /* Yoast's @graph: author, publisher and image by "@id". */
    doc = read_page("<html><head><script type=\"application/ld+json\">{\"@graph\":["
                    "{\"@type\":\"Article\",\"headline\":\"H\",\"author\":{\"@id\":\"#p1\"},"
                    "\"publisher\":{\"@id\":\"#org\"},\"image\":{\"@id\":\"#img\"}},"
                    "{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"Jane Doe\","
                    "\"url\":\"https://example.com/jane\"},"
                    "{\"@type\":\"Organization\",\"@id\":\"#org\",\"name\":\"Org News\"},"
                    "{\"@type\":\"ImageObject\",\"@id\":\"#img\","
                    "\"url\":\"https://example.com/i.jpg\"}"
                    "]}</script></head></html>",
                    NULL);
    authors_are(doc, jane_only, 1, __LINE__);
    STR_EQ(doc ? article_doc_author_url(doc, 0) : NULL, "https://example.com/jane");
    STR_EQ(field(doc, ARTICLE_FIELD_SITE_NAME), "Org News");
    STR_EQ(doc ? article_doc_image_src(doc) : NULL, "https://example.com/i.jpg");
    article_doc_free(doc);

    /* Broken JSON-LD is ignored: OpenGraph fills in. */
    doc = read_page("<html><head><script type=\"application/ld+json\">{\"@type\":\"Article\","
                    "\"headline\": oops}</script><meta property=\"og:title\" content=\"OG\">"
                    "<meta property=\"og:site_name\" content=\"Site\">"
                    "<meta property=\"og:image\" content=\"/i.png\">"
                    "<meta property=\"og:image:width\" content=\"640\">"
                    "<meta property=\"og:image:height\" content=\"480\">"
                    "<meta property=\"og:image:alt\" content=\"Alt\">"
                    "<meta property=\"og:locale\" content=\"en_GB\">"
                    "<meta property=\"article:tag\" content=\"One\">"
                    "<meta property=\"article:tag\" content=\"Two\">"
                    "<meta name=\"keywords\" content=\"x, y\">"
                    "<link rel=\"canonical\" href=\"/canon\"></head></html>",
                    "https://example.com/dir/page");
    STR_EQ(field(doc, ARTICLE_FIELD_TITLE), "OG");
    STR_EQ(field(doc, ARTICLE_FIELD_LANGUAGE), "en-GB");
    STR_EQ(field(doc, ARTICLE_FIELD_URL), "https://example.com/canon");
    STR_EQ(doc ? article_doc_image_src(doc) : NULL, "https://example.com/i.png");
    INT_EQ(doc ? article_doc_image_width(doc) : 0, 640);
    STR_EQ(doc ? article_doc_image_alt(doc) : NULL, "Alt");
    INT_EQ(doc ? article_doc_tag_count(doc) : 0, 2);
    STR_EQ(doc ? article_doc_tag(doc, 1) : NULL, "Two");
    article_doc_free(doc);

    /* A breadcrumb trail in the markup, when JSON-LD has none. */
    doc = read_page("<html><body><nav aria-label=\"breadcrumb\"><ol>"
                    "<li><a href=\"/\">Home &gt;</a></li><li>/</li>"
                    "<li><a href=\"/world/\"> World </a></li><li>Ukraine</li></ol></nav>"
                    "<div class=\"breadcrumbs\"><a href=\"/x\">Not this</a></div></body></html>",
                    "https://example.com/world/a");
    INT_EQ(doc ? article_doc_breadcrumb_count(doc) : 0, 3);
    STR_EQ(doc ? article_doc_breadcrumb_name(doc, 1) : NULL, "World");
    STR_EQ(doc ? article_doc_breadcrumb_url(doc, 1) : NULL, "https://example.com/world/");
    OK(doc && article_doc_breadcrumb_url(doc, 2) == NULL, "last crumb has a URL");
    STR_EQ(doc ? article_doc_breadcrumb_name(doc, 0) : NULL, "Home");
    article_doc_free(doc);
    doc = read_page("<html><body><ul class=\"breadcrumb\"><li><a href=\"https://x.com/s\">"
                    "Facebook</a></li><li><a href=\"mailto:?body=x\">Email me</a></li></ul>"
                    "</body></html>",
                    NULL);
    INT_EQ(doc ? article_doc_breadcrumb_count(doc) : 99, 0);
    article_doc_free(doc);

    /* A WebPage alone is a weaker source than OpenGraph. */
    doc = read_page("<html><head><meta property=\"og:title\" content=\"OG wins\">"
                    "<script type=\"application/ld+json\">{\"@type\":\"WebPage\","
                    "\"name\":\"Page\",\"datePublished\":\"2020-01-02\"}</script></head></html>",
                    NULL);
    STR_EQ(field(doc, ARTICLE_FIELD_TITLE), "OG wins");
    STR_EQ(field(doc, ARTICLE_FIELD_PUBLISHED), "2020-01-02");
    article_doc_free(doc);
}

/* MARK: - Title, language, dates in markup */

static void title_case(const char *head, const char *body, const char *want, int line)
{
    char page[1024];
    snprintf(page, sizeof page, "<html><head>%s</head><body>%s</body></html>", head, body);
    article_doc *doc = read_page(page, NULL);
    const char *got = field(doc, ARTICLE_FIELD_TITLE);
    OK(strcmp(got, want) == 0, "line %d: title \"%s\", want \"%s\"", line, got, want);
    article_doc_free(doc);
}

#define TITLE(head, body, want) title_case(head, body, want, __LINE__)

static void test_titles(void)
{
    TITLE("<title>Headline | Example News</title>"
          "<meta property=\"og:site_name\" content=\"Example News\">",
          "", "Headline");
    TITLE("<title>Headline - example news</title>"
          "<meta property=\"og:site_name\" content=\"Example News\">",
          "", "Headline");
    TITLE("<title>Example News | Headline</title>"
          "<meta property=\"og:site_name\" content=\"Example News\">",
          "", "Headline");
    TITLE("<title>Headline \xe2\x80\x94 Section \xe2\x80\x94 Site</title>", "<h1>Headline</h1>",
          "Headline");
    TITLE("<title>Deals of the day - IGN</title>"
          "<link rel=canonical href=\"https://www.ign.com/a\">",
          "", "Deals of the day");
    TITLE("<title>Headline | The Verge</title><link rel=canonical href=\"https://theverge.com/a\">",
          "", "Headline");
    TITLE("<title>Headline | BBC</title><link rel=canonical href=\"https://www.bbc.co.uk/news\">",
          "", "Headline");
    /* Not confirmed: the title stays whole. */
    TITLE("<title>Cats | Dogs</title>", "<h1>Something else</h1>", "Cats | Dogs");
    /* the first part of a site's name that has parts */
    TITLE("<title>Soil Basics \xe2\x80\xa2 The Garden Desk</title>"
          "<meta property=\"og:site_name\" content=\"The Garden Desk - Green School\">",
          "", "Soil Basics");
    /* ... at the title's end only */
    TITLE("<title>Daily Post - Weather</title>"
          "<meta property=\"og:site_name\" content=\"Daily Post - Top Stories\">",
          "", "Daily Post - Weather");
    /* the words of the host name at the end (rule host_words) */
    TITLE("<title>Why we like ferrets | Ferret Blog</title>"
          "<link rel=canonical href=\"https://blog.ferret-club.org/a\">",
          "", "Why we like ferrets");
    /* ... not a word the host does not have, nor its top-level domain */
    TITLE("<title>Why we like ferrets | Ferret News</title>"
          "<link rel=canonical href=\"https://blog.ferret-club.org/a\">",
          "", "Why we like ferrets | Ferret News");
    TITLE("<title>Why we like ferrets | Org</title>"
          "<link rel=canonical href=\"https://ferret.org/a\">",
          "", "Why we like ferrets | Org");
    /* JSON-LD's headline loses only the site's name, not what the <h1>
     * lacks. */
    TITLE("<meta property=\"og:site_name\" content=\"Site\"><script type=\"application/ld+json\">"
          "{\"@type\":\"NewsArticle\",\"headline\":\"Left | Site\"}</script>",
          "", "Left");
    TITLE("<meta property=\"og:site_name\" content=\"Site\"><script type=\"application/ld+json\">"
          "{\"@type\":\"NewsArticle\",\"headline\":\"Left | Other\"}</script>",
          "<h1>Left</h1>", "Left | Other");
    /* every separator, either end, the domain with "Blog" */
    TITLE("<title>Best tents &bull; Camp Co</title>"
          "<meta property=\"og:site_name\" content=\"Camp Co\">",
          "", "Best tents");
    TITLE("<title>Leadfeeder | State of SEO</title>"
          "<link rel=canonical href=\"https://www.leadfeeder.com/blog/seo\">",
          "", "State of SEO");
    TITLE("<title>Garnix Blog: Attested builds</title>"
          "<link rel=canonical href=\"https://garnix.io/blog/x\">",
          "", "Attested builds");
    TITLE(
        "<title>Shoes \xc2\xbb Fastarz</title><link rel=canonical href=\"https://fastarz.com/x\">",
        "", "Shoes");
    /* the domain in several words, possessive, and the kind of site */
    TITLE("<title>Fan stops - Pine Board Forums</title>"
          "<link rel=canonical href=\"https://forums.pineboard.org/t/1\">",
          "", "Fan stops");
    TITLE("<title>Wrong rate - Vid9's Forum</title>"
          "<link rel=canonical href=\"https://forum.vid9.org/t/1\">",
          "", "Wrong rate");
    TITLE("<title>Quick start \xe2\x80\x94 Kettle Docs</title>"
          "<meta property=\"og:site_name\" content=\"Kettle\">",
          "", "Quick start");
    /* another word after the domain is part of the title */
    TITLE("<title>Fan stops - Pine Board Reviews</title>"
          "<link rel=canonical href=\"https://forums.pineboard.org/t/1\">",
          "", "Fan stops - Pine Board Reviews");
    /* "Title - Author - Site": both off, one at a time */
    TITLE("<title>Big Lie - Jo Welch - Medium</title><meta name=\"author\" content=\"Jo Welch\">"
          "<link rel=canonical href=\"https://medium.com/@jo/x\">",
          "", "Big Lie");
    /* a colon inside a headline stays */
    TITLE("<title>Rust: a year in</title><link rel=canonical href=\"https://blog.example/x\">", "",
          "Rust: a year in");
    /* entities escaped twice in JSON-LD */
    TITLE("<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":"
          "\"And finally&amp;#8230; trouble\"}</script>",
          "", "And finally\xe2\x80\xa6 trouble");
    /* JSON-LD name vs headline: the one the <title> contains. */
    TITLE("<title>The story - Site</title><script type=\"application/ld+json\">"
          "{\"@type\":\"Article\",\"name\":\"The story\",\"headline\":\"List article\"}</script>",
          "", "The story");
    TITLE("<title>The story - Site</title><script type=\"application/ld+json\">"
          "{\"@type\":\"Article\",\"name\":\"The story\",\"headline\":\"List article\"}</script>",
          "<h1>List article</h1><h1>The story</h1>", "The story");
    TITLE("", "<h1> Only  an h1 </h1>", "Only an h1");
    TITLE("<title>&amp;quot;Twice&amp;quot; escaped</title>", "", "\"Twice\" escaped");
    /* A <title> that names no article: the site alone, an address, a
     * placeholder word (the HTML writer's stand-ins for no title). */
    TITLE("<title>Example News</title><meta property=\"og:site_name\" content=\"Example News\">",
          "", "");
    TITLE("<title>https://example.com/a?b=1</title>", "", "");
    TITLE("<title>Article</title>", "<header><h1>Article</h1><p class=\"summary\">S</p></header>",
          "");
    TITLE("<title>Untitled</title>", "<h1>The real headline</h1>", "The real headline");
    /* Rule article_h1: the article's <h1> rewords the one title the
     * page declares (a year brought up to date) and wins; not when the
     * declared titles disagree, when a <title> is all that is declared,
     * when another <h1> shows the title, or when the <h1> shares less
     * than half the words of each. */
    TITLE("<title>Filing your taxes in 2024 | Bureau</title>"
          "<meta property=\"og:site_name\" content=\"Bureau\">"
          "<meta property=\"og:title\" content=\"Filing your taxes in 2024\">",
          "<main><h1>Filing your taxes in 2025</h1></main>", "Filing your taxes in 2025");
    TITLE("<title>Filing your taxes in 2024</title>"
          "<meta property=\"og:title\" content=\"Taxes: a guide for 2024\">",
          "<main><h1>Filing your taxes in 2025</h1></main>", "Taxes: a guide for 2024");
    TITLE("<title>Filing your taxes in 2024</title>",
          "<article><h1>Filing your taxes in 2025</h1></article>", "Filing your taxes in 2024");
    TITLE("<meta property=\"og:title\" content=\"Filing your taxes in 2024\">",
          "<h1>Filing your taxes in 2024</h1><article><h1>Filing your taxes in 2025</h1></article>",
          "Filing your taxes in 2024");
    TITLE("<meta property=\"og:title\" content=\"Firefox: customise and make it your own, the "
          "most flexible browser on the web\">",
          "<main><h1>Make Firefox your own</h1></main>",
          "Firefox: customise and make it your own, the most flexible browser on the web");

    /* Characters that are no URL code points are percent-encoded. */
    article_doc *doc = read_page("<html><body><nav aria-label=\"Breadcrumb\"><ol><li><a href="
                                 "\"/(tech|news)/{x}^`\\y\">Tech</a></li><li>Here</li></ol></nav>"
                                 "</body></html>",
                                 "https://example.com/a/b");
    STR_EQ(doc && article_doc_breadcrumb_count(doc) ? article_doc_breadcrumb_url(doc, 0) : NULL,
           "https://example.com/(tech%7Cnews)/%7Bx%7D%5E%60%5Cy");
    article_doc_free(doc);

    doc = read_page("<html lang=\"English\"><head>"
                    "<meta http-equiv=\"content-language\" content=\"fr-CA\"></head>"
                    "<body><article><header><time datetime=\"2021-03-04T05:06:07Z\">"
                    "March 4</time></header></article></body></html>",
                    NULL);
    STR_EQ(field(doc, ARTICLE_FIELD_LANGUAGE), "fr-CA");
    STR_EQ(field(doc, ARTICLE_FIELD_PUBLISHED), "2021-03-04T05:06:07Z");
    article_doc_free(doc);

    doc = read_page("<html><body><div itemprop=\"headline\">Micro headline</div>"
                    "<meta itemprop=\"datePublished\" content=\"2018-01-02\">"
                    "<span itemprop=\"dateModified\">January 3, 2018</span></body></html>",
                    NULL);
    STR_EQ(field(doc, ARTICLE_FIELD_TITLE), "Micro headline");
    STR_EQ(field(doc, ARTICLE_FIELD_PUBLISHED), "2018-01-02");
    STR_EQ(field(doc, ARTICLE_FIELD_MODIFIED), "2018-01-03");
    article_doc_free(doc);
}

/* MARK: - The writer's own pages read back */

static void same_metadata(const article_doc *a, const article_doc *b, const char *what)
{
    for (int f = 0; f < ARTICLE_FIELD_COUNT_; f++) {
        const char *x = article_doc_get(a, (article_field)f);
        const char *y = article_doc_get(b, (article_field)f);
        OK((!x && !y) || (x && y && strcmp(x, y) == 0), "%s: %s is \"%s\", want \"%s\"", what,
           article_field_string((article_field)f), y ? y : "(absent)", x ? x : "(absent)");
    }
    INT_EQ(article_doc_author_count(b), article_doc_author_count(a));
    for (size_t i = 0; i < article_doc_author_count(a) && i < article_doc_author_count(b); i++) {
        STR_EQ(article_doc_author_name(b, i), article_doc_author_name(a, i));
        const char *u = article_doc_author_url(a, i), *v = article_doc_author_url(b, i);
        OK((!u && !v) || (u && v && strcmp(u, v) == 0), "%s: author url %s vs %s", what,
           v ? v : "-", u ? u : "-");
    }
    INT_EQ(article_doc_breadcrumb_count(b), article_doc_breadcrumb_count(a));
    for (size_t i = 0; i < article_doc_breadcrumb_count(a) && i < article_doc_breadcrumb_count(b);
         i++) {
        STR_EQ(article_doc_breadcrumb_name(b, i), article_doc_breadcrumb_name(a, i));
        const char *u = article_doc_breadcrumb_url(a, i), *v = article_doc_breadcrumb_url(b, i);
        OK((!u && !v) || (u && v && strcmp(u, v) == 0), "%s: crumb url %s vs %s", what, v ? v : "-",
           u ? u : "-");
    }
    INT_EQ(article_doc_tag_count(b), article_doc_tag_count(a));
    for (size_t i = 0; i < article_doc_tag_count(a) && i < article_doc_tag_count(b); i++)
        STR_EQ(article_doc_tag(b, i), article_doc_tag(a, i));
    const char *s = article_doc_image_src(a), *t = article_doc_image_src(b);
    OK((!s && !t) || (s && t && strcmp(s, t) == 0), "%s: image %s", what, t ? t : "-");
    const char *alt_a = article_doc_image_alt(a), *alt_b = article_doc_image_alt(b);
    OK((!alt_a && !alt_b) || (alt_a && alt_b && strcmp(alt_a, alt_b) == 0), "%s: image alt", what);
    INT_EQ(article_doc_image_width(b), article_doc_image_width(a));
    INT_EQ(article_doc_image_height(b), article_doc_image_height(a));
}

static void round_trip(const article_doc *m, unsigned flags, const char *what)
{
    article_options opts;
    article_options_init(&opts);
    opts.flags = flags;
    article_error err;
    size_t len = 0;
    char *html = article_to_html(m, &opts, &len, &err);
    OK(html != NULL, "%s: to_html failed: %s", what, err.message);
    if (!html)
        return;
    article_doc *back = article_from_html(html, len, NULL, &err);
    OK(back != NULL, "%s: from_html failed: %s", what, err.message);
    if (back)
        same_metadata(m, back, what);
    article_doc_free(back);
    article_free(html);
}

static void test_round_trip(void)
{
    article_doc *m = article_doc_new(NULL);
    article_doc_set(m, ARTICLE_FIELD_URL, "https://example.com/world/ukraine-talks?id=1&x=2");
    /* " | " inside the headline, and the site name after it: JSON-LD's
     * headline must win as it is. */
    article_doc_set(m, ARTICLE_FIELD_TITLE,
                    "Trump says \xe2\x80\x98great progress\xe2\x80\x99 | \"quotes\" <b> & "
                    "</script> Example News");
    article_doc_set(m, ARTICLE_FIELD_SUBTITLE, "Sub <title> & \"more\"");
    article_doc_set(m, ARTICLE_FIELD_SUMMARY,
                    "\xe2\x80\x9cGreat progress\xe2\x80\x9d cited; a < b & c > d.");
    article_doc_set(m, ARTICLE_FIELD_PUBLISHED, "2025-08-06T18:02:00+00:00");
    article_doc_set(m, ARTICLE_FIELD_MODIFIED, "2025-08-07");
    article_doc_set(m, ARTICLE_FIELD_LANGUAGE, "en-US");
    article_doc_set(m, ARTICLE_FIELD_SITE_NAME, "Example News");
    article_doc_add_author(m, "Jane Doe", "https://example.com/author/jane");
    article_doc_add_author(m, "Zo\xc3\xab O'Brien-Sm\xc3\xadth", NULL);
    article_doc_add_author(m, "Sam Roe and Co", NULL);
    article_doc_add_breadcrumb(m, "Home", "https://example.com/");
    article_doc_add_breadcrumb(m, "World & Politics", "https://example.com/world/");
    article_doc_add_breadcrumb(m, "Ukraine", NULL);
    article_doc_add_tag(m, "Ukraine");
    article_doc_add_tag(m, "Russia, talks");
    article_doc_add_tag(m, "\xe6\x97\xa5\xe6\x9c\xac");
    article_doc_set_image(m, "https://example.com/lead.jpg?w=1&h=2", "Putin & \"Witkoff\"", 1200,
                          800);
    article_node *sec = article_node_new(m, ARTICLE_NODE_SECTION);
    article_node *p = article_node_new(m, ARTICLE_NODE_PARAGRAPH);
    article_node_append_text(p, "Body text.", 10);
    article_node_append_child(p ? sec : NULL, p);
    article_node_append_child(article_doc_root(m), sec);

    round_trip(m, 0, "page");
    round_trip(m, ARTICLE_OPT_PRETTY | ARTICLE_OPT_NO_STYLE, "pretty page");
    /* A fragment has no head: no JSON-LD, no url, site name, language or
     * breadcrumbs; the rest comes back from the <header> markup. */
    article_doc *frag = article_doc_new(NULL);
    article_doc_set(frag, ARTICLE_FIELD_TITLE, article_doc_get(m, ARTICLE_FIELD_TITLE));
    article_doc_set(frag, ARTICLE_FIELD_SUBTITLE, article_doc_get(m, ARTICLE_FIELD_SUBTITLE));
    article_doc_set(frag, ARTICLE_FIELD_SUMMARY, article_doc_get(m, ARTICLE_FIELD_SUMMARY));
    article_doc_set(frag, ARTICLE_FIELD_PUBLISHED, article_doc_get(m, ARTICLE_FIELD_PUBLISHED));
    article_doc_set(frag, ARTICLE_FIELD_MODIFIED, article_doc_get(m, ARTICLE_FIELD_MODIFIED));
    article_doc_add_author(frag, "Jane Doe", "https://example.com/author/jane");
    article_doc_add_author(frag, "Zo\xc3\xab O'Brien-Sm\xc3\xadth", NULL);
    article_doc_add_tag(frag, "Ukraine");
    article_doc_add_tag(frag, "Russia, talks");
    article_doc_set_image(frag, "https://example.com/lead.jpg", "Putin & \"Witkoff\"", 1200, 800);
    round_trip(frag, ARTICLE_OPT_FRAGMENT, "fragment");
    article_doc_free(frag);
    article_doc_free(m);

    /* A document with only a title and a date. */
    m = article_doc_new(NULL);
    article_doc_set(m, ARTICLE_FIELD_TITLE, "Only | a title - Site");
    article_doc_set(m, ARTICLE_FIELD_PUBLISHED, "2020-01-01");
    round_trip(m, 0, "minimal page");
    article_doc_free(m);

    /* No title: the stand-ins in <title> and <h1> (site, address, a word)
     * are not read back as one; every label language keeps its authors. */
    static const char *const langs[] = {NULL, "en", "fr", "de", "es",      "it", "pt",
                                        "nl", "ar", "he", "ru", "zh-Hans", "ja", "ko"};
    for (size_t i = 0; i < sizeof langs / sizeof langs[0]; i++) {
        m = article_doc_new(NULL);
        article_doc_set(m, ARTICLE_FIELD_LANGUAGE, langs[i]);
        article_doc_set(m, ARTICLE_FIELD_SUMMARY, "A summary.");
        article_doc_set(m, ARTICLE_FIELD_PUBLISHED, "2020-01-01T10:00:00.123Z");
        article_doc_set(m, ARTICLE_FIELD_MODIFIED, "2020-02-03");
        article_doc_add_author(m, "Jane Doe", "https://example.com/jane");
        article_doc_add_author(m, "Sam Roe", NULL);
        article_doc_add_author(m, "Ann Lee", NULL);
        char what[64];
        snprintf(what, sizeof what, "untitled %s", langs[i] ? langs[i] : "(none)");
        round_trip(m, 0, what);
        article_doc_set(m, ARTICLE_FIELD_URL, "https://example.com/untitled");
        round_trip(m, 0, what);
        article_doc_set(m, ARTICLE_FIELD_SITE_NAME, "Example");
        round_trip(m, ARTICLE_OPT_NO_STYLE, what);
        /* The fragment: no head, so no url, site or language to recover. */
        article_doc_set(m, ARTICLE_FIELD_URL, NULL);
        article_doc_set(m, ARTICLE_FIELD_SITE_NAME, NULL);
        article_doc_set(m, ARTICLE_FIELD_LANGUAGE, NULL);
        article_options o;
        article_options_init(&o);
        o.flags = ARTICLE_OPT_FRAGMENT;
        article_doc_set(m, ARTICLE_FIELD_TITLE, "Fragment title");
        article_doc_set(m, ARTICLE_FIELD_LANGUAGE, langs[i]);
        article_error err;
        size_t len = 0;
        char *html = article_to_html(m, &o, &len, &err);
        article_doc *back = html ? article_from_html(html, len, NULL, &err) : NULL;
        article_doc_set(m, ARTICLE_FIELD_LANGUAGE, NULL);
        if (back)
            same_metadata(m, back, what);
        OK(back != NULL, "%s: fragment read back", what);
        article_doc_free(back);
        article_free(html);
        article_doc_free(m);
    }
}

/* Hostile pages: deep nesting of every element the walk looks into, and
 * a keyword list of thousands, stay fast and bounded. */
static void test_hostile(void)
{
    size_t n = 100000;
    const char *unit = "<div class=\"author\" itemprop=\"author headline\" itemscope>"
                       "<time datetime=\"2020-01-01\"><a rel=\"author\" href=\"x\">";
    size_t cap = n / 10 * 8 + n * strlen(unit) + 256;
    char *page = malloc(cap), *p = page;
    p += sprintf(p, "<html><head><title>T</title><meta name=\"keywords\" content=\"");
    for (size_t i = 0; i < n / 10; i++)
        p += sprintf(p, "k%zu,", i);
    p += sprintf(p, "\"></head><body>");
    for (size_t i = 0; i < n / 4; i++)
        p += sprintf(p, "%s", unit);
    article_doc *doc = read_page(page, NULL);
    STR_EQ(field(doc, ARTICLE_FIELD_TITLE), "T");
    OK(doc && article_doc_tag_count(doc) <= 64, "%zu tags", doc ? article_doc_tag_count(doc) : 0);
    article_doc_free(doc);
    free(page);
}

int main(void)
{
    test_hostile();
    test_dates();
    test_bylines();
    test_jsonld();
    test_titles();
    test_round_trip();
    return harness_done("test_meta");
}
