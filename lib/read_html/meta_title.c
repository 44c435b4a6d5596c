/* The title: the winning candidate (JSON-LD, OpenGraph, <title>, <h1>,
 * by priority) without the site's name, and whether an <h1> of the page
 * says a given text (jsonld.c asks, to choose between a headline and a
 * name). */
#include "meta.h"

#include <string.h>
#include <strings.h>

/* MARK: - The site's name */

/* Separators between a title and the site's name, longest first. */
static const char *const title_seps[] = {
    " | ",
    " - ",
    " \xe2\x80\x93 ",
    " \xe2\x80\x94 ",
    " :: ",
    " \xc2\xb7 ",
    " \xe2\x80\xa2 ",
    " / ",
    " \xc2\xbb ",
    " \\ ",
    " : ",
};

static int same_ci(const char *a, size_t alen, const char *b)
{
    return b && strlen(b) == alen && strncasecmp(a, b, alen) == 0;
}

/* 1 when `part` spells [q, end) (letters and digits compared, no case;
 * dashes and dots of the host skipped). */
static int spells(const char *part, const char *q, const char *end)
{
    const char *p = part;
    for (;;) {
        while (*p && !((*p | 32) >= 'a' && (*p | 32) <= 'z') && !(*p >= '0' && *p <= '9'))
            p++;
        while (q < end && (*q == '-' || *q == '.'))
            q++;
        if (!*p || q >= end)
            return !*p && q >= end;
        if ((*p | 32) != (*q | 32))
            return 0;
        p++;
        q++;
    }
}

/* 1 when `part` spells the site's domain name: "IGN" on www.ign.com,
 * "The Verge" on theverge.com (letters and digits compared, no case);
 * with `suffix` also the name with its suffix, "Cleveland.com" on
 * www.cleveland.com. */
static int is_domain_name(const char *part, const char *url, int suffix)
{
    const char *host = url ? strstr(url, "://") : NULL;
    if (!host)
        return 0;
    host += 3;
    size_t hlen = strcspn(host, "/:?#");
    /* The label before the public suffix: ign in www.ign.com, bbc in
     * www.bbc.co.uk (a short second-level label is taken as a suffix). */
    const char *dots[3] = {NULL, NULL, NULL};
    for (size_t i = 0; i < hlen; i++)
        if (host[i] == '.') {
            dots[2] = dots[1];
            dots[1] = dots[0];
            dots[0] = host + i;
        }
    if (!dots[0])
        return 0;
    const char *end = dots[0], *start = dots[1] ? dots[1] + 1 : host;
    if ((size_t)(end - start) <= 3 && dots[1] && (size_t)(host + hlen - end) <= 3) {
        end = dots[1];
        start = dots[2] ? dots[2] + 1 : host;
    }
    return spells(part, start, end) || (suffix && spells(part, start, host + hlen));
}

/* 1 when every word of `part` (one to four) is a piece of the URL's
 * host name, between its dots and dashes, but its last label: "Rust
 * Blog" on blog.rust-lang.org (rule host_words). */
static int host_words(const char *part, const char *url)
{
    const char *host = url ? strstr(url, "://") : NULL;
    if (!host)
        return 0;
    host += 3;
    size_t hlen = strcspn(host, "/:?#");
    const char *tld = host + hlen;
    while (tld > host && tld[-1] != '.')
        tld--;
    if (tld == host)
        return 0;
    int words = 0;
    for (const char *w = part; *w;) {
        while (*w == ' ')
            w++;
        size_t wn = strcspn(w, " ");
        if (!wn)
            break;
        if (++words > 4)
            return 0;
        int found = 0;
        for (const char *h = host; h < tld - 1 && !found;) {
            size_t hn = strcspn(h, ".-");
            if (h + hn > tld - 1)
                hn = (size_t)(tld - 1 - h);
            found = hn == wn && strncasecmp(h, w, wn) == 0;
            h += hn + 1;
        }
        if (!found)
            return 0;
        w += wn;
    }
    return words > 0;
}

/* 1 when `part` is one of the authors' names: a blog's "Post | Jane Doe"
 * signs the page, the headline is the rest. */
static int is_author(const art_meta *m, const char *part)
{
    const art_person *a = m->authors.items.items;
    for (size_t i = 0; i < m->authors.items.count; i++)
        if (strcasecmp(a[i].name, part) == 0)
            return 1;
    return 0;
}

/* 1 when `part` (part[0..n)) names the site: its og:site_name, its
 * domain ("IGN" on www.ign.com), or that with a word after it ("Garnix
 * Blog" on garnix.io). */
/* part[0..n) as a string in buf (size bytes); 0 when empty or too long. */
static int part_string(char *buf, size_t size, const char *part, size_t n)
{
    if (n == 0 || n >= size)
        return 0;
    memcpy(buf, part, n);
    buf[n] = '\0';
    return 1;
}

/* 1 when the site's name opens with part[0..n) and a separator: "The
 * Nutrition Source" of "The Nutrition Source - Harvard Chan School" (at
 * a title's end only: "Yahoo News - Latest News" is a site's whole
 * name, not "Latest News" from "Yahoo News"). */
static int opens_site(const char *part, size_t n, const char *site)
{
    if (!site || strlen(site) <= n || strncasecmp(site, part, n) != 0)
        return 0;
    for (size_t i = 0; i < sizeof title_seps / sizeof title_seps[0]; i++)
        if (strncmp(site + n, title_seps[i], strlen(title_seps[i])) == 0)
            return 1;
    return 0;
}

int art_meta_names_site(const char *part, size_t n, const char *site, const char *url)
{
    char buf[256];
    if (!part_string(buf, sizeof buf, part, n))
        return 0;
    if (same_ci(part, n, site) || is_domain_name(buf, url, 0))
        return 1;
    /* "Garnix Blog", "Leadfeeder News", "Raspberry Pi Forums", "Doom9's
     * Forum": the domain (or the site's name), possessive or not, and a
     * word that says what kind of site it is. */
    char *space = strrchr(buf, ' ');
    if (!space || space == buf)
        return 0;
    static const char *const words[] = {"blog",  "news",     "magazine",      "journal",
                                        "forum", "forums",   "documentation", "docs",
                                        "wiki",  "community"};
    size_t i = 0;
    while (i < sizeof words / sizeof words[0] && strcasecmp(space + 1, words[i]) != 0)
        i++;
    if (i == sizeof words / sizeof words[0])
        return 0;
    *space = '\0';
    size_t len = (size_t)(space - buf);
    if (len > 2 && buf[len - 2] == '\'' && (buf[len - 1] | 32) == 's')
        buf[len -= 2] = '\0'; /* "Doom9's" */
    else if (len > 4 && memcmp(buf + len - 4, "\xe2\x80\x99", 3) == 0 && (buf[len - 1] | 32) == 's')
        buf[len -= 4] = '\0'; /* "Doom9’s" */
    return len && (is_domain_name(buf, url, 0) || same_ci(buf, len, site));
}

int art_meta_names_publication(const char *part, size_t n, const char *site, const char *url)
{
    char buf[256];
    if (!part_string(buf, sizeof buf, part, n))
        return 0;
    return art_meta_names_site(part, n, site, url) || is_domain_name(buf, url, 1);
}

/* The title without " | Site" or "Site | " when that part is the site
 * name or an author, or without " | anything" when the first <h1> is
 * exactly the rest. A title that only looks split (" | " inside a
 * headline) stays whole. `trusted` (a JSON-LD headline): only the
 * site's own name comes off: not what the <h1> lacks, nor the author's
 * name that a personal blog titles its posts with. */
static const char *strip_site(art_html_ctx *ctx, const art_meta *m, const char *title, int trusted)
{
    const char *site = m->field[ARTICLE_FIELD_SITE_NAME].value;
    const char *url =
        m->field[ARTICLE_FIELD_URL].value ? m->field[ARTICLE_FIELD_URL].value : ctx->base_url;
    for (size_t i = 0; i < sizeof title_seps / sizeof title_seps[0]; i++) {
        const char *sep = title_seps[i];
        size_t n = strlen(sep);
        /* The last occurrence: "Title | Section | Site". */
        const char *last = NULL;
        for (const char *p = strstr(title, sep); p; p = strstr(p + 1, sep)) {
            /* Any cut the <h1> confirms: "Title - Section - Site". */
            if (!trusted && p > title && same_ci(title, (size_t)(p - title), m->h1))
                return art_doc_strndup(ctx->doc, title, (size_t)(p - title));
            last = p;
        }
        const char *first = strstr(title, sep);
        if (!last)
            continue;
        size_t head = (size_t)(last - title);
        const char *tail = last + n;
        if (head && (art_meta_names_site(tail, strlen(tail), site, url) ||
                     opens_site(tail, strlen(tail), site) || (!trusted && is_author(m, tail)) ||
                     (art_html_rule(ctx, ART_RULE_HOST_WORDS) && host_words(tail, url))))
            return art_doc_strndup(ctx->doc, title, head);
        size_t lead = (size_t)(first - title);
        if (first[n] && art_meta_names_site(title, lead, site, url))
            return art_doc_strdup(ctx->doc, first + n);
    }
    /* "Site: Title", with no space before the colon */
    const char *colon = strstr(title, ": ");
    if (colon && colon > title && colon[2] &&
        art_meta_names_site(title, (size_t)(colon - title), site, url))
        return art_doc_strdup(ctx->doc, colon + 2);
    return title;
}

/* MARK: - The headline the page shows */

/* Most words compared per string: a headline has far fewer, and a
 * longer text is no headline. */
#define TITLE_MAX_WORDS 64

typedef struct title_word {
    const char *p;
    size_t n;
} title_word;

/* Bytes of the separator at p, 0 when p starts a word: ASCII other than
 * letters and digits, U+0080..U+00BF (no-break space, «, », ·) and
 * general punctuation U+2000..U+206F (dashes, curly quotes, …). */
static size_t separator_at(const char *p)
{
    unsigned char c = (unsigned char)p[0];
    if (c < 0x80)
        return ((c | 32) >= 'a' && (c | 32) <= 'z') || (c >= '0' && c <= '9') ? 0 : 1;
    if (c == 0xC2 && (unsigned char)p[1] >= 0x80 && (unsigned char)p[1] <= 0xBF)
        return 2;
    if (c == 0xE2 && ((unsigned char)p[1] == 0x80 || (unsigned char)p[1] == 0x81) && p[2])
        return 3;
    return 0;
}

static int same_word(const title_word *a, const title_word *b)
{
    return a->n == b->n && strncasecmp(a->p, b->p, a->n) == 0;
}

/* The words of s in order, at most TITLE_MAX_WORDS; returns how many. */
static size_t words_of(const char *s, title_word *out)
{
    size_t count = 0;
    const char *p = s;
    while (*p && count < TITLE_MAX_WORDS) {
        size_t sep = separator_at(p);
        if (sep) {
            p += sep;
            continue;
        }
        title_word w = {p, 0};
        while (p[w.n] && !separator_at(p + w.n))
            w.n++;
        p += w.n;
        out[count++] = w;
    }
    return count;
}

/* 1 when a and b have the same words in the same order (case and
 * punctuation aside). */
static int same_words(const char *a, const char *b)
{
    title_word wa[TITLE_MAX_WORDS], wb[TITLE_MAX_WORDS];
    size_t na = words_of(a, wa), nb = words_of(b, wb);
    if (na != nb || na == TITLE_MAX_WORDS)
        return 0;
    for (size_t i = 0; i < na; i++)
        if (!same_word(&wa[i], &wb[i]))
            return 0;
    return na > 0;
}

int art_meta_h1_says(const art_meta *m, const char *s)
{
    if (!s)
        return 0;
    for (size_t i = 0; i < m->h1_count; i++)
        if (m->h1s[i] && same_words(m->h1s[i], s))
            return 1;
    return 0;
}

/* The title without the site's name, an author's or what the <h1>
 * leaves out. "Title - Author - Site": one part at a time, from the
 * end. */
static const char *stripped(art_html_ctx *ctx, const art_meta *m, const char *title, int trusted)
{
    for (int i = 0; i < 3 && title; i++) {
        const char *shorter = strip_site(ctx, m, title, trusted);
        if (shorter == title)
            break;
        title = shorter;
    }
    return title;
}

/* The share of a's words that b has too (each word of a looked for
 * anywhere in b, case and punctuation aside). */
static double shared_words(const char *a, const char *b)
{
    title_word wa[TITLE_MAX_WORDS], wb[TITLE_MAX_WORDS];
    size_t na = words_of(a, wa), nb = words_of(b, wb), hit = 0;
    for (size_t i = 0; i < na; i++)
        for (size_t j = 0; j < nb; j++)
            if (same_word(&wa[i], &wb[j])) {
                hit++;
                break;
            }
    return na ? (double)hit / (double)na : 0.0;
}

/* 1 when the <h1> of the article (inside <article> or <main>) is the
 * headline rather than the declared `title` (rule article_h1): it words
 * the same headline differently (at least half the words of each are
 * the other's: a year brought up to date, a word added), every declared
 * title (OpenGraph, Twitter, JSON-LD, <meta>, <title>, site names
 * removed) says what `title` says, so the page has one stale or SEO
 * title rather than a choice between two, and no <h1> of the page shows
 * `title`. A page whose only title is its <title> keeps it: nothing but
 * the tab's text is declared, and Readability's convention
 * (title-and-h1-discrepancy) keeps it too. */
static int article_h1_wins(art_html_ctx *ctx, const art_meta *m, const char *title)
{
    const char *h1 = m->article_h1;
    if (!art_html_rule(ctx, ART_RULE_ARTICLE_H1) || !h1 || same_words(title, h1) ||
        art_meta_h1_says(m, title))
        return 0;
    if (shared_words(h1, title) < 0.5 || shared_words(title, h1) < 0.5)
        return 0;
    if (m->declared_count <= 1 && m->field[ARTICLE_FIELD_TITLE].prio >= ART_PRIO_TITLE_TAG)
        return 0;
    for (size_t i = 0; i < m->declared_count; i++) {
        const char *d = stripped(ctx, m, m->declared_titles[i], 0);
        if (!d || !same_words(d, title))
            return 0;
    }
    return 1;
}

const char *art_meta_title(art_html_ctx *ctx, const art_meta *m)
{
    const char *title = stripped(ctx, m, m->field[ARTICLE_FIELD_TITLE].value, m->title_from_jsonld);
    return title && article_h1_wins(ctx, m, title) ? art_meta_clean(ctx, m->article_h1) : title;
}
