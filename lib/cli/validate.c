/* `article validate FILE...`: reads each file as JSON article/1 and says
 * "FILE: ok" or why not. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

enum { OPT_HELP = 1, OPT_VERSION, OPT_QUIET };

static const art_cli_option options[] = {
    {"help", 'h', 0, OPT_HELP},
    {"version", 0, 0, OPT_VERSION},
    {"quiet", 'q', 0, OPT_QUIET},
    {NULL, 0, 0, 0},
};

static const char command[] = "article validate";

static void print_help(void)
{
    fputs("Usage: article validate [OPTION]... FILE...\n"
          "Check that each FILE (\"-\": standard input; plain or gzip) is a valid\n"
          "JSON article/1 document. Prints \"FILE: ok\" on stdout for each valid one\n"
          "and \"FILE:LINE:COL: PATH: MESSAGE\" on stderr for each invalid one.\n"
          "\n"
          "  -q, --quiet    print only the errors\n"
          "  -h, --help     show this help and exit\n"
          "      --version  show the version and exit\n"
          "\n"
          "Exit status: 0 all valid, 1 any invalid or unreadable, 2 usage error.\n",
          stdout);
}

/* 0 when `path` holds a valid document; prints the verdict. */
static int validate_one(const char *path, int quiet)
{
    const char *shown = strcmp(path, "-") == 0 ? "<stdin>" : path;
    char msg[ART_CLI_MESSAGE_LENGTH];
    char *data = NULL;
    size_t len = 0;
    if (art_cli_read_file(path, ARTICLE_DEFAULT_MAX_INPUT, &data, &len, msg, sizeof msg) != 0) {
        fprintf(stderr, "%s: %s\n", shown, msg);
        return -1;
    }
    article_error err;
    article_doc *doc = article_from_json(data, len, NULL, &err);
    free(data);
    if (!doc) {
        art_cli_format_error(msg, sizeof msg, shown, &err);
        fprintf(stderr, "%s\n", msg);
        return -1;
    }
    article_doc_free(doc);
    if (!quiet)
        printf("%s: ok\n", shown);
    return 0;
}

int art_cli_validate_main(int argc, char **argv)
{
    art_cli_scanner sc;
    const char *value = NULL;
    int id, quiet = 0;
    /* Options first, so that --help anywhere wins over the files. */
    art_cli_scanner_init(&sc, argc, argv, command);
    size_t files = 0;
    while ((id = art_cli_scan(&sc, options, &value)) != ART_CLI_SCAN_DONE) {
        switch (id) {
        case ART_CLI_SCAN_ERROR:
            return ART_CLI_EXIT_USAGE;
        case ART_CLI_SCAN_FILE:
            files++;
            break;
        case OPT_HELP:
            print_help();
            return ART_CLI_EXIT_OK;
        case OPT_VERSION:
            printf("article %s\n", article_version());
            return ART_CLI_EXIT_OK;
        case OPT_QUIET:
            quiet = 1;
            break;
        default:
            break;
        }
    }
    if (files == 0)
        return art_cli_usage_error(command, "no input files");
    int rc = ART_CLI_EXIT_OK;
    art_cli_scanner_init(&sc, argc, argv, command);
    while ((id = art_cli_scan(&sc, options, &value)) != ART_CLI_SCAN_DONE)
        if (id == ART_CLI_SCAN_FILE && validate_one(value, quiet) != 0)
            rc = ART_CLI_EXIT_INPUT;
    if (fflush(stdout) != 0) {
        fputs("article: cannot write to standard output\n", stderr);
        rc = ART_CLI_EXIT_INPUT;
    }
    return rc;
}
