/* Status names and filling article_error without allocating. */
#include "internal.h"

#include <stdio.h>
#include <string.h>

const char *article_version(void)
{
    return ARTICLE_VERSION_STRING;
}

const char *article_status_string(article_status status)
{
    switch (status) {
    case ARTICLE_OK:
        return "ok";
    case ARTICLE_ERR_NOMEM:
        return "out of memory";
    case ARTICLE_ERR_INVALID_ARG:
        return "invalid argument";
    case ARTICLE_ERR_SYNTAX:
        return "syntax error";
    case ARTICLE_ERR_SCHEMA:
        return "schema error";
    case ARTICLE_ERR_ENCODING:
        return "encoding error";
    case ARTICLE_ERR_LIMIT:
        return "limit exceeded";
    case ARTICLE_ERR_IO:
        return "input/output error";
    }
    return "unknown status";
}

void art_error_clear(article_error *err)
{
    if (err)
        memset(err, 0, sizeof *err);
}

article_status art_error_set(article_error *err, article_status status, const char *fmt, ...)
{
    if (err) {
        err->status = status;
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->message, sizeof err->message, fmt, ap);
        va_end(ap);
    }
    return status;
}

void art_error_set_path(article_error *err, const char *path)
{
    if (err)
        snprintf(err->path, sizeof err->path, "%s", path ? path : "");
}

void art_error_set_position(article_error *err, int line, int column, size_t offset)
{
    if (err) {
        err->line = line;
        err->column = column;
        err->offset = offset;
    }
}

void article_options_init(article_options *opts)
{
    if (opts)
        memset(opts, 0, sizeof *opts);
}
