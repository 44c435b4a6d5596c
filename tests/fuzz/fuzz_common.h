/* Shared by the fuzz harnesses: the invariants every accepted input must
 * keep. A broken invariant aborts, which libFuzzer reports as a crash. */
#ifndef ARTICLE_FUZZ_COMMON_H
#define ARTICLE_FUZZ_COMMON_H

#include <article/article.h>

#include "canonical.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static inline void fuzz_fail(const char *what, const char *a, const char *b)
{
    fprintf(stderr, "invariant broken: %s\n--- first\n%s\n--- second\n%s\n", what, a ? a : "(null)",
            b ? b : "(null)");
    abort();
}

/* ARTICLE_FUZZ_EMIT=DIR: each JSON text the reader accepted is written
 * there (named by its hash), for tests/schema to validate: the schema
 * accepts every model the reader accepts. Unset (always, under libFuzzer):
 * nothing. */
static inline void fuzz_emit(const char *json, size_t len)
{
    const char *dir = getenv("ARTICLE_FUZZ_EMIT");
    if (!dir || !*dir)
        return;
    uint64_t h = 1469598103934665603u; /* FNV-1a */
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)json[i]) * 1099511628211u;
    char path[4096];
    snprintf(path, sizeof path, "%s/%016llx.json", dir, (unsigned long long)h);
    FILE *f = fopen(path, "wb");
    if (f) {
        fwrite(json, 1, len, f);
        fclose(f);
    }
}

/* Options picked by the input's first byte, so the fuzzer explores them. */
static inline void fuzz_options(uint8_t pick, article_options *opts)
{
    article_options_init(opts);
    static const unsigned flags[] = {ARTICLE_OPT_NO_COMMENTS, ARTICLE_OPT_NO_RELATED,
                                     ARTICLE_OPT_NO_IMAGES,   ARTICLE_OPT_NO_TABLES,
                                     ARTICLE_OPT_PRECISION,   ARTICLE_OPT_RECALL};
    for (size_t i = 0; i < sizeof flags / sizeof flags[0]; i++)
        if (pick & (1u << i))
            opts->flags |= flags[i];
    if (pick & 0x40)
        opts->url = "https://example.com/news/a.html";
    if (pick & 0x80)
        opts->max_depth = 64;
}

/* Runs every writer; the JSON, compact, is returned (caller frees). */
static inline char *fuzz_write_all(const article_doc *doc)
{
    article_options w;
    article_options_init(&w);
    char *s;
    s = article_to_html(doc, &w, NULL, NULL);
    article_free(s);
    w.flags = ARTICLE_OPT_FRAGMENT;
    s = article_to_html(doc, &w, NULL, NULL);
    article_free(s);
    s = article_to_markdown(doc, NULL, NULL, NULL);
    article_free(s);
    s = article_to_text(doc, NULL, NULL, NULL);
    article_free(s);
    w.flags = ARTICLE_OPT_PRETTY;
    s = article_to_json(doc, &w, NULL, NULL);
    article_free(s);
    return article_to_json(doc, NULL, NULL, NULL);
}

/* JSON -> model -> JSON is a fixed point; model -> HTML -> model is equal. */
static inline void fuzz_check_round_trips(const article_doc *doc, const char *json)
{
    if (!json)
        return;
    article_error err;
    article_doc *again = article_from_json(json, strlen(json), NULL, &err);
    if (!again)
        fuzz_fail("the JSON reader rejects the JSON writer's output", json, err.message);
    char *json2 = article_to_json(again, NULL, NULL, NULL);
    if (!json2 || strcmp(json, json2) != 0)
        fuzz_fail("to_json(from_json(x)) != x", json, json2);
    article_free(json2);
    article_doc_free(again);

    /* HTML round-trips canonical models only (docs/html-format.md). */
    if (!canonical_model(doc))
        return;
    size_t html_len = 0;
    char *html = article_to_html(doc, NULL, &html_len, NULL);
    if (!html)
        return;
    article_doc *back = article_from_html(html, html_len, NULL, &err);
    if (!back)
        fuzz_fail("the HTML reader rejects the HTML writer's output", html, err.message);
    char *json3 = article_to_json(back, NULL, NULL, NULL);
    if (!json3 || strcmp(json, json3) != 0)
        fuzz_fail("from_html(to_html(m)) != m", json, json3);
    article_free(json3);
    article_free(html);
    article_doc_free(back);
}

/* What each harness does with its reader's result: a refusal must say
 * why (`refused` names the broken rule); an accepted document must keep
 * every invariant. Frees the document. */
static inline void fuzz_check_read(article_doc *doc, const article_error *err, const char *refused)
{
    if (!doc) {
        if (err->status == ARTICLE_OK || err->message[0] == '\0')
            fuzz_fail(refused, NULL, NULL);
        return;
    }
    char *json = fuzz_write_all(doc);
    fuzz_check_round_trips(doc, json);
    article_free(json);
    article_doc_free(doc);
}

#endif
