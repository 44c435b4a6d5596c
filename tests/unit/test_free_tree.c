/* A long page's tree freed as the converter leaves its blocks
 * (convert.c, read_html.h): every page must read the same whether its
 * blocks are freed or not. ARTICLE_DEV_FREE_TREE=1 frees them on every
 * page; the pages here take each way through the readings after the
 * conversion: an article (nothing needs the tree again), a body the check
 * replaces by the page's main column and a listing whose column is read
 * again (both read the page again with the tree whole), a product page,
 * a collapsed panel whose toggle is the block before it, and blocks in
 * wrappers, quotes, items and a layout table. */
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *json_of(const char *html, int free_blocks)
{
    if (free_blocks)
        setenv("ARTICLE_DEV_FREE_TREE", "1", 1);
    else
        unsetenv("ARTICLE_DEV_FREE_TREE");
    article_error err;
    article_doc *doc = article_from_html(html, strlen(html), NULL, &err);
    unsetenv("ARTICLE_DEV_FREE_TREE");
    if (!doc)
        return NULL;
    char *out = article_to_json(doc, NULL, NULL, &err);
    article_doc_free(doc);
    return out;
}

static void same_both_ways(const char *name, const char *html)
{
    char *kept = json_of(html, 0);
    char *freed = json_of(html, 1);
    OK(kept && freed && strcmp(kept, freed) == 0, "%s: the JSON differs:\n%s\n%s", name,
       kept ? kept : "(null)", freed ? freed : "(null)");
    article_free(kept);
    article_free(freed);
}

static const char *const article_page =
    "<!DOCTYPE html><html><head><title>Rivers in spring</title></head><body>"
    "<nav><a href=/a>Home</a> <a href=/b>News</a></nav><article><h1>Rivers in spring</h1>"
    "<p>The rivers of the valley rise every spring as the snow on the hills melts away.</p>"
    "<p>Farmers along the banks move their herds to higher fields in the first weeks.</p>"
    "<h2>What the records say</h2>"
    "<p>Records kept since the old mill was built show the water at its highest in May.</p>"
    "<figure><img src=/r.jpg alt=River><figcaption>The river in May.</figcaption></figure>"
    "<ul><li>One bridge was closed.</li><li>Two roads were flooded.</li></ul>"
    "<blockquote><p>We have seen it rise like this before, and we will again.</p></blockquote>"
    "<p>The council will meet next week to talk about new walls along the lower bank.</p>"
    "</article><footer>Copyright the valley paper</footer></body></html>";

/* A page whose body as scored (the introduction) is a small part of its
 * <main>: the check reads the main column instead. */
static char *main_column_page(void)
{
    static const char head[] =
        "<!DOCTYPE html><html><head><title>Garden tools</title></head><body>"
        "<header><a href=/>Home</a></header><main><div class=intro><p>Garden tools for every "
        "season, from the first digging in March to the last raking of leaves in November.</p>"
        "<p>Chosen by people who use them every day and who know what lasts, and sold at fair "
        "prices.</p><p>Everything here is in stock and ships within two days of the order "
        "being placed.</p></div><ul class=grid>";
    static const char tail[] = "</ul></main><footer>Shop footer</footer></body></html>";
    size_t cap = sizeof head + sizeof tail + 30 * 160;
    char *page = malloc(cap);
    if (!page)
        return NULL;
    size_t len = (size_t)snprintf(page, cap, "%s", head);
    for (int i = 0; i < 30; i++)
        len += (size_t)snprintf(page + len, cap - len,
                                "<li><a href=\"/item%d\">Item number %d in the list</a> "
                                "<span>a short note on item %d, kept brief</span></li>",
                                i, i, i);
    snprintf(page + len, cap - len, "%s", tail);
    return page;
}

/* A list of headlines under a line: a listing, whose body is read again
 * wider (page_column.c). */
static char *listing_page(void)
{
    static const char head[] = "<!DOCTYPE html><html><head><title>Town news</title></head><body>"
                               "<h1>Town news</h1><p>The latest stories</p><ul>";
    static const char tail[] = "</ul><p>More stories tomorrow</p></body></html>";
    size_t cap = sizeof head + sizeof tail + 20 * 100;
    char *page = malloc(cap);
    if (!page)
        return NULL;
    size_t len = (size_t)snprintf(page, cap, "%s", head);
    for (int i = 0; i < 20; i++)
        len += (size_t)snprintf(page + len, cap - len,
                                "<li><a href=\"/story%d\">Headline of story number %d about "
                                "the town</a></li>",
                                i, i);
    snprintf(page + len, cap - len, "%s", tail);
    return page;
}

static const char *const product_page =
    "<!DOCTYPE html><html><head><title>Blue kettle</title>"
    "<meta property=\"og:type\" content=\"product\">"
    "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
    "\"@type\":\"Product\",\"name\":\"Blue kettle\",\"offers\":{\"@type\":\"Offer\","
    "\"price\":\"29.00\",\"priceCurrency\":\"EUR\"}}</script></head><body>"
    "<header><a href=/>Shop</a></header><main><h1>Blue kettle</h1>"
    "<div class=price>29,00 EUR</div><button>Add to cart</button>"
    "<ul class=specs><li>1.7 litres</li><li>2200 watts</li><li>Blue steel</li></ul>"
    "<div class=description><p>This kettle boils a full jug of water in under four minutes "
    "and switches itself off when it is done.</p><p>Its steel body keeps the water warm for "
    "a while after it boils, and the handle stays cool.</p></div>"
    "<div class=card><p>Free delivery on orders over 50 EUR.</p></div></main>"
    "<footer>Terms and conditions</footer></body></html>";

static const char *const panel_page =
    "<!DOCTYPE html><html><head><title>Questions</title></head><body><article>"
    "<h1>Questions</h1><p>Answers to the questions people ask us most about the service, "
    "kept short.</p>"
    "<button aria-expanded=false aria-controls=a1>How long does it take?</button>"
    "<div id=a1 hidden>It takes two working days from the order to the door, and a day more "
    "in winter.</div>"
    "<p>Anything else can be asked by mail, and an answer comes within a day or two.</p>"
    "</article></body></html>";

/* Blocks inside wrappers, a quote's and an item's blocks, a layout table
 * read through, and a panel whose toggle sits in the wrapper before it. */
static const char *const nested_page =
    "<!DOCTYPE html><html><head><title>Walks</title></head><body><div class=page>"
    "<div class=part><h2>North</h2><p>The northern path climbs through the woods for an "
    "hour before the view opens over the lake.</p><p>Take water: there is no spring on the "
    "way up.</p><blockquote><p>The best walk in the county.</p><p>Worth the climb.</p>"
    "</blockquote><ul><li><p>Start at the church.</p><p>Follow the wall.</p></li>"
    "<li>Turn left at the gate.</li></ul></div>"
    "<div class=part><h2>South</h2><div><button aria-expanded=false>Is it steep?</button>"
    "</div><div hidden>Only the last part, and steps are cut into the rock there.</div>"
    "<p>The southern path keeps to the valley and follows the river most of the way.</p>"
    "<table><tr><td><p>Layout cell text that is a paragraph of the walk, read as "
    "one.</p><p>And a second paragraph in the same cell.</p></td></tr></table>"
    "<p>Both paths meet at the old bridge, where the bus stops twice an hour.</p></div>"
    "</div></body></html>";

int main(void)
{
    same_both_ways("article", article_page);
    char *page = main_column_page();
    OK(page != NULL, "out of memory");
    if (page)
        same_both_ways("main column", page);
    free(page);
    page = listing_page();
    OK(page != NULL, "out of memory");
    if (page)
        same_both_ways("listing", page);
    free(page);
    same_both_ways("product", product_page);
    same_both_ways("panel", panel_page);
    same_both_ways("nested", nested_page);
    same_both_ways("empty body", "<html><body></body></html>");
    same_both_ways("text only", "<html><body>just some words</body></html>");
    return harness_done("test_free_tree");
}
