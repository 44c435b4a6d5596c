/* A depth-first walk with ENTER/EXIT events and no recursion. */
#include "internal.h"

struct article_iter {
    article_allocator alc;
    art_walk walk;
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
    it->walk.root = root;
    it->walk.node = root;
    it->walk.event = ARTICLE_EVENT_NONE;
    return it;
}

void article_iter_free(article_iter *iter)
{
    if (iter)
        iter->alc.free(iter->alc.ctx, iter);
}

article_event art_walk_next(art_walk *w)
{
    article_node *n = w->node;
    switch (w->event) {
    case ARTICLE_EVENT_DONE:
        return w->event;
    case ARTICLE_EVENT_NONE:
        return w->event = ARTICLE_EVENT_ENTER;
    case ARTICLE_EVENT_ENTER:
        if (!article_node_is_leaf(n)) {
            if (n->first) {
                w->node = n->first;
                return w->event = ARTICLE_EVENT_ENTER;
            }
            return w->event = ARTICLE_EVENT_EXIT;
        }
        break;
    case ARTICLE_EVENT_EXIT:
        break;
    }
    /* After EXIT, or ENTER of a leaf: next sibling or parent's EXIT. */
    if (n == w->root || (!n->next && !n->parent)) {
        w->node = NULL;
        return w->event = ARTICLE_EVENT_DONE;
    }
    if (n->next) {
        w->node = n->next;
        return w->event = ARTICLE_EVENT_ENTER;
    }
    w->node = n->parent;
    return w->event = ARTICLE_EVENT_EXIT;
}

void art_walk_skip(art_walk *w)
{
    if (w->event == ARTICLE_EVENT_ENTER)
        w->event = ARTICLE_EVENT_EXIT;
}

article_event article_iter_next(article_iter *it)
{
    return art_walk_next(&it->walk);
}

article_node *article_iter_get_node(const article_iter *iter)
{
    return iter ? iter->walk.node : NULL;
}

article_event article_iter_get_event(const article_iter *iter)
{
    return iter ? iter->walk.event : ARTICLE_EVENT_NONE;
}

void article_iter_reset(article_iter *iter, article_node *current, article_event event)
{
    if (!iter)
        return;
    iter->walk.node = current;
    iter->walk.event = event;
}
