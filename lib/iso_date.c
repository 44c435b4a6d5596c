/* ISO 8601 dates as the model keeps them (docs/json-format.md): a date, or a date
 * and time, extended format, as precise as known:
 *   2025, 2025-08, 2025-08-06, 2025-08-06T18:02, 2025-08-06T18:02:00,
 *   2025-08-06T18:02:00.5, with an optional Z or +hh:mm / -hh:mm offset. */
#include "internal.h"

static int digits(const char *s, int n, int *out)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return 0;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return 1;
}

/* Days in a month of a year of the proleptic Gregorian calendar. */
static int month_days(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

int art_iso8601_valid(const char *s)
{
    int y, mo, d, h, mi, sec;
    if (!s || !digits(s, 4, &y))
        return 0;
    s += 4;
    if (!*s)
        return 1;
    if (*s != '-' || !digits(s + 1, 2, &mo) || mo < 1 || mo > 12)
        return 0;
    s += 3;
    if (!*s)
        return 1;
    if (*s != '-' || !digits(s + 1, 2, &d) || d < 1 || d > month_days(y, mo))
        return 0;
    s += 3;
    if (!*s)
        return 1;
    if (*s != 'T' || !digits(s + 1, 2, &h) || h > 23 || s[3] != ':' || !digits(s + 4, 2, &mi) ||
        mi > 59)
        return 0;
    s += 6;
    if (*s == ':') {
        if (!digits(s + 1, 2, &sec) || sec > 60)
            return 0;
        s += 3;
        if (*s == '.') {
            int n = 0, ignored;
            while (digits(s + 1 + n, 1, &ignored))
                n++;
            if (n < 1 || n > 9)
                return 0;
            s += 1 + n;
        }
    }
    if (!*s)
        return 1;
    if (*s == 'Z')
        return s[1] == '\0';
    int oh, om;
    if ((*s != '+' && *s != '-') || !digits(s + 1, 2, &oh) || oh > 23 || s[3] != ':' ||
        !digits(s + 4, 2, &om) || om > 59)
        return 0;
    return s[6] == '\0';
}
