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

#include <stdio.h>
#include <string.h>
#include <strings.h>

typedef struct date_parts {
    int year, month, day;
    int has_time;
    int hour, minute, second;
    char frac[4];   /* up to 3 digits after the point, "" when none or zero */
    char zone[16];  /* "Z", "+01:00", or "" when unknown */
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
        if (!parse_text(s, &d))
            return NULL;
    }
    if (d.year < 1000 || d.month < 1 || d.month > 12 || d.day < 1 ||
        d.day > days_in_month(d.year, d.month))
        return NULL;
    char out[96];
    if (!d.has_time)
        snprintf(out, sizeof out, "%04d-%02d-%02d", d.year, d.month, d.day);
    else
        snprintf(out, sizeof out, "%04d-%02d-%02dT%02d:%02d:%02d%s%s%s", d.year, d.month,
                 d.day, d.hour, d.minute, d.second, d.frac[0] ? "." : "", d.frac, d.zone);
    return art_doc_strdup(ctx->doc, out);
}
