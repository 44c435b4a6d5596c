/* JSON article/1: round trips, every error class, limits, allocation
 * failure, and the case directories tests/json/{valid,invalid}. */
#include "article/article.h"
#include "harness.h"

#include <dirent.h>
#include <limits.h>

#define JSON_DIR ARTICLE_SOURCE_DIR "/tests/json"

static int pretty_name(const char *name)
{
    return strstr(name, "pretty") != NULL;
}

/* from_json then to_json must give back the same bytes. */
static void round_trip(const char *what, const char *text, size_t len, int pretty)
{
    article_error err;
    article_doc *doc = article_from_json(text, len, NULL, &err);
    OK(doc != NULL, "%s: %s at %d:%d %s", what, err.message, err.line, err.column, err.path);
    if (!doc)
        return;
    article_options opts;
    article_options_init(&opts);
    opts.flags = pretty ? ARTICLE_OPT_PRETTY : 0;
    size_t out_len = 0;
    char *out = article_to_json(doc, &opts, &out_len, &err);
    OK(out != NULL, "%s: write failed: %s", what, err.message);
    if (out) {
        OK(out_len == len && memcmp(out, text, len) == 0, "%s: round trip differs:\n%s", what, out);
        article_free(out);
    }
    article_doc_free(doc);
}

static void test_seed(void)
{
    size_t len;
    char *text = harness_read_file(ARTICLE_SOURCE_DIR "/examples/seed-article.json", &len);
    OK(text != NULL, "cannot read the seed article");
    if (!text)
        return;
    round_trip("seed pretty", text, len, 1);
    article_doc *doc = article_from_json(text, len, NULL, NULL);
    OK(doc != NULL, "seed does not read");
    if (doc) {
        STR_EQ(article_doc_breadcrumb_name(doc, 1), "World");
        STR_EQ(article_doc_get(doc, ARTICLE_FIELD_SUBTITLE),
               "Trump Envoy Reports Ukraine Progress After Putin Talks");
        /* Compact form of the same document reads back to itself too. */
        size_t clen;
        char *compact = article_to_json(doc, NULL, &clen, NULL);
        OK(compact && clen < len && !strchr(compact, '\n'), "compact output has newlines");
        if (compact)
            round_trip("seed compact", compact, clen, 0);
        article_free(compact);
        article_doc_free(doc);
    }
    free(text);
}

static void test_small(void)
{
    const char *min = "{\"format\":\"article/1\",\"title\":\"\",\"sections\":[]}";
    round_trip("minimal", min, strlen(min), 0);
    const char *pretty = "{\n  \"format\": \"article/1\",\n  \"title\": \"T\",\n"
                         "  \"sections\": [\n    {\n      \"blocks\": []\n    }\n  ]\n}\n";
    round_trip("pretty", pretty, strlen(pretty), 1);

    /* Adjacent strings merge and "" disappear: not canonical input. */
    const char *merge = "{\"format\":\"article/1\",\"title\":\"\",\"sections\":[{\"blocks\":["
                        "{\"type\":\"paragraph\",\"content\":[\"a\",\"\",\"b\",{\"type\":"
                        "\"em\",\"content\":[\"\"]}]}]}]}";
    article_doc *doc = article_from_json(merge, strlen(merge), NULL, NULL);
    OK(doc != NULL, "merge case does not read");
    char *out = doc ? article_to_json(doc, NULL, NULL, NULL) : NULL;
    STR_EQ(out, "{\"format\":\"article/1\",\"title\":\"\",\"sections\":[{\"blocks\":[{\"type\":"
                "\"paragraph\",\"content\":[\"ab\",{\"type\":\"em\",\"content\":[]}]}]}]}");
    article_free(out);
    article_doc_free(doc);

    /* A document built by hand: defaults are omitted, escapes are short. */
    doc = article_doc_new(NULL);
    article_node *sec = article_node_new(doc, ARTICLE_NODE_SECTION);
    article_node *p = article_node_new(doc, ARTICLE_NODE_PARAGRAPH);
    INT_EQ(article_node_append_child(article_doc_root(doc), sec), ARTICLE_OK);
    INT_EQ(article_node_append_child(sec, p), ARTICLE_OK);
    INT_EQ(article_node_append_text(p, "a\"\\/\x01\n", 6), ARTICLE_OK);
    INT_EQ(article_doc_set(doc, ARTICLE_FIELD_TITLE, "t"), ARTICLE_OK);
    out = article_to_json(doc, NULL, NULL, NULL);
    STR_EQ(out, "{\"format\":\"article/1\",\"title\":\"t\",\"sections\":[{\"blocks\":[{\"type\":"
                "\"paragraph\",\"content\":[\"a\\\"\\\\/\\u0001\\n\"]}]}]}");
    article_free(out);
    article_doc_free(doc);
}

static int sink_refuses(void *ctx, const char *data, size_t len)
{
    (void)ctx;
    (void)data;
    (void)len;
    return 1;
}

/* One error case: status, line, column, path. */
static void expect_error(const char *json, article_status status, int line, int column,
                         const char *path)
{
    article_error err;
    article_doc *doc = article_from_json(json, strlen(json), NULL, &err);
    OK(doc == NULL, "accepted: %s", json);
    article_doc_free(doc);
    INT_EQ(err.status, status);
    INT_EQ(err.line, line);
    INT_EQ(err.column, column);
    STR_EQ(err.path, path);
    OK(err.message[0] != '\0', "no message");
}

static void test_errors(void)
{
    expect_error("{\"format\": \"article/1\", \"title\": \"\", \"sections\": [}",
                 ARTICLE_ERR_SYNTAX, 1, 51, "");
    expect_error("{\"format\":\"article/1\",\n\"title\":\"\",\"sections\":[],\"x\":1}",
                 ARTICLE_ERR_SCHEMA, 2, 26, "x");
    expect_error("{\"format\":\"article/1\",\"title\":\"\",\"sections\":[{\"blocks\":[\n"
                 "  {\"type\":\"para\"}]}]}",
                 ARTICLE_ERR_SCHEMA, 2, 11, "sections[0].blocks[0].type");
    expect_error("{\"format\":\"article/1\",\"title\":\"\",\"sections\":[{\"level\":0,"
                 "\"blocks\":[]}]}",
                 ARTICLE_ERR_SCHEMA, 1, 55, "sections[0].level");
    expect_error("{\"format\":\"article/1\",\"title\":\"caf\xc3\"}", ARTICLE_ERR_ENCODING, 1, 35,
                 "");
    expect_error("{\"format\":\"article/1\",\"title\":\"\",\"title\":\"\",\"sections\":[]}",
                 ARTICLE_ERR_SYNTAX, 1, 40, "");
    expect_error("{\"format\":\"article/1\",\"title\":\"\",\"sections\":[{\"level\":"
                 "99999999999999999999999,\"blocks\":[]}]}",
                 ARTICLE_ERR_SCHEMA, 1, 77, "");
    expect_error("{\"format\":\"article/1\",\"title\":\"\",\"sections\":[{\"level\":"
                 "9999999999,\"blocks\":[]}]}",
                 ARTICLE_ERR_SCHEMA, 1, 55, "sections[0].level");

    article_error err;
    OK(article_from_json(NULL, 0, NULL, &err) == NULL, "NULL accepted");
    INT_EQ(err.status, ARTICLE_ERR_INVALID_ARG);

    /* Limits of the options. */
    const char *text = "{\"format\":\"article/1\",\"title\":\"\",\"sections\":[{\"blocks\":["
                       "{\"type\":\"paragraph\",\"content\":[\"a\"]}]}]}";
    article_options opts;
    article_options_init(&opts);
    opts.max_input_size = 10;
    OK(article_from_json(text, strlen(text), &opts, &err) == NULL, "size limit ignored");
    INT_EQ(err.status, ARTICLE_ERR_LIMIT);
    STR_EQ(err.message, "input is larger than max_input_size (10 bytes)");
    article_options_init(&opts);
    opts.max_depth = 4;
    OK(article_from_json(text, strlen(text), &opts, &err) == NULL, "depth limit ignored");
    INT_EQ(err.status, ARTICLE_ERR_LIMIT);
    STR_EQ(err.path, "sections[0].blocks[0]");
    article_options_init(&opts);
    opts.max_nodes = 3;
    OK(article_from_json(text, strlen(text), &opts, &err) == NULL, "node limit ignored");
    INT_EQ(err.status, ARTICLE_ERR_LIMIT);
    opts.max_nodes = 4;
    article_doc *doc = article_from_json(text, strlen(text), &opts, &err);
    OK(doc != NULL, "4 nodes (root, section, paragraph, text) should fit: %s", err.message);

    /* A sink that refuses gives IO. */
    INT_EQ(article_write_json(doc, sink_refuses, NULL, NULL, &err), ARTICLE_ERR_IO);
    INT_EQ(article_write_json(NULL, sink_refuses, NULL, NULL, &err), ARTICLE_ERR_INVALID_ARG);
    article_doc_free(doc);
}

/* 200,000 nested em spans: a clear LIMIT error, no crash. */
static void test_deep(void)
{
    const size_t depth = 200000;
    const char *head = "{\"format\":\"article/1\",\"title\":\"\",\"sections\":[{\"blocks\":["
                       "{\"type\":\"paragraph\",\"content\":[";
    const char *open = "{\"type\":\"em\",\"content\":[";
    size_t hl = strlen(head), ol = strlen(open);
    size_t cap = hl + depth * (ol + 2) + 16;
    char *text = malloc(cap);
    OK(text != NULL, "no memory for the deep case");
    if (!text)
        return;
    size_t n = 0;
    memcpy(text, head, hl);
    n += hl;
    for (size_t i = 0; i < depth; i++, n += ol)
        memcpy(text + n, open, ol);
    for (size_t i = 0; i < depth; i++) {
        text[n++] = ']';
        text[n++] = '}';
    }
    memcpy(text + n, "]}]}]}", 6);
    n += 6;
    article_error err;
    article_doc *doc = article_from_json(text, n, NULL, &err);
    OK(doc == NULL, "200000 levels accepted");
    INT_EQ(err.status, ARTICLE_ERR_LIMIT);
    OK(strstr(err.message, "deeper") != NULL, "message: %s", err.message);

    /* 1,000 levels are within jansson's limit: read, written, read back. */
    n = hl;
    for (size_t i = 0; i < 1000; i++, n += ol)
        memcpy(text + n, open, ol);
    memcpy(text + n, "\"x\"", 3);
    n += 3;
    for (size_t i = 0; i < 1000; i++) {
        text[n++] = ']';
        text[n++] = '}';
    }
    memcpy(text + n, "]}]}]}", 6);
    n += 6;
    round_trip("1000 levels", text, n, 0);
    free(text);
}

/* MARK: - Allocation failure */

static void test_chaos(void)
{
    size_t len;
    char *text = harness_read_file(ARTICLE_SOURCE_DIR "/examples/seed-article.json", &len);
    if (!text)
        return;
    int read_ok = 0, write_ok = 0, bad = 0;
    for (size_t n = 1; n < 100000 && !(read_ok && write_ok); n++) {
        harness_alloc c;
        article_allocator alc = harness_allocator(&c, n);
        article_options opts;
        article_options_init(&opts);
        opts.allocator = &alc;
        opts.flags = ARTICLE_OPT_PRETTY;
        article_error err;
        article_doc *doc = article_from_json(text, len, &opts, &err);
        if (!doc) {
            if (err.status != ARTICLE_ERR_NOMEM) {
                fprintf(stderr, "read at %zu: %s\n", n, err.message);
                bad++;
            }
        } else {
            read_ok = 1;
            size_t out_len;
            char *out = article_to_json(doc, &opts, &out_len, &err);
            if (!out) {
                if (err.status != ARTICLE_ERR_NOMEM) {
                    fprintf(stderr, "write at %zu: %s\n", n, err.message);
                    bad++;
                }
            } else {
                write_ok = 1;
                if (out_len != len || memcmp(out, text, len) != 0)
                    bad++;
                article_free(out);
            }
            article_doc_free(doc);
        }
        if (harness_live(&c) != 0) {
            fprintf(stderr, "leak at %zu: %zu live\n", n, harness_live(&c));
            bad++;
        }
    }
    OK(read_ok && write_ok, "never succeeded");
    INT_EQ(bad, 0);
    free(text);
}

/* MARK: - Case directories */

static void run_valid(const char *name)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/valid/%s/input.json", JSON_DIR, name);
    size_t len;
    char *text = harness_read_file(path, &len);
    OK(text != NULL, "cannot read %s", path);
    if (text)
        round_trip(name, text, len, pretty_name(name));
    free(text);
}

static void run_invalid(const char *name)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/invalid/%s/input.json", JSON_DIR, name);
    size_t len;
    char *text = harness_read_file(path, &len);
    snprintf(path, sizeof path, "%s/invalid/%s/error", JSON_DIR, name);
    char *want = harness_read_file(path, NULL);
    OK(text && want, "cannot read case %s", name);
    if (text && want) {
        int line = 0, col = 0;
        char want_path[256] = "", msg[256] = "", status[64] = "";
        char *nl = strchr(want, '\n');
        if (nl) {
            *nl = '\0';
            char *nl2 = strchr(nl + 1, '\n');
            if (nl2) {
                *nl2 = '\0';
                snprintf(status, sizeof status, "%.*s", (int)strcspn(nl2 + 1, "\n"), nl2 + 1);
            }
            snprintf(msg, sizeof msg, "%s", nl + 1);
        }
        OK(sscanf(want, "%d %d %255s", &line, &col, want_path) >= 2, "%s: bad error file", name);
        article_error err;
        article_doc *doc = article_from_json(text, len, NULL, &err);
        OK(doc == NULL, "%s: accepted", name);
        article_doc_free(doc);
        OK(err.line == line && err.column == col && strcmp(err.path, want_path) == 0 &&
               strcmp(err.message, msg) == 0,
           "%s: got \"%d %d %s\" \"%s\"", name, err.line, err.column, err.path, err.message);
        if (status[0])
            STR_EQ(article_status_string(err.status), status);
    }
    free(text);
    free(want);
}

static void walk(const char *kind, void (*fn)(const char *))
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", JSON_DIR, kind);
    DIR *d = opendir(path);
    OK(d != NULL, "cannot open %s", path);
    if (!d)
        return;
    int count = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        fn(e->d_name);
        count++;
    }
    closedir(d);
    OK(count > 0, "no cases in %s", path);
}

int main(void)
{
    test_seed();
    test_small();
    test_errors();
    test_deep();
    test_chaos();
    walk("valid", run_valid);
    walk("invalid", run_invalid);
    return harness_done("test_json");
}
