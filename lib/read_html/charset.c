/* Which charset to parse a page with, in the order a browser decides:
 * the caller's hint (an HTTP header), a byte order mark, a <meta> in the
 * first 1024 bytes, UTF-16 recognised by its NUL bytes, then UTF-8 when
 * the bytes are valid UTF-8, else windows-1252 (what browsers assume for
 * an undeclared legacy page). Labels are mapped as the WHATWG Encoding
 * standard does where it matters (latin1 is really windows-1252, gb2312
 * is really GB18030), and every name is checked against libxml2 so the
 * parser never receives a charset it cannot convert. */
#include "read_html.h"

#include <errno.h>
#include <iconv.h>
#include <libxml/encoding.h>
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

/* How far into the page the <meta> prescan looks (WHATWG: 1024 bytes). */
#define PRESCAN_BYTES 1024

/* WHATWG label -> the encoding it really means, as libxml2 (iconv) names
 * it. Labels not listed pass through unchanged when libxml2 knows them. */
static const struct {
    const char *label;
    const char *name;
} label_map[] = {
    {"iso-8859-1", "windows-1252"},
    {"iso8859-1", "windows-1252"},
    {"latin1", "windows-1252"},
    {"l1", "windows-1252"},
    {"us-ascii", "windows-1252"},
    {"ascii", "windows-1252"},
    {"iso_8859-1", "windows-1252"},
    {"cp1252", "windows-1252"},
    {"x-cp1252", "windows-1252"},
    {"cp819", "windows-1252"},
    {"iso-8859-9", "windows-1254"},
    {"latin5", "windows-1254"},
    {"iso-8859-11", "windows-874"},
    {"tis-620", "windows-874"},
    {"gb2312", "GB18030"},
    {"gbk", "GB18030"},
    {"x-gbk", "GB18030"},
    {"gb_2312-80", "GB18030"},
    {"chinese", "GB18030"},
    {"cp936", "GB18030"},
    {"gb18030", "GB18030"},
    {"shift_jis", "SHIFT_JIS"},
    {"shift-jis", "SHIFT_JIS"},
    {"sjis", "SHIFT_JIS"},
    {"x-sjis", "SHIFT_JIS"},
    {"ms_kanji", "SHIFT_JIS"},
    {"windows-31j", "SHIFT_JIS"},
    {"csshiftjis", "SHIFT_JIS"},
    {"euc-jp", "EUC-JP"},
    {"x-euc-jp", "EUC-JP"},
    {"euc-kr", "EUC-KR"},
    {"ks_c_5601-1987", "EUC-KR"},
    {"korean", "EUC-KR"},
    {"windows-949", "EUC-KR"},
    {"big5", "BIG5"},
    {"big5-hkscs", "BIG5-HKSCS"},
    {"koi8-r", "KOI8-R"},
    {"koi8", "KOI8-R"},
    {"koi8-u", "KOI8-U"},
    {"utf8", "UTF-8"},
    {"unicode-1-1-utf-8", "UTF-8"},
    {"utf-16", "UTF-16LE"},
    {"utf-16le", "UTF-16LE"},
    {"utf-16be", "UTF-16BE"},
    {"unicode", "UTF-16LE"},
    {"ucs-2", "UTF-16LE"},
};

/* 1 when libxml2 can convert from `name`. */
static int libxml_knows(const char *name)
{
    xmlCharEncodingHandlerPtr h = xmlFindCharEncodingHandler(name);
    if (!h)
        return 0;
    xmlCharEncCloseFunc(h);
    return 1;
}

/* The label s[0..len) trimmed and mapped into out; 0 when it is empty,
 * too long, or unknown to libxml2. */
static int map_label(const char *s, size_t len, char *out, size_t out_size)
{
    while (len && art_is_space((unsigned char)*s)) {
        s++;
        len--;
    }
    while (len && art_is_space((unsigned char)s[len - 1]))
        len--;
    char label[48];
    if (len == 0 || len >= sizeof label)
        return 0;
    memcpy(label, s, len);
    label[len] = '\0';
    const char *name = label;
    for (size_t i = 0; i < sizeof label_map / sizeof label_map[0]; i++) {
        if (strcasecmp(label, label_map[i].label) == 0) {
            name = label_map[i].name;
            break;
        }
    }
    if (!libxml_knows(name))
        return 0;
    snprintf(out, out_size, "%s", name);
    return 1;
}

/* Case-insensitive search for `needle` in hay[0..len). */
static const char *find_ci(const char *hay, size_t len, const char *needle)
{
    size_t n = strlen(needle);
    for (size_t i = 0; i + n <= len; i++)
        if (strncasecmp(hay + i, needle, n) == 0)
            return hay + i;
    return NULL;
}

/* The label after "charset" inside one <meta ...> tag: covers both
 * <meta charset="x"> and content="text/html; charset=x". */
static int label_in_tag(const char *tag, size_t len, char *out, size_t out_size)
{
    const char *end = tag + len;
    const char *p = tag;
    while ((p = find_ci(p, (size_t)(end - p), "charset")) != NULL) {
        p += 7;
        while (p < end && art_is_space((unsigned char)*p))
            p++;
        if (p >= end || *p != '=')
            continue;
        p++;
        while (p < end && (art_is_space((unsigned char)*p) || *p == '"' || *p == '\''))
            p++;
        const char *start = p;
        while (p < end && *p != '"' && *p != '\'' && *p != ';' && *p != '>' && *p != '/' &&
               !art_is_space((unsigned char)*p))
            p++;
        if (map_label(start, (size_t)(p - start), out, out_size))
            return 1;
    }
    return 0;
}

/* The first usable <meta> charset declaration in the first 1024 bytes,
 * skipping comments. */
static int prescan(const char *bytes, size_t len, char *out, size_t out_size)
{
    if (len > PRESCAN_BYTES)
        len = PRESCAN_BYTES;
    const char *p = bytes, *end = bytes + len;
    while (p < end) {
        const char *lt = memchr(p, '<', (size_t)(end - p));
        if (!lt)
            return 0;
        size_t rest = (size_t)(end - lt);
        if (rest >= 4 && strncmp(lt, "<!--", 4) == 0) {
            const char *close = find_ci(lt + 4, rest - 4, "-->");
            if (!close)
                return 0;
            p = close + 3;
            continue;
        }
        if (rest >= 6 && strncasecmp(lt, "<meta", 5) == 0 &&
            (art_is_space((unsigned char)lt[5]) || lt[5] == '/')) {
            const char *gt = memchr(lt, '>', rest);
            size_t tag_len = gt ? (size_t)(gt - lt) : rest;
            if (label_in_tag(lt, tag_len, out, out_size))
                return 1;
            p = lt + tag_len;
            continue;
        }
        p = lt + 1;
    }
    return 0;
}

/* UTF-16 without a BOM: an ASCII-heavy page has a NUL in every other
 * byte. Returns "UTF-16LE", "UTF-16BE" or NULL. */
static const char *utf16_by_nuls(const char *bytes, size_t len)
{
    if (len > PRESCAN_BYTES)
        len = PRESCAN_BYTES;
    if (len < 4)
        return NULL;
    size_t even = 0, odd = 0;
    for (size_t i = 0; i < len; i++)
        if (bytes[i] == '\0') {
            if (i % 2)
                odd++;
            else
                even++;
        }
    size_t half = len / 2;
    /* Most of one parity NUL, almost none of the other. */
    if (odd * 10 >= half * 7 && even * 10 <= half)
        return "UTF-16LE";
    if (even * 10 >= half * 7 && odd * 10 <= half)
        return "UTF-16BE";
    return NULL;
}

static int has_non_ascii(const char *bytes, size_t len)
{
    /* Eight bytes per test: this runs over whole pages. */
    size_t i = 0;
    for (; len - i >= sizeof(uint64_t); i += sizeof(uint64_t)) {
        uint64_t w;
        memcpy(&w, bytes + i, sizeof w);
        if (w & 0x8080808080808080u)
            return 1;
    }
    for (; i < len; i++)
        if ((unsigned char)bytes[i] >= 0x80)
            return 1;
    return 0;
}

void art_html_sniff_charset_valid(const char *bytes, size_t len, const char *hint, char *out,
                                  size_t out_size, int *utf8_valid)
{
    const unsigned char *u = (const unsigned char *)bytes;
    *utf8_valid = -1;
    if (hint && *hint && map_label(hint, strlen(hint), out, out_size))
        return;
    if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
        snprintf(out, out_size, "UTF-8");
        return;
    }
    if (len >= 2 && u[0] == 0xFF && u[1] == 0xFE) {
        snprintf(out, out_size, "UTF-16LE");
        return;
    }
    if (len >= 2 && u[0] == 0xFE && u[1] == 0xFF) {
        snprintf(out, out_size, "UTF-16BE");
        return;
    }
    const char *wide = utf16_by_nuls(bytes, len);
    if (wide) {
        snprintf(out, out_size, "%s", wide);
        return;
    }
    if (prescan(bytes, len, out, out_size)) {
        /* A page whose <meta> we could read in ASCII is not UTF-16,
         * whatever it says (WHATWG: such a declaration means UTF-8).
         * And a page that declares a legacy charset but whose non-ASCII
         * bytes are all valid UTF-8 was re-saved as UTF-8 (legacy text is
         * almost never valid UTF-8 by chance): a browser would show
         * mojibake; we read it as UTF-8. */
        if (strncmp(out, "UTF-16", 6) == 0) {
            snprintf(out, out_size, "UTF-8");
            return;
        }
        if (!has_non_ascii(bytes, len)) {
            *utf8_valid = 1;
            return;
        }
        *utf8_valid = art_utf8_valid(bytes, len);
        if (*utf8_valid)
            snprintf(out, out_size, "UTF-8");
        return;
    }
    *utf8_valid = art_utf8_valid(bytes, len);
    snprintf(out, out_size, "%s", *utf8_valid ? "UTF-8" : "windows-1252");
}

/* MARK: - Decoding to UTF-8 */

/* Appends U+FFFD, or for windows-1252's five unassigned bytes (0x81, 0x8D,
 * 0x8F, 0x90, 0x9D) the C1 control of the same value, as WHATWG decodes
 * them (iconv refuses them, and libxml2 then stops reading the page). */
static void put_replacement(art_buf *b, const char *charset, unsigned char byte)
{
    if (strcasecmp(charset, "windows-1252") == 0 && byte >= 0x80 && byte < 0xA0) {
        char c1[2] = {(char)0xC2, (char)byte};
        art_buf_put(b, c1, 2);
        return;
    }
    art_buf_put(b, "\xef\xbf\xbd", 3);
}

char *art_html_to_utf8(const char *bytes, size_t len, const char *charset,
                       const article_allocator *alc, size_t *out_len)
{
    art_buf b;
    art_buf_init(&b, alc);
    if (strcasecmp(charset, "UTF-8") == 0 && art_utf8_valid(bytes, len)) {
        art_buf_put(&b, bytes, len);
    } else if (strcasecmp(charset, "UTF-8") == 0) {
        /* Each invalid byte becomes U+FFFD. */
        for (size_t i = 0; i < len;) {
            unsigned char c = (unsigned char)bytes[i];
            size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
            if (i + n <= len && art_utf8_valid(bytes + i, n)) {
                art_buf_put(&b, bytes + i, n);
                i += n;
            } else {
                put_replacement(&b, charset, c);
                i++;
            }
        }
    } else {
        iconv_t cd = iconv_open("UTF-8", charset);
        if (cd == (iconv_t)-1) {
            art_buf_free(&b);
            return NULL;
        }
        char *in = (char *)(uintptr_t)bytes;
        size_t in_left = len;
        while (in_left && !b.failed) {
            if (art_buf_reserve(&b, in_left * 2 + 64))
                break;
            char *out = b.data + b.len;
            size_t out_left = b.cap - b.len - 1;
            size_t r = iconv(cd, &in, &in_left, &out, &out_left);
            b.len = (size_t)(out - b.data);
            if (r == (size_t)-1 && errno != E2BIG) {
                /* EILSEQ or EINVAL (cut short at the end): one byte goes. */
                put_replacement(&b, charset, (unsigned char)*in);
                in++;
                in_left--;
                iconv(cd, NULL, NULL, NULL, NULL);
            }
        }
        iconv_close(cd);
    }
    if (b.failed) {
        art_buf_free(&b);
        return NULL;
    }
    char *out = art_buf_detach(&b, out_len);
    /* A BOM has done its job; libxml2 should not see U+FEFF as text. */
    if (out && *out_len >= 3 && memcmp(out, "\xef\xbb\xbf", 3) == 0) {
        memmove(out, out + 3, *out_len - 3 + 1);
        *out_len -= 3;
    }
    return out;
}
