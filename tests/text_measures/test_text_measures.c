/* art_visible_chars (read_html.h), which counts eight bytes at a time,
 * against its definition byte by byte, on strings of every length up to
 * 40 made of the bytes that matter (the five spaces, vertical tab, NUL's
 * neighbours, ASCII, continuation and lead bytes) and on random bytes;
 * and art_html_byline (flow.c), which folds a line one word at a time
 * and stops at the first word that rules it out, on lines of each kind. */
#include "harness.h"
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

int main(void)
{
    visible_chars();
    byline();
    return harness_done("test_text_measures");
}
