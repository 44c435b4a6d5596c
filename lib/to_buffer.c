/* article_to_*: every writer into one buffer, through its sink form. */
#include "internal.h"

char *article_to_json(const article_doc *doc, const article_options *opts, size_t *len,
                      article_error *err)
{
    return art_write_to_buffer(article_write_json, doc, opts, len, err);
}

char *article_to_html(const article_doc *doc, const article_options *opts, size_t *len,
                      article_error *err)
{
    return art_write_to_buffer(article_write_html, doc, opts, len, err);
}

char *article_to_markdown(const article_doc *doc, const article_options *opts, size_t *len,
                          article_error *err)
{
    return art_write_to_buffer(article_write_markdown, doc, opts, len, err);
}

char *article_to_text(const article_doc *doc, const article_options *opts, size_t *len,
                      article_error *err)
{
    return art_write_to_buffer(article_write_text, doc, opts, len, err);
}
