/* Script and style bodies left out before libxml2 parses a page.
 *
 * They are over half the bytes of a typical page, and libxml2 reads them
 * one character at a time (htmlParseScript) into text nodes that no stage
 * ever reads, except JSON-LD. A copy of the page without those bodies
 * parses about a third faster and gives the same tree but for the script
 * and style elements' own text (cut to its first character).
 *
 * "The same tree" holds only where this scan and libxml2 agree on where
 * tags are, so the scan is strict: it follows start tags (quoted values
 * included), end tags, comments and the doctype exactly as far as their
 * syntax is plain, and at the first thing that is not (a bare "<", a
 * bogus attribute, "<?", "--!>", an unclosed script...) it stops and
 * leaves the rest of the page as it is. What it leaves out, libxml2 would
 * have read as script or style content:
 *   - a body runs from the start tag's ">" to the first "</script" (or
 *     "</style"), in any case, as libxml2 ends it in recovery mode;
 *   - `<script/>` has no body (libxml2 closes it at once);
 *   - a body that starts with "<" is kept: libxml2 reads an end tag (or
 *     checks a start tag) there before it goes into script mode;
 *   - scripts whose start tag says "json" (JSON-LD, read by meta_dom.c) or
 *     holds an entity are kept, as are bodies with a NUL byte and bodies
 *     longer than max_text (so that limit still fails as before). */
#include "read_html.h"

#include <string.h>

/* libxml2's IS_BLANK_CH: no form feed. */
static int blank(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static int letter(unsigned char c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* htmlParseHTMLName: a letter, '_', ':' or '.', then those, digits and
 * '-', at most 99 of them (libxml2 cuts longer names: not followed). */
static size_t name_length(const unsigned char *p, const unsigned char *end)
{
    if (p >= end || !(letter(*p) || *p == '_' || *p == ':' || *p == '.'))
        return 0;
    size_t n = 0;
    while (p + n < end && (letter(p[n]) || (p[n] >= '0' && p[n] <= '9') || p[n] == ':' ||
                           p[n] == '-' || p[n] == '_' || p[n] == '.'))
        n++;
    return n < 100 ? n : 0;
}

static int name_is(const unsigned char *p, size_t n, const char *word)
{
    size_t k = strlen(word);
    if (n != k)
        return 0;
    for (size_t i = 0; i < k; i++)
        if ((p[i] | 0x20) != (unsigned char)word[i])
            return 0;
    return 1;
}

/* First case-insensitive occurrence of `needle` (lowercase, starting with
 * '<') in [p, end), or NULL. */
static const unsigned char *find_ci(const unsigned char *p, const unsigned char *end,
                                    const char *needle)
{
    size_t k = strlen(needle);
    while (p + k <= end) {
        const unsigned char *lt = memchr(p, '<', (size_t)(end - p - (ptrdiff_t)k + 1));
        if (!lt)
            return NULL;
        size_t i = 1;
        while (i < k && (lt[i] | 0x20) == (unsigned char)needle[i])
            i++;
        if (i == k)
            return lt;
        p = lt + 1;
    }
    return NULL;
}

typedef struct start_tag {
    const unsigned char *end; /* just after its '>' */
    int raw;                  /* 1: script, 2: style */
    int keep;                 /* a script to keep whole (JSON, entities) */
    int empty;                /* ends with "/>" */
} start_tag;

/* A start tag at p ('<' then a letter) with plain syntax; 0 when it is not. */
static int scan_start_tag(const unsigned char *p, const unsigned char *end, start_tag *t)
{
    const unsigned char *q = p + 1;
    size_t n = name_length(q, end);
    if (!n)
        return 0;
    t->raw = name_is(q, n, "script") ? 1 : name_is(q, n, "style") ? 2 : 0;
    t->keep = 0;
    t->empty = 0;
    q += n;
    for (;;) {
        int spaced = 0;
        while (q < end && blank(*q)) {
            q++;
            spaced = 1;
        }
        if (q >= end)
            return 0;
        if (*q == '>') {
            t->end = q + 1;
            return 1;
        }
        if (*q == '/' && q + 1 < end && q[1] == '>') {
            t->end = q + 2;
            t->empty = 1;
            return 1;
        }
        /* An attribute: a name after a blank, then maybe = and a value. */
        size_t an = spaced ? name_length(q, end) : 0;
        if (!an)
            return 0;
        q += an;
        const unsigned char *v = q;
        while (v < end && blank(*v))
            v++;
        if (v >= end || *v != '=')
            continue; /* no value; q is at the blank or the end */
        v++;
        while (v < end && blank(*v))
            v++;
        if (v >= end)
            return 0;
        if (*v == '"' || *v == '\'') {
            const unsigned char *close = memchr(v + 1, *v, (size_t)(end - v - 1));
            if (!close)
                return 0;
            q = close + 1;
        } else {
            q = v;
            while (q < end && !blank(*q) && *q != '>' && *q != '"' && *q != '\'' && *q != '<' &&
                   *q != '`' && *q != '=')
                q++;
            if (q == v || (q < end && *q != '>' && !blank(*q)))
                return 0;
        }
        if (t->raw == 1) {
            for (const unsigned char *s = v; s < q; s++)
                if (*s == '&' || ((s[0] | 0x20) == 'j' && s + 4 <= q && (s[1] | 0x20) == 's' &&
                                  (s[2] | 0x20) == 'o' && (s[3] | 0x20) == 'n'))
                    t->keep = 1;
        }
        /* A quoted value must be followed by a blank, '>' or "/>". */
        if (q < end && !blank(*q) && *q != '>' && !(*q == '/' && q + 1 < end && q[1] == '>'))
            return 0;
    }
}

/* Where the plain syntax at p ('<') ends, for what is not a start tag:
 * an end tag, a comment or the doctype; NULL when it is anything else. */
static const unsigned char *scan_other(const unsigned char *p, const unsigned char *end)
{
    size_t left = (size_t)(end - p);
    if (left >= 3 && p[1] == '/' && letter(p[2])) {
        for (const unsigned char *q = p + 2; q < end; q++) {
            if (*q == '>')
                return q + 1;
            if (*q == '<' || *q == '"' || *q == '\'')
                return NULL;
        }
        return NULL;
    }
    if (left >= 4 && memcmp(p, "<!--", 4) == 0) {
        /* "<!-->", "<!--->" and "--!>" end comments early in some libxml2
         * versions: not plain. */
        if (left >= 5 && (p[4] == '>' || (p[4] == '-' && left >= 6 && p[5] == '>')))
            return NULL;
        for (const unsigned char *q = p + 4; q + 3 <= end; q++) {
            if (q[0] == '-' && q[1] == '-' && q[2] == '>')
                return q + 3;
            if (q[0] == '-' && q[1] == '-' && q[2] == '!')
                return NULL;
        }
        return NULL;
    }
    if (left >= 9 && p[1] == '!' && name_is(p + 2, 7, "doctype")) {
        for (const unsigned char *q = p + 9; q < end; q++) {
            if (*q == '>')
                return q + 1;
            if (*q == '<' || *q == '"' || *q == '\'')
                return NULL;
        }
    }
    return NULL;
}

/* Adds [from, to) of the input to the spans. */
static void keep(art_buf *spans, const unsigned char *base, const unsigned char *from,
                 const unsigned char *to)
{
    art_html_span span = {(size_t)(from - base), (size_t)(to - from)};
    art_buf_put(spans, (const char *)&span, sizeof span);
}

art_html_span *art_html_raw_text_spans(const char *html, size_t len, size_t max_text,
                                       const article_allocator *alc, size_t *count)
{
    const unsigned char *base = (const unsigned char *)html;
    const unsigned char *p = base, *end = p + len;
    const unsigned char *copied = p; /* input not yet in a span */
    art_buf spans;
    art_buf_init(&spans, alc);
    while (p < end) {
        const unsigned char *lt = memchr(p, '<', (size_t)(end - p));
        if (!lt || lt + 1 >= end)
            break;
        start_tag t;
        if (letter(lt[1])) {
            if (!scan_start_tag(lt, end, &t))
                break;
            p = t.end;
            if (!t.raw || t.empty)
                continue;
            const unsigned char *close = find_ci(p, end, t.raw == 1 ? "</script" : "</style");
            if (!close)
                break;
            size_t body = (size_t)(close - p);
            /* The body's first byte stays, so that the element keeps a text
             * child: max_depth counts that level, and "has children" tests
             * give the same answer. It must be one libxml2 keeps as is. */
            int first_ok = body > 1 && *p != '<' &&
                           ((*p >= 0x20 && *p < 0x7f) || *p == '\t' || *p == '\n' || *p == '\r');
            if (!t.keep && first_ok && body <= max_text && !memchr(p, '\0', body)) {
                keep(&spans, base, copied, p + 1);
                copied = close;
            }
            p = close; /* the end tag, read next as one */
            continue;
        }
        const unsigned char *next = scan_other(lt, end);
        if (!next)
            break;
        p = next;
    }
    if (!spans.len || spans.failed) {
        art_buf_free(&spans);
        return NULL;
    }
    keep(&spans, base, copied, end);
    if (spans.failed) {
        art_buf_free(&spans);
        return NULL;
    }
    size_t bytes = 0;
    art_html_span *out = (art_html_span *)art_buf_detach(&spans, &bytes);
    *count = bytes / sizeof *out;
    return out;
}

char *art_html_without_raw_text(const char *html, size_t len, size_t max_text,
                                const article_allocator *alc, size_t *out_len)
{
    size_t count = 0;
    art_html_span *spans = art_html_raw_text_spans(html, len, max_text, alc, &count);
    if (!spans)
        return NULL;
    art_buf out;
    art_buf_init(&out, alc);
    for (size_t i = 0; i < count; i++)
        art_buf_put(&out, html + spans[i].start, spans[i].len);
    alc->free(alc->ctx, spans);
    if (out.failed || !out.data) {
        art_buf_free(&out);
        return NULL;
    }
    return art_buf_detach(&out, out_len);
}
