/* UTF-8 validation and whitespace folding. */
#include "internal.h"

#include <stdint.h>
#include <string.h>

/* Bytes at a time in the ASCII fast path: pages are mostly ASCII
 * (markup), so skipping eight bytes per test makes the whole-page checks
 * (charset sniff, decoding) cheap. memcpy keeps it free of alignment and
 * aliasing issues; compilers make it one load. */
#define ASCII_WORD 8
#define HIGH_BITS 0x8080808080808080u

int art_utf8_valid(const char *str, size_t len)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    while (i < len) {
        unsigned c = s[i];
        if (c < 0x80) {
            while (len - i >= 2 * ASCII_WORD) {
                uint64_t a, b;
                memcpy(&a, s + i, ASCII_WORD);
                memcpy(&b, s + i + ASCII_WORD, ASCII_WORD);
                if ((a | b) & HIGH_BITS)
                    break;
                i += 2 * ASCII_WORD;
            }
            while (i < len && s[i] < 0x80)
                i++;
            continue;
        }
        size_t n;
        unsigned min;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 1;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 2;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3;
            min = 0x10000;
        } else {
            return 0;
        }
        if (len - i <= n)
            return 0;
        unsigned cp = c & (0x3Fu >> n);
        for (size_t k = 1; k <= n; k++) {
            unsigned cc = s[i + k];
            if ((cc & 0xC0) != 0x80)
                return 0;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return 0;
        i += n + 1;
    }
    return 1;
}

void art_buf_put_collapsed(art_buf *buf, const char *s, size_t len, int *pending_space)
{
    size_t start = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i == len || art_is_space((unsigned char)s[i])) {
            if (i > start) {
                if (*pending_space && buf->len > 0)
                    art_buf_putc(buf, ' ');
                *pending_space = 0;
                art_buf_put(buf, s + start, i - start);
            }
            if (i < len)
                *pending_space = 1;
            start = i + 1;
        }
    }
}
