/* Separate documents on separate threads (README, "Thread safety"): 8
 * threads read and write different zyte corpus pages at the same time,
 * and each thread's output must equal a serial run's, byte for byte.
 * Built normally under ctest, and with -fsanitize=thread by
 * scripts/ci-hardening.sh, where TSan checks that nothing is shared
 * (libxml2's one-time setup included). */
#include <article/article.h>

#include <dirent.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#define THREADS 8
/* Enough pages that every thread works on a different one at any time. */
#define MAX_PAGES 16
/* ctest's code for "skipped" (SKIP_RETURN_CODE in tests/threads.cmake). */
#define SKIP 77

typedef struct page {
    char *name;
    char *html;
    size_t len;
    /* The serial run's outputs. */
    char *json;
    char *text;
    char *markdown;
    char *html_out;
} page;

typedef struct worker {
    const page *pages;
    size_t count;
    size_t first;
    pthread_barrier_t *start;
    int failures;
    char what[256];
} worker;

/* Reads a gzip file whole (NUL-terminated); NULL on any error. */
static char *gunzip_file(const char *path, size_t *len)
{
    gzFile f = gzopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = (size_t)1 << 18, n = 0;
    char *data = malloc(cap);
    while (data) {
        int got = gzread(f, data + n, (unsigned)(cap - n - 1));
        if (got < 0) {
            free(data);
            data = NULL;
            break;
        }
        n += (size_t)got;
        if (got == 0)
            break;
        if (n + 1 == cap) {
            char *bigger = realloc(data, cap *= 2);
            if (!bigger)
                free(data);
            data = bigger;
        }
    }
    gzclose(f);
    if (data) {
        data[n] = '\0';
        *len = n;
    }
    return data;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The first MAX_PAGES pages of the corpus, by name, so runs are stable. */
static size_t load_pages(const char *dir, page *pages)
{
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    char *names[512];
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL && n < sizeof names / sizeof names[0]) {
        size_t l = strlen(e->d_name);
        if (l > 8 && strcmp(e->d_name + l - 8, ".html.gz") == 0)
            names[n++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof names[0], by_name);
    size_t count = 0;
    for (size_t i = 0; i < n; i++) {
        if (count < MAX_PAGES) {
            char path[4096];
            snprintf(path, sizeof path, "%s/%s", dir, names[i]);
            page *p = &pages[count];
            memset(p, 0, sizeof *p);
            p->html = gunzip_file(path, &p->len);
            if (p->html) {
                p->name = names[i];
                count++;
                continue;
            }
        }
        free(names[i]);
    }
    return count;
}

/* What one page gives: every writer's output, and the JSON read back
 * (which exercises the JSON reader on the same threads). Returns 0 or
 * fills `what`. */
static int convert(const page *p, char **json, char **text, char **markdown, char **html,
                   char *what, size_t what_size)
{
    article_error err;
    *json = *text = *markdown = *html = NULL;
    article_doc *doc = article_from_html(p->html, p->len, NULL, &err);
    if (!doc) {
        snprintf(what, what_size, "%s: from_html: %s", p->name, err.message);
        return -1;
    }
    *json = article_to_json(doc, NULL, NULL, &err);
    *text = article_to_text(doc, NULL, NULL, &err);
    *markdown = article_to_markdown(doc, NULL, NULL, &err);
    *html = article_to_html(doc, NULL, NULL, &err);
    article_doc_free(doc);
    if (!*json || !*text || !*markdown || !*html) {
        snprintf(what, what_size, "%s: a writer failed: %s", p->name, err.message);
        return -1;
    }
    article_doc *again = article_from_json(*json, strlen(*json), NULL, &err);
    char *json2 = again ? article_to_json(again, NULL, NULL, &err) : NULL;
    int same = json2 && strcmp(json2, *json) == 0;
    article_free(json2);
    article_doc_free(again);
    if (!same) {
        snprintf(what, what_size, "%s: JSON does not read back: %s", p->name, err.message);
        return -1;
    }
    return 0;
}

static int same(const char *a, const char *b)
{
    return a && b && strcmp(a, b) == 0;
}

static void *work(void *arg)
{
    worker *w = arg;
    /* All threads start together, so their parses overlap. */
    pthread_barrier_wait(w->start);
    /* Each thread walks all pages from its own starting point: at any
     * moment the threads hold different documents. */
    for (size_t k = 0; k < w->count; k++) {
        const page *p = &w->pages[(w->first + k) % w->count];
        char *json, *text, *markdown, *html;
        char what[256];
        if (convert(p, &json, &text, &markdown, &html, what, sizeof what) != 0) {
            w->failures++;
            snprintf(w->what, sizeof w->what, "%s", what);
        } else if (!same(json, p->json) || !same(text, p->text) || !same(markdown, p->markdown) ||
                   !same(html, p->html_out)) {
            w->failures++;
            snprintf(w->what, sizeof w->what, "%s: output differs from the serial run", p->name);
        }
        article_free(json);
        article_free(text);
        article_free(markdown);
        article_free(html);
    }
    return NULL;
}

int main(void)
{
    static page pages[MAX_PAGES];
    size_t count = load_pages(ARTICLE_CORPUS_DIR "/zyte/html", pages);
    if (count == 0) {
        printf("test_threads: no corpus pages in %s, skipped\n", ARTICLE_CORPUS_DIR "/zyte/html");
        return SKIP;
    }

    int failed = 0, passed = 0;
    for (size_t i = 0; i < count; i++) {
        page *p = &pages[i];
        char what[256];
        if (convert(p, &p->json, &p->text, &p->markdown, &p->html_out, what, sizeof what) != 0) {
            fprintf(stderr, "serial: %s\n", what);
            failed++;
        }
    }

    pthread_barrier_t start;
    pthread_barrier_init(&start, NULL, THREADS);
    pthread_t tids[THREADS];
    worker workers[THREADS];
    for (size_t t = 0; t < THREADS; t++) {
        workers[t] =
            (worker){.pages = pages, .count = count, .first = t * count / THREADS, .start = &start};
        if (pthread_create(&tids[t], NULL, work, &workers[t]) != 0) {
            fprintf(stderr, "pthread_create failed\n");
            return EXIT_FAILURE;
        }
    }
    for (size_t t = 0; t < THREADS; t++) {
        pthread_join(tids[t], NULL);
        if (workers[t].failures) {
            fprintf(stderr, "thread %zu: %d failures, last: %s\n", t, workers[t].failures,
                    workers[t].what);
            failed++;
        } else {
            passed++;
        }
    }
    pthread_barrier_destroy(&start);

    for (size_t i = 0; i < count; i++) {
        free(pages[i].name);
        free(pages[i].html);
        article_free(pages[i].json);
        article_free(pages[i].text);
        article_free(pages[i].markdown);
        article_free(pages[i].html_out);
    }
    printf("test_threads: %zu pages x %d threads: %d passed, %d failed\n", count, THREADS, passed,
           failed);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
