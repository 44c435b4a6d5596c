/* `article inspect PAGE`: what the reader made of a page, for people
 * debugging an extraction: its type, the confidence in its body, and the
 * body candidates the reader weighed, with their scores. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

enum { OPT_HELP = 1, OPT_VERSION, OPT_URL, OPT_CHARSET };

static const art_cli_option options[] = {
    {"help", 'h', 0, OPT_HELP},
    {"version", 0, 0, OPT_VERSION},
    {"url", 0, 1, OPT_URL},
    {"charset", 0, 1, OPT_CHARSET},
    {NULL, 0, 0, 0},
};

static const char command[] = "article inspect";

static void print_help(void)
{
    fputs("Usage: article inspect [OPTION]... [PAGE|-]\n"
          "Read an HTML page (plain or gzip; \"-\" or none: standard input) and show\n"
          "what the reader made of it: the page type, the confidence that the body\n"
          "is the page's main content, and the body candidates with their scores\n"
          "(the body first, then its best rivals; score = prose minus clutter, in\n"
          "characters; links = the share of the text in links).\n"
          "\n"
          "      --url URL       the page's URL (its shape is one of the signals)\n"
          "      --charset NAME  the page's charset, overriding what it says\n"
          "  -h, --help          show this help and exit\n"
          "      --version       show the version and exit\n"
          "\n"
          "Exit status: 0 success, 1 bad input, 2 usage error.\n",
          stdout);
}

static void print_report(const article_doc *doc)
{
    const char *type = article_page_type_string(article_doc_page_type(doc));
    double conf = article_doc_confidence(doc);
    const char *title = article_doc_get(doc, ARTICLE_FIELD_TITLE);
    printf("title       %s\n", title && *title ? title : "(none)");
    printf("page type   %s\n", type ? type : "(unknown)");
    if (conf >= 0)
        printf("confidence  %.2f\n", conf);
    else
        printf("confidence  (unknown)\n");
    size_t n = article_doc_candidate_count(doc);
    if (!n) {
        printf("candidates  none (nothing scored)\n");
        return;
    }
    printf("candidates\n     score    chars  links  element\n");
    for (size_t i = 0; i < n; i++)
        printf("%c %8.0f %8.0f  %5.2f  %s\n", i == 0 ? '*' : ' ',
               article_doc_candidate_score(doc, i), article_doc_candidate_chars(doc, i),
               article_doc_candidate_link_density(doc, i), article_doc_candidate_path(doc, i));
}

int art_cli_inspect_main(int argc, char **argv)
{
    article_options opts;
    article_options_init(&opts);
    opts.flags |= ARTICLE_OPT_CANDIDATES;
    const char *path = NULL, *value = NULL;
    art_cli_scanner sc;
    art_cli_scanner_init(&sc, argc, argv, command);
    int id;
    while ((id = art_cli_scan(&sc, options, &value)) != ART_CLI_SCAN_DONE) {
        switch (id) {
        case ART_CLI_SCAN_ERROR:
            return ART_CLI_EXIT_USAGE;
        case ART_CLI_SCAN_FILE:
            if (path)
                return art_cli_usage_error(command, "one page at a time");
            path = value;
            break;
        case OPT_URL:
            opts.url = value;
            break;
        case OPT_CHARSET:
            opts.charset = value;
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
    if (!path)
        path = "-";
    const char *shown = strcmp(path, "-") == 0 ? "<stdin>" : path;
    char msg[ART_CLI_MESSAGE_LENGTH];
    char *data = NULL;
    size_t len = 0;
    if (art_cli_read_file(path, ARTICLE_DEFAULT_MAX_INPUT, &data, &len, msg, sizeof msg) != 0) {
        fprintf(stderr, "%s: %s\n", shown, msg);
        return ART_CLI_EXIT_INPUT;
    }
    article_error err;
    article_doc *doc = article_from_html(data, len, &opts, &err);
    free(data);
    if (!doc) {
        art_cli_format_error(msg, sizeof msg, shown, &err);
        fprintf(stderr, "%s\n", msg);
        return ART_CLI_EXIT_INPUT;
    }
    print_report(doc);
    article_doc_free(doc);
    return ART_CLI_EXIT_OK;
}
