/* convert: reads an article from a file, HTML or JSON `article/1`, and
 * prints it as JSON (or as --html, --markdown, --text).
 *
 *     convert page.html                  # JSON, from a web page
 *     convert --markdown article.json    # Markdown, from JSON
 *     convert --url https://example.com/a page.html
 */
#include <article/article.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Reads the whole file, NUL-terminated; NULL on failure. */
static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *data = malloc(cap);
    while (data) {
        n += fread(data + n, 1, cap - n - 1, f); /* room for the NUL */
        if (n < cap - 1)
            break;
        char *bigger = realloc(data, cap *= 2);
        if (!bigger)
            free(data);
        data = bigger;
    }
    fclose(f);
    if (!data)
        return NULL;
    data[n] = '\0';
    *len = n;
    return data;
}

/* JSON when the first non-blank byte is '{'; anything else is HTML. */
static int looks_like_json(const char *data, size_t len)
{
    size_t i = 0;
    while (i < len && strchr(" \t\r\n", data[i]))
        i++;
    return i < len && data[i] == '{';
}

int main(int argc, char **argv)
{
    char *(*writer)(const article_doc *, const article_options *, size_t *, article_error *) =
        article_to_json;
    article_options opts;
    article_options_init(&opts);
    opts.flags = ARTICLE_OPT_PRETTY;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--html") == 0)
            writer = article_to_html;
        else if (strcmp(argv[i], "--markdown") == 0)
            writer = article_to_markdown;
        else if (strcmp(argv[i], "--text") == 0)
            writer = article_to_text;
        else if (strcmp(argv[i], "--url") == 0 && i + 1 < argc)
            opts.url = argv[++i];
        else
            path = argv[i];
    }
    if (!path) {
        fprintf(stderr, "usage: convert [--html|--markdown|--text] [--url URL] FILE\n");
        return 2;
    }

    size_t len = 0;
    char *data = read_file(path, &len);
    if (!data) {
        perror(path);
        return 1;
    }
    article_error err;
    article_doc *doc = looks_like_json(data, len) ? article_from_json(data, len, &opts, &err)
                                                  : article_from_html(data, len, &opts, &err);
    free(data);
    if (!doc) {
        fprintf(stderr, "%s:%d:%d: %s: %s\n", path, err.line, err.column,
                article_status_string(err.status), err.message);
        return 1;
    }

    size_t out_len = 0;
    char *out = writer(doc, &opts, &out_len, &err);
    article_doc_free(doc);
    if (!out) {
        fprintf(stderr, "%s: %s\n", article_status_string(err.status), err.message);
        return 1;
    }
    fwrite(out, 1, out_len, stdout);
    if (out_len && out[out_len - 1] != '\n')
        putchar('\n');
    article_free(out);
    return 0;
}
