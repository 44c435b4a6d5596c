/* Dates as pages write them -> ISO 8601 with the precision they have.
 *
 *   2019-11-19T10:00:00.000Z        -> 2019-11-19T10:00:00Z
 *   2019-11-19 10:00:00             -> 2019-11-19T10:00:00 (no offset known)
 *   Tue, 19 Nov 2019 10:00:00 GMT   -> 2019-11-19T10:00:00Z
 *   November 19, 2019 / 19 Nov 2019 -> 2019-11-19
 *
 * An offset is kept as written ("Z" stays "Z", "+0100" becomes "+01:00");
 * nothing is converted to another zone, so the instant is never moved.
 * Fractional seconds are kept to milliseconds (HTML's 1 to 3 digits),
 * unless they are all zeros. */
#include "meta.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

typedef struct date_parts {
    int year, month, day;
    int has_time;
    int hour, minute, second;
    char frac[4];  /* up to 3 digits after the point, "" when none or zero */
    char zone[16]; /* "Z", "+01:00", or "" when unknown */
} date_parts;

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static int is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Exactly n digits at *p as a number (advancing *p), or -1. */
static int digits(const char **p, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (!is_digit((*p)[i]))
            return -1;
        v = v * 10 + ((*p)[i] - '0');
    }
    *p += n;
    return v;
}

/* One or two digits (a day or an hour), or -1. */
static int small_number(const char **p)
{
    if (!is_digit(**p))
        return -1;
    int v = **p - '0';
    (*p)++;
    if (is_digit(**p)) {
        v = v * 10 + (**p - '0');
        (*p)++;
    }
    return v;
}

static void skip_spaces(const char **p)
{
    while (**p == ' ')
        (*p)++;
}

static const char *const months[12] = {"jan", "feb", "mar", "apr", "may", "jun",
                                       "jul", "aug", "sep", "oct", "nov", "dec"};

/* A month name or its abbreviation ("Nov", "Nov.", "November", "Sept"). */
static int month_name(const char **p)
{
    const char *s = *p;
    size_t n = 0;
    while (is_alpha(s[n]))
        n++;
    if (n < 3)
        return 0;
    for (int i = 0; i < 12; i++) {
        if (strncasecmp(s, months[i], 3) == 0) {
            *p = s + n;
            if (**p == '.')
                (*p)++;
            return i + 1;
        }
    }
    return 0;
}

/* A zone: Z, +HH:MM, +HHMM, +HH, GMT/UTC/UT (optionally with an offset),
 * or a North American abbreviation. Leaves zone "" when none. */
static void parse_zone(const char **p, date_parts *d)
{
    static const struct {
        const char *name;
        const char *offset;
    } named[] = {
        {"EST", "-05:00"}, {"EDT", "-04:00"}, {"CST", "-06:00"}, {"CDT", "-05:00"},
        {"MST", "-07:00"}, {"MDT", "-06:00"}, {"PST", "-08:00"}, {"PDT", "-07:00"},
    };
    skip_spaces(p);
    const char *s = *p;
    if (*s == 'Z' || *s == 'z') {
        snprintf(d->zone, sizeof d->zone, "Z");
        *p = s + 1;
        return;
    }
    if (strncasecmp(s, "GMT", 3) == 0 || strncasecmp(s, "UTC", 3) == 0 ||
        strncasecmp(s, "UT", 2) == 0) {
        s += (s[2] == 'T' || s[2] == 'C' || s[2] == 't' || s[2] == 'c') ? 3 : 2;
        snprintf(d->zone, sizeof d->zone, "Z");
        *p = s;
        if (*s != '+' && *s != '-')
            return;
    }
    for (size_t i = 0; i < sizeof named / sizeof named[0]; i++) {
        if (strncmp(s, named[i].name, 3) == 0 && !is_alpha(s[3])) {
            snprintf(d->zone, sizeof d->zone, "%s", named[i].offset);
            *p = s + 3;
            return;
        }
    }
    if (*s != '+' && *s != '-')
        return;
    char sign = *s;
    const char *q = s + 1;
    int hh = digits(&q, 2);
    if (hh < 0 || hh > 14)
        return;
    int mm = 0;
    if (*q == ':')
        q++;
    if (is_digit(*q)) {
        mm = digits(&q, 2);
        if (mm < 0 || mm > 59)
            return;
    }
    snprintf(d->zone, sizeof d->zone, "%c%02d:%02d", sign, hh, mm);
    *p = q;
}

/* HH:MM[:SS[.fff]] [AM|PM] [zone]; 0 when there is no valid time. */
static int parse_time(const char **p, date_parts *d)
{
    const char *s = *p;
    int hh = small_number(&s);
    if (hh < 0 || *s != ':')
        return 0;
    s++;
    int mm = digits(&s, 2);
    if (mm < 0 || mm > 59)
        return 0;
    int ss = 0;
    if (*s == ':') {
        s++;
        ss = digits(&s, 2);
        if (ss < 0 || ss > 60)
            return 0;
        if (*s == '.' || *s == ',') {
            s++;
            /* HTML's datetime takes 1 to 3 digits: microseconds and
             * beyond are cut to milliseconds (cut, not rounded, so the
             * second never changes). */
            size_t n = 0, nonzero = 0;
            while (is_digit(s[n])) {
                if (n < 3) {
                    d->frac[n] = s[n];
                    nonzero |= s[n] != '0';
                }
                n++;
            }
            d->frac[n < 3 ? n : 3] = '\0';
            if (!nonzero)
                d->frac[0] = '\0';
            s += n;
        }
    }
    const char *t = s;
    skip_spaces(&t);
    if ((t[0] == 'a' || t[0] == 'A' || t[0] == 'p' || t[0] == 'P') &&
        (t[1] == 'm' || t[1] == 'M' || (t[1] == '.' && (t[2] == 'm' || t[2] == 'M')))) {
        if (hh < 1 || hh > 12)
            return 0;
        int pm = t[0] == 'p' || t[0] == 'P';
        hh = hh % 12 + (pm ? 12 : 0);
        s = t + (t[1] == '.' ? (t[3] == '.' ? 4 : 3) : 2);
    }
    if (hh > 23)
        return 0;
    d->has_time = 1;
    d->hour = hh;
    d->minute = mm;
    d->second = ss;
    parse_zone(&s, d);
    *p = s;
    return 1;
}

/* YYYY-MM-DD or YYYY/MM/DD, then optionally T or space and a time. */
static int parse_iso(const char *s, date_parts *d)
{
    d->year = digits(&s, 4);
    if (d->year < 0 || (*s != '-' && *s != '/'))
        return 0;
    char sep = *s++;
    d->month = digits(&s, 2);
    if (d->month < 0 || *s != sep)
        return 0;
    s++;
    d->day = digits(&s, 2);
    if (d->day < 0)
        return 0;
    if (*s == 'T' || *s == 't' || *s == ' ') {
        const char *t = s + 1;
        skip_spaces(&t);
        parse_time(&t, d);
    }
    return 1;
}

/* Day-of-week names are skipped; then "19 Nov 2019" or "Nov 19, 2019",
 * then an optional time ("10:00:00 GMT", "at 3:15 pm"). */
static int parse_text(const char *s, date_parts *d)
{
    if (is_alpha(*s) && !month_name(&(const char *){s})) {
        while (is_alpha(*s))
            s++;
        if (*s == '.')
            s++;
        if (*s == ',')
            s++;
        skip_spaces(&s);
    }
    if (is_digit(*s)) {
        d->day = small_number(&s);
        if (*s == '.')
            s++;
        skip_spaces(&s);
        d->month = month_name(&s);
        if (*s == ',')
            s++;
    } else {
        d->month = month_name(&s);
        skip_spaces(&s);
        d->day = small_number(&s);
        if (is_alpha(*s) && is_alpha(s[1]) && !is_alpha(s[2]))
            s += 2; /* 1st, 2nd, 19th */
        if (*s == ',')
            s++;
    }
    skip_spaces(&s);
    if (!d->month || d->day < 0)
        return 0;
    d->year = digits(&s, 4);
    if (d->year < 0 || is_digit(*s))
        return 0;
    /* An optional time after ",", "at", "-", "|" or a space. */
    const char *t = s;
    while (*t == ' ' || *t == ',' || *t == '-' || *t == '|')
        t++;
    if (strncasecmp(t, "at ", 3) == 0)
        t += 3;
    skip_spaces(&t);
    parse_time(&t, d);
    return 1;
}

static int days_in_month(int year, int month)
{
    static const int days[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && !((year % 4 == 0 && year % 100 != 0) || year % 400 == 0))
        return 28;
    return days[month - 1];
}

/* MARK: - Dates in running text, in many languages */

/* Letters of a word (date_words.c's rule): ASCII letters, non-ASCII bytes. */
static int word_byte(char c)
{
    return is_alpha(c) || (unsigned char)c >= 0x80;
}

/* Spaces, no-break spaces (U+00A0, U+202F), the typographic spaces
 * (U+2000..U+200A: thin, hair, figure...) and tabs at *p, skipped;
 * 1 when there were any. */
static int skip_blank(const char **p)
{
    const char *s = *p;
    for (;;) {
        if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
            s++;
        else if ((unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0)
            s += 2;
        else if ((unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
                 ((unsigned char)s[2] == 0xAF ||
                  ((unsigned char)s[2] >= 0x80 && (unsigned char)s[2] <= 0x8A)))
            s += 3; /* U+202F, and U+2000..U+200A: "4.&thinsp;2.&thinsp;2022" */
        else
            break;
    }
    int any = s != *p;
    *p = s;
    return any;
}

/* The word w (lower case ASCII) at *p, then blanks; 1 when it was there. */
static int skip_word(const char **p, const char *w)
{
    size_t n = strlen(w);
    if (strncasecmp(*p, w, n) != 0 || word_byte((*p)[n]))
        return 0;
    *p += n;
    skip_blank(p);
    return 1;
}

/* A year of four digits not followed by another digit, or -1. */
static int year4(const char **p)
{
    const char *s = *p;
    int y = digits(&s, 4);
    if (y < 0 || is_digit(*s))
        return -1;
    *p = s;
    return y;
}

/* A day's ordinal suffix: 1st 2nd 3rd 19th, 1er, 1º, 1ª, 3. */
static void skip_ordinal(const char **p)
{
    const char *s = *p;
    if (*s == '.')
        s++;
    else if ((unsigned char)s[0] == 0xC2 &&
             ((unsigned char)s[1] == 0xBA || (unsigned char)s[1] == 0xAA))
        s += 2;
    else if (is_alpha(s[0]) && is_alpha(s[1]) && !word_byte(s[2]) &&
             (strncasecmp(s, "st", 2) == 0 || strncasecmp(s, "nd", 2) == 0 ||
              strncasecmp(s, "rd", 2) == 0 || strncasecmp(s, "th", 2) == 0 ||
              strncasecmp(s, "er", 2) == 0))
        s += 2;
    *p = s;
}

/* 1..2 digits not followed by a third, or -1. */
static int number12(const char **p)
{
    const char *s = *p;
    int v = small_number(&s);
    if (v < 0 || is_digit(*s))
        return -1;
    *p = s;
    return v;
}

/* A two-digit year: 00..69 are this century's. */
static int year_of(int y, int two_digits)
{
    return two_digits ? (y < 70 ? 2000 + y : 1900 + y) : y;
}

/* "D sep M sep Y" or "M sep D sep Y" with one separator (. / -), a
 * year of 4 digits or, after dots or slashes, 2. Dots always mean
 * day first; slashes and dashes follow month_first when both readings
 * are possible. */
static int numeric_dmy(const char *s, const char **end, date_parts *d, int month_first)
{
    int a = number12(&s);
    char sep = *s;
    if (a < 0 || (sep != '.' && sep != '/' && sep != '-'))
        return 0;
    s++;
    if (sep == '.')
        skip_blank(&s);
    int b = number12(&s);
    if (b < 0 || *s != sep)
        return 0;
    s++;
    if (sep == '.')
        skip_blank(&s);
    const char *y0 = s;
    int y = digits(&s, 4);
    int two = 0;
    if (y < 0) {
        s = y0;
        y = digits(&s, 2);
        two = 1;
        if (y < 0 || sep == '-')
            return 0;
    }
    if (is_digit(*s) || (*s == sep && is_digit(s[1])))
        return 0;
    int day = a, month = b;
    if (sep != '.' && (a > 12 ? 0 : b > 12 ? 1 : (month_first & ART_DATE_MONTH_FIRST))) {
        day = b;
        month = a;
    }
    d->year = year_of(y, two);
    d->month = month;
    d->day = day;
    *end = s;
    return 1;
}

/* "Y-M-D", "Y/M/D", "Y.M.D", "Y. M. D." with 1 or 2 digit parts, and
 * the CJK forms "Y年M月D日", "Y년 M월 D일". */
static int numeric_ymd(const char *s, const char **end, date_parts *d)
{
    int y = digits(&s, 4);
    if (y < 0)
        return 0;
    static const char *const cjk[][3] = {
        {"\xe5\xb9\xb4", "\xe6\x9c\x88", "\xe6\x97\xa5"}, /* 年 月 日 */
        {"\xeb\x85\x84", "\xec\x9b\x94", "\xec\x9d\xbc"}, /* 년 월 일 */
    };
    for (size_t k = 0; k < 2; k++) {
        const char *t = s;
        skip_blank(&t);
        if (strncmp(t, cjk[k][0], 3) != 0)
            continue;
        t += 3;
        skip_blank(&t);
        int mo = number12(&t);
        skip_blank(&t);
        if (mo < 0 || strncmp(t, cjk[k][1], 3) != 0)
            return 0;
        t += 3;
        skip_blank(&t);
        int day = number12(&t);
        skip_blank(&t);
        if (day < 0 || strncmp(t, cjk[k][2], 3) != 0)
            return 0;
        d->year = y, d->month = mo, d->day = day;
        *end = t + 3;
        return 1;
    }
    char sep = *s;
    if (sep != '-' && sep != '/' && sep != '.')
        return 0;
    s++;
    if (sep == '.')
        skip_blank(&s);
    int mo = number12(&s);
    if (mo < 0 || *s != sep)
        return 0;
    s++;
    if (sep == '.')
        skip_blank(&s);
    int day = number12(&s);
    if (day < 0)
        return 0;
    d->year = y, d->month = mo, d->day = day;
    *end = s;
    return 1;
}

/* After "26 tháng": the month's number, then "năm 2020" or ", 2020". */
static int month_number_dmy(const char *s, const char **end, date_parts *d, int day)
{
    int mo = number12(&s);
    if (mo < 1 || mo > 12)
        return 0;
    if (*s == ',')
        s++;
    skip_blank(&s);
    skip_word(&s, "n\xc4\x83m"); /* năm: year */
    int y = year4(&s);
    if (y < 0)
        return 0;
    d->year = y, d->month = mo, d->day = day;
    *end = s;
    return 1;
}

/* Thai pages count the years of the Buddhist era, 543 ahead: the web's
 * news years from 1995 are its 2538 on. */
#define BUDDHIST_ERA_FROM 2538

/* 1 when the word at s is Thai (U+0E00..U+0E7F). */
static int thai_word(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    return u[0] == 0xE0 && (u[1] == 0xB8 || u[1] == 0xB9);
}

/* "19 November 2019", "19. November 2019", "19 de noviembre de 2019",
 * "le 1er mars 2024", "19 Nov, 2019", "04-Aug-2021". */
static int text_dmy(const char *s, const char **end, date_parts *d, int flags)
{
    int day = number12(&s);
    if (day < 0)
        return 0;
    /* "04-Aug-2021", "12/Mar/2020": the month between two dashes */
    char dash = *s == '-' || *s == '/' ? *s : 0;
    if (dash)
        s++;
    else
        skip_ordinal(&s);
    skip_blank(&s);
    if (!dash && skip_word(&s, "th\xc3\xa1ng")) /* Vietnamese "26 tháng 10 năm 2020" */
        return month_number_dmy(s, end, d, day);
    if (!dash && !skip_word(&s, "de") && !skip_word(&s, "del"))
        skip_word(&s, "of");
    /* Catalan elides "de" before a vowel: "26 d'octubre de 2020" */
    if (!dash && (s[0] == 'd' || s[0] == 'D') && s[1] == '\'')
        s += 2;
    else if (!dash && (s[0] == 'd' || s[0] == 'D') && strncmp(s + 1, "\xe2\x80\x99", 3) == 0)
        s += 4;
    const char *month_at = s;
    int mo = art_date_month_word(&s);
    if (!mo || (dash && *s != dash))
        return 0;
    if (dash)
        s++;
    if (*s == ',')
        s++;
    skip_blank(&s);
    if (!skip_word(&s, "de"))
        skip_word(&s, "del");
    int y = year4(&s);
    if (y < 0)
        return 0;
    /* Croatian's listopad is October, the month Polish and Czech call
     * październik and říjen; theirs is November. */
    if (mo == 11 && (flags & ART_DATE_CROATIAN) && strncasecmp(month_at, "listopad", 8) == 0)
        mo = 10;
    if (y >= BUDDHIST_ERA_FROM && thai_word(month_at))
        y -= 543; /* "3 พฤศจิกายน 2564": the Buddhist era's 2564 is 2021 */
    d->year = y, d->month = mo, d->day = day;
    *end = s;
    return 1;
}

/* "November 19, 2019", "Nov. 19th 2019". */
static int text_mdy(const char *s, const char **end, date_parts *d)
{
    /* A day number must follow the word: tested first, because this runs
     * at every word of every short text and the month list is long. */
    const char *t = s;
    while (word_byte(*t))
        t++;
    if (*t == '.')
        t++;
    skip_blank(&t);
    if (!is_digit(*t))
        return 0;
    int mo = art_date_month_word(&s);
    if (!mo)
        return 0;
    skip_blank(&s);
    int day = number12(&s);
    if (day < 0)
        return 0;
    skip_ordinal(&s);
    if (*s == ',')
        s++;
    skip_blank(&s);
    int y = year4(&s);
    if (y < 0)
        return 0;
    d->year = y, d->month = mo, d->day = day;
    *end = s;
    return 1;
}

/* "2021. gada 12. maijā" (Latvian: the year's, then the day and the
 * month), after the year and its dot. */
static int gada_dm(const char *s, const char **end, date_parts *d, int y)
{
    if (!skip_word(&s, "gada"))
        return 0;
    int day = number12(&s);
    if (day < 0 || *s != '.')
        return 0;
    s++;
    skip_blank(&s);
    int mo = art_date_month_word(&s);
    if (!mo)
        return 0;
    d->year = y, d->month = mo, d->day = day;
    *end = s;
    return 1;
}

/* "2019. november 19." (Hungarian), "2019 m. lapkričio 19 d."
 * (Lithuanian: m. for metai, the year), "2021. gada 12. maijā"
 * (Latvian). */
static int text_ymd(const char *s, const char **end, date_parts *d)
{
    int y = year4(&s);
    if (y < 0)
        return 0;
    if (*s == '.') {
        s++;
        skip_blank(&s);
        if (gada_dm(s, end, d, y))
            return 1;
    } else {
        skip_blank(&s);
        if (s[0] != 'm' || s[1] != '.')
            return 0;
        s += 2;
    }
    skip_blank(&s);
    int mo = art_date_month_word(&s);
    if (!mo)
        return 0;
    skip_blank(&s);
    int day = number12(&s);
    if (day < 0)
        return 0;
    const char *t = s;
    skip_blank(&t);
    if (t[0] == 'd' && t[1] == '.') /* d. for diena, the day */
        s = t + 2;
    d->year = y, d->month = mo, d->day = day;
    *end = s;
    return 1;
}

/* The Japanese eras of the web's years: Reiwa from 2019, Heisei from 1989. */
static const struct japanese_era {
    const char *name;
    int year_before_first;
} eras[] = {
    {"\xe4\xbb\xa4\xe5\x92\x8c", 2018}, /* 令和 */
    {"\xe5\xb9\xb3\xe6\x88\x90", 1988}, /* 平成 */
};

/* The era named at s, or NULL. */
static const struct japanese_era *japanese_era(const char *s)
{
    for (size_t k = 0; k < sizeof eras / sizeof eras[0]; k++)
        if (strncmp(s, eras[k].name, 6) == 0)
            return &eras[k];
    return NULL;
}

/* "令和3年11月3日", "平成31年4月30日", "令和元年5月1日": a Japanese era's
 * year, then the month and day. */
static int era_ymd(const char *s, const char **end, date_parts *d)
{
    const struct japanese_era *era = japanese_era(s);
    if (!era)
        return 0;
    const char *t = s + 6;
    skip_blank(&t);
    int n = 1;
    if (strncmp(t, "\xe5\x85\x83", 3) == 0) /* 元: the era's first year */
        t += 3;
    else if ((n = number12(&t)) < 1)
        return 0;
    skip_blank(&t);
    if (strncmp(t, "\xe5\xb9\xb4", 3) != 0) /* 年 */
        return 0;
    t += 3;
    skip_blank(&t);
    int mo = number12(&t);
    skip_blank(&t);
    if (mo < 0 || strncmp(t, "\xe6\x9c\x88", 3) != 0) /* 月 */
        return 0;
    t += 3;
    skip_blank(&t);
    int day = number12(&t);
    skip_blank(&t);
    if (day < 0 || strncmp(t, "\xe6\x97\xa5", 3) != 0) /* 日 */
        return 0;
    d->year = era->year_before_first + n, d->month = mo, d->day = day;
    *end = t + 3;
    return 1;
}

/* A time after a date: "at 3:15 pm", "um 10:23 Uhr", "à 14h30", ", 10:00",
 * "kl. 10.00" (the Nordic languages write the time with a dot),
 * "15時30分". */
static void time_after(const char *s, date_parts *d)
{
    static const char *const joiners[] = {
        "at", "um", "\xc3\xa0", "a", "alle", "ora", "om", "o", "\xc3\xa0s", "\xd0\xb2", /* в */
    };
    int dotted = 0;
    for (int i = 0; i < 4; i++) {
        skip_blank(&s);
        if (*s == ',' || *s == '-' || *s == '|' || *s == '/' || *s == '.') {
            s++;
            continue;
        }
        if (skip_word(&s, "klo") || skip_word(&s, "kl")) {
            dotted = 1;
            continue;
        }
        size_t k = 0;
        while (k < sizeof joiners / sizeof joiners[0] && !skip_word(&s, joiners[k]))
            k++;
        if (k == sizeof joiners / sizeof joiners[0])
            break;
    }
    skip_blank(&s);
    /* Korean and Chinese say morning or afternoon before the time:
     * "오후 3:15", "下午3:15" */
    int pm = -1;
    if (strncmp(s, "\xec\x98\xa4\xed\x9b\x84", 6) == 0 || /* 오후 */
        strncmp(s, "\xe4\xb8\x8b\xe5\x8d\x88", 6) == 0)   /* 下午 */
        pm = 1;
    else if (strncmp(s, "\xec\x98\xa4\xec\xa0\x84", 6) == 0 || /* 오전 */
             strncmp(s, "\xe4\xb8\x8a\xe5\x8d\x88", 6) == 0)   /* 上午 */
        pm = 0;
    if (pm >= 0) {
        s += 6;
        skip_blank(&s);
    }
    date_parts t = *d;
    if (*s == 'T' && is_digit(s[1])) /* ISO's date and time in a text */
        s++;
    if (parse_time(&s, &t)) {
        if (pm >= 0 && t.hour >= 1 && t.hour <= 12)
            t.hour = t.hour % 12 + (pm ? 12 : 0);
        else if (pm >= 0)
            return;
        *d = t;
        return;
    }
    /* "14h30" (French), "10.00" after kl./klo, "15時30分" */
    int hh = small_number(&s);
    if (hh < 0 || hh > 23)
        return;
    size_t sep = (*s == 'h' || *s == 'H' || (dotted && *s == '.')) ? 1
                 : strncmp(s, "\xe6\x99\x82", 3) == 0              ? 3 /* 時 */
                                                                   : 0;
    if (!sep || !is_digit(s[sep]))
        return;
    s += sep;
    int mm = digits(&s, 2);
    if (mm < 0 || mm > 59 || is_digit(*s) || (sep == 1 && word_byte(*s)))
        return;
    d->has_time = 1;
    d->hour = hh;
    d->minute = mm;
    d->second = 0;
}

/* A plausible publication date: from 1995 (the web's news) to next year. */
static int plausible(const date_parts *d, int max_year)
{
    return d->year >= 1995 && d->year <= max_year && d->month >= 1 && d->month <= 12 &&
           d->day >= 1 && d->day <= days_in_month(d->year, d->month);
}

/* A date starting exactly at s, by any form above; *end_out (may be
 * NULL) is set past the date, before any time. */
static int date_at(const char *s, date_parts *d, int month_first, const char **end_out)
{
    const char *end = NULL;
    memset(d, 0, sizeof *d);
    int ok;
    if (is_digit(*s))
        ok = numeric_ymd(s, &end, d) || text_ymd(s, &end, d) ||
             numeric_dmy(s, &end, d, month_first) || text_dmy(s, &end, d, month_first);
    else if ((unsigned char)*s == 0xE4 || (unsigned char)*s == 0xE5)
        ok = era_ymd(s, &end, d);
    else
        ok = text_mdy(s, &end, d);
    if (ok)
        time_after(end, d);
    if (end_out)
        *end_out = end;
    return ok;
}

size_t art_meta_date_length(const char *s)
{
    const char *end = NULL;
    date_parts d;
    memset(&d, 0, sizeof d);
    int ok = is_digit(*s) ? numeric_ymd(s, &end, &d) || text_ymd(s, &end, &d) ||
                                numeric_dmy(s, &end, &d, 0) || text_dmy(s, &end, &d, 0)
                          : text_mdy(s, &end, &d);
    return ok && end ? (size_t)(end - s) : 0;
}

static const char *format(art_html_ctx *ctx, const date_parts *d)
{
    char out[96];
    if (!d->has_time)
        snprintf(out, sizeof out, "%04d-%02d-%02d", d->year, d->month, d->day);
    else
        snprintf(out, sizeof out, "%04d-%02d-%02dT%02d:%02d:%02d%s%s%s", d->year, d->month, d->day,
                 d->hour, d->minute, d->second, d->frac[0] ? "." : "", d->frac, d->zone);
    return art_doc_strdup(ctx->doc, out);
}

/* A byte that can be part of a blank run skip_blank() passes over:
 * ASCII blanks and every byte of U+00A0, U+2000..U+200A and U+202F. */
static int blank_byte(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xC2 || c == 0xA0 || c == 0xE2 ||
           (c >= 0x80 && c <= 0x8A) || c == 0xAF;
}

/* The value of the digit at p (ASCII, or another script's: "٢", "২"),
 * its bytes in *len; -1 when none starts there. */
static int digit_value(const char *p, size_t *len)
{
    if (is_digit(*p)) {
        *len = 1;
        return *p - '0';
    }
    return art_date_native_digit(p, len);
}

/* The first byte from p on that is an ASCII digit or the lead byte of
 * another script's digit or of a Japanese era (all 0xD9 and up), or end:
 * most bytes of a text are neither. Eight bytes at a time; a group with
 * a digit or a byte of 0x80 and up is looked at byte by byte. */
static const char *skip_plain(const char *p, const char *end)
{
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    while (p < end) {
        if (end - p >= 8) {
            uint64_t w;
            memcpy(&w, p, sizeof w);
            /* A byte under 0x80 is a digit when it is 0x30 or more and
             * not 0x3A or more; each sum stays within its byte. */
            uint64_t low = w & ~highs;
            uint64_t digits = (low + ones * (0x80 - '0')) & ~(low + ones * (0x80 - '9' - 1)) & ~w;
            if (!((digits | w) & highs)) {
                p += 8;
                continue;
            }
        }
        const char *stop = end - p >= 8 ? p + 8 : end;
        for (; p < stop; p++)
            if ((unsigned char)*p >= 0xD9 || is_digit(*p))
                return p;
    }
    return end;
}

int art_meta_date_possible(const char *s, int max_year)
{
    /* Every form date_at() reads has its year as a run of exactly four
     * digits, or (after dots or slashes: 31.10.23, 3/4/21) of exactly
     * two after a '.' or '/' and blanks. One pass over the bytes, no
     * parsing: most short texts of a page ("Paragraph 12345 of ...",
     * prices, counts) have neither and never reach the parsers. */
    if (!s)
        return 0;
    const char *end = s + strlen(s);
    for (const char *p = s; p < end;) {
        p = skip_plain(p, end);
        if (p == end)
            break;
        size_t n = 0;
        if (digit_value(p, &n) < 0) {
            /* A Japanese era's year has one or two digits (era_ymd). */
            if (((unsigned char)*p == 0xE4 || (unsigned char)*p == 0xE5) && japanese_era(p))
                return 1;
            p++;
            continue;
        }
        const char *run = p;
        int v = 0, count = 0, d;
        while ((d = digit_value(p, &n)) >= 0) {
            if (count < 4)
                v = v * 10 + d;
            count++;
            p += n;
        }
        if (count == 4 &&
            ((v >= 1995 && v <= max_year) || (v >= BUDDHIST_ERA_FROM && v <= max_year + 543)))
            return 1;
        if (count == 2 && run > s) {
            const char *b = run - 1;
            while (b > s && blank_byte((unsigned char)*b))
                b--;
            if (*b == '.' || *b == '/')
                return 1;
        }
    }
    return 0;
}

/* The first date of text[0..len) written in ASCII digits (*at: where). */
static const char *date_in_ascii(art_html_ctx *ctx, const char *text, size_t len, int month_first,
                                 int max_year, size_t *at)
{
    for (size_t i = 0; i < len; i++) {
        char c = text[i];
        char prev = i ? text[i - 1] : ' ';
        /* A dash after a letter of another script joins a prefix, not
         * a number: Hebrew's "ב-15 באוקטובר" (on the 15th). */
        int joined = prev == '-' && i >= 2 && (unsigned char)text[i - 2] >= 0x80;
        int start = is_digit(c) ? !is_digit(prev) && prev != '.' && prev != '/' &&
                                      (prev != '-' || joined) && prev != ':'
                    : (unsigned char)c == 0xE4 || (unsigned char)c == 0xE5
                        ? 1 /* a Japanese era's name (era_ymd) */
                        : is_alpha(c) && !word_byte(prev);
        if (!start)
            continue;
        date_parts d;
        if (date_at(text + i, &d, month_first, NULL) && plausible(&d, max_year)) {
            *at = i;
            return format(ctx, &d);
        }
    }
    return NULL;
}

/* Bytes of a date line looked at: a date line is short. */
#define DATE_TEXT_MAX 400

const char *art_meta_date_in_text(art_html_ctx *ctx, const char *text, int month_first,
                                  int max_year, size_t *at)
{
    if (!art_meta_date_possible(text, max_year))
        return NULL;
    size_t len = strnlen(text, DATE_TEXT_MAX), where = 0, n = 0;
    int native = 0;
    for (size_t i = 0; i < len && !native; i++)
        native = (unsigned char)text[i] >= 0xD9 && art_date_native_digit(text + i, &n) >= 0;
    if (!native) {
        const char *date = date_in_ascii(ctx, text, len, month_first, max_year, &where);
        if (date && at)
            *at = where;
        return date;
    }
    /* Digits of another script ("٣ نوفمبر ٢٠٢١") are read as ASCII ones,
     * in a copy that remembers where each of its bytes came from. */
    char ascii[DATE_TEXT_MAX + 1];
    unsigned short from[DATE_TEXT_MAX + 1];
    size_t o = 0;
    for (size_t i = 0; i < len; i += n) {
        int v = (unsigned char)text[i] >= 0xD9 ? art_date_native_digit(text + i, &n) : -1;
        if (v >= 0 && i + n > len)
            break;
        if (v < 0)
            n = 1;
        ascii[o] = v < 0 ? text[i] : (char)('0' + v);
        from[o++] = (unsigned short)i;
    }
    ascii[o] = '\0';
    const char *date = date_in_ascii(ctx, ascii, o, month_first, max_year, &where);
    if (date && at)
        *at = from[where];
    return date;
}

const char *art_meta_date_in_url(art_html_ctx *ctx, const char *url, int max_year)
{
    if (!url)
        return NULL;
    const char *path = strstr(url, "://");
    path = path ? strchr(path + 3, '/') : url;
    for (const char *p = path; p && *p; p++) {
        if (!is_digit(*p) || is_digit(p[-1]) || is_alpha(p[-1]))
            continue;
        date_parts d;
        memset(&d, 0, sizeof d);
        const char *s = p;
        int ok = 0;
        d.year = digits(&s, 4);
        if (d.year > 0 && (*s == '/' || *s == '-' || *s == '_')) {
            /* /2016/02/09/, /2016-02-09-title, 2016_02_09 */
            char sep = *s++;
            d.month = digits(&s, 2);
            if (d.month > 0 && *s == sep) {
                s++;
                d.day = digits(&s, 2);
                ok = d.day > 0 && !is_digit(*s);
            }
        } else if (d.year > 0 && is_digit(*s)) {
            /* /20160209/ or /20160209-title: exactly eight digits */
            d.month = digits(&s, 2);
            d.day = d.month > 0 ? digits(&s, 2) : -1;
            ok = d.day > 0 && !is_digit(*s) && !is_alpha(*s);
        }
        if (ok && plausible(&d, max_year))
            return format(ctx, &d);
    }
    return NULL;
}

/* Keys a page's script data names its publication with (a shop's
 * "published_at", an app's "publishedAt", "datePublished" outside
 * JSON-LD), folded: lower case, '_' and '-' dropped. */
static const char *const data_keys[] = {
    "datepublished",   "publishedat",    "publishdate",      "publisheddate",
    "publicationdate", "firstpublished", "firstpublishedat", "datefirstpublished",
};

/* The quoted key at s (s[0] after its opening quote), folded into out;
 * its length in s, 0 when there is none. Reads before end only. */
static size_t data_key(const char *s, const char *end, char *out, size_t cap)
{
    size_t n = 0, k = 0;
    for (; s + n < end && n < 31; n++) {
        char c = s[n];
        if (is_alpha(c)) {
            if (k + 1 < cap)
                out[k++] = (char)(c | 32);
        } else if (c != '_' && c != '-') {
            break;
        }
    }
    out[k] = '\0';
    return k >= 7 ? n : 0;
}

const char *art_meta_date_in_data(art_html_ctx *ctx, const char *text, size_t len, int max_year)
{
    /* "key": "2019-03-02T06:22:28+01:00", the quotes escaped or not (a
     * JSON string inside a script's string: \"published_at\":\"...). The
     * value is read from a copy: the text need not end in a NUL. */
    const char *end = text + len;
    for (const char *q = text; q && q + 16 < end; q = memchr(q + 1, '"', (size_t)(end - q - 1))) {
        if (*q != '"')
            continue;
        char key[32];
        size_t n = data_key(q + 1, end, key, sizeof key);
        if (!n)
            continue;
        const char *p = q + 1 + n;
        if (p < end && *p == '\\')
            p++;
        if (p >= end || *p != '"')
            continue;
        for (p++; p < end && *p == ' '; p++) {
        }
        if (p >= end || *p != ':')
            continue;
        for (p++; p < end && *p == ' '; p++) {
        }
        if (p < end && *p == '\\')
            p++;
        if (p + 11 >= end || *p != '"' || !is_digit(p[1]))
            continue;
        int known = 0;
        for (size_t k = 0; k < sizeof data_keys / sizeof data_keys[0] && !known; k++)
            known = strcmp(key, data_keys[k]) == 0;
        if (!known)
            continue;
        char value[40];
        size_t vn =
            (size_t)(end - p - 1) < sizeof value - 1 ? (size_t)(end - p - 1) : sizeof value - 1;
        memcpy(value, p + 1, vn);
        value[vn] = '\0';
        date_parts d;
        memset(&d, 0, sizeof d);
        if (parse_iso(value, &d) && plausible(&d, max_year))
            return format(ctx, &d);
    }
    return NULL;
}

const char *art_meta_date(art_html_ctx *ctx, const char *s)
{
    if (!s)
        return NULL;
    while (*s == ' ')
        s++;
    date_parts d;
    memset(&d, 0, sizeof d);
    if (!parse_iso(s, &d)) {
        memset(&d, 0, sizeof d);
        if (!parse_text(s, &d)) {
            /* "20.06.2019 11:43", "5. Juni 2015", "2020年3月4日": the
             * other languages' forms, day first when ambiguous. */
            if (!date_at(s, &d, 0, NULL))
                return NULL;
        }
    }
    if (d.year < 1000 || d.month < 1 || d.month > 12 || d.day < 1 ||
        d.day > days_in_month(d.year, d.month))
        return NULL;
    char out[96];
    if (!d.has_time)
        snprintf(out, sizeof out, "%04d-%02d-%02d", d.year, d.month, d.day);
    else
        snprintf(out, sizeof out, "%04d-%02d-%02dT%02d:%02d:%02d%s%s%s", d.year, d.month, d.day,
                 d.hour, d.minute, d.second, d.frac[0] ? "." : "", d.frac, d.zone);
    return art_doc_strdup(ctx->doc, out);
}

/* MARK: - The date a reader takes */

/* 1 when both are dates of the same calendar day, as written. */
static int same_day(const char *a, const char *b)
{
    return a && b && strlen(a) >= 10 && strlen(b) >= 10 && strncmp(a, b, 10) == 0;
}

/* Days from 1970-01-01 to the civil date (Howard Hinnant's algorithm). */
static long days_from_civil(int y, int mo, int d)
{
    y -= mo <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int art_meta_iso_day(const char *iso, long *day)
{
    if (!iso || strnlen(iso, 10) < 10 || iso[4] != '-' || iso[7] != '-')
        return 0;
    int part[3] = {0, 0, 0};
    for (int i = 0; i < 10; i++) {
        if (i == 4 || i == 7)
            continue;
        if (!is_digit(iso[i]))
            return 0;
        int *p = &part[i < 4 ? 0 : i < 7 ? 1 : 2];
        *p = *p * 10 + (iso[i] - '0');
    }
    if (part[1] < 1 || part[1] > 12 || part[2] < 1 || part[2] > 31)
        return 0;
    *day = days_from_civil(part[0], part[1], part[2]);
    return 1;
}

/* The offset of a zone ("Z", "+01:00") in minutes; 0 when there is none
 * (*known says which). */
static int zone_offset(const char *zone, int *known)
{
    *known = zone[0] != '\0';
    if (!*known || zone[0] == 'Z')
        return 0;
    int mins =
        ((zone[1] - '0') * 10 + (zone[2] - '0')) * 60 + (zone[4] - '0') * 10 + (zone[5] - '0');
    return zone[0] == '-' ? -mins : mins;
}

/* 1 when `local` is the instant `declared` as the page's own clock shows
 * it, on another calendar day: a declared "2023-11-09T05:30:59Z" shown as
 * "2023-11-08 23:30:59" or "2023-11-08T23:30:59-06:00". Without an offset
 * the two must differ by whole quarter hours (every zone's offset), at
 * most 14 hours, to the second (to the minute when the shown time has no
 * seconds). */
static int same_instant_elsewhere(const char *declared, const char *local)
{
    date_parts a, b;
    memset(&a, 0, sizeof a);
    memset(&b, 0, sizeof b);
    if (!declared || !local || !parse_iso(declared, &a) || !parse_iso(local, &b) || !a.has_time ||
        !b.has_time || !a.zone[0] || same_day(declared, local))
        return 0;
    int known_a, known_b;
    long long ua = (days_from_civil(a.year, a.month, a.day) * 1440LL + a.hour * 60 + a.minute -
                    zone_offset(a.zone, &known_a)) *
                       60 +
                   a.second;
    long long lb =
        (days_from_civil(b.year, b.month, b.day) * 1440LL + b.hour * 60 + b.minute) * 60 + b.second;
    int off_b = zone_offset(b.zone, &known_b);
    if (known_b)
        return lb - off_b * 60LL == ua;
    if (b.second == 0)
        ua -= a.second;
    long long diff = lb - ua;
    return diff != 0 && diff % 900 == 0 && diff >= -14 * 3600 && diff <= 14 * 3600;
}

/* 1 when the page shows the day of `date` as a date element's or a
 * date line's first date. */
static int shows_day(const art_shown_dates *shown, const char *date)
{
    return same_day(shown->any[0], date) || same_day(shown->any[1], date);
}

void art_meta_settle_published(art_html_ctx *ctx, art_meta *m, const art_shown_dates *seen)
{
    const char *shown = seen->near, *marked = seen->marked, *first = seen->first;
    const char *shown_change = seen->change;
    art_cand *pub = &m->field[ARTICLE_FIELD_PUBLISHED];
    const char *changed = m->field[ARTICLE_FIELD_MODIFIED].value;
    /* A page that shows its last change ("Updated May 5, 2024") and no
     * publication next to its headline dates itself by that change: it
     * is the one date its reader sees (rule shown_change). */
    if (art_html_rule(ctx, ART_RULE_SHOWN_CHANGE) && shown_change && !shown &&
        !same_day(pub->value, shown_change) && !shows_day(seen, pub->value)) {
        pub->value = same_day(changed, shown_change) ? changed : shown_change;
        if (pub->prio > ART_PRIO_DATE_SEEN)
            pub->prio = ART_PRIO_DATE_SEEN;
        return;
    }
    /* The declared instant in UTC, near midnight, falls on another day
     * than the one the page's readers had: the page's own clock, shown
     * as the same instant, gives their day (rule local_day). */
    if (art_html_rule(ctx, ART_RULE_LOCAL_DAY) && pub->value && pub->prio < ART_PRIO_MICRODATA) {
        const char *local[3] = {marked ? art_meta_date(ctx, marked) : NULL, shown,
                                first ? art_meta_date(ctx, first) : NULL};
        for (size_t i = 0; i < 3; i++) {
            if (!same_instant_elsewhere(pub->value, local[i]))
                continue;
            pub->value = local[i];
            return;
        }
    }
    /* Only a declaration (JSON-LD, OpenGraph, <meta>) is weighed against
     * what the page shows: the visible sources rank among themselves. */
    if (!art_html_rule(ctx, ART_RULE_SHOWN_DATE) || !pub->value ||
        pub->prio >= ART_PRIO_MICRODATA || !same_day(shown, changed) || same_day(shown, pub->value))
        return;
    pub->value = changed; /* the declared instant, as precise as declared */
}
