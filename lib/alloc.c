/* Allocators, the document arena, growable buffers and writer output. */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *std_malloc(void *ctx, size_t size)
{
    (void)ctx;
    return malloc(size);
}

static void *std_realloc(void *ctx, void *ptr, size_t size)
{
    (void)ctx;
    return realloc(ptr, size);
}

static void std_free(void *ctx, void *ptr)
{
    (void)ctx;
    free(ptr);
}

void art_allocator_resolve(const article_allocator *in, article_allocator *out)
{
    if (in && in->malloc && in->realloc && in->free) {
        *out = *in;
        return;
    }
    out->malloc = std_malloc;
    out->realloc = std_realloc;
    out->free = std_free;
    out->ctx = NULL;
}

/* MARK: - Arena */

struct art_chunk {
    art_chunk *next;
    size_t size;
};

/* What the arena holds (nodes, vectors, strings) has pointers, sizes,
 * ints and doubles in it, nothing wider: their alignment is enough, and
 * strings need none (art_arena_strndup), which saves 8 to 15 bytes on
 * most nodes and strings of a document. */
typedef union art_widest {
    void *p;
    size_t z;
    long long l;
    double d;
} art_widest;
#define ART_ALIGN ((size_t) _Alignof(art_widest))
#define ART_CHUNK_MIN ((size_t)16 * 1024)
#define ART_CHUNK_HEADER ((sizeof(art_chunk) + ART_ALIGN - 1) & ~(size_t)(ART_ALIGN - 1))

void art_arena_init(art_arena *arena, const article_allocator *alc)
{
    art_allocator_resolve(alc, &arena->alc);
    arena->head = NULL;
    arena->ptr = NULL;
    arena->avail = 0;
}

void art_arena_release(art_arena *arena)
{
    art_chunk *c = arena->head;
    while (c) {
        art_chunk *next = c->next;
        arena->alc.free(arena->alc.ctx, c);
        c = next;
    }
    arena->head = NULL;
    arena->ptr = NULL;
    arena->avail = 0;
}

/* size bytes at a multiple of align (a power of two) from the arena. */
static void *bump(art_arena *arena, size_t size, size_t align)
{
    if (size > SIZE_MAX / 2)
        return NULL;
    size_t pad = (size_t)(-(uintptr_t)arena->ptr) & (align - 1);
    if (size + pad > arena->avail) {
        /* Chunks grow with the document so that big pages need few. */
        size_t want = ART_CHUNK_MIN;
        if (arena->head && arena->head->size < ((size_t)1 << 22))
            want = arena->head->size * 2;
        if (want < size + ART_CHUNK_HEADER)
            want = size + ART_CHUNK_HEADER;
        art_chunk *c = arena->alc.malloc(arena->alc.ctx, want);
        if (!c)
            return NULL;
        c->size = want;
        c->next = arena->head;
        arena->head = c;
        arena->ptr = (char *)c + ART_CHUNK_HEADER; /* aligned: malloc's, then the header */
        arena->avail = want - ART_CHUNK_HEADER;
        pad = 0;
    }
    void *p = arena->ptr + pad;
    arena->ptr += pad + size;
    arena->avail -= pad + size;
    return p;
}

void *art_arena_alloc(art_arena *arena, size_t size)
{
    return bump(arena, size ? size : 1, ART_ALIGN);
}

char *art_arena_strndup(art_arena *arena, const char *s, size_t len)
{
    if (len == SIZE_MAX)
        return NULL;
    char *p = bump(arena, len + 1, 1);
    if (!p)
        return NULL;
    if (len)
        memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

int art_vec_push(art_arena *arena, art_vec *vec, size_t elem, const void *item)
{
    if (vec->count == vec->cap) {
        size_t cap = vec->cap ? vec->cap * 2 : 4;
        void *items = art_arena_alloc(arena, cap * elem);
        if (!items)
            return -1;
        if (vec->count)
            memcpy(items, vec->items, vec->count * elem);
        vec->items = items;
        vec->cap = cap;
    }
    memcpy((char *)vec->items + vec->count * elem, item, elem);
    vec->count++;
    return 0;
}

/* MARK: - Buffers */

void art_buf_init(art_buf *buf, const article_allocator *alc)
{
    buf->data = NULL;
    buf->len = 0;
    buf->cap = 0;
    buf->alc = alc;
    buf->failed = 0;
}

void art_buf_free(art_buf *buf)
{
    if (buf->data)
        buf->alc->free(buf->alc->ctx, buf->data);
    buf->data = NULL;
    buf->len = buf->cap = 0;
}

int art_buf_reserve(art_buf *buf, size_t extra)
{
    if (buf->failed)
        return -1;
    if (extra > SIZE_MAX / 4 - buf->len) {
        buf->failed = 1;
        return -1;
    }
    size_t need = buf->len + extra + 1;
    if (need <= buf->cap)
        return 0;
    size_t cap = buf->cap ? buf->cap : 256;
    while (cap < need)
        cap *= 2;
    char *data = buf->alc->realloc(buf->alc->ctx, buf->data, cap);
    if (!data) {
        buf->failed = 1;
        return -1;
    }
    buf->data = data;
    buf->cap = cap;
    return 0;
}

void art_buf_put_grow(art_buf *buf, const char *s, size_t len)
{
    if (len == 0 || art_buf_reserve(buf, len))
        return;
    memcpy(buf->data + buf->len, s, len);
    buf->len += len;
    buf->data[buf->len] = '\0';
}

void art_buf_puts(art_buf *buf, const char *s)
{
    art_buf_put(buf, s, strlen(s));
}

void art_buf_printf(art_buf *buf, const char *fmt, ...)
{
    char small[128];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n < sizeof small) {
        art_buf_put(buf, small, (size_t)n);
        return;
    }
    if (art_buf_reserve(buf, (size_t)n))
        return;
    va_start(ap, fmt);
    vsnprintf(buf->data + buf->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    buf->len += (size_t)n;
}

char *art_buf_detach(art_buf *buf, size_t *len)
{
    if (buf->failed)
        return NULL;
    if (art_buf_reserve(buf, 0))
        return NULL;
    if (!buf->data) {
        if (art_buf_reserve(buf, 1))
            return NULL;
        buf->data[0] = '\0';
    }
    char *data = buf->data;
    if (len)
        *len = buf->len;
    buf->data = NULL;
    buf->len = buf->cap = 0;
    return data;
}

/* MARK: - Writer output */

#define ART_FLUSH_AT ((size_t)64 * 1024)

void art_out_init(art_out *out, const article_allocator *alc, article_sink sink, void *ctx)
{
    art_buf_init(&out->buf, alc);
    out->sink = sink;
    out->ctx = ctx;
    out->sink_failed = 0;
}

static void out_flush(art_out *out)
{
    if (out->buf.len && !out->sink_failed && !out->buf.failed) {
        if (out->sink(out->ctx, out->buf.data, out->buf.len) != 0)
            out->sink_failed = 1;
    }
    out->buf.len = 0;
}

void art_out_maybe_flush(art_out *out)
{
    if (out->buf.len >= ART_FLUSH_AT)
        out_flush(out);
}

article_status art_out_finish(art_out *out, article_error *err)
{
    out_flush(out);
    int failed = out->buf.failed;
    art_buf_free(&out->buf);
    if (failed)
        return art_error_set(err, ARTICLE_ERR_NOMEM, "out of memory while writing");
    if (out->sink_failed)
        return art_error_set(err, ARTICLE_ERR_IO, "the output sink refused data");
    return ARTICLE_OK;
}

/* A buffer returned to the caller starts after this header. */
typedef union art_buffer_header {
    article_allocator alc;
    max_align_t align;
} art_buffer_header;

char *art_detached_buffer(const article_allocator *alc, const char *data, size_t len)
{
    article_allocator a;
    art_allocator_resolve(alc, &a);
    if (len > SIZE_MAX - sizeof(art_buffer_header) - 1)
        return NULL;
    art_buffer_header *h = a.malloc(a.ctx, sizeof *h + len + 1);
    if (!h)
        return NULL;
    h->alc = a;
    char *p = (char *)(h + 1);
    if (len)
        memcpy(p, data, len);
    p[len] = '\0';
    return p;
}

void article_free(char *buffer)
{
    if (!buffer)
        return;
    art_buffer_header *h = (art_buffer_header *)(void *)buffer - 1;
    article_allocator a = h->alc;
    a.free(a.ctx, h);
}

/* Collects sink output in a buffer whose header is filled at the end. */
typedef struct collect_ctx {
    art_buf buf;
} collect_ctx;

static int collect_sink(void *ctx, const char *data, size_t len)
{
    collect_ctx *c = ctx;
    if (c->buf.len == 0 && !c->buf.data) {
        /* Room for the header up front, so the result needs no copy. */
        if (art_buf_reserve(&c->buf, sizeof(art_buffer_header)))
            return -1;
        c->buf.len = sizeof(art_buffer_header);
    }
    art_buf_put(&c->buf, data, len);
    return c->buf.failed ? -1 : 0;
}

char *art_write_to_buffer(art_writer_fn fn, const article_doc *doc, const article_options *opts,
                          size_t *len, article_error *err)
{
    article_allocator a;
    art_allocator_resolve(opts ? opts->allocator : NULL, &a);
    collect_ctx c;
    art_buf_init(&c.buf, &a);
    article_status st = fn(doc, collect_sink, &c, opts, err);
    if (st == ARTICLE_OK && !c.buf.data)
        collect_sink(&c, "", 0);
    /* A refusal of our own sink means the buffer could not grow: that is
     * out of memory, not the I/O error the writer saw. */
    if (c.buf.failed || (st == ARTICLE_OK && art_buf_reserve(&c.buf, 1)))
        st = art_error_set(err, ARTICLE_ERR_NOMEM, "out of memory while writing");
    if (st != ARTICLE_OK) {
        art_buf_free(&c.buf);
        return NULL;
    }
    art_buffer_header *h = (art_buffer_header *)(void *)c.buf.data;
    h->alc = a;
    char *p = (char *)(h + 1);
    size_t n = c.buf.len - sizeof *h;
    p[n] = '\0';
    if (len)
        *len = n;
    return p;
}
