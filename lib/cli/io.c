/* Reading inputs (plain or gzip, files or stdin) and writing outputs that
 * appear whole or not at all: a temporary file in the destination's
 * directory, renamed over it once everything is written. rename() within
 * one directory is atomic, so readers never see a partial file. */
#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#define READ_CHUNK (256u * 1024u)

static void set_msg(char *msg, size_t size, const char *what, const char *path, int errnum)
{
    snprintf(msg, size, "%s%s", what, path ? path : "");
    if (errnum) {
        size_t used = strlen(msg);
        snprintf(msg + used, size - used, ": %s", strerror(errnum));
    }
}

int art_cli_read_file(const char *path, size_t limit, char **data, size_t *len, char *msg,
                      size_t msg_size)
{
    int is_stdin = strcmp(path, "-") == 0;
    int fd = is_stdin ? dup(STDIN_FILENO) : open(path, O_RDONLY);
    if (fd < 0) {
        set_msg(msg, msg_size, "cannot open", "", errno);
        return -1;
    }
    struct stat st;
    int have_stat = fstat(fd, &st) == 0;
    if (have_stat && S_ISDIR(st.st_mode)) {
        close(fd);
        snprintf(msg, msg_size, "is a directory");
        return -1;
    }
    if (have_stat && S_ISREG(st.st_mode) && !is_stdin && st.st_size >= 0 &&
        (uintmax_t)st.st_size < SIZE_MAX - 1) {
        int r = art_cli_read_regular(fd, (size_t)st.st_size, limit, data, len, msg, msg_size);
        if (r != 0) {
            close(fd);
            return r > 0 ? 0 : -1;
        }
    }
    /* gzread passes plain files through unchanged, so one path reads both. */
    gzFile gz = gzdopen(fd, "rb");
    if (!gz) {
        close(fd);
        snprintf(msg, msg_size, "out of memory");
        return -1;
    }
    gzbuffer(gz, READ_CHUNK);
    size_t want = limit < SIZE_MAX - 1 ? limit + 1 : limit;
    size_t cap = 0, used = 0;
    char *buf = NULL;
    for (;;) {
        if (cap - used < READ_CHUNK + 1) {
            size_t ncap = cap ? cap * 2 : READ_CHUNK * 4;
            char *nbuf = realloc(buf, ncap);
            if (!nbuf) {
                free(buf);
                gzclose(gz);
                snprintf(msg, msg_size, "out of memory");
                return -1;
            }
            buf = nbuf;
            cap = ncap;
        }
        size_t room = want - used < READ_CHUNK ? want - used : READ_CHUNK;
        if (room == 0)
            break;
        int n = gzread(gz, buf + used, (unsigned)room);
        if (n < 0) {
            int zerr = 0;
            const char *zmsg = gzerror(gz, &zerr);
            if (zerr == Z_ERRNO)
                set_msg(msg, msg_size, "cannot read", "", errno);
            else
                snprintf(msg, msg_size, "cannot decompress: %s", zmsg);
            free(buf);
            gzclose(gz);
            return -1;
        }
        if (n == 0)
            break;
        used += (size_t)n;
    }
    gzclose(gz);
    buf[used] = '\0';
    *data = buf;
    *len = used;
    return 0;
}

/* MARK: - Interruptions
 *
 * A long --jsonl run keeps its temporary file open for minutes; Ctrl-C
 * must not leave it behind. The main thread names it here, and the signal
 * handler removes it (unlink() is async-signal-safe) before dying of the
 * signal as it would have. This is the command's one piece of process
 * state, as signal dispositions are process-wide anyway. Short writes by
 * workers (--out-dir) last microseconds and are not guarded. */

static char guarded_tmp[4096];
static volatile sig_atomic_t guarded;

static void on_fatal_signal(int sig)
{
    if (guarded)
        unlink(guarded_tmp);
    signal(sig, SIG_DFL);
    raise(sig);
}

static void guard(const char *tmp)
{
    static const int signals[] = {SIGINT, SIGTERM, SIGHUP};
    if (strlen(tmp) >= sizeof guarded_tmp)
        return;
    guarded = 0;
    memcpy(guarded_tmp, tmp, strlen(tmp) + 1);
    guarded = 1;
    for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_fatal_signal;
        sigemptyset(&sa.sa_mask);
        sigaction(signals[i], &sa, NULL);
    }
}

static void unguard(const char *tmp)
{
    if (tmp && guarded && strcmp(tmp, guarded_tmp) == 0)
        guarded = 0;
}

/* "dir/name" -> "dir/.name.XXXXXX": hidden, and in the same directory so
 * that rename() does not cross file systems. */
static char *temp_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    size_t dir_len = slash ? (size_t)(slash - path) + 1 : 0;
    const char *base = path + dir_len;
    size_t size = strlen(path) + sizeof ". .XXXXXX";
    char *tmp = malloc(size);
    if (tmp)
        snprintf(tmp, size, "%.*s.%s.XXXXXX", (int)dir_len, path, base);
    return tmp;
}

int art_cli_output_open(art_cli_output *out, const char *path, mode_t mode, int guard_it, char *msg,
                        size_t msg_size)
{
    memset(out, 0, sizeof *out);
    out->guard = guard_it;
    if (!path || strcmp(path, "-") == 0) {
        out->fp = stdout;
        return 0;
    }
    /* A device, a FIFO or /dev/stdout is written in place: renaming a
     * file over it would replace the device itself. */
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
        out->fp = fopen(path, "wb");
        if (!out->fp) {
            set_msg(msg, msg_size, "cannot write ", path, errno);
            return -1;
        }
        out->direct = 1;
        out->path = strdup(path); /* for messages; NULL: "the output" */
        return 0;
    }
    out->path = strdup(path);
    out->tmp = temp_name(path);
    if (!out->path || !out->tmp) {
        art_cli_output_abort(out);
        snprintf(msg, msg_size, "out of memory");
        return -1;
    }
    /* A signal that arrives between creating the file and guarding it
     * would leave the file behind: hold the fatal signals until the
     * handler knows the name, then let any pending one in. */
    sigset_t fatal, before;
    sigemptyset(&fatal);
    sigaddset(&fatal, SIGINT);
    sigaddset(&fatal, SIGTERM);
    sigaddset(&fatal, SIGHUP);
    if (out->guard)
        pthread_sigmask(SIG_BLOCK, &fatal, &before);
    int fd = mkstemp(out->tmp);
    int saved_errno = errno;
    if (fd >= 0 && out->guard)
        guard(out->tmp);
    if (out->guard)
        pthread_sigmask(SIG_SETMASK, &before, NULL);
    if (fd < 0) {
        set_msg(msg, msg_size, "cannot create a file next to ", path, saved_errno);
        free(out->tmp);
        out->tmp = NULL;
        art_cli_output_abort(out);
        return -1;
    }
    /* mkstemp makes 0600; give the file the mode a plain open() would. */
    (void)fchmod(fd, mode);
    out->fp = fdopen(fd, "wb");
    if (!out->fp) {
        set_msg(msg, msg_size, "cannot write ", path, errno);
        close(fd);
        art_cli_output_abort(out);
        return -1;
    }
    return 0;
}

int art_cli_output_commit(art_cli_output *out, char *msg, size_t msg_size)
{
    int failed = fflush(out->fp) != 0 || ferror(out->fp);
    int saved = errno;
    if (!out->tmp) {
        if (out->direct && fclose(out->fp) != 0 && !failed) {
            failed = 1;
            saved = errno;
        }
        out->fp = NULL;
        if (failed)
            set_msg(msg, msg_size, "cannot write ", out->path ? out->path : "the output", saved);
        free(out->path);
        out->path = NULL;
        return failed ? -1 : 0;
    }
    if (fclose(out->fp) != 0 && !failed) {
        failed = 1;
        saved = errno;
    }
    out->fp = NULL;
    unguard(out->tmp);
    if (!failed && rename(out->tmp, out->path) != 0) {
        failed = 1;
        saved = errno;
    }
    if (failed) {
        set_msg(msg, msg_size, "cannot write ", out->path, saved);
        art_cli_output_abort(out);
        return -1;
    }
    free(out->tmp);
    free(out->path);
    out->tmp = NULL;
    out->path = NULL;
    return 0;
}

void art_cli_output_abort(art_cli_output *out)
{
    unguard(out->tmp);
    if (out->tmp || out->direct) {
        if (out->fp)
            fclose(out->fp);
        if (out->tmp)
            unlink(out->tmp);
    }
    out->fp = NULL;
    free(out->tmp);
    free(out->path);
    out->tmp = NULL;
    out->path = NULL;
}

int art_cli_write_file(const char *path, const char *data, size_t len, mode_t mode, char *msg,
                       size_t msg_size)
{
    art_cli_output out;
    if (art_cli_output_open(&out, path, mode, 0, msg, msg_size) != 0)
        return -1;
    if (len && fwrite(data, 1, len, out.fp) != len) {
        set_msg(msg, msg_size, "cannot write ", path, errno);
        art_cli_output_abort(&out);
        return -1;
    }
    return art_cli_output_commit(&out, msg, msg_size);
}

int art_cli_same_file(const char *a, const char *b)
{
    struct stat sa, sb;
    if (!a || !b || strcmp(a, "-") == 0 || strcmp(b, "-") == 0)
        return 0;
    if (stat(a, &sa) != 0 || stat(b, &sb) != 0)
        return 0;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}
