/* JSON-LD (<script type="application/ld+json">) -> metadata candidates.
 * Pages wrap the objects every way schema.org allows: one object, a
 * top-level array, an @graph, a WebPage whose mainEntity is the article;
 * @type as a string, an array or a full URI. The article object (Article,
 * NewsArticle, BlogPosting...) gives the strongest candidates; WebPage
 * objects a weaker fallback; BreadcrumbList objects the breadcrumbs;
 * WebSite/Organization names a weak site name. */
#include "meta.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Objects are looked for at most this deep (array / @graph / mainEntity
 * nesting), and at most this many are looked at: a fixed bound, so the
 * walk cannot be steered deep by the input. */
#define MAX_DEPTH 4
#define MAX_OBJECTS 256

typedef enum kind { KIND_OTHER, KIND_ARTICLE, KIND_PAGE, KIND_SITE, KIND_CRUMBS } kind;

static const char *const article_types[] = {
    "NewsArticle",           "Article",
    "BlogPosting",           "ReportageNewsArticle",
    "AnalysisNewsArticle",   "OpinionNewsArticle",
    "TechArticle",           "ScholarlyArticle",
    "BackgroundNewsArticle", "ReviewNewsArticle",
    "LiveBlogPosting",       "Report",
    "SatiricalArticle",      "AskPublicNewsArticle",
    "SocialMediaPosting",    "Review",
};
static const char *const page_types[] = {"WebPage",   "ItemPage",    "CollectionPage",
                                         "AboutPage", "ProfilePage", "QAPage"};
static const char *const site_types[] = {"WebSite", "Organization", "NewsMediaOrganization",
                                         "Corporation"};

static int in_list(const char *t, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(t, list[i]) == 0)
            return 1;
    return 0;
}

#define IN(t, list) in_list(t, list, sizeof list / sizeof list[0])

/* One @type value: "NewsArticle" or "https://schema.org/NewsArticle". */
static kind kind_of_name(const char *t)
{
    const char *slash = strrchr(t, '/');
    if (slash)
        t = slash + 1;
    if (IN(t, article_types))
        return KIND_ARTICLE;
    if (IN(t, page_types))
        return KIND_PAGE;
    if (IN(t, site_types))
        return KIND_SITE;
    if (strcmp(t, "BreadcrumbList") == 0)
        return KIND_CRUMBS;
    return KIND_OTHER;
}

/* The strongest kind among the object's @type values. */
static kind kind_of(const json_t *o)
{
    const json_t *t = json_object_get(o, "@type");
    if (json_is_string(t))
        return kind_of_name(json_string_value(t));
    kind best = KIND_OTHER;
    size_t i;
    const json_t *v;
    json_array_foreach(t, i, v)
    {
        if (!json_is_string(v))
            continue;
        kind k = kind_of_name(json_string_value(v));
        if (best == KIND_OTHER || k == KIND_ARTICLE)
            best = k;
    }
    return best;
}

static const char *str(const json_t *o, const char *key)
{
    const json_t *v = json_object_get(o, key);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

/* A string, or the "name" of an object ({"@type": "Language", "name": ..}). */
static const char *str_or_name(const json_t *o, const char *key, const char *name_key)
{
    const json_t *v = json_object_get(o, key);
    if (json_is_array(v))
        v = json_array_get(v, 0);
    if (json_is_string(v))
        return json_string_value(v);
    return json_is_object(v) ? str(v, name_key) : NULL;
}

/* A dimension: 1200, 1200.0, "1200", "1200px", {"value": 1200}. */
static int dimension(const json_t *v)
{
    if (json_is_object(v))
        v = json_object_get(v, "value");
    double d = 0;
    if (json_is_integer(v))
        d = (double)json_integer_value(v);
    else if (json_is_real(v))
        d = json_real_value(v);
    else if (json_is_string(v))
        d = strtod(json_string_value(v), NULL);
    return d > 0 && d < 1e6 ? (int)d : 0;
}

/* Every object of one script, for "@id" references: Yoast's @graph names
 * the author as {"@id": ".../#/schema/person/1"} and puts the Person
 * elsewhere in the graph. */
typedef struct graph {
    const json_t *const *objects;
    size_t count;
} graph;

/* The object that v refers to when v is only {"@id": ...}; else v. */
static const json_t *resolve(const graph *g, const json_t *v)
{
    const char *id = json_is_object(v) && json_object_size(v) == 1 ? str(v, "@id") : NULL;
    if (!id)
        return v;
    for (size_t i = 0; i < g->count; i++) {
        const json_t *o = g->objects[i];
        const char *other = json_is_object(o) ? str(o, "@id") : NULL;
        if (o != v && other && strcmp(other, id) == 0 && json_object_size(o) > 1)
            return o;
    }
    return v;
}

static void read_image(art_html_ctx *ctx, art_meta *m, const graph *g, const json_t *v, int prio)
{
    if (json_is_array(v))
        v = json_array_get(v, 0);
    v = resolve(g, v);
    if (json_is_string(v)) {
        art_meta_offer_image(ctx, m, json_string_value(v), NULL, 0, 0, prio);
    } else if (json_is_object(v)) {
        const char *src = str(v, "url");
        if (!src)
            src = str(v, "contentUrl");
        if (!src)
            src = str(v, "@id");
        art_meta_offer_image(ctx, m, src, str(v, "caption"), dimension(json_object_get(v, "width")),
                             dimension(json_object_get(v, "height")), prio);
    }
}

/* 1 when a JSON-LD author object is an organisation, not a person:
 * many sites sign every post with their own name. */
static int is_organisation(const json_t *o)
{
    const json_t *t = json_object_get(o, "@type");
    if (json_is_array(t))
        t = json_array_get(t, 0);
    return json_is_string(t) && kind_of_name(json_string_value(t)) == KIND_SITE;
}

/* A Person named only by its parts: "givenName" and "familyName". */
static const char *given_family(art_html_ctx *ctx, const json_t *o)
{
    const char *given = str(o, "givenName"), *family = str(o, "familyName");
    if (!given || !family)
        return given ? given : family;
    size_t g = strlen(given), f = strlen(family);
    char *name = art_arena_alloc(&ctx->doc->arena, g + f + 2);
    if (!name)
        return NULL;
    memcpy(name, given, g);
    name[g] = ' ';
    memcpy(name + g + 1, family, f + 1);
    return name;
}

/* author: "Jane Doe, Sam Roe" | {"name", "url"} | an array of either.
 * People at prio; an organisation (or the site's own name) only after
 * the page's visible byline (ART_PRIO_ORG_AUTHOR): the byline names the
 * writer, the organisation only signs. */
static void read_people(art_html_ctx *ctx, art_meta *m, const graph *g, const json_t *v, int prio)
{
    art_vec people = {NULL, 0, 0}, orgs = {NULL, 0, 0};
    const json_t *one = v;
    const char *site = m->field[ARTICLE_FIELD_SITE_NAME].value;
    size_t n = json_is_array(v) ? json_array_size(v) : 1;
    for (size_t i = 0; i < n; i++) {
        if (json_is_array(v))
            one = json_array_get(v, i);
        one = resolve(g, one);
        if (json_is_string(one)) {
            const char *name = json_string_value(one);
            int signs = site && strcasecmp(name, site) == 0;
            art_meta_push_byline(ctx, m, signs ? &orgs : &people, name, NULL);
        } else if (json_is_object(one)) {
            const char *name = str_or_name(one, "name", "@value");
            if (!name)
                name = given_family(ctx, one);
            const char *url = str(one, "url");
            if (!url) {
                const char *id = str(one, "@id");
                url = id && strncmp(id, "http", 4) == 0 && !strchr(id, '#') ? id : NULL;
            }
            int signs = is_organisation(one) || (name && site && strcasecmp(name, site) == 0);
            if (name && !signs)
                name = art_meta_without_title(ctx, name);
            if (name)
                art_meta_push_person(ctx, m, signs ? &orgs : &people, name, url);
        }
    }
    art_meta_offer_list(&m->authors, &people, prio);
    art_meta_offer_list(&m->authors, &orgs, ART_PRIO_ORG_AUTHOR);
}

static void read_keywords(art_html_ctx *ctx, art_meta *m, const json_t *v, int prio)
{
    art_vec tags = {NULL, 0, 0};
    if (json_is_string(v)) {
        art_meta_push_tags_csv(ctx, m, &tags, json_string_value(v));
    } else {
        size_t i;
        const json_t *t;
        json_array_foreach(v, i, t)
        {
            if (json_is_string(t))
                art_meta_push_tag(ctx, m, &tags, json_string_value(t));
        }
    }
    art_meta_offer_list(&m->tags, &tags, prio);
}

/* BreadcrumbList: itemListElement[] of ListItem {position, name, item},
 * where item is a URL or an object with @id/url and maybe the name. */
static void read_crumbs(art_html_ctx *ctx, art_meta *m, const json_t *list, int prio)
{
    const json_t *items = json_object_get(list, "itemListElement");
    size_t n = json_array_size(items);
    if (n == 0 || n > 64)
        return;
    const json_t *sorted[64];
    double pos[64];
    for (size_t i = 0; i < n; i++) {
        const json_t *it = json_array_get(items, i);
        const json_t *p = json_object_get(it, "position");
        double at = json_is_number(p)   ? json_number_value(p)
                    : json_is_string(p) ? strtod(json_string_value(p), NULL)
                                        : (double)i;
        /* Insertion sort by position; equal positions keep their order. */
        size_t j = i;
        while (j > 0 && pos[j - 1] > at) {
            sorted[j] = sorted[j - 1];
            pos[j] = pos[j - 1];
            j--;
        }
        sorted[j] = it;
        pos[j] = at;
    }
    art_vec crumbs = {NULL, 0, 0};
    for (size_t i = 0; i < n; i++) {
        const json_t *it = sorted[i];
        const json_t *item = json_object_get(it, "item");
        const char *name = str(it, "name");
        const char *url = NULL;
        if (json_is_string(item)) {
            url = json_string_value(item);
        } else if (json_is_object(item)) {
            url = str(item, "@id") ? str(item, "@id") : str(item, "url");
            if (!name)
                name = str(item, "name");
        }
        if (!url)
            url = str(it, "url");
        const char *clean = name ? art_meta_clean(ctx, name) : NULL;
        if (!clean || !*clean)
            continue;
        art_person p = {clean, url ? art_html_resolve_url(ctx, url) : NULL};
        if (art_vec_push(&ctx->doc->arena, &crumbs, sizeof p, &p))
            m->failed = 1;
    }
    art_meta_offer_list(&m->breadcrumbs, &crumbs, prio);
}

/* Word characters as JavaScript's \w (ASCII only), the tokens the 0.75
 * threshold below was tuned on. */
static int word_char(char c)
{
    unsigned char u = (unsigned char)c;
    return u == '_' || (u >= '0' && u <= '9') || ((u | 32) >= 'a' && (u | 32) <= 'z');
}

/* 1 when the word w[0..n) is one of the words of s (ignoring case). */
static int has_word(const char *s, const char *w, size_t n)
{
    for (const char *p = s; *p;) {
        while (*p && !word_char(*p))
            p++;
        const char *start = p;
        while (*p && word_char(*p))
            p++;
        if ((size_t)(p - start) == n && n && strncasecmp(start, w, n) == 0)
            return 1;
    }
    return 0;
}

/* How much of the <title> the words of s cover, 0..1, by characters
 * (Readability's textSimilarity). Titles are short; looked at up to
 * 512 bytes to keep this bounded. */
static double covers(const char *s, const char *title)
{
    size_t all = 0, missing = 0;
    for (const char *p = title; *p && p - title < 512;) {
        while (*p && !word_char(*p))
            p++;
        const char *start = p;
        while (*p && word_char(*p))
            p++;
        size_t n = (size_t)(p - start);
        if (!n)
            continue;
        all += n + 1;
        if (!has_word(s, start, n))
            missing += n + 1;
    }
    return all ? 1.0 - (double)missing / (double)all : 0.0;
}

/* The fields of an article (prio ART_PRIO_JSONLD) or a WebPage (weak). */
static void read_article(art_html_ctx *ctx, art_meta *m, const graph *g, const json_t *o, int prio)
{
    /* headline, or name when there is none. When both are there and
     * differ, some sites put their own name (or a label) in one of them:
     * the headline when it matches the <title> and the name does not
     * (Readability's rule: Wikipedia's headline is a label, aktualne.cz's
     * name is the site's). */
    const char *title = str(o, "headline");
    const char *name = str(o, "name");
    if (!title || (name && strcmp(name, title) != 0 &&
                   !(m->title_tag && covers(title, m->title_tag) > 0.75 &&
                     covers(name, m->title_tag) <= 0.75)))
        title = name;
    int had = m->field[ARTICLE_FIELD_TITLE].prio;
    art_meta_offer(ctx, m, ARTICLE_FIELD_TITLE, title, prio);
    /* A headline is kept as it is; a name may carry " - Site". */
    if (prio == ART_PRIO_JSONLD && had != prio && m->field[ARTICLE_FIELD_TITLE].prio == prio)
        m->title_from_jsonld = title != name;
    art_meta_offer(ctx, m, ARTICLE_FIELD_SUBTITLE, str(o, "alternativeHeadline"), prio);
    art_meta_offer(ctx, m, ARTICLE_FIELD_SUMMARY, str(o, "description"), prio);
    const char *url = str(o, "url");
    if (!url)
        url = str_or_name(o, "mainEntityOfPage", "@id");
    art_meta_offer(ctx, m, ARTICLE_FIELD_URL, url, prio);
    const char *published = str(o, "datePublished");
    if (!published)
        published = str(o, "dateCreated");
    if (!published)
        published = str(o, "uploadDate");
    art_meta_offer(ctx, m, ARTICLE_FIELD_PUBLISHED, published, prio);
    art_meta_offer(ctx, m, ARTICLE_FIELD_MODIFIED, str(o, "dateModified"), prio);
    const char *lang = str_or_name(o, "inLanguage", "alternateName");
    art_meta_offer(ctx, m, ARTICLE_FIELD_LANGUAGE, lang, prio);
    const json_t *author = json_object_get(o, "author");
    read_people(ctx, m, g, author ? author : json_object_get(o, "creator"), prio);
    const json_t *publisher = json_object_get(o, "publisher");
    if (json_is_array(publisher))
        publisher = json_array_get(publisher, 0);
    publisher = resolve(g, publisher);
    art_meta_offer(
        ctx, m, ARTICLE_FIELD_SITE_NAME,
        json_is_string(publisher) ? json_string_value(publisher) : str(publisher, "name"), prio);
    read_keywords(ctx, m, json_object_get(o, "keywords"), prio);
    read_image(ctx, m, g, json_object_get(o, "image"), prio);
    const json_t *crumbs = json_object_get(o, "breadcrumb");
    if (json_is_object(crumbs))
        read_crumbs(ctx, m, crumbs, ART_PRIO_JSONLD);
}

/* The script text as jansson can read it: from the first { or [ (past
 * "<!--", "//<![CDATA[" wrappers), with raw control characters inside
 * strings (invalid JSON, common on the web) made spaces. */
static char *sanitize(const article_allocator *alc, const char *text, size_t *len)
{
    const char *start = text;
    for (;;) {
        while (art_is_space((unsigned char)*start))
            start++;
        if (strncmp(start, "<![CDATA[", 9) == 0)
            start += 9;
        else if (strncmp(start, "<!--", 4) == 0)
            start += 4;
        else if (strncmp(start, "//", 2) == 0)
            start += strcspn(start, "\n");
        else
            break;
    }
    size_t n = strlen(start);
    char *out = alc->malloc(alc->ctx, n + 1);
    if (!out)
        return NULL;
    int in_string = 0, escaped = 0;
    for (size_t i = 0; i < n; i++) {
        char c = start[i];
        if (in_string) {
            if (escaped)
                escaped = 0;
            else if (c == '\\')
                escaped = 1;
            else if (c == '"')
                in_string = 0;
            else if ((unsigned char)c < 0x20)
                c = ' ';
        } else if (c == '"') {
            in_string = 1;
        }
        out[i] = c;
    }
    out[n] = '\0';
    *len = n;
    return out;
}

void art_meta_jsonld(art_html_ctx *ctx, art_meta *m, const char *text)
{
    size_t len = 0;
    const article_allocator *alc = &ctx->doc->arena.alc;
    char *clean = sanitize(alc, text, &len);
    if (!clean) {
        m->failed = 1;
        return;
    }
    json_error_t jerr;
    json_t *root = json_loadb(clean, len, JSON_DISABLE_EOF_CHECK, &jerr);
    alc->free(alc->ctx, clean);
    if (!root)
        return; /* broken JSON-LD is common; the other sources remain */

    /* Breadth-first over objects, with their depth: articles and pages
     * are kept in document order and read after the walk. */
    const json_t *queue[MAX_OBJECTS];
    int depth[MAX_OBJECTS];
    size_t head = 0, tail = 0;
    queue[tail] = root;
    depth[tail++] = 0;
    const json_t *articles[16], *pages[16];
    size_t n_articles = 0, n_pages = 0;
    while (head < tail) {
        const json_t *v = queue[head];
        int d = depth[head++];
        const json_t *children[3] = {NULL, NULL, NULL};
        if (json_is_array(v)) {
            size_t i;
            const json_t *e;
            json_array_foreach(v, i, e)
            {
                if (tail < MAX_OBJECTS && d < MAX_DEPTH) {
                    queue[tail] = e;
                    depth[tail++] = d + 1;
                }
            }
            continue;
        }
        if (!json_is_object(v))
            continue;
        art_page_note_jsonld(ctx, v); /* page_type.c: the page's kind */
        switch (kind_of(v)) {
        case KIND_ARTICLE:
            if (n_articles < 16)
                articles[n_articles++] = v;
            break;
        case KIND_PAGE:
            if (n_pages < 16)
                pages[n_pages++] = v;
            break;
        case KIND_SITE:
            art_meta_offer(ctx, m, ARTICLE_FIELD_SITE_NAME, str(v, "name"), ART_PRIO_META + 5);
            break;
        case KIND_CRUMBS:
            read_crumbs(ctx, m, v, ART_PRIO_JSONLD);
            break;
        case KIND_OTHER: {
            /* Any other node of the graph (VideoObject, Event, Recipe...)
             * still dates the page when nothing better does. */
            const char *date = str(v, "datePublished");
            if (!date)
                date = str(v, "uploadDate");
            if (!date)
                date = str(v, "dateCreated");
            art_meta_offer(ctx, m, ARTICLE_FIELD_PUBLISHED, date, ART_PRIO_MICRODATA - 1);
            break;
        }
        }
        children[0] = json_object_get(v, "@graph");
        children[1] = json_object_get(v, "mainEntity");
        children[2] = json_object_get(v, "breadcrumb");
        for (int i = 0; i < 3; i++) {
            if (children[i] && tail < MAX_OBJECTS && d < MAX_DEPTH) {
                queue[tail] = children[i];
                depth[tail++] = d + 1;
            }
        }
    }
    graph g = {queue, tail};
    /* The first article with a headline wins; others only fill gaps. */
    for (size_t i = 0; i < n_articles; i++)
        if (str(articles[i], "headline"))
            read_article(ctx, m, &g, articles[i], ART_PRIO_JSONLD);
    for (size_t i = 0; i < n_articles; i++)
        read_article(ctx, m, &g, articles[i], ART_PRIO_JSONLD);
    for (size_t i = 0; i < n_pages; i++)
        read_article(ctx, m, &g, pages[i], ART_PRIO_JSONLD_WEAK);
    json_decref(root);
}
