/* Related links: blocks of links to other articles ("Related", "You may
 * also like", "Read next", containers marked related / more-stories /
 * recommended, rel=related lists) become RELATED nodes under the root, and
 * leave the DOM so that the body never contains them.
 *
 * A related block is a list of links whose texts are headlines (several
 * words), identified by its heading or its class. Menus, footers and tag
 * clouds fail the headline test (one- or two-word links) or sit in <nav>;
 * inline "Related: <a>" teasers inside paragraphs are left to the body's
 * converter. Every walk here is iterative. */
#include "read_html.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* How sure we are that an element is a related block. */
typedef enum rel_mode {
    REL_MARKED, /* <aside class="related">: marked as such (the writer's fragments), take all */
    REL_HEADED, /* a "Related"/"You may also like" heading names it */
    REL_CLASSED /* class/id or rel=related only: stricter checks */
} rel_mode;

/* One distinct URL of a block, in document order. */
typedef struct rel_entry {
    const xmlNode *a;    /* the link that names it */
    const xmlNode *item; /* the largest subtree holding only this link */
    const char *url;     /* arena, absolute */
    const char *title;   /* arena, collapsed */
} rel_entry;

/* Enough related links for any real page; more is a hostile page. */
#define MAX_RELATED 1000
/* Links looked at in one block, for the same reason. */
#define MAX_BLOCK_LINKS 400

/* MARK: - Small DOM helpers */

static xmlNode *next_element(xmlNode *n)
{
    for (n = n ? n->next : NULL; n; n = n->next)
        if (n->type == XML_ELEMENT_NODE)
            return n;
    return NULL;
}

static xmlNode *prev_element(xmlNode *n)
{
    for (n = n ? n->prev : NULL; n; n = n->prev)
        if (n->type == XML_ELEMENT_NODE)
            return n;
    return NULL;
}

/* Words of a class or id that say "related block". */
static const char *const related_hints[] = {
    "related",      "more-stories", "morestories",    "more_stories", "recommended",
    "read-next",    "readnext",     "read_next",      "also-like",    "alsolike",
    "you-may-like", "more-from",    "recommendation",
};
_Static_assert(sizeof related_hints / sizeof *related_hints <= ART_WORDS_MAX, "too many hints");

/* 1 when class or id (s, from class_and_id) says "related block";
 * hints: related_hints, indexed once by the walk. */
static int related_hint(const char *s, const art_words *hints)
{
    /* "unrelated" has "related": asked only of the few with a hint. */
    return *s && art_words_find(hints, s, 0) && !strstr(s, "unrelated");
}

static int is_heading_tag(const xmlNode *n)
{
    /* h2-h6 by bytes: asked of every element of the page. */
    const xmlChar *name = n && n->type == XML_ELEMENT_NODE ? n->name : NULL;
    return name && name[0] == 'h' && name[1] >= '2' && name[1] <= '6' && name[2] == '\0';
}

/* Lowercased copy of s with trailing ':' / '…' / spaces dropped. */
static void heading_key(const char *s, char *out, size_t size)
{
    size_t k = 0;
    for (const char *p = s; *p && k + 1 < size; p++)
        out[k++] = (char)((*p >= 'A' && *p <= 'Z') ? *p - 'A' + 'a' : *p);
    out[k] = '\0';
    for (;;) {
        if (k && (out[k - 1] == ':' || out[k - 1] == ' ' || out[k - 1] == '.'))
            out[--k] = '\0';
        else if (k >= 3 && strcmp(out + k - 3, "\xE2\x80\xA6") == 0)
            out[k -= 3] = '\0';
        else
            break;
    }
}

/* 1 when a heading's text names a related block. */
static int related_heading_text(const char *text)
{
    static const char *const exact[] = {
        "related",           "you may also like",   "you might also like", "you may like",
        "you might like",    "read next",           "read more",           "recommended",
        "more stories",      "also read",           "read also",           "more to read",
        "what to read next", "recommended for you", "more like this",      "up next",
    };
    static const char *const prefix[] = {
        "related ",        "more from ",   "more on ",      "you may also ",
        "you might also ", "recommended ", "more stories ", "more in ",
    };
    char key[96];
    if (strlen(text) >= sizeof key)
        return 0;
    heading_key(text, key, sizeof key);
    for (size_t i = 0; i < sizeof exact / sizeof *exact; i++)
        if (strcmp(key, exact[i]) == 0)
            return 1;
    for (size_t i = 0; i < sizeof prefix / sizeof *prefix; i++)
        if (strncmp(key, prefix[i], strlen(prefix[i])) == 0)
            return 1;
    return 0;
}

/* 1 when n is a short heading-like element whose text names a related
 * block: <h2>-<h6>, or a short element whose class says title/heading.
 * s: n's class_and_id string, read once by the main walk for this and
 * related_hint. */
static int heading_of(art_html_ctx *ctx, const xmlNode *n, const char *s)
{
    if (n->type != XML_ELEMENT_NODE)
        return 0;
    static const char *const words[] = {"title", "heading", "header"};
    if (!is_heading_tag(n) && !art_words_in(s, words, sizeof words / sizeof *words, 0))
        return 0;
    if (art_dom_text_bytes(n, 200) >= 100)
        return 0;
    const char *t = art_dom_text(ctx, n);
    return t && related_heading_text(t);
}

/* heading_of() reading n's class and id itself. */
static int related_heading(art_html_ctx *ctx, const xmlNode *n)
{
    char s[256];
    if (n->type != XML_ELEMENT_NODE)
        return 0;
    if (is_heading_tag(n))
        s[0] = '\0';
    else
        art_dom_class_and_id(n, s, sizeof s);
    return heading_of(ctx, n, s);
}

static int inside_nav(const xmlNode *n)
{
    for (; n; n = n->parent) {
        if (art_dom_is(n, "nav"))
            return 1;
        const char *role = art_dom_attr(n, "role");
        if (role && strcmp(role, "navigation") == 0)
            return 1;
    }
    return 0;
}

/* Words of a headline: tokens with a letter or digit ("&" and "|" are
 * not words). Scripts written without spaces (Chinese, Japanese) count a
 * word per two characters. */
static int count_words(const char *s)
{
    int words = 0;
    while (*s) {
        while (*s == ' ')
            s++;
        int word = 0;
        size_t wide = 0;
        for (; *s && *s != ' '; s++) {
            unsigned char c = (unsigned char)*s;
            if ((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80)
                word = 1;
            if (c >= 0xE3 && c <= 0xE9) /* lead byte of a CJK character */
                wide++;
        }
        words += word ? (wide >= 2 ? (int)(wide / 2) : 1) : 0;
    }
    return words;
}

static int positive_int(const char *s)
{
    if (!s)
        return 0;
    long v = 0;
    for (; *s >= '0' && *s <= '9'; s++) {
        v = v * 10 + (*s - '0');
        if (v > 100000)
            return 0;
    }
    return (int)v;
}

/* 1 when root's subtree has a link whose href differs from href. */
static int other_link(const xmlNode *root, const char *href)
{
    int budget = 2000;
    const xmlNode *n = root;
    while (n && budget-- > 0) {
        if (art_dom_is(n, "a")) {
            const char *h = art_dom_attr(n, "href");
            if (h && strcmp(h, href) != 0)
                return 1;
        }
        if (n->type == XML_ELEMENT_NODE && n->children) {
            n = n->children;
            continue;
        }
        if (!(n = art_dom_skip_const(n, root)))
            break;
    }
    return budget <= 0;
}

/* The item of link a: the largest ancestor below box holding no other
 * link (a <li>, a card), where the thumbnail and summary are. */
static const xmlNode *item_of(const xmlNode *a, const xmlNode *box)
{
    const char *href = art_dom_attr(a, "href");
    const xmlNode *item = a;
    while (item->parent && item->parent != box && item->parent->type == XML_ELEMENT_NODE &&
           !other_link(item->parent, href))
        item = item->parent;
    return item;
}

/* MARK: - Collecting a block */

typedef struct rel_block {
    art_buf entries; /* rel_entry[] */
    size_t count;
    size_t linked; /* text length inside links */
    size_t total;  /* text length of the block */
} rel_block;

static rel_entry *entry_at(rel_block *b, size_t i)
{
    return (rel_entry *)(void *)(b->entries.data + i * sizeof(rel_entry));
}

/* The headline of a link: its heading's text when it wraps one (cards),
 * else its own text. */
static const char *link_title(art_html_ctx *ctx, const xmlNode *a)
{
    const xmlNode *n = a->children;
    while (n) {
        if (is_heading_tag(n) || art_dom_is(n, "h1"))
            return art_dom_text(ctx, n);
        if (n->type == XML_ELEMENT_NODE && n->children) {
            n = n->children;
            continue;
        }
        if (!(n = art_dom_skip_const(n, a)))
            break;
    }
    return art_dom_text(ctx, a);
}

static int http_url(const char *url)
{
    return strncasecmp(url, "http://", 7) == 0 || strncasecmp(url, "https://", 8) == 0;
}

/* Gathers the links of box (skipping `skip`'s subtree, a heading) into b,
 * one entry per URL. Returns ARTICLE_ERR_NOMEM or ARTICLE_OK. */
static article_status collect(art_html_ctx *ctx, const xmlNode *box, const xmlNode *skip,
                              rel_block *b)
{
    b->total = art_dom_text_bytes(box, 100000);
    const xmlNode *n = box;
    size_t seen = 0;
    while (n && seen < MAX_BLOCK_LINKS) {
        int down = n->type == XML_ELEMENT_NODE && n->children && n != skip &&
                   !art_dom_is(n, "script") && !art_dom_is(n, "style");
        const char *href = art_dom_is(n, "a") && n != skip ? art_dom_attr(n, "href") : NULL;
        if (href && *href && *href != '#') {
            seen++;
            b->linked += art_dom_text_bytes(n, 100000);
            const char *url = art_html_resolve_url(ctx, href);
            const char *title = url ? link_title(ctx, n) : NULL;
            if (url && !title)
                return ARTICLE_ERR_NOMEM;
            if (url && http_url(url)) {
                size_t i = 0;
                while (i < b->count && strcmp(entry_at(b, i)->url, url) != 0)
                    i++;
                if (i < b->count) {
                    /* An image link and a text link to the same story. */
                    rel_entry *e = entry_at(b, i);
                    if (!*e->title && *title) {
                        e->title = title;
                        e->a = n;
                    }
                } else {
                    rel_entry e = {n, item_of(n, box), url, title};
                    art_buf_put(&b->entries, (const char *)&e, sizeof e);
                    if (b->entries.failed)
                        return ARTICLE_ERR_NOMEM;
                    b->count++;
                }
            }
            down = 0; /* a link's text was counted whole */
        }
        if (down) {
            n = n->children;
            continue;
        }
        if (!(n = art_dom_skip_const(n, box)))
            break;
    }
    return ARTICLE_OK;
}

/* 1 when the block looks like a list of links to articles. */
static int looks_related(const rel_block *b, rel_mode mode, size_t headlines)
{
    if (mode == REL_MARKED)
        return b->count > 0;
    if (b->count == 0 || b->total == 0)
        return 0;
    /* Teasers may carry a summary each, but not an article's worth. */
    size_t plain = b->total > b->linked ? b->total - b->linked : 0;
    if (plain > 400 * b->count || plain > 6000)
        return 0;
    if (mode == REL_HEADED)
        return headlines >= 1 && headlines * 2 >= b->count;
    return headlines >= 2 && headlines * 5 >= b->count * 3;
}

/* MARK: - Building nodes */

static int already_related(art_html_ctx *ctx, const char *url)
{
    size_t n = 0;
    for (article_node *r = article_node_first_child(article_doc_root(ctx->doc)); r;
         r = article_node_next(r)) {
        if (article_node_get_type(r) != ARTICLE_NODE_RELATED)
            continue;
        n++;
        const char *u = article_node_get_url(r);
        if (n >= MAX_RELATED || (u && strcmp(u, url) == 0))
            return 1;
    }
    return 0;
}

/* The summary of an item: its first short paragraph that is not the
 * headline. */
static const char *item_summary(art_html_ctx *ctx, const xmlNode *item, const char *title,
                                rel_mode mode)
{
    const xmlNode *n = item;
    int budget = 500;
    while (n && budget-- > 0) {
        if (art_dom_is(n, "p")) {
            const char *t = art_dom_text(ctx, n);
            if (t && *t && strlen(t) <= 400 && strcmp(t, title) != 0 &&
                (mode == REL_MARKED || count_words(t) >= 5))
                return t;
        }
        if (n->type == XML_ELEMENT_NODE && n->children && !art_dom_is(n, "p")) {
            n = n->children;
            continue;
        }
        if (!(n = art_dom_skip_const(n, item)))
            break;
    }
    return NULL;
}

static article_status set_str(article_node *r, article_attr a, const char *v)
{
    return v && *v ? article_node_set_string(r, a, v) : ARTICLE_OK;
}

static article_status add_entry(art_html_ctx *ctx, const rel_entry *e, rel_mode mode)
{
    if (already_related(ctx, e->url))
        return ARTICLE_OK;
    article_node *r = article_node_new(ctx->doc, ARTICLE_NODE_RELATED);
    if (!r)
        return ARTICLE_ERR_NOMEM;
    article_status st = article_node_set_string(r, ARTICLE_ATTR_TITLE, e->title);
    if (st == ARTICLE_OK)
        st = article_node_set_string(r, ARTICLE_ATTR_URL, e->url);
    const xmlNode *img = art_dom_is(e->item, "img") ? e->item : art_html_find_image(e->item);
    const char *src = img ? art_html_image_src(ctx, img) : NULL;
    if (st == ARTICLE_OK && src) {
        st = set_str(r, ARTICLE_ATTR_SRC, src);
        const char *alt = art_html_clean_string(ctx, art_dom_attr(img, "alt"));
        if (st == ARTICLE_OK)
            st = set_str(r, ARTICLE_ATTR_ALT, alt);
        int w = positive_int(art_dom_attr(img, "width"));
        int h = positive_int(art_dom_attr(img, "height"));
        if (st == ARTICLE_OK && w > 0)
            st = article_node_set_int(r, ARTICLE_ATTR_WIDTH, w);
        if (st == ARTICLE_OK && h > 0)
            st = article_node_set_int(r, ARTICLE_ATTR_HEIGHT, h);
    }
    if (st == ARTICLE_OK)
        st = set_str(r, ARTICLE_ATTR_SUMMARY, item_summary(ctx, e->item, e->title, mode));
    if (st == ARTICLE_OK)
        st = article_node_append_child(article_doc_root(ctx->doc), r);
    return st;
}

/* Reads box (with an optional heading outside it) as a related block.
 * *taken is 1 when it is one: the caller then removes it from the DOM. */
static article_status try_block(art_html_ctx *ctx, const xmlNode *box, const xmlNode *heading,
                                rel_mode mode, int *taken)
{
    *taken = 0;
    if (mode != REL_MARKED && inside_nav(box))
        return ARTICLE_OK;
    rel_block b;
    memset(&b, 0, sizeof b);
    art_buf_init(&b.entries, &ctx->doc->arena.alc);
    article_status st = collect(ctx, box, heading, &b);
    size_t headlines = 0;
    for (size_t i = 0; st == ARTICLE_OK && i < b.count; i++)
        if (count_words(entry_at(&b, i)->title) >= 3)
            headlines++;
    if (st == ARTICLE_OK && looks_related(&b, mode, headlines)) {
        *taken = 1;
        for (size_t i = 0; st == ARTICLE_OK && i < b.count; i++) {
            const rel_entry *e = entry_at(&b, i);
            /* "More", "Next page", an author's name: not headlines. */
            if (mode != REL_MARKED && (count_words(e->title) < 3 || related_heading_text(e->title)))
                continue;
            if (!(ctx->flags & ARTICLE_OPT_NO_RELATED))
                st = add_entry(ctx, e, mode);
        }
    }
    art_buf_free(&b.entries);
    return st;
}

/* MARK: - Finding blocks */

/* A list whose links all say rel=related. */
static int rel_related_list(const xmlNode *n)
{
    if (!art_dom_is(n, "ul") && !art_dom_is(n, "ol"))
        return 0;
    int links = 0;
    const xmlNode *c = n->children;
    int budget = 2000;
    while (c && budget-- > 0) {
        if (art_dom_is(c, "a") && art_dom_attr(c, "href")) {
            const char *rel = art_dom_attr(c, "rel");
            if (!rel || !strstr(rel, "related"))
                return 0;
            links++;
        }
        if (c->type == XML_ELEMENT_NODE && c->children) {
            c = c->children;
            continue;
        }
        if (!(c = art_dom_skip_const(c, n)))
            break;
    }
    return links > 0;
}

/* The list a related heading introduces: the next element after it (or
 * after the wrapper it sits alone in). Sets *head to what precedes it. */
static xmlNode *heading_target(xmlNode *h, xmlNode **head)
{
    for (int up = 0; up < 3 && h; up++) {
        xmlNode *next = next_element(h);
        if (next) {
            *head = h;
            return next;
        }
        if (!h->parent || art_dom_is(h->parent, "body") || prev_element(h))
            return NULL;
        h = h->parent;
    }
    return NULL;
}

/* A heading inside box's first few elements that names a related block. */
static const xmlNode *inner_heading(art_html_ctx *ctx, const xmlNode *box)
{
    const xmlNode *n = box->children;
    int budget = 12;
    while (n && budget > 0) {
        if (n->type == XML_ELEMENT_NODE) {
            budget--;
            if (related_heading(ctx, n))
                return n;
            if (art_dom_is(n, "a"))
                return NULL; /* the links have started */
        }
        if (n->type == XML_ELEMENT_NODE && n->children) {
            n = n->children;
            continue;
        }
        if (!(n = art_dom_skip_const(n, box)))
            break;
    }
    return NULL;
}

article_status art_html_read_related(art_html_ctx *ctx)
{
    xmlNode *body = art_dom_body(ctx->html);
    xmlNode *n = body ? body->children : NULL;
    article_status st = ARTICLE_OK;
    art_words hints;
    art_words_init(&hints, related_hints, sizeof related_hints / sizeof *related_hints);
    while (n && st == ARTICLE_OK && !art_html_out_of_time(ctx)) {
        if (n->type != XML_ELEMENT_NODE || art_dom_is(n, "script") || art_dom_is(n, "style") ||
            art_dom_is(n, "nav") || art_dom_is(n, "head")) {
            n = art_dom_skip(n, body);
            continue;
        }
        int taken = 0;
        xmlNode *first = n, *last = n;
        /* class and id read once for related_hint and heading_of. */
        char cls[256];
        art_dom_class_and_id(n, cls, sizeof cls);
        if (art_dom_is(n, "aside") && art_dom_has_class(n, "related")) {
            st = try_block(ctx, n, NULL, REL_MARKED, &taken);
        } else if (related_hint(cls, &hints) || rel_related_list(n)) {
            const xmlNode *h = inner_heading(ctx, n);
            st = try_block(ctx, n, h, h ? REL_HEADED : REL_CLASSED, &taken);
            /* A heading just before the box belongs to it. */
            xmlNode *prev = prev_element(n);
            if (taken && prev && related_heading(ctx, prev))
                first = prev;
        } else if (heading_of(ctx, n, cls)) {
            xmlNode *head = NULL;
            xmlNode *list = heading_target(n, &head);
            if (list && !related_heading(ctx, list)) {
                st = try_block(ctx, list, NULL, REL_HEADED, &taken);
                first = head;
                last = list;
            }
        }
        if (!taken) {
            n = art_dom_next(n, body);
            continue;
        }
        xmlNode *after = art_dom_skip(last, body);
        /* first precedes last as a sibling (or is last). */
        while (first && first != last) {
            xmlNode *next = first->next;
            xmlUnlinkNode(first);
            xmlFreeNode(first);
            first = next;
        }
        xmlUnlinkNode(last);
        xmlFreeNode(last);
        n = after;
    }
    if (st != ARTICLE_OK && ctx->err && ctx->err->status == ARTICLE_OK)
        art_error_set(ctx->err, st, "reading related links: %s", article_status_string(st));
    return st;
}
