/* libFuzzer harness, model-aware: the fuzzer's bytes drive the random
 * model generator (model_gen.h), so every input is a valid article/1
 * model of every node type and attribute, sometimes holding the fuzzer's
 * own strings. For each model:
 *   - to_json succeeds; the JSON reader accepts it or refuses it with a
 *     message (it refuses strings that cannot round-trip through HTML);
 *   - on what it accepts: JSON is a fixed point (compact and pretty)
 *     from the reader's model on,
 *     every writer succeeds (Markdown and text never fail), and a
 *     canonical model comes back from its full HTML page unchanged.
 * ARTICLE_FUZZ_EMIT=DIR writes each accepted JSON there (named by its
 * hash), for tests/schema to validate: the schema accepts what the reader
 * does. */
#include "fuzz_common.h"
#include "model_gen.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    article_doc *m = generate_model(0, data, size);
    if (!m)
        return 0; /* a builder call refused a string: nothing to check */
    article_error err;
    char *json = article_to_json(m, NULL, NULL, &err);
    if (!json)
        fuzz_fail("to_json failed on a model the builder made", err.message, NULL);
    article_doc_free(m);
    article_doc *doc = article_from_json(json, strlen(json), NULL, &err);
    if (!doc) {
        if (err.status == ARTICLE_OK || err.message[0] == '\0')
            fuzz_fail("from_json refused without an error", json, NULL);
        article_free(json);
        return 0;
    }
    fuzz_emit(json, strlen(json));
    article_options pretty;
    article_options_init(&pretty);
    pretty.flags = ARTICLE_OPT_PRETTY;
    char *pjson = article_to_json(doc, &pretty, NULL, &err);
    article_doc *pdoc = pjson ? article_from_json(pjson, strlen(pjson), NULL, &err) : NULL;
    char *pjson2 = pdoc ? article_to_json(pdoc, &pretty, NULL, &err) : NULL;
    if (!pjson2 || strcmp(pjson, pjson2) != 0)
        fuzz_fail("pretty JSON is no fixed point", pjson, pjson2);
    article_free(pjson);
    article_free(pjson2);
    article_doc_free(pdoc);
    char *md = article_to_markdown(doc, NULL, NULL, &err);
    char *txt = md ? article_to_text(doc, NULL, NULL, &err) : NULL;
    if (!md || !txt)
        fuzz_fail("Markdown or text failed", json, err.message);
    article_free(md);
    article_free(txt);
    /* Every writer, the compact fixed point and the HTML round trip of a
     * canonical model (fuzz_common.h). The builder's model itself may be
     * less than canonical (an empty text node is written as ""), so the
     * fixed point starts from the reader's model. */
    char *again = fuzz_write_all(doc);
    fuzz_check_round_trips(doc, again);
    article_free(again);
    article_free(json);
    article_doc_free(doc);
    return 0;
}
