/* A regular file read in one piece: plain pages into a buffer of their
 * size, gzip ones decompressed by libdeflate (when built with it) into the
 * size their trailer states. Every case it is not sure of (a file that
 * grew, a gzip page of several members, with trailing bytes, damaged, or
 * larger than the limit) goes back to io.c's streaming read through zlib,
 * which then gives the same bytes or the same error as it always did. */
#include "cli.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifdef ARTICLE_HAVE_LIBDEFLATE
#include <libdeflate.h>
#endif

/* Up to `want` bytes from fd into buf; the count, or -1 with errno. */
static ssize_t read_full(int fd, char *buf, size_t want)
{
    size_t got = 0;
    while (got < want) {
        ssize_t n = read(fd, buf + got, want - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        got += (size_t)n;
    }
    return (ssize_t)got;
}

/* Back to the start for the streaming read: 0, or -1 with msg set. */
static int rewind_fd(int fd, char *msg, size_t msg_size)
{
    if (lseek(fd, 0, SEEK_SET) == 0)
        return 0;
    snprintf(msg, msg_size, "cannot read: %s", strerror(errno));
    return -1;
}

#ifdef ARTICLE_HAVE_LIBDEFLATE
/* One gzip member filling all of in[0..n) into a new buffer; NULL to fall
 * back. zlib inflates at about half libdeflate's speed here, a tenth of a
 * batch's time (tests/bench/README.md). */
static char *gunzip_whole(const char *in, size_t n, size_t want, size_t *len)
{
    if (n < 18)
        return NULL;
    const unsigned char *t = (const unsigned char *)in + n - 4;
    /* ISIZE: the size modulo 2^32; a wrong one only means falling back. */
    size_t size = (size_t)t[0] | (size_t)t[1] << 8 | (size_t)t[2] << 16 | (size_t)t[3] << 24;
    if (size > want)
        size = want;
    char *out = malloc(size + 1);
    struct libdeflate_decompressor *d = out ? libdeflate_alloc_decompressor() : NULL;
    size_t used = 0, got = 0;
    enum libdeflate_result r = LIBDEFLATE_BAD_DATA;
    if (d)
        r = libdeflate_gzip_decompress_ex(d, in, n, out, size, &used, &got);
    libdeflate_free_decompressor(d);
    if (r != LIBDEFLATE_SUCCESS || used != n || got >= want) {
        free(out);
        return NULL;
    }
    out[got] = '\0';
    *len = got;
    return out;
}
#endif

int art_cli_read_regular(int fd, size_t size, size_t limit, char **data, size_t *len, char *msg,
                         size_t msg_size)
{
    /* As the streaming read: at most limit + 1 bytes of page. */
    size_t want = limit < SIZE_MAX - 1 ? limit + 1 : limit;
    size_t cap = size < want ? size : want;
    char *buf = malloc(cap + 1);
    if (!buf)
        return 0;
    ssize_t n = read_full(fd, buf, cap);
    char probe;
    /* A file that is not the size fstat gave (it grew, or /proc) streams. */
    if (n < 0 || (size_t)n != cap || (cap == size && read_full(fd, &probe, 1) != 0)) {
        free(buf);
        if (n < 0) {
            snprintf(msg, msg_size, "cannot read: %s", strerror(errno));
            return -1;
        }
        return rewind_fd(fd, msg, msg_size);
    }
    int gzip = cap >= 2 && (unsigned char)buf[0] == 0x1f && (unsigned char)buf[1] == 0x8b;
    if (!gzip) {
        buf[cap] = '\0';
        *data = buf;
        *len = cap;
        return 1;
    }
#ifdef ARTICLE_HAVE_LIBDEFLATE
    char *out = cap == size ? gunzip_whole(buf, cap, want, len) : NULL;
    free(buf);
    if (out) {
        *data = out;
        return 1;
    }
#else
    free(buf);
#endif
    return rewind_fd(fd, msg, msg_size);
}
