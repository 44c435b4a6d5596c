/* <meta> and <link> elements -> metadata candidates: OpenGraph and
 * article:* (ART_PRIO_OG), Dublin Core, Parse.ly, Sailthru and plain
 * name=author/description/date/keywords (ART_PRIO_META), Twitter cards
 * (ART_PRIO_TWITTER), and the canonical link. */
#include "meta.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef enum action {
    SET_FIELD,
    OG_AUTHOR,
    META_AUTHOR,
    OG_TAG,
    META_TAG,
    OG_IMAGE,
    OG_IMAGE_WIDTH,
    OG_IMAGE_HEIGHT,
    OG_IMAGE_ALT,
    TWITTER_IMAGE
} action;

/* Keys are compared lowercased with '.' read as ':' (dc.date = dc:date). */
static const struct {
    const char *key;
    action act;
    article_field field;
    int prio;
} keys[] = {
    {"og:title", SET_FIELD, ARTICLE_FIELD_TITLE, ART_PRIO_OG},
    {"og:description", SET_FIELD, ARTICLE_FIELD_SUMMARY, ART_PRIO_OG},
    {"og:site_name", SET_FIELD, ARTICLE_FIELD_SITE_NAME, ART_PRIO_OG},
    {"og:url", SET_FIELD, ARTICLE_FIELD_URL, ART_PRIO_OG + 2},
    {"og:locale", SET_FIELD, ARTICLE_FIELD_LANGUAGE, ART_PRIO_META + 5},
    {"article:published_time", SET_FIELD, ARTICLE_FIELD_PUBLISHED, ART_PRIO_OG},
    {"article:published", SET_FIELD, ARTICLE_FIELD_PUBLISHED, ART_PRIO_OG + 1},
    {"og:published_time", SET_FIELD, ARTICLE_FIELD_PUBLISHED, ART_PRIO_OG + 1},
    {"og:pubdate", SET_FIELD, ARTICLE_FIELD_PUBLISHED, ART_PRIO_OG + 1},
    {"article:modified_time", SET_FIELD, ARTICLE_FIELD_MODIFIED, ART_PRIO_OG},
    {"article:modified", SET_FIELD, ARTICLE_FIELD_MODIFIED, ART_PRIO_OG + 1},
    {"og:updated_time", SET_FIELD, ARTICLE_FIELD_MODIFIED, ART_PRIO_OG + 1},
    {"og:article:published_time", SET_FIELD, ARTICLE_FIELD_PUBLISHED, ART_PRIO_OG + 1},
    {"og:article:modified_time", SET_FIELD, ARTICLE_FIELD_MODIFIED, ART_PRIO_OG + 1},
    {"article:author", OG_AUTHOR, ARTICLE_FIELD_COUNT_, 0},
    {"og:article:author", OG_AUTHOR, ARTICLE_FIELD_COUNT_, 0},
    {"article:tag", OG_TAG, ARTICLE_FIELD_COUNT_, 0},
    {"og:image", OG_IMAGE, ARTICLE_FIELD_COUNT_, 0},
    {"og:image:url", OG_IMAGE, ARTICLE_FIELD_COUNT_, 0},
    {"og:image:secure_url", OG_IMAGE, ARTICLE_FIELD_COUNT_, 0},
    {"og:image:width", OG_IMAGE_WIDTH, ARTICLE_FIELD_COUNT_, 0},
    {"og:image:height", OG_IMAGE_HEIGHT, ARTICLE_FIELD_COUNT_, 0},
    {"og:image:alt", OG_IMAGE_ALT, ARTICLE_FIELD_COUNT_, 0},
    {"twitter:title", SET_FIELD, ARTICLE_FIELD_TITLE, ART_PRIO_TWITTER},
    {"twitter:description", SET_FIELD, ARTICLE_FIELD_SUMMARY, ART_PRIO_TWITTER},
    {"twitter:image", TWITTER_IMAGE, ARTICLE_FIELD_COUNT_, 0},
    {"twitter:image:src", TWITTER_IMAGE, ARTICLE_FIELD_COUNT_, 0},
    {"author", META_AUTHOR, ARTICLE_FIELD_COUNT_, 0},
    {"byl", META_AUTHOR, ARTICLE_FIELD_COUNT_, 0},
    {"dc:creator", META_AUTHOR, ARTICLE_FIELD_COUNT_, 0},
    {"dcterms:creator", META_AUTHOR, ARTICLE_FIELD_COUNT_, 0},
    {"parsely-author", META_AUTHOR, ARTICLE_FIELD_COUNT_, 0},
    {"sailthru:author", META_AUTHOR, ARTICLE_FIELD_COUNT_, 0},
    {"citation_author", META_AUTHOR, ARTICLE_FIELD_COUNT_, 0},
    {"title", SET_FIELD, ARTICLE_FIELD_TITLE, ART_PRIO_META},
    /* A page that states a Dublin Core record states it on purpose (few
     * do): its title is the work's, before the share-card's. */
    {"dc:title", SET_FIELD, ARTICLE_FIELD_TITLE, ART_PRIO_OG - 2},
    {"dcterms:title", SET_FIELD, ARTICLE_FIELD_TITLE, ART_PRIO_OG - 2},
    {"parsely-title", SET_FIELD, ARTICLE_FIELD_TITLE, ART_PRIO_META},
    {"sailthru:title", SET_FIELD, ARTICLE_FIELD_TITLE, ART_PRIO_META},
    {"citation_title", SET_FIELD, ARTICLE_FIELD_TITLE, ART_PRIO_META},
    {"description", SET_FIELD, ARTICLE_FIELD_SUMMARY, ART_PRIO_META},
    {"dc:description", SET_FIELD, ARTICLE_FIELD_SUMMARY, ART_PRIO_META},
    {"dcterms:description", SET_FIELD, ARTICLE_FIELD_SUMMARY, ART_PRIO_META},
    {"dcterms:abstract", SET_FIELD, ARTICLE_FIELD_SUMMARY, ART_PRIO_META + 1},
    {"sailthru:description", SET_FIELD, ARTICLE_FIELD_SUMMARY, ART_PRIO_META + 1},
    /* A bare "date" is often the CMS's last change (TYPO3 writes it so):
     * after the date shown next to the headline. */
    {"date", SET_FIELD, ARTICLE_FIELD_PUBLISHED, ART_PRIO_DATE_SEEN + 1},
    {"pubdate", SET_FIELD, ARTICLE_FIELD_PUBLISHED, ART_PRIO_META},
    {"publishdate", SET_FIELD, ARTICLE_FIELD_PUBLISHED, ART_PRIO_META},
    {"publish-date", SET_FIELD, ARTICLE_FIELD_PUBLISHED, ART_PRIO_META},
    {"publish_date", SET_FIELD, ARTICLE_FIELD_PUBLISHED, ART_PRIO_META},
    {"publication_date", SET_FIELD, ARTICLE_FIELD_PUBLISHED, ART_PRIO_META},
    {"dc:date", SET_FIELD, ARTICLE_FIELD_PUBLISHED, ART_PRIO_META},
    {"dc:date:issued", SET_FIELD, ARTICLE_FIELD_PUBLISHED, ART_PRIO_META},
    {"dc:date:created", SET_FIELD, ARTICLE_FIELD_PUBLISHED, ART_PRIO_META},
    {"dcterms:created", SET_FIELD, ARTICLE_FIELD_PUBLISHED, ART_PRIO_META},
    {"dcterms:issued", SET_FIELD, ARTICLE_FIELD_PUBLISHED, ART_PRIO_META},
    /* TYPO3 writes its last change here too, as in the bare "date". */
    {"dcterms:date", SET_FIELD, ARTICLE_FIELD_PUBLISHED, ART_PRIO_DATE_SEEN + 1},
    {"parsely-pub-date", SET_FIELD, ARTICLE_FIELD_PUBLISHED, ART_PRIO_META},
    {"sailthru:date", SET_FIELD, ARTICLE_FIELD_PUBLISHED, ART_PRIO_META},
    {"citation_publication_date", SET_FIELD, ARTICLE_FIELD_PUBLISHED, ART_PRIO_META},
    {"citation_date", SET_FIELD, ARTICLE_FIELD_PUBLISHED, ART_PRIO_META + 1},
    {"originalpublicationdate", SET_FIELD, ARTICLE_FIELD_PUBLISHED, ART_PRIO_META},
    {"article:published_date", SET_FIELD, ARTICLE_FIELD_PUBLISHED, ART_PRIO_META},
    {"datepublished", SET_FIELD, ARTICLE_FIELD_PUBLISHED, ART_PRIO_META},
    {"datecreated", SET_FIELD, ARTICLE_FIELD_PUBLISHED, ART_PRIO_META + 1},
    {"date:available", SET_FIELD, ARTICLE_FIELD_PUBLISHED, ART_PRIO_META + 1},
    {"dc:date:available", SET_FIELD, ARTICLE_FIELD_PUBLISHED, ART_PRIO_META + 1},
    {"dcterms:available", SET_FIELD, ARTICLE_FIELD_PUBLISHED, ART_PRIO_META + 1},
    {"published-date", SET_FIELD, ARTICLE_FIELD_PUBLISHED, ART_PRIO_META},
    {"publication-date", SET_FIELD, ARTICLE_FIELD_PUBLISHED, ART_PRIO_META},
    {"article_date_original", SET_FIELD, ARTICLE_FIELD_PUBLISHED, ART_PRIO_META},
    {"cxenseparse:publishtime", SET_FIELD, ARTICLE_FIELD_PUBLISHED, ART_PRIO_META + 1},
    {"cxenseparse:recs:publishtime", SET_FIELD, ARTICLE_FIELD_PUBLISHED, ART_PRIO_META + 1},
    {"shareaholic:article_published_time", SET_FIELD, ARTICLE_FIELD_PUBLISHED, ART_PRIO_META + 1},
    {"bt:pubdate", SET_FIELD, ARTICLE_FIELD_PUBLISHED, ART_PRIO_META + 1},
    {"pdate", SET_FIELD, ARTICLE_FIELD_PUBLISHED, ART_PRIO_META + 1},
    {"uploaddate", SET_FIELD, ARTICLE_FIELD_PUBLISHED, ART_PRIO_META + 2},
    {"datemodified", SET_FIELD, ARTICLE_FIELD_MODIFIED, ART_PRIO_META},
    {"shareaholic:article_modified_time", SET_FIELD, ARTICLE_FIELD_MODIFIED, ART_PRIO_META + 1},
    {"bt:moddate", SET_FIELD, ARTICLE_FIELD_MODIFIED, ART_PRIO_META + 1},
    {"last_updated_date", SET_FIELD, ARTICLE_FIELD_MODIFIED, ART_PRIO_META + 1},
    {"dcterms:modified", SET_FIELD, ARTICLE_FIELD_MODIFIED, ART_PRIO_META},
    {"dc:date:modified", SET_FIELD, ARTICLE_FIELD_MODIFIED, ART_PRIO_META},
    {"last-modified", SET_FIELD, ARTICLE_FIELD_MODIFIED, ART_PRIO_META},
    {"lastmod", SET_FIELD, ARTICLE_FIELD_MODIFIED, ART_PRIO_META},
    {"keywords", META_TAG, ARTICLE_FIELD_COUNT_, 0},
    {"news_keywords", META_TAG, ARTICLE_FIELD_COUNT_, 0},
    {"parsely-tags", META_TAG, ARTICLE_FIELD_COUNT_, 0},
    {"sailthru:tags", META_TAG, ARTICLE_FIELD_COUNT_, 0},
    {"dc:language", SET_FIELD, ARTICLE_FIELD_LANGUAGE, ART_PRIO_META},
    {"dcterms:language", SET_FIELD, ARTICLE_FIELD_LANGUAGE, ART_PRIO_META},
    {"content-language", SET_FIELD, ARTICLE_FIELD_LANGUAGE, ART_PRIO_META},
    {"language", SET_FIELD, ARTICLE_FIELD_LANGUAGE, ART_PRIO_META + 1},
    {"application-name", SET_FIELD, ARTICLE_FIELD_SITE_NAME, ART_PRIO_META + 8},
    {"dc:publisher", SET_FIELD, ARTICLE_FIELD_SITE_NAME, ART_PRIO_META + 6},
};

static int is_url(const char *s)
{
    return strncasecmp(s, "http://", 7) == 0 || strncasecmp(s, "https://", 8) == 0 ||
           strncmp(s, "//", 2) == 0;
}

/* Which key names the <meta> authors, best first: Dublin Core's creator
 * (the bibliographic record), then any other. */
static int author_rank(const char *key, int from_name)
{
    if (strcmp(key, "dc:creator") == 0 || strcmp(key, "dcterms:creator") == 0)
        return from_name;
    return 2;
}

/* from_name: the key came from name= rather than property=. For Dublin
 * Core, which pages give both ways, the RDFa property= form is the
 * later, deliberate statement and wins a tie. */
static void apply(art_html_ctx *ctx, art_meta *m, const char *key, size_t key_len,
                  const char *content, int from_name)
{
    char k[48];
    if (key_len == 0 || key_len >= sizeof k)
        return;
    for (size_t i = 0; i < key_len; i++) {
        char c = key[i];
        k[i] = c == '.' ? ':' : (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    k[key_len] = '\0';
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        if (strcmp(k, keys[i].key) != 0)
            continue;
        switch (keys[i].act) {
        case SET_FIELD:
            art_meta_offer(ctx, m, keys[i].field, content,
                           keys[i].prio + (from_name && keys[i].prio < ART_PRIO_OG));
            break;
        case OG_AUTHOR:
            /* Often a Facebook profile URL: not a name. */
            if (!is_url(content))
                art_meta_push_byline(ctx, m, &m->og_authors, content, NULL);
            break;
        case META_AUTHOR: {
            /* One key names the authors (dc:creator or author, not both:
             * pages fill the second with something else): the best
             * ranked, the first met among equals. */
            int rank = author_rank(keys[i].key, from_name);
            if (is_url(content))
                break;
            if (m->meta_author_key && rank < m->meta_author_rank) {
                m->meta_authors.count = 0;
                m->meta_author_key = NULL;
            }
            if (!m->meta_author_key ||
                (m->meta_author_key == keys[i].key && rank == m->meta_author_rank)) {
                art_meta_push_byline(ctx, m, &m->meta_authors, content, NULL);
                if (m->meta_authors.count) {
                    m->meta_author_key = keys[i].key;
                    m->meta_author_rank = rank;
                }
            }
            break;
        }
        case OG_TAG:
            art_meta_push_tag(ctx, m, &m->og_tags, content);
            break;
        case META_TAG:
            if (!m->meta_tags.count)
                art_meta_push_tags_csv(ctx, m, &m->meta_tags, content);
            break;
        case OG_IMAGE:
            if (!m->og_image.src)
                m->og_image.src = content;
            else if (strcmp(content, m->og_image.src) != 0)
                m->og_image.closed = 1;
            break;
        case OG_IMAGE_WIDTH:
            if (!m->og_image.closed && !m->og_image.width)
                m->og_image.width = atoi(content);
            break;
        case OG_IMAGE_HEIGHT:
            if (!m->og_image.closed && !m->og_image.height)
                m->og_image.height = atoi(content);
            break;
        case OG_IMAGE_ALT:
            if (!m->og_image.closed && !m->og_image.alt)
                m->og_image.alt = content;
            break;
        case TWITTER_IMAGE:
            if (!m->twitter_image)
                m->twitter_image = content;
            break;
        }
        return;
    }
}

void art_meta_tag(art_html_ctx *ctx, art_meta *m, const xmlNode *n)
{
    const char *content = art_dom_attr(n, "content");
    if (!content || !*content)
        return;
    /* property="dc:description og:description": every word is a key. */
    const char *names[3] = {art_dom_attr(n, "property"), art_dom_attr(n, "name"),
                            art_dom_attr(n, "http-equiv")};
    for (int i = 0; i < 3; i++) {
        const char *p = names[i];
        while (p && *p) {
            while (art_is_space((unsigned char)*p))
                p++;
            const char *start = p;
            while (*p && !art_is_space((unsigned char)*p))
                p++;
            apply(ctx, m, start, (size_t)(p - start), content, i > 0);
        }
    }
}

void art_meta_link(art_html_ctx *ctx, art_meta *m, const xmlNode *n)
{
    if (art_dom_attr_has_word(n, "rel", "canonical"))
        art_meta_offer(ctx, m, ARTICLE_FIELD_URL, art_dom_attr(n, "href"), ART_PRIO_OG - 1);
}
