/* The `article` command: picks the subcommand. Each lives in its own file
 * (convert.c, validate.c, inspect.c) with its own options and --help. */
#include "cli.h"

#include <string.h>
#include <sys/stat.h>

static void print_help(FILE *fp)
{
    fputs("Usage: article COMMAND [OPTION]... [FILE]...\n"
          "Read news and blog articles from HTML or JSON article/1 and write them\n"
          "as JSON, HTML, Markdown or text.\n"
          "\n"
          "Commands:\n"
          "  convert   convert one page, or many with --jsonl or --out-dir\n"
          "  validate  check JSON article/1 files\n"
          "  inspect   show a page's type, confidence and body candidates\n"
          "\n"
          "  -h, --help     show this help and exit\n"
          "      --version  show the version and exit\n"
          "\n"
          "'article COMMAND --help' describes a command. See also article(1).\n",
          fp);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        print_help(stderr);
        return ART_CLI_EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        print_help(stdout);
        return ART_CLI_EXIT_OK;
    }
    if (strcmp(cmd, "--version") == 0) {
        printf("article %s\n", article_version());
        return ART_CLI_EXIT_OK;
    }
    if (strcmp(cmd, "convert") == 0) {
        /* Files we write get the mode open() would give them: 0666 less
         * the umask, read once here while the process has one thread. */
        mode_t mask = umask(022);
        umask(mask);
        return art_cli_convert_main(argc - 2, argv + 2, (mode_t)(0666 & ~mask));
    }
    if (strcmp(cmd, "validate") == 0)
        return art_cli_validate_main(argc - 2, argv + 2);
    if (strcmp(cmd, "inspect") == 0)
        return art_cli_inspect_main(argc - 2, argv + 2);
    if (cmd[0] == '-')
        return art_cli_usage_error("article", "unknown option '%s'", cmd);
    return art_cli_usage_error("article", "unknown command '%s'", cmd);
}
