/* JSON Lines of a batch: {"source": FILE, "article": {...}} or
 * {"source": FILE, "error": MESSAGE}, one per input, compact. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

typedef struct strbuf {
    char *data;
    size_t len, cap;
    int failed;
} strbuf;

static void sb_add(strbuf *sb, const char *s, size_t n)
{
    if (sb->failed)
        return;
    if (sb->cap - sb->len < n + 1) {
        size_t cap = sb->cap ? sb->cap : 256;
        while (cap - sb->len < n + 1)
            cap *= 2;
        char *data = realloc(sb->data, cap);
        if (!data) {
            sb->failed = 1;
            return;
        }
        sb->data = data;
        sb->cap = cap;
    }
    memcpy(sb->data + sb->len, s, n);
    sb->len += n;
    sb->data[sb->len] = '\0';
}

static void sb_puts(strbuf *sb, const char *s)
{
    sb_add(sb, s, strlen(s));
}

/* Length of the valid UTF-8 sequence at s (at most n bytes), 0 if none. */
static size_t utf8_length(const unsigned char *s, size_t n)
{
    size_t len;
    unsigned int min, cp;
    if (s[0] < 0x80)
        return 1;
    if (s[0] >= 0xC2 && s[0] <= 0xDF) {
        len = 2, min = 0x80, cp = s[0] & 0x1Fu;
    } else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
        len = 3, min = 0x800, cp = s[0] & 0x0Fu;
    } else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
        len = 4, min = 0x10000, cp = s[0] & 0x07u;
    } else {
        return 0;
    }
    if (n < len)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

/* A JSON string of s. File names need not be UTF-8: a byte that is not
 * becomes U+FFFD, so that every line stays valid JSON. */
static void sb_json_string(strbuf *sb, const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n = strlen(s);
    sb_add(sb, "\"", 1);
    while (n > 0) {
        size_t len = utf8_length(p, n);
        char esc[8];
        if (len == 0) {
            sb_puts(sb, "\\ufffd");
            len = 1;
        } else if (*p == '"' || *p == '\\') {
            esc[0] = '\\';
            esc[1] = (char)*p;
            sb_add(sb, esc, 2);
        } else if (*p < 0x20) {
            snprintf(esc, sizeof esc, "\\u%04x", (unsigned)*p);
            sb_puts(sb, esc);
        } else {
            sb_add(sb, (const char *)p, len);
        }
        p += len;
        n -= len;
    }
    sb_add(sb, "\"", 1);
}

char *art_cli_jsonl_line(const char *source, const char *article, size_t article_len,
                         const char *error, size_t *len)
{
    strbuf sb = {NULL, 0, 0, 0};
    sb_puts(&sb, "{\"source\":");
    sb_json_string(&sb, source);
    if (article) {
        sb_puts(&sb, ",\"article\":");
        sb_add(&sb, article, article_len);
    } else {
        sb_puts(&sb, ",\"error\":");
        sb_json_string(&sb, error ? error : "failed");
    }
    sb_puts(&sb, "}\n");
    if (sb.failed) {
        free(sb.data);
        return NULL;
    }
    *len = sb.len;
    return sb.data;
}
