/* The render core of the HTML, Markdown and text writers, in the shape of
 * cmark's render.c: one walk over the tree that drives a writer's table of
 * callbacks per node type, and the document's groups (sections, related
 * links, comments) put in order once, each with its label in the article's
 * language. A writer is its art_renderer table plus its own state. */
#include "write_common.h"

#include <string.h>

/* The rule of a node's type; NULL (and noted) when the writer has none:
 * a type added to the model but not to a writer fails the write loudly. */
static const art_render_rule *rule_of(art_render *r, const article_node *n)
{
    const art_render_rule *rule = n->type < ART_RENDER_TYPES ? &r->renderer->rules[n->type] : NULL;
    if (rule && rule->enter)
        return rule;
    if (r->missing == ARTICLE_NODE_NONE)
        r->missing = (article_node_type)n->type;
    return NULL;
}

static void before(art_render *r, const article_node *n, int entering)
{
    if (r->renderer->before)
        r->renderer->before(r, n, entering);
}

/* Hands full buffers to the sink, between nodes of the outermost walk
 * only: a callback's nested walk is part of one node. */
static void maybe_flush(art_render *r)
{
    if (r->nested || !r->sink_open)
        return;
    if (r->out.buf.len)
        r->last_char = (unsigned char)r->out.buf.data[r->out.buf.len - 1];
    art_out_maybe_flush(&r->out);
}

/* ENTER of `n`: 1 when the walk goes on into its children. */
static int enter(art_render *r, const article_node *n)
{
    const art_render_rule *rule = rule_of(r, n);
    if (!rule)
        return 0;
    before(r, n, 1);
    return rule->enter(r, n) && !article_node_is_leaf(n);
}

static void leave(art_render *r, const article_node *n)
{
    const art_render_rule *rule = rule_of(r, n);
    if (!rule)
        return;
    before(r, n, 0);
    if (rule->exit)
        rule->exit(r, n);
}

void art_render_children(art_render *r, const article_node *parent)
{
    if (!parent->first)
        return;
    art_walk w = {parent, parent->first, ARTICLE_EVENT_NONE};
    article_event ev;
    while ((ev = art_walk_next(&w)) != ARTICLE_EVENT_DONE) {
        const article_node *n = w.node;
        if (n == parent)
            continue; /* its EXIT: the walk is DONE next */
        if (ev == ARTICLE_EVENT_ENTER) {
            if (!enter(r, n))
                art_walk_skip(&w);
        } else {
            leave(r, n);
        }
        maybe_flush(r);
    }
}

void art_render_nested(art_render *r, const article_node *container)
{
    r->nested++;
    art_render_children(r, container);
    r->nested--;
}

void art_render_node(art_render *r, const article_node *n)
{
    if (enter(r, n)) {
        art_render_children(r, n);
        leave(r, n);
    }
    maybe_flush(r);
}

int art_render_at_line_start(const art_render *r)
{
    return art_render_last_char(r) == '\n';
}

int art_render_last_char(const art_render *r)
{
    const art_buf *b = r->buf;
    return b->len ? (unsigned char)b->data[b->len - 1] : r->last_char;
}

void art_render_init_buf(art_render *r, const art_renderer *renderer, void *w, art_buf *b,
                         const art_wr_labels *labels)
{
    memset(r, 0, sizeof *r);
    r->renderer = renderer;
    r->w = w;
    r->buf = b;
    r->labels = labels;
    r->last_char = '\n';
}

/* The root's children by group, in the order every writer shares. */
static void render_groups(art_render *r)
{
    const article_node *root = article_doc_root(r->doc);
    const struct {
        article_node_type type;
        const char *label;
    } groups[] = {{ARTICLE_NODE_SECTION, NULL},
                  {ARTICLE_NODE_RELATED, r->labels->related},
                  {ARTICLE_NODE_COMMENT, r->labels->comments}};
    for (size_t g = 0; g < sizeof groups / sizeof groups[0]; g++) {
        size_t count = 0;
        for (const article_node *c = root->first; c; c = c->next)
            count += c->type == groups[g].type;
        if (r->renderer->group)
            r->renderer->group(r, groups[g].type, count, groups[g].label, 1);
        else if (count && groups[g].label)
            r->renderer->title(r, groups[g].label);
        for (const article_node *c = root->first; c; c = c->next)
            if (c->type == groups[g].type)
                art_render_node(r, c);
        if (r->renderer->group)
            r->renderer->group(r, groups[g].type, count, groups[g].label, 0);
    }
}

article_status art_render_doc(const art_renderer *renderer, void *w, const article_doc *doc,
                              article_sink sink, void *ctx, const article_options *opts,
                              article_error *err)
{
    art_error_clear(err);
    if (!doc || !sink)
        return art_error_set(err, ARTICLE_ERR_INVALID_ARG, "no document or sink");
    art_render r;
    art_render_init_buf(&r, renderer, w, NULL,
                        art_wr_labels_for(article_doc_get(doc, ARTICLE_FIELD_LANGUAGE)));
    art_allocator_resolve(opts ? opts->allocator : NULL, &r.alc);
    art_out_init(&r.out, &r.alc, sink, ctx);
    r.buf = &r.out.buf;
    r.sink_open = 1;
    r.doc = doc;
    r.opts = opts;
    r.flags = opts ? opts->flags : 0;
    renderer->head(&r);
    render_groups(&r);
    renderer->tail(&r);
    if (r.missing != ARTICLE_NODE_NONE) {
        art_out_finish(&r.out, NULL);
        return art_error_set(err, ARTICLE_ERR_INVALID_ARG, "the %s writer cannot write a %s node",
                             renderer->name, article_node_type_string(r.missing));
    }
    return art_out_finish(&r.out, err);
}

int art_render_by_parent(art_render *r, const article_node *n)
{
    (void)r;
    (void)n;
    return 0;
}

int art_render_descend(art_render *r, const article_node *n)
{
    (void)r;
    (void)n;
    return 1;
}
