/* Option scanning. Our own, because getopt_long is a GNU extension and the
 * command is built as strict C11 + POSIX. It accepts "--name value",
 * "--name=value", "-x value", "-xvalue", options after operands, and "--". */
#include "cli.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

void art_cli_scanner_init(art_cli_scanner *sc, int argc, char **argv, const char *command)
{
    sc->argc = argc;
    sc->argv = argv;
    sc->index = 0;
    sc->only_files = 0;
    sc->command = command;
}

int art_cli_usage_error(const char *command, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "%s: ", command);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\nTry '%s --help'.\n", command);
    return ART_CLI_EXIT_USAGE;
}

static const art_cli_option *find_long(const art_cli_option *table, const char *name, size_t len)
{
    for (; table->name || table->short_name; table++)
        if (table->name && strlen(table->name) == len && memcmp(table->name, name, len) == 0)
            return table;
    return NULL;
}

static const art_cli_option *find_short(const art_cli_option *table, char c)
{
    for (; table->name || table->short_name; table++)
        if (table->short_name == c)
            return table;
    return NULL;
}

/* The value of an option: the rest of this argument or the next one. */
static int take_value(art_cli_scanner *sc, const art_cli_option *opt, const char *attached,
                      const char *shown, const char **value)
{
    if (attached) {
        *value = attached;
        return opt->id;
    }
    if (sc->index >= sc->argc) {
        art_cli_usage_error(sc->command, "option '%s' needs an argument", shown);
        return ART_CLI_SCAN_ERROR;
    }
    *value = sc->argv[sc->index++];
    return opt->id;
}

static int scan_long(art_cli_scanner *sc, const art_cli_option *table, const char *arg,
                     const char **value)
{
    const char *name = arg + 2;
    const char *eq = strchr(name, '=');
    size_t len = eq ? (size_t)(eq - name) : strlen(name);
    const art_cli_option *opt = find_long(table, name, len);
    if (!opt) {
        art_cli_usage_error(sc->command, "unknown option '--%.*s'", (int)len, name);
        return ART_CLI_SCAN_ERROR;
    }
    if (!opt->has_value) {
        if (eq) {
            art_cli_usage_error(sc->command, "option '--%s' takes no argument", opt->name);
            return ART_CLI_SCAN_ERROR;
        }
        *value = NULL;
        return opt->id;
    }
    return take_value(sc, opt, eq ? eq + 1 : NULL, arg, value);
}

static int scan_short(art_cli_scanner *sc, const art_cli_option *table, const char *arg,
                      const char **value)
{
    const art_cli_option *opt = find_short(table, arg[1]);
    if (!opt) {
        art_cli_usage_error(sc->command, "unknown option '-%c'", arg[1]);
        return ART_CLI_SCAN_ERROR;
    }
    if (!opt->has_value) {
        /* Short flags are not bundled: none of ours is worth it. */
        if (arg[2]) {
            art_cli_usage_error(sc->command, "unknown option '%s'", arg);
            return ART_CLI_SCAN_ERROR;
        }
        *value = NULL;
        return opt->id;
    }
    return take_value(sc, opt, arg[2] ? arg + 2 : NULL, arg, value);
}

int art_cli_scan(art_cli_scanner *sc, const art_cli_option *table, const char **value)
{
    while (sc->index < sc->argc) {
        const char *arg = sc->argv[sc->index++];
        if (sc->only_files || arg[0] != '-' || arg[1] == '\0') {
            *value = arg;
            return ART_CLI_SCAN_FILE;
        }
        if (strcmp(arg, "--") == 0) {
            sc->only_files = 1;
            continue;
        }
        if (arg[1] == '-')
            return scan_long(sc, table, arg, value);
        return scan_short(sc, table, arg, value);
    }
    return ART_CLI_SCAN_DONE;
}

int art_cli_parse_size(const char *text, size_t *out)
{
    if (!text || *text < '0' || *text > '9')
        return 0;
    errno = 0;
    char *end = NULL;
    unsigned long long n = strtoull(text, &end, 10);
    if (errno == ERANGE)
        return 0;
    unsigned long long scale = 1;
    switch (*end) {
    case '\0':
        break;
    case 'k':
    case 'K':
        scale = 1024ull;
        end++;
        break;
    case 'm':
    case 'M':
        scale = 1024ull * 1024ull;
        end++;
        break;
    case 'g':
    case 'G':
        scale = 1024ull * 1024ull * 1024ull;
        end++;
        break;
    default:
        return 0;
    }
    if (*end != '\0' || n > SIZE_MAX / scale)
        return 0;
    *out = (size_t)(n * scale);
    return 1;
}
