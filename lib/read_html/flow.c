/* Short lines in the body's flow that are not article text: the title
 * repeated as a heading, a byline ("By Jane Doe | Nov 18, 2019 | 3 min
 * read"), an interface label left over from a player or a share bar
 * ("Close", "Play video"). Pure predicates over a line's text; the
 * converter asks them when it closes a paragraph or a heading. Lines are
 * compared folded: lowercase words of letters and digits, one space
 * between, punctuation and quotes gone. */
#include "read_html.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>

/* The code point at s (advancing *len bytes); U+FFFD for a bad byte. */
static unsigned decode(const unsigned char *s, size_t *len)
{
    unsigned c = s[0];
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (!n) {
        *len = 1;
        return 0xFFFD;
    }
    for (size_t i = 1; i < n; i++)
        if ((s[i] & 0xC0) != 0x80) {
            *len = 1;
            return 0xFFFD;
        }
    *len = n;
    if (n == 1)
        return c;
    unsigned cp = c & (0x3Fu >> (n - 1));
    for (size_t i = 1; i < n; i++)
        cp = (cp << 6) | (s[i] & 0x3Fu);
    return cp;
}

/* Letters and digits of any script are word characters; ASCII
 * punctuation, Latin-1 signs, general and CJK punctuation are not. */
static int word_char(unsigned cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    if (cp <= 0xBF || cp == 0xD7 || cp == 0xF7)
        return 0;
    if ((cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) ||
        (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF01 && cp <= 0xFF0F) || cp == 0xFFFD)
        return 0;
    return 1;
}

/* s folded into out (at most size-1 bytes). Returns 0 when s does not
 * fit: a line that long is not a title, a byline nor a label. */
static int fold(const char *s, char *out, size_t size)
{
    size_t k = 0;
    int gap = 0;
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        /* ASCII, most bytes of most lines: what the general path below
         * does with it, without decoding (this runs on every block). */
        if (*p < 0x80) {
            unsigned char ch = *p++;
            if (!word_char(ch)) {
                gap = k > 0;
                continue;
            }
            if (k + 3 > size)
                return 0;
            if (gap)
                out[k++] = ' ';
            gap = 0;
            out[k++] = ch >= 'A' && ch <= 'Z' ? (char)(ch - 'A' + 'a') : (char)ch;
            continue;
        }
        size_t n;
        unsigned cp = decode(p, &n);
        if (!word_char(cp)) {
            gap = k > 0;
            p += n;
            continue;
        }
        if (k + n + 2 > size)
            return 0;
        if (gap)
            out[k++] = ' ';
        gap = 0;
        for (size_t i = 0; i < n; i++) {
            char ch = (char)p[i];
            out[k++] = ch >= 'A' && ch <= 'Z' ? (char)(ch - 'A' + 'a') : ch;
        }
        p += n;
    }
    out[k] = '\0';
    return 1;
}

int art_html_same_title(const char *heading, const char *title)
{
    char h[1024], t[1024];
    if (!heading || !title || !fold(heading, h, sizeof h) || !fold(title, t, sizeof t) || !*h ||
        !*t)
        return 0;
    if (strcmp(h, t) == 0)
        return 1;
    /* The title carries a suffix the heading lacks ("Headline - Site",
     * "Headline: the story so far"): the heading must be most of it. */
    size_t hl = strlen(h), tl = strlen(t);
    return hl >= 12 && 2 * hl >= tl && strncmp(h, t, hl) == 0 && t[hl] == ' ';
}

/* 1 when folded word w (length n) is in list. */
static int in_words(const char *w, size_t n, const char *const *list, size_t count)
{
    /* The first byte first: this runs for every word of every short block. */
    for (size_t i = 0; i < count; i++)
        if (list[i][0] == w[0] && strlen(list[i]) == n && strncmp(list[i], w, n) == 0)
            return 1;
    return 0;
}

/* The words of players, share bars, galleries and ad slots. */
static const char *const ui_words[] = {
    "close",
    "video",
    "videos",
    "advertisement",
    "advertisements",
    "ad",
    "ads",
    "share",
    "shares",
    "play",
    "pause",
    "replay",
    "mute",
    "unmute",
    "watch",
    "listen",
    "menu",
    "print",
    "email",
    "e",
    "mail",
    "tweet",
    "pin",
    "skip",
    "next",
    "previous",
    "prev",
    "loading",
    "comments",
    "comment",
    "gallery",
    "expand",
    "collapse",
    "toggle",
    "open",
    "fullscreen",
    "full",
    "screen",
    "enlarge",
    "zoom",
    "sponsored",
    "now",
    "this",
    "article",
    "story",
    "view",
    "show",
    "hide",
    "caption",
    "captions",
    "back",
    "to",
    "top",
    "x",
    "copy",
    "embed",
    "download",
    "save",
    "more",
    "continue",
    "reading",
    "slideshow",
    "of",
    "the",
    "on",
    "audio",
    "transcript",
};

int art_html_ui_label(const char *text)
{
    char f[64];
    if (!text || strlen(text) > 40 || strpbrk(text, ".!?") || !fold(text, f, sizeof f) || !*f)
        return 0;
    /* "1 of 12" in a slideshow counts as a label too; a year alone does
     * not. Longer lines ("Watch videos & view photos") are headings. */
    int words = 0, ui = 0;
    for (const char *w = f; *w;) {
        size_t n = strcspn(w, " ");
        int digits = 1;
        for (size_t i = 0; i < n; i++)
            digits &= w[i] >= '0' && w[i] <= '9';
        if (!digits && !in_words(w, n, ui_words, sizeof ui_words / sizeof *ui_words))
            return 0;
        words++;
        ui += !digits;
        w += n;
        while (*w == ' ')
            w++;
    }
    return ui > 0 && words <= 3;
}

/* Words a byline or a dateline is made of, besides names and numbers. */
static const char *const byline_words[] = {
    "by",        "and",         "updated",  "update",
    "published", "posted",      "on",       "at",
    "min",       "mins",        "minute",   "minutes",
    "read",      "am",          "pm",       "gmt",
    "utc",       "et",          "pt",       "ist",
    "cet",       "bst",         "edt",      "est",
    "pdt",       "pst",         "last",     "written",
    "staff",     "writer",      "reporter", "correspondent",
    "editor",    "contributor", "the",      "of",
    "st",        "nd",          "rd",       "th",
    "ago",       "hour",        "hours",    "day",
    "days",      "h",           "m",        "s",
    "time",      "reading",     "words",    "with",
};
static const char *const date_words[] = {
    "jan",  "january",   "feb",  "february", "mar",  "march",     "apr",    "april",
    "may",  "jun",       "june", "jul",      "july", "aug",       "august", "sep",
    "sept", "september", "oct",  "october",  "nov",  "november",  "dec",    "december",
    "mon",  "monday",    "tue",  "tuesday",  "wed",  "wednesday", "thu",    "thursday",
    "fri",  "friday",    "sat",  "saturday", "sun",  "sunday",    "today",  "yesterday",
};

/* The first two letters the words of byline_words and date_words open
 * with: per first letter a..z, bit k for a second letter 'a' + k, bit 26
 * for a word of one letter. Most lines of a long page open with a word
 * that no listed word opens like ("Paragraph ..."): one lookup decides
 * it instead of two scans of 92 words. art_html_byline_openings_hold
 * checks the table against the lists (tests/text_measures). */
static const uint32_t byline_openings[26] = {
    0x018B040u, 0x1040000u, 0x0004010u, 0x0000011u, 0x00C0008u, 0x0020010u, 0x0001000u,
    0x4004000u, 0x0040000u, 0x0100001u, 0x0000000u, 0x0000001u, 0x4004101u, 0x0004008u,
    0x0002024u, 0x01C5008u, 0x0000000u, 0x0000018u, 0x4180011u, 0x0104180u, 0x0088000u,
    0x0000000u, 0x0024110u, 0x0000000u, 0x0000010u, 0x0000000u,
};

/* 0 when folded word w (length n >= 1) is in neither list; 1 when it
 * may be. */
static int may_be_listed(const char *w, size_t n)
{
    unsigned a = (unsigned)(unsigned char)w[0] - 'a';
    unsigned b = n == 1 ? 26u : (unsigned)(unsigned char)w[1] - 'a';
    return a < 26 && b <= 26 && (byline_openings[a] >> b & 1u);
}

int art_html_byline_openings_hold(void)
{
    const char *const *lists[] = {byline_words, date_words};
    size_t counts[] = {sizeof byline_words / sizeof *byline_words,
                       sizeof date_words / sizeof *date_words};
    for (size_t l = 0; l < 2; l++)
        for (size_t i = 0; i < counts[l]; i++)
            if (!may_be_listed(lists[l][i], strlen(lists[l][i])))
                return 0;
    return 1;
}

/* 1 when folded word w (length n) is a word of one of the doc's authors. */
static int author_word(const article_doc *doc, const char *w, size_t n)
{
    size_t count = article_doc_author_count(doc);
    for (size_t i = 0; i < count && i < 16; i++) {
        char a[256];
        if (!fold(article_doc_author_name(doc, i), a, sizeof a))
            continue;
        for (const char *p = a; *p;) {
            size_t m = strcspn(p, " ");
            if (m == n && strncmp(p, w, n) == 0)
                return 1;
            p += m;
            while (*p == ' ')
                p++;
        }
    }
    return 0;
}

/* 1 when every word of the raw text after a leading "By" starts with a
 * capital letter (or is "and"): "By Jane Doe and John Roe". */
static int capitalised_names(const char *text)
{
    const char *p = text;
    while (*p && art_is_space((unsigned char)*p))
        p++;
    if (strncmp(p, "By ", 3) != 0 && strncmp(p, "BY ", 3) != 0 && strncmp(p, "by ", 3) != 0)
        return 0;
    p += 3;
    int words = 0;
    while (*p) {
        while (*p && art_is_space((unsigned char)*p))
            p++;
        if (!*p)
            break;
        const char *w = p;
        while (*p && !art_is_space((unsigned char)*p))
            p++;
        words++;
        if ((size_t)(p - w) == 3 && strncmp(w, "and", 3) == 0)
            continue;
        if (!((*w >= 'A' && *w <= 'Z') || (unsigned char)*w >= 0x80))
            return 0;
    }
    return words >= 1 && words <= 5;
}

/* The next word of text from *p, folded as fold() folds it, into out
 * (room for the whole of text): the words of fold()'s output one by one,
 * so that a test that decides on its first words folds only those.
 * Returns its length, 0 at the end. */
static size_t next_folded_word(const unsigned char **p, char *out)
{
    const unsigned char *s = *p;
    size_t k = 0, n = 1;
    /* Past what is not a word character. */
    for (; *s; s += n) {
        unsigned cp = *s < 0x80 ? (n = 1, *s) : decode(s, &n);
        if (word_char(cp))
            break;
    }
    for (; *s; s += n) {
        unsigned cp = *s < 0x80 ? (n = 1, *s) : decode(s, &n);
        if (!word_char(cp))
            break;
        for (size_t i = 0; i < n; i++) {
            char ch = (char)s[i];
            out[k++] = ch >= 'A' && ch <= 'Z' ? (char)(ch - 'A' + 'a') : ch;
        }
    }
    *p = s;
    return k;
}

int art_html_byline(const article_doc *doc, const char *text)
{
    char w[256];
    /* 160 bytes fold to at most 160 (a word byte each, a space for one
     * or more bytes that are not), so fold() would always fit. */
    if (!text || strlen(text) > 160)
        return 0;
    /* A line that opens with two ASCII letters no listed word opens
     * with (nor "by") is decided there when no author's name could make
     * its first word a name: most paragraphs, without folding a word. */
    char two[3] = {(char)(text[0] | 32), (char)(text[0] ? text[1] | 32 : 0), '\0'};
    if (two[0] >= 'a' && two[0] <= 'z' && two[1] >= 'a' && two[1] <= 'z' &&
        !may_be_listed(two, 2) && article_doc_author_count(doc) == 0)
        return 0;
    int names = 0, dates = 0, by = 0, other = 0, words = 0, calendar = 0;
    const unsigned char *p = (const unsigned char *)text;
    for (size_t n; (n = next_folded_word(&p, w)) != 0;) {
        int digits = 1;
        for (size_t i = 0; i < n; i++)
            digits &= w[i] >= '0' && w[i] <= '9';
        words++;
        int listed = may_be_listed(w, n);
        if (words == 1 && n == 2 && strncmp(w, "by", 2) == 0)
            by = 1;
        else if (digits) {
            dates++;
            calendar |= n == 4; /* a year */
        } else if (listed && in_words(w, n, date_words, sizeof date_words / sizeof *date_words)) {
            dates++;
            calendar = 1;
        } else if (author_word(doc, w, n))
            names++;
        else if (!listed ||
                 !in_words(w, n, byline_words, sizeof byline_words / sizeof *byline_words))
            other++;
        /* Decided: any other word rules out all but "By Jane Doe", which
         * needs the leading "by" and at most four other words. */
        if (other > (by ? 4 : 0))
            return 0;
    }
    if (!words)
        return 0;
    /* Numbers with a currency sign are a price ("$399.00"), not a date
     * (asked last: most lines are decided by their first words). */
    static const char *const currencies[] = {"$", "\xe2\x82\xac", "\xc2\xa3", "\xc2\xa5"};
    for (size_t i = 0; i < sizeof currencies / sizeof *currencies; i++)
        if (strstr(text, currencies[i]))
            return 0;
    /* Two bare numbers are a rating or a version ("9.1", "2.0"), not a
     * date: a date shows a year, a month or day name, or three numbers
     * ("12.05.24"), or a time ("10:30"). */
    if (!calendar && dates < 3 && !strchr(text, ':'))
        dates = 0;
    if (other == 0)
        return names > 0 || (dates > 0 && (by || dates >= 2));
    /* "By Jane Doe" when the page named no author. */
    return by && !names && other <= 4 && strlen(text) <= 60 && capitalised_names(text);
}

/* 1 when folded line f, after its leading words from `skip`, is
 * folded name a (or a followed by at most three more words: "Jean Luc
 * Aufranc CNXSoft"). */
static int names(const char *f, const char *a)
{
    static const char *const skip[] = {"by", "about", "author", "the", "written", "posted"};
    for (;;) {
        size_t n = strcspn(f, " ");
        if (!in_words(f, n, skip, sizeof skip / sizeof *skip))
            break;
        f += n;
        while (*f == ' ')
            f++;
    }
    size_t len = strlen(a);
    if (!len || strncmp(f, a, len) != 0 || (f[len] && f[len] != ' '))
        return 0;
    int extra = 0;
    for (const char *p = f + len; *p; p++)
        extra += *p == ' ';
    return extra <= 3;
}

int art_html_author_line(const article_doc *doc, const char *text)
{
    char f[256];
    if (!text || strlen(text) > 100 || !fold(text, f, sizeof f) || !*f)
        return 0;
    size_t count = article_doc_author_count(doc);
    for (size_t i = 0; i < count && i < 16; i++) {
        const char *name = article_doc_author_name(doc, i);
        char a[256], head[256];
        /* "Dylan Bailey, MS, RD": the name before its credentials too. */
        if (!name)
            continue;
        size_t cut = strcspn(name, ",");
        if (cut >= sizeof head)
            continue;
        memcpy(head, name, cut);
        head[cut] = '\0';
        if ((fold(name, a, sizeof a) && names(f, a)) || (fold(head, a, sizeof a) && names(f, a)))
            return 1;
    }
    return 0;
}

/* MARK: - The page's header */

/* A <header> holding the title (h1) is the page's, not the body's. */
int art_html_title_header(const xmlNode *n)
{
    return art_dom_contains(n, "h1", 400) != 0;
}

/* MARK: - Teaser and credit lines */

/* Lines of the flow that open with these words are teasers ("Read more:
 * ...", "Sign up ...") or a photo credit left in the flow ("Photo: Name /
 * Agency": the figure it belongs to is elsewhere, a slideshow or a lead
 * image). Rows of data, asked in order: the first that matches decides. */
typedef enum line_kind { LINE_CREDIT, LINE_TEASER } line_kind;
static const struct {
    const char *prefix;
    line_kind kind;
} line_openings[] = {
    {"photo:", LINE_CREDIT},        {"photos:", LINE_CREDIT},       {"image:", LINE_CREDIT},
    {"(image:", LINE_CREDIT},       {"photograph:", LINE_CREDIT},   {"picture:", LINE_CREDIT},
    {"credit:", LINE_CREDIT},       {"photo credit:", LINE_CREDIT}, {"image credit:", LINE_CREDIT},
    {"(photo:", LINE_CREDIT},       {"read more", LINE_TEASER},     {"related:", LINE_TEASER},
    {"related ", LINE_TEASER},      {"also read", LINE_TEASER},     {"read also", LINE_TEASER},
    {"see also:", LINE_TEASER},     {"more:", LINE_TEASER},         {"recommended:", LINE_TEASER},
    {"watch:", LINE_TEASER},        {"listen:", LINE_TEASER},       {"click here", LINE_TEASER},
    {"sign up", LINE_TEASER},       {"subscribe", LINE_TEASER},     {"follow us", LINE_TEASER},
    {"advertisement", LINE_TEASER}, {"click to ", LINE_TEASER},     {"read the full", LINE_TEASER},
    {"share this", LINE_TEASER},    {"share on", LINE_TEASER},
};

/* The first two bytes of line_openings, compared as the loop below
 * compares them (a byte | 32): per first letter a..z, bit k for a second
 * letter 'a' + k; the openings after a "(" apart. Most lines open with
 * two letters no opening opens with ("Paragraph ..."): one lookup
 * decides them instead of a pass over the 29 openings.
 * art_html_teaser_openings_hold checks the table (tests/text_measures). */
static const uint32_t teaser_openings[26] = {
    0x0000808u, 0x0000000u, 0x0020800u, 0x0000000u, 0x0000000u, 0x0004000u, 0x0000000u,
    0x0000000u, 0x0001000u, 0x0000000u, 0x0000000u, 0x0000100u, 0x0004000u, 0x0000000u,
    0x0000000u, 0x0000180u, 0x0000000u, 0x0000010u, 0x0100190u, 0x0000000u, 0x0000000u,
    0x0000000u, 0x0000001u, 0x0000000u, 0x0000000u, 0x0000000u,
};
static const uint32_t teaser_paren_openings = 0x0008100u;

/* 0 when text t opens with no line opening's first two bytes; 1 when it
 * may open with one. */
static int may_open(const char *t)
{
    unsigned a = (unsigned)(unsigned char)t[0] | 32u;
    if (a != '(' && a - 'a' >= 26u)
        return 0; /* t[1] unread: t may be "" */
    unsigned b = ((unsigned)(unsigned char)t[1] | 32u) - 'a';
    if (b >= 26u)
        return 0;
    return (a == '(' ? teaser_paren_openings : teaser_openings[a - 'a']) >> b & 1u;
}

int art_html_teaser_openings_hold(void)
{
    for (size_t i = 0; i < sizeof line_openings / sizeof *line_openings; i++)
        if (!may_open(line_openings[i].prefix))
            return 0;
    return 1;
}

/* The marks a teaser may open with before its words: "[Read more: …]",
 * "» Related reading: …", "→ Read more about …", "👉 Read …". A "(" is
 * not one: "(Related reading: …)" is the writer's aside, in a sentence. */
static const char *const teaser_marks[] = {
    "[", "\xc2\xbb", "\xe2\x86\x92", "\xe2\x96\xba", "\xe2\x96\xb6", "\xf0\x9f\x91\x89", ">"};

/* prefix past one teaser mark and the spaces after it, or NULL. */
static const char *past_teaser_mark(const char *prefix)
{
    for (size_t i = 0; i < sizeof teaser_marks / sizeof *teaser_marks; i++) {
        size_t n = strlen(teaser_marks[i]);
        if (strncmp(prefix, teaser_marks[i], n) == 0) {
            const char *p = prefix + n;
            while (*p == ' ')
                p++;
            return p;
        }
    }
    return NULL;
}

int art_html_teaser_line(const art_html_ctx *ctx, const char *prefix, size_t len, size_t linked)
{
    if (len > 200)
        return 0;
    /* Rule teaser_marks: a teaser behind a bracket or an arrow. */
    const char *marked =
        art_html_rule(ctx, ART_RULE_TEASER_MARKS) ? past_teaser_mark(prefix) : NULL;
    if (!may_open(prefix) && !(marked && may_open(marked)))
        return 0;
    for (size_t i = 0; i < sizeof line_openings / sizeof *line_openings; i++) {
        const char *p = line_openings[i].prefix;
        /* The first two bytes first (the prefixes are lower case or '('
         * and longer than two bytes): this runs at every block of the
         * flow. */
        int plain = (prefix[0] | 32) == p[0] && (prefix[1] | 32) == p[1] &&
                    strncasecmp(prefix, p, strlen(p)) == 0;
        if (!plain &&
            !(marked && line_openings[i].kind == LINE_TEASER && (marked[0] | 32) == p[0] &&
              (marked[1] | 32) == p[1] && strncasecmp(marked, p, strlen(p)) == 0))
            continue;
        if (line_openings[i].kind == LINE_CREDIT)
            return len < 100 && art_html_rule(ctx, ART_RULE_PHOTO_CREDITS);
        return art_html_rule(ctx, ART_RULE_TEASER_LINES) && (len < 120 || linked * 2 > len);
    }
    return 0;
}

/* Picture agencies and libraries, folded: a short line naming one as a
 * part of its own ("Jane Doe/Getty Images", "AFP | Reuters", "© EPA") is
 * a photo credit left in the flow, whatever words it opens with. */
static const char *const agencies[] = {
    "getty images", "istock", "istockphoto", "shutterstock",     "reuters",  "afp",
    "epa",          "ap",     "ap photo",    "associated press", "alamy",    "unsplash",
    "pexels",       "corbis", "pa images",   "pa wire",          "nurphoto", "sopa images",
    "zuma press",   "dpa",    "anadolu",
};

/* Words a credit's part may open with before the agency ("Image
 * copyright Reuters", "Photo: AP", NYT's glued "CreditJane Doe"). */
static const char *const credit_labels[] = {
    "image",      "copyright", "credit",  "credits",  "photo",  "photos",
    "photograph", "foto",      "picture", "pictures", "source", "via",
};

/* The folded part p after its labels; 1 when it is an agency (whole, or
 * its first words when `lead`). */
static int agency_part(const char *p, int lead)
{
    for (;;) {
        size_t n = strcspn(p, " ");
        if (!p[n] || !in_words(p, n, credit_labels, sizeof credit_labels / sizeof *credit_labels))
            break;
        p += n + 1;
    }
    for (size_t i = 0; i < sizeof agencies / sizeof *agencies; i++) {
        size_t n = strlen(agencies[i]);
        if (strncmp(p, agencies[i], n) == 0 && (!p[n] || (lead && p[n] == ' ')))
            return 1;
    }
    return 0;
}

int art_html_agency_credit(const char *text)
{
    size_t len = text ? strlen(text) : 0;
    if (!len || len > 100 || strchr(".!?", text[len - 1]) || strstr(text, ". "))
        return 0;
    /* Parts set apart by "/" or "|", each a name of a few words. */
    int parts = 0, agency = 0;
    for (const char *p = text; *p;) {
        size_t n = strcspn(p, "/|");
        char part[128], f[128];
        if (n >= sizeof part)
            return 0;
        memcpy(part, p, n);
        part[n] = '\0';
        if (!fold(part, f, sizeof f))
            return 0;
        int words = *f != '\0';
        for (const char *w = f; *w; w++)
            words += *w == ' ';
        if (words > 5)
            return 0;
        parts += words > 0;
        agency |= words > 0 && agency_part(f, 1);
        p += n;
        if (*p)
            p++;
    }
    if (parts > 1)
        return agency;
    /* One part: the agency alone ("Getty Images", "© Reuters"). */
    char f[128];
    return fold(text, f, sizeof f) && agency_part(f, 0);
}

/* MARK: - Interface labels and bylines as blocks */

/* The text of a short model subtree into out; 0 when it does not fit. */
static int short_text(const article_node *r, char *out, size_t size)
{
    size_t k = 0;
    const article_node *n = r->first;
    while (n) {
        const char *s = n->type == ARTICLE_NODE_TEXT || n->type == ARTICLE_NODE_CODE
                            ? art_node_str(n, ARTICLE_ATTR_LITERAL)
                            : NULL;
        size_t len = s ? strlen(s) : n->type == ARTICLE_NODE_BREAK ? 1 : 0;
        if (k + len + 1 > size)
            return 0;
        if (s)
            memcpy(out + k, s, len);
        else if (len)
            out[k] = ' ';
        k += len;
        if (n->first) {
            n = n->first;
            continue;
        }
        n = art_node_skip(n, r);
    }
    out[k] = '\0';
    return 1;
}

int art_html_flow_junk(const art_html_ctx *ctx, const article_node *r, size_t len, int prose_seen)
{
    char text[256];
    /* Only blocks of the body's own flow: an item or a cell of a list or
     * a table may be one word. */
    if (len > 200 || !r->parent || r->parent->type != ARTICLE_NODE_SECTION ||
        !short_text(r, text, sizeof text))
        return 0;
    if (art_html_rule(ctx, ART_RULE_UI_LABELS) && art_html_ui_label(text))
        return 1;
    if (art_html_rule(ctx, ART_RULE_PHOTO_CREDITS) && art_html_agency_credit(text))
        return 1;
    return art_html_rule(ctx, ART_RULE_BYLINE_LINES) && r->type == ARTICLE_NODE_PARAGRAPH &&
           prose_seen < 2 && art_html_byline(ctx->doc, text);
}
