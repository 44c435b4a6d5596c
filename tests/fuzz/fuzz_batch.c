/* libFuzzer harness: one input of the CLI's batch mode (`article convert
 * --jsonl`), as lib/cli/batch.c handles each file: read from disk (plain
 * or gzip, any charset), converted, and put on a JSON Lines line. The first
 * byte picks the output format, whether the file is named .json or .html,
 * and a source name that is not UTF-8; the rest is the file. Invariants:
 * every failure has a message; JSON output reads back, and its JSON Lines
 * line (or the error's) is one line of UTF-8 ending in a newline. */
#include "../../lib/cli/cli.h"
#include "fuzz_common.h"

#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int valid_utf8(const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        unsigned char c = s[i];
        size_t k = c < 0x80             ? 0
                   : (c & 0xe0) == 0xc0 ? 1
                   : (c & 0xf0) == 0xe0 ? 2
                   : (c & 0xf8) == 0xf0 ? 3
                                        : 9;
        if (k == 9 || (k == 1 && c < 0xc2) || i + k >= n)
            return 0;
        for (size_t j = 1; j <= k; j++)
            if ((s[i + j] & 0xc0) != 0x80)
                return 0;
        i += k + 1;
    }
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const art_cli_format outs[] = {ART_CLI_FORMAT_JSON, ART_CLI_FORMAT_HTML,
                                          ART_CLI_FORMAT_MARKDOWN, ART_CLI_FORMAT_TEXT};
    art_cli_format to = outs[data[0] & 3];
    int as_json = (data[0] >> 2) & 1;
    char path[64];
    snprintf(path, sizeof path, "/tmp/fuzz-batch-XXXXXX");
    int fd = mkstemp(path);
    if (fd < 0)
        return 0;
    if (write(fd, data + 1, size - 1) != (ssize_t)(size - 1)) {
        close(fd);
        unlink(path);
        return 0;
    }
    close(fd);
    /* What the batch sees: the format by name, and a name as given. */
    char source[80];
    snprintf(source, sizeof source, "%s%s", (data[0] & 0x10) ? "caf\xe9/" : "",
             as_json ? "a.json" : "a.html.gz");
    art_cli_format from = art_cli_format_of_path(source);

    article_options opts;
    article_options_init(&opts);
    art_cli_filter filter;
    memset(&filter, 0, sizeof filter);
    if (data[0] & 0x20) {
        filter.has_min = 1;
        filter.min_confidence = 0.5;
    }
    char msg[ART_CLI_MESSAGE_LENGTH];
    msg[0] = '\0';
    char *text = NULL, *result = NULL;
    size_t len = 0, result_len = 0;
    int skipped = 0;
    article_error err;
    if (art_cli_read_file(path, ARTICLE_DEFAULT_MAX_INPUT, &text, &len, msg, sizeof msg) == 0) {
        result =
            art_cli_convert_kept(text, len, from, to, &opts, &filter, &skipped, &result_len, &err);
        free(text);
        if (!result && !skipped) {
            if (err.status == ARTICLE_OK || !err.message[0])
                fuzz_fail("a conversion failed without a message", source, NULL);
            art_cli_format_error(msg, sizeof msg, NULL, &err);
        }
    } else if (!msg[0]) {
        fuzz_fail("reading the file failed without a message", source, NULL);
    }
    unlink(path);
    if (result && to == ART_CLI_FORMAT_JSON) {
        article_doc *back = article_from_json(result, result_len, NULL, &err);
        if (!back)
            fuzz_fail("the batch's JSON does not read back", result, err.message);
        article_doc_free(back);
    }
    /* --jsonl writes JSON only; --out-dir writes the other formats. */
    if (!skipped && to == ART_CLI_FORMAT_JSON) {
        size_t line_len = 0;
        char *line = art_cli_jsonl_line(source, result, result_len, result ? NULL : msg, &line_len);
        if (!line)
            fuzz_fail("no JSON Lines line", source, NULL);
        if (line_len == 0 || line[line_len - 1] != '\n' || memchr(line, '\n', line_len - 1) ||
            !valid_utf8((const unsigned char *)line, line_len))
            fuzz_fail("the JSON Lines line is not one line of UTF-8", line, NULL);
        free(line);
    }
    article_free(result);
    return 0;
}
