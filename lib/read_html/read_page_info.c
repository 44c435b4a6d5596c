/* What was read, set on the document once the stages are done: the page
 * type (page_type.c), the confidence (confidence.c) and, when asked, the
 * body candidates with their paths. (The library's own pages state
 * theirs: own_meta.c reads them.) */
#include "read_html.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void art_html_node_path(const xmlNode *n, char *buf, size_t size)
{
    /* Steps from n up to <body>, then written top-down. */
    const xmlNode *chain[64];
    size_t depth = 0;
    int cut = 0;
    for (const xmlNode *k = n; k && k->type == XML_ELEMENT_NODE; k = k->parent) {
        if (depth == sizeof chain / sizeof *chain) {
            cut = 1;
            break;
        }
        chain[depth++] = k;
        if (art_dom_is(k, "body"))
            break;
    }
    /* Each step as "tag#id" or "tag.first-class", shortest suffix that fits. */
    char step[64][48];
    size_t lens[64], total = 0, first = depth;
    for (size_t i = 0; i < depth; i++) {
        const xmlNode *k = chain[i];
        const char *id = art_dom_attr(k, "id");
        const char *cls = art_dom_attr(k, "class");
        size_t cl = 0;
        while (cls && *cls && art_is_space((unsigned char)*cls))
            cls++;
        while (cls && cls[cl] && !art_is_space((unsigned char)cls[cl]))
            cl++;
        int w;
        if (id && *id)
            w = snprintf(step[i], sizeof step[i], "%s#%.30s", (const char *)k->name, id);
        else if (cl)
            w = snprintf(step[i], sizeof step[i], "%s.%.*s", (const char *)k->name,
                         (int)(cl > 30 ? 30 : cl), cls);
        else
            w = snprintf(step[i], sizeof step[i], "%s", (const char *)k->name);
        lens[i] = w < 0 ? 0 : (size_t)w >= sizeof step[i] ? sizeof step[i] - 1 : (size_t)w;
        size_t need = total + lens[i] + (i ? 3 : 0);
        if (need + 6 >= size) {
            cut = 1;
            break;
        }
        total = need;
        first = i + 1;
    }
    size_t at = 0;
    buf[0] = '\0';
    if (cut && size > 6) {
        memcpy(buf, "... > ", 6);
        at = 6;
    }
    for (size_t i = first; i-- > 0;) {
        size_t l = lens[i];
        if (at + l + 4 > size)
            break;
        memcpy(buf + at, step[i], l);
        at += l;
        if (i) {
            memcpy(buf + at, " > ", 3);
            at += 3;
        }
    }
    buf[at < size ? at : size - 1] = '\0';
}

article_status art_html_read_page_info(art_html_ctx *ctx)
{
    art_body_stats body;
    art_html_doc_body_stats(ctx, &body);
    article_page_type type = art_html_page_type(ctx, ctx->widened ? &ctx->typed_body : &body);
    article_status st = article_doc_set_page_type(ctx->doc, type);
    if (st == ARTICLE_OK)
        st = article_doc_set_confidence(ctx->doc, art_html_confidence(ctx, type, &body));
    for (size_t i = 0;
         st == ARTICLE_OK && (ctx->flags & ARTICLE_OPT_CANDIDATES) && i < ctx->n_cands; i++) {
        const art_body_candidate *c = &ctx->cands[i];
        st = art_doc_add_candidate(ctx->doc, c->path, c->score, c->text,
                                   c->text > 0 ? c->link / c->text : 0);
    }
    return st == ARTICLE_OK ? st : art_error_set(ctx->err, st, "out of memory");
}
