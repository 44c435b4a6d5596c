/* Boilerplate: which elements of a page are never part of an article's
 * body (scripts, forms, navigation, share bars, ads, hidden elements...).
 * Pure predicates over one element; the scorer and the converter both ask
 * them, so what is left out of the score is also left out of the body. */
#include "read_html.h"

#include <string.h>
#include <strings.h>

/* Elements that never carry article text. */
static const char *const never_tags[] = {
    "script", "style",  "noscript", "template", "svg",    "canvas", "form",     "button",
    "input",  "select", "textarea", "nav",      "object", "map",    "dialog",   "menu",
    "link",   "meta",   "head",     "title",    "label",  "option", "fieldset",
};

/* art_dom_is(n, list[i]) for some i, with the name read once and its
 * first byte tested inline (asked of every element, several times). */
static int in_list(const xmlNode *n, const char *const *list, size_t count)
{
    if (!n || n->type != XML_ELEMENT_NODE || !n->name)
        return 0;
    const char *name = (const char *)n->name;
    for (size_t i = 0; i < count; i++)
        if (name[0] == list[i][0] && strcmp(name, list[i]) == 0)
            return 1;
    return 0;
}

/* Hints strong enough to drop an element whatever else its class says. */
static const char *const strong_negative[] = {
    "comment",       "disqus",     "share",           "sharing",          "social",
    "newsletter",    "subscri",    "related",         "recommend",        "outbrain",
    "taboola",       "advert",     "sponsor",         "cookie",           "consent",
    "gdpr",          "popup",      "modal",           "sidebar",          "promo",
    "breadcrumb",    "paywall",    "signup",          "sign-up",          "most-popular",
    "mostpopular",   "trending",   "read-more",       "readmore",         "more-stories",
    "author-bio",    "authorbio",  "about-author",    "about-the-author", "skip-link",
    "newsletter",    "print-only", "visually-hidden", "visuallyhidden",   "sr-only",
    "screen-reader", "byline",     "dateline",        "timestamp",        "toolbar",
    "pagination",    "masthead",   "footer",
};

/* Whole-token negative hints, dropped unless a positive hint is there too. */
static const char *const weak_negative[] = {
    "ad",     "ads",    "adv",    "nav",  "navbar",         "navigation", "menu",         "banner",
    "widget", "tags",   "tag",    "meta", "tools",          "extra",      "footnote-ref", "skip",
    "login",  "header", "author", "date", "caption-credit", "pager",      "rail",         "aside",
    "dfp",    "gpt",    "teaser", "card", "inline-ad",
};

static const char *const positive[] = {
    "article", "body", "content", "entry", "post", "story", "text", "main", "prose",
};

#define COUNT(list) (sizeof list / sizeof *list)

static const char *const popup_words[] = {"modal", "popup", "pop-up", "dialog", "lightbox"};

_Static_assert(COUNT(strong_negative) <= ART_WORDS_MAX && COUNT(weak_negative) <= ART_WORDS_MAX &&
                   COUNT(positive) <= ART_WORDS_MAX && COUNT(popup_words) <= ART_WORDS_MAX,
               "an art_words index holds at most ART_WORDS_MAX words");

void art_html_junk_words_init(art_junk_words *w)
{
    art_words_init(&w->strong, strong_negative, COUNT(strong_negative));
    art_words_init(&w->weak, weak_negative, COUNT(weak_negative));
    art_words_init(&w->positive, positive, COUNT(positive));
    art_words_init(&w->popup, popup_words, COUNT(popup_words));
}

/* Class/id hints of the class-and-id string s: -2 strongly negative, -1
 * negative, 0, 1 positive. */
static int weight_of(const char *s, const art_junk_words *x)
{
    if (!*s)
        return 0;
    if (art_words_find(&x->strong, s, 0))
        return -2;
    int w = art_words_find(&x->weak, s, 1) ? -1 : 0;
    if (art_words_find(&x->positive, s, 0))
        return w < 0 ? 0 : 1;
    return w;
}

/* Pop-ups, modals and dialogs, given n's class-and-id string s:
 * role=dialog/alertdialog, aria-modal, or a class/id token modal, popup,
 * dialog, lightbox (whole tokens: a "modalwindow" or "popular" is not
 * one). Their junk hint is 3: no amount of prose keeps them. */
static int popup_of(const xmlNode *n, const char *s, const art_words *words)
{
    const char *aria = art_dom_attr(n, "aria-modal");
    if (aria && strcmp(aria, "true") == 0)
        return 1;
    const char *role = art_dom_attr(n, "role");
    if (role && (strcmp(role, "dialog") == 0 || strcmp(role, "alertdialog") == 0))
        return 1;
    return *s && art_words_find(words, s, 1);
}

/* art_html_is_hidden from n's attributes. */
static int hidden_by_attrs(const xmlNode *n)
{
    if (art_dom_attr(n, "hidden"))
        return 1;
    const char *aria = art_dom_attr(n, "aria-hidden");
    if (aria && strcmp(aria, "true") == 0)
        return 1;
    const char *style = art_dom_attr(n, "style");
    if (style) {
        /* "display: none" with any spacing, "visibility:hidden". */
        char compact[128];
        size_t k = 0;
        for (const char *p = style; *p && k + 1 < sizeof compact; p++)
            if (!art_is_space((unsigned char)*p))
                compact[k++] = (char)((*p >= 'A' && *p <= 'Z') ? *p - 'A' + 'a' : *p);
        compact[k] = '\0';
        if (strstr(compact, "display:none") || strstr(compact, "visibility:hidden"))
            return 1;
    }
    return 0;
}

int art_html_is_hidden(const xmlNode *n)
{
    /* Kept in n's attribute block (dom.c) on first ask; a change to the
     * attributes drops the block. No attributes: not hidden. */
    if (!n || n->type != XML_ELEMENT_NODE || !n->properties)
        return 0;
    art_dom_attrs *r = n->psvi;
    if (!r)
        return hidden_by_attrs(n);
    if (r->hidden == ART_DOM_HINT_UNSET)
        r->hidden = (signed char)hidden_by_attrs(n);
    return r->hidden;
}

/* Class names lie: a "modal-enabled" or "has-sidebar" wrapper may hold
 * the whole article. An element with several paragraphs of plain text
 * (not links) is not dropped for its class. The counts: visible
 * characters of plain and of linked text, and runs of plain text of 80 or
 * more. (A short wire story fills about 800.) */
int art_html_outweighs_hint(int hint, double plain, double linked, unsigned blocks)
{
    /* A pop-up is out of the reading flow however much prose it holds
     * (rules, terms, sign-up pitches). */
    if (hint >= 3)
        return 0;
    if (hint >= 2)
        return blocks >= 3 && plain >= 700 && plain >= 2 * linked;
    return blocks >= 2 && plain >= 330 && plain >= 2 * linked;
}

/* The same counts from a bounded look, for callers without the scorer's
 * (comment bodies, a body the scorer did not see). */
static int substantial(const xmlNode *root, int hint)
{
    size_t plain = 0, linked_len = 0;
    unsigned blocks = 0;
    int budget = 5000;
    const xmlNode *n = root->children;
    while (n && budget-- > 0) {
        int down = 1;
        if (n->type == XML_TEXT_NODE && n->content) {
            int linked = 0;
            for (const xmlNode *p = n->parent; p && p != root; p = p->parent)
                if (art_dom_is(p, "a")) {
                    linked = 1;
                    break;
                }
            size_t len = art_visible_chars((const char *)n->content);
            if (linked) {
                linked_len += len;
            } else {
                plain += len;
                if (len >= 80)
                    blocks++;
            }
        } else if (n->type == XML_ELEMENT_NODE &&
                   (art_dom_is(n, "script") || art_dom_is(n, "style"))) {
            down = 0;
        }
        if (down && n->type == XML_ELEMENT_NODE && n->children) {
            n = n->children;
            continue;
        }
        if (!(n = art_dom_skip_const(n, root)))
            break;
    }
    return art_html_outweighs_hint(hint, (double)plain, (double)linked_len, blocks);
}

int art_html_is_junk_element(const xmlNode *n)
{
    if (!n || n->type != XML_ELEMENT_NODE)
        return 0;
    if (in_list(n, never_tags, sizeof never_tags / sizeof *never_tags) && !art_dom_is(n, "form"))
        return 1;
    if (art_html_is_hidden(n))
        return 1;
    const char *role = art_dom_attr(n, "role");
    if (role && (strcmp(role, "navigation") == 0 || strcmp(role, "complementary") == 0 ||
                 strcmp(role, "banner") == 0 || strcmp(role, "contentinfo") == 0 ||
                 strcmp(role, "dialog") == 0 || strcmp(role, "alert") == 0 ||
                 strcmp(role, "search") == 0 || strcmp(role, "menu") == 0))
        return 1;
    return art_dom_is(n, "footer") || art_dom_is(n, "aside");
}

/* What n's class, id, role and aria-modal say, from its own attributes
 * alone: 3 a pop-up, else weight_of's -2..1. x: the lists indexed, or
 * NULL to index them here when there is a class or id to match
 * (indexing costs more than most tests). */
static int class_verdict(const xmlNode *n, const art_junk_words *x)
{
    /* Class and id read once for both tests below. */
    char s[512];
    art_dom_class_and_id(n, s, sizeof s);
    if (!*s) /* no word to find: popup_of reads only role and aria-modal */
        return popup_of(n, s, NULL) ? 3 : 0;
    art_junk_words own;
    if (!x) {
        art_html_junk_words_init(&own);
        x = &own;
    }
    if (popup_of(n, s, &x->popup))
        return 3;
    return weight_of(s, x);
}

/* class_verdict, kept in n's attribute block (dom.c) on first ask: only
 * n's own attributes go into it, and a change to them drops the block. */
static int class_verdict_kept(const xmlNode *n, const art_junk_words *x)
{
    art_dom_attrs *r = n->properties ? n->psvi : NULL;
    if (!r)
        return class_verdict(n, x);
    if (r->class_hint == ART_DOM_HINT_UNSET)
        r->class_hint = (signed char)class_verdict(n, x);
    return r->class_hint;
}

int art_html_junk_hint(const xmlNode *n, unsigned flags)
{
    return art_html_junk_hint_with(n, flags, NULL);
}

int art_html_junk_hint_with(const xmlNode *n, unsigned flags, const art_junk_words *x)
{
    if (!n || n->type != XML_ELEMENT_NODE)
        return 0;
    /* A form is boilerplate unless it wraps the page (old ASP.NET sites). */
    if (art_dom_is(n, "form"))
        return 2;
    /* Media and tables are judged by what they are, not their class. */
    static const char *const own_tags[] = {
        "figure", "img", "picture", "table", "pre",        "code", "p",    "blockquote",
        "li",     "td",  "tr",      "a",     "figcaption", "body", "html",
    };
    if (in_list(n, own_tags, sizeof own_tags / sizeof *own_tags))
        return 0;
    int w = class_verdict_kept(n, x);
    if (w == 3)
        return 3;
    if (w <= -2)
        return 2;
    /* Inside a figure, captions and credits are the figure's own. */
    const xmlNode *p = n->parent;
    for (int hops = 0; w < 0 && p && hops < 3; hops++, p = p->parent)
        if (art_dom_is(p, "figure") || art_dom_is(p, "figcaption"))
            return 0;
    /* RECALL keeps what is only weakly flagged. */
    if (w < 0 && !(flags & ARTICLE_OPT_RECALL))
        return 1;
    return 0;
}

int art_html_is_junk(const xmlNode *n, unsigned flags)
{
    if (!n || n->type != XML_ELEMENT_NODE)
        return 0;
    if (art_html_is_junk_element(n))
        return 1;
    /* The scorer has already weighed this element's class with exact
     * counts (see art_html_find_body). */
    if (n->_private == ART_HTML_MARK_JUNK)
        return 1;
    if (n->_private == ART_HTML_MARK_KEEP)
        return 0;
    int hint = art_html_junk_hint(n, flags);
    return hint && !substantial(n, hint);
}

int art_html_is_blockish(const xmlNode *n)
{
    static const char *const block_tags[] = {
        "address", "article", "aside", "blockquote", "center",     "dd",     "details", "dialog",
        "div",     "dl",      "dt",    "fieldset",   "figcaption", "figure", "footer",  "form",
        "h1",      "h2",      "h3",    "h4",         "h5",         "h6",     "header",  "hgroup",
        "hr",      "li",      "main",  "nav",        "ol",         "p",      "pre",     "section",
        "summary", "table",   "tbody", "thead",      "tfoot",      "tr",     "td",      "th",
        "ul",      "caption", "body",  "html",       "iframe",     "video",  "audio",
    };
    return in_list(n, block_tags, sizeof block_tags / sizeof *block_tags);
}

/* MARK: - Structures of the flow that are not content */

/* A table used for layout: one cell, a nested table, or cells holding
 * long runs of text. Data tables have several short cells. */
int art_html_layout_table(const xmlNode *t)
{
    const char *role = art_dom_attr(t, "role");
    if (role && strcmp(role, "presentation") == 0)
        return 1;
    size_t cells = 0;
    for (const xmlNode *g = t->children; g; g = g->next) {
        const xmlNode *rows =
            (art_dom_is(g, "tbody") || art_dom_is(g, "thead") || art_dom_is(g, "tfoot"))
                ? g->children
                : g;
        for (const xmlNode *r = rows; r; r = (rows == g ? NULL : r->next)) {
            if (!art_dom_is(r, "tr"))
                continue;
            for (const xmlNode *d = r->children; d; d = d->next) {
                if (!art_dom_is(d, "td") && !art_dom_is(d, "th"))
                    continue;
                cells++;
                if (art_dom_contains(d, "table", 300) != 0 || art_dom_contains(d, "p", 300) > 0)
                    return 1;
            }
        }
    }
    return cells <= 1;
}

/* A skip link: the first links of an accessible page, usually shown
 * only on focus, that jump past its menus to a place on the page
 * ("Skip to content", "Skip to main content", "Jump to navigation"). A
 * link to "#…" whose short text opens with these words; a sentence that
 * says "skip to" is no link to a place on the page. */
int art_html_skip_link(art_html_ctx *ctx, const xmlNode *n)
{
    static const char *const openings[] = {
        "skip to ",
        "skip navigation",
        "skip nav",
        "jump to content",
        "jump to main",
        "jump to navigation",
        "jump to search",
        "zum inhalt",
        "direkt zum inhalt",
        "aller au contenu",
        "passer au contenu",
        "saltar al contenido",
        "ir al contenido",
        "vai al contenuto",
        "ir para o conte\xc3\xba\x64o", /* "conteúdo": \x64 is 'd', a hex digit */
        "naar de inhoud",
    };
    if (!art_dom_is(n, "a") || art_dom_visible_len(n, 61) > 60)
        return 0;
    const char *href = art_dom_attr(n, "href");
    if (!href || href[0] != '#')
        return 0;
    const char *t = art_dom_text(ctx, n);
    for (size_t i = 0; t && i < sizeof openings / sizeof *openings; i++)
        if (strncasecmp(t, openings[i], strlen(openings[i])) == 0)
            return 1;
    return 0;
}

/* A heading's permalink (Sphinx's a.headerlink "¶", "#", "§"): a link
 * whose whole text is one of those marks. */
int art_html_permalink(art_html_ctx *ctx, const xmlNode *n)
{
    static const char *const marks[] = {"\xc2\xb6", "#", "\xc2\xa7", "\xf0\x9f\x94\x97"};
    if (!art_dom_is(n, "a") || art_dom_visible_len(n, 2) > 2)
        return 0;
    const char *t = art_dom_text(ctx, n);
    for (size_t i = 0; t && i < sizeof marks / sizeof *marks; i++)
        if (strcmp(t, marks[i]) == 0)
            return 1;
    return 0;
}
