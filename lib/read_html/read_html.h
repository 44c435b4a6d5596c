/* Private interface of the HTML reader: one context, stages in their own
 * files. The entry point (read_html.c) sniffs the charset, parses with
 * libxml2, then runs the stages in order on the same tree:
 *
 *   meta.c     metadata of every source, merged with a precedence
 *   content.c  finds the article body and converts it to sections/blocks
 *   related.c, comments.c   related links and comments, out of the body
 *
 * Each stage may drop DOM nodes it has consumed (xmlUnlinkNode/xmlFreeNode),
 * so later stages do not see them twice. */
#ifndef ARTICLE_READ_HTML_H
#define ARTICLE_READ_HTML_H

#include "../internal.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

typedef struct art_html_ctx {
    article_doc *doc;                /* the document being built */
    htmlDocPtr html;                 /* the parsed page */
    const article_options *opts;     /* never NULL (defaults filled in) */
    article_error *err;              /* may be NULL */
    const char *base_url;            /* arena string, or NULL: resolve against it */
    unsigned flags;                  /* opts->flags */
} art_html_ctx;

/* Stages. Each returns ARTICLE_OK or an error already set in ctx->err. */
article_status art_html_read_meta(art_html_ctx *ctx);
article_status art_html_read_content(art_html_ctx *ctx);

/* The charset to parse `bytes` with: the hint, a BOM, <meta charset> or
 * http-equiv in the first 1024 bytes, else "UTF-8" when the bytes are valid
 * UTF-8, else "windows-1252". Writes a name libxml2 knows into out. */
void art_html_sniff_charset(const char *bytes, size_t len, const char *hint, char *out,
                            size_t out_size);

/* `href` made absolute against ctx->base_url (arena string), or NULL when
 * it cannot be a link target (javascript:, empty). */
const char *art_html_resolve_url(art_html_ctx *ctx, const char *href);
