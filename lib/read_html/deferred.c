/* Content a page ships out of sight, for a script to show: a streaming
 * renderer's `<div hidden id="S:1">` that is moved into place once the
 * page runs, or a whole thread in `<noscript>` for readers without
 * scripts. When one such element holds more text than everything visible
 * on the page, it *is* the page: it is revealed (the `hidden` attribute
 * taken off, the `<noscript>` made a `<div>`) before the body is looked
 * for. Anything smaller stays hidden: menus, pop-ups, templates. */
#include "read_html.h"

#include <string.h>

/* Text under root, not going into script, style, template. */
static size_t all_text(xmlNode *root)
{
    size_t len = 0;
    xmlNode *n = root->children;
    while (n) {
        if (n->type == XML_TEXT_NODE)
            len += art_visible_chars((const char *)n->content);
        n = art_dom_is(n, "script") || art_dom_is(n, "style") || art_dom_is(n, "template")
                ? art_dom_skip(n, root)
                : art_dom_next(n, root);
    }
    return len;
}

static int deferred(const xmlNode *n)
{
    return art_dom_is(n, "noscript") ||
           ((art_dom_is(n, "div") || art_dom_is(n, "section") || art_dom_is(n, "main")) &&
            art_dom_attr(n, "hidden") != NULL);
}

/* 1 when an element between n and page (both left out) is junk: the
 * walk of the visible page does not go into those. */
static int under_junk(const xmlNode *n, const xmlNode *page)
{
    for (const xmlNode *p = n->parent; p && p != page; p = p->parent)
        if (art_html_is_junk_element(p))
            return 1;
    return 0;
}

/* Visible text of the page: not going into junk or deferred elements. */
static size_t shown_text(xmlNode *page)
{
    size_t shown = 0;
    xmlNode *n = page->children;
    while (n) {
        if (n->type == XML_TEXT_NODE)
            shown += art_visible_chars((const char *)n->content);
        n = n->type == XML_ELEMENT_NODE && (deferred(n) || art_html_is_junk_element(n))
                ? art_dom_skip(n, page)
                : art_dom_next(n, page);
    }
    return shown;
}

void art_html_reveal_deferred(art_html_ctx *ctx)
{
    xmlNode *page = art_dom_body(ctx->html);
    if (!page || !art_html_rule(ctx, ART_RULE_DEFERRED_CONTENT))
        return;
    /* The largest deferred element first, by names alone; the visible
     * text (every text node, every element's junk test) is measured only
     * when there is one big enough to matter, which most pages lack. */
    size_t best_len = 0;
    xmlNode *best = NULL;
    xmlNode *n = page->children;
    while (n) {
        if (n->type != XML_ELEMENT_NODE || !deferred(n)) {
            n = art_dom_next(n, page);
            continue;
        }
        if (!under_junk(n, page)) {
            size_t len = all_text(n);
            if (len > best_len) {
                best_len = len;
                best = n;
            }
        }
        n = art_dom_skip(n, page);
    }
    if (!best || best_len < 500 || best_len <= shown_text(page))
        return;
    if (art_dom_is(best, "noscript"))
        xmlNodeSetName(best, (const xmlChar *)"div");
    else
        art_dom_unset_attr(best, "hidden");
}
