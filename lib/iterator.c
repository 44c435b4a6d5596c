/* A depth-first walk with ENTER/EXIT events and no recursion. */
#include "internal.h"

struct article_iter {
    article_allocator alc;
    article_node *root;
    article_node *node;
    article_event event;
};

article_iter *article_iter_new(article_node *root)
{
    if (!root)
        return NULL;
    const article_allocator *a = &root->doc->arena.alc;
    article_iter *it = a->malloc(a->ctx, sizeof *it);
    if (!it)
        return NULL;
    it->alc = *a;
    it->root = root;
    it->node = root;
    it->event = ARTICLE_EVENT_NONE;
    return it;
}

void article_iter_free(article_iter *iter)
{
    if (iter)
        iter->alc.free(iter->alc.ctx, iter);
}

static int enters_children(const article_node *n)
{
    return !article_node_is_leaf(n);
}

article_event article_iter_next(article_iter *it)
{
    article_event ev = it->event;
    article_node *n = it->node;
    if (ev == ARTICLE_EVENT_DONE)
        return ev;
    if (ev == ARTICLE_EVENT_NONE) {
        it->event = ARTICLE_EVENT_ENTER;
        return it->event;
    }
    if (ev == ARTICLE_EVENT_ENTER && enters_children(n)) {
        if (n->first) {
            it->node = n->first;
            it->event = ARTICLE_EVENT_ENTER;
        } else {
            it->event = ARTICLE_EVENT_EXIT;
        }
        return it->event;
    }
    /* After EXIT, or ENTER of a leaf: next sibling or parent's EXIT. */
    if (n == it->root) {
        it->event = ARTICLE_EVENT_DONE;
        it->node = NULL;
    } else if (n->next) {
        it->node = n->next;
        it->event = ARTICLE_EVENT_ENTER;
    } else if (n->parent) {
        it->node = n->parent;
        it->event = ARTICLE_EVENT_EXIT;
    } else {
        it->event = ARTICLE_EVENT_DONE;
        it->node = NULL;
    }
    return it->event;
}

article_node *article_iter_get_node(const article_iter *iter)
{
    return iter ? iter->node : NULL;
}

article_event article_iter_get_event(const article_iter *iter)
{
    return iter ? iter->event : ARTICLE_EVENT_NONE;
}

void article_iter_reset(article_iter *iter, article_node *current, article_event event)
{
    if (!iter)
        return;
    iter->node = current;
    iter->event = event;
}
