/* Declarations shared by the files of the `article` command. The command
 * links the library like any user: it includes the public header only. */
#ifndef ARTICLE_CLI_H
#define ARTICLE_CLI_H

#include "article/article.h"

#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>

/* Exit statuses: success, bad input (or a failed write), usage error. */
enum { ART_CLI_EXIT_OK = 0, ART_CLI_EXIT_INPUT = 1, ART_CLI_EXIT_USAGE = 2 };

/* A message of the CLI's own (file errors, formatted library errors). */
#define ART_CLI_MESSAGE_LENGTH 1024

/* MARK: - Option scanning (args.c) */

/* One option of a command: "--name", "-s" (0: none), with a value or not. */
typedef struct art_cli_option {
    const char *name;
    char short_name;
    int has_value;
    int id;
} art_cli_option;

/* Walks argv: options anywhere (GNU style), "--" ends them, "-" is a file. */
typedef struct art_cli_scanner {
    int argc;
    char **argv;
    int index;
    int only_files;
    const char *command; /* "article convert", for messages */
} art_cli_scanner;

enum { ART_CLI_SCAN_DONE = -1, ART_CLI_SCAN_ERROR = -2, ART_CLI_SCAN_FILE = 0 };

void art_cli_scanner_init(art_cli_scanner *sc, int argc, char **argv, const char *command);
/* The next option's id (its value in *value), ART_CLI_SCAN_FILE with the
 * operand in *value, ART_CLI_SCAN_DONE, or ART_CLI_SCAN_ERROR after
 * printing the usage error on stderr. */
int art_cli_scan(art_cli_scanner *sc, const art_cli_option *table, const char **value);
/* Prints "COMMAND: MESSAGE" and the hint to --help on stderr; returns 2. */
int art_cli_usage_error(const char *command, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* A size such as 1048576, 512K, 64M or 1G into *out; 0 when malformed. */
int art_cli_parse_size(const char *text, size_t *out);

/* MARK: - Files (io.c) */

/* Reads a whole file ("-": stdin), gunzipping it when it is gzip, up to
 * limit + 1 bytes so that the reader can report its own size limit. The
 * buffer is NUL-terminated; free() it. Returns 0, or -1 with `msg` set. */
int art_cli_read_file(const char *path, size_t limit, char **data, size_t *len, char *msg,
                      size_t msg_size);
/* read_whole.c: a regular file of `size` bytes in one read, into a
 * buffer of its size (gzip: decompressed by libdeflate when built with
 * it). 1 when done; 0 when art_cli_read_file must stream it instead (fd
 * back at its start); -1 with `msg` set. */
int art_cli_read_regular(int fd, size_t size, size_t limit, char **data, size_t *len, char *msg,
                         size_t msg_size);

/* An output written to a temporary file next to its destination and
 * renamed over it on commit, so that no partial file is ever left. */
typedef struct art_cli_output {
    FILE *fp;
    char *path; /* the destination */
    char *tmp;  /* the temporary file, NULL for stdout */
    int guard;  /* remove tmp when SIGINT, SIGTERM or SIGHUP kills us */
    int direct; /* a device or FIFO, written in place and closed */
} art_cli_output;

/* Opens `path` (NULL or "-": stdout). `mode` is the final file mode.
 * `guard`: the main thread's long-lived output, removed when a signal
 * kills the process (one at a time). */
int art_cli_output_open(art_cli_output *out, const char *path, mode_t mode, int guard, char *msg,
                        size_t msg_size);
/* Flushes and renames into place; on failure removes the temporary. */
int art_cli_output_commit(art_cli_output *out, char *msg, size_t msg_size);
/* Removes the temporary file (error paths). */
void art_cli_output_abort(art_cli_output *out);
/* Writes `data` to `path` through a temporary file. */
int art_cli_write_file(const char *path, const char *data, size_t len, mode_t mode, char *msg,
                       size_t msg_size);
/* 1 when both paths name the same existing file. */
int art_cli_same_file(const char *a, const char *b);

/* MARK: - Conversion (run.c) */

typedef enum art_cli_format {
    ART_CLI_FORMAT_NONE = 0,
    ART_CLI_FORMAT_HTML,
    ART_CLI_FORMAT_JSON,
    ART_CLI_FORMAT_MARKDOWN,
    ART_CLI_FORMAT_TEXT
} art_cli_format;

/* A format named on the command line, or NONE. */
art_cli_format art_cli_format_parse(const char *name);
/* The format of an input file by its name: .json(.gz) is JSON, else HTML. */
art_cli_format art_cli_format_of_path(const char *path);
/* The file extension written for a format, without the dot ("md"). */
const char *art_cli_format_extension(art_cli_format format);

/* Formats a library error as "FILE:LINE:COL: PATH: MESSAGE", leaving out
 * the parts that are unknown ("FILE: MESSAGE"). `file` may be NULL. */
void art_cli_format_error(char *buf, size_t size, const char *file, const article_error *err);

/* Reads `data` as `from` and writes it as `to`: a new buffer, released
 * with article_free(). NULL on failure, with `err` filled. */
char *art_cli_convert(const char *data, size_t len, art_cli_format from, art_cli_format to,
                      const article_options *opts, size_t *out_len, article_error *err);

/* Writes `doc` as `to` (NONE: JSON): a new buffer, released with
 * article_free(). NULL on failure, with `err` filled. */
char *art_cli_write_doc(const article_doc *doc, art_cli_format to, const article_options *opts,
                        size_t *out_len, article_error *err);

/* MARK: - Which pages a batch keeps (filter.c) */

/* --type and --min-confidence. */
typedef struct art_cli_filter {
    article_page_type type; /* ARTICLE_PAGE_NONE: any type */
    int has_min;            /* --min-confidence was given */
    double min_confidence;
} art_cli_filter;

/* Parses --type's value (a page type's name) into f; 0, or the usage
 * error's exit status. */
int art_cli_filter_type(art_cli_filter *f, const char *command, const char *value);
/* Parses --min-confidence's value (a number from 0 to 1) into f. */
int art_cli_filter_confidence(art_cli_filter *f, const char *command, const char *value);
/* 1 when `doc` passes the filter (a page without a confidence fails
 * --min-confidence, one without a type fails --type). */
int art_cli_filter_keeps(const art_cli_filter *f, const article_doc *doc);
/* art_cli_convert(), with the pages the filter leaves out read but not
 * written: then NULL with *skipped set to 1 (and no error). */
char *art_cli_convert_kept(const char *data, size_t len, art_cli_format from, art_cli_format to,
                           const article_options *opts, const art_cli_filter *filter, int *skipped,
                           size_t *out_len, article_error *err);

/* MARK: - JSON Lines (jsonl.c) */

/* One line, newline included: {"source":SOURCE,"article":ARTICLE} with the
 * compact JSON `article`, or {"source":SOURCE,"error":ERROR} when `article`
 * is NULL. Strings that are not UTF-8 get U+FFFD. free() it; NULL when out
 * of memory. */
char *art_cli_jsonl_line(const char *source, const char *article, size_t article_len,
                         const char *error, size_t *len);

/* MARK: - The page arena of a batch (page_arena.c) */

typedef struct art_cli_arena art_cli_arena;

/* Routes libxml2's allocations through the page arenas (xmlMemSetup) and
 * initialises libxml2: once, before any worker thread starts. */
void art_cli_arena_setup(void);
/* The calling thread's arena (one per worker thread), or NULL when none
 * could be made: then everything goes to malloc. */
art_cli_arena *art_cli_arena_open(void);
/* Starts a page of `input_len` bytes in the calling thread's arena `a`:
 * libxml2 allocates in it from now on, and the allocator returned (for
 * article_options.allocator) does too. NULL (malloc) when `a` is NULL or
 * the page is too big for an arena to pay. */
const article_allocator *art_cli_arena_begin(art_cli_arena *a, size_t input_len);
/* Ends the page: everything allocated in the arena since begin is gone.
 * A no-op when begin returned NULL. */
void art_cli_arena_end(art_cli_arena *a);
/* Ends the page and releases the arena (before its thread exits). */
void art_cli_arena_close(art_cli_arena *a);

/* MARK: - Commands */

/* What `article convert` was asked to do. */
typedef struct art_cli_job {
    art_cli_format from; /* NONE: by each file's name */
    art_cli_format to;
    article_options opts;
    const char *output;  /* -o, NULL: stdout */
    const char *out_dir; /* --out-dir, batch */
    int jsonl;           /* --jsonl, batch */
    unsigned jobs;       /* -j */
    mode_t file_mode;    /* of files written: 0666 & ~umask */
    const char **files;
    size_t file_count;
    art_cli_filter filter; /* --type, --min-confidence (batch) */
} art_cli_job;

int art_cli_convert_main(int argc, char **argv, mode_t file_mode);
int art_cli_validate_main(int argc, char **argv);
int art_cli_inspect_main(int argc, char **argv);
/* Runs a batch (--jsonl or --out-dir); returns the exit status. */
int art_cli_batch(const art_cli_job *job);

#endif /* ARTICLE_CLI_H */
