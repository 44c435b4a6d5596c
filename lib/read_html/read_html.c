/* article_from_html: bytes in any charset -> libxml2 tree -> the model.
 * The stages (meta.c, content.c, ...) run on one tree; see read_html.h. */
#include "own_page.h"
#include "read_html.h"

#include <libxml/encoding.h>
#include <libxml/parser.h>
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* libxml2 keeps process-wide tables; it must be initialised once before
 * any thread parses. */
static pthread_once_t libxml_once = PTHREAD_ONCE_INIT;

static void libxml_init(void)
{
    xmlInitParser();
}

/* <base href> in the head, resolved against the caller's URL. */
static void find_base_url(art_html_ctx *ctx)
{
    const char *page_url = ctx->opts->url;
    if (page_url && *page_url)
        ctx->base_url = art_doc_strdup(ctx->doc, page_url);
    xmlNodePtr root = xmlDocGetRootElement(ctx->html);
    for (xmlNodePtr n = root ? root->children : NULL; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE || !art_dom_is(n, "head"))
            continue;
        for (xmlNodePtr h = n->children; h; h = h->next) {
            const char *href = art_dom_is(h, "base") ? art_dom_attr(h, "href") : NULL;
            if (href && *href) {
                const char *abs = art_html_resolve_url(ctx, href);
                if (abs)
                    ctx->base_url = abs;
                return;
            }
        }
    }
}

/* Limits of article_options on the parsed tree, in one walk without
 * recursion: depth, attributes per element, length of one text run; and
 * each element's attributes gathered for the stages (ctx->scratch). */
static article_status check_limits(art_html_ctx *ctx)
{
    const article_options *o = ctx->opts;
    size_t max_depth = o->max_depth ? o->max_depth : ARTICLE_DEFAULT_MAX_DEPTH;
    size_t max_text = o->max_text ? o->max_text : ARTICLE_DEFAULT_MAX_TEXT;
    size_t max_attrs = o->max_attributes ? o->max_attributes : ARTICLE_DEFAULT_MAX_ATTRIBUTES;
    xmlNodePtr root = xmlDocGetRootElement(ctx->html);
    xmlNodePtr n = root;
    size_t depth = 1;
    while (n && !art_html_out_of_time(ctx)) {
        ctx->tree_nodes++;
        if (n->type == XML_ELEMENT_NODE) {
            /* The one walk that reads every attribute list: it gathers
             * them for the stages' lookups (dom.c). */
            if (art_dom_gather_attrs(&ctx->scratch, n) > max_attrs)
                return art_error_set(ctx->err, ARTICLE_ERR_LIMIT,
                                     "an element has more than max_attributes (%zu) "
                                     "attributes",
                                     max_attrs);
        } else if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content &&
                   strnlen((const char *)n->content, max_text + 1) > max_text) {
            return art_error_set(ctx->err, ARTICLE_ERR_LIMIT,
                                 "a text run is longer than max_text (%zu bytes)", max_text);
        }
        if (n->type == XML_ELEMENT_NODE && n->children) {
            if (++depth > max_depth)
                return art_error_set(ctx->err, ARTICLE_ERR_LIMIT,
                                     "the page nests deeper than max_depth (%zu)", max_depth);
            n = n->children;
            continue;
        }
        while (n && n != root && !n->next) {
            n = n->parent;
            depth--;
        }
        n = n && n != root ? n->next : NULL;
    }
    return ARTICLE_OK;
}

/* Once the body is converted nothing reads libxml2's tree: the stages
 * after it work on the model (content.c's tidying, order_root, the page
 * type from the signals gathered before), so the tree and the attribute
 * blocks go here rather than after them. On a page of paragraphs the tree
 * is twice the model: the model's last lists and the JSON writer then
 * find that memory free instead of adding to it. */
static article_status release_tree(art_html_ctx *ctx)
{
    xmlFreeDoc(ctx->html);
    ctx->html = NULL;
    ctx->thread_body = NULL;
    ctx->spared = NULL;
    art_arena_release(&ctx->scratch);
    return ARTICLE_OK;
}

/* The root holds sections, then related links, then comments. The stages
 * that take related links and comments out of the page run before the
 * body is converted, so move what they added behind the sections. */
static article_status order_root(art_html_ctx *ctx)
{
    article_node *root = article_doc_root(ctx->doc);
    /* Moving related links and comments keeps the body's statistics: they
     * count the sections' text in the sections' order, and the comments
     * among the root's children, none of which this changes. */
    int stats_held = ctx->has_stats && ctx->stats_revision == ctx->doc->revision;
    static const article_node_type tail[] = {ARTICLE_NODE_RELATED, ARTICLE_NODE_COMMENT};
    for (size_t k = 0; k < sizeof tail / sizeof tail[0]; k++) {
        article_node *last = article_node_last_child(root);
        article_node *n = article_node_first_child(root);
        while (n) {
            article_node *next = n == last ? NULL : article_node_next(n);
            if (article_node_get_type(n) == tail[k])
                (void)article_node_append_child(root, n);
            n = next;
        }
    }
    if (stats_held)
        ctx->stats_revision = ctx->doc->revision;
    return ARTICLE_OK;
}

void art_html_doc_body_stats(art_html_ctx *ctx, art_body_stats *out)
{
    /* The page column and the page type ask one after the other; on a
     * long page each walk of the document is a twentieth of its time. */
    if (!ctx->has_stats || ctx->stats_revision != ctx->doc->revision) {
        art_html_body_stats(ctx->doc, &ctx->stats);
        ctx->stats_revision = ctx->doc->revision;
        ctx->has_stats = 1;
    }
    *out = ctx->stats;
}

/* From a tree of this many nodes on, the converter frees the blocks it
 * has read (read_html.h): about 25 MB of libxml2's nodes, where a long
 * news page has a few thousand. ARTICLE_DEV_FREE_TREE=N sets it for the
 * bench and the tests (1: every page), a development switch like
 * ARTICLE_DEV_WITHOUT (docs/reader.md). */
#define FREE_TREE_FROM ((size_t)100000)

static size_t free_tree_from_env(void)
{
    const char *v = getenv("ARTICLE_DEV_FREE_TREE");
    if (!v || !*v)
        return FREE_TREE_FROM;
    char *end;
    unsigned long long n = strtoull(v, &end, 10);
    return *end || n == 0 ? FREE_TREE_FROM : (size_t)n;
}

/* One reading of the page, after the checks on the call: NULL on an error
 * (err says which) or, with *again set, when a reading after the
 * conversion needed a part of the tree that the converter had freed
 * (free_from: the tree's size from which it frees, SIZE_MAX never). */
static article_doc *read_page(const char *html, size_t len, const article_options *opts,
                              article_error *err, const art_deadline *deadline,
                              const char *encoding, int utf8_valid, size_t free_from, int *again)
{
    *again = 0;
    article_doc *doc = article_doc_new(opts->allocator);
    if (!doc) {
        art_error_set(err, ARTICLE_ERR_NOMEM, "out of memory");
        return NULL;
    }
    /* An empty page is an article with nothing in it, not an error. */
    /* Pages not in valid UTF-8 are decoded here first: libxml2's own
     * conversion stops reading at the first byte it cannot decode. */
    htmlDocPtr page = NULL;
    const char *raw = NULL;
    if (len) {
        int plain = strcasecmp(encoding, "UTF-8") == 0 &&
                    (utf8_valid >= 0 ? utf8_valid : art_utf8_valid(html, len));
        size_t utf8_len = 0;
        char *utf8 =
            plain ? NULL : art_html_to_utf8(html, len, encoding, &doc->arena.alc, &utf8_len);
        /* UTF-8 from here on: parsed without script and style bodies. */
        const char *in = utf8 ? utf8 : plain ? html : NULL;
        raw = plain ? html : NULL;
        size_t in_len = utf8 ? utf8_len : len;
        size_t spans_count = 0;
        art_html_span *spans =
            in ? art_html_raw_text_spans(in, in_len,
                                         opts->max_text ? opts->max_text : ARTICLE_DEFAULT_MAX_TEXT,
                                         &doc->arena.alc, &spans_count)
               : NULL;
        if (spans) {
            page = art_html_parse_spans(in, spans, spans_count, opts->url, "UTF-8");
            doc->arena.alc.free(doc->arena.alc.ctx, spans);
        } else if (in) {
            page = art_html_parse(in, in_len, opts->url, "UTF-8");
        } else {
            page = art_html_parse(html, len, opts->url, encoding);
        }
        doc->arena.alc.free(doc->arena.alc.ctx, utf8);
    }

    art_html_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.doc = doc;
    ctx.html = page;
    ctx.opts = opts;
    ctx.err = err;
    ctx.flags = opts->flags;
    ctx.deadline = *deadline;
    ctx.free_from = free_from;
    ctx.rules_off = art_html_rules_off_from_env();
    ctx.raw = raw;
    ctx.raw_len = raw ? len : 0;
    art_arena_init(&ctx.scratch, &doc->arena.alc);

    /* The stages in order, the time budget checked after the parse (one
     * libxml2 call) and after each stage: a walk cut short by it has
     * stopped early, and its stage's partial result is never returned. */
    static article_status (*const stages[])(art_html_ctx *) = {
        check_limits,
        art_html_read_meta,
        art_html_page_signals,
        art_html_read_related,
        art_html_read_thread,
        art_html_read_comments,
        art_html_read_content,
        release_tree,
        art_html_tidy_body,
        order_root,
        art_html_read_page_info,
    };
    /* The library's own pages are read by the strict reader of their
     * format (own_page.h); the heuristic stages never see one. */
    static article_status (*const own_stages[])(art_html_ctx *) = {
        check_limits,
        art_own_read_meta,
        art_own_read_body,
    };
    article_status st = ARTICLE_OK;
    if (art_deadline_passed(&ctx.deadline))
        st = art_deadline_error(&ctx.deadline, err);
    if (page && st == ARTICLE_OK) {
        ctx.own_page = art_own_page(page);
        find_base_url(&ctx);
        article_status (*const *run)(art_html_ctx *) = ctx.own_page ? own_stages : stages;
        size_t count =
            ctx.own_page ? sizeof own_stages / sizeof *own_stages : sizeof stages / sizeof *stages;
        for (size_t i = 0; i < count && st == ARTICLE_OK; i++) {
            st = run[i](&ctx);
            if (ctx.needs_tree)
                break;
            if (st == ARTICLE_OK && art_deadline_passed(&ctx.deadline))
                st = art_deadline_error(&ctx.deadline, err);
        }
    }
    if (ctx.needs_tree) {
        if (ctx.html)
            xmlFreeDoc(ctx.html);
        art_arena_release(&ctx.scratch);
        article_doc_free(doc);
        *again = 1;
        return NULL;
    }
    /* Checked once at the end: the arena bounds memory meanwhile, and a
     * model over the limit is refused whole rather than cut somewhere. */
    size_t max_nodes = opts->max_nodes ? opts->max_nodes : ARTICLE_DEFAULT_MAX_NODES;
    if (st == ARTICLE_OK && doc->node_count > max_nodes)
        st = art_error_set(err, ARTICLE_ERR_LIMIT, "the page makes more than max_nodes (%zu) nodes",
                           max_nodes);
    /* The caller's URL is the article's when the page names none. */
    if (st == ARTICLE_OK && !article_doc_get(doc, ARTICLE_FIELD_URL) && opts->url && *opts->url)
        st = article_doc_set(doc, ARTICLE_FIELD_URL, opts->url);
    if (st != ARTICLE_OK && err && err->status == ARTICLE_OK)
        art_error_set(err, st, "%s", article_status_string(st));
    if (ctx.html)
        xmlFreeDoc(ctx.html);
    art_arena_release(&ctx.scratch);
    if (st != ARTICLE_OK) {
        article_doc_free(doc);
        return NULL;
    }
    return doc;
}

article_doc *article_from_html(const char *html, size_t len, const article_options *opts,
                               article_error *err)
{
    art_error_clear(err);
    article_options defaults;
    if (!opts) {
        article_options_init(&defaults);
        opts = &defaults;
    }
    if (!html && len) {
        art_error_set(err, ARTICLE_ERR_INVALID_ARG, "html is NULL");
        return NULL;
    }
    size_t max_input = opts->max_input_size ? opts->max_input_size : ARTICLE_DEFAULT_MAX_INPUT;
    if (len > max_input || len > (size_t)INT_MAX) {
        art_error_set(err, ARTICLE_ERR_LIMIT, "input is larger than max_input_size (%zu bytes)",
                      len > max_input ? max_input : (size_t)INT_MAX);
        return NULL;
    }
    pthread_once(&libxml_once, libxml_init);
    art_deadline deadline;
    art_deadline_start(&deadline, opts);

    char encoding[64];
    if (opts->charset && *opts->charset) {
        xmlCharEncodingHandlerPtr h = xmlFindCharEncodingHandler(opts->charset);
        if (!h) {
            art_error_set(err, ARTICLE_ERR_ENCODING, "unknown charset \"%.60s\"", opts->charset);
            return NULL;
        }
        xmlCharEncCloseFunc(h);
    }
    int utf8_valid; /* 1, 0, or -1 when the sniff did not need to look */
    art_html_sniff_charset_valid(html ? html : "", len, opts->charset, encoding, sizeof encoding,
                                 &utf8_valid);
    int again = 0;
    article_doc *doc = read_page(html, len, opts, err, &deadline, encoding, utf8_valid,
                                 free_tree_from_env(), &again);
    /* Rare: a long page that is not read as an article (fallback.c,
     * page_column.c) is read again with its whole tree kept. */
    if (again)
        doc = read_page(html, len, opts, err, &deadline, encoding, utf8_valid, SIZE_MAX, &again);
    return doc;
}
