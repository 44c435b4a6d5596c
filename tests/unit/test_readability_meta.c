/* Metadata of Readability.js's test pages: every page's source.html is read
 * and compared with expected-metadata.json field by field. Readability's
 * values are one extractor's opinion (bylines with dates glued on, titles
 * cut at any " - "), so this prints the agreement per field and asserts
 * floors we reach: a regression fails, an improvement is welcome.
 *
 *   title          exact, after whitespace normalisation
 *   byline         the same set of names ("By " dropped, split on , and)
 *   excerpt        exact, after whitespace normalisation
 *   siteName       exact
 *   publishedTime  the same instant, or the same date when one side has
 *                  only a date or no offset
 *   lang           exact, ignoring case
 * "dir" is not part of our model. */
#include "harness.h"

#include <article/article.h>
#include <dirent.h>
#include <strings.h>

#define PAGES ARTICLE_CORPUS_DIR "/readability/pages"

/* MARK: - A flat JSON object's string values (enough for these files) */

static void put_utf8(char **o, unsigned long cp)
{
    unsigned char *u = (unsigned char *)*o;
    if (cp < 0x80) {
        *u++ = (unsigned char)cp;
    } else if (cp < 0x800) {
        *u++ = (unsigned char)(0xC0 | (cp >> 6));
        *u++ = (unsigned char)(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *u++ = (unsigned char)(0xE0 | (cp >> 12));
        *u++ = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        *u++ = (unsigned char)(0x80 | (cp & 0x3F));
    } else {
        *u++ = (unsigned char)(0xF0 | (cp >> 18));
        *u++ = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
        *u++ = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        *u++ = (unsigned char)(0x80 | (cp & 0x3F));
    }
    *o = (char *)u;
}

/* The string value of "key" in json (malloc'd), or NULL (null/absent). */
static char *json_string(const char *json, const char *key)
{
    char pat[64];
    snprintf(pat, sizeof pat, "\"%s\"", key);
    const char *p = strstr(json, pat);
    if (!p)
        return NULL;
    p += strlen(pat);
    while (*p == ' ' || *p == ':' || *p == '\n')
        p++;
    if (*p != '"')
        return NULL;
    p++;
    char *out = malloc(strlen(p) + 1), *o = out;
    while (out && *p && *p != '"') {
        if (*p != '\\') {
            *o++ = *p++;
            continue;
        }
        p++;
        char c = *p++;
        if (c == 'n')
            *o++ = '\n';
        else if (c == 't')
            *o++ = '\t';
        else if (c == 'r')
            *o++ = '\r';
        else if (c == 'u') {
            unsigned long cp = strtoul((char[5]){p[0], p[1], p[2], p[3], 0}, NULL, 16);
            p += 4;
            if (cp >= 0xD800 && cp < 0xDC00 && p[0] == '\\' && p[1] == 'u') {
                unsigned long lo = strtoul((char[5]){p[2], p[3], p[4], p[5], 0}, NULL, 16);
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                p += 6;
            }
            put_utf8(&o, cp);
        } else {
            *o++ = c;
        }
    }
    if (out)
        *o = '\0';
    return out;
}

/* MARK: - Comparisons */

/* Whitespace runs collapsed to one space, trimmed, in place. */
static char *collapse(char *s)
{
    char *o = s;
    int space = 0;
    for (const char *p = s; *p; p++) {
        if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r' || *p == '\f') {
            space = o != s;
            continue;
        }
        if (space)
            *o++ = ' ';
        space = 0;
        *o++ = *p;
    }
    *o = '\0';
    return s;
}

/* Readability's byline as a list of names: "By " dropped, split on ",",
 * " and ", " & ". Writes up to max names (pointers into s). */
static size_t byline_names(char *s, char **names, size_t max)
{
    collapse(s);
    if (strncasecmp(s, "by ", 3) == 0)
        s += 3;
    size_t n = 0;
    while (*s && n < max) {
        char *cut = s + strlen(s);
        size_t skip = 0;
        const char *seps[] = {",", " and ", " & "};
        for (size_t i = 0; i < 3; i++) {
            char *f = strstr(s, seps[i]);
            if (f && f < cut) {
                cut = f;
                skip = strlen(seps[i]);
            }
        }
        char *next = *cut ? cut + skip : cut;
        *cut = '\0';
        while (*s == ' ')
            s++;
        size_t len = strlen(s);
        while (len && s[len - 1] == ' ')
            s[--len] = '\0';
        if (len)
            names[n++] = s;
        s = next;
    }
    return n;
}

static int same_names(char *expected, const article_doc *doc)
{
    char *names[16];
    size_t n = byline_names(expected, names, 16);
    if (n != article_doc_author_count(doc))
        return 0;
    for (size_t i = 0; i < n; i++) {
        int found = 0;
        for (size_t j = 0; j < n && !found; j++)
            found = strcasecmp(names[i], article_doc_author_name(doc, j)) == 0;
        if (!found)
            return 0;
    }
    return 1;
}

typedef struct when {
    int y, mo, d, has_time, h, mi, s, has_zone, zone_minutes;
} when;

static int parse_when(const char *s, when *w)
{
    memset(w, 0, sizeof *w);
    if (sscanf(s, "%4d-%2d-%2d", &w->y, &w->mo, &w->d) != 3)
        return 0;
    s += 10;
    if (*s != 'T' && *s != ' ')
        return 1;
    if (sscanf(s + 1, "%2d:%2d", &w->h, &w->mi) != 2)
        return 1;
    w->has_time = 1;
    s += 6;
    if (*s == ':') {
        w->s = atoi(s + 1);
        s += 3;
    }
    while (*s == '.' || (*s >= '0' && *s <= '9'))
        s++;
    if (*s == 'Z') {
        w->has_zone = 1;
    } else if (*s == '+' || *s == '-') {
        int hh = 0, mm = 0;
        if (sscanf(s + 1, "%2d:%2d", &hh, &mm) < 1)
            return 1;
        if (s[3] != ':')
            mm = atoi(s + 3);
        w->has_zone = 1;
        w->zone_minutes = (*s == '-' ? -1 : 1) * (hh * 60 + mm);
    }
    return 1;
}

/* Days since 1970-01-01 (civil calendar). */
static long days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static int same_time(const char *expected, const char *ours)
{
    when a, b;
    if (!ours || !parse_when(expected, &a) || !parse_when(ours, &b))
        return 0;
    if (!a.has_time || !b.has_time || a.has_zone != b.has_zone)
        return a.y == b.y && a.mo == b.mo && a.d == b.d;
    long ta = days_from_civil(a.y, a.mo, a.d) * 1440 + a.h * 60 + a.mi - a.zone_minutes;
    long tb = days_from_civil(b.y, b.mo, b.d) * 1440 + b.h * 60 + b.mi - b.zone_minutes;
    ta = ta * 60 + a.s;
    tb = tb * 60 + b.s;
    return ta == tb;
}

/* MARK: - Where ours is better

 * Pages where Readability's value is worse than ours, field by field, with
 * why: on these the test compares with our documented value instead (a
 * change there is a regression too) and prints them as "ours better". The
 * issue asks for titles without the site's name and bylines that are only
 * names. A byline is our authors joined with "; " ("" for none). */
typedef struct better {
    const char *page;
    int field;
    const char *ours;
    const char *why;
} better;

enum { TITLE, BYLINE, EXCERPT, SITE, PUBLISHED, LANG, NFIELDS };

static const better betters[] = {
    {"wikipedia", TITLE, "Mozilla", "site suffix \" - Wikipedia\" dropped"},
    {"ehow-1", TITLE, "How to Build a Terrarium", "site suffix \" | eHow\" dropped"},
    {"ehow-2", TITLE, "How to Throw a Graduation Party on a Budget",
     "site suffix \" | eHow\" dropped"},
    {"iab-1", TITLE, "Getting LEAN with Digital Ad UX", "site suffix \" | IAB\" dropped"},
    {"firefox-nightly-blog", TITLE, "These Weeks in Firefox: Issue 85", "blog name suffix dropped"},
    {"royal-road", TITLE, "ONE HUNDRED TWO: What kind of wordchain?",
     "the fiction's name (the site's section) dropped"},
    {"yahoo-4", TITLE,
     "\xe3\x83\x88\xe3\x83\xac\xe3\x83\xb3\xe3\x83\x89\xe3\x83\x9e\xe3\x82\xa4"
     "\xe3\x82\xaf\xe3\x83\xad\xe3\x80\x81\xe5\x85\xac\xe8\xa1\x86\xe7\x84\xa1"
     "\xe7\xb7\x9aLAN\xe3\x82\x92\xe5\xae\x89\xe5\x85\xa8\xe3\x81\xab\xe4\xbd\xbf"
     "\xe3\x81\x86\xe3\x81\x9f\xe3\x82\x81\xe3\x81\xae\xe3\x82\xa2\xe3\x83\x97"
     "\xe3\x83\xaa\xe3\x80\x8c\xe3\x83\x95\xe3\x83\xaa\xe3\x83\xbc"
     "Wi-Fi"
     "\xe3\x83\x97\xe3\x83\xad\xe3\x83\x86\xe3\x82\xaf\xe3\x82\xb7\xe3\x83\xa7"
     "\xe3\x83\xb3\xe3\x80\x8d\xef\xbc\x88"
     "CNET Japan\xef\xbc\x89",
     "site suffix \" - Yahoo!\xe3\x83\x8b\xe3\x83\xa5\xe3\x83\xbc\xe3\x82\xb9\" dropped"},
    {"breitbart", TITLE,
     "'Neutral' Snopes Fact-Checker David Emery: 'Are There Any Un-Angry Trump Supporters?'",
     "site suffix \" - Breitbart\" dropped"},
    {"pixnet", TITLE,
     "\xe6\x96\xb0\xe7\xab\xb9\xe5\xb0\x96\xe7\x9f\xb3_\xe7\xbe\x8e\xe6\xa8\xb9"
     "\xe7\x87\x9f\xe5\x9c\xb0\xe8\xb3\x9e\xe6\xa5\x93 (2) @ \xe5\x8f\xb2\xe8\x92\x82"
     "\xe6\x96\x87\xe7\x9a\x84\xe5\xae\xb6_\xe8\x97\x8d\xe5\xa4\xa9",
     "the site's \" :: ... PIXNET ::\" suffix dropped"},
    {"ebb-org", TITLE, "On Recent Controversial Events", "the author's name and handles dropped"},
    {"guardian-1", TITLE,
     "'What is the sea telling us?': M\xc4\x81ori tribes fearful over whale strandings",
     "the columnist's name dropped"},
    {"v8-blog", TITLE, "Outside the web: standalone WebAssembly binaries using Emscripten",
     "the whole headline (Readability cut at ':'), without \" \xc2\xb7 V8\""},
    {"medium-3", TITLE, "Samantha and The Great Big Lie - John C. Welch",
     "the site suffix \" - Medium\" dropped"},
    {"yahoo-3", BYLINE, "GILLIAN MOHNEY", "the name without the date"},
    {"lwn-1", BYLINE, "Nathan Willis", "the name without the date"},
    {"ebb-org", BYLINE, "Bradley M. Kuhn", "the name without the URL"},
    {"pixnet", BYLINE,
     "\xe5\x8f\xb2\xe8\x92\x82\xe6\x96\x87\xe7\x9a\x84\xe5\xae\xb6_\xe8\x97\x8d"
     "\xe5\xa4\xa9",
     "the name without the user name \"(stevenhgm)\""},
    {"lemonde-1", BYLINE, "Martin Untersinger; Damien Leloup; Morgane Tual",
     "three authors, not one string \"X (avec Y et Z)\""},
    {"herald-sun-1", BYLINE, "Laurie Oakes",
     "the article's author (article:author, cite.author); Readability's names a related story"},
    {"liberation-1", BYLINE, "AFP",
     "the article's author (microdata); Readability's names a related link"},
    {"seattletimes-1", BYLINE, "Benjamin Romano",
     "a name (itemprop=author); Readability's is a date"},
    {"spiceworks", BYLINE, "", "no byline: Readability's is \"Last Updated: January 7\""},
    {"webmd-1", BYLINE, "Brenda Goodman",
     "the name without its degree and the publication on the next line (\"MA<br>WebMD Health "
     "News\")"},
    {"webmd-2", BYLINE, "Kelli Miller", "the name without the publication on the next line"},
    {"breitbart", BYLINE, "Lucas Nolan", "the name without the date glued on (\"Nolan22 Dec\")"},
    {"google-sre-book-1", BYLINE, "Rob Ewaschuk", "the writer, not the editor credited after him"},
};

/* The documented value of page's field f, or NULL. */
static const better *find_better(const char *page, int f)
{
    for (size_t i = 0; i < sizeof betters / sizeof betters[0]; i++)
        if (betters[i].field == f && strcmp(betters[i].page, page) == 0)
            return &betters[i];
    return NULL;
}

/* Our authors joined with "; " into buf. */
static const char *authors_joined(const article_doc *doc, char *buf, size_t size)
{
    buf[0] = '\0';
    for (size_t i = 0; i < article_doc_author_count(doc); i++) {
        size_t used = strlen(buf);
        snprintf(buf + used, size - used, "%s%s", i ? "; " : "", article_doc_author_name(doc, i));
    }
    return buf;
}

/* MARK: - The run */

static const char *const names[NFIELDS] = {"title",    "byline",        "excerpt",
                                           "siteName", "publishedTime", "lang"};
static const char *const keys[NFIELDS] = {"title",    "byline",        "excerpt",
                                          "siteName", "publishedTime", "lang"};

int main(void)
{
    DIR *dir = opendir(PAGES);
    if (!dir) {
        /* A clone without ../shared: nothing to measure, which ctest
         * shows as skipped (SKIP_RETURN_CODE in tests/CMakeLists.txt). */
        printf("# %s is missing: skipped\n", PAGES);
        return 77;
    }
    int verbose = getenv("META_VERBOSE") != NULL;
    int pages = 0, have[NFIELDS] = {0}, agree[NFIELDS] = {0}, extra[NFIELDS] = {0};
    int better_n[NFIELDS] = {0};
    size_t betters_seen = 0;
    struct dirent *e;
    while ((e = readdir(dir)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s/source.html", PAGES, e->d_name);
        size_t len = 0;
        char *html = harness_read_file(path, &len);
        snprintf(path, sizeof path, "%s/%s/expected-metadata.json", PAGES, e->d_name);
        char *json = harness_read_file(path, NULL);
        if (!html || !json) {
            free(html);
            free(json);
            continue;
        }
        article_error err;
        article_doc *doc = article_from_html(html, len, NULL, &err);
        OK(doc != NULL, "%s: %s", e->d_name, err.message);
        pages++;
        for (int f = 0; doc && f < NFIELDS; f++) {
            char *want = json_string(json, keys[f]);
            const char *got = NULL;
            int ok = 0;
            switch (f) {
            case TITLE:
                got = article_doc_get(doc, ARTICLE_FIELD_TITLE);
                ok = want && strcmp(collapse(want), got) == 0;
                break;
            case BYLINE:
                got = article_doc_author_count(doc) ? article_doc_author_name(doc, 0) : NULL;
                ok = want && same_names(want, doc);
                break;
            case EXCERPT:
                got = article_doc_get(doc, ARTICLE_FIELD_SUMMARY);
                ok = want && got && strcmp(collapse(want), got) == 0;
                break;
            case SITE:
                got = article_doc_get(doc, ARTICLE_FIELD_SITE_NAME);
                ok = want && got && strcmp(collapse(want), got) == 0;
                break;
            case PUBLISHED:
                got = article_doc_get(doc, ARTICLE_FIELD_PUBLISHED);
                ok = want && same_time(want, got);
                break;
            case LANG:
                got = article_doc_get(doc, ARTICLE_FIELD_LANGUAGE);
                ok = want && got && strcasecmp(want, got) == 0;
                break;
            }
            /* Only pages where Readability has a value count: an empty
             * expectation met by nothing is no agreement. */
            if (want && *want) {
                have[f]++;
                agree[f] += ok;
            } else if (got && *got) {
                extra[f]++;
            }
            const better *b = want && *want && !ok ? find_better(e->d_name, f) : NULL;
            if (b) {
                char buf[1024];
                const char *ours = f == BYLINE ? authors_joined(doc, buf, sizeof buf)
                                   : got       ? got
                                               : "";
                int same = strcmp(ours, b->ours) == 0;
                OK(same, "%s %s: documented \"%s\", got \"%s\"", e->d_name, names[f], b->ours,
                   ours);
                better_n[f] += same;
                betters_seen++;
                if (verbose)
                    printf("%-28s %-13s ours better: \"%s\" (%s)\n", e->d_name, names[f], b->ours,
                           b->why);
            } else if (verbose && want && *want && !ok) {
                printf("%-28s %-13s want \"%s\"\n%-42s got  \"%s\"\n", e->d_name, names[f], want,
                       "", got ? got : "(none)");
            }
            free(want);
        }
        article_doc_free(doc);
        free(html);
        free(json);
    }
    closedir(dir);

    /* Issue 3 asks 95% of titles and 85% of bylines, counting the pages
     * documented above as agreement; the other floors are the agreement
     * measured when this test was written: raise them as we improve.
     * publishedTime 93: videos-1 and spiceworks show only their last
     * change ("Updated Jul 24, 2018"), which the reader takes as the
     * date its reader sees (rule shown_change, docs/reader.md);
     * Readability gives the declared publication. */
    static const int floor_pct[NFIELDS] = {95, 85, 58, 95, 93, 95};
    printf("readability metadata, %d pages (agree / pages where Readability has a value;"
           " +N: we found a value where it has none; adjusted: with \"ours better\")\n",
           pages);
    for (int f = 0; f < NFIELDS; f++) {
        int raw = have[f] ? agree[f] * 100 / have[f] : 100;
        int adj = have[f] ? (agree[f] + better_n[f]) * 100 / have[f] : 100;
        printf("  %-14s %3d / %3d  %3d%%  +%-3d adjusted %3d / %3d  %3d%%\n", names[f], agree[f],
               have[f], raw, extra[f], agree[f] + better_n[f], have[f], adj);
        OK(adj >= floor_pct[f], "%s agreement %d%% fell below %d%%", names[f], adj, floor_pct[f]);
    }
    /* A documented page Readability now agrees with is stale: drop it. */
    OK(betters_seen == sizeof betters / sizeof betters[0],
       "%zu of %zu \"ours better\" entries still differ from Readability", betters_seen,
       sizeof betters / sizeof betters[0]);
    OK(pages >= 100, "only %d pages read", pages);
    return harness_done("test_readability_meta");
}
