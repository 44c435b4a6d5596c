/* Private interface of the metadata stage. Every source (JSON-LD,
 * OpenGraph, <meta>, microdata, visible markup) offers candidates with a
 * priority; the lowest priority number wins per field, and meta.c writes
 * the winners into the document. docs/reader.md ("Metadata") lists the
 * order. */
#ifndef ARTICLE_READ_HTML_META_H
#define ARTICLE_READ_HTML_META_H

#include "read_html.h"

/* Priorities, best first. A field may use them in its own order (the
 * language prefers <html lang>), so callers pass them explicitly. */
enum {
    ART_PRIO_HTML_LANG = 5,    /* <html lang>: the page's own say */
    ART_PRIO_JSONLD = 10,      /* the article object of the JSON-LD */
    ART_PRIO_OG = 30,          /* og:*, article:* */
    ART_PRIO_JSONLD_WEAK = 35, /* WebPage objects: after OpenGraph */
    ART_PRIO_META = 40,        /* <meta name=...>: author, dc.*, parsely-* */
    ART_PRIO_TWITTER = 50,     /* twitter:* */
    ART_PRIO_MICRODATA = 60,   /* itemprop=... */
    ART_PRIO_DOM = 70,         /* <time>, rel=author, bylines, <h1> */
    /* Dates the page shows rather than declares (meta_dom.c), best first:
     * a date element (class/id "date", "published", <time>, abbr) after
     * the headline or in the <article>; the URL's date; a line that is a
     * date after the headline; then the same anywhere on the page, and
     * last the first date in any text (ART_PRIO_DATE_ANYWHERE + 2). */
    ART_PRIO_DATE_SEEN = 72,
    ART_PRIO_DATE_URL = 74,
    ART_PRIO_DATE_LINE = 76,
    ART_PRIO_DATE_ANYWHERE = 78,
    ART_PRIO_ORG_AUTHOR = 79, /* an organisation named as the author */
    ART_PRIO_TITLE_TAG = 80,  /* <title> */
    ART_PRIO_NONE = 1000
};

/* Most authors, tags or breadcrumbs one source may give. */
#define ART_META_MAX_LIST 64

typedef struct art_cand {
    const char *value; /* arena string, cleaned */
    int prio;
} art_cand;

/* A list (authors, tags, breadcrumbs) comes whole from one source. */
typedef struct art_meta_list {
    art_vec items; /* art_person; tags use name only */
    int prio;
} art_meta_list;

typedef struct art_meta {
    art_cand field[ARTICLE_FIELD_COUNT_];
    art_meta_list authors, tags, breadcrumbs;
    struct {
        const char *src, *alt;
        int width, height;
        int prio;
    } image;
    const char *title_tag; /* <title>, cleaned */
    const char *h1;        /* the first <h1>'s text */
    const char *h1s[4];    /* the first four <h1>s' texts */
    size_t h1_count;
    const char *article_h1; /* the first <h1> inside <article> or <main> */
    /* Every title declared (JSON-LD, OpenGraph, Twitter, <meta>,
     * <title>; not microdata, which marks a visible heading), the first
     * six: meta_title.c asks whether they agree. */
    const char *declared_titles[6];
    size_t declared_count;
    art_vec author_links; /* art_person from <a rel=author> */
    /* Lists gathered over many <meta> elements, offered after the walk. */
    art_vec og_authors, meta_authors, og_tags, meta_tags, dom_authors;
    struct {
        const char *src, *alt;
        int width, height;
        int closed; /* a second og:image began: its sizes are not ours */
    } og_image;
    const char *twitter_image;
    const char *meta_author_key; /* the <meta> key the authors come from */
    int meta_author_rank;        /* its rank (meta_tags.c): lower is better */
    int title_from_jsonld;       /* the title is a JSON-LD headline: kept as is */
    int failed;                  /* out of memory somewhere */
} art_meta;

/* MARK: - meta.c: offering candidates */

/* s whitespace-normalised, with character references a page escaped
 * twice ("&amp;quot;") decoded; an arena string, NULL when out of memory. */
const char *art_meta_clean(art_html_ctx *ctx, const char *s);

/* s with each no-break space made a plain one: "John&nbsp;Gruber" is
 * the name "John Gruber", "By&nbsp;Jo" a byline (an arena string; s
 * itself when it has none; NULL when out of memory). */
const char *art_meta_plain_spaces(art_html_ctx *ctx, const char *s);
/* Offers raw (cleaned here; dates and languages normalised; empty and
 * unusable values ignored) for field f at priority prio. */
void art_meta_offer(art_html_ctx *ctx, art_meta *m, article_field f, const char *raw, int prio);
/* Offers a whole list built by one source (ignored when empty). */
void art_meta_offer_list(art_meta_list *dst, const art_vec *items, int prio);
/* Offers the lead image; src is resolved against the base URL. */
void art_meta_offer_image(art_html_ctx *ctx, art_meta *m, const char *src, const char *alt,
                          int width, int height, int prio);
/* Appends {name, url} to items unless the name is already there
 * (case-insensitively) or is not a plausible name. */
void art_meta_push_person(art_html_ctx *ctx, art_meta *m, art_vec *items, const char *name,
                          const char *url);
/* Appends a tag (cleaned, de-duplicated). */
void art_meta_push_tag(art_html_ctx *ctx, art_meta *m, art_vec *items, const char *tag);
/* Splits a comma-separated keyword string into tags. */
void art_meta_push_tags_csv(art_html_ctx *ctx, art_meta *m, art_vec *items, const char *csv);

/* MARK: - meta_title.c */

/* The title to write: the winning candidate without the site's name;
 * an arena string, NULL when there is no title or out of memory. */
const char *art_meta_title(art_html_ctx *ctx, const art_meta *m);
/* 1 when one of the first <h1>s says s: the same words in the same
 * order, case and punctuation aside. */
int art_meta_h1_says(const art_meta *m, const char *s);

/* MARK: - byline.c */

/* Splits a visible byline ("By Jane Doe, Sam Roe and X") into names,
 * without "By ", de-duplicated, appended to items with url (may be NULL;
 * only given to the first name). */
void art_meta_push_byline(art_html_ctx *ctx, art_meta *m, art_vec *items, const char *text,
                          const char *url);
/* 1 when s opens with a byline's word ("By ", "by: ", "Von ", "Par ",
 * "Written by "). */
int art_meta_byline_prefix(const char *s);
/* 1 when s is a byline's word and nothing else ("By", "Written by:"):
 * a label whose names follow in the next element. */
int art_meta_byline_label(const char *s);
/* Written between the lines of a byline element where a <br> breaks
 * it (meta_dom.c): after a name, the next line names nobody unless it
 * is joined on ("and Al Ray"); it is a rank, a role, a publication. */
#define ART_BYLINE_LINE '\x1e'
/* 1 when s is a signature line: a dash, a name, a comma and a news
 * agency ("— Jane Doe, Reuters"). */
int art_meta_dash_byline(const char *s);
/* name without a job title after a comma ("Jane Doe, Senior Editor"),
 * an arena string (name itself when it has none; NULL when out of
 * memory). "Doe, Jane" stays as written. */
const char *art_meta_without_title(art_html_ctx *ctx, const char *name);
/* 1 when part[0..n) names the site: its og:site_name `site`, the name
 * of url's domain ("IGN" on www.ign.com), or either (possessive or not)
 * with a word for the kind of site after it: "Blog", "News",
 * "Magazine", "Journal", "Forum(s)", "Docs", "Documentation", "Wiki",
 * "Community" (meta_title.c). */
int art_meta_names_site(const char *part, size_t n, const char *site, const char *url);
/* art_meta_names_site, or the domain with its suffix ("Cleveland.com"
 * on www.cleveland.com): a publication after a writer's name. Titles
 * keep such a tail: the truth of our corpora keeps "| Spice AI" on
 * spice.ai. */
int art_meta_names_publication(const char *part, size_t n, const char *site, const char *url);
/* 1 when s can be a person's name: not empty, not a URL or email, not
 * a sentence. */
int art_meta_name_ok(const char *s);

/* MARK: - dates.c */

/* s as ISO 8601 with the precision it has (a date, or a date-time with
 * its offset when known), as an arena string; NULL when s is no date. */
const char *art_meta_date(art_html_ctx *ctx, const char *s);
/* The first plausible date (1995 to max_year) in a line of visible text,
 * in any of date_words.c's languages and the numeric orders ("Posted on
 * 12/03/2021 by ...", "Veröffentlicht am 3. März 2024", "2020年3月4日"):
 * ISO 8601 as an arena string, *at (may be NULL) its byte offset; NULL
 * when there is none. month_first holds ART_DATE_* flags of the page's
 * language: ART_DATE_MONTH_FIRST reads an ambiguous 03/04/2021 as March
 * 4 (US English), ART_DATE_CROATIAN "listopada" as October (Polish and
 * Czech's November). Looks at the first 400 bytes only. */
#define ART_DATE_MONTH_FIRST 1
#define ART_DATE_CROATIAN 2
const char *art_meta_date_in_text(art_html_ctx *ctx, const char *text, int month_first,
                                  int max_year, size_t *at);
/* 0 when no date of 1995 to max_year can be in s, by a cheap test of its
 * digits (a year of four digits, or two after a '.' or '/'); 1 when the
 * parsers must look. Never 0 for a text art_meta_date_in_text() finds a
 * date in. */
int art_meta_date_possible(const char *s, int max_year);
/* The bytes of the date (no time) that starts exactly at s, 0 when
 * none does. */
size_t art_meta_date_length(const char *s);
/* 1 when iso opens with a calendar date "YYYY-MM-DD" (month 1-12, day
 * 1-31), its day number (days from 1970-01-01) in *day; 0 when not. */
int art_meta_iso_day(const char *iso, long *day);
/* A date the URL's path spells (/2016/02/09/, /2016-02-09-, /20160209/),
 * 1995 to max_year; NULL when none. */
const char *art_meta_date_in_url(art_html_ctx *ctx, const char *url, int max_year);
/* The first plausible ISO date in text[0..len) (a page's script data,
 * need not end in a NUL) under a quoted key naming the publication
 * ("published_at", "publishedAt", "datePublished"..., the quotes escaped
 * or not); NULL when there is none. */
const char *art_meta_date_in_data(art_html_ctx *ctx, const char *text, size_t len, int max_year);

/* What the page shows of its dates, for art_meta_settle_published. */
typedef struct art_shown_dates {
    const char *near;   /* the date shown next to the headline, or NULL */
    const char *marked; /* the <time datetime> taken as published */
    const char *first;  /* the first <time datetime> of the page's own */
    const char *change; /* the first date shown as a change ("Updated ...") */
    const char *any[2]; /* the first date element, the first date line */
} art_shown_dates;

/* The published date a reader takes from the page: when the page shows
 * (shown->near) the day it declares as its last change, and not the day
 * it declares as its publication, the article was published again that
 * day (a dated republication) and the shown, declared change is its date
 * (rule "shown_date"); see dates.c for the rules "local_day" and
 * "shown_change". Called once every declared candidate
 * is in. */
void art_meta_settle_published(art_html_ctx *ctx, art_meta *m, const art_shown_dates *shown);

/* MARK: - date_words.c */

/* The month (1..12) named by the word at *p (any language of the
 * table, any case, "Nov." with its dot), advancing *p past it; 0 when
 * the word names none. */
int art_date_month_word(const char **p);
/* 1 when s[0..len), the text before a date, makes it a date of change
 * ("Updated", "Mis à jour le", "Aktualisiert am"). */
int art_date_says_updated(const char *s, size_t len);
/* s[0..len) lower-cased (ASCII, Latin-1, Latin Extended-A, Greek,
 * Cyrillic) into out, NUL-terminated; returns the bytes written. */
size_t art_date_fold(const char *s, size_t len, char *out, size_t out_size);
/* The value (0..9) of the digit of another script at s (Arabic-Indic,
 * Persian, Devanagari, Bengali, fullwidth: "٢٠٢١", "২০২১", "２０２１"), its bytes in *len; -1
 * when none starts there. ASCII digits are not looked at. */
int art_date_native_digit(const char *s, size_t *len);

/* MARK: - jsonld.c */

/* Reads one <script type="application/ld+json"> body. */
void art_meta_jsonld(art_html_ctx *ctx, art_meta *m, const char *text);

/* MARK: - meta_tags.c */

/* A <meta> element (name/property/itemprop + content). */
void art_meta_tag(art_html_ctx *ctx, art_meta *m, const xmlNode *n);
/* A <link> element (canonical, author). */
void art_meta_link(art_html_ctx *ctx, art_meta *m, const xmlNode *n);

/* MARK: - meta_dom.c */

/* Walks the whole page once, feeding every source above. */
void art_meta_walk(art_html_ctx *ctx, art_meta *m);

#endif
