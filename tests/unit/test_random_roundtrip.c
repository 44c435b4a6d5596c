/* Round trips on random models: a seeded xorshift generator
 * (tests/fuzz/model_gen.h, shared with the model-aware fuzz harness) builds
 * canonical models (docs/html-format.md, tests/fuzz/canonical.h) with the
 * builder API, covering every block and inline type, nesting (quotes in
 * items, lists in quotes, spans in spans), Unicode (accents, CJK, RTL,
 * emoji, U+2028) and characters that need escaping, all metadata, related
 * links and threaded comments. For each model:
 *   to_json (compact and pretty) -> from_json -> to_json: byte-identical;
 *   to_html (page) -> from_html -> to_json: equal to the model's JSON;
 *   to_html (fragment) -> from_html: the same body (counted, not asserted:
 *   the web rules that read fragments do not promise it);
 *   to_markdown, to_text: succeed.
 * The first failing seed of each kind is printed with both JSONs, so it can
 * be replayed: `test_random_roundtrip SEED` runs that seed alone, and
 * `test_random_roundtrip FROM TO` a longer range than ctest's 500 (a soak
 * after a reader change, without the fuzzer's sanitizers). */
#include "harness.h"

#include "../fuzz/canonical.h"

#include <article/article.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MODELS 500

#include "../fuzz/model_gen.h"

/* MARK: - The checks */

/* The "sections" member of compact JSON onwards: the body, related links
 * and comments (what a fragment is sure to carry back). */
static const char *body_of(const char *json)
{
    const char *s = json ? strstr(json, ",\"sections\":") : NULL;
    return s ? s : "";
}

/* Each kind of failure is reported in full once (the first seed), then
 * only counted, so one bug does not print 500 pages. */
enum { F_CANON, F_JSON, F_PRETTY, F_HTML, F_FRAGMENT, F_TEXT, F_KINDS };
static const char *const KIND_NAMES[F_KINDS] = {"canonical", "json",          "pretty json",
                                                "html page", "html fragment", "md/text"};

static void report(int kinds[F_KINDS], int kind, uint32_t seed, const char *want, const char *got,
                   const char *err)
{
    if (kinds[kind]++ == 0) {
        size_t at = 0;
        while (want && got && want[at] && want[at] == got[at])
            at++;
        /* From a little before the first difference, a few lines' worth. */
        size_t from = at > 160 ? at - 160 : 0;
        fprintf(stderr,
                "seed %u: %s round trip fails (%s), first difference at byte %zu\n"
                "  want: ...%.480s\n  got:  ...%.480s\n",
                seed, KIND_NAMES[kind], err ? err : "differs", at,
                want && strlen(want) >= from ? want + from : "(null)",
                got && strlen(got) >= from ? got + from : "(null)");
    }
}

/* JSON text -> model -> JSON text with the same options must be identical. */
static int json_again(const char *json, const article_options *opts, char **out, article_error *err)
{
    article_doc *back = article_from_json(json, strlen(json), NULL, err);
    *out = back ? article_to_json(back, opts, NULL, err) : NULL;
    article_doc_free(back);
    return *out && strcmp(json, *out) == 0;
}

static void run_seed(uint32_t seed, int kinds[F_KINDS])
{
    article_error err;
    article_doc *m = generate(seed);
    OK(m != NULL, "seed %u: the builder failed", seed);
    if (!m)
        return;
    article_options pretty, frag;
    article_options_init(&pretty);
    pretty.flags = ARTICLE_OPT_PRETTY;
    article_options_init(&frag);
    frag.flags = ARTICLE_OPT_FRAGMENT;

    char *json = article_to_json(m, NULL, NULL, &err);
    char *pjson = article_to_json(m, &pretty, NULL, &err);
    OK(json && pjson, "seed %u: to_json failed: %s", seed, err.message);
    if (!canonical_model(m))
        report(kinds, F_CANON, seed, json, NULL, "the generator made a non-canonical model");

    char *again = NULL;
    if (json && !json_again(json, NULL, &again, &err))
        report(kinds, F_JSON, seed, json, again, again ? NULL : err.message);
    article_free(again);
    again = NULL;
    if (pjson && !json_again(pjson, &pretty, &again, &err))
        report(kinds, F_PRETTY, seed, pjson, again, again ? NULL : err.message);
    article_free(again);

    /* The page, plain and pretty: the whole model comes back. */
    for (int p = 0; p < 2 && json; p++) {
        char *html = article_to_html(m, p ? &pretty : NULL, NULL, &err);
        article_doc *back = html ? article_from_html(html, strlen(html), NULL, &err) : NULL;
        char *got = back ? article_to_json(back, NULL, NULL, &err) : NULL;
        if (!got || strcmp(json, got) != 0)
            report(kinds, F_HTML, seed, json, got, got ? NULL : err.message);
        article_free(got);
        article_doc_free(back);
        article_free(html);
    }

    /* The fragment: read by the web rules, the body comes back. */
    char *html = article_to_html(m, &frag, NULL, &err);
    article_doc *back = html ? article_from_html(html, strlen(html), NULL, &err) : NULL;
    char *got = back ? article_to_json(back, NULL, NULL, &err) : NULL;
    if (!got || strcmp(body_of(json), body_of(got)) != 0)
        report(kinds, F_FRAGMENT, seed, body_of(json), got ? body_of(got) : NULL,
               got ? NULL : err.message);
    article_free(got);
    article_doc_free(back);
    article_free(html);

    char *md = article_to_markdown(m, NULL, NULL, &err);
    char *txt = article_to_text(m, NULL, NULL, &err);
    if (!md || !txt)
        report(kinds, F_TEXT, seed, "", NULL, err.message);
    article_free(md);
    article_free(txt);
    article_free(json);
    article_free(pjson);
    article_doc_free(m);
}

/* The generator reaches every node type (so the test covers them all). */
static void covers_every_type(void)
{
    int seen[ARTICLE_NODE_LAST_INLINE + 1] = {0};
    for (uint32_t seed = 1; seed <= 50; seed++) {
        article_doc *m = generate(seed);
        article_iter *it = m ? article_iter_new(article_doc_root(m)) : NULL;
        article_event ev;
        while (it && (ev = article_iter_next(it)) != ARTICLE_EVENT_DONE)
            if (ev == ARTICLE_EVENT_ENTER)
                seen[article_node_get_type(article_iter_get_node(it))] = 1;
        article_iter_free(it);
        article_doc_free(m);
    }
    for (int t = ARTICLE_NODE_DOCUMENT; t <= ARTICLE_NODE_LAST_INLINE; t++)
        if (strcmp(article_node_type_string((article_node_type)t), "none") != 0)
            OK(seen[t], "no model of seeds 1..50 has a %s",
               article_node_type_string((article_node_type)t));
}

int main(int argc, char **argv)
{
    int kinds[F_KINDS] = {0};
    uint32_t from = 1, to = MODELS;
    if (argc > 1)
        from = to = (uint32_t)strtoul(argv[1], NULL, 10);
    if (argc > 2)
        to = (uint32_t)strtoul(argv[2], NULL, 10);
    covers_every_type();
    for (uint32_t seed = from; seed <= to; seed++)
        run_seed(seed, kinds);
    for (int k = 0; k < F_KINDS; k++) {
        /* A fragment is read by the web rules (docs/html-format.md): a
         * <section> without a heading, a heading-less section's level and
         * text that looks like boilerplate are not promised back, so its
         * count is shown, not asserted. */
        if (k == F_FRAGMENT)
            printf("# %s: %d of %u models differ (not promised)\n", KIND_NAMES[k], kinds[k],
                   to - from + 1);
        else
            OK(kinds[k] == 0, "%s: %d of %u models fail", KIND_NAMES[k], kinds[k], to - from + 1);
    }
    return harness_done("test_random_roundtrip");
}
