/* article_options.max_time: a page built to be slow fails with a LIMIT
 * error naming max_time, on the wall clock and on the CPU clock, in both
 * readers; a budget it fits reads it as if there were none. The field
 * took a reserved slot: no earlier field moved, the size is the same. */
#include "harness.h"

#include <stddef.h>

/* article_options as it was before max_time (commit 8b59535). */
typedef struct options_before {
    unsigned int flags;
    const char *url;
    const char *charset;
    const char *stylesheet;
    size_t max_input_size;
    size_t max_depth;
    size_t max_nodes;
    const article_allocator *allocator;
    size_t max_text;
    size_t max_attributes;
    void *reserved[6];
} options_before;

static void test_layout(void)
{
    INT_EQ(sizeof(article_options), sizeof(options_before));
#define SAME_OFFSET(f) INT_EQ(offsetof(article_options, f), offsetof(options_before, f))
    SAME_OFFSET(flags);
    SAME_OFFSET(url);
    SAME_OFFSET(charset);
    SAME_OFFSET(stylesheet);
    SAME_OFFSET(max_input_size);
    SAME_OFFSET(max_depth);
    SAME_OFFSET(max_nodes);
    SAME_OFFSET(allocator);
    SAME_OFFSET(max_text);
    SAME_OFFSET(max_attributes);
#undef SAME_OFFSET
    INT_EQ(offsetof(article_options, max_time), offsetof(options_before, reserved));
}

/* A page of `n` teaser-like blocks (classes, links, nesting: work for every
 * stage of the reader), about 200 bytes each: with n = 20,000, 4 MB,
 * which takes the reader well over 10 ms on any machine we know. */
static char *slow_page(size_t n, size_t *len)
{
    static const char head[] = "<!DOCTYPE html><html><head><title>Slow</title></head><body>"
                               "<article>";
    static const char tail[] = "</article></body></html>";
    static const char block[] =
        "<div class=\"post entry\"><p>Paragraph %zu with <a href=\"/p/%zu\">a link</a> "
        "and <em>some words</em> that go on for a while, as text does.</p></div>\n";
    char *s = malloc(sizeof head + n * (sizeof block + 40) + sizeof tail);
    if (!s)
        return NULL;
    size_t at = (size_t)sprintf(s, "%s", head);
    for (size_t i = 0; i < n; i++)
        at += (size_t)sprintf(s + at, block, i, i);
    at += (size_t)sprintf(s + at, "%s", tail);
    *len = at;
    return s;
}

static void over_budget(const char *name, const char *input, size_t len, int json, unsigned flags)
{
    article_options o;
    article_options_init(&o);
    o.max_time = 1;
    o.flags = flags;
    article_error err;
    article_doc *doc =
        json ? article_from_json(input, len, &o, &err) : article_from_html(input, len, &o, &err);
    OK(doc == NULL, "%s: a slow input read within 1 ms", name);
    INT_EQ(err.status, ARTICLE_ERR_LIMIT);
    OK(strstr(err.message, "max_time (1 ms") != NULL, "%s: message %s", name, err.message);
    OK(!(flags & ARTICLE_OPT_CPU_TIME) || strstr(err.message, "CPU time") != NULL, "%s: message %s",
       name, err.message);
    article_doc_free(doc);
}

static char *json_of(const article_doc *doc, size_t *len)
{
    article_error err;
    char *s = doc ? article_to_json(doc, NULL, len, &err) : NULL;
    return s;
}

static void test_budget(void)
{
    size_t len = 0;
    char *page = slow_page(20000, &len);
    OK(page != NULL, "out of memory");
    if (!page)
        return;
    over_budget("html, wall clock", page, len, 0, 0);
    over_budget("html, CPU time", page, len, 0, ARTICLE_OPT_CPU_TIME);

    /* Within a budget it fits (ten minutes), the same article as without. */
    article_options o;
    article_options_init(&o);
    article_error err;
    article_doc *plain = article_from_html(page, len, &o, &err);
    OK(plain != NULL, "no budget: %s", err.message);
    o.max_time = 600000;
    article_doc *timed = article_from_html(page, len, &o, &err);
    OK(timed != NULL, "ten minutes: %s", err.message);
    size_t a_len = 0, b_len = 0;
    char *a = json_of(plain, &a_len), *b = json_of(timed, &b_len);
    OK(a && b && a_len == b_len && memcmp(a, b, a_len) == 0, "a budget changed the article");
    OK(a_len > len / 4, "the page's text is missing: %zu bytes of JSON", a_len);

    /* The JSON reader: the same article as JSON. */
    if (a) {
        over_budget("json, wall clock", a, a_len, 1, 0);
        over_budget("json, CPU time", a, a_len, 1, ARTICLE_OPT_CPU_TIME);
        article_doc *back = article_from_json(a, a_len, &o, &err);
        OK(back != NULL, "json within ten minutes: %s", err.message);
        article_doc_free(back);
    }
    article_free(a);
    article_free(b);
    article_doc_free(plain);
    article_doc_free(timed);
    free(page);
}

int main(void)
{
    test_layout();
    test_budget();
    return harness_done("test_max_time");
}
