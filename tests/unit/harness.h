/* A tiny test harness: checks count, failures print file:line and go on.
 * Each test program ends with harness_done(), which prints the closing line
 * "N passed, N failed" and returns the exit status. */
#ifndef ARTICLE_TEST_HARNESS_H
#define ARTICLE_TEST_HARNESS_H

#include <article/article.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int harness_passed, harness_failed;

#define OK(cond, ...)                                                                              \
    do {                                                                                           \
        if (cond) {                                                                                \
            harness_passed++;                                                                      \
        } else {                                                                                   \
            harness_failed++;                                                                      \
            fprintf(stderr, "%s:%d: FAILED: %s: ", __FILE__, __LINE__, #cond);                     \
            fprintf(stderr, __VA_ARGS__);                                                          \
            fputc('\n', stderr);                                                                   \
        }                                                                                          \
    } while (0)

#define INT_EQ(got, want)                                                                          \
    do {                                                                                           \
        long long g_ = (long long)(got), w_ = (long long)(want);                                   \
        OK(g_ == w_, "got %lld, want %lld", g_, w_);                                               \
    } while (0)

#define STR_EQ(got, want)                                                                          \
    do {                                                                                           \
        const char *g_ = (got), *w_ = (want);                                                      \
        OK(g_ &&w_ &&strcmp(g_, w_) == 0, "got \"%s\", want \"%s\"", g_ ? g_ : "(null)",           \
           w_ ? w_ : "(null)");                                                                    \
    } while (0)

static inline int harness_done(const char *name)
{
    printf("%s: %d passed, %d failed\n", name, harness_passed, harness_failed);
    return harness_failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

/* Reads a whole file (NUL-terminated) into malloc'd memory, or NULL. */
static inline char *harness_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *data = malloc(cap);
    while (data) {
        size_t got = fread(data + n, 1, cap - n - 1, f);
        n += got;
        if (n + 1 < cap)
            break;
        char *bigger = realloc(data, cap *= 2);
        if (!bigger) {
            free(data);
            data = NULL;
        }
        data = bigger;
    }
    fclose(f);
    if (data) {
        data[n] = '\0';
        if (len)
            *len = n;
    }
    return data;
}

/* MARK: - A counting allocator that can fail the N-th allocation */

/* For the allocation-failure tests: counts what is handed out and freed,
 * so a test can see that a failed call leaked nothing. */
typedef struct harness_alloc {
    size_t fail_at; /* fail the attempt with this number (1-based); 0: never */
    size_t calls;   /* allocation attempts */
    size_t allocs;  /* successful malloc, and realloc of NULL */
    size_t frees;   /* free of a non-NULL pointer */
} harness_alloc;

static inline void *harness_malloc(void *ctx, size_t size)
{
    harness_alloc *a = ctx;
    if (++a->calls == a->fail_at)
        return NULL;
    void *p = malloc(size);
    if (p)
        a->allocs++;
    return p;
}

static inline void *harness_realloc(void *ctx, void *ptr, size_t size)
{
    harness_alloc *a = ctx;
    if (++a->calls == a->fail_at)
        return NULL;
    void *p = realloc(ptr, size);
    if (p && !ptr)
        a->allocs++;
    return p;
}

static inline void harness_free(void *ctx, void *ptr)
{
    harness_alloc *a = ctx;
    if (ptr)
        a->frees++;
    free(ptr);
}

/* Resets the counts of `a` and returns an allocator over it that fails
 * attempt number `fail_at` (0: never). */
static inline article_allocator harness_allocator(harness_alloc *a, size_t fail_at)
{
    memset(a, 0, sizeof *a);
    a->fail_at = fail_at;
    article_allocator alc = {harness_malloc, harness_realloc, harness_free, a};
    return alc;
}

/* Blocks allocated and not yet freed. */
static inline size_t harness_live(const harness_alloc *a)
{
    return a->allocs - a->frees;
}

#endif
