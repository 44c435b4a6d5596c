/* art_visible_chars (read_html.h), which counts eight bytes at a time,
 * against its definition byte by byte, on strings of every length up to
 * 40 made of the bytes that matter (the five spaces, vertical tab, NUL's
 * neighbours, ASCII, continuation and lead bytes) and on random bytes;
 * art_html_byline (flow.c), which folds a line one word at a time and
 * stops at the first word that rules it out, on lines of each kind; and
 * art_unit_fold (body_units.c), which folds eight bytes at a time,
 * against the fold byte by byte, on paragraphs of random texts and
 * breaks; and art_meta_date_possible (dates.c), which passes over
 * digitless bytes eight at a time, with a year at every offset of texts
 * of ASCII and UTF-8 filler. */
#include "harness.h"
#include "read_html/body_units.h"
#include "read_html/meta.h"
#include "read_html/read_html.h"

#include <stdint.h>

/* The definition: code points (bytes that are not UTF-8 continuation
 * bytes) that are not ASCII whitespace. */
static size_t visible_bytewise(const char *s)
{
    size_t k = 0;
    for (; *s; s++)
        k += !art_is_space((unsigned char)*s) && ((unsigned char)*s & 0xC0) != 0x80;
    return k;
}

static uint32_t next_random(uint32_t *state)
{
    *state = *state * 1664525u + 1013904223u;
    return *state >> 8;
}

/* The body statistics' words and non-space bytes, eight at a time,
 * against the byte-by-byte definition, on strings of the bytes that
 * matter (each space and its neighbours, letters and digits at the
 * edges of their ranges, UTF-8) and on random bytes, from each start. */
static void count_text(void)
{
    static const unsigned char alphabet[] = {
        ' ', '\t', '\n', '\v', '\f', '\r', 0x08, 0x0E, 0x1F, 0x21, '/',  '0',  '9',  ':',
        '@', 'A',  'Z',  '[',  '`',  'a',  'z',  '{',  0x7F, 0x80, 0xA0, 0xC3, 0xFF, 0x8B};
    char buf[48];
    uint32_t state = 7;
    int wrong = 0;
    for (int round = 0; round < 20000; round++) {
        size_t len = round % 41;
        for (size_t i = 0; i < len; i++)
            buf[i] = (char)(round & 1 ? alphabet[next_random(&state) % sizeof alphabet]
                                      : next_random(&state) % 256);
        for (size_t start = 0; start <= len && start < 9; start++)
            if (!art_html_count_text_holds(buf + start, len - start) && wrong++ < 5)
                OK(0, "round %d, from %zu", round, start);
    }
    OK(wrong == 0, "%d strings counted wrong", wrong);
    INT_EQ(art_html_count_words("Paragraph 12 of a long page, with a few words in it."), 12);
    INT_EQ(art_html_count_words("Caf\xc3\xa9-na\xc3\xafve\vx\tx"), 4);
}

static void visible_chars(void)
{
    static const unsigned char alphabet[] = {
        ' ', '\t', '\n', '\r', '\f', '\v', 0x01, 0x1F, '!',  'a',         'Z',
        '~', 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xE2, 0xF0, 0xFF, 0x20 + 0x80, 0x09 + 0x80};
    char buf[48];
    uint32_t state = 15;
    int wrong = 0;
    for (int round = 0; round < 20000; round++) {
        size_t len = round % 41;
        for (size_t i = 0; i < len; i++)
            buf[i] = (char)(round & 1 ? alphabet[next_random(&state) % sizeof alphabet]
                                      : 1 + next_random(&state) % 255);
        buf[len] = '\0';
        /* From each start, so that every byte is met at each place of a
         * word of eight. */
        for (size_t start = 0; start <= len && start < 9; start++)
            if (art_visible_chars(buf + start) != visible_bytewise(buf + start) && wrong++ < 5)
                OK(0, "round %d, from %zu: %zu, want %zu", round, start,
                   art_visible_chars(buf + start), visible_bytewise(buf + start));
    }
    OK(wrong == 0, "%d strings counted wrong", wrong);
    INT_EQ(art_visible_chars(NULL), 0);
    INT_EQ(art_visible_chars(""), 0);
    INT_EQ(art_visible_chars("  Caf\xc3\xa9 \xe2\x80\x94 na\xc3\xafve\t\n"), 10);
    INT_EQ(art_visible_chars("Paragraph 12 of a long page, with a few words in it."), 41);
}

static void byline(void)
{
    article_doc *doc = article_doc_new(NULL);
    OK(doc != NULL, "no document");
    if (!doc)
        return;
    /* A line of prose: ruled out by its first word. */
    INT_EQ(art_html_byline(doc, "Paragraph 12 of a long page, with a few words in it."), 0);
    INT_EQ(art_html_byline(doc, ""), 0);
    INT_EQ(art_html_byline(doc, " -- | -- "), 0);
    INT_EQ(art_html_byline(doc, "By Jane Doe"), 1);
    /* The first-two-letters index admits every listed word, and lines
     * that open with listed words of one, two and more letters pass it. */
    INT_EQ(art_html_byline_openings_hold(), 1);
    /* And the teaser test's (flow.c) index of its openings' first bytes. */
    INT_EQ(art_html_teaser_openings_hold(), 1);
    INT_EQ(art_html_byline(doc, "Posted 2 hours ago, 10:30"), 1);
    INT_EQ(art_html_byline(doc, "Sept 5, 2020 at 9 pm ET"), 1);
    INT_EQ(art_html_byline(doc, "h 5 m 3 2019"), 1);
    INT_EQ(art_html_byline(doc, "Yesterday, 10:30 UTC"), 1);
    INT_EQ(art_html_byline(doc, "Pa 5, 2020"), 0);
    INT_EQ(art_html_byline(doc, "\xc3\xa9t\xc3\xa9 2020 12"), 0);
    INT_EQ(art_html_byline(doc, "BY JANE-DOE and JOHN ROE"), 1);
    INT_EQ(art_html_byline(doc, "by jane doe"), 0);
    INT_EQ(art_html_byline(doc, "Nov 18, 2019 | 3 min read"), 1);
    INT_EQ(art_html_byline(doc, "Updated 10:30 am GMT"), 1);
    INT_EQ(art_html_byline(doc, "\xe2\x80\x94 Updated: 18.11.2019 \xe2\x80\x94"), 1);
    /* Prices and versions are not dates. */
    INT_EQ(art_html_byline(doc, "$399.00 on Nov 18, 2019"), 0);
    INT_EQ(art_html_byline(doc, "9.1"), 0);
    /* A name the page gives as its author's. */
    INT_EQ(art_html_byline(doc, "Jos\xc3\xa9 P\xc3\xa9rez"), 0);
    OK(article_doc_add_author(doc, "Jos\xc3\xa9 P\xc3\xa9rez", NULL) == ARTICLE_OK, "author");
    INT_EQ(art_html_byline(doc, "Jos\xc3\xa9 P\xc3\xa9rez"), 1);
    INT_EQ(art_html_byline(doc, "JOS\xc3\xa9 P\xc3\xa9REZ, 2 hours ago"), 1);
    /* Over 160 bytes: never a byline. */
    char longer[200];
    memset(longer, '1', sizeof longer - 1);
    longer[sizeof longer - 1] = '\0';
    INT_EQ(art_html_byline(doc, longer), 0);
    article_doc_free(doc);
}

/* The definition of a unit's folded text, byte by byte over its pieces
 * (texts, and breaks as NULL): ASCII lower case, whitespace runs and
 * breaks as one space, none at the ends. */
static size_t fold_bytewise(const char *const *pieces, size_t count, char *out)
{
    size_t k = 0;
    int space = 0;
    for (size_t i = 0; i < count; i++) {
        if (!pieces[i]) {
            space = 1;
            continue;
        }
        for (const unsigned char *p = (const unsigned char *)pieces[i]; *p; p++) {
            if (art_is_space(*p)) {
                space = 1;
                continue;
            }
            if (space && k)
                out[k++] = ' ';
            space = 0;
            out[k++] = (char)(*p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p);
        }
    }
    out[k] = '\0';
    return k;
}

static void unit_fold(void)
{
    static const unsigned char alphabet[] = {
        ' ',  ' ',  ' ',  ' ',  '\t', '\n', '\r',        '\f',       '\v', 0x01,
        0x1F, '!',  '@',  'A',  'Z',  '[',  '`',         'a',        'z',  '{',
        0x7F, 0x80, 0xC1, 0xDA, 0xE2, 0xFF, 0x20 + 0x80, 0x41 + 0x80};
    article_doc *doc = article_doc_new(NULL);
    OK(doc != NULL, "no document");
    if (!doc)
        return;
    art_buf folded;
    art_buf_init(&folded, &doc->arena.alc);
    uint32_t state = 8;
    int wrong = 0;
    for (int round = 0; round < 4000; round++) {
        /* Up to four pieces of up to 40 bytes, texts or breaks. */
        char texts[4][48], want[256];
        const char *pieces[4];
        size_t count = 1 + next_random(&state) % 4;
        article_node *p = article_node_new(doc, ARTICLE_NODE_PARAGRAPH);
        for (size_t i = 0; i < count; i++) {
            if (i && next_random(&state) % 4 == 0) {
                pieces[i] = NULL;
                OK(article_node_append_child(p, article_node_new(doc, ARTICLE_NODE_BREAK)) ==
                       ARTICLE_OK,
                   "break");
                continue;
            }
            size_t len = 1 + next_random(&state) % 40;
            for (size_t j = 0; j < len; j++)
                texts[i][j] = (char)(round & 1 ? alphabet[next_random(&state) % sizeof alphabet]
                                               : 1 + next_random(&state) % 255);
            texts[i][len] = '\0';
            pieces[i] = texts[i];
            /* Any bytes (article_node_append_text takes UTF-8 only), the
             * second text inside an emphasis. */
            article_node *t = article_node_new(doc, ARTICLE_NODE_TEXT);
            char *literal = art_arena_alloc(&doc->arena, len + 1);
            OK(t && literal, "text");
            if (!t || !literal)
                break;
            memcpy(literal, texts[i], len + 1);
            art_node_set_str(t, ARTICLE_ATTR_LITERAL, literal);
            article_node *holder = p;
            if (i == 1) {
                holder = article_node_new(doc, ARTICLE_NODE_EM);
                OK(article_node_append_child(p, holder) == ARTICLE_OK, "emphasis");
            }
            OK(article_node_append_child(holder, t) == ARTICLE_OK, "text");
        }
        size_t want_len = fold_bytewise(pieces, count, want);
        folded.len = 0;
        art_unit_fold(p, &folded);
        if ((folded.len != want_len || (want_len && memcmp(folded.data, want, want_len) != 0)) &&
            wrong++ < 5)
            OK(0, "round %d: \"%s\", want \"%s\"", round, folded.data, want);
    }
    OK(wrong == 0, "%d units folded wrong", wrong);
    art_buf_free(&folded);
    article_doc_free(doc);
}

static void date_possible(void)
{
    /* Filler bytes without digits: ASCII, Latin and Cyrillic letters,
     * a no-break space; then a year or a digit run that is none. */
    static const char *const fillers[] = {"a", " ", "é", "ж", "\xc2\xa0", ",", "Z"};
    static const struct {
        const char *text;
        int possible;
    } inserts[] = {
        {"2021", 1},
        {"\xd9\xa2\xd9\xa0\xd9\xa2\xd9\xa1", 1}, /* ٢٠٢١ */
        {"3.4.21", 1},
        {"\xe4\xbb\xa4\xe5\x92\x8c"
         "3"
         "\xe5\xb9\xb4",
         1}, /* 令和3年 */
        {"12345", 0},
        {"123", 0},
        {"1890", 0},
        {"", 0},
    };
    uint32_t state = 21;
    int wrong = 0;
    for (size_t k = 0; k < sizeof inserts / sizeof *inserts; k++) {
        for (size_t before = 0; before < 40; before++) {
            char text[256];
            size_t len = 0;
            for (size_t i = 0; i < before; i++) {
                const char *f = fillers[next_random(&state) % (sizeof fillers / sizeof *fillers)];
                size_t n = strlen(f);
                if (len + n >= sizeof text / 2)
                    break;
                memcpy(text + len, f, n);
                len += n;
            }
            size_t n = strlen(inserts[k].text);
            memcpy(text + len, inserts[k].text, n);
            len += n;
            for (size_t i = 0; i < before % 11; i++)
                text[len++] = 'x';
            text[len] = '\0';
            int got = art_meta_date_possible(text, 2030);
            if (got != inserts[k].possible && wrong++ < 5)
                OK(0, "\"%s\": %d, want %d", text, got, inserts[k].possible);
        }
    }
    OK(wrong == 0, "%d texts judged wrong", wrong);
    OK(art_meta_date_possible(NULL, 2030) == 0, "NULL");
}

int main(void)
{
    visible_chars();
    byline();
    count_text();
    unit_fold();
    date_possible();
    return harness_done("test_text_measures");
}
