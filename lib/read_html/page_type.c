/* The kind of page: article, forum, product, documentation, service,
 * listing or other.
 *
 * Signals that hold across sites, in three groups, each weighed into a
 * score per type (the best score wins; an article when nothing speaks):
 *   - what the page declares: schema.org types in JSON-LD (jsonld.c calls
 *     art_page_note_jsonld) and microdata, og:type;
 *   - the shape of the page (one walk here, before the stages take parts
 *     away): prices and "Add to cart" buttons, repeated posts with their
 *     authors, headings that are links (a grid of teasers), code,
 *     documentation furniture ("On this page"), calls to action;
 *   - the URL (/docs/, /threads/, /products/, /collections/, /blog/...)
 *     and what the reader found (a dated, authored body of long prose).
 * docs/reader.md ("Page type") explains the choices. */
#include "read_html.h"

#include <jansson.h>
#include <string.h>
#include <strings.h>

/* MARK: - Declared types */

typedef struct type_bit {
    const char *name;
    unsigned bit;
} type_bit;

static const type_bit schema_types[] = {
    {"Article", ART_SCHEMA_ARTICLE},
    {"NewsArticle", ART_SCHEMA_ARTICLE},
    {"BlogPosting", ART_SCHEMA_ARTICLE},
    {"ReportageNewsArticle", ART_SCHEMA_ARTICLE},
    {"AnalysisNewsArticle", ART_SCHEMA_ARTICLE},
    {"OpinionNewsArticle", ART_SCHEMA_ARTICLE},
    {"BackgroundNewsArticle", ART_SCHEMA_ARTICLE},
    {"ReviewNewsArticle", ART_SCHEMA_ARTICLE},
    {"LiveBlogPosting", ART_SCHEMA_ARTICLE},
    {"ScholarlyArticle", ART_SCHEMA_ARTICLE},
    {"Report", ART_SCHEMA_ARTICLE},
    {"TechArticle", ART_SCHEMA_TECH},
    {"APIReference", ART_SCHEMA_TECH},
    {"DiscussionForumPosting", ART_SCHEMA_FORUM},
    {"QAPage", ART_SCHEMA_FORUM},
    {"Question", ART_SCHEMA_QUESTION},
    {"Product", ART_SCHEMA_PRODUCT},
    {"ProductGroup", ART_SCHEMA_PRODUCT},
    {"IndividualProduct", ART_SCHEMA_PRODUCT},
    {"Offer", ART_SCHEMA_PRODUCT},
    {"AggregateOffer", ART_SCHEMA_PRODUCT},
    {"CollectionPage", ART_SCHEMA_LISTING},
    {"ItemList", ART_SCHEMA_LISTING},
    {"SearchResultsPage", ART_SCHEMA_LISTING},
    {"Service", ART_SCHEMA_SERVICE},
    {"ProfessionalService", ART_SCHEMA_SERVICE},
    {"SoftwareApplication", ART_SCHEMA_SERVICE},
    {"WebApplication", ART_SCHEMA_SERVICE},
    {"FAQPage", ART_SCHEMA_FAQ},
    {"LocalBusiness", ART_SCHEMA_BUSINESS},
    {"Course", ART_SCHEMA_BUSINESS},
    {"CollegeOrUniversity", ART_SCHEMA_BUSINESS},
    {"EducationalOrganization", ART_SCHEMA_BUSINESS},
    {"Comment", ART_SCHEMA_COMMENT},
    {"Answer", ART_SCHEMA_COMMENT},
    {"UserComments", ART_SCHEMA_COMMENT},
};

/* The bit of one type name ("Product", "https://schema.org/Product"). */
static unsigned schema_bit(const char *t)
{
    const char *slash = strrchr(t, '/');
    if (slash)
        t = slash + 1;
    for (size_t i = 0; i < sizeof schema_types / sizeof *schema_types; i++)
        if (strcmp(t, schema_types[i].name) == 0)
            return schema_types[i].bit;
    return 0;
}

void art_page_note_jsonld(art_html_ctx *ctx, const void *json_object)
{
    const json_t *t = json_object_get((const json_t *)json_object, "@type");
    if (json_is_string(t)) {
        ctx->page.schema |= schema_bit(json_string_value(t));
        return;
    }
    size_t i;
    const json_t *v;
    json_array_foreach(t, i, v)
    {
        if (json_is_string(v))
            ctx->page.schema |= schema_bit(json_string_value(v));
    }
}

static int og_kind(const char *content)
{
    if (!content || !*content)
        return ART_OG_NONE;
    if (strcasecmp(content, "article") == 0 || strcasecmp(content, "blog") == 0)
        return ART_OG_ARTICLE;
    if (strcasecmp(content, "product.group") == 0)
        return ART_OG_PRODUCT_GROUP;
    if (strncasecmp(content, "product", 7) == 0 || strstr(content, ":item"))
        return ART_OG_PRODUCT;
    if (strcasecmp(content, "website") == 0)
        return ART_OG_WEBSITE;
    return ART_OG_OTHER;
}

/* MARK: - The page's shape */

/* Short phrases, matched against a whole text run (trimmed, lowercased). */
static const char *const cart_phrases[] = {
    "add to cart", "add to bag", "add to basket", "buy now", "add to trolley",
    "in den warenkorb", "ajouter au panier", "buy it now", "add to cart +", "pre-order",
};
static const char *const call_phrases[] = {
    "get started", "contact us", "book a demo", "request a demo", "get a demo",
    "start free", "start for free", "try for free", "try it free", "sign up free",
    "get a quote", "request a quote", "free trial", "start free trial", "talk to sales",
    "contact sales", "get in touch", "schedule a consultation", "book a call",
    "schedule a call", "get started for free", "start your free trial", "request a consultation",
    "get started free", "sign up for free", "talk to an expert", "let's talk",
};
static const char *const doc_phrases[] = {
    "on this page", "edit this page", "edit on github", "improve this page",
    "was this page helpful?", "was this page helpful", "in this article", "view page source",
    "show source", "report a bug", "next topic", "previous topic", "table of contents",
};

static int phrase_in(const char *s, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(s, list[i]) == 0)
            return 1;
    return 0;
}

#define PHRASE(s, list) phrase_in(s, list, sizeof list / sizeof list[0])

/* A short run of text, trimmed, collapsed and lowercased into buf; 0 when
 * empty or longer than the buffer. */
static size_t short_text(const char *s, char *buf, size_t size)
{
    size_t k = 0;
    int space = 0;
    for (; s && *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (art_is_space(c)) {
            space = k > 0;
            continue;
        }
        if (k + 2 >= size)
            return 0;
        if (space)
            buf[k++] = ' ';
        space = 0;
        buf[k++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    buf[k] = '\0';
    return k;
}

static int within(const xmlNode *n, const char *tag, int hops)
{
    for (; n && hops >= 0; n = n->parent, hops--)
        if (art_dom_is(n, tag))
            return 1;
    return 0;
}

/* 1 when s has `word` (lowercase) in it, ignoring ASCII case. */
static int has_nocase(const char *s, const char *word)
{
    size_t n = strlen(word);
    for (; *s; s++)
        if ((*s | 0x20) == word[0] && strncasecmp(s, word, n) == 0)
            return 1;
    return 0;
}

/* An element's class, id and itemprop, read once for all its tests. */
typedef struct marks {
    const char *v[3];
} marks;

static int marks_of(const xmlNode *n, marks *m)
{
    m->v[0] = art_dom_attr(n, "class");
    m->v[1] = art_dom_attr(n, "id");
    m->v[2] = art_dom_attr(n, "itemprop");
    return (m->v[0] && *m->v[0]) || (m->v[1] && *m->v[1]) || (m->v[2] && *m->v[2]);
}

/* 1 when the class, id or itemprop has `word` in it. */
static int marked(const marks *m, const char *word)
{
    for (size_t i = 0; i < sizeof m->v / sizeof *m->v; i++)
        if (m->v[i] && *m->v[i] && has_nocase(m->v[i], word))
            return 1;
    return 0;
}

static void text_signals(art_page_signals *p, const xmlNode *t)
{
    size_t chars = 0;
    for (const char *s = (const char *)t->content; s && *s; s++)
        if (!art_is_space((unsigned char)*s) && ((unsigned char)*s & 0xC0) != 0x80)
            chars++;
    if (!chars)
        return;
    p->text += (double)chars;
    int link = within(t->parent, "a", 6);
    if (link)
        p->link += (double)chars;
    char buf[48];
    if (chars > 40 || !short_text((const char *)t->content, buf, sizeof buf))
        return;
    int clickable = link || within(t->parent, "button", 4);
    if (clickable && PHRASE(buf, cart_phrases))
        p->carts++;
    else if (clickable && PHRASE(buf, call_phrases))
        p->calls++;
    else if (PHRASE(buf, doc_phrases))
        p->doc_marks++;
}

static int heading(const xmlNode *n)
{
    const char *t = (const char *)n->name;
    return n->type == XML_ELEMENT_NODE && t[0] == 'h' && t[1] >= '2' && t[1] <= '4' && !t[2];
}

/* A heading whose text is (mostly) one link: a teaser's title. */
static int linked_heading(const xmlNode *n)
{
    if (!heading(n))
        return 0;
    if (within(n->parent, "a", 3))
        return 1;
    for (const xmlNode *k = n->children; k; k = k->next)
        if (art_dom_is(k, "a") && art_dom_attr(k, "href"))
            return 1;
    return 0;
}

static void element_signals(art_page_signals *p, const xmlNode *n)
{
    if (art_dom_is(n, "meta")) {
        const char *prop = art_dom_attr(n, "property");
        if (prop && strcasecmp(prop, "og:type") == 0)
            p->og = og_kind(art_dom_attr(n, "content"));
        return;
    }
    const char *itemtype = art_dom_attr(n, "itemtype");
    if (itemtype && *itemtype)
        p->schema |= schema_bit(itemtype);
    if (art_dom_is(n, "pre") || art_dom_is(n, "code"))
        p->code++;
    else if (art_dom_is(n, "time"))
        p->times++;
    else if (linked_heading(n))
        p->teasers++;
    else if (art_dom_is(n, "input")) {
        const char *type = art_dom_attr(n, "type");
        const char *value = art_dom_attr(n, "value");
        char buf[48];
        if (type && strcasecmp(type, "submit") == 0 && value &&
            short_text(value, buf, sizeof buf) && PHRASE(buf, cart_phrases))
            p->carts++;
    }
    /* Most elements have none of class, id and itemprop: nothing to test. */
    marks m;
    if (!marks_of(n, &m))
        return;
    if (marked(&m, "price"))
        p->prices++;
    const char *ip = m.v[2];
    if ((ip && strcmp(ip, "author") == 0) || marked(&m, "username") ||
        marked(&m, "user-name") || marked(&m, "postauthor") || marked(&m, "message-author"))
        p->authors++;
    const char *cls = m.v[0];
    if (cls && (art_dom_has_class(n, "post") || art_dom_has_class(n, "message") ||
                art_dom_has_class(n, "topic-post") || art_dom_has_class(n, "postbody") ||
                art_dom_has_class(n, "answer") || art_dom_has_class(n, "reply")))
        p->posts++;
}

article_status art_html_page_signals(art_html_ctx *ctx)
{
    if (ctx->own_page)
        return ARTICLE_OK;
    xmlNode *root = xmlDocGetRootElement(ctx->html);
    art_page_signals *p = &ctx->page;
    xmlNode *n = root;
    while (n && !art_html_out_of_time(ctx)) {
        if (n->type == XML_ELEMENT_NODE &&
            (art_dom_is(n, "script") || art_dom_is(n, "style") || art_dom_is(n, "noscript") ||
             art_dom_is(n, "template") || art_dom_is(n, "svg"))) {
            n = art_dom_skip(n, root);
            continue;
        }
        if (n->type == XML_ELEMENT_NODE)
            element_signals(p, n);
        else if (n->type == XML_TEXT_NODE && n->parent && !within(n->parent, "head", 3))
            text_signals(p, n);
        n = art_dom_next(n, root);
    }
    return ARTICLE_OK;
}

/* MARK: - The URL */

enum { U_ARTICLE, U_FORUM, U_PRODUCT, U_DOCS, U_SERVICE, U_LISTING, U_HOME, U_COUNT };

static const char *const url_words[U_COUNT - 1][20] = {
    [U_ARTICLE] = {"blog", "blogs", "news", "article", "articles", "post", "posts", "story",
                   "stories", "insights", "magazine", "opinion", "features", NULL},
    [U_FORUM] = {"threads", "thread", "t", "topic", "forum", "forums", "viewtopic.php",
                 "showthread.php", "questions", "comments", "discussion", "d", "community",
                 "boards", NULL},
    [U_PRODUCT] = {"product", "products", "p", "dp", "itm", "ip", "item", "pr", "app",
                   "listing", "detail", NULL},
    [U_DOCS] = {"docs", "doc", "documentation", "reference", "manual", "api", "guide", "tutorial",
                "wiki", "library", "howto", "man-pages", "book", "handbook", "std", NULL},
    [U_SERVICE] = {"services", "service", "solutions", "solution", "pricing", "platform",
                   "consulting", NULL},
    [U_LISTING] = {"collections", "collection", "category", "categories", "c", "cat", "b",
                   "browse", "tag", "tags", "section", "sections", "zgbs", "trending", "search",
                   "shop", NULL},
};
static const char *const host_words[U_COUNT - 1][7] = {
    [U_FORUM] = {"forum.", "forums.", "community.", "discuss.", "discussion.", "bbs."},
    [U_DOCS] = {"docs.", "developer.", "wiki.", "doc.", "developers.", NULL},
};

typedef struct url_shape {
    unsigned hits[U_COUNT];
    int slug;  /* the last segment is a phrase of 4 or more words */
    int dated; /* a /2025/ or /2025/09/ segment */
    int depth; /* path segments */
} url_shape;

static int word_in(const char *s, size_t len, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n && list[i]; i++)
        if (strlen(list[i]) == len && strncasecmp(s, list[i], len) == 0)
            return 1;
    return 0;
}

static void read_url(const char *url, url_shape *u)
{
    memset(u, 0, sizeof *u);
    const char *p = url ? strstr(url, "://") : NULL;
    if (!p)
        return;
    const char *host = p + 3;
    const char *path = host + strcspn(host, "/?#");
    for (int k = 0; k < U_COUNT - 1; k++)
        for (size_t i = 0; i < 7 && host_words[k][i]; i++)
            if (strncasecmp(host, host_words[k][i], strlen(host_words[k][i])) == 0)
                u->hits[k]++;
    const char *end = path + strcspn(path, "?#");
    const char *seg = path;
    size_t last_words = 0;
    while (seg < end) {
        while (seg < end && *seg == '/')
            seg++;
        size_t len = strcspn(seg, "/?#");
        if (!len)
            break;
        u->depth++;
        for (int k = 0; k < U_COUNT - 1; k++)
            if (word_in(seg, len, url_words[k], 20))
                u->hits[k]++;
        if (len == 4 && seg[0] >= '1' && seg[0] <= '2' && strspn(seg, "0123456789") == 4)
            u->dated = 1;
        last_words = 1;
        for (size_t i = 0; i < len; i++)
            if (seg[i] == '-' || seg[i] == '_')
                last_words++;
        seg += len;
    }
    u->slug = last_words >= 4;
    if (u->depth == 0)
        u->hits[U_HOME] = 1;
}

/* MARK: - Deciding */

void art_html_body_stats(const article_doc *doc, art_body_stats *out)
{
    memset(out, 0, sizeof *out);
    for (article_node *k = article_node_first_child(article_doc_root(doc)); k;
         k = article_node_next(k))
        if (article_node_get_type(k) == ARTICLE_NODE_COMMENT)
            out->comments++;
    article_iter *it = article_iter_new(article_doc_root(doc));
    if (!it)
        return;
    article_event ev;
    while ((ev = article_iter_next(it)) != ARTICLE_EVENT_DONE) {
        article_node *n = article_iter_get_node(it);
        if (ev == ARTICLE_EVENT_ENTER && article_node_is_block(n) &&
            article_node_get_type(article_node_parent(n)) == ARTICLE_NODE_SECTION)
            out->blocks++;
        if (ev != ARTICLE_EVENT_ENTER || article_node_get_type(n) != ARTICLE_NODE_TEXT)
            continue;
        const article_node *up = n;
        while (up && article_node_get_type(up) != ARTICLE_NODE_SECTION &&
               article_node_get_type(up) != ARTICLE_NODE_COMMENT)
            up = article_node_parent(up);
        if (up && article_node_get_type(up) == ARTICLE_NODE_SECTION)
            out->prose += (double)strlen(article_node_get_literal(n));
    }
    article_iter_free(it);
}

article_page_type art_html_page_type(art_html_ctx *ctx, const art_body_stats *body)
{
    const art_page_signals *p = &ctx->page;
    const article_doc *doc = ctx->doc;
    const char *url = article_doc_get(doc, ARTICLE_FIELD_URL);
    url_shape u;
    read_url(url ? url : ctx->opts->url, &u);
    double prose = body->prose;
    size_t comments = body->comments;
    int dated = article_doc_get(doc, ARTICLE_FIELD_PUBLISHED) != NULL;
    int authored = article_doc_author_count(doc) > 0;
    double density = p->text > 0 ? p->link / p->text : 1;

    double pr = p->text > 0 ? prose / p->text : 0; /* the body's share of the text */
    int undated = !dated && !authored;
    int faq = (p->schema & ART_SCHEMA_FAQ) != 0; /* its questions are no thread */
    int home = u.hits[U_HOME] > 0;

    double s[ARTICLE_PAGE_COUNT_] = {0};
    /* Declared types. og:type "article" is many CMSs' default: weak. */
    unsigned sc = p->schema;
    s[ARTICLE_PAGE_ARTICLE] += 2.0 * !!(sc & ART_SCHEMA_ARTICLE) + 1.0 * (p->og == ART_OG_ARTICLE);
    s[ARTICLE_PAGE_DOCUMENTATION] += 3.0 * !!(sc & ART_SCHEMA_TECH);
    if (!faq)
        s[ARTICLE_PAGE_FORUM] += 4.0 * !!(sc & (ART_SCHEMA_FORUM | ART_SCHEMA_QUESTION)) +
                                 1.0 * !!(sc & ART_SCHEMA_COMMENT);
    s[ARTICLE_PAGE_PRODUCT] += 2.5 * !!(sc & ART_SCHEMA_PRODUCT) + 3.0 * (p->og == ART_OG_PRODUCT);
    s[ARTICLE_PAGE_LISTING] += 2.0 * !!(sc & ART_SCHEMA_LISTING) +
                               3.0 * (p->og == ART_OG_PRODUCT_GROUP);
    s[ARTICLE_PAGE_SERVICE] += 1.0 * !!(sc & (ART_SCHEMA_SERVICE | ART_SCHEMA_BUSINESS)) + 0.5 * faq;
    /* The URL. A site's front page is a listing or a service, not an article. */
    s[ARTICLE_PAGE_ARTICLE] +=
        1.5 * (u.hits[U_ARTICLE] > 0) + 1.0 * u.dated + 0.5 * u.slug - 2.0 * home;
    s[ARTICLE_PAGE_FORUM] += 3.0 * (u.hits[U_FORUM] > 0);
    s[ARTICLE_PAGE_PRODUCT] += 1.5 * (u.hits[U_PRODUCT] > 0);
    s[ARTICLE_PAGE_DOCUMENTATION] += 2.5 * (u.hits[U_DOCS] > 0);
    s[ARTICLE_PAGE_SERVICE] += 2.0 * (u.hits[U_SERVICE] > 0) + 1.5 * home;
    s[ARTICLE_PAGE_LISTING] += 2.0 * (u.hits[U_LISTING] > 0) + 1.0 * home;
    /* The shape of the page and of what was read: an article is dated,
     * signed, and its body holds most of the page's text. */
    s[ARTICLE_PAGE_ARTICLE] += 1.0 + 1.0 * dated + 0.5 * authored + 0.5 * (prose >= 2500) +
                               1.0 * (pr >= 0.6) - 1.0 * (pr < 0.3);
    s[ARTICLE_PAGE_FORUM] +=
        1.5 * (p->authors >= 5) + 1.0 * (p->posts >= 5) + 0.5 * (comments >= 3);
    /* One product has a price or a few (sizes, bundles); a grid has many. */
    s[ARTICLE_PAGE_PRODUCT] += 2.0 * (p->carts > 0 && p->prices <= 30) +
                               1.0 * (p->prices >= 1 && p->prices <= 30);
    s[ARTICLE_PAGE_DOCUMENTATION] += 1.0 * (p->code >= 5) + 1.0 * (p->code >= 20) +
                                     1.0 * (p->doc_marks > 0) + 0.5 * undated;
    s[ARTICLE_PAGE_LISTING] +=
        1.5 * (p->teasers >= 8) + 1.0 * (density > 0.4) + 1.0 * (pr < 0.2) + 2.0 * (p->prices > 30);
    s[ARTICLE_PAGE_SERVICE] += 1.5 * (p->calls >= 2) + 0.5 * undated;

    article_page_type best = ARTICLE_PAGE_ARTICLE;
    for (unsigned t = ARTICLE_PAGE_ARTICLE; t < ARTICLE_PAGE_OTHER; t++)
        if (s[t] > s[best])
            best = (article_page_type)t;
    return best;
}
