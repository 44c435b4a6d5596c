/* The metadata stage: every source offers candidates (meta_dom.c walks
 * the page and feeds jsonld.c, meta_tags.c, byline.c), the best priority
 * wins per field, and this file writes the winners into the document.
 * The DOM is left as it is: the content stage drops the visible title and
 * byline from the body by comparing with the model's title and authors. */
#include "meta.h"

#include <string.h>
#include <strings.h>

/* MARK: - Candidates */

/* Named references pages double-escape most ("&amp;quot;" in an
 * attribute, "&#039;" in JSON-LD). */
static const struct {
    const char *name;
    const char *text;
} entities[] = {
    {"amp;", "&"},
    {"lt;", "<"},
    {"gt;", ">"},
    {"quot;", "\""},
    {"apos;", "'"},
    {"nbsp;", " "},
    {"ndash;", "\xe2\x80\x93"},
    {"mdash;", "\xe2\x80\x94"},
    {"rsquo;", "\xe2\x80\x99"},
    {"lsquo;", "\xe2\x80\x98"},
    {"rdquo;", "\xe2\x80\x9d"},
    {"ldquo;", "\xe2\x80\x9c"},
    {"hellip;", "\xe2\x80\xa6"},
    {"bull;", "\xe2\x80\xa2"},
    {"middot;", "\xc2\xb7"},
    {"raquo;", "\xc2\xbb"},
    {"laquo;", "\xc2\xab"},
};

/* Appends code point cp as UTF-8 (nothing for NUL, surrogates, or
 * values past U+10FFFF: U+FFFD instead). */
static void put_code_point(art_buf *b, unsigned long cp)
{
    if (cp == 0 || (cp >= 0xD800 && cp < 0xE000) || cp > 0x10FFFF)
        cp = 0xFFFD;
    char u[4];
    size_t n;
    if (cp < 0x80) {
        u[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        u[0] = (char)(0xF0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    art_buf_put(b, u, n);
}

/* Character references left in a string after libxml2 decoded the page
 * once: the page escaped twice, and a browser-side reader (Readability)
 * decodes again. Only well-formed references ending in ';' are read. */
static const char *decode_entities(art_html_ctx *ctx, const char *s)
{
    if (!strchr(s, '&'))
        return s;
    art_buf b;
    art_buf_init(&b, &ctx->doc->arena.alc);
    const char *p = s;
    while (*p) {
        const char *amp = strchr(p, '&');
        if (!amp) {
            art_buf_puts(&b, p);
            break;
        }
        art_buf_put(&b, p, (size_t)(amp - p));
        p = amp + 1;
        int done = 0;
        if (*p == '#') {
            int hex = p[1] == 'x' || p[1] == 'X';
            const char *d = p + 1 + hex;
            unsigned long cp = 0;
            size_t n = 0;
            while (n < 8 && ((d[n] >= '0' && d[n] <= '9') ||
                             (hex && (d[n] | 32) >= 'a' && (d[n] | 32) <= 'f'))) {
                int v = d[n] <= '9' ? d[n] - '0' : (d[n] | 32) - 'a' + 10;
                cp = cp * (hex ? 16u : 10u) + (unsigned long)v;
                n++;
            }
            if (n && d[n] == ';') {
                put_code_point(&b, cp);
                p = d + n + 1;
                done = 1;
            }
        } else {
            for (size_t i = 0; i < sizeof entities / sizeof entities[0] && !done; i++) {
                size_t n = strlen(entities[i].name);
                if (strncmp(p, entities[i].name, n) == 0) {
                    art_buf_puts(&b, entities[i].text);
                    p += n;
                    done = 1;
                }
            }
        }
        if (!done)
            art_buf_putc(&b, '&');
    }
    const char *out = b.failed ? NULL : art_html_clean_string(ctx, b.data ? b.data : "");
    art_buf_free(&b);
    return out;
}

/* s with each invalid UTF-8 byte made U+FFFD: libxml2 passes invalid
 * bytes of a page declared UTF-8 through, and the model takes only
 * valid UTF-8. */
static const char *repair_utf8(art_html_ctx *ctx, const char *s)
{
    size_t len = strlen(s);
    if (art_utf8_valid(s, len))
        return s;
    art_buf b;
    art_buf_init(&b, &ctx->doc->arena.alc);
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        if (i + n <= len && art_utf8_valid(s + i, n)) {
            art_buf_put(&b, s + i, n);
            i += n;
        } else {
            art_buf_puts(&b, "\xef\xbf\xbd");
            i++;
        }
    }
    const char *out = b.failed ? NULL : art_doc_strndup(ctx->doc, b.data ? b.data : "", b.len);
    art_buf_free(&b);
    return out;
}

const char *art_meta_clean(art_html_ctx *ctx, const char *s)
{
    const char *v = art_html_clean_string(ctx, s);
    if (v)
        v = repair_utf8(ctx, v);
    /* Twice at most: "&amp;#8230;" in JSON-LD is "&#8230;" after one. */
    const char *once = v ? decode_entities(ctx, v) : NULL;
    if (once && once != v && strchr(once, '&'))
        return decode_entities(ctx, once);
    return once;
}

/* A BCP 47 tag as pages write it ("en", "en-US", "en_us") with '_' made
 * '-', or NULL when it is not one ("English", "*"). */
static const char *language_tag(art_html_ctx *ctx, const char *s)
{
    size_t len = strlen(s);
    if (len < 2 || len > 35)
        return NULL;
    char tag[36];
    size_t first = 0;
    int in_first = 1;
    for (size_t i = 0; i < len; i++) {
        char c = s[i] == '_' ? '-' : s[i];
        int alpha = (c | 32) >= 'a' && (c | 32) <= 'z';
        int digit = c >= '0' && c <= '9';
        if (c == '-') {
            if (i == 0 || tag[i - 1] == '-')
                return NULL;
            in_first = 0;
        } else if (in_first && alpha) {
            first++;
        } else if (in_first || !(alpha || digit)) {
            return NULL;
        }
        tag[i] = c;
    }
    tag[len] = '\0';
    if (first < 2 || first > 3 || tag[len - 1] == '-')
        return NULL;
    return art_doc_strdup(ctx->doc, tag);
}

void art_meta_offer(art_html_ctx *ctx, art_meta *m, article_field f, const char *raw, int prio)
{
    if (!raw || (prio >= m->field[f].prio && f != ARTICLE_FIELD_TITLE))
        return;
    const char *v = art_meta_clean(ctx, raw);
    if (!v) {
        m->failed = 1;
        return;
    }
    if (!*v)
        return;
    switch (f) {
    case ARTICLE_FIELD_PUBLISHED:
    case ARTICLE_FIELD_MODIFIED:
        v = art_meta_date(ctx, v);
        break;
    case ARTICLE_FIELD_LANGUAGE:
        v = language_tag(ctx, v);
        break;
    case ARTICLE_FIELD_URL:
        v = art_html_resolve_url(ctx, v);
        if (v && strncasecmp(v, "http", 4) != 0)
            v = NULL;
        break;
    default:
        break;
    }
    if (!v)
        return;
    /* Titles are kept whatever their rank: meta_title.c asks whether
     * the declared ones agree. */
    if (f == ARTICLE_FIELD_TITLE && prio <= ART_PRIO_TITLE_TAG && prio != ART_PRIO_MICRODATA &&
        m->declared_count < sizeof m->declared_titles / sizeof m->declared_titles[0])
        m->declared_titles[m->declared_count++] = v;
    if (prio >= m->field[f].prio)
        return;
    m->field[f].value = v;
    m->field[f].prio = prio;
}

void art_meta_offer_list(art_meta_list *dst, const art_vec *items, int prio)
{
    if (!items->count || prio >= dst->prio)
        return;
    dst->items = *items;
    dst->prio = prio;
}

void art_meta_offer_image(art_html_ctx *ctx, art_meta *m, const char *src, const char *alt,
                          int width, int height, int prio)
{
    if (!src || prio >= m->image.prio)
        return;
    const char *abs = art_html_resolve_url(ctx, src);
    if (!abs || strncasecmp(abs, "data:", 5) == 0)
        return;
    m->image.src = abs;
    m->image.alt = alt ? art_meta_clean(ctx, alt) : NULL;
    m->image.width = width > 0 ? width : 0;
    m->image.height = height > 0 ? height : 0;
    m->image.prio = prio;
}

const char *art_meta_plain_spaces(art_html_ctx *ctx, const char *s)
{
    if (!strstr(s, "\xc2\xa0"))
        return s;
    art_buf b;
    art_buf_init(&b, &ctx->doc->arena.alc);
    for (const char *p = s; *p;) {
        const char *nbsp = strstr(p, "\xc2\xa0");
        size_t n = nbsp ? (size_t)(nbsp - p) : strlen(p);
        art_buf_put(&b, p, n);
        if (!nbsp)
            break;
        art_buf_putc(&b, ' ');
        p = nbsp + 2;
    }
    const char *out = b.failed ? NULL : art_doc_strndup(ctx->doc, b.data ? b.data : "", b.len);
    art_buf_free(&b);
    return out;
}

/* name without the site's name written after it ("Kevin McCoy USA
 * TODAY", "Troy Smith, Cleveland.com", "Finn Cunn. Sputnik News"): the
 * publication the writer works for, not part of the name. What is left
 * must hold two words; an arena string or name itself, NULL when out of
 * memory. */
static const char *without_site(art_html_ctx *ctx, const art_meta *m, const char *name)
{
    const char *site = m->field[ARTICLE_FIELD_SITE_NAME].value;
    const char *url =
        m->field[ARTICLE_FIELD_URL].value ? m->field[ARTICLE_FIELD_URL].value : ctx->base_url;
    size_t len = strlen(name);
    for (size_t i = len; i-- > 1;) {
        if (name[i] != ' ')
            continue;
        const char *tail = name + i + 1;
        if (!*tail || !art_meta_names_publication(tail, len - i - 1, site, url))
            continue;
        size_t head = i;
        while (head && (name[head - 1] == ',' || name[head - 1] == '.' || name[head - 1] == ' '))
            head--;
        /* "Recipe by Site" is no name followed by the site */
        if (head && memchr(name, ' ', head) &&
            !(head > 3 && strncasecmp(name + head - 3, " by", 3) == 0))
            return art_doc_strndup(ctx->doc, name, head);
    }
    return name;
}

void art_meta_push_person(art_html_ctx *ctx, art_meta *m, art_vec *items, const char *name,
                          const char *url)
{
    if (!name)
        return;
    const char *plain = art_meta_plain_spaces(ctx, name);
    const char *clean = plain ? art_meta_clean(ctx, plain) : NULL;
    if (!clean) {
        m->failed = 1;
        return;
    }
    clean = without_site(ctx, m, clean);
    if (!clean) {
        m->failed = 1;
        return;
    }
    if (!*clean || !art_meta_name_ok(clean))
        return;
    /* A page's author list is short; a longer one is junk (and the
     * de-duplication below is quadratic). */
    if (items->count >= ART_META_MAX_LIST)
        return;
    const char *abs = url ? art_html_resolve_url(ctx, url) : NULL;
    art_person *people = items->items;
    for (size_t i = 0; i < items->count; i++) {
        if (strcasecmp(people[i].name, clean) == 0) {
            if (!people[i].url)
                people[i].url = abs;
            return;
        }
    }
    art_person p = {clean, abs};
    if (art_vec_push(&ctx->doc->arena, items, sizeof p, &p))
        m->failed = 1;
}

void art_meta_push_tag(art_html_ctx *ctx, art_meta *m, art_vec *items, const char *tag)
{
    if (!tag)
        return;
    const char *clean = art_meta_clean(ctx, tag);
    if (!clean) {
        m->failed = 1;
        return;
    }
    if (!*clean || items->count >= ART_META_MAX_LIST)
        return;
    const art_person *tags = items->items;
    for (size_t i = 0; i < items->count; i++)
        if (strcasecmp(tags[i].name, clean) == 0)
            return;
    art_person p = {clean, NULL};
    if (art_vec_push(&ctx->doc->arena, items, sizeof p, &p))
        m->failed = 1;
}

void art_meta_push_tags_csv(art_html_ctx *ctx, art_meta *m, art_vec *items, const char *csv)
{
    const char *p = csv;
    while (p && *p) {
        const char *comma = strchr(p, ',');
        size_t n = comma ? (size_t)(comma - p) : strlen(p);
        const char *one = art_doc_strndup(ctx->doc, p, n);
        if (!one) {
            m->failed = 1;
            return;
        }
        art_meta_push_tag(ctx, m, items, one);
        p = comma ? comma + 1 : NULL;
    }
}

/* MARK: - Into the document */

static article_status set_people(article_doc *doc, const art_meta_list *list,
                                 article_status (*add)(article_doc *, const char *, const char *))
{
    const art_person *p = list->items.items;
    for (size_t i = 0; i < list->items.count; i++) {
        article_status st = add(doc, p[i].name, p[i].url);
        if (st != ARTICLE_OK)
            return st;
    }
    return ARTICLE_OK;
}

/* Authors named without a URL take it from a rel=author link of the
 * same name. */
static void author_urls(art_meta *m)
{
    art_person *a = m->authors.items.items;
    const art_person *links = m->author_links.items;
    for (size_t i = 0; i < m->authors.items.count; i++)
        for (size_t j = 0; j < m->author_links.count && !a[i].url; j++)
            if (strcasecmp(a[i].name, links[j].name) == 0)
                a[i].url = links[j].url;
}

static article_status write_meta(art_html_ctx *ctx, art_meta *m)
{
    article_doc *doc = ctx->doc;
    const char *title = art_meta_title(ctx, m);
    if (!title && m->field[ARTICLE_FIELD_TITLE].value)
        return ARTICLE_ERR_NOMEM;
    m->field[ARTICLE_FIELD_TITLE].value = title;
    for (int f = 0; f < ARTICLE_FIELD_COUNT_; f++) {
        if (!m->field[f].value)
            continue;
        article_status st = article_doc_set(doc, (article_field)f, m->field[f].value);
        if (st != ARTICLE_OK)
            return st;
    }
    author_urls(m);
    article_status st = set_people(doc, &m->authors, article_doc_add_author);
    if (st == ARTICLE_OK)
        st = set_people(doc, &m->breadcrumbs, article_doc_add_breadcrumb);
    const art_person *tags = m->tags.items.items;
    for (size_t i = 0; st == ARTICLE_OK && i < m->tags.items.count; i++)
        st = article_doc_add_tag(doc, tags[i].name);
    if (st == ARTICLE_OK && m->image.src)
        st =
            article_doc_set_image(doc, m->image.src, m->image.alt, m->image.width, m->image.height);
    return st;
}

article_status art_html_read_meta(art_html_ctx *ctx)
{
    art_meta m;
    memset(&m, 0, sizeof m);
    for (int f = 0; f < ARTICLE_FIELD_COUNT_; f++)
        m.field[f].prio = ART_PRIO_NONE;
    m.authors.prio = m.tags.prio = m.breadcrumbs.prio = m.image.prio = ART_PRIO_NONE;
    art_meta_walk(ctx, &m);
    if (m.failed)
        return art_error_set(ctx->err, ARTICLE_ERR_NOMEM, "out of memory");
    article_status st = write_meta(ctx, &m);
    if (st != ARTICLE_OK)
        return art_error_set(ctx->err, st, "metadata: %s", article_status_string(st));
    return ARTICLE_OK;
}
