/* A per-thread page arena for batches: every allocation of one page, the
 * library's (through article_options.allocator) and libxml2's (through
 * xmlMemSetup), is a bump in one region, and the whole page is given back
 * at once when its output is written. malloc, free and xmlFreeDoc's walk
 * of frees were about a fifth of a batch's instructions.
 *
 * xmlMemSetup is process-wide, which is why only the command (which owns
 * its process) may do this, never the library. The hooks send an
 * allocation to the arena only while the calling thread has one active,
 * and to malloc otherwise; free and realloc tell the two apart by the
 * address (the arena is one reserved region per thread), so memory that
 * libxml2 allocated before or after a page (its global and per-thread
 * state) keeps working with malloc. Nothing of a page may outlive it:
 * libxml2's per-thread last error is reset before the arena is, and the
 * batch copies each page's output line out with malloc.
 *
 * With AddressSanitizer the arena stays off, so that leaks and overflows
 * in the library are still found by the tests that run batches. */
#define _DEFAULT_SOURCE 1 /* MAP_ANONYMOUS, MAP_NORESERVE, madvise */
#include "cli.h"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#if defined(__SANITIZE_ADDRESS__)
#define ART_CLI_NO_ARENA 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer)
#define ART_CLI_NO_ARENA 1
#endif
#endif

#if !defined(MAP_ANONYMOUS) && defined(MAP_ANON)
#define MAP_ANONYMOUS MAP_ANON
#endif
#ifndef MAP_NORESERVE
#define MAP_NORESERVE 0
#endif

/* Address space reserved per worker thread; pages are only backed when
 * touched. A page that fills it goes on with malloc. */
#define ARENA_RESERVE ((size_t)256 << 20)
/* After a page, what the arena touched beyond this is given back to the
 * system, so that one big page does not keep its memory for the batch. */
#define ARENA_KEEP ((size_t)16 << 20)
/* A page allocates about 25 times its size while it is read (libxml2's
 * tree, its buffers, the model, the output), none of it reused in an
 * arena: bigger pages than this go to malloc, which reuses what is freed. */
#define ARENA_PAGE_MAX ((size_t)2 << 20)
/* Blocks are aligned as malloc's are; each has its size in the 8 bytes
 * before it (realloc copies that much). */
#define ARENA_ALIGN ((size_t)16)
#define ARENA_HEADER ((size_t)8)

struct art_cli_arena {
    char *base;
    size_t top;  /* offset of the next block */
    size_t last; /* offset of the last block, which realloc may grow in place */
    size_t peak; /* the highest top since the memory was last given back */
    int active;
    article_allocator alc;
};

#ifndef ART_CLI_NO_ARENA

/* The calling thread's arena (active or not): set by art_cli_arena_open. */
static _Thread_local art_cli_arena *thread_arena;

static int in_arena(const art_cli_arena *a, const void *p)
{
    uintptr_t u = (uintptr_t)p, b = (uintptr_t)a->base;
    return u >= b && u - b < ARENA_RESERVE;
}

static size_t block_size(const void *p)
{
    size_t size;
    memcpy(&size, (const char *)p - ARENA_HEADER, sizeof size);
    return size;
}

/* size bytes from the arena, or NULL when it is full. */
static void *bump(art_cli_arena *a, size_t size)
{
    if (size > ARENA_RESERVE)
        return NULL;
    size_t span = (size + ARENA_HEADER + ARENA_ALIGN - 1) & ~(ARENA_ALIGN - 1);
    if (span > ARENA_RESERVE - a->top)
        return NULL;
    char *p = a->base + a->top;
    memcpy(p - ARENA_HEADER, &size, sizeof size);
    a->last = a->top;
    a->top += span;
    return p;
}

static void *arena_malloc(art_cli_arena *a, size_t size)
{
    void *p = bump(a, size);
    return p ? p : malloc(size);
}

static void *arena_realloc(art_cli_arena *a, void *p, size_t size)
{
    if (!p)
        return arena_malloc(a, size);
    if (!in_arena(a, p))
        return realloc(p, size);
    size_t old = block_size(p);
    if (size <= old)
        return p;
    size_t at = (size_t)((char *)p - a->base);
    if (at == a->last) {
        /* The last block grows where it is: a growing buffer costs no copy. */
        size_t span = (size + ARENA_HEADER + ARENA_ALIGN - 1) & ~(ARENA_ALIGN - 1);
        if (size <= ARENA_RESERVE && span <= ARENA_RESERVE - at) {
            memcpy((char *)p - ARENA_HEADER, &size, sizeof size);
            a->top = at + span;
            return p;
        }
    }
    void *q = arena_malloc(a, size);
    if (q)
        memcpy(q, p, old);
    return q;
}

/* MARK: - libxml2's hooks (the calling thread's arena while it is active) */

static void *xml_malloc(size_t size)
{
    art_cli_arena *a = thread_arena;
    return a && a->active ? arena_malloc(a, size) : malloc(size);
}

static void *xml_realloc(void *p, size_t size)
{
    art_cli_arena *a = thread_arena;
    if (a && a->active)
        return arena_realloc(a, p, size);
    if (p && a && in_arena(a, p)) {
        /* Not expected (nothing of a page outlives it), but safe. */
        void *q = malloc(size);
        if (q)
            memcpy(q, p, block_size(p) < size ? block_size(p) : size);
        return q;
    }
    return realloc(p, size);
}

static void xml_free(void *p)
{
    art_cli_arena *a = thread_arena;
    if (a && in_arena(a, p))
        return;
    free(p);
}

static char *xml_strdup(const char *s)
{
    size_t len = strlen(s);
    char *p = xml_malloc(len + 1);
    if (p)
        memcpy(p, s, len + 1);
    return p;
}

/* MARK: - The library's allocator (this arena, whatever thread) */

static void *alc_malloc(void *ctx, size_t size)
{
    return arena_malloc(ctx, size);
}

static void *alc_realloc(void *ctx, void *p, size_t size)
{
    return arena_realloc(ctx, p, size);
}

static void alc_free(void *ctx, void *p)
{
    if (p && !in_arena(ctx, p))
        free(p);
}

#endif /* !ART_CLI_NO_ARENA */

void art_cli_arena_setup(void)
{
#ifndef ART_CLI_NO_ARENA
    /* Before any thread: libxml2 copies nothing of these per thread, but
     * its global state must be made with malloc, outside any arena. */
    xmlMemSetup(xml_free, xml_malloc, xml_realloc, xml_strdup);
#endif
    xmlInitParser();
}

art_cli_arena *art_cli_arena_open(void)
{
#ifdef ART_CLI_NO_ARENA
    return NULL;
#else
    art_cli_arena *a = calloc(1, sizeof *a);
    if (!a)
        return NULL;
    void *base = mmap(NULL, ARENA_RESERVE, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (base == MAP_FAILED) {
        free(a);
        return NULL;
    }
    a->base = base;
    a->top = a->last = a->peak = ARENA_ALIGN;
    a->alc.malloc = alc_malloc;
    a->alc.realloc = alc_realloc;
    a->alc.free = alc_free;
    a->alc.ctx = a;
    /* libxml2 makes its per-thread state on first use: with malloc, here. */
    xmlResetLastError();
    thread_arena = a;
    return a;
#endif
}

const article_allocator *art_cli_arena_begin(art_cli_arena *a, size_t input_len)
{
#ifdef ART_CLI_NO_ARENA
    (void)input_len;
#else
    if (input_len > ARENA_PAGE_MAX)
        return NULL;
#endif
    if (!a)
        return NULL;
    a->active = 1;
    return &a->alc;
}

void art_cli_arena_end(art_cli_arena *a)
{
#ifndef ART_CLI_NO_ARENA
    if (!a)
        return;
    /* The last parse error's message is libxml2's per-thread state: it
     * must not point into the page's memory once that is reused. */
    xmlResetLastError();
    a->active = 0;
    if (a->top > a->peak)
        a->peak = a->top;
    if (a->peak > ARENA_KEEP) {
#ifdef MADV_DONTNEED
        madvise(a->base + ARENA_KEEP, a->peak - ARENA_KEEP, MADV_DONTNEED);
#endif
        a->peak = ARENA_KEEP;
    }
    a->top = a->last = ARENA_ALIGN;
#else
    (void)a;
#endif
}

void art_cli_arena_close(art_cli_arena *a)
{
#ifndef ART_CLI_NO_ARENA
    if (!a)
        return;
    art_cli_arena_end(a);
    thread_arena = NULL;
    munmap(a->base, ARENA_RESERVE);
    free(a);
#else
    (void)a;
#endif
}
