/* `article convert`: its options, and the single-file conversion. Batches
 * (--jsonl, --out-dir) go on to batch.c. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

enum {
    OPT_FROM = 1,
    OPT_TO,
    OPT_URL,
    OPT_CHARSET,
    OPT_PRETTY,
    OPT_OUTPUT,
    OPT_NO_COMMENTS,
    OPT_NO_RELATED,
    OPT_NO_IMAGES,
    OPT_NO_TABLES,
    OPT_PRECISION,
    OPT_RECALL,
    OPT_MAX_INPUT,
    OPT_MAX_DEPTH,
    OPT_MAX_NODES,
    OPT_MAX_TEXT,
    OPT_MAX_ATTRIBUTES,
    OPT_MAX_TIME,
    OPT_CPU_TIME,
    OPT_FRAGMENT,
    OPT_NO_STYLE,
    OPT_STYLESHEET,
    OPT_OUT_DIR,
    OPT_JSONL,
    OPT_TYPE,
    OPT_MIN_CONFIDENCE,
    OPT_JOBS,
    OPT_HELP,
    OPT_VERSION
};

static const art_cli_option options[] = {
    {"from", 'f', 1, OPT_FROM},
    {"to", 't', 1, OPT_TO},
    {"url", 0, 1, OPT_URL},
    {"charset", 0, 1, OPT_CHARSET},
    {"pretty", 0, 0, OPT_PRETTY},
    {"output", 'o', 1, OPT_OUTPUT},
    {"no-comments", 0, 0, OPT_NO_COMMENTS},
    {"no-related", 0, 0, OPT_NO_RELATED},
    {"no-images", 0, 0, OPT_NO_IMAGES},
    {"no-tables", 0, 0, OPT_NO_TABLES},
    {"precision", 0, 0, OPT_PRECISION},
    {"recall", 0, 0, OPT_RECALL},
    {"max-input-size", 0, 1, OPT_MAX_INPUT},
    {"max-depth", 0, 1, OPT_MAX_DEPTH},
    {"max-nodes", 0, 1, OPT_MAX_NODES},
    {"max-text", 0, 1, OPT_MAX_TEXT},
    {"max-attributes", 0, 1, OPT_MAX_ATTRIBUTES},
    {"max-time", 0, 1, OPT_MAX_TIME},
    {"cpu-time", 0, 0, OPT_CPU_TIME},
    {"fragment", 0, 0, OPT_FRAGMENT},
    {"no-style", 0, 0, OPT_NO_STYLE},
    {"stylesheet", 0, 1, OPT_STYLESHEET},
    {"out-dir", 0, 1, OPT_OUT_DIR},
    {"jsonl", 0, 0, OPT_JSONL},
    {"type", 0, 1, OPT_TYPE},
    {"min-confidence", 0, 1, OPT_MIN_CONFIDENCE},
    {"jobs", 'j', 1, OPT_JOBS},
    {"help", 'h', 0, OPT_HELP},
    {"version", 0, 0, OPT_VERSION},
    {NULL, 0, 0, 0},
};

static const char command[] = "article convert";

static void print_help(void)
{
    fputs("Usage: article convert [OPTION]... [FILE|-]\n"
          "       article convert --jsonl [OPTION]... FILE...\n"
          "       article convert --out-dir DIR [OPTION]... FILE...\n"
          "Convert an article between HTML, JSON article/1, Markdown and text.\n"
          "The input is read from FILE (plain or gzip) or standard input.\n"
          "\n"
          "  -f, --from FORMAT       input format: html or json (default: by the\n"
          "                          file name, .json -> json, else html)\n"
          "  -t, --to FORMAT         output format: json, html, md or text (default json)\n"
          "  -o, --output FILE       write to FILE (atomically) instead of stdout\n"
          "      --pretty            indented JSON or HTML\n"
          "\n"
          "HTML reader:\n"
          "      --url URL           the page's URL (base of relative links)\n"
          "      --charset NAME      the page's charset, overriding what it says\n"
          "      --no-comments       leave out comments\n"
          "      --no-related        leave out related links\n"
          "      --no-images         leave out figures and images\n"
          "      --no-tables         leave out tables\n"
          "      --precision         when unsure, leave content out\n"
          "      --recall            when unsure, keep content\n"
          "      --max-input-size N  largest input in bytes (suffixes K, M, G)\n"
          "      --max-depth N       deepest nesting of the input\n"
          "      --max-nodes N       most nodes in one document\n"
          "      --max-text N        longest text run or string, in bytes\n"
          "      --max-attributes N  most attributes on one HTML element\n"
          "      --max-time MS       give up on a page after MS milliseconds\n"
          "      --cpu-time          --max-time counts CPU time, not the wall clock\n"
          "\n"
          "HTML writer:\n"
          "      --fragment          only the <article> element\n"
          "      --no-style          no embedded stylesheet\n"
          "      --stylesheet URL    link this stylesheet instead\n"
          "\n"
          "Batch:\n"
          "      --out-dir DIR       one output per input: DIR/<name>.<ext>\n"
          "      --jsonl             one JSON line per input on stdout or -o:\n"
          "                          {\"source\": FILE, \"article\": {...}} or\n"
          "                          {\"source\": FILE, \"error\": MESSAGE}\n"
          "  -j, --jobs N            N worker threads (default 1)\n"
          "      --type TYPE         write only pages of this type: article, forum,\n"
          "                          product, documentation, service, listing, other\n"
          "      --min-confidence X  write only pages whose body the reader is at\n"
          "                          least X sure of (0 to 1)\n"
          "\n"
          "  -h, --help              show this help and exit\n"
          "      --version           show the version and exit\n"
          "\n"
          "Exit status: 0 success, 1 bad input (or any failed page), 2 usage error.\n",
          stdout);
}

static int set_limit(const char *name, const char *value, size_t *out)
{
    if (!art_cli_parse_size(value, out) || *out == 0)
        return art_cli_usage_error(command, "invalid %s '%s'", name, value);
    return 0;
}

static int parse_format(const char *name, const char *value, int input, art_cli_format *out)
{
    art_cli_format f = art_cli_format_parse(value);
    if (f == ART_CLI_FORMAT_NONE || (input && f != ART_CLI_FORMAT_HTML && f != ART_CLI_FORMAT_JSON))
        return art_cli_usage_error(command, "invalid %s format '%s' (%s)", name, value,
                                   input ? "html or json" : "json, html, md or text");
    *out = f;
    return 0;
}

/* Fills `job` from argv; returns -1 to go on, or an exit status. */
static int parse_args(int argc, char **argv, art_cli_job *job)
{
    art_cli_scanner sc;
    const char *value = NULL;
    int id, rc = 0;
    art_cli_scanner_init(&sc, argc, argv, command);
    while (rc == 0 && (id = art_cli_scan(&sc, options, &value)) != ART_CLI_SCAN_DONE) {
        size_t n = 0;
        switch (id) {
        case ART_CLI_SCAN_ERROR:
            return ART_CLI_EXIT_USAGE;
        case ART_CLI_SCAN_FILE:
            job->files[job->file_count++] = value;
            break;
        case OPT_FROM:
            rc = parse_format("input", value, 1, &job->from);
            break;
        case OPT_TO:
            rc = parse_format("output", value, 0, &job->to);
            break;
        case OPT_URL:
            job->opts.url = value;
            break;
        case OPT_CHARSET:
            job->opts.charset = value;
            break;
        case OPT_STYLESHEET:
            job->opts.stylesheet = value;
            break;
        case OPT_OUTPUT:
            job->output = value;
            break;
        case OPT_OUT_DIR:
            job->out_dir = value;
            break;
        case OPT_PRETTY:
            job->opts.flags |= ARTICLE_OPT_PRETTY;
            break;
        case OPT_NO_COMMENTS:
            job->opts.flags |= ARTICLE_OPT_NO_COMMENTS;
            break;
        case OPT_NO_RELATED:
            job->opts.flags |= ARTICLE_OPT_NO_RELATED;
            break;
        case OPT_NO_IMAGES:
            job->opts.flags |= ARTICLE_OPT_NO_IMAGES;
            break;
        case OPT_NO_TABLES:
            job->opts.flags |= ARTICLE_OPT_NO_TABLES;
            break;
        case OPT_PRECISION:
            job->opts.flags |= ARTICLE_OPT_PRECISION;
            break;
        case OPT_RECALL:
            job->opts.flags |= ARTICLE_OPT_RECALL;
            break;
        case OPT_FRAGMENT:
            job->opts.flags |= ARTICLE_OPT_FRAGMENT;
            break;
        case OPT_NO_STYLE:
            job->opts.flags |= ARTICLE_OPT_NO_STYLE;
            break;
        case OPT_MAX_INPUT:
            rc = set_limit("--max-input-size", value, &job->opts.max_input_size);
            break;
        case OPT_MAX_DEPTH:
            rc = set_limit("--max-depth", value, &job->opts.max_depth);
            break;
        case OPT_MAX_NODES:
            rc = set_limit("--max-nodes", value, &job->opts.max_nodes);
            break;
        case OPT_MAX_TEXT:
            rc = set_limit("--max-text", value, &job->opts.max_text);
            break;
        case OPT_MAX_ATTRIBUTES:
            rc = set_limit("--max-attributes", value, &job->opts.max_attributes);
            break;
        case OPT_MAX_TIME:
            /* Milliseconds: a plain number (the size suffixes mean nothing here). */
            if (strspn(value, "0123456789") != strlen(value))
                return art_cli_usage_error(command, "invalid --max-time '%s' (milliseconds)",
                                           value);
            rc = set_limit("--max-time", value, &job->opts.max_time);
            break;
        case OPT_CPU_TIME:
            job->opts.flags |= ARTICLE_OPT_CPU_TIME;
            break;
        case OPT_JSONL:
            job->jsonl = 1;
            break;
        case OPT_TYPE:
            rc = art_cli_filter_type(&job->filter, command, value);
            break;
        case OPT_MIN_CONFIDENCE:
            rc = art_cli_filter_confidence(&job->filter, command, value);
            break;
        case OPT_JOBS:
            if (!art_cli_parse_size(value, &n) || n < 1 || n > 256)
                return art_cli_usage_error(command, "invalid number of jobs '%s' (1 to 256)",
                                           value);
            job->jobs = (unsigned)n;
            break;
        case OPT_HELP:
            print_help();
            return ART_CLI_EXIT_OK;
        case OPT_VERSION:
            printf("article %s\n", article_version());
            return ART_CLI_EXIT_OK;
        default:
            return art_cli_usage_error(command, "internal error: option %d", id);
        }
    }
    return rc ? rc : -1;
}

/* Combinations that make no sense are usage errors, found before any work. */
static int check_job(const art_cli_job *job)
{
    if (job->jsonl && job->out_dir)
        return art_cli_usage_error(command, "--jsonl and --out-dir exclude each other");
    if (job->jsonl && job->to != ART_CLI_FORMAT_JSON)
        return art_cli_usage_error(command, "--jsonl writes JSON only");
    if (job->jsonl && (job->opts.flags & ARTICLE_OPT_PRETTY))
        return art_cli_usage_error(command, "--jsonl writes one line per page: no --pretty");
    if (job->out_dir && job->output)
        return art_cli_usage_error(command, "--out-dir and -o exclude each other");
    if ((job->jsonl || job->out_dir) && job->file_count == 0)
        return art_cli_usage_error(command, "a batch needs input files");
    if (!job->jsonl && !job->out_dir &&
        (job->filter.type != ARTICLE_PAGE_NONE || job->filter.has_min))
        return art_cli_usage_error(command, "--type and --min-confidence filter a batch "
                                            "(--jsonl or --out-dir)");
    if (!job->jsonl && !job->out_dir && job->file_count > 1)
        return art_cli_usage_error(command,
                                   "one input at a time (use --jsonl or --out-dir for more)");
    for (size_t i = 0; job->output && i < job->file_count; i++)
        if (art_cli_same_file(job->output, job->files[i]))
            return art_cli_usage_error(command, "refusing to overwrite the input '%s'",
                                       job->files[i]);
    return 0;
}

static int convert_one(const art_cli_job *job)
{
    const char *path = job->file_count ? job->files[0] : "-";
    const char *shown = strcmp(path, "-") == 0 ? "<stdin>" : path;
    art_cli_format from = job->from;
    if (from == ART_CLI_FORMAT_NONE)
        from = strcmp(path, "-") == 0 ? ART_CLI_FORMAT_HTML : art_cli_format_of_path(path);
    size_t limit = job->opts.max_input_size ? job->opts.max_input_size : ARTICLE_DEFAULT_MAX_INPUT;

    char msg[ART_CLI_MESSAGE_LENGTH];
    char *data = NULL;
    size_t len = 0;
    if (art_cli_read_file(path, limit, &data, &len, msg, sizeof msg) != 0) {
        fprintf(stderr, "%s: %s\n", shown, msg);
        return ART_CLI_EXIT_INPUT;
    }
    article_error err;
    size_t out_len = 0;
    char *out = art_cli_convert(data, len, from, job->to, &job->opts, &out_len, &err);
    free(data);
    if (!out) {
        art_cli_format_error(msg, sizeof msg, shown, &err);
        fprintf(stderr, "%s\n", msg);
        return ART_CLI_EXIT_INPUT;
    }

    art_cli_output o;
    int rc = ART_CLI_EXIT_OK;
    if (art_cli_output_open(&o, job->output, job->file_mode, 1, msg, sizeof msg) != 0) {
        fprintf(stderr, "article: %s\n", msg);
        article_free(out);
        return ART_CLI_EXIT_INPUT;
    }
    /* End with a newline, as text files and terminals expect. */
    int ok = fwrite(out, 1, out_len, o.fp) == out_len;
    if (ok && (out_len == 0 || out[out_len - 1] != '\n'))
        ok = fputc('\n', o.fp) != EOF;
    article_free(out);
    if (!ok) {
        art_cli_output_abort(&o);
        fprintf(stderr, "article: cannot write %s\n", job->output ? job->output : "output");
        return ART_CLI_EXIT_INPUT;
    }
    if (art_cli_output_commit(&o, msg, sizeof msg) != 0) {
        fprintf(stderr, "article: %s\n", msg);
        rc = ART_CLI_EXIT_INPUT;
    }
    return rc;
}

int art_cli_convert_main(int argc, char **argv, mode_t file_mode)
{
    art_cli_job job;
    memset(&job, 0, sizeof job);
    article_options_init(&job.opts);
    job.to = ART_CLI_FORMAT_JSON;
    job.jobs = 1;
    job.file_mode = file_mode;
    job.files = calloc((size_t)argc + 1, sizeof *job.files);
    if (!job.files) {
        fputs("article: out of memory\n", stderr);
        return ART_CLI_EXIT_INPUT;
    }
    int rc = parse_args(argc, argv, &job);
    if (rc < 0) {
        rc = check_job(&job);
        if (rc == 0)
            rc = job.jsonl || job.out_dir ? art_cli_batch(&job) : convert_one(&job);
    }
    free(job.files);
    return rc;
}
