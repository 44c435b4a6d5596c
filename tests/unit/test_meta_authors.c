/* Authors from every source, through the public API: JSON-LD people and
 * organisations, the visible byline when it names more, a "By ..." line
 * under the headline, and what is no name (dates, weekdays, roles glued
 * on by markup without spaces). Every example is written for this test. */
#include "harness.h"

#include <article/article.h>

static article_doc *read_page(const char *html)
{
    article_error err;
    article_doc *doc = article_from_html(html, strlen(html), NULL, &err);
    OK(doc != NULL, "page refused: %s", err.message);
    return doc;
}

/* The authors' names joined by "; ". */
static void authors_are(const char *html, const char *want, int line)
{
    article_doc *doc = read_page(html);
    char got[512] = "";
    size_t n = doc ? article_doc_author_count(doc) : 0;
    for (size_t i = 0; i < n; i++) {
        const char *name = article_doc_author_name(doc, i);
        size_t len = strlen(got);
        snprintf(got + len, sizeof got - len, "%s%s", i ? "; " : "", name ? name : "?");
    }
    OK(strcmp(got, want) == 0, "line %d: authors \"%s\", want \"%s\"", line, got, want);
    article_doc_free(doc);
}

#define AUTHORS(html, want) authors_are(html, want, __LINE__)

static void test_organisations(void)
{
    /* An organisation in JSON-LD signs the page; the byline names the writer. */
    AUTHORS("<html><head><meta property=\"og:site_name\" content=\"Glow\">"
            "<script type=\"application/ld+json\">{\"@type\": \"BlogPosting\", "
            "\"headline\": \"H\", \"author\": {\"@type\": \"Organization\", \"name\": "
            "\"Glow\"}}</script></head><body><h1>H</h1><div class=\"post-author\">Ana "
            "Ruiz</div><p>Text.</p></body></html>",
            "Ana Ruiz");
    /* ... through an @id into the @graph, too */
    AUTHORS("<html><head><script type=\"application/ld+json\">{\"@graph\": ["
            "{\"@type\": \"Article\", \"headline\": \"H\", \"author\": {\"@id\": \"#org\"}},"
            "{\"@type\": \"Organization\", \"@id\": \"#org\", \"name\": \"Fit Society\"}]}"
            "</script></head><body><h1>H</h1><span class=\"byline\">By Tom Reed</span>"
            "<p>Text.</p></body></html>",
            "Tom Reed");
    /* a person's job title after a comma goes; "Doe, Jane" stays */
    AUTHORS("<html><head><script type=\"application/ld+json\">{\"@type\": \"Article\", "
            "\"headline\": \"H\", \"author\": [{\"@type\": \"Person\", \"name\": "
            "\"Kim Lee, Senior Editor\"}, {\"@type\": \"Person\", \"name\": \"Doe, Jane\"}]}"
            "</script></head><body><h1>H</h1><p>Text.</p></body></html>",
            "Kim Lee; Doe, Jane");
    /* with no byline, the organisation is what there is */
    AUTHORS("<html><head><script type=\"application/ld+json\">{\"@type\": \"Article\", "
            "\"headline\": \"H\", \"author\": {\"@type\": \"Organization\", \"name\": "
            "\"Fit Society\"}}</script></head><body><h1>H</h1><p>Text.</p></body></html>",
            "Fit Society");
    /* a person named in JSON-LD stays first */
    AUTHORS("<html><head><script type=\"application/ld+json\">{\"@type\": \"Article\", "
            "\"headline\": \"H\", \"author\": {\"@type\": \"Person\", \"name\": "
            "\"Kim Lee\"}}</script></head><body><h1>H</h1><div class=\"author\">Someone "
            "Else</div><p>Text.</p></body></html>",
            "Kim Lee");
}

static void test_fuller_byline(void)
{
    /* The byline names the JSON-LD's author and two more: all three. */
    AUTHORS("<html><head><script type=\"application/ld+json\">{\"@type\": \"Article\", "
            "\"headline\": \"H\", \"author\": {\"@type\": \"Person\", \"name\": \"Ada "
            "Stone\"}}</script></head><body class=\"single no-comments\"><h1>H</h1>"
            "<div class=\"hero-author\">Written by <span>Dr Ada Stone</span>, <span>Ben "
            "Hart</span>, <span>Cy Moss</span></div><p>Text.</p></body></html>",
            "Dr Ada Stone; Ben Hart; Cy Moss");
    /* a byline that does not name the JSON-LD's author changes nothing */
    AUTHORS("<html><head><script type=\"application/ld+json\">{\"@type\": \"Article\", "
            "\"headline\": \"H\", \"author\": {\"@type\": \"Person\", \"name\": \"Ada "
            "Stone\"}}</script></head><body><h1>H</h1><div class=\"byline\">By Ben Hart and "
            "Cy Moss</div><p>Text.</p></body></html>",
            "Ada Stone");
}

static void test_lines_and_noise(void)
{
    /* "by: Name, date" under the headline, no class to go by */
    AUTHORS("<html><body><h1>Engine notes</h1><p>by: <!-- x -->Zoe Park<!-- -->, Dec 17, "
            "2025</p><p>Text of the post.</p></body></html>",
            "Zoe Park");
    AUTHORS("<html><body><h1>T</h1><p>By <a href=\"/u/jo\">Jo March</a></p><p>Text.</p>"
            "</body></html>",
            "Jo March");
    /* the byline's word alone in its element, the names in the next */
    AUTHORS("<html><body><h1>T</h1><div><span>Written by</span> <a href=\"/u/jd\">Jane "
            "Doe</a></div><p>Text.</p></body></html>",
            "Jane Doe");
    AUTHORS("<html><body><h1>T</h1><div><span>Author:</span><span>Jane Doe</span></div>"
            "<p>Text.</p></body></html>",
            "Jane Doe");
    /* a signature line under the headline: dash, name, agency */
    AUTHORS("<html><body><h1>T</h1><p>\xe2\x80\x94 Jane Doe, Reuters</p><p>Text.</p>"
            "</body></html>",
            "Jane Doe");
    /* ... not a dash line that names no agency */
    AUTHORS("<html><body><h1>T</h1><p>\xe2\x80\x94 and why it matters, for now</p>"
            "<p>Text.</p></body></html>",
            "");
    /* a byline that holds only a date names nobody */
    AUTHORS("<html><body><h1>T</h1><div class=\"byline\">Sat, 20 Dec, 2025 - 06:36</div>"
            "<p>Text.</p></body></html>",
            "");
    /* a month glued to the name by markup without spaces */
    AUTHORS("<html><body><h1>T</h1><div class=\"author\"><span>Luke Hall</span><span>"
            "December 17, 2025</span></div><p>Text.</p></body></html>",
            "Luke Hall");
    /* a date before the name, glued by markup, and one after it */
    AUTHORS("<html><body><h1>T</h1><div class=\"dateAndAuthor\"><span>Dec 17, 2025</span>"
            "<span>Jules K. Arno</span></div><p>Text.</p></body></html>",
            "Jules K. Arno");
    AUTHORS("<html><body><h2>Weekly notes</h2><div>Posted by ann, Bo Li on 2019-02-15, <a "
            "href=\"/blog/\">all posts</a></div><p>Text.</p></body></html>",
            "ann; Bo Li");
    /* "On <date> by @handle": a date line, no byline */
    AUTHORS("<html><body><h1>T</h1><small>On 6/13/2018 by @someone</small><p>Text.</p>"
            "</body></html>",
            "");
    /* class "authority-control" is no author box */
    AUTHORS("<html><body><h1>T</h1><p>Text.</p><div class=\"authority-control\">Authority "
            "control</div></body></html>",
            "");
    /* commenters are not the author, but a body class "no-comments" is no thread */
    AUTHORS("<html><body class=\"post no-comments\"><h1>T</h1><p>Text.</p>"
            "<div class=\"comments\"><span class=\"comment-author\">Troll</span></div>"
            "</body></html>",
            "");
}

/* Links to the writers' archives are no source of their own (rule
 * author_links was removed: it earned no check page, docs/reader.md):
 * a byline's words still read them, and nothing around them joins. */
static void test_archive_links(void)
{
    /* a row of archive links without a byline word adds nobody to the
     * JSON-LD's writer */
    AUTHORS("<html><head><script type=\"application/ld+json\">{\"@type\": \"Article\", "
            "\"headline\": \"H\", \"author\": {\"@type\": \"Person\", \"name\": "
            "\"Rio Ma\"}}</script></head><body><h1>H</h1><div><img alt=\"\">"
            "<a href=\"https://x.example/report/author/rio/\">Rio Ma</a><span>, </span>"
            "<a href=\"https://x.example/report/author/hb/\">Hana Bell</a> &amp; "
            "<a href=\"/author/sp\">Sam Pratt</a></div><p>Text.</p></body></html>",
            "Rio Ma");
    /* a byline line ("Von …") under the headline names them */
    AUTHORS("<html><body><h1>H</h1><p>Von <a href=\"/autor/jo-li\">Jo Li</a> und "
            "<a href=\"https://x.example/by/sam-roe\">Sam Roe</a></p><p>Text.</p></body></html>",
            "Jo Li; Sam Roe");
    /* a fact checker or reviewer linked to an archive is no author, nor
     * a second link to an archive already read ("Learn More") */
    AUTHORS("<html><head><script type=\"application/ld+json\">{\"@type\": \"Article\", "
            "\"headline\": \"H\", \"author\": {\"@type\": \"Person\", \"name\": "
            "\"Rio Ma\"}}</script></head><body><h1>H</h1><div><a href=\"/author/rio/\">Rio Ma"
            "</a> <span>Who is Rio? <a href=\"/author/rio/\">Learn More</a></span> "
            "<span>Fact Checked by: <a href=\"/author/hb/\">Hana Bell</a></span> "
            "<span><strong>Reviewed by</strong> <a href=\"/author/sp/\">Sam Pratt</a></span>"
            "</div><p>Text.</p></body></html>",
            "Rio Ma");
    /* ... not a link to the index of authors */
    AUTHORS("<html><body><h1>H</h1><a href=\"/author/\">Our Authors</a><p>Text.</p>"
            "</body></html>",
            "");
}

/* Microdata authors are the item's of the page's first one: related
 * articles, each an <article> or an item of its own, and the replies of
 * a thread add nobody (rule micro_item). */
static void test_micro_item(void)
{
    AUTHORS("<html><body><article><h1>H</h1><span itemprop=\"author\" itemscope>"
            "<span itemprop=\"name\">Jo Li</span></span><p>Text.</p></article>"
            "<aside><article><h3>Other</h3><span itemprop=\"author\" itemscope>"
            "<span itemprop=\"name\">Sam Roe</span></span></article></aside></body></html>",
            "Jo Li");
    AUTHORS("<html><body><h1>Thread</h1>"
            "<div itemscope itemtype=\"https://schema.org/Comment\"><span itemprop=\"author\">"
            "opener</span><p>Question.</p></div>"
            "<div itemscope itemtype=\"https://schema.org/Comment\"><span itemprop=\"author\">"
            "replier</span><p>Answer.</p></div></body></html>",
            "opener");
    /* two writers of the one item */
    AUTHORS("<html><body><article itemscope><h1>H</h1><span itemprop=\"author\">Jo Li</span>"
            " and <span itemprop=\"author\">Sam Roe</span><p>Text.</p></article></body></html>",
            "Jo Li; Sam Roe");
}

static void test_labels(void)
{
    /* An author box after the article: the label alone, the name a few
     * elements on, credentials after it dropped. */
    AUTHORS("<html><head><script type=\"application/ld+json\">{\"@type\": \"Article\", "
            "\"headline\": \"H\", \"author\": {\"@type\": \"Organization\", \"name\": "
            "\"Heart Society\"}}</script></head><body><h1>H</h1><p>Long text.</p>"
            "<h2>Article written by:</h2><div><div><img src=\"p.png\" alt=\"\"><h3>Lena "
            "Ortiz, MD, FACP</h3></div></div></body></html>",
            "Lena Ortiz");
    /* a label in a meta line with an icon between it and the name */
    AUTHORS("<html><body><h1>H</h1><div><span>Written by</span><div><svg><use "
            "href=\"#user\"></use></svg><span>Milo</span><span>- Product lead</span></div>"
            "</div><p>Text.</p></body></html>",
            "Milo");
    /* "By" opening a paragraph, on a page without an <h1> */
    AUTHORS("<html><body><p>By <strong>Ravi Sen</strong></p><p>DHAKA, Dec 20 - Text.</p>"
            "</body></html>",
            "Ravi Sen");
    /* ... and the text after a label names someone only with a capital */
    AUTHORS("<html><body><h1>H</h1><p>Written by</p><p>nobody in particular</p><p>Text.</p>"
            "</body></html>",
            "");
    /* a search form's "By:" labels its member field; the next text, a
     * button's, names nobody */
    AUTHORS("<html><body><form action=\"/search\"><div><span>By:</span><input type=\"text\" "
            "name=\"users\"></div><div><button><span>Search</span></button></div></form>"
            "<h1>H</h1><p>Text.</p></body></html>",
            "");
    /* a diagram's words are no label: "ORDER BY LIMIT" drawn in an <svg> */
    AUTHORS("<html><body><h1>SELECT</h1><p>Text.</p><svg><text x=\"1\">ORDER</text>"
            "<text x=\"2\">BY</text><a href=\"#limit\"><text x=\"3\">LIMIT</text></a></svg>"
            "</body></html>",
            "");
    /* "written by" inside a sentence is prose, not a label */
    AUTHORS("<html><body><h1>H</h1><p>Based on <i>a novel</i> written by <a href=\"/w/x\">"
            "Ina Vale</a>.</p><p>A photo by <a href=\"/w/y\">Bo Lund</a>.</p></body></html>",
            "");
    /* a no-break space after "By" */
    AUTHORS("<html><body><h1>H</h1><p class=\"byline\">By&nbsp;Eli Moss</p><p>Text.</p>"
            "</body></html>",
            "Eli Moss");
    /* a line break in a byline ends a part: after a name the next line
     * names nobody (a role: it was read into the name, and the whole
     * dropped; a place; a forum's rank) unless it is joined on, and the
     * name after a label alone on its line is a name */
    AUTHORS("<html><body><h1>H</h1><p class=\"byline\">By Eli Moss<br>Staff Reporter</p>"
            "<p>Text.</p></body></html>",
            "Eli Moss");
    AUTHORS("<html><body><h1>H</h1><p class=\"byline\">By Eli Moss<br>Port Ellen</p>"
            "<p>Text.</p></body></html>",
            "Eli Moss");
    AUTHORS("<html><body><h1>H</h1><p class=\"byline\">By Eli Moss<br>and Ana Cruz</p>"
            "<p>Text.</p></body></html>",
            "Eli Moss; Ana Cruz");
    AUTHORS("<html><body><h1>H</h1><p class=\"byline\">Written by<br>Eli Moss</p>"
            "<p>Text.</p></body></html>",
            "Eli Moss");
    /* a job title after the name with no comma ends it, in inline
     * elements too; a desk that may be the name's reads nothing, nor
     * does a desk's own signature */
    AUTHORS("<html><body><h1>H</h1><p class=\"byline\">By Eli Moss Senior Life Reporter</p>"
            "<p>Text.</p></body></html>",
            "Eli Moss");
    AUTHORS("<html><body><h1>H</h1><div class=\"author\"><a href=\"/a/em\">Eli Moss</a>"
            "<span>Contributing Writer</span></div><p>Text.</p></body></html>",
            "Eli Moss");
    AUTHORS("<html><body><h1>H</h1><p class=\"byline\">By Ana Maria Cruz Staff Writer</p>"
            "<p>Text.</p></body></html>",
            "Ana Maria Cruz");
    AUTHORS("<html><body><h1>H</h1><p class=\"byline\">By Eli Moss Games Editor</p>"
            "<p>Text.</p></body></html>",
            "");
    AUTHORS("<html><body><h1>H</h1><p class=\"byline\">By Our Foreign Staff</p>"
            "<p>Text.</p></body></html>",
            "");
    /* the publication after the name: the site's name with more words,
     * or words ending "News" or "Media" */
    AUTHORS("<html><head><link rel=canonical href=\"https://www.kettle.com/a\"></head><body>"
            "<h1>H</h1><p class=\"byline\">By Eli Moss<br>Kettle Daily</p><p>Text.</p>"
            "</body></html>",
            "Eli Moss");
    AUTHORS("<html><body><h1>H</h1><p class=\"byline\">By Eli Moss, Health News</p>"
            "<p>Text.</p></body></html>",
            "Eli Moss");
    /* a degree after the name, and a no-break space inside it */
    AUTHORS("<html><body><h1>H</h1><p class=\"byline\">By Ana&nbsp;Cruz, PhD</p><p>Text.</p>"
            "</body></html>",
            "Ana Cruz");
}

static void test_pictures(void)
{
    /* an avatar whose alt is the name beside it, under the headline */
    AUTHORS("<html><body><h1>H</h1><div><span>2025-12-17</span><span>\xc2\xb7</span><a "
            "title=\"Una Berg\"><img src=\"a.png\" alt=\"Una Berg\"><div>Una Berg</div></a>"
            "</div><p>Text.</p></body></html>",
            "Una Berg");
    /* a person glyph before a full name */
    AUTHORS("<html><body><h1>H</h1><ul><li><i class=\"bi bi-person\"></i> Ola Nord</li>"
            "<li><i class=\"bi bi-clock\"></i> 02-12-2025</li></ul><p>Text.</p></body></html>",
            "Ola Nord");
    /* ... not a glyph before a word that is no name, nor a picture whose
     * alt is not the text beside it */
    AUTHORS("<html><body><h1>H</h1><p><i class=\"fa fa-user\"></i> Sign</p><p><img "
            "src=\"b.png\" alt=\"Our Team\"> Red Tulips</p><p>Text.</p></body></html>",
            "");
}

/* Credits before "by", wires and blocks of a byline element. */
static void test_credits(void)
{
    /* "Analysis by", "Opinion by": the writer; "Photos by": not an author */
    AUTHORS("<html><head><meta name=\"author\" content=\"Analysis by Chris Li, Editor-at-large\">"
            "</head><body></body></html>",
            "Chris Li");
    AUTHORS("<html><body><h1>H</h1><p class=\"byline\">By Ann Roe, photos by Sam Poe</p>"
            "<p>Text.</p></body></html>",
            "Ann Roe");
    /* a JSON-LD person's name written as a byline */
    AUTHORS("<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
            "\"headline\": \"H\", \"author\": [{\"@type\": \"Person\", \"name\": "
            "\"By GREG BEACHAM, AP Sports Writer\"}]}</script></head><body></body></html>",
            "GREG BEACHAM");
    /* the byline element's blocks apart: the wire on its own line */
    AUTHORS("<html><body><h1>H</h1><div class=\"byline\"><div>By DANA KIRK and JILL LAW</div>"
            "<div>Associated Press</div></div><p>Text.</p></body></html>",
            "DANA KIRK; JILL LAW");
    /* the site's name after the writer's: the publication, not the name */
    AUTHORS("<html><head><meta property=\"og:site_name\" content=\"Bay Times\">"
            "<meta name=\"author\" content=\"Kim Roe BAY TIMES\"></head><body></body></html>",
            "Kim Roe");
    AUTHORS("<html><head><meta property=\"og:site_name\" content=\"Bay.com\">"
            "<script type=\"application/ld+json\">{\"@type\": \"Article\", \"headline\": "
            "\"H\", \"author\": {\"@type\": \"Person\", \"name\": \"Troy L. Smith, "
            "Bay.com\"}}</script></head><body></body></html>",
            "Troy L. Smith");
    /* ... or the domain with its suffix, whatever og:site_name says */
    AUTHORS("<html><head><meta property=\"og:site_name\" content=\"Bay\">"
            "<link rel=\"canonical\" href=\"https://www.bay.com/x/\">"
            "<meta name=\"author\" content=\"Troy L. Smith, Bay.com\"></head><body></body></html>",
            "Troy L. Smith");
    /* phpBB's line: "by Name » date" */
    AUTHORS("<html><body><h1>H</h1><p class=\"author\">by <strong><a href=\"/u/1\">Outer "
            "Isle</a></strong> &raquo; Tue Aug 27, 2019 1:47 am</p><p>Text.</p></body></html>",
            "Outer Isle");
    /* a label alone in an element classed "author" names nobody */
    AUTHORS("<html><body><h1>H</h1><div class=\"Search-Author\"><label>Author</label>"
            "<input></div><p>Text.</p></body></html>",
            "");
    /* ... but "Recipe by Site" is the site */
    AUTHORS("<html><head><meta property=\"og:site_name\" content=\"Eat Well\">"
            "<meta name=\"author\" content=\"Recipe by Eat Well\"></head><body></body></html>",
            "Eat Well");
    /* a surname first, as catalogues write it, stays one name */
    AUTHORS("<html><head><meta name=\"author\" content=\"Kaufman, Jeff T.\"></head>"
            "<body></body></html>",
            "Kaufman, Jeff T.");
    AUTHORS("<html><head><meta name=\"author\" content=\"Doe, Roe\"></head><body></body></html>",
            "Doe; Roe");
    /* a JSON-LD Person named by its parts */
    AUTHORS("<html><head><script type=\"application/ld+json\">{\"@type\": \"Article\", "
            "\"headline\": \"H\", \"author\": {\"@type\": \"Person\", \"givenName\": "
            "\"Jane\", \"familyName\": \"Doe\"}}</script></head><body></body></html>",
            "Jane Doe");
    /* bylines in other languages under the headline */
    AUTHORS("<html><body><h1>H</h1><p>Escrito por Juana P\xc3\xa9rez</p><p>Text.</p></body></html>",
            "Juana P\xc3\xa9rez");
    AUTHORS("<html><body><h1>H</h1><p>Geschrieben von Anna Berg</p><p>Text.</p></body></html>",
            "Anna Berg");
    AUTHORS("<html><body><h1>H</h1><p>\xc3\x89"
            "crit par Jean Roy</p><p>Text.</p></body></html>",
            "Jean Roy");
    /* the word joining a weekday and date to the name goes with them */
    AUTHORS("<html><body><h1>H</h1><p class=\"meta\">By <a href=\"/u/lj\">Lou Jay</a> on "
            "Monday, November 18th, 2019 at 11:04 a.m.</p><p>Text.</p></body></html>",
            "Lou Jay");
    /* a dash left at a name's end */
    AUTHORS("<html><body><h1>H</h1><p class=\"author\">Glowco-</p><p>Text.</p></body></html>",
            "Glowco");
}

static void test_byline_forms(void)
{
    /* a label is no name: "The Author" over an author card */
    AUTHORS("<html><body><h1>H</h1><p>Text.</p><div class=\"article-author\">The Author</div>"
            "<div class=\"author-meta\"><span class=\"author-name\">Ada Quin</span></div>"
            "</body></html>",
            "Ada Quin");
    /* a byline that opens with its date and a separator; "on behalf
     * of" a group ends the name */
    AUTHORS("<html><body><h1>H</h1><div class=\"byline\">Dec. 19, 2025 \xc2\xb7 Ines Koll on "
            "behalf of the Docs Team</div><p>Text.</p></body></html>",
            "Ines Koll");
    AUTHORS("<html><body><h1>H</h1><div class=\"byline\">2024-03-05 | Ola Berg</div>"
            "<p>Text.</p></body></html>",
            "Ola Berg");
    /* a writing credit alone as a label: "Article by", the name after it */
    AUTHORS("<html><body><h1>H</h1><p>Text.</p><h2>Article by</h2><div>Pekka Lind</div>"
            "</body></html>",
            "Pekka Lind");
}

int main(void)
{
    test_byline_forms();
    test_organisations();
    test_fuller_byline();
    test_lines_and_noise();
    test_archive_links();
    test_micro_item();
    test_credits();
    test_labels();
    test_pictures();
    return harness_done("test_meta_authors");
}
