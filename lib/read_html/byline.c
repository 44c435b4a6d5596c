/* Visible bylines -> author names: "By Jane Doe, Sam Roe and X" gives
 * three names, without "By ", without trailing roles or dates. */
#include "meta.h"

#include <string.h>
#include <strings.h>

/* Words that open a byline and are not part of a name. */
static const char *const prefixes[] = {
    "written by",
    "posted by",
    "words by",
    "story by",
    "reported by",
    "text by",
    "by",
    "von",
    "par",
    "por",
    "door",
    "di",
    "av",
    "autor:",
    "author:",
    "authors:",
    "text:",
    "texte:",
    "words:",
    "escrito por",
    "escrita por",
    "publicado por",
    "scritto da",
    "geschrieben von",
    "verfasst von",
    "\xc3\xa9"
    "crit par",
    "\xc3\x89"
    "crit par",
    "r\xc3\xa9"
    "dig\xc3\xa9 par",
    "publi\xc3\xa9 par",
    "geschreven door",
    "skrevet af",
    "skrevet av",
    "skrivet av",
    "autora:",
    "autorin:",
    "auteur:",
    "autore:",
    "tekst:",
    "texto:",
    "testo:",
};

/* Where a byline stops naming people: a separator before a date, a
 * role, a site name. */
static const char *const stops[] = {" | ",
                                    " - ",
                                    " \xe2\x80\x94 ",
                                    " \xe2\x80\x93 ",
                                    " \xc2\xb7 ",
                                    " \xe2\x80\xa2 ",
                                    " / ",
                                    "Updated ",
                                    "Published ",
                                    "Posted ",
                                    " \xc2\xbb ", /* phpBB: "by Name » Tue Aug 27, 2019" */
                                    " \xe2\x80\xba ",
                                    "Last updated ", /* "Jo Li Last updated on 3 May" */
                                    " on behalf of "};

/* Separators between names. */
static const char *const joins[] = {", and ", ",",   ";",       " and ",   " & ", " AND ", " und ",
                                    " et ",   " y ", " (avec ", " (with ", " (",  ")",     "\x1e"};

/* Role words: a part that holds one is a job title, not a name; after
 * a name, the title and the affiliation that follow it ("Jane Doe,
 * Senior Director, Content & Marketing, Acme") name nobody else. */
static const char *const roles[] = {
    "writer",   "editor",       "correspondent", "reporter",   "contributor", "columnist",
    "staff",    "photographer", "updated",       "published",  "minute",      "read",
    "director", "manager",      "president",     "founder",    "ceo",         "officer",
    "producer", "analyst",      "strategist",    "consultant", "specialist"};

/* Words that open a job title written after a name with no comma
 * ("Liz Kenny Former McKinsey Consultant", "Jo Li Senior Life and
 * Trends Reporter"): its rank, its desk; with the role words above,
 * where the name ends. */
static const char *const title_words[] = {
    "senior",     "junior",    "former",    "staff",         "chief",     "contributing",
    "managing",   "associate", "assistant", "deputy",        "executive", "special",
    "guest",      "freelance", "lead",      "head",          "principal", "general",
    "vice",       "founding",  "national",  "international", "global",    "regional",
    "political",  "sports",    "business",  "technology",    "tech",      "science",
    "health",     "digital",   "social",    "content",       "marketing", "product",
    "editorial",  "community", "blog",      "investigative", "features",  "travel",
    "co-founder", "foreign"};

/* Credits of another role than the writer's: "Photos by X" in a
 * byline names no author. */
static const char *const other_roles[] = {"photo",         "photos", "photography", "illustration",
                                          "illustrations", "edited", "reviewed",    "checked",
                                          "translated",    "video",  "graphics",    "additional"};

/* Words that credit the writing itself before "by": "Analysis by",
 * "Opinion by", "Reporting by" (the prefixes above hold "Written by",
 * "Posted by"...). */
static const char *const writer_roles[] = {
    "analysis", "opinion", "commentary", "reporting", "review",      "interview", "column",
    "essay",    "article", "report",     "feature",   "contributed", "recipe",    "content"};

/* The length of "Word by " opening s[0..len) when the word is one of
 * writer_roles ("Analysis by ") or other_roles (then *other is set:
 * "Photos by "); 0 otherwise. */
static size_t word_by(const char *s, size_t len, int *other)
{
    size_t n = 0;
    while (n < len && n <= 15 && ((s[n] | 32) >= 'a' && (s[n] | 32) <= 'z'))
        n++;
    if (n < 2 || n > 15 || len < n + 4 || strncasecmp(s + n, " by ", 4) != 0)
        return 0;
    *other = 0;
    for (size_t i = 0; i < sizeof other_roles / sizeof other_roles[0]; i++)
        if (strlen(other_roles[i]) == n && strncasecmp(s, other_roles[i], n) == 0)
            *other = 1;
    for (size_t i = 0; i < sizeof writer_roles / sizeof writer_roles[0] && !*other; i++)
        if (strlen(writer_roles[i]) == n && strncasecmp(s, writer_roles[i], n) == 0)
            return n + 4;
    return *other ? n + 4 : 0;
}

/* News agencies: after a writer's name they are the wire the story came
 * over ("By Jane Doe, Reuters"), not a second author; alone ("By
 * Reuters") they are the author. */
static const char *const agencies[] = {"Reuters",
                                       "AP",
                                       "Associated Press",
                                       "AFP",
                                       "Agence France-Presse",
                                       "dpa",
                                       "Bloomberg",
                                       "PA",
                                       "PA Media",
                                       "ANSA",
                                       "EFE",
                                       "Xinhua",
                                       "Kyodo",
                                       "UPI",
                                       "ANI",
                                       "PTI",
                                       "IANS",
                                       "Yonhap",
                                       "TASS",
                                       "Anadolu",
                                       "CNA",
                                       "AAP",
                                       "Canadian Press",
                                       "The Canadian Press",
                                       "BSS"};

/* The agency at the end of s[0..len) after a space ("JANE DOE Associated
 * Press"): its offset, or len when none ends it. */
static size_t agency_suffix(const char *s, size_t len)
{
    for (size_t i = 0; i < sizeof agencies / sizeof agencies[0]; i++) {
        size_t n = strlen(agencies[i]);
        if (len > n + 1 && s[len - n - 1] == ' ' && strncmp(s + len - n, agencies[i], n) == 0)
            return len - n - 1;
    }
    return len;
}

static int is_agency(const char *s, size_t len)
{
    for (size_t i = 0; i < sizeof agencies / sizeof agencies[0]; i++)
        if (strlen(agencies[i]) == len && strncasecmp(s, agencies[i], len) == 0)
            return 1;
    return 0;
}

static int has_word_ci(const char *s, size_t len, const char *word)
{
    size_t n = strlen(word);
    for (size_t i = 0; i + n <= len; i++) {
        if (strncasecmp(s + i, word, n) != 0)
            continue;
        int left = i == 0 || !((s[i - 1] | 32) >= 'a' && (s[i - 1] | 32) <= 'z');
        int right = i + n == len || !((s[i + n] | 32) >= 'a' && (s[i + n] | 32) <= 'z');
        if (left && right)
            return 1;
    }
    return 0;
}

/* 2 when the word w[0..n) opens a job title (title_words), 1 when it
 * is a role word, else 0. */
static int title_word(const char *w, size_t n)
{
    for (size_t i = 0; i < sizeof title_words / sizeof title_words[0]; i++)
        if (strlen(title_words[i]) == n && strncasecmp(w, title_words[i], n) == 0)
            return 2;
    for (size_t i = 0; i < sizeof roles / sizeof roles[0]; i++)
        if (strlen(roles[i]) == n && strncasecmp(w, roles[i], n) == 0)
            return 1;
    return 0;
}

/* The length of the name that opens s[0..len) when a job title follows
 * it with no comma ("Jane Roe Staff Writer" is Jane Roe): two words
 * before the title, or three or four before one that opens a title
 * ("Mary Ann Smith Staff Writer"; in "Ben Silverman Games Editor" the
 * desk may be the name's, and nothing is read); the first and the last
 * capitalised; 0 otherwise. */
static size_t name_before_title(const char *s, size_t len)
{
    size_t i = 0, end = 0;
    int words = 0;
    while (i < len) {
        while (i < len && s[i] == ' ')
            i++;
        size_t w = i;
        while (i < len && s[i] != ' ')
            i++;
        if (i == w)
            break;
        int title = title_word(s + w, i - w);
        if (title)
            return words == 2 || (words > 2 && title == 2) ? end : 0;
        unsigned char c = (unsigned char)s[w];
        int capital = (c >= 'A' && c <= 'Z') || c >= 0x80;
        /* "Our Foreign Staff", "The Political Desk": no one's name */
        if (words == 0 && (!capital || (i - w == 3 && (strncasecmp(s + w, "our", 3) == 0 ||
                                                       strncasecmp(s + w, "the", 3) == 0))))
            return 0;
        if (++words > 4)
            return 0;
        if (capital)
            end = i; /* the name ends at a capitalised word */
        else if (i == len)
            return 0;
    }
    return 0;
}

/* 1 when s[0..len) is a credential written after a name ("Jane Doe,
 * MD, FACLM", "Sam Roe, PhD"): one word in capitals (dots and hyphens
 * allowed, 2 to 8 bytes), or a degree written in mixed case. */
static int is_credential(const char *s, size_t len)
{
    static const char *const degrees[] = {"PhD", "Ph.D.", "MSc",  "BSc", "MPH", "MBA",
                                          "MEd", "EdD",   "DrPH", "Jr.", "Jr",  "Sr."};
    for (size_t i = 0; i < sizeof degrees / sizeof degrees[0]; i++)
        if (strlen(degrees[i]) == len && strncmp(s, degrees[i], len) == 0)
            return 1;
    if (len < 2 || len > 8)
        return 0;
    int capitals = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] >= 'A' && s[i] <= 'Z')
            capitals++;
        else if (s[i] != '.' && s[i] != '-')
            return 0;
    }
    return capitals >= 2;
}

int art_meta_name_ok(const char *s)
{
    if (!s || !*s)
        return 0;
    size_t len = strlen(s);
    /* A prefix alone ("By") names nobody, nor does a label ("Author",
     * a search form's field in an element classed "author"). */
    for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++)
        if (strcasecmp(s, prefixes[i]) == 0)
            return 0;
    static const char *const labels[] = {"author",
                                         "authors",
                                         "autor",
                                         "auteur",
                                         "autore",
                                         "the author",
                                         "about the author",
                                         "about the authors",
                                         "meet the author",
                                         "about author"};
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
        if (strcasecmp(s, labels[i]) == 0)
            return 0;
    if (len > 80 || strchr(s, '@') || strstr(s, "://") || strncasecmp(s, "www.", 4) == 0 ||
        strchr(s, ':') || strchr(s, '|'))
        return 0;
    /* "blog.example.com": a domain, not a name. */
    if (!strchr(s, ' ') && strchr(s, '.') && strchr(s, '.')[1] != '\0')
        return 0;
    int letters = 0, words = 1;
    for (const char *p = s; *p; p++) {
        unsigned char c = (unsigned char)*p;
        letters += (c | 32) >= 'a' && (c | 32) <= 'z';
        letters += c >= 0x80;
        words += c == ' ';
    }
    return letters > 0 && words <= 5;
}

static const char *const month_names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                          "jul", "aug", "sep", "oct", "nov", "dec"};

/* 1 when the word s[0..n) is a month name or its abbreviation. */
static int is_month(const char *s, size_t n)
{
    if (n && s[n - 1] == '.')
        n--;
    if (n < 3)
        return 0;
    for (size_t i = 0; i < 12; i++)
        if (strncasecmp(s, month_names[i], 3) == 0)
            return 1;
    return 0;
}

/* 1 when the word s[0..n) is a day's name or its abbreviation
 * ("Monday,", "Sat,"). */
static int is_weekday(const char *s, size_t n)
{
    static const char *const days[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
        "tues",   "wed",     "thu",       "thur",     "thurs",  "fri",      "sat",    "sun"};
    while (n && (s[n - 1] == ',' || s[n - 1] == '.'))
        n--;
    for (size_t i = 0; i < sizeof days / sizeof days[0]; i++)
        if (n == strlen(days[i]) && strncasecmp(s, days[i], n) == 0)
            return 1;
    return 0;
}

/* Where a month name is glued to the end of a word, as markup without
 * spaces gives "Luke KimDecember 17": the offset of the month's capital
 * in s[0..n), or n. */
static size_t glued_month(const char *s, size_t n)
{
    for (size_t i = 1; i + 3 <= n; i++) {
        if (!(s[i] >= 'A' && s[i] <= 'Z' && s[i - 1] >= 'a' && s[i - 1] <= 'z'))
            continue;
        const char *p = s + i;
        if (art_date_month_word(&p) && p <= s + n)
            return i;
    }
    return n;
}

/* The length of s[0..len) before a date glued on without a separator:
 * "Nathan Willis March 25" -> "Nathan Willis". */
static size_t before_date(const char *s, size_t len)
{
    size_t prev_start = 0, prev_len = 0;
    for (size_t i = 0; i < len;) {
        while (i < len && s[i] == ' ')
            i++;
        size_t start = i;
        while (i < len && s[i] != ' ')
            i++;
        if (is_weekday(s + start, i - start))
            return start;
        size_t glued = glued_month(s + start, i - start);
        if (glued < i - start)
            return start + glued;
        if (start < len && s[start] >= '0' && s[start] <= '9') {
            if (prev_len && is_month(s + prev_start, prev_len))
                return prev_start;
            return start;
        }
        prev_start = start;
        prev_len = i - start;
    }
    return len;
}

/* 1 when the letter c may open one of the prefixes: most texts of a
 * page open with none, and are passed over with this one test (the
 * label test runs on every short text of the page). */
static int may_open_prefix(char c)
{
    if ((unsigned char)c == 0xC3) /* "écrit par" */
        return 1;
    switch (c | 32) {
    case 'a':
    case 'b':
    case 'd':
    case 'e':
    case 'g':
    case 'p':
    case 'r':
    case 's':
    case 't':
    case 'v':
    case 'w':
        return 1;
    default:
        return 0;
    }
}

/* 1 when s may open with prefix: its first byte, ASCII case folded.
 * Skips the strlen and strncasecmp of every other byline word (the
 * tests run on every short text of a page). */
static int same_first_byte(const char *s, const char *prefix)
{
    unsigned char a = (unsigned char)prefix[0], b = (unsigned char)s[0];
    return a < 0x80 ? (a | 32) == (b | 32) : a == b;
}

int art_meta_byline_prefix(const char *s)
{
    if (!may_open_prefix(s[0]))
        return 0;
    for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
        if (!same_first_byte(s, prefixes[i]))
            continue;
        size_t n = strlen(prefixes[i]);
        if (strncasecmp(s, prefixes[i], n) == 0 &&
            (s[n] == ' ' || s[n] == ':' || prefixes[i][n - 1] == ':') &&
            /* "By" capitalised or all lower case, as bylines write it */
            (s[0] == prefixes[i][0] || s[0] == prefixes[i][0] - 32))
            return 1;
    }
    return 0;
}

const char *art_meta_without_title(art_html_ctx *ctx, const char *name)
{
    /* "By GREG BEACHAM, AP Sports Writer" as a JSON-LD person's name:
     * only the English "… by" words, as "Von", "Di" or "Door" open
     * surnames. */
    size_t len = strlen(name);
    int other = 0;
    size_t by = word_by(name, len, &other);
    if (!by && len > 3 && strncasecmp(name, "by ", 3) == 0)
        by = 3;
    if (by && !other && by < len)
        name += by;
    const char *comma = strstr(name, ", ");
    if (!comma)
        return name;
    const char *rest = comma + 2;
    for (size_t i = 0; i < sizeof roles / sizeof roles[0]; i++)
        if (has_word_ci(rest, strlen(rest), roles[i]))
            return art_doc_strndup(ctx->doc, name, (size_t)(comma - name));
    return name;
}

int art_meta_dash_byline(const char *s)
{
    static const char *const dashes[] = {"\xe2\x80\x94 ", "\xe2\x80\x93 ", "-- "};
    const char *body = NULL;
    for (size_t i = 0; i < sizeof dashes / sizeof dashes[0] && !body; i++)
        if (strncmp(s, dashes[i], strlen(dashes[i])) == 0)
            body = s + strlen(dashes[i]);
    const char *comma = body ? strrchr(body, ',') : NULL;
    if (!comma || comma == body || comma[1] != ' ')
        return 0;
    const char *end = comma + 2 + strlen(comma + 2);
    while (end > comma + 2 && (end[-1] == '.' || end[-1] == ' '))
        end--;
    return is_agency(comma + 2, (size_t)(end - comma - 2));
}

/* 1 when s is a writing credit's label alone: "Article by", "Opinion
 * by:" (a word of writer_roles, then "by", a colon and spaces at
 * most). */
static int credit_label(const char *s)
{
    size_t n = 0;
    while (n <= 15 && ((s[n] | 32) >= 'a' && (s[n] | 32) <= 'z'))
        n++;
    if (n < 2 || n > 15 || strncasecmp(s + n, " by", 3) != 0)
        return 0;
    const char *end = s + n + 3;
    end += *end == ':';
    while (art_is_space((unsigned char)*end))
        end++;
    if (*end)
        return 0;
    for (size_t i = 0; i < sizeof writer_roles / sizeof writer_roles[0]; i++)
        if (strlen(writer_roles[i]) == n && strncasecmp(s, writer_roles[i], n) == 0)
            return 1;
    return 0;
}

int art_meta_byline_label(const char *s)
{
    if (credit_label(s))
        return 1;
    if (!may_open_prefix(s[0]))
        return 0;
    for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
        if (!same_first_byte(s, prefixes[i]))
            continue;
        size_t n = strlen(prefixes[i]);
        if (strncasecmp(s, prefixes[i], n) != 0)
            continue;
        const char *end = s + n + (s[n] == ':');
        while (art_is_space((unsigned char)*end))
            end++;
        if (!*end)
            return 1;
    }
    return 0;
}

/* Removes a leading "By " (and friends) from s[0..*len). */
static const char *strip_prefix(const char *s, size_t *len)
{
    int other = 0;
    size_t by = word_by(s, *len, &other);
    if (by && !other) {
        *len -= by;
        return s + by;
    }
    if (art_meta_dash_byline(s)) {
        size_t n = s[0] == '-' ? 3 : 4;
        *len -= n;
        return s + n;
    }
    for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
        size_t n = strlen(prefixes[i]);
        if (*len > n && strncasecmp(s, prefixes[i], n) == 0 &&
            (s[n] == ' ' || s[n] == ':' || prefixes[i][n - 1] == ':')) {
            s += n;
            *len -= n;
            while (*len && (*s == ' ' || *s == ':')) {
                s++;
                (*len)--;
            }
            return s;
        }
    }
    return s;
}

/* The earliest of the separators in s[0..len), or len. */
static size_t first_of(const char *s, size_t len, const char *const *seps, size_t nseps,
                       size_t *sep_len)
{
    size_t best = len;
    *sep_len = 0;
    for (size_t i = 0; i < nseps; i++) {
        size_t n = strlen(seps[i]);
        for (size_t j = 0; j + n <= best; j++) {
            if (strncmp(s + j, seps[i], n) == 0) {
                if (j < best) {
                    best = j;
                    *sep_len = n;
                }
                break;
            }
        }
    }
    return best;
}

/* The length of s[0..len) without a trailing " (handle)": one word of
 * ASCII letters, digits, '_', '-', '.' or a leading '@' in parentheses
 * after a name is that person's user name or agency ("Jane Doe
 * (janedoe)"), not a second author. */
static size_t before_handle(const char *s, size_t len)
{
    if (len < 4 || s[len - 1] != ')')
        return len;
    size_t open = len - 1;
    while (open > 0 && s[open - 1] != '(')
        open--;
    if (open < 2 || s[open - 2] != ' ' || open + 1 >= len)
        return len;
    for (size_t i = open; i < len - 1; i++) {
        char c = s[i];
        int ok = ((c | 32) >= 'a' && (c | 32) <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
                 c == '-' || c == '.' || (c == '@' && i == open);
        if (!ok)
            return len;
    }
    return open - 2;
}

/* The length of s[0..len) before an e-mail address written after the
 * name ("Jane Doe jane@example.com", "Jane Doe (jane@example.com)"). */
static size_t before_email(const char *s, size_t len)
{
    const char *at = memchr(s, '@', len);
    if (!at)
        return len;
    size_t i = (size_t)(at - s);
    while (i && s[i - 1] != ' ')
        i--;
    /* "@handle" alone is a user name, not an address */
    if (s + i == at)
        return len;
    while (i && (s[i - 1] == ' ' || s[i - 1] == '(' || s[i - 1] == ',' || s[i - 1] == '<'))
        i--;
    return i ? i : len;
}

/* Words that join a byline to its date ("Jane Doe on 2019-02-15",
 * "Anna am 3. Mai", "Paul le 4 mars"). */
static const char *const date_joins[] = {"on", "am",  "le", "el", "il", "op",
                                         "em", "den", "at", "le", "du"};

/* The length of s[0..len) without a date's joining word at its end
 * ("Jo Li on" once "Monday, May 4" is cut off). */
static size_t before_join(const char *s, size_t len)
{
    while (len && (s[len - 1] == ' ' || s[len - 1] == ','))
        len--;
    for (size_t i = 0; i < sizeof date_joins / sizeof date_joins[0]; i++) {
        size_t n = strlen(date_joins[i]);
        if (len > n && s[len - n - 1] == ' ' && strncmp(s + len - n, date_joins[i], n) == 0)
            return len - n - 1;
    }
    return len;
}

/* The length of s[0..len) before a full date in it ("Posted by A, B on
 * 2019-02-15, all posts" -> "Posted by A, B"), without the word that
 * joins them and trailing commas. A date first ("Dec 17, 2025 Jo Doe",
 * markup without a space between) is skipped: *s moves past it. */
static size_t before_full_date(art_html_ctx *ctx, const char **sp, size_t len)
{
    const char *s = *sp;
    size_t skip = art_meta_date_length(s);
    if (skip && skip < len) {
        while (skip < len && (s[skip] == ' ' || s[skip] == ',' || s[skip] == '|' ||
                              s[skip] == '-' || s[skip] == ':'))
            skip++;
        s += skip;
        len -= skip;
        *sp = s;
    }
    size_t at = len;
    const char *copy = art_doc_strndup(ctx->doc, s, len);
    if (!copy || !art_meta_date_in_text(ctx, copy, 0, 9999, &at) || at >= len)
        return len;
    while (at && (s[at - 1] == ' ' || s[at - 1] == ','))
        at--;
    for (size_t i = 0; i < sizeof date_joins / sizeof date_joins[0]; i++) {
        size_t n = strlen(date_joins[i]);
        if (at > n && s[at - n - 1] == ' ' && strncasecmp(s + at - n, date_joins[i], n) == 0) {
            at -= n + 1;
            break;
        }
    }
    while (at && (s[at - 1] == ' ' || s[at - 1] == ','))
        at--;
    return at;
}

/* 1 when s[0..len) is one name written surname first, as catalogues
 * and citations write it: a surname, a comma, given names ending in an
 * initial ("Kaufman, Jeff T.", "Kooman, F."). Two writers ("Doe, Roe")
 * never end in an initial. */
static int surname_first(const char *s, size_t len)
{
    const char *comma = memchr(s, ',', len);
    if (!comma || comma == s || memchr(comma + 1, ',', len - (size_t)(comma - s) - 1) ||
        memchr(s, ' ', (size_t)(comma - s)) || !(s[0] >= 'A' && s[0] <= 'Z'))
        return 0;
    const char *p = comma + 1, *end = s + len;
    while (end > p && end[-1] == ' ')
        end--;
    int words = 0, initial = 0;
    while (p < end) {
        while (p < end && *p == ' ')
            p++;
        const char *w = p;
        while (p < end && *p != ' ')
            p++;
        if (p == w)
            break;
        if (!(*w >= 'A' && *w <= 'Z'))
            return 0;
        /* "T.", "J.R." */
        initial = p[-1] == '.' && (p - w == 2 || (p - w == 4 && w[2] >= 'A' && w[2] <= 'Z'));
        words++;
    }
    return words >= 1 && words <= 3 && initial;
}

/* 1 when s[0..len) names a publication: it opens with the site's name,
 * alone or with words after it ("WebMD Health News" on webmd.com), or
 * ends with "News" or "Media", as no person's name does. After a
 * writer's name, it names nobody. Four words at most are tried. */
static int publication(const art_html_ctx *ctx, const art_meta *m, const char *s, size_t len)
{
    if ((len > 5 && strncasecmp(s + len - 5, " news", 5) == 0) ||
        (len > 6 && strncasecmp(s + len - 6, " media", 6) == 0))
        return 1;
    const char *site = m->field[ARTICLE_FIELD_SITE_NAME].value;
    const char *url =
        m->field[ARTICLE_FIELD_URL].value ? m->field[ARTICLE_FIELD_URL].value : ctx->base_url;
    int words = 0;
    for (size_t i = 1; i <= len && words < 4; i++)
        if (i == len || s[i] == ' ') {
            words++;
            if (art_meta_names_publication(s, i, site, url))
                return 1;
        }
    return 0;
}

void art_meta_push_byline(art_html_ctx *ctx, art_meta *m, art_vec *items, const char *text,
                          const char *url)
{
    if (!text)
        return;
    const char *plain = art_meta_plain_spaces(ctx, text);
    const char *clean = plain ? art_html_clean_string(ctx, plain) : NULL;
    if (!clean) {
        m->failed = 1;
        return;
    }
    size_t len = strlen(clean);
    const char *s = strip_prefix(clean, &len);
    size_t sep;
    size_t stop = first_of(s, len, stops, sizeof stops / sizeof stops[0], &sep);
    /* "Dec. 19, 2025 · Niko Matsakis": a date and a separator before
     * the name. */
    if (stop < len && stop && art_meta_date_length(s) >= stop) {
        s += stop + sep;
        len -= stop + sep;
        stop = first_of(s, len, stops, sizeof stops / sizeof stops[0], &sep);
    }
    len = stop;
    len = before_full_date(ctx, &s, len);
    len = before_handle(s, len);
    len = before_email(s, len);
    if (surname_first(s, len)) {
        const char *name = art_doc_strndup(ctx->doc, s, len);
        if (!name)
            m->failed = 1;
        else
            art_meta_push_person(ctx, m, items, name, url);
        return;
    }
    int named = 0, new_line = 0;
    while (len) {
        size_t cut = first_of(s, len, joins, sizeof joins / sizeof joins[0], &sep);
        /* After a name, the next line of a byline element: a rank, a
         * role or the publication ("dave<br>Junior Member"). */
        if (named && new_line)
            break;
        new_line = cut < len && s[cut] == ART_BYLINE_LINE;
        const char *part = s;
        size_t plen = cut;
        while (plen && part[0] == ' ') {
            part++;
            plen--;
        }
        int other = 0;
        if (word_by(part, plen, &other) && other) {
            if (named)
                break; /* "By A, photos by B" */
            plen = 0;
        }
        part = strip_prefix(part, &plen);
        size_t dated = before_date(part, plen);
        if (dated < plen)
            dated = before_join(part, dated); /* "Jo Li on Monday, May 4" */
        plen = dated;
        while (plen && (part[plen - 1] == ' ' || part[plen - 1] == '.' || part[plen - 1] == '-' ||
                        part[plen - 1] == '/'))
            plen--;
        int role = 0, titled = 0;
        for (size_t i = 0; i < sizeof roles / sizeof roles[0] && !role; i++)
            role = has_word_ci(part, plen, roles[i]);
        /* "Jane Roe Staff Writer": the name, then its title ending the
         * list as one after a comma does. */
        size_t named_len = role ? name_before_title(part, plen) : 0;
        if (named_len) {
            plen = named_len;
            role = 0;
            titled = 1;
        }
        /* After a name: its title and affiliation, or its wire. */
        if (named && (role || is_agency(part, plen) || is_credential(part, plen) ||
                      publication(ctx, m, part, plen)))
            break;
        if (plen && !role && agency_suffix(part, plen) < plen) {
            plen = agency_suffix(part, plen);
            while (plen && (part[plen - 1] == ' ' || part[plen - 1] == ','))
                plen--;
        }
        if (plen && !role) {
            const char *name = art_doc_strndup(ctx->doc, part, plen);
            if (!name) {
                m->failed = 1;
                return;
            }
            art_meta_push_person(ctx, m, items, name, url);
            url = NULL;
            named = 1;
        }
        if (titled)
            break;
        if (cut >= len)
            break;
        s += cut + sep;
        len -= cut + sep;
    }
}
