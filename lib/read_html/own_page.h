/* The strict reader of the library's own pages: a page article_to_html()
 * wrote in full mode (its head says <meta name="generator"
 * content="libarticle ...">) is read as the format docs/html-format.md
 * specifies, exactly, by these files alone:
 *
 *   own_page.c    the mark, the page's parts, errors
 *   own_meta.c    the head: JSON-LD, page type, confidence
 *   own_body.c    the body: sections and blocks, related links, comments
 *   own_inline.c  inline content
 *
 * None of the heuristic stages (meta.c, content.c, convert.c, related.c,
 * comments.c ...) runs on such a page, and none of them knows about it.
 * What does not match the format is an error (ARTICLE_ERR_SCHEMA, with
 * the line of the element at fault), never a guess. */
#ifndef ARTICLE_OWN_PAGE_H
#define ARTICLE_OWN_PAGE_H

#include "read_html.h"

/* 1 when the page carries the writer's mark in its head. */
int art_own_page(htmlDocPtr page);
/* The page's <head>, or NULL. */
const xmlNode *art_own_head(htmlDocPtr page);

/* Sets ctx->err to ARTICLE_ERR_SCHEMA "own page: <why>", at the line of
 * element `at` (may be NULL), and returns ARTICLE_ERR_SCHEMA. */
article_status art_own_error_at(art_html_ctx *ctx, const xmlNode *at, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
#define art_own_error(ctx, ...) art_own_error_at((ctx), NULL, __VA_ARGS__)

/* The head's metadata, page type and confidence (own_meta.c). */
article_status art_own_read_meta(art_html_ctx *ctx);
/* The body's sections, related links and comments, in that order on the
 * document root (own_body.c). */
article_status art_own_read_body(art_html_ctx *ctx);
/* The inline content of element `from` (its children) appended to
 * `container`, whitespace collapsed; with `stop`, the walk ends at a
 * <small class="credit"> child of `from`, returned there (own_inline.c). */
article_status art_own_read_inlines(art_html_ctx *ctx, const xmlNode *from, article_node *container,
                                    const xmlNode **stop);

#endif
