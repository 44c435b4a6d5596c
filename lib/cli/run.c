/* One conversion, bytes in and bytes out, shared by the single-file and
 * batch paths; and the formats and error messages they print. */
#include "cli.h"

#include <string.h>

art_cli_format art_cli_format_parse(const char *name)
{
    if (strcmp(name, "html") == 0 || strcmp(name, "htm") == 0)
        return ART_CLI_FORMAT_HTML;
    if (strcmp(name, "json") == 0)
        return ART_CLI_FORMAT_JSON;
    if (strcmp(name, "md") == 0 || strcmp(name, "markdown") == 0)
        return ART_CLI_FORMAT_MARKDOWN;
    if (strcmp(name, "text") == 0 || strcmp(name, "txt") == 0)
        return ART_CLI_FORMAT_TEXT;
    return ART_CLI_FORMAT_NONE;
}

static int ends_with(const char *s, size_t len, const char *suffix)
{
    size_t n = strlen(suffix);
    if (len < n)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[len - n + i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != suffix[i])
            return 0;
    }
    return 1;
}

art_cli_format art_cli_format_of_path(const char *path)
{
    size_t len = strlen(path);
    if (ends_with(path, len, ".gz"))
        len -= 3;
    if (ends_with(path, len, ".json"))
        return ART_CLI_FORMAT_JSON;
    /* .html, .htm, and anything else: most of the web has no extension. */
    return ART_CLI_FORMAT_HTML;
}

const char *art_cli_format_extension(art_cli_format format)
{
    switch (format) {
    case ART_CLI_FORMAT_HTML:
        return "html";
    case ART_CLI_FORMAT_JSON:
        return "json";
    case ART_CLI_FORMAT_MARKDOWN:
        return "md";
    case ART_CLI_FORMAT_TEXT:
        return "txt";
    case ART_CLI_FORMAT_NONE:
        break;
    }
    return "out";
}

void art_cli_format_error(char *buf, size_t size, const char *file, const article_error *err)
{
    size_t used = 0;
    buf[0] = '\0';
    if (file) {
        snprintf(buf, size, "%s", file);
        used = strlen(buf);
    }
    if (err->line > 0 && used < size) {
        snprintf(buf + used, size - used, "%s%d:%d", used ? ":" : "", err->line,
                 err->column > 0 ? err->column : 1);
        used += strlen(buf + used);
    }
    const char *message = err->message[0] ? err->message : article_status_string(err->status);
    if (used < size) {
        snprintf(buf + used, size - used, "%s%s%s%s", used ? ": " : "", err->path,
                 err->path[0] ? ": " : "", message);
    }
}

char *art_cli_convert(const char *data, size_t len, art_cli_format from, art_cli_format to,
                      const article_options *opts, size_t *out_len, article_error *err)
{
    article_doc *doc = from == ART_CLI_FORMAT_JSON ? article_from_json(data, len, opts, err)
                                                   : article_from_html(data, len, opts, err);
    if (!doc)
        return NULL;
    char *out = art_cli_write_doc(doc, to, opts, out_len, err);
    article_doc_free(doc);
    return out;
}

char *art_cli_write_doc(const article_doc *doc, art_cli_format to, const article_options *opts,
                        size_t *out_len, article_error *err)
{
    char *out = NULL;
    switch (to) {
    case ART_CLI_FORMAT_HTML:
        out = article_to_html(doc, opts, out_len, err);
        break;
    case ART_CLI_FORMAT_MARKDOWN:
        out = article_to_markdown(doc, opts, out_len, err);
        break;
    case ART_CLI_FORMAT_TEXT:
        out = article_to_text(doc, opts, out_len, err);
        break;
    case ART_CLI_FORMAT_JSON:
    case ART_CLI_FORMAT_NONE:
        out = article_to_json(doc, opts, out_len, err);
        break;
    }
    return out;
}
