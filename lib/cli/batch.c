/* Batches: many inputs, -j N worker threads, results in input order.
 *
 * Workers take the next input index under a lock, read and convert it on
 * their own (each parses its own documents, which the library allows), and
 * leave the result in that input's slot. The main thread alone writes:
 * it waits for slot 0, 1, 2... in turn, so the output keeps the input order
 * whatever order the pages finish in. Workers run at most `window` inputs
 * ahead of the writer, which bounds the memory held by finished pages. */
#include "cli.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* The outcome of one input, handed from a worker to the writer. */
typedef struct slot {
    char *line; /* --jsonl: the whole line, newline included */
    size_t len;
    char *error; /* "FILE:LINE:COL: message" for stderr (NULL: out of memory) */
    int failed;
    int done;
} slot;

typedef struct batch {
    const art_cli_job *job;
    article_options opts; /* the job's, made compact for --jsonl */
    slot *slots;
    size_t next;    /* next input a worker takes */
    size_t written; /* inputs the writer is done with */
    size_t window;
    int stop; /* the writer failed: workers quit */
    pthread_mutex_t lock;
    pthread_cond_t room;  /* signalled when the writer frees a place */
    pthread_cond_t ready; /* signalled when a worker fills a slot */
} batch;

/* MARK: - Workers */

/* DIR/<name>.<ext>, where <name> is the input's file name without .gz and
 * without its .html, .htm or .json extension. */
static char *out_path(const char *dir, const char *input, art_cli_format to)
{
    const char *slash = strrchr(input, '/');
    const char *base = slash ? slash + 1 : input;
    if (strcmp(input, "-") == 0)
        base = "stdin";
    size_t len = strlen(base);
    static const char *const strip[] = {".gz", ".html", ".htm", ".xhtml", ".json"};
    for (size_t i = 0; i < sizeof strip / sizeof strip[0]; i++) {
        size_t n = strlen(strip[i]);
        if (len > n && memcmp(base + len - n, strip[i], n) == 0) {
            len -= n;
            if (i == 0)
                continue; /* .gz, then the format's own extension */
            break;
        }
    }
    const char *ext = art_cli_format_extension(to);
    size_t size = strlen(dir) + len + strlen(ext) + 3;
    char *path = malloc(size);
    if (path)
        snprintf(path, size, "%s/%.*s.%s", dir, (int)len, base, ext);
    return path;
}

static char *dup_message(const char *file, const char *msg)
{
    size_t size = strlen(file) + strlen(msg) + 3;
    char *s = malloc(size);
    if (s)
        snprintf(s, size, "%s: %s", file, msg);
    return s;
}

/* Converts one input; fills `out` (everything but `done`). All the page's
 * memory but `out`'s is in `arena` (when there is one), given back at the end. */
static void process(const batch *b, size_t index, slot *out, art_cli_arena *arena)
{
    const art_cli_job *job = b->job;
    const char *path = job->files[index];
    art_cli_format from = job->from;
    if (from == ART_CLI_FORMAT_NONE)
        from = strcmp(path, "-") == 0 ? ART_CLI_FORMAT_HTML : art_cli_format_of_path(path);
    size_t limit = b->opts.max_input_size ? b->opts.max_input_size : ARTICLE_DEFAULT_MAX_INPUT;

    char msg[ART_CLI_MESSAGE_LENGTH];
    char *data = NULL, *result = NULL;
    size_t len = 0, result_len = 0;
    article_error err;
    int from_library = 0; /* the message is err's, with a position */
    int skipped = 0;      /* --type or --min-confidence left the page out */
    msg[0] = '\0';
    const article_allocator *page_alc = NULL;
    if (art_cli_read_file(path, limit, &data, &len, msg, sizeof msg) == 0) {
        article_options opts = b->opts;
        page_alc = art_cli_arena_begin(arena, len);
        if (page_alc)
            opts.allocator = page_alc;
        result = art_cli_convert_kept(data, len, from, job->to, &opts, &job->filter, &skipped,
                                      &result_len, &err);
        free(data);
        if (!result && !skipped) {
            art_cli_format_error(msg, sizeof msg, NULL, &err);
            from_library = 1;
        }
    }
    if (result && job->out_dir) {
        char *dest = out_path(job->out_dir, path, job->to);
        if (!dest)
            snprintf(msg, sizeof msg, "out of memory");
        else if (art_cli_same_file(dest, path))
            snprintf(msg, sizeof msg, "refusing to overwrite the input with %s", dest);
        else if (art_cli_write_file(dest, result, result_len, job->file_mode, msg, sizeof msg) == 0)
            msg[0] = '\0';
        free(dest);
    }

    int failed = (!result && !skipped) || msg[0];
    if (skipped && !failed) {
        /* No output, and not an error: an empty line-less slot. */
        out->line = job->jsonl ? strdup("") : NULL;
        out->len = 0;
        out->failed = job->jsonl && !out->line;
        if (out->failed)
            out->error = dup_message(path, "out of memory");
        if (page_alc)
            art_cli_arena_end(arena);
        return;
    }
    if (job->jsonl) {
        out->line = art_cli_jsonl_line(path, failed ? NULL : result, result_len,
                                       failed ? msg : NULL, &out->len);
        if (!out->line && !failed) {
            failed = 1;
            snprintf(msg, sizeof msg, "out of memory");
        }
    }
    out->failed = failed;
    if (failed && from_library) {
        /* "FILE:LINE:COL: ...", the same as a single conversion prints. */
        char line[ART_CLI_MESSAGE_LENGTH + 256];
        art_cli_format_error(line, sizeof line, path, &err);
        out->error = strdup(line);
    } else if (failed) {
        out->error = dup_message(path, msg[0] ? msg : "failed");
    }
    article_free(result);
    if (page_alc)
        art_cli_arena_end(arena);
}

static void *worker(void *arg)
{
    batch *b = arg;
    size_t count = b->job->file_count;
    art_cli_arena *arena = art_cli_arena_open();
    pthread_mutex_lock(&b->lock);
    for (;;) {
        while (!b->stop && b->next < count && b->next >= b->written + b->window)
            pthread_cond_wait(&b->room, &b->lock);
        if (b->stop || b->next >= count)
            break;
        size_t index = b->next++;
        pthread_mutex_unlock(&b->lock);

        slot result = {NULL, 0, NULL, 0, 0};
        process(b, index, &result, arena);

        pthread_mutex_lock(&b->lock);
        b->slots[index] = result;
        b->slots[index].done = 1;
        pthread_cond_broadcast(&b->ready);
    }
    pthread_mutex_unlock(&b->lock);
    art_cli_arena_close(arena);
    return NULL;
}

static int compare_paths(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Two inputs named alike (a/x.html, b/x.html) would write one file, the
 * second silently replacing the first: refuse that before any work. */
static int check_out_names(const art_cli_job *job)
{
    size_t count = job->file_count;
    char **names = calloc(count, sizeof *names);
    int rc = names ? 0 : -1;
    for (size_t i = 0; rc == 0 && i < count; i++)
        if (!(names[i] = out_path(job->out_dir, job->files[i], job->to)))
            rc = -1;
    if (rc != 0) {
        fputs("article: out of memory\n", stderr);
        rc = ART_CLI_EXIT_INPUT;
    } else {
        qsort(names, count, sizeof *names, compare_paths);
        for (size_t i = 1; i < count && rc == 0; i++)
            if (strcmp(names[i - 1], names[i]) == 0)
                rc = art_cli_usage_error("article convert", "two inputs would both write %s",
                                         names[i]);
    }
    for (size_t i = 0; names && i < count; i++)
        free(names[i]);
    free(names);
    return rc;
}

/* MARK: - The writer */

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void draw_progress(size_t done, size_t total, size_t failed)
{
    enum { WIDTH = 30 };
    char bar[WIDTH + 1];
    size_t fill = total ? done * WIDTH / total : WIDTH;
    for (size_t i = 0; i < WIDTH; i++)
        bar[i] = i < fill ? '#' : '.';
    bar[WIDTH] = '\0';
    fprintf(stderr, "\r[%s] %zu/%zu pages, %zu failed", bar, done, total, failed);
    fflush(stderr);
}

int art_cli_batch(const art_cli_job *job)
{
    size_t count = job->file_count;
    if (job->out_dir) {
        int rc = check_out_names(job);
        if (rc != 0)
            return rc;
    }
    batch b;
    memset(&b, 0, sizeof b);
    b.job = job;
    b.opts = job->opts;
    if (job->jsonl)
        b.opts.flags &= ~(unsigned)ARTICLE_OPT_PRETTY;
    unsigned threads = job->jobs ? job->jobs : 1;
    if (threads > count)
        threads = (unsigned)count;
    b.window = (size_t)threads * 4;
    b.slots = calloc(count, sizeof *b.slots);
    pthread_t *ids = calloc(threads, sizeof *ids);
    if (!b.slots || !ids) {
        free(b.slots);
        free(ids);
        fputs("article: out of memory\n", stderr);
        return ART_CLI_EXIT_INPUT;
    }

    char msg[ART_CLI_MESSAGE_LENGTH];
    if (job->out_dir && mkdir(job->out_dir, 0777) != 0 && errno != EEXIST) {
        fprintf(stderr, "article: cannot create %s: %s\n", job->out_dir, strerror(errno));
        free(b.slots);
        free(ids);
        return ART_CLI_EXIT_INPUT;
    }
    art_cli_output out;
    memset(&out, 0, sizeof out);
    if (job->jsonl && art_cli_output_open(&out, job->output, job->file_mode, 1, msg, sizeof msg)) {
        fprintf(stderr, "article: %s\n", msg);
        free(b.slots);
        free(ids);
        return ART_CLI_EXIT_INPUT;
    }

    art_cli_arena_setup();
    pthread_mutex_init(&b.lock, NULL);
    pthread_cond_init(&b.room, NULL);
    pthread_cond_init(&b.ready, NULL);
    unsigned started = 0;
    for (; started < threads; started++)
        if (pthread_create(&ids[started], NULL, worker, &b) != 0)
            break;

    int tty = isatty(STDERR_FILENO);
    double start = now(), drawn = 0;
    size_t failed = 0, i = 0;
    int write_failed = started == 0, write_errno = 0;
    if (started == 0)
        fputs("article: cannot start a worker thread\n", stderr);
    for (; i < count && !write_failed; i++) {
        pthread_mutex_lock(&b.lock);
        while (!b.slots[i].done)
            pthread_cond_wait(&b.ready, &b.lock);
        slot s = b.slots[i];
        memset(&b.slots[i], 0, sizeof b.slots[i]);
        b.written = i + 1;
        pthread_cond_broadcast(&b.room);
        pthread_mutex_unlock(&b.lock);

        if (s.failed || (job->jsonl && !s.line)) {
            failed++;
            if (tty)
                fputs("\r\033[K", stderr);
            fprintf(stderr, "%s\n", s.error ? s.error : "article: out of memory");
        }
        if (s.line && fwrite(s.line, 1, s.len, out.fp) != s.len) {
            write_failed = 1;
            write_errno = errno;
        }
        free(s.line);
        free(s.error);
        if (tty && (now() - drawn > 0.1 || i + 1 == count)) {
            draw_progress(i + 1, count, failed);
            drawn = now();
        }
    }
    if (write_failed) {
        pthread_mutex_lock(&b.lock);
        b.stop = 1;
        pthread_cond_broadcast(&b.room);
        pthread_mutex_unlock(&b.lock);
    }
    for (unsigned t = 0; t < started; t++)
        pthread_join(ids[t], NULL);
    /* Slots the writer never took (after a failed write) still own memory. */
    for (size_t k = 0; k < count; k++) {
        free(b.slots[k].line);
        free(b.slots[k].error);
    }
    pthread_cond_destroy(&b.ready);
    pthread_cond_destroy(&b.room);
    pthread_mutex_destroy(&b.lock);
    free(b.slots);
    free(ids);

    int rc = failed ? ART_CLI_EXIT_INPUT : ART_CLI_EXIT_OK;
    if (job->jsonl) {
        if (write_failed) {
            if (started)
                fprintf(stderr, "article: cannot write %s: %s\n",
                        job->output ? job->output : "standard output", strerror(write_errno));
            art_cli_output_abort(&out);
            rc = ART_CLI_EXIT_INPUT;
        } else if (art_cli_output_commit(&out, msg, sizeof msg) != 0) {
            fprintf(stderr, "article: %s\n", msg);
            rc = ART_CLI_EXIT_INPUT;
        }
    } else if (write_failed) {
        rc = ART_CLI_EXIT_INPUT;
    }
    double elapsed = now() - start;
    if (tty)
        fputs("\r\033[K", stderr);
    fprintf(stderr, "%zu pages, %zu failed, %.1f pages/s\n", i, failed,
            elapsed > 0 ? (double)i / elapsed : 0.0);
    return rc;
}
