/* The kind of page: article, forum, product, documentation, service,
 * listing or other.
 *
 * Signals that hold across sites, in three groups, each weighed into a
 * score per type by a fitted linear model (the best score wins, but an
 * article only by a margin; "other" is never guessed):
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
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
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
    {"WebPage", ART_SCHEMA_WEBPAGE},
    {"AboutPage", ART_SCHEMA_WEBPAGE},
    {"ContactPage", ART_SCHEMA_WEBPAGE},
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

/* A text's words (as art_html_count_words counts them) and its bytes
 * that are not spaces, in one pass over its `len` bytes without a branch
 * per byte (the body's statistics ask both of every text of a long page):
 * per byte, bit 0 of text_class is "in a word", bit 1 "not a space". */
#define TEXT_WORD(b) ((b) - '0' < 10u || ((b) | 0x20u) - 'a' < 26u || (b) >= 0x80u)
#define TEXT_SPACE(b) ((b) == ' ' || (b) == '\t' || (b) == '\n' || (b) == '\r' || (b) == '\f')
#define TEXT_CLASS(b) (unsigned char)(TEXT_WORD(b) | !TEXT_SPACE(b) << 1)
#define TEXT_CLASS4(b)                                                                             \
    TEXT_CLASS(b##u), TEXT_CLASS(b##u + 1), TEXT_CLASS(b##u + 2), TEXT_CLASS(b##u + 3)
#define TEXT_CLASS16(b) TEXT_CLASS4(b), TEXT_CLASS4(b + 4), TEXT_CLASS4(b + 8), TEXT_CLASS4(b + 12)
#define TEXT_CLASS64(b)                                                                            \
    TEXT_CLASS16(b), TEXT_CLASS16(b + 16), TEXT_CLASS16(b + 32), TEXT_CLASS16(b + 48)
static const unsigned char text_class[256] = {TEXT_CLASS64(0), TEXT_CLASS64(64), TEXT_CLASS64(128),
                                              TEXT_CLASS64(192)};

typedef struct text_counts {
    size_t words, visible;
} text_counts;

/* Per byte of eight in a word, bit 7 set when the byte is >= c (c at
 * most 0x80), for bytes y of seven bits (bit 7 clear): y + 0x80 - c
 * stays within its byte. */
#define LANES(b) (0x0101010101010101ull * (b))
#define AT_LEAST(y, c) (((y) + LANES(0x80u - (c))) & LANES(0x80u))

/* Adds eight bytes x (byte i of the text in the low byte) to c: the
 * classes of text_class as bit 7 of each byte, without a table.
 * *in_word: bit 7 when the byte before x was in a word. */
static void count_eight(uint64_t x, uint64_t *in_word, text_counts *c)
{
    uint64_t high = x & LANES(0x80u), y = x & LANES(0x7Fu), z = y | LANES(0x20u);
    uint64_t digit = AT_LEAST(y, '0') & ~AT_LEAST(y, '9' + 1);
    uint64_t letter = AT_LEAST(z, 'a') & ~AT_LEAST(z, 'z' + 1);
    uint64_t word = high | digit | letter;
    uint64_t space32 = ~AT_LEAST(y ^ LANES(0x20u), 1) & LANES(0x80u);
    uint64_t space11 = ~AT_LEAST(y ^ LANES(0x0Bu), 1) & LANES(0x80u);
    uint64_t controls = AT_LEAST(y, '\t') & ~AT_LEAST(y, '\r' + 1) & ~space11;
    uint64_t space = ~high & (space32 | controls);
    uint64_t starts = word & ~(word << 8 | *in_word);
    *in_word = word >> 56;
    c->words += (size_t)(((starts >> 7) * LANES(1)) >> 56);
    c->visible += 8 - (size_t)(((space >> 7) * LANES(1)) >> 56);
}

/* count_text eight bytes at a time; the last bytes padded with NULs,
 * which are in no word and are not spaces (so taken off `visible`). */
static text_counts count_text_fast(const char *s, size_t len)
{
    text_counts c = {0, 0};
    uint64_t in_word = 0, x;
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        memcpy(&x, s + i, 8); /* little-endian, as count_eight reads it */
        count_eight(x, &in_word, &c);
    }
    if (i < len) {
        x = 0;
        memcpy(&x, s + i, len - i);
        count_eight(x, &in_word, &c);
        c.visible -= 8 - (len - i);
    }
    return c;
}

/* The definition, a byte at a time. */
static text_counts count_text(const char *s, size_t len)
{
    text_counts c = {0, 0};
    unsigned in_word = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned k = text_class[(unsigned char)s[i]];
        c.words += k & ~in_word & 1u;
        in_word = k;
        c.visible += k >> 1;
    }
    return c;
}

int art_html_count_text_holds(const char *s, size_t len)
{
    text_counts a = count_text(s, len), b = count_text_fast(s, len);
    return a.words == b.words && a.visible == b.visible;
}

double art_html_count_words(const char *s)
{
    return s ? (double)count_text_fast(s, strlen(s)).words : 0;
}

/* The length the page declares for its article: wordCount, or the words
 * of articleBody (the confidence compares it with the body's). */
static void note_declared_words(art_html_ctx *ctx, const json_t *o)
{
    const json_t *wc = json_object_get(o, "wordCount");
    const json_t *body = json_object_get(o, "articleBody");
    double words = 0;
    if (json_is_integer(wc))
        words = (double)json_integer_value(wc);
    else if (json_is_real(wc))
        words = json_real_value(wc);
    else if (json_is_string(wc))
        words = (double)strtol(json_string_value(wc), NULL, 10);
    if (!(words > 0 && words < 1e7)) /* none, or no article's: the body's, if any */
        words = json_is_string(body) ? art_html_count_words(json_string_value(body)) : 0;
    if (words > 0 && words < 1e7 && words > ctx->page.declared_words)
        ctx->page.declared_words = words;
}

void art_page_note_jsonld(art_html_ctx *ctx, const void *json_object)
{
    note_declared_words(ctx, json_object);
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
    "add to cart",      "add to bag",        "add to basket", "buy now",       "add to trolley",
    "in den warenkorb", "ajouter au panier", "buy it now",    "add to cart +", "pre-order",
};
static const char *const call_phrases[] = {
    "get started",
    "contact us",
    "book a demo",
    "request a demo",
    "get a demo",
    "start free",
    "start for free",
    "try for free",
    "try it free",
    "sign up free",
    "get a quote",
    "request a quote",
    "free trial",
    "start free trial",
    "talk to sales",
    "contact sales",
    "get in touch",
    "schedule a consultation",
    "book a call",
    "schedule a call",
    "get started for free",
    "start your free trial",
    "request a consultation",
    "get started free",
    "sign up for free",
    "talk to an expert",
    "let's talk",
};
static const char *const doc_phrases[] = {
    "on this page",
    "edit this page",
    "edit on github",
    "improve this page",
    "was this page helpful?",
    "was this page helpful",
    "in this article",
    "view page source",
    "show source",
    "report a bug",
    "next topic",
    "previous topic",
    "table of contents",
};

static int phrase_in(const char *s, const char *const *list, size_t n)
{
    /* The first byte before the call: most short texts match no phrase. */
    for (size_t i = 0; i < n; i++)
        if (s[0] == list[i][0] && strcmp(s, list[i]) == 0)
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

/* Where a word of a list can start, by a place's first two bytes: bit
 * (b1 & 31) of next[b0] is set when a word starts with b0 and b1, either
 * case. Bytes that share their low five bits share a bit, which only lets
 * through a place that the comparison then turns down. Built once per
 * walk; the test per byte is then a branch that is almost never taken,
 * where a test of the first letter alone was taken at most letters of an
 * href or a class. */
typedef struct word_starts {
    uint32_t next[256];
} word_starts;

static void word_starts_init(word_starts *f, const char *const *words, size_t count)
{
    memset(f, 0, sizeof *f);
    for (size_t i = 0; i < count; i++) {
        unsigned c0 = (unsigned char)words[i][0], c1 = (unsigned char)words[i][1];
        uint32_t bits = c1 ? (uint32_t)1 << (c1 & 31u) : ~(uint32_t)0;
        f->next[c0] |= bits;
        if (c0 - 'a' < 26u)
            f->next[c0 - 'a' + 'A'] |= bits;
    }
}

/* Bit i set when s has words[i] (lowercase) in it, ignoring ASCII case,
 * in one pass over s for the whole list (`f` built from it). Asked of
 * every link and every marked element: one pass instead of one per word. */
static unsigned has_any_nocase(const char *s, const char *const *words, size_t count,
                               const word_starts *f)
{
    unsigned found = 0;
    for (; *s; s++) {
        /* s[1] is at most the NUL. */
        if (!(f->next[(unsigned char)s[0]] >> ((unsigned char)s[1] & 31u) & 1u))
            continue;
        unsigned c = (unsigned char)*s | 0x20;
        for (size_t i = 0; i < count; i++)
            if ((unsigned char)words[i][0] == c && strncasecmp(s, words[i], strlen(words[i])) == 0)
                found |= 1u << i;
    }
    return found;
}

/* 1 when one of the class's words (split as art_dom_has_class splits
 * them) is a forum post's: one pass over the class for all six words. */
static int class_names_post(const char *cls)
{
    static const char *const words[] = {"post",     "message", "topic-post",
                                        "postbody", "answer",  "reply"};
    for (const char *p = cls; *p;) {
        while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f')
            p++;
        const char *start = p;
        while (*p && *p != ' ' && *p != '\t' && *p != '\n' && *p != '\r' && *p != '\f')
            p++;
        size_t len = (size_t)(p - start);
        for (size_t i = 0; len && i < sizeof words / sizeof *words; i++)
            if (strlen(words[i]) == len && memcmp(start, words[i], len) == 0)
                return 1;
    }
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

/* Words of class, id or itemprop: a price, and a post's author. */
static const char *const mark_words[] = {"price", "username", "user-name", "postauthor",
                                         "message-author"};
#define MARK_PRICE 1u             /* bit of "price" */
#define MARK_AUTHOR (~MARK_PRICE) /* bits of the author words */
#define MARK_COUNT (sizeof mark_words / sizeof *mark_words)

/* A link that shares the page on a social network or by mail: what a
 * post or a story offers its readers, seldom a shop's or a company's page. */
static const char *const share_intents[] = {
    "twitter.com/intent",
    "x.com/intent",
    "facebook.com/sharer",
    "linkedin.com/share",
    "pinterest.com/pin/create",
    "reddit.com/submit",
    "wa.me/?",
    "api.whatsapp.com/send",
    "mailto:?",
};
#define SHARE_COUNT (sizeof share_intents / sizeof *share_intents)

/* Both lists' word_starts, built once per walk. */
typedef struct shape_words {
    word_starts marks, shares;
} shape_words;

/* The mark_words found in the class, id or itemprop (bit i: word i). */
static unsigned marked(const marks *m, const shape_words *w)
{
    unsigned found = 0;
    for (size_t i = 0; i < sizeof m->v / sizeof *m->v; i++)
        if (m->v[i] && *m->v[i])
            found |= has_any_nocase(m->v[i], mark_words, MARK_COUNT, &w->marks);
    return found;
}

static int share_link(const char *href, const shape_words *w)
{
    return has_any_nocase(href, share_intents, SHARE_COUNT, &w->shares) != 0;
}

/* The elements open above the node the walk is at (its ancestors): what
 * each text node asks of them, kept as the walk enters and leaves them
 * instead of a climb to the root per text node. Levels count from the
 * root element at 1; 0 is "none open". */
typedef struct open_tags {
    int depth;       /* level of the innermost open element */
    int a, head;     /* level of the innermost open a and head, or 0 */
    unsigned chrome; /* open nav, footer, header and aside */
} open_tags;

/* 1 when n is in the page's furniture: navigation, header, footer, aside. */
static int chrome_tag(const xmlNode *n)
{
    return art_dom_is(n, "nav") || art_dom_is(n, "footer") || art_dom_is(n, "header") ||
           art_dom_is(n, "aside");
}

static void enter(open_tags *o, const xmlNode *n)
{
    o->depth++;
    if (art_dom_is(n, "a"))
        o->a = o->depth;
    else if (art_dom_is(n, "head"))
        o->head = o->depth;
    else if (chrome_tag(n))
        o->chrome++;
}

/* The level of the innermost `tag` among n and its ancestors, n being
 * at `level`; 0 when none. */
static int innermost(const xmlNode *n, int level, const char *tag)
{
    for (; n && level > 0; n = n->parent, level--)
        if (art_dom_is(n, tag))
            return level;
    return 0;
}

static void leave(open_tags *o, const xmlNode *n)
{
    if (o->a == o->depth)
        o->a = innermost(n->parent, o->depth - 1, "a");
    else if (o->head == o->depth)
        o->head = innermost(n->parent, o->depth - 1, "head");
    else if (chrome_tag(n))
        o->chrome--;
    o->depth--;
}

/* A text node's signals; its parent is the innermost open element. */
static void text_signals(art_page_signals *p, const xmlNode *t, const open_tags *o)
{
    size_t chars = art_visible_chars((const char *)t->content);
    if (!chars)
        return;
    p->text += (double)chars;
    /* An a among the parent and its six nearest ancestors. */
    int link = o->a && o->a >= o->depth - 6;
    if (link)
        p->link += (double)chars;
    if (o->chrome)
        p->chrome += (double)chars;
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

static void element_signals(art_page_signals *p, const xmlNode *n, const shape_words *w)
{
    if (art_dom_is(n, "meta")) {
        const char *prop = art_dom_attr(n, "property");
        if (prop && strcasecmp(prop, "og:type") == 0)
            p->og = og_kind(art_dom_attr(n, "content"));
        return;
    }
    /* Themes put a microdata WebPage on every page, posts too: only
     * JSON-LD's WebPage (a CMS's page, not its post) counts. */
    const char *itemtype = art_dom_attr(n, "itemtype");
    if (itemtype && *itemtype)
        p->schema |= schema_bit(itemtype) & ~ART_SCHEMA_WEBPAGE;
    if (art_dom_is(n, "pre") || art_dom_is(n, "code"))
        p->code++;
    else if (art_dom_is(n, "time"))
        p->times++;
    else if (linked_heading(n))
        p->teasers++;
    else if (art_dom_is(n, "a")) {
        const char *href = art_dom_attr(n, "href");
        if (href && share_link(href, w))
            p->shares++;
    } else if (art_dom_is(n, "input")) {
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
    unsigned found = marked(&m, w);
    if (found & MARK_PRICE)
        p->prices++;
    const char *ip = m.v[2];
    if ((ip && strcmp(ip, "author") == 0) || (found & MARK_AUTHOR))
        p->authors++;
    const char *cls = m.v[0];
    if (cls && class_names_post(cls))
        p->posts++;
}

article_status art_html_page_signals(art_html_ctx *ctx)
{
    xmlNode *root = xmlDocGetRootElement(ctx->html);
    art_page_signals *p = &ctx->page;
    open_tags o = {0, 0, 0, 0};
    shape_words w;
    word_starts_init(&w.marks, mark_words, MARK_COUNT);
    word_starts_init(&w.shares, share_intents, SHARE_COUNT);
    xmlNode *n = root;
    while (n && !art_html_out_of_time(ctx)) {
        int skip = n->type == XML_ELEMENT_NODE &&
                   (art_dom_is(n, "script") || art_dom_is(n, "style") ||
                    art_dom_is(n, "noscript") || art_dom_is(n, "template") || art_dom_is(n, "svg"));
        if (!skip && n->type == XML_ELEMENT_NODE)
            element_signals(p, n, &w);
        /* A head among the parent and its three nearest ancestors. */
        else if (!skip && n->type == XML_TEXT_NODE && n->parent &&
                 !(o.head && o.head >= o.depth - 3))
            text_signals(p, n, &o);
        /* art_dom_next and art_dom_skip, keeping o. */
        if (!skip && n->type == XML_ELEMENT_NODE && n->children) {
            enter(&o, n);
            n = n->children;
            continue;
        }
        while (n != root && !n->next) {
            n = n->parent;
            leave(&o, n);
        }
        n = n == root ? NULL : n->next;
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
    [U_PRODUCT] = {"product", "products", "p", "dp", "itm", "ip", "item", "pr", "app", "listing",
                   "detail", NULL},
    [U_DOCS] = {"docs", "doc", "documentation", "reference", "manual", "api", "guide", "tutorial",
                "wiki", "library", "howto", "man-pages", "book", "handbook", "std", NULL},
    [U_SERVICE] = {"services", "service", "solutions", "solution", "pricing", "platform",
                   "consulting", NULL},
    [U_LISTING] = {"collections", "collection", "category", "categories", "c", "cat", "b", "browse",
                   "tag", "tags", "section", "sections", "zgbs", "trending", "search", "shop",
                   NULL},
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
    int front; /* the last segment is an article word (/news) */
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
    int last_article = 0; /* the last segment is an article word */
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
        last_article = word_in(seg, len, url_words[U_ARTICLE], 20);
        if (len == 4 && seg[0] >= '1' && seg[0] <= '2' && strspn(seg, "0123456789") == 4)
            u->dated = 1;
        last_words = 1;
        for (size_t i = 0; i < len; i++)
            if (seg[i] == '-' || seg[i] == '_')
                last_words++;
        seg += len;
    }
    u->slug = last_words >= 4;
    u->front = last_article;
    if (u->depth == 0)
        u->hits[U_HOME] = 1;
}

/* A path that ends at an article word (/news, /blog/) is the front of
 * that section, a list of its posts: a listing word there, not an
 * article's (/news/city-opens-library is one). */
static void read_section_front(url_shape *u)
{
    if (u->front) {
        u->hits[U_ARTICLE]--;
        u->hits[U_LISTING]++;
    }
}

/* MARK: - Deciding */

/* 1 when n is a block of one of the body's sections (not of a comment). */
static int section_block(const article_doc *doc, const article_node *n)
{
    const article_node *s = article_node_parent(n);
    return s && article_node_get_type(s) == ARTICLE_NODE_SECTION &&
           article_node_parent(s) == article_doc_root(doc);
}

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
    double paragraph = 0; /* characters of the paragraph being walked */
    /* A paragraph of a section (a block of the body) being walked: its
     * bytes of text and its last character that is not a space. */
    const article_node *block = NULL;
    size_t block_bytes = 0;
    char block_last = 0;
    while ((ev = article_iter_next(it)) != ARTICLE_EVENT_DONE) {
        article_node *n = article_iter_get_node(it);
        article_node_type type = article_node_get_type(n);
        if (type == ARTICLE_NODE_PARAGRAPH && ev == ARTICLE_EVENT_EXIT) {
            if (paragraph >= 150)
                out->long_prose += paragraph;
            paragraph = 0;
            if (n == block && block_bytes >= 60 &&
                (block_last == '.' || block_last == '!' || block_last == '?'))
                out->sentences++;
            if (n == block)
                block = NULL;
        }
        if (ev != ARTICLE_EVENT_ENTER)
            continue;
        if (type == ARTICLE_NODE_PARAGRAPH && section_block(doc, n)) {
            block = n;
            block_bytes = 0;
            block_last = 0;
        }
        const char *literal = type == ARTICLE_NODE_TEXT ? article_node_get_literal(n) : NULL;
        size_t literal_len = literal ? strlen(literal) : 0;
        if (type == ARTICLE_NODE_TEXT && block) {
            const char *t = literal;
            size_t k = literal_len;
            block_bytes += k;
            while (k && art_is_space((unsigned char)t[k - 1]))
                k--;
            if (k)
                block_last = t[k - 1];
        }
        if (article_node_is_block(n) &&
            article_node_get_type(article_node_parent(n)) == ARTICLE_NODE_SECTION)
            out->blocks++;
        if (type != ARTICLE_NODE_TEXT)
            continue;
        const article_node *up = n;
        int in_link = 0, in_paragraph = 0;
        /* The node's own fields, not the public getters: this climbs from
         * every text of a long page. */
        while (up && up->type != ARTICLE_NODE_SECTION && up->type != ARTICLE_NODE_COMMENT) {
            in_link |= up->type == ARTICLE_NODE_LINK;
            in_paragraph |= up->type == ARTICLE_NODE_PARAGRAPH;
            up = up->parent;
        }
        if (!up || up->type != ARTICLE_NODE_SECTION)
            continue;
        text_counts c = count_text_fast(literal, literal_len);
        out->prose += (double)literal_len;
        out->words += (double)c.words;
        if (in_link)
            out->linked += (double)c.visible;
        if (in_paragraph)
            paragraph += (double)c.visible;
    }
    article_iter_free(it);
}

/* The signals as numbers, each about 0..1 (counts are capped), for a
 * linear score per type. */
enum {
    F_BIAS,
    F_LD_ARTICLE,
    F_LD_TECH,
    F_LD_FORUM,
    F_LD_COMMENT,
    F_LD_PRODUCT,
    F_LD_LISTING,
    F_LD_SERVICE,
    F_LD_FAQ,
    F_LD_WEBPAGE,
    F_OG_ARTICLE,
    F_OG_PRODUCT,
    F_OG_GROUP,
    F_OG_WEBSITE,
    F_U_ARTICLE,
    F_U_FORUM,
    F_U_PRODUCT,
    F_U_DOCS,
    F_U_SERVICE,
    F_U_LISTING,
    F_U_HOME,
    F_U_DATED,
    F_U_SLUG,
    F_DATED,
    F_AUTHORED,
    F_SHARE,
    F_LINKS,
    F_PROSE500,
    F_PROSE2500,
    F_PROSE10000,
    F_AUTHORS,
    F_POSTS,
    F_COMMENTS3,
    F_CARTS,
    F_PRICES_FEW,
    F_PRICES_MANY,
    F_CODE,
    F_DOC_MARKS,
    F_TEASERS,
    F_CALLS,
    F_TIMES,
    F_SHARES,
    F_COUNT
};

/* The types scored, in this order (other is never guessed). */
#define N_TYPES 6
static const article_page_type scored[N_TYPES] = {
    ARTICLE_PAGE_ARTICLE,       ARTICLE_PAGE_FORUM,   ARTICLE_PAGE_PRODUCT,
    ARTICLE_PAGE_DOCUMENTATION, ARTICLE_PAGE_SERVICE, ARTICLE_PAGE_LISTING,
};

/* Weights of a multinomial logistic model fitted on the tune half of the
 * modern-web pages (L2 0.003) less the few whose labels look wrong (the
 * fit script's MISLABELLED: blog posts labelled forum would teach that a
 * post is a thread), rounded to 0.1, kept because the check half holds
 * (tests/bench/pagetype_score.py). Columns: article, forum,
 * product, documentation, service, listing. A declared type, a URL word
 * or a piece of markup may only vote for the types it is evidence of (the
 * fit was held to that, so that noise in the labels cannot make a /news/
 * URL a vote for a forum); the shape of the page (dates, authors, its
 * share of prose, its links) weighs for and against every type. */
static const double weights[F_COUNT][N_TYPES] = {
    [F_BIAS] = {-0.7, -0.4, -0.7, 0.5, 0.4, 1},
    [F_LD_ARTICLE] = {1.5, 0, 0, 0, 0, 0},
    [F_LD_TECH] = {0, 0, 0, 1.5, 0, 0},
    [F_LD_FORUM] = {0, 1.6, 0, 0, 0, 0},
    [F_LD_COMMENT] = {0, 0.1, 0, 0, 0, 0},
    [F_LD_PRODUCT] = {0, 0, 1.8, 0, 0, 0},
    [F_LD_LISTING] = {0, 0, 0, 0, 0, 0.9},
    [F_LD_SERVICE] = {0, 0, 0, 0, 1, 0},
    [F_LD_FAQ] = {0, 0, 0.2, 0, 0.2, 0},
    [F_LD_WEBPAGE] = {0, -0.5, -0.1, -0.5, 0.3, -0.4},
    [F_OG_ARTICLE] = {0.4, 0, 0, 0, 0, 0},
    [F_OG_PRODUCT] = {0, 0, 2.2, 0, 0, 0},
    [F_OG_GROUP] = {0, 0, 0, 0, 0, 0.8},
    [F_OG_WEBSITE] = {0, 0, 0, 0, 1.2, 0.8},
    [F_U_ARTICLE] = {1.6, 0, 0, 0, 0, 0},
    [F_U_FORUM] = {0, 3, 0, 0, 0, 0},
    [F_U_PRODUCT] = {0, 0, 1.7, 0, 0, 0},
    [F_U_DOCS] = {0, 0, 0, 2.2, 0, 0},
    [F_U_SERVICE] = {0, 0, 0, 0, 2, 0},
    [F_U_LISTING] = {0, 0, 0, 0, 0, 1.4},
    [F_U_HOME] = {0, 0, 0, 0, 1.8, 0.7},
    [F_U_DATED] = {0.6, 0, 0, 0, 0, 0},
    [F_U_SLUG] = {0.6, 1, 0.7, 0, 0, 0},
    [F_DATED] = {0.4, 0.8, 0.1, -1.2, -0.7, 0.5},
    [F_AUTHORED] = {0.9, -0.2, 0.1, 0.1, -1.1, 0.2},
    [F_SHARE] = {1, -0.2, -0.7, 0.4, -0.3, -0.2},
    [F_LINKS] = {-0.7, 0, -0.1, -0.3, -0.7, 1.8},
    [F_PROSE500] = {0.4, -0.2, 0.1, 0.4, 0.3, -1},
    [F_PROSE2500] = {0.8, -0.4, -0.1, -0.6, 0.3, 0},
    [F_PROSE10000] = {0, 0.2, -0.5, 0.2, -0.4, 0.5},
    [F_AUTHORS] = {0, 0.7, 0, 0, 0, 0},
    [F_POSTS] = {0, 0.5, 0, 0, 0, 0},
    [F_COMMENTS3] = {0, 1.6, 0, 0, 0, 0},
    [F_CARTS] = {0, 0, 1.5, 0, 0, 0},
    [F_PRICES_FEW] = {0, 0, 1.5, 0, 0, 0},
    [F_PRICES_MANY] = {0, 0, 0, 0, 0, 1.4},
    [F_CODE] = {0, 0, 0, 1.7, 0, 0},
    [F_DOC_MARKS] = {0, 0, 0, 1.5, 0, 0},
    [F_TEASERS] = {0, 0, 0, 0, 0, 0.6},
    [F_CALLS] = {0, 0, 0, 0, 1.8, 0},
    [F_TIMES] = {0, 0, 0, 0, 0, 0.7},
    [F_SHARES] = {1.3, 0, 0, 0, 0, 0},
};

/* An article wins only by this much over the next type: a page that is
 * nearly as much something else goes to that ("is it an article?" wants
 * precision). The largest margin that keeps the fitted tune pages'
 * article recall at 0.92. */
#define ARTICLE_MARGIN 0.9

static double capped(double x, double cap)
{
    return x > cap ? 1 : x / cap;
}

static void features(const art_html_ctx *ctx, const art_body_stats *body, const url_shape *u,
                     double *f)
{
    const art_page_signals *p = &ctx->page;
    const article_doc *doc = ctx->doc;
    unsigned sc = p->schema;
    int faq = (sc & ART_SCHEMA_FAQ) != 0; /* its Questions are no thread */
    double share = p->text > 0 ? body->prose / p->text : 0;
    memset(f, 0, F_COUNT * sizeof *f);
    f[F_BIAS] = 1;
    f[F_LD_ARTICLE] = !!(sc & ART_SCHEMA_ARTICLE);
    f[F_LD_TECH] = !!(sc & ART_SCHEMA_TECH);
    f[F_LD_FORUM] = !faq && (sc & (ART_SCHEMA_FORUM | ART_SCHEMA_QUESTION));
    f[F_LD_COMMENT] = !faq && (sc & ART_SCHEMA_COMMENT);
    f[F_LD_PRODUCT] = !!(sc & ART_SCHEMA_PRODUCT);
    f[F_LD_LISTING] = !!(sc & ART_SCHEMA_LISTING);
    f[F_LD_SERVICE] = !!(sc & (ART_SCHEMA_SERVICE | ART_SCHEMA_BUSINESS));
    f[F_LD_FAQ] = faq;
    f[F_LD_WEBPAGE] = (sc & ART_SCHEMA_WEBPAGE) && !(sc & ART_SCHEMA_ARTICLE);
    f[F_OG_ARTICLE] = p->og == ART_OG_ARTICLE;
    f[F_OG_PRODUCT] = p->og == ART_OG_PRODUCT;
    f[F_OG_GROUP] = p->og == ART_OG_PRODUCT_GROUP;
    f[F_OG_WEBSITE] = p->og == ART_OG_WEBSITE;
    for (int k = U_ARTICLE; k <= U_HOME; k++)
        f[F_U_ARTICLE + k] = u->hits[k] > 0;
    f[F_U_DATED] = u->dated;
    f[F_U_SLUG] = u->slug;
    f[F_DATED] = article_doc_get(doc, ARTICLE_FIELD_PUBLISHED) != NULL;
    f[F_AUTHORED] = article_doc_author_count(doc) > 0;
    f[F_SHARE] = share > 1.5 ? 1.5 : share;
    f[F_LINKS] = p->text > 0 ? p->link / p->text : 1;
    f[F_PROSE500] = body->prose >= 500;
    f[F_PROSE2500] = body->prose >= 2500;
    f[F_PROSE10000] = body->prose >= 10000;
    f[F_AUTHORS] = capped(p->authors, 20);
    f[F_POSTS] = capped(p->posts, 20);
    f[F_COMMENTS3] = body->comments >= 3;
    f[F_CARTS] = p->carts > 0;
    f[F_PRICES_FEW] = p->prices >= 1 && p->prices <= 30;
    f[F_PRICES_MANY] = p->prices > 30;
    f[F_CODE] = capped(p->code, 50);
    f[F_DOC_MARKS] = p->doc_marks > 0;
    f[F_TEASERS] = capped(p->teasers, 30);
    f[F_CALLS] = capped(p->calls, 10);
    f[F_TIMES] = capped(p->times, 20);
    f[F_SHARES] = p->shares > 0;
}

/* The development switch ARTICLE_DEV_PAGE_FEATURES: one JSON line per page
 * on stderr with the raw signals, for tests/bench/pagetype_fit.py to fit
 * the weights of the page type and the confidence on. */
static void dump_signals(const art_html_ctx *ctx, const art_body_stats *b, const url_shape *u,
                         const char *url)
{
    const art_page_signals *p = &ctx->page;
    const art_body_candidate *c = ctx->n_cands ? &ctx->cands[0] : NULL;
    fprintf(stderr, "{\"url\":\"");
    for (const char *s = url ? url : ""; *s; s++)
        if (*s != '"' && *s != '\\' && (unsigned char)*s >= 0x20)
            fputc(*s, stderr);
    fprintf(stderr,
            "\",\"schema\":%u,\"og\":%d,\"prices\":%u,\"carts\":%u,\"code\":%u,"
            "\"posts\":%u,\"authors\":%u,\"times\":%u,\"teasers\":%u,\"calls\":%u,"
            "\"doc_marks\":%u,\"shares\":%u,"
            "\"text\":%.0f,\"link\":%.0f,\"chrome\":%.0f,",
            p->schema, p->og, p->prices, p->carts, p->code, p->posts, p->authors, p->times,
            p->teasers, p->calls, p->doc_marks, p->shares, p->text, p->link, p->chrome);
    fprintf(stderr,
            "\"prose\":%.0f,\"blocks\":%zu,\"comments\":%zu,\"long_prose\":%.0f,"
            "\"linked\":%.0f,\"words\":%.0f,\"declared_words\":%.0f,",
            b->prose, b->blocks, b->comments, b->long_prose, b->linked, b->words,
            ctx->page.declared_words);
    fprintf(stderr, "\"u_hits\":[");
    for (int k = 0; k < U_COUNT; k++)
        fprintf(stderr, "%s%u", k ? "," : "", u->hits[k]);
    fprintf(stderr, "],\"u_slug\":%d,\"u_dated\":%d,\"u_depth\":%d,", u->slug, u->dated, u->depth);
    fprintf(stderr, "\"dated\":%d,\"authored\":%d,",
            article_doc_get(ctx->doc, ARTICLE_FIELD_PUBLISHED) != NULL,
            article_doc_author_count(ctx->doc) > 0);
    fprintf(stderr,
            "\"n_cands\":%zu,\"score\":%g,\"good\":%g,\"c_text\":%g,\"c_link\":%g,"
            "\"rival\":%g,\"page_good\":%g,\"nothing_scored\":%d,\"fell_back\":%d}\n",
            ctx->n_cands, c ? c->score : 0, c ? c->good : 0, c ? c->text : 0, c ? c->link : 0,
            ctx->n_cands > 1 ? ctx->cands[1].score : 0, ctx->page_good, ctx->nothing_scored,
            ctx->fell_back);
}

/* 1 when the page declares itself a kind that is not an article and
 * declares no Article: a forum posting, or a question outside an FAQ; a
 * product or an offer (in schema.org or og:type); a collection or an
 * item list; a service or a business. No page of the modern set that
 * does so is labelled article but one (a course provider's Service page
 * with an FAQ, read as a service anyway); the model may still score
 * such a page an article on its shape, when the page is a forum's board
 * or a company's page written as prose. */
static int declares_other_kind(const art_page_signals *p)
{
    unsigned sc = p->schema;
    unsigned kinds = ART_SCHEMA_FORUM | ART_SCHEMA_PRODUCT | ART_SCHEMA_LISTING |
                     ART_SCHEMA_SERVICE | ART_SCHEMA_BUSINESS;
    if (!(sc & ART_SCHEMA_FAQ))
        kinds |= ART_SCHEMA_QUESTION;
    if (sc & ART_SCHEMA_ARTICLE)
        return 0;
    return (sc & kinds) || p->og == ART_OG_PRODUCT || p->og == ART_OG_PRODUCT_GROUP;
}

/* final: the type the page is given (1), or page_column.c's guess (0). */
static article_page_type page_type(art_html_ctx *ctx, const art_body_stats *body, int final)
{
    const char *url = article_doc_get(ctx->doc, ARTICLE_FIELD_URL);
    url_shape u;
    read_url(url ? url : ctx->opts->url, &u);
    /* Only the type the page is given reads a section's front as a
     * listing. The guess page_column.c asks before it reads a body of
     * another kind keeps the URL's article word: its listing rule widens
     * only a body of short pieces, and a front's teasers with summaries
     * of a paragraph each read worse that way than as the service page
     * the guess made of them (one tune page, body F1 0.99 to 0.37). */
    if (final && art_html_rule(ctx, ART_RULE_SECTION_FRONT))
        read_section_front(&u);
    if (final && getenv("ARTICLE_DEV_PAGE_FEATURES"))
        dump_signals(ctx, body, &u, url ? url : ctx->opts->url);
    double f[F_COUNT], z[N_TYPES] = {0};
    features(ctx, body, &u, f);
    for (int t = 0; t < N_TYPES; t++)
        for (int i = 0; i < F_COUNT; i++)
            z[t] += weights[i][t] * f[i];
    /* The best type; an article only by a margin, and never on a page
     * that declares itself another kind. */
    int best = 0, runner = 1;
    for (int t = 1; t < N_TYPES; t++)
        if (z[t] > z[best])
            best = t;
    for (int t = 1; t < N_TYPES; t++)
        if (t != best && (runner == best || z[t] > z[runner]))
            runner = t;
    if (best == 0 &&
        (z[0] - z[runner] < ARTICLE_MARGIN ||
         (art_html_rule(ctx, ART_RULE_DECLARED_KIND) && declares_other_kind(&ctx->page))))
        best = runner;
    return scored[best];
}

article_page_type art_html_page_type(art_html_ctx *ctx, const art_body_stats *body)
{
    return page_type(ctx, body, 1);
}

article_page_type art_html_guess_page_type(art_html_ctx *ctx, const art_body_stats *body)
{
    return page_type(ctx, body, 0);
}
