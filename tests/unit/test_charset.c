/* Charset detection of the HTML reader: pages encoded here with iconv(3)
 * in legacy charsets and UTF-16 must come back as the same UTF-8 text
 * (the <title> carries it into the model). */
#include "harness.h"

#include <article/article.h>
#include <iconv.h>
#include <stdint.h>

/* utf8 converted to `charset` (malloc'd), or NULL. */
static char *encode(const char *utf8, const char *charset, size_t *out_len)
{
    iconv_t cd = iconv_open(charset, "UTF-8");
    if (cd == (iconv_t)-1)
        return NULL;
    size_t in_left = strlen(utf8), cap = in_left * 4 + 16, out_left = cap;
    char *out = malloc(cap), *o = out;
    char *in = (char *)(uintptr_t)utf8;
    size_t r = out ? iconv(cd, &in, &in_left, &o, &out_left) : (size_t)-1;
    iconv_close(cd);
    if (r == (size_t)-1) {
        free(out);
        return NULL;
    }
    *out_len = cap - out_left;
    return out;
}

/* The title read from bytes[0..len) with an optional charset hint. */
static char *title_of(const char *bytes, size_t len, const char *hint)
{
    article_options opts;
    article_options_init(&opts);
    opts.charset = hint;
    article_error err;
    article_doc *doc = article_from_html(bytes, len, &opts, &err);
    if (!doc)
        return NULL;
    char *t = strdup(article_doc_get(doc, ARTICLE_FIELD_TITLE));
    article_doc_free(doc);
    return t;
}

/* A page declaring `decl` (a whole <meta> element, or "") encoded in
 * `charset`, optionally with a BOM; its title must read back as `text`. */
static void check(const char *charset, const char *decl, const char *text, const char *bom,
                  size_t bom_len, const char *hint, int line)
{
    char page[1024];
    snprintf(page, sizeof page,
             "<!DOCTYPE html><html><head>%s<title>%s</title></head>"
             "<body><p>%s</p></body></html>",
             decl, text, text);
    size_t len = 0;
    char *enc = encode(page, charset, &len);
    OK(enc != NULL, "line %d: iconv cannot encode to %s", line, charset);
    if (!enc)
        return;
    char *bytes = malloc(len + bom_len);
    memcpy(bytes, bom, bom_len);
    memcpy(bytes + bom_len, enc, len);
    char *title = title_of(bytes, len + bom_len, hint);
    OK(title && strcmp(title, text) == 0, "line %d (%s): got \"%s\", want \"%s\"", line, charset,
       title ? title : "(null)", text);
    free(title);
    free(bytes);
    free(enc);
}

#define CHECK(charset, decl, text) check(charset, decl, text, "", 0, NULL, __LINE__)
#define CHECK_BOM(charset, bom, text) check(charset, "", text, bom, sizeof bom - 1, NULL, __LINE__)

static void test_declared(void)
{
    CHECK("ISO-8859-1", "<meta charset=\"iso-8859-1\">", "Caf\xc3\xa9 cr\xc3\xa8me");
    CHECK("ISO-8859-1", "<meta charset=latin1>", "Caf\xc3\xa9");
    CHECK("WINDOWS-1252",
          "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">",
          "\xe2\x80\x9cQuoted\xe2\x80\x9d \xe2\x82\xac 5"); /* 0x93 0x94 0x80: 1252, not latin1 */
    CHECK("WINDOWS-1251",
          "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">",
          "\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82, \xd0\xbc\xd0\xb8\xd1\x80");
    CHECK("KOI8-R", "<meta charset='koi8-r'>", "\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82");
    CHECK("SHIFT_JIS", "<meta charset=\"Shift_JIS\">",
          "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\xe3\x81\xae\xe8\xa8\x98\xe4\xba\x8b");
    CHECK("SHIFT_JIS", "<meta charset=\"x-sjis\">", "\xe6\x97\xa5\xe6\x9c\xac");
    CHECK("EUC-JP", "<meta charset=\"euc-jp\">", "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e");
    CHECK("EUC-KR", "<meta charset=\"euc-kr\">", "\xed\x95\x9c\xea\xb5\xad\xec\x96\xb4");
    /* gb2312 is read as its superset GB18030 (WHATWG). */
    CHECK("GB18030", "<meta charset=\"gb2312\">",
          "\xe4\xb8\xad\xe6\x96\x87\xe6\x96\xb0\xe9\x97\xbb");
    CHECK("GB18030", "<meta charset=\"GBK\">", "\xe4\xb8\xad\xe6\x96\x87");
    /* A comment before the declaration is skipped, not read. */
    CHECK("WINDOWS-1251", "<!-- <meta charset=utf-8> --><meta charset=windows-1251>",
          "\xd0\x9f\xd1\x80\xd0\xb8");
}

static void test_utf16(void)
{
    const char *text = "Caf\xc3\xa9 \xe6\x97\xa5\xe6\x9c\xac";
    CHECK_BOM("UTF-16LE", "\xff\xfe", text);
    CHECK_BOM("UTF-16BE", "\xfe\xff", text);
    CHECK("UTF-16LE", "", text); /* no BOM: found by its NUL bytes */
    CHECK("UTF-16BE", "", text);
    CHECK_BOM("UTF-8", "\xef\xbb\xbf", text);
}

static void test_undeclared_and_hints(void)
{
    /* Valid UTF-8 without a declaration is UTF-8; invalid is 1252. */
    CHECK("UTF-8", "", "Caf\xc3\xa9 \xe2\x80\x94 ok");
    CHECK("WINDOWS-1252", "", "Caf\xc3\xa9 \xe2\x80\x9cok\xe2\x80\x9d");
    /* An unknown label is ignored. */
    CHECK("UTF-8", "<meta charset=\"x-no-such-charset\">", "Caf\xc3\xa9");
    /* A page re-saved as UTF-8 that still declares a legacy charset. */
    CHECK("UTF-8", "<meta charset=\"gb2312\">", "\xe4\xb8\xad\xe6\x96\x87");

    /* The caller's hint wins over the page. */
    size_t len = 0;
    char *latin = encode("<html><head><meta charset=utf-8><title>Caf\xc3\xa9</title></head></html>",
                         "ISO-8859-1", &len);
    char *title = latin ? title_of(latin, len, "iso-8859-1") : NULL;
    STR_EQ(title, "Caf\xc3\xa9");
    free(title);
    free(latin);

    /* An unknown hint is an error of its own. */
    article_options opts;
    article_options_init(&opts);
    opts.charset = "no-such-charset";
    article_error err;
    article_doc *doc = article_from_html("<p>x</p>", 8, &opts, &err);
    OK(doc == NULL, "unknown hint accepted");
    INT_EQ(err.status, ARTICLE_ERR_ENCODING);
    article_doc_free(doc);

    /* Declared UTF-8 with invalid bytes still parses. */
    const char bad[] = "<html><head><meta charset=utf-8><title>A\xff\xfe B</title></head>"
                       "<body><p>Caf\xc3\xa9 \xc3 x</p></body></html>";
    doc = article_from_html(bad, sizeof bad - 1, NULL, &err);
    /* libxml2 keeps the invalid bytes in the tree; the stages make each
     * one U+FFFD (meta.c, convert.c). */
    OK(doc != NULL, "invalid UTF-8 page refused: %s", err.message);
    if (doc)
        OK(strncmp(article_doc_get(doc, ARTICLE_FIELD_TITLE), "A", 1) == 0, "title lost");
    article_doc_free(doc);
}

/* Bytes the declared charset cannot decode: each becomes U+FFFD (or, in
 * windows-1252, its C1 control, as WHATWG says) and the page goes on.
 * libxml2's own conversion stops at the first such byte (and prints), so
 * read_html.c must decode with art_html_to_utf8() (charset.c) and parse
 * UTF-8. */
static void test_undecodable(void)
{
    const char sjis[] = "<html><head><meta charset=\"shift_jis\"><title>A\x82\xff B</title>"
                        "</head><body><p>after</p></body></html>";
    char *title = title_of(sjis, sizeof sjis - 1, NULL);
    OK(title && strstr(title, " B"),
       "Shift_JIS page cut at a bad byte: \"%s\" (needs "
       "art_html_to_utf8 in read_html.c)",
       title ? title : "(null)");
    free(title);
    /* 0x81 is unassigned in windows-1252; 0x93 0x94 are quotes. */
    const char cp1252[] = "<html><head><title>\x93"
                          "A\x94 \x81 caf\xe9</title></head></html>";
    title = title_of(cp1252, sizeof cp1252 - 1, NULL);
    OK(title && strcmp(title, "\xe2\x80\x9c"
                              "A\xe2\x80\x9d \xc2\x81 caf\xc3\xa9") == 0,
       "windows-1252 page: \"%s\" (needs art_html_to_utf8 in read_html.c)",
       title ? title : "(null)");
    free(title);
}

int main(void)
{
    test_undecodable();
    test_declared();
    test_utf16();
    test_undeclared_and_hints();
    return harness_done("test_charset");
}
