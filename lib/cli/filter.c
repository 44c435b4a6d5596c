/* --type and --min-confidence: a batch writes only the pages of one type,
 * or whose body the reader is confident enough about. Pages left out are
 * read (the reader decides both), then not written; they are no errors. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

int art_cli_filter_type(art_cli_filter *f, const char *command, const char *value)
{
    article_page_type t = article_page_type_parse(value);
    if (t == ARTICLE_PAGE_NONE)
        return art_cli_usage_error(command,
                                   "invalid --type '%s' (article, forum, product, "
                                   "documentation, service, listing or other)",
                                   value);
    f->type = t;
    return 0;
}

int art_cli_filter_confidence(art_cli_filter *f, const char *command, const char *value)
{
    char *end = NULL;
    double c = strtod(value, &end);
    if (end == value || *end || !(c >= 0 && c <= 1))
        return art_cli_usage_error(command, "invalid --min-confidence '%s' (0 to 1)", value);
    f->has_min = 1;
    f->min_confidence = c;
    return 0;
}

int art_cli_filter_keeps(const art_cli_filter *f, const article_doc *doc)
{
    if (f->type != ARTICLE_PAGE_NONE && article_doc_page_type(doc) != f->type)
        return 0;
    /* Confidences are kept to 0.01: compare in hundredths, so that 0.8
     * keeps a page at 0.80 whatever the binary rounding. */
    if (f->has_min) {
        double c = article_doc_confidence(doc);
        if (c < 0 || (long)(c * 100 + 0.5) < (long)(f->min_confidence * 100 + 0.5 - 1e-9))
            return 0;
    }
    return 1;
}

char *art_cli_convert_kept(const char *data, size_t len, art_cli_format from, art_cli_format to,
                           const article_options *opts, const art_cli_filter *filter, int *skipped,
                           size_t *out_len, article_error *err)
{
    *skipped = 0;
    if (!filter || (filter->type == ARTICLE_PAGE_NONE && !filter->has_min))
        return art_cli_convert(data, len, from, to, opts, out_len, err);
    article_doc *doc = from == ART_CLI_FORMAT_JSON ? article_from_json(data, len, opts, err)
                                                   : article_from_html(data, len, opts, err);
    if (!doc)
        return NULL;
    char *out = NULL;
    if (art_cli_filter_keeps(filter, doc))
        out = art_cli_write_doc(doc, to, opts, out_len, err);
    else
        *skipped = 1;
    article_doc_free(doc);
    return out;
}
