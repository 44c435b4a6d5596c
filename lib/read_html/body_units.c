/* The body's units as the passes over the final body compare them
 * (previews.c, repeats.c): each one's text ASCII case folded, whitespace
 * runs as one space, none at the ends, and its hash. Both passes read
 * every byte of a long page's body, so the list is read once for both,
 * and the common bytes (not whitespace but a lone ' ' between two
 * others) are lowered and copied eight at a time. */
#include "body_units.h"

#include <stdint.h>
#include <string.h>

#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define FOLD_WORDS 1
#else
#define FOLD_WORDS 0
#endif

#if FOLD_WORDS
#define ONES 0x0101010101010101ull
#define HIGH (0x80 * ONES)

/* Bit 7 of each byte of x below n (n <= 0x80): never misses one, and
 * the lowest flagged byte is always one (a borrow only flags bytes above
 * a true one), which is all the fold's "first byte to look at" needs. */
static inline uint64_t bytes_below(uint64_t x, unsigned n)
{
    return (x - n * ONES) & ~x & HIGH;
}

/* Bit 7 of each byte of x that the fold must look at one by one, or of
 * a byte above one: a control byte or a space other than ' ' (at most
 * ' ': art_is_space's five are among them), a ' ' next to one of those.
 * A lone ' ' between two other bytes is copied as it is. edges has bit
 * 7 set when the byte before x is one of those (or unknown), bit 63 when
 * the byte after it is. */
static inline uint64_t special_bytes(uint64_t x, uint64_t edges)
{
    uint64_t white = bytes_below(x, 0x21);
    uint64_t space = bytes_below(x ^ ' ' * ONES, 1);
    return bytes_below(x, 0x20) | (space & ((white >> 8) | (white << 8) | edges));
}

/* x with 'A' to 'Z' lowered: the bytes whose low seven bits are at
 * least 'A' and at most 'Z', high bit clear, get bit 5 set. */
static inline uint64_t lowered(uint64_t x)
{
    const uint64_t low7 = 0x7F * ONES;
    uint64_t t = x & low7;
    uint64_t upper = ~x & (t + (0x80 - 'A') * ONES) & ~(t + (0x80 - 'Z' - 1) * ONES) & HIGH;
    return x | upper >> 2;
}
#endif

void art_unit_fold(const article_node *r, art_buf *b)
{
    size_t start = b->len;
    int space = 0;
    for (const article_node *n = r; n; n = art_unit_next(n, r)) {
        if (n->type == ARTICLE_NODE_BREAK)
            space = 1;
        const char *s = art_unit_literal(n);
        size_t len = s ? strlen(s) : 0;
        if (!len)
            continue;
        /* Room first, then the bytes written in place: a byte out for a
         * byte in, and the space held from before. The word copies below
         * write at most eight bytes from k while the input has eight
         * left from i, and k - b->len <= i + 1, so they stay inside. */
        if (art_buf_reserve(b, len + 1) != 0)
            return; /* b->failed: the caller reports it */
        char *out = b->data;
        size_t k = b->len;
        for (size_t i = 0; i < len;) {
#if FOLD_WORDS
            if (!space && i + 8 <= len) {
                uint64_t x;
                memcpy(&x, s + i, 8);
                /* Before x: a byte taken as it was (no space is held), but
                 * at the literal's start the unit's start or a break. After
                 * it: the next byte, or the literal's NUL. */
                unsigned char after = (unsigned char)s[i + 8];
                uint64_t edges = (i ? 0 : 0x80ull) | (after <= ' ' ? 0x80ull << 56 : 0);
                uint64_t special = special_bytes(x, edges);
                uint64_t folded = lowered(x);
                memcpy(out + k, &folded, 8);
                size_t plain = special ? (size_t)__builtin_ctzll(special) / 8 : 8;
                k += plain;
                i += plain;
                if (plain == 8)
                    continue;
            }
#endif
            unsigned char c = (unsigned char)s[i++];
            if (art_is_space(c)) {
                space = 1;
                continue;
            }
            if (space && k > start)
                out[k++] = ' ';
            space = 0;
            out[k++] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        }
        b->len = k;
        out[k] = '\0';
    }
}

void art_body_units_init(art_body_units *list, const article_allocator *a)
{
    art_buf_init(&list->units, a);
    art_buf_init(&list->text, a);
    list->revision = 0;
    list->read = 0;
}

void art_body_units_free(art_body_units *list)
{
    art_buf_free(&list->units);
    art_buf_free(&list->text);
    list->read = 0;
}

/* A 64-bit hash of b's bytes from off, len of them, read eight at a
 * time (a long page's whole body goes through it): the length, then each
 * word mixed in by a multiply and a shift, each step one-to-one. Only
 * compared within one read, so the byte order does not matter. */
static uint64_t text_hash(const art_buf *b, size_t off, size_t len)
{
    const uint64_t k = 0x9E3779B97F4A7C15ull;
    uint64_t h = (uint64_t)len * k;
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, b->data + off + i, 8);
        h = (h ^ w) * k;
        h ^= h >> 29;
    }
    if (i < len) {
        uint64_t w = 0;
        memcpy(&w, b->data + off + i, len - i);
        h = (h ^ w) * k;
        h ^= h >> 29;
    }
    h *= 0xD6E8FEB86659FD93ull;
    return h ^ h >> 32;
}

int art_body_units_read(art_body_units *list, article_doc *doc)
{
    if (list->read && list->revision == doc->revision)
        return 1;
    list->units.len = 0;
    list->text.len = 0;
    list->read = 0;
    for (article_node *sec = article_doc_root(doc)->first; sec; sec = sec->next) {
        if (sec->type != ARTICLE_NODE_SECTION)
            continue;
        article_node *n = sec->first;
        while (n) {
            if (art_unit_skipped_type(n->type)) {
                /* neither a unit nor inside one */
            } else if (art_unit_is(n)) {
                art_body_unit u = {n, 0, list->text.len, 0};
                art_unit_fold(n, &list->text);
                if (list->text.failed)
                    return 0;
                u.len = list->text.len - u.off;
                u.hash = text_hash(&list->text, u.off, u.len);
                art_buf_put(&list->units, (const char *)&u, sizeof u);
            } else if (n->first && !art_unit_inline_type(n->first->type)) {
                n = n->first;
                continue;
            }
            while (n && n != sec && !n->next)
                n = n->parent;
            n = n && n != sec ? n->next : NULL;
        }
    }
    if (list->units.failed)
        return 0;
    list->revision = doc->revision;
    list->read = 1;
    return 1;
}
