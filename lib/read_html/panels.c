/* Collapsed panels. A product or documentation page folds its
 * description, specifications and care notes into accordions and tabs:
 * a button that says it is closed (aria-expanded="false") and, right
 * after it, the panel it opens, hidden until then (display:none, the
 * `hidden` attribute). The reader leaves hidden elements out, which on
 * such a page leaves out the content and keeps the widgets around it.
 * When the page's main column is read (page_column.c, which reads with
 * ARTICLE_OPT_RECALL), such a panel is content: a hidden block whose
 * previous sibling (or, when it is the only element of its wrappers,
 * the wrapper's) is, or holds, a closed toggle, and whose text is not
 * mostly links (a folded menu is). Anything else that hides it (a
 * navigation tag or role, a pop-up's class) still does. */
#include "read_html.h"

#include <string.h>

/* How far the bounded looks go: a toggle sits at the top of its
 * header; a panel's text is measured on its first nodes. */
enum { TOGGLE_BUDGET = 24, TEXT_BUDGET = 2000 };

/* 1 when n, or an element among its first descendants, is a closed
 * toggle. */
static int closed_toggle(const xmlNode *n)
{
    int budget = TOGGLE_BUDGET;
    const xmlNode *d = n;
    while (d && budget-- > 0) {
        if (d->type == XML_ELEMENT_NODE) {
            const char *ex = art_dom_attr(d, "aria-expanded");
            if (ex && strcmp(ex, "false") == 0)
                return 1;
        }
        if (d->children) {
            d = d->children;
            continue;
        }
        d = art_dom_skip_const(d, n);
    }
    return 0;
}

/* 1 when n's text, as far as the look goes, is there and not mostly in
 * links. */
static int plain_text(const xmlNode *n)
{
    size_t text = 0, link = 0;
    int budget = TEXT_BUDGET;
    const xmlNode *d = n->children;
    while (d && budget-- > 0) {
        int skip = d->type == XML_ELEMENT_NODE &&
                   (art_dom_is(d, "script") || art_dom_is(d, "style") || art_dom_is(d, "a"));
        if (d->type == XML_ELEMENT_NODE && art_dom_is(d, "a"))
            link += art_dom_visible_len(d, 4096);
        if (d->type == XML_TEXT_NODE && d->content)
            text += strlen((const char *)d->content);
        if (!skip && d->children) {
            d = d->children;
            continue;
        }
        d = art_dom_skip_const(d, n);
    }
    return text > 0 && link < text;
}

int art_html_collapsed_panel(const xmlNode *n)
{
    if (!art_html_is_hidden(n))
        return 0;
    static const char *const tags[] = {"div", "section", "ul", "ol", "dl", "p", "table"};
    int block = 0;
    for (size_t i = 0; i < sizeof tags / sizeof *tags && !block; i++)
        block = art_dom_is(n, tags[i]);
    const char *role = art_dom_attr(n, "role");
    if (!block || (role && strcmp(role, "region") != 0 && strcmp(role, "tabpanel") != 0))
        return 0;
    if (!plain_text(n))
        return 0;
    /* The toggle before the panel, or before the wrapper the panel is the
     * only element of. */
    for (const xmlNode *p = n; p && p->type == XML_ELEMENT_NODE; p = p->parent) {
        const xmlNode *prev = p->prev;
        while (prev && prev->type != XML_ELEMENT_NODE)
            prev = prev->prev;
        if (prev)
            return closed_toggle(prev);
        const xmlNode *next = p->next;
        while (next && next->type != XML_ELEMENT_NODE)
            next = next->next;
        if (next)
            return 0;
    }
    return 0;
}
