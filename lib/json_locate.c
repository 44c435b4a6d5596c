/* A tiny JSON tokenizer that finds where a path's value starts. It runs
 * only after an error, on text jansson already accepted as well-formed (or,
 * for syntax errors, not at all), so it can skip values by counting
 * brackets: no recursion, no allocation. */
#include "json_locate.h"

#include <string.h>

static size_t skip_ws(const char *t, size_t len, size_t p)
{
    while (p < len && (t[p] == ' ' || t[p] == '\t' || t[p] == '\n' || t[p] == '\r'))
        p++;
    return p;
}

/* p at the opening quote; returns the offset after the closing quote. */
static size_t skip_string(const char *t, size_t len, size_t p)
{
    p++;
    while (p < len && t[p] != '"') {
        if (t[p] == '\\')
            p++;
        p++;
    }
    return p < len ? p + 1 : len;
}

static size_t skip_value(const char *t, size_t len, size_t p)
{
    size_t depth = 0;
    while (p < len) {
        char c = t[p];
        if (c == '"') {
            p = skip_string(t, len, p);
            if (depth == 0)
                return p;
            continue;
        }
        if (c == '{' || c == '[') {
            depth++;
        } else if (c == '}' || c == ']') {
            if (depth == 0)
                return p; /* the end of the container around us */
            if (--depth == 0)
                return p + 1;
        } else if (depth == 0 &&
                   (c == ',' || c == ':' || c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
            return p; /* end of a number or literal */
        }
        p++;
    }
    return p;
}

static unsigned hex4(const char *t, size_t len, size_t p)
{
    unsigned v = 0;
    for (size_t i = 0; i < 4; i++) {
        char c = p + i < len ? t[p + i] : '0';
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= (unsigned)(c - 'A' + 10);
    }
    return v;
}

static size_t utf8_encode(unsigned cp, char out[4])
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Does the JSON string at p (its quote) decode to `key`? Keys may be
 * written with escapes ("\u0074ype"), so compare decoded bytes. */
static int key_equals(const char *t, size_t len, size_t p, const char *key)
{
    size_t k = 0, klen = strlen(key);
    p++;
    while (p < len && t[p] != '"') {
        char buf[4];
        size_t n = 1;
        if (t[p] != '\\') {
            buf[0] = t[p++];
        } else if (p + 1 < len && t[p + 1] == 'u') {
            unsigned cp = hex4(t, len, p + 2);
            p += 6;
            if (cp >= 0xD800 && cp <= 0xDBFF && p + 1 < len && t[p] == '\\' && t[p + 1] == 'u') {
                unsigned lo = hex4(t, len, p + 2);
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                p += 6;
            }
            n = utf8_encode(cp, buf);
        } else {
            char e = p + 1 < len ? t[p + 1] : 0;
            p += 2;
            buf[0] = e == 'n'   ? '\n'
                     : e == 't' ? '\t'
                     : e == 'r' ? '\r'
                     : e == 'b' ? '\b'
                     : e == 'f' ? '\f'
                                : e;
        }
        if (k + n > klen || memcmp(key + k, buf, n) != 0)
            return 0;
        k += n;
    }
    return k == klen;
}

size_t art_json_locate(const char *t, size_t len, const art_json_seg *segs, size_t n, int at_key)
{
    size_t p = skip_ws(t, len, 0);
    for (size_t s = 0; s < n; s++) {
        size_t container = p;
        char open = p < len ? t[p] : 0;
        if ((segs[s].key && open != '{') || (!segs[s].key && open != '['))
            return container;
        p++;
        size_t i = 0;
        int found = 0;
        for (;;) {
            p = skip_ws(t, len, p);
            if (p >= len || t[p] == '}' || t[p] == ']')
                return container;
            if (segs[s].key) {
                size_t key_at = p;
                int eq = key_equals(t, len, p, segs[s].key);
                p = skip_ws(t, len, skip_string(t, len, p));
                p = skip_ws(t, len, p + 1); /* the ':' */
                if (eq) {
                    if (at_key && s + 1 == n)
                        return key_at;
                    found = 1;
                }
            } else if (i == segs[s].index) {
                found = 1;
            }
            if (found)
                break;
            p = skip_ws(t, len, skip_value(t, len, p));
            if (p < len && t[p] == ',')
                p++;
            i++;
        }
    }
    return p < len ? p : len;
}

void art_json_line_col(const char *t, size_t len, size_t offset, int *line, int *column)
{
    int ln = 1;
    size_t start = 0;
    if (offset > len)
        offset = len;
    for (size_t i = 0; i < offset; i++) {
        if (t[i] == '\n') {
            ln++;
            start = i + 1;
        }
    }
    *line = ln;
    *column = (int)(offset - start + 1);
}
