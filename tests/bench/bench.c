/*
 * bench_article: how fast libarticle reads and writes real pages, next to
 * libxml2's own parse of the same pages (the limit: the reader cannot be
 * faster than the parser under it) and jansson on the same JSON.
 *
 *   bench_article [--passes N] [--stage NAME] [--tsv] [DIR]
 *   bench_article --callgrind --stage NAME [DIR]   one pass, for callgrind
 *   bench_article --predict FILE.jsonl [DIR]       body text of each page
 *   bench_article --name source.html DIR           pages DIR/<id>/source.html
 *
 * DIR holds .html or .html.gz pages (default: the zyte corpus). Every page
 * is loaded into memory first, so the timings hold no I/O. Each stage runs
 * one warm-up pass, then N timed passes (default 5); the median is shown.
 * See tests/bench/README.md for what each stage means.
 */
#define _XOPEN_SOURCE 700 /* getrusage's ru_maxrss */

#include <article/article.h>

#include <dirent.h>
#include <jansson.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <zlib.h>

#ifndef ARTICLE_CORPUS_DIR
#define ARTICLE_CORPUS_DIR "../shared/corpus"
#endif

/* What article_from_html passes to libxml2 (lib/read_html/read_html.c), so
 * the bare parse does the same work the reader's parse does. */
#define BENCH_PARSE_OPTIONS                                                                        \
    (HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |           \
     HTML_PARSE_COMPACT)

#define BENCH_MAX_PASSES 99

typedef struct page {
    char *id;   /* file name without .html[.gz] */
    char *url;  /* from ground-truth.json next to DIR, or NULL */
    char *html; /* NUL-terminated */
    size_t html_len;
    article_doc *doc; /* from_html of the page, for the writer stages */
    char *json;       /* to_json of doc, for the JSON reader stages */
    size_t json_len;
    json_t *jvalue; /* json_loads of json, for json_dumps */
} page;

typedef struct corpus {
    page *pages;
    size_t count;
} corpus;

/* One pass of a stage over the corpus. Returns the pages done; adds the
 * bytes it counts (input for readers, output for writers) to *bytes, and
 * keeps the first failure's message in *why. */
typedef size_t (*stage_fn)(corpus *c, size_t *bytes, char *why, size_t why_len);

typedef struct stage {
    const char *name;
    stage_fn run;
    const char *what;
} stage;

static void fail_once(char *why, size_t why_len, const article_error *err)
{
    if (why[0] == '\0')
        snprintf(why, why_len, "%s: %s", article_status_string(err->status), err->message);
}

/* MARK: - Stages */

static size_t stage_libxml2_tree(corpus *c, size_t *bytes, char *why, size_t why_len)
{
    size_t done = 0;
    for (size_t i = 0; i < c->count; i++) {
        page *p = &c->pages[i];
        htmlDocPtr d = htmlReadMemory(p->html, (int)p->html_len, p->url, NULL, BENCH_PARSE_OPTIONS);
        if (d == NULL) {
            if (why[0] == '\0')
                snprintf(why, why_len, "htmlReadMemory failed on %s", p->id);
            continue;
        }
        xmlFreeDoc(d);
        *bytes += p->html_len;
        done++;
    }
    return done;
}

static size_t stage_libxml2_sax(corpus *c, size_t *bytes, char *why, size_t why_len)
{
    size_t done = 0;
    for (size_t i = 0; i < c->count; i++) {
        page *p = &c->pages[i];
        htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(p->html, (int)p->html_len);
        /* A handler with no callbacks: tokenising and tag balancing only.
         * The context frees its handler, so it must come from xmlMalloc. */
        xmlSAXHandler *sax = ctxt ? xmlMalloc(sizeof *sax) : NULL;
        if (sax == NULL) {
            if (why[0] == '\0')
                snprintf(why, why_len, "no parser context for %s", p->id);
            htmlFreeParserCtxt(ctxt);
            continue;
        }
        memset(sax, 0, sizeof *sax);
        xmlFree(ctxt->sax);
        ctxt->sax = sax;
        htmlCtxtUseOptions(ctxt, BENCH_PARSE_OPTIONS);
        htmlParseDocument(ctxt);
        if (ctxt->myDoc != NULL)
            xmlFreeDoc(ctxt->myDoc);
        htmlFreeParserCtxt(ctxt);
        *bytes += p->html_len;
        done++;
    }
    return done;
}

static article_options page_options(const page *p)
{
    article_options opts;
    article_options_init(&opts);
    opts.url = p->url;
    return opts;
}

static size_t stage_from_html(corpus *c, size_t *bytes, char *why, size_t why_len)
{
    size_t done = 0;
    for (size_t i = 0; i < c->count; i++) {
        page *p = &c->pages[i];
        article_options opts = page_options(p);
        article_error err;
        article_doc *d = article_from_html(p->html, p->html_len, &opts, &err);
        if (d == NULL) {
            fail_once(why, why_len, &err);
            continue;
        }
        article_doc_free(d);
        *bytes += p->html_len;
        done++;
    }
    return done;
}

static size_t stage_from_html_to_json(corpus *c, size_t *bytes, char *why, size_t why_len)
{
    size_t done = 0;
    for (size_t i = 0; i < c->count; i++) {
        page *p = &c->pages[i];
        article_options opts = page_options(p);
        article_error err;
        article_doc *d = article_from_html(p->html, p->html_len, &opts, &err);
        char *out = d ? article_to_json(d, NULL, NULL, &err) : NULL;
        article_doc_free(d);
        if (out == NULL) {
            fail_once(why, why_len, &err);
            continue;
        }
        article_free(out);
        *bytes += p->html_len;
        done++;
    }
    return done;
}

/* A caller's arena, as a program may give one through
 * article_options.allocator: one block, bumped; free does nothing; the
 * whole page's memory is taken back at once. What no longer fits goes to
 * malloc. libxml2's own allocations are not in it (only a program may
 * route them, with xmlMemSetup: lib/cli/page_arena.c). */
typedef struct bench_arena {
    char *base;
    size_t size, top, last;
} bench_arena;

#define BENCH_ARENA_SIZE ((size_t)256 << 20)

static int in_bench_arena(const bench_arena *a, const void *p)
{
    return (const char *)p >= a->base && (const char *)p < a->base + a->size;
}

static void *arena_malloc(void *ctx, size_t size)
{
    bench_arena *a = ctx;
    size_t span = (size + 8 + 15) & ~(size_t)15;
    if (size > a->size || span > a->size - a->top)
        return malloc(size);
    char *p = a->base + a->top;
    memcpy(p - 8, &size, sizeof size);
    a->last = a->top;
    a->top += span;
    return p;
}

static void *arena_realloc(void *ctx, void *ptr, size_t size)
{
    bench_arena *a = ctx;
    if (!ptr)
        return arena_malloc(ctx, size);
    if (!in_bench_arena(a, ptr))
        return realloc(ptr, size);
    size_t old;
    memcpy(&old, (char *)ptr - 8, sizeof old);
    if (size <= old)
        return ptr;
    size_t at = (size_t)((char *)ptr - a->base);
    size_t span = (size + 8 + 15) & ~(size_t)15;
    if (at == a->last && size <= a->size && span <= a->size - at) {
        memcpy((char *)ptr - 8, &size, sizeof size);
        a->top = at + span;
        return ptr;
    }
    void *q = arena_malloc(ctx, size);
    if (q)
        memcpy(q, ptr, old);
    return q;
}

static void arena_free(void *ctx, void *ptr)
{
    if (ptr && !in_bench_arena(ctx, ptr))
        free(ptr);
}

/* from_html_to_json with every allocation of the library in an arena. */
static size_t stage_from_html_to_json_arena(corpus *c, size_t *bytes, char *why, size_t why_len)
{
    bench_arena a = {malloc(BENCH_ARENA_SIZE), BENCH_ARENA_SIZE, 16, 16};
    if (!a.base) {
        snprintf(why, why_len, "no memory for the arena");
        return 0;
    }
    article_allocator alc = {arena_malloc, arena_realloc, arena_free, &a};
    size_t done = 0;
    for (size_t i = 0; i < c->count; i++) {
        page *p = &c->pages[i];
        article_options opts = page_options(p);
        opts.allocator = &alc;
        article_error err;
        article_doc *d = article_from_html(p->html, p->html_len, &opts, &err);
        char *out = d ? article_to_json(d, &opts, NULL, &err) : NULL;
        article_doc_free(d);
        if (out == NULL)
            fail_once(why, why_len, &err);
        article_free(out);
        a.top = a.last = 16;
        if (out != NULL) {
            *bytes += p->html_len;
            done++;
        }
    }
    free(a.base);
    return done;
}

static size_t stage_from_json(corpus *c, size_t *bytes, char *why, size_t why_len)
{
    size_t done = 0;
    for (size_t i = 0; i < c->count; i++) {
        page *p = &c->pages[i];
        if (p->json == NULL)
            continue;
        article_error err;
        article_doc *d = article_from_json(p->json, p->json_len, NULL, &err);
        if (d == NULL) {
            fail_once(why, why_len, &err);
            continue;
        }
        article_doc_free(d);
        *bytes += p->json_len;
        done++;
    }
    return done;
}

/* The writers share one loop; `html` picks the writer. */
static size_t write_all(corpus *c, size_t *bytes, char *why, size_t why_len, int html)
{
    size_t done = 0;
    for (size_t i = 0; i < c->count; i++) {
        page *p = &c->pages[i];
        if (p->doc == NULL)
            continue;
        article_error err;
        size_t len = 0;
        char *out = html ? article_to_html(p->doc, NULL, &len, &err)
                         : article_to_json(p->doc, NULL, &len, &err);
        if (out == NULL) {
            fail_once(why, why_len, &err);
            continue;
        }
        article_free(out);
        *bytes += len;
        done++;
    }
    return done;
}

static size_t stage_to_json(corpus *c, size_t *bytes, char *why, size_t why_len)
{
    return write_all(c, bytes, why, why_len, 0);
}

static size_t stage_to_html(corpus *c, size_t *bytes, char *why, size_t why_len)
{
    return write_all(c, bytes, why, why_len, 1);
}

static size_t stage_jansson_loads(corpus *c, size_t *bytes, char *why, size_t why_len)
{
    size_t done = 0;
    for (size_t i = 0; i < c->count; i++) {
        page *p = &c->pages[i];
        if (p->json == NULL)
            continue;
        json_error_t jerr;
        json_t *v = json_loadb(p->json, p->json_len, JSON_REJECT_DUPLICATES, &jerr);
        if (v == NULL) {
            if (why[0] == '\0')
                snprintf(why, why_len, "json_loadb: %s", jerr.text);
            continue;
        }
        json_decref(v);
        *bytes += p->json_len;
        done++;
    }
    return done;
}

static size_t stage_jansson_dumps(corpus *c, size_t *bytes, char *why, size_t why_len)
{
    size_t done = 0;
    for (size_t i = 0; i < c->count; i++) {
        page *p = &c->pages[i];
        if (p->jvalue == NULL)
            continue;
        /* Compact and in insertion order, as article_to_json writes. */
        char *out = json_dumps(p->jvalue, JSON_COMPACT | JSON_PRESERVE_ORDER);
        if (out == NULL) {
            if (why[0] == '\0')
                snprintf(why, why_len, "json_dumps failed on %s", p->id);
            continue;
        }
        *bytes += strlen(out);
        free(out);
        done++;
    }
    return done;
}

static const stage stages[] = {
    {"libxml2_tree", stage_libxml2_tree, "htmlReadMemory+xmlFreeDoc (the limit)"},
    {"libxml2_sax", stage_libxml2_sax, "libxml2 HTML parse, no callbacks, no tree"},
    {"from_html", stage_from_html, "article_from_html+article_doc_free"},
    {"from_html_to_json", stage_from_html_to_json, "from_html, to_json, free: page to JSON"},
    {"from_html_to_json_arena", stage_from_html_to_json_arena,
     "the same, the library's allocations in a caller's arena"},
    {"from_json", stage_from_json, "article_from_json of each page's JSON"},
    {"to_json", stage_to_json, "article_to_json of each page's document"},
    {"to_html", stage_to_html, "article_to_html of each page's document"},
    {"jansson_loads", stage_jansson_loads, "json_loadb of the same JSON (reference)"},
    {"jansson_dumps", stage_jansson_dumps, "json_dumps of it, compact (reference)"},
};
#define STAGE_COUNT (sizeof stages / sizeof stages[0])

/*
 * The one function callgrind counts: run with --collect-atstart=no
 * --toggle-collect='bench_measured_pass*' (the "*" catches the clones gcc
 * makes of it) so that loading the corpus and making inputs stay out.
 */
size_t bench_measured_pass(const stage *s, corpus *c, size_t *bytes, char *why, size_t why_len);
#if defined(__GNUC__)
__attribute__((noinline))
#endif
size_t
bench_measured_pass(const stage *s, corpus *c, size_t *bytes, char *why, size_t why_len)
{
    /* Not a tail call: callgrind stops counting at a jump out of the
     * toggled function, so the pass must return through here. */
    volatile size_t done = s->run(c, bytes, why, why_len);
    return done;
}

/* MARK: - Loading */

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* Reads a file, gunzipping it when it is gzip (zlib reads plain files
 * through as they are). Returns a NUL-terminated buffer or NULL. */
static char *read_page(const char *path, size_t *len)
{
    gzFile f = gzopen(path, "rb");
    if (f == NULL)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    int got;
    while (buf != NULL && (got = gzread(f, buf + n, (unsigned)(cap - n - 1))) > 0) {
        n += (size_t)got;
        if (cap - n < 2) {
            char *bigger = realloc(buf, cap * 2);
            if (bigger == NULL) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = bigger;
            cap *= 2;
        }
    }
    int bad = got < 0;
    gzclose(f);
    if (buf == NULL || bad) {
        free(buf);
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

static int by_id(const void *a, const void *b)
{
    return strcmp(((const page *)a)->id, ((const page *)b)->id);
}

/* The zyte corpus keeps each page's URL in DIR/../ground-truth.json. */
static void load_urls(corpus *c, const char *dir)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/../ground-truth.json", dir);
    json_t *truth = json_load_file(path, 0, NULL);
    if (truth == NULL)
        return;
    for (size_t i = 0; i < c->count; i++) {
        json_t *entry = json_object_get(truth, c->pages[i].id);
        const char *url = json_string_value(json_object_get(entry, "url"));
        c->pages[i].url = url ? strdup(url) : NULL;
    }
    json_decref(truth);
}

/* The pages of DIR: DIR/ID.html[.gz], or with `name` (the readability
 * corpus: pages/ID/source.html) DIR/ID/name. */
static int load_corpus(corpus *c, const char *dir, const char *name)
{
    DIR *d = opendir(dir);
    if (d == NULL) {
        fprintf(stderr, "bench: cannot open %s\n", dir);
        return -1;
    }
    size_t cap = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        char path[4096];
        size_t cut = 0;
        if (name != NULL) {
            if (e->d_name[0] == '.')
                continue;
            snprintf(path, sizeof path, "%s/%s/%s", dir, e->d_name, name);
        } else {
            cut = ends_with(e->d_name, ".html.gz") ? 8 : ends_with(e->d_name, ".html") ? 5 : 0;
            if (cut == 0)
                continue;
            snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        }
        if (c->count == cap) {
            cap = cap ? cap * 2 : 128;
            page *more = realloc(c->pages, cap * sizeof *more);
            if (more == NULL)
                break;
            c->pages = more;
        }
        page *p = &c->pages[c->count];
        memset(p, 0, sizeof *p);
        p->html = read_page(path, &p->html_len);
        if (p->html == NULL) {
            if (name == NULL)
                fprintf(stderr, "bench: cannot read %s\n", path);
            continue;
        }
        p->id = strdup(e->d_name);
        if (p->id != NULL)
            p->id[strlen(p->id) - cut] = '\0';
        c->count++;
    }
    closedir(d);
    if (c->count == 0) {
        fprintf(stderr, "bench: no pages in %s\n", dir);
        return -1;
    }
    qsort(c->pages, c->count, sizeof *c->pages, by_id);
    load_urls(c, dir);
    return 0;
}

/* The writer and JSON stages need documents and JSON: made once, before
 * any timing, and only as far as the library can yet. */
static void prepare_inputs(corpus *c)
{
    for (size_t i = 0; i < c->count; i++) {
        page *p = &c->pages[i];
        article_options opts = page_options(p);
        p->doc = article_from_html(p->html, p->html_len, &opts, NULL);
        if (p->doc != NULL)
            p->json = article_to_json(p->doc, NULL, &p->json_len, NULL);
        if (p->json != NULL)
            p->jvalue = json_loadb(p->json, p->json_len, 0, NULL);
    }
}

static void free_corpus(corpus *c)
{
    for (size_t i = 0; i < c->count; i++) {
        page *p = &c->pages[i];
        free(p->id);
        free(p->url);
        free(p->html);
        article_doc_free(p->doc);
        article_free(p->json);
        json_decref(p->jvalue);
    }
    free(c->pages);
}

/* MARK: - Predictions */

/* Body text only: the sections' blocks, not the title, figures, embeds,
 * related links or comments (what the zyte ground truth holds). */
static int skipped(article_node_type t)
{
    return t == ARTICLE_NODE_FIGURE || t == ARTICLE_NODE_CAPTION || t == ARTICLE_NODE_EMBED ||
           t == ARTICLE_NODE_RELATED || t == ARTICLE_NODE_COMMENT;
}

static int append(char **buf, size_t *len, size_t *cap, const char *s)
{
    size_t n = strlen(s);
    if (*len + n + 1 > *cap) {
        size_t want = (*len + n + 1) * 2;
        char *more = realloc(*buf, want);
        if (more == NULL)
            return -1;
        *buf = more;
        *cap = want;
    }
    memcpy(*buf + *len, s, n + 1);
    *len += n;
    return 0;
}

static char *body_text(article_doc *doc)
{
    article_iter *it = article_iter_new(article_doc_root(doc));
    char *buf = calloc(1, 1);
    size_t len = 0, cap = 1, skip = 0;
    if (it == NULL || buf == NULL) {
        article_iter_free(it);
        free(buf);
        return NULL;
    }
    article_event ev;
    int ok = 0;
    while (ok == 0 && (ev = article_iter_next(it)) != ARTICLE_EVENT_DONE) {
        article_node *n = article_iter_get_node(it);
        article_node_type t = article_node_get_type(n);
        if (skipped(t) && !article_node_is_leaf(n)) {
            skip = ev == ARTICLE_EVENT_ENTER ? skip + 1 : skip - 1;
            continue;
        }
        if (skip > 0 || skipped(t))
            continue;
        /* Leaves come with ENTER only; containers end a block on EXIT. */
        if (t == ARTICLE_NODE_TEXT || t == ARTICLE_NODE_CODE)
            ok = append(&buf, &len, &cap, article_node_get_literal(n));
        else if (t == ARTICLE_NODE_CODE_BLOCK)
            ok = append(&buf, &len, &cap, article_node_get_literal(n)) ||
                 append(&buf, &len, &cap, "\n\n");
        else if (t == ARTICLE_NODE_BREAK)
            ok = append(&buf, &len, &cap, "\n");
        else if (t == ARTICLE_NODE_RULE)
            ok = append(&buf, &len, &cap, "\n\n");
        else if (ev == ARTICLE_EVENT_EXIT && t == ARTICLE_NODE_CELL)
            ok = append(&buf, &len, &cap, " ");
        else if (ev == ARTICLE_EVENT_EXIT &&
                 (article_node_is_block(n) || t == ARTICLE_NODE_HEADING))
            ok = append(&buf, &len, &cap, "\n\n");
    }
    article_iter_free(it);
    if (ok != 0) {
        free(buf);
        return NULL;
    }
    return buf;
}

/* One JSON line per page, {"id", "text"}, as zyte_score.py reads them;
 * a page the reader fails on gets "" (scored as a miss). */
static int predict(corpus *c, const char *out_path)
{
    FILE *out = fopen(out_path, "w");
    if (out == NULL) {
        fprintf(stderr, "bench: cannot write %s\n", out_path);
        return 1;
    }
    size_t failed = 0;
    for (size_t i = 0; i < c->count; i++) {
        page *p = &c->pages[i];
        article_options opts = page_options(p);
        article_error err;
        article_doc *d = article_from_html(p->html, p->html_len, &opts, &err);
        char *text = d ? body_text(d) : NULL;
        if (text == NULL)
            failed++;
        json_t *line = json_pack("{s:s, s:s}", "id", p->id, "text", text ? text : "");
        char *s = line ? json_dumps(line, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
        if (s != NULL)
            fprintf(out, "%s\n", s);
        free(s);
        json_decref(line);
        free(text);
        article_doc_free(d);
    }
    fclose(out);
    fprintf(stderr, "bench: %zu pages predicted, %zu failed, in %s\n", c->count - failed, failed,
            out_path);
    return failed == c->count ? 1 : 0;
}

/* libxml2 reports some errors (a failed charset conversion in the bare
 * parse, which has no charset hint) through its generic handler, which
 * prints. The bench counts them instead, so that a library that printed
 * would still show, as a count at the end. */
static void count_generic_error(void *ctx, const char *msg, ...)
{
    (void)msg;
    (*(size_t *)ctx)++;
}

/* MARK: - Measuring */

/* The process's CPU time by default: on a shared machine, wall-clock time
 * also counts the time other people's jobs hold the cores (--wall). */
static double now(clockid_t clk)
{
    struct timespec ts;
    clock_gettime(clk, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static double peak_rss_mb(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (double)ru.ru_maxrss / 1024.0; /* kilobytes on Linux */
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

typedef struct result {
    size_t pages;
    size_t bytes;
    double seconds; /* median of the timed passes */
    char why[ARTICLE_ERROR_MESSAGE_LENGTH + 32];
} result;

static void measure(const stage *s, corpus *c, int passes, clockid_t clk, result *r)
{
    double t[BENCH_MAX_PASSES];
    memset(r, 0, sizeof *r);
    if (passes > 0) /* warm-up: caches, allocator, lazy init */
        r->pages = s->run(c, &r->bytes, r->why, sizeof r->why);
    for (int i = 0; i < (passes > 0 ? passes : 1); i++) {
        r->bytes = 0;
        double t0 = now(clk);
        r->pages = bench_measured_pass(s, c, &r->bytes, r->why, sizeof r->why);
        t[i] = now(clk) - t0;
    }
    int n = passes > 0 ? passes : 1;
    qsort(t, (size_t)n, sizeof t[0], by_value);
    r->seconds = t[n / 2];
}

static void report(const stage *s, const result *r, double base, int tsv, size_t total)
{
    double rss = peak_rss_mb();
    if (r->pages == 0) {
        if (tsv)
            printf("%s\tunavailable\t%s\n", s->name, r->why);
        else
            printf("%-18s unavailable (%s)\n", s->name, r->why);
        return;
    }
    double pps = (double)r->pages / r->seconds;
    double mbs = (double)r->bytes / r->seconds / 1e6;
    double ratio = base > 0 ? r->seconds / base : 0;
    if (tsv) {
        printf("%s\t%zu\t%zu\t%.6f\t%.1f\t%.2f\t%.4f\t%.1f\n", s->name, r->pages, r->bytes,
               r->seconds, pps, mbs, ratio, rss);
        return;
    }
    printf("%-18s %5zu %9.1f %8.2f %8.3g %9.1f", s->name, r->pages, pps, mbs, ratio, rss);
    if (r->pages < total)
        printf("   %zu pages failed: %s", total - r->pages, r->why);
    printf("\n");
}

static void usage(void)
{
    fprintf(stderr,
            "usage: bench_article [--passes N] [--stage NAME] [--tsv] [--wall] [--callgrind]\n"
            "                     [--predict FILE.jsonl] [--name FILE] [DIR]\n"
            "DIR: its *.html and *.html.gz pages, or with --name its */FILE\n"
            "stages:\n");
    for (size_t i = 0; i < STAGE_COUNT; i++)
        fprintf(stderr, "  %-18s %s\n", stages[i].name, stages[i].what);
}

int main(int argc, char **argv)
{
    const char *dir = ARTICLE_CORPUS_DIR "/zyte/html";
    const char *only = NULL, *predict_to = NULL, *name = NULL;
    int passes = 5, tsv = 0;
    clockid_t clk = CLOCK_PROCESS_CPUTIME_ID;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--passes") == 0 && i + 1 < argc)
            passes = atoi(argv[++i]);
        else if (strcmp(argv[i], "--stage") == 0 && i + 1 < argc)
            only = argv[++i];
        else if (strcmp(argv[i], "--name") == 0 && i + 1 < argc)
            name = argv[++i];
        else if (strcmp(argv[i], "--predict") == 0 && i + 1 < argc)
            predict_to = argv[++i];
        else if (strcmp(argv[i], "--callgrind") == 0)
            passes = 0;
        else if (strcmp(argv[i], "--wall") == 0)
            clk = CLOCK_MONOTONIC;
        else if (strcmp(argv[i], "--tsv") == 0)
            tsv = 1;
        else if (argv[i][0] != '-')
            dir = argv[i];
        else {
            usage();
            return 2;
        }
    }
    if (passes < 0 || passes > BENCH_MAX_PASSES) {
        fprintf(stderr, "bench: --passes is 1..%d\n", BENCH_MAX_PASSES);
        return 2;
    }
    const stage *chosen = NULL;
    for (size_t i = 0; only != NULL && i < STAGE_COUNT; i++)
        if (strcmp(stages[i].name, only) == 0)
            chosen = &stages[i];
    if (only != NULL && chosen == NULL) {
        usage();
        return 2;
    }

    xmlInitParser();
    size_t generic_errors = 0;
    xmlSetGenericErrorFunc(&generic_errors, count_generic_error);
    corpus c = {NULL, 0};
    if (load_corpus(&c, dir, name) != 0)
        return 1;
    if (predict_to != NULL) {
        int rc = predict(&c, predict_to);
        free_corpus(&c);
        return rc;
    }
    size_t total_bytes = 0;
    for (size_t i = 0; i < c.count; i++)
        total_bytes += c.pages[i].html_len;
    double loaded_rss = peak_rss_mb();
    if (chosen == NULL || chosen->run == stage_from_json || chosen->run == stage_to_json ||
        chosen->run == stage_to_html || chosen->run == stage_jansson_loads ||
        chosen->run == stage_jansson_dumps)
        prepare_inputs(&c);

    if (!tsv) {
        printf("%zu pages, %.1f MB of HTML from %s\n", c.count, (double)total_bytes / 1e6, dir);
        printf("libarticle %s, libxml2 %s, jansson %s; %s time, %s, median of %d\n",
               article_version(), xmlParserVersion, JANSSON_VERSION,
               clk == CLOCK_MONOTONIC ? "wall-clock" : "CPU",
               passes ? "warm-up + passes" : "one pass", passes ? passes : 1);
        printf("peak RSS after loading: %.1f MB\n", loaded_rss);
        printf("%-18s %5s %9s %8s %8s %9s\n", "stage", "pages", "pages/s", "MB/s", "x bare",
               "peakRSS");
    }
    /* "x bare": the stage's time over libxml2_tree's on the same pages. */
    double base = 0;
    int rc = 0;
    for (size_t i = 0; i < STAGE_COUNT; i++) {
        const stage *s = &stages[i];
        if (chosen != NULL && s != chosen)
            continue;
        result r;
        measure(s, &c, passes, clk, &r);
        if (s->run == stage_libxml2_tree && r.pages > 0)
            base = r.seconds;
        report(s, &r, base, tsv, c.count);
        if (chosen != NULL && r.pages == 0)
            rc = 3; /* the one stage asked for is unavailable */
    }
    free_corpus(&c);
    xmlCleanupParser();
    if (generic_errors > 0 && !tsv)
        printf("(libxml2's generic error handler was called %zu times)\n", generic_errors);
    return rc;
}
