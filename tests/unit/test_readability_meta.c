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

/* MARK: - The run */

enum { TITLE, BYLINE, EXCERPT, SITE, PUBLISHED, LANG, NFIELDS };
static const char *const names[NFIELDS] = {"title", "byline", "excerpt",
                                           "siteName", "publishedTime", "lang"};
static const char *const keys[NFIELDS] = {"title", "byline", "excerpt",
                                          "siteName", "publishedTime", "lang"};

int main(void)
{
    DIR *dir = opendir(PAGES);
    OK(dir != NULL, "cannot open %s", PAGES);
    if (!dir)
        return harness_done("test_readability_meta");
    int verbose = getenv("META_VERBOSE") != NULL;
    int pages = 0, have[NFIELDS] = {0}, agree[NFIELDS] = {0}, extra[NFIELDS] = {0};
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
            if (want && *want)
                have[f]++;
            else if (got && *got)
                extra[f]++;
            agree[f] += ok;
            if (verbose && want && *want && !ok)
                printf("%-28s %-13s want \"%s\"\n%-42s got  \"%s\"\n", e->d_name, names[f],
                       want, "", got ? got : "(none)");
            free(want);
        }
        article_doc_free(doc);
        free(html);
        free(json);
    }
    closedir(dir);

    /* Floors measured when this test was written; raise them as we improve. */
    static const int floor_pct[NFIELDS] = {87, 76, 58, 95, 95, 95};
    printf("readability metadata, %d pages (agree / pages where Readability has a value;"
           " +N: we found a value where it has none)\n",
           pages);
    for (int f = 0; f < NFIELDS; f++) {
        int pct = have[f] ? agree[f] * 100 / have[f] : 100;
        printf("  %-14s %3d / %3d  %3d%%  +%d\n", names[f], agree[f], have[f], pct, extra[f]);
        OK(pct >= floor_pct[f], "%s agreement %d%% fell below %d%%", names[f], pct,
           floor_pct[f]);
    }
    OK(pages >= 100, "only %d pages read", pages);
    return harness_done("test_readability_meta");
}
