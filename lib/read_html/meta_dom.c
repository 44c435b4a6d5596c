/* One walk over the page (document order, no recursion) feeding every
 * metadata source: <html lang>, <title>, <meta>, <link>, JSON-LD scripts,
 * microdata (itemprop), <time>, rel=author links, visible bylines, a
 * breadcrumb trail and the first <h1>. JSON-LD is read after the walk,
 * once the <title> is known; lists gathered on the way are offered then. */
#include "meta.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

/* Visible bylines are short; a longer "author" element is a bio box. */
#define MAX_BYLINE 100
/* Bounds that keep hostile nesting linear: how far up an ancestor test
 * looks, and how many subtree texts the walk takes (each costs its
 * subtree; a million nested class="author" elements would be quadratic). */
#define MAX_ANCESTORS 256
#define MAX_TEXTS 256

/* The candidates of one kind of visible date: the first on the page,
 * the last before the first <h1> and the first after it (with their
 * places in the walk), and the first inside an <article>/<main>. */
typedef struct date_slot {
    const char *first, *before, *after, *in_article;
    int before_order, after_order;
} date_slot;

typedef struct walk_state {
    art_vec micro_authors, byline_authors, rel_authors, line_authors;
    art_vec label_authors;   /* the name after a "Written by" label */
    art_vec picture_authors; /* the name beside an avatar or a person glyph */
    art_vec scripts;         /* const xmlNode *: JSON-LD, read once <title> is known */
    int seen_byline, seen_time, seen_modified, seen_h1;
    int seen_crumbs;
    art_vec crumbs; /* from a breadcrumb trail in the markup */
    art_vec tags;   /* from <ul class="tags"> in a header */
    int texts_left; /* MAX_TEXTS, counted down */
    /* Visible dates, per kind (date elements, date lines); see
     * ART_PRIO_DATE_* and near_headline(). */
    date_slot date_seen, date_line;
    const char *date_changed;
    const char *time_marked; /* the <time datetime> taken as published */
    const char *time_first;  /* the first <time datetime> of the page's own */
    const char *date_last;   /* the first date in any text: the last resort */
    int order;               /* nodes walked so far: distances to the <h1> */
    int h1_order;
    int h2_order;        /* the first <h2>'s place, 0 before it */
    int date_texts_left; /* subtree texts read for dates, counted down */
    int month_first;     /* ART_DATE_* of the page's language (US English: 03/04 is March 4) */
    int max_year;        /* no publication date after next year */
    int authors_left;    /* itemprop=author elements still looked into */
    int seen_micro_author;
    const xmlNode *micro_item; /* the item the first itemprop=author is of */
} walk_state;

/* art_dom_text within the walk's budget; NULL when it is spent. */
static const char *text_of(art_html_ctx *ctx, walk_state *w, const xmlNode *n)
{
    if (w->texts_left <= 0)
        return NULL;
    w->texts_left--;
    return art_dom_text(ctx, n);
}

/* 1 when the text on the line after a <br> (next) is another part of
 * the byline than buf's ("By Jo Li<br>Staff Reporter": a name, then its
 * role), not the rest of a label ("Written by<br>Jo Li") or of a list
 * carried on at the break ("Jo Li,<br>Al Ray", "Jo Li<br>and Al Ray"). */
static int new_part(const art_buf *buf, const char *next)
{
    static const char *const joins[] = {"and ", "& ", "und ", "et ", "y "};
    if (!buf->len || buf->failed)
        return 0;
    for (size_t i = 0; i < sizeof joins / sizeof joins[0]; i++)
        if (strncasecmp(next, joins[i], strlen(joins[i])) == 0)
            return 0;
    char last = buf->data[buf->len - 1];
    if (strchr(",;:&/|-", last))
        return 0;
    char label[24];
    if (buf->len >= sizeof label)
        return 1;
    memcpy(label, buf->data, buf->len);
    label[buf->len] = '\0';
    return !art_meta_byline_label(label);
}

/* The text of a byline element as it shows: blocks apart ("<div>By Jo
 * Li</div><div>Associated Press</div>" is "By Jo Li Associated Press",
 * not "Jo LiAssociated Press"), and so are inline elements ("<a>Jo
 * Li</a><span>Senior Editor</span>": a name and its title, which a
 * style sets apart); a line after a <br> a part of its own ("By Jo
 * Li<br>Staff Reporter" is "By Jo Li", then a line that names nobody:
 * ART_BYLINE_LINE); scripts and styles left out. (Every block a part
 * of its own was tried: a section's or a provider's name in a block
 * before the writer's became an author.) */
static const char *byline_text(art_html_ctx *ctx, walk_state *w, const xmlNode *root)
{
    if (w->texts_left <= 0)
        return NULL;
    w->texts_left--;
    art_buf buf;
    art_buf_init(&buf, &ctx->doc->arena.alc);
    int pending = 0, line_break = 0;
    for (const xmlNode *n = root; n;) {
        int descend = 0;
        if (n->type == XML_TEXT_NODE && n->content) {
            const char *t = (const char *)n->content;
            size_t tlen = strlen(t);
            size_t lead = strspn(t, " \t\r\n");
            if (line_break && lead < tlen) {
                if (new_part(&buf, t + lead))
                    art_buf_putc(&buf, ART_BYLINE_LINE);
                line_break = 0;
            }
            art_buf_put_collapsed(&buf, t, tlen, &pending);
        } else if (n->type == XML_ELEMENT_NODE && !art_dom_is(n, "script") &&
                   !art_dom_is(n, "style") && !art_dom_is(n, "template")) {
            if (n != root)
                pending = 1;
            line_break |= art_dom_is(n, "br");
            descend = n->children != NULL;
        }
        if (descend) {
            n = n->children;
            continue;
        }
        while (n && n != root && !n->next) {
            n = n->parent;
            if (n && n != root)
                pending = 1;
        }
        if (!n || n == root)
            break;
        if (n->type == XML_ELEMENT_NODE)
            pending = 1;
        n = n->next;
    }
    const char *out =
        buf.failed ? NULL : art_doc_strndup(ctx->doc, buf.data ? buf.data : "", buf.len);
    art_buf_free(&buf);
    return out;
}

static int has_ancestor(const xmlNode *n, const char *tag)
{
    int up = 0;
    for (const xmlNode *p = n->parent; p && up < MAX_ANCESTORS; p = p->parent, up++)
        if (art_dom_is(p, tag))
            return 1;
    return 0;
}

/* The next node in document order under root, skipping n's children
 * when `skip` is set. */
static const xmlNode *next_node(const xmlNode *root, const xmlNode *n, int skip)
{
    if (!skip && n->children)
        return n->children;
    while (n && n != root && !n->next)
        n = n->parent;
    return n && n != root ? n->next : NULL;
}

/* The first descendant of n with itemprop `prop`, or NULL. */
static const xmlNode *find_prop(const xmlNode *n, const char *prop)
{
    for (const xmlNode *d = n->children ? n->children : NULL; d; d = next_node(n, d, 0))
        if (d->type == XML_ELEMENT_NODE && art_dom_attr_has_word(d, "itemprop", prop))
            return d;
    return NULL;
}

/* A microdata value: content, datetime, href or src, else the text. */
static const char *prop_value(art_html_ctx *ctx, walk_state *w, const xmlNode *n)
{
    const char *v = art_dom_attr(n, "content");
    if (!v && art_dom_is(n, "time"))
        v = art_dom_attr(n, "datetime");
    if (!v && (art_dom_is(n, "a") || art_dom_is(n, "link")))
        v = art_dom_attr(n, "href");
    if (!v && (art_dom_is(n, "img") || art_dom_is(n, "meta")))
        v = art_dom_attr(n, "src");
    return v ? v : text_of(ctx, w, n);
}

/* The item an itemprop belongs to: its nearest ancestor with itemscope
 * or that is an <article> (a teaser marks its author, not its item);
 * NULL outside any. */
static const xmlNode *item_of(const xmlNode *n)
{
    for (const xmlNode *p = n->parent; p && p->type == XML_ELEMENT_NODE; p = p->parent)
        if (art_dom_attr(p, "itemscope") || art_dom_is(p, "article"))
            return p;
    return NULL;
}

/* 1 when an itemprop=author belongs to the same item as the page's first
 * one: the article's authors are the first item's, and a list of
 * related articles, each its own item or <article> with its own author,
 * adds nobody; neither does a reply's in a thread (rule micro_item). */
static int same_item(art_html_ctx *ctx, walk_state *w, const xmlNode *n)
{
    if (!art_html_rule(ctx, ART_RULE_MICRO_ITEM))
        return 1;
    const xmlNode *item = item_of(n);
    if (!w->seen_micro_author) {
        w->seen_micro_author = 1;
        w->micro_item = item;
        return 1;
    }
    return item == w->micro_item;
}

static void microdata(art_html_ctx *ctx, art_meta *m, walk_state *w, const xmlNode *n)
{
    if (art_dom_attr_has_word(n, "itemprop", "headline"))
        art_meta_offer(ctx, m, ARTICLE_FIELD_TITLE, prop_value(ctx, w, n), ART_PRIO_MICRODATA);
    if (art_dom_attr_has_word(n, "itemprop", "datePublished"))
        art_meta_offer(ctx, m, ARTICLE_FIELD_PUBLISHED, prop_value(ctx, w, n), ART_PRIO_MICRODATA);
    if (art_dom_attr_has_word(n, "itemprop", "dateModified"))
        art_meta_offer(ctx, m, ARTICLE_FIELD_MODIFIED, prop_value(ctx, w, n), ART_PRIO_MICRODATA);
    if (art_dom_attr_has_word(n, "itemprop", "description") && !has_ancestor(n, "body"))
        art_meta_offer(ctx, m, ARTICLE_FIELD_SUMMARY, prop_value(ctx, w, n), ART_PRIO_MICRODATA);
    if (art_dom_attr_has_word(n, "itemprop", "inLanguage"))
        art_meta_offer(ctx, m, ARTICLE_FIELD_LANGUAGE, prop_value(ctx, w, n), ART_PRIO_MICRODATA);
    if ((art_dom_attr_has_word(n, "itemprop", "author") ||
         art_dom_attr_has_word(n, "itemprop", "creator")) &&
        same_item(ctx, w, n) && w->authors_left-- > 0) {
        int scope = art_dom_attr(n, "itemscope") != NULL;
        const xmlNode *url = scope ? find_prop(n, "url") : NULL;
        const char *href = url ? prop_value(ctx, w, url) : art_dom_attr(n, "href");
        const xmlNode *name = scope ? find_prop(n, "name") : NULL;
        if (!name) {
            const char *text = prop_value(ctx, w, n);
            if (text && strlen(text) <= MAX_BYLINE)
                art_meta_push_byline(ctx, m, &w->micro_authors, text, href);
        }
        /* Every itemprop=name of the scope is one person. */
        while (name) {
            int is_name =
                name->type == XML_ELEMENT_NODE && art_dom_attr_has_word(name, "itemprop", "name");
            if (is_name) {
                const char *text = prop_value(ctx, w, name);
                if (text && strlen(text) <= MAX_BYLINE)
                    art_meta_push_byline(ctx, m, &w->micro_authors, text, href);
                href = NULL;
            }
            name = next_node(n, name, is_name);
        }
    }
}

/* ASCII lower case: the words looked for in class and id are ASCII. */
static int lower(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* 1 when s starts with `word` (lower case), ignoring case. Stops at the
 * NUL of s, which no word holds. */
static int starts_ci(const char *s, const char *word)
{
    for (; *word; s++, word++)
        if (lower((unsigned char)*s) != *word)
            return 0;
    return 1;
}

/* 1 when attr holds `part` (lower case), ignoring case. */
static int attr_has_part_plain(const char *attr, const char *part)
{
    for (const char *p = attr; p && *p; p++)
        if (lower((unsigned char)*p) == part[0] && starts_ci(p, part))
            return 1;
    return 0;
}

/* 1 when attr holds one of `parts` (lower case) as a case-insensitive
 * substring. Called for most elements of the page, so each position is
 * first tested against the parts' first letters only. */
static int attr_has_part(const char *attr, const char *const *parts, size_t count)
{
    for (const char *p = attr; p && *p; p++) {
        int c = lower((unsigned char)*p);
        for (size_t i = 0; i < count; i++) {
            if (c != parts[i][0] || !starts_ci(p, parts[i]))
                continue;
            /* "authorization", "authorise", "authority" are not authors */
            const char *after = p + strlen(parts[i]);
            if (!starts_ci(after, "iz") && !starts_ci(after, "is") && !starts_ci(after, "it"))
                return 1;
        }
    }
    return 0;
}

/* Case-insensitive substring of the class or id, one of `parts`. */
static int class_or_id_has(const xmlNode *n, const char *const *parts, size_t count)
{
    return attr_has_part(art_dom_attr(n, "class"), parts, count) ||
           attr_has_part(art_dom_attr(n, "id"), parts, count);
}

/* The words looked for in every element's class and id, in one pass:
 * the byline's (as byline_element) and the date's (as date_class). */
static const char *const class_parts[] = {"byline",  "author", "writtenby", "date",     "time",
                                          "publish", "posted", "meta",      "released", "created"};
#define BYLINE_PARTS 0x007u /* byline, author, writtenby */
#define DATE_PARTS 0x3F9u   /* byline, date ... created */

/* For each first letter a-z of class_parts, the bits (a-z) of the
 * second letters that start one with it ("by", "au", "wr", "da", "ti",
 * "pu", "po", "me", "re", "cr"); entry 26 is for every other byte. Most
 * places in a class string start none: one test of two bytes passes
 * over them, where the first letter alone let through most letters (an
 * unpredictable branch at each). */
#define PAIR(x) (1u << ((x) - 'a'))
static const uint32_t part_second[27] = {
    ['a' - 'a'] = PAIR('u'), ['b' - 'a'] = PAIR('y'), ['c' - 'a'] = PAIR('r'),
    ['d' - 'a'] = PAIR('a'), ['m' - 'a'] = PAIR('e'), ['p' - 'a'] = PAIR('u') | PAIR('o'),
    ['r' - 'a'] = PAIR('e'), ['t' - 'a'] = PAIR('i'), ['w' - 'a'] = PAIR('r'),
};
#undef PAIR

/* 1 when p's first two bytes (any case) can start one of class_parts. */
static int starts_part(const char *p)
{
    unsigned c = (unsigned)lower((unsigned char)p[0]) - 'a';
    unsigned d = (unsigned)lower((unsigned char)p[1]) - 'a';
    uint32_t second = part_second[c < 26 ? c : 26];
    return (int)((d < 26) & (second >> (d & 31)));
}

/* The class_parts (as bits) that attr holds, among `want`. */
static unsigned attr_parts(const char *attr, unsigned want)
{
    unsigned found = 0;
    for (const char *p = attr; p && *p; p++) {
        if (!starts_part(p))
            continue;
        int c = lower((unsigned char)*p);
        for (unsigned i = 0; i < sizeof class_parts / sizeof class_parts[0]; i++) {
            unsigned bit = 1u << i;
            if (!(want & bit) || (found & bit) || c != class_parts[i][0] ||
                !starts_ci(p, class_parts[i]))
                continue;
            /* "authorization", "authorise", "authority" are not authors */
            const char *after = p + strlen(class_parts[i]);
            if (i == 1 &&
                (starts_ci(after, "iz") || starts_ci(after, "is") || starts_ci(after, "it")))
                continue;
            found |= bit;
        }
    }
    return found;
}

/* The class_parts among `want` that n's class or id holds. */
static unsigned class_words(const xmlNode *n, unsigned want)
{
    return want ? attr_parts(art_dom_attr(n, "class"), want) |
                      attr_parts(art_dom_attr(n, "id"), want)
                : 0;
}

/* Inside a comment thread: bylines and times there are the comments'.
 * <body> and <html> are not looked at: WordPress writes the page's
 * comment state there ("no-comments", "comments-open"). */
static int in_comments(const xmlNode *n)
{
    static const char *const comment[] = {"comment"};
    int up = 0;
    for (const xmlNode *p = n->parent; p && p->type == XML_ELEMENT_NODE && up < MAX_ANCESTORS;
         p = p->parent, up++) {
        if (art_dom_is(p, "body"))
            return 0;
        if (class_or_id_has(p, comment, 1))
            return 1;
    }
    return 0;
}

/* <nav aria-label="Breadcrumb">, class="breadcrumb(s)": a trail. */
static int breadcrumb_element(const xmlNode *n)
{
    const char *label = art_dom_attr(n, "aria-label");
    if (label && strncasecmp(label, "breadcrumb", 10) == 0)
        return 1;
    return attr_has_part_plain(art_dom_attr(n, "class"), "breadcrumb");
}

/* The first <a> under n (n included), or NULL. */
static const xmlNode *first_link(const xmlNode *n)
{
    for (const xmlNode *d = n; d; d = next_node(n, d, 0))
        if (art_dom_is(d, "a") && art_dom_attr(d, "href"))
            return d;
    return NULL;
}

/* name without a separator drawn after it: "Home >", "News »", "Blog /". */
static const char *trim_separator(art_html_ctx *ctx, const char *name)
{
    static const char *const seps[] = {">", "\xc2\xbb", "\xe2\x80\xba", "/", "|", "\xe2\x86\x92"};
    size_t len = strlen(name);
    /* Trailing spaces, no-break ones included. */
    while (len && (name[len - 1] == ' ' || (len >= 2 && (unsigned char)name[len - 2] == 0xC2 &&
                                            (unsigned char)name[len - 1] == 0xA0)))
        len -= name[len - 1] == ' ' ? 1 : 2;
    for (size_t i = 0; i < sizeof seps / sizeof seps[0]; i++) {
        size_t n = strlen(seps[i]);
        if (len > n && strcmp(name + len - n, seps[i]) == 0) {
            len -= n;
            while (len && name[len - 1] == ' ')
                len--;
            return art_doc_strndup(ctx->doc, name, len);
        }
    }
    return art_doc_strndup(ctx->doc, name, len);
}

/* One crumb per <li> of the trail (its text, its link's href), or per
 * <a> when the trail has no list. */
static void breadcrumbs(art_html_ctx *ctx, art_meta *m, walk_state *w, const xmlNode *trail)
{
    int has_li = 0;
    for (const xmlNode *d = trail; d && !has_li; d = next_node(trail, d, 0))
        has_li = art_dom_is(d, "li");
    const char *want = has_li ? "li" : "a";
    for (const xmlNode *d = trail->children ? trail->children : NULL; d;) {
        int hit = art_dom_is(d, want);
        if (hit && w->crumbs.count < ART_META_MAX_LIST) {
            const char *name = text_of(ctx, w, d);
            const xmlNode *a = first_link(d);
            const char *href = a ? art_dom_attr(a, "href") : NULL;
            /* A share bar ("Email me" -> mailto:) is no trail. */
            if (href && (strncasecmp(href, "mailto:", 7) == 0 ||
                         strncasecmp(href, "javascript:", 11) == 0)) {
                w->crumbs.count = 0;
                return;
            }
            name = name ? trim_separator(ctx, name) : NULL;
            /* Separators drawn as list items ("›", "/") are no crumbs. */
            if (name && strlen(name) > 1 && strlen(name) <= MAX_BYLINE) {
                art_person p = {art_meta_clean(ctx, name),
                                href ? art_html_resolve_url(ctx, href) : NULL};
                if (!p.name || art_vec_push(&ctx->doc->arena, &w->crumbs, sizeof p, &p))
                    m->failed = 1;
            }
        }
        d = next_node(trail, d, hit);
    }
}

static void date_element(art_html_ctx *ctx, walk_state *w, const xmlNode *n, const char *attr);
static int in_chrome(const xmlNode *n);
static int label_says_updated(art_html_ctx *ctx, const xmlNode *n);

static void times(art_html_ctx *ctx, art_meta *m, walk_state *w, const xmlNode *n)
{
    const char *dt = art_dom_attr(n, "datetime");
    if (!dt) {
        date_element(ctx, w, n, NULL);
        return;
    }
    int modified = art_dom_has_class(n, "modified") || art_dom_has_class(n, "updated") ||
                   label_says_updated(ctx, n);
    if (!w->time_first && !modified && !in_comments(n) && !in_chrome(n))
        w->time_first = dt;
    int marked = art_dom_attr(n, "pubdate") || art_dom_has_class(n, "published") ||
                 art_dom_has_class(n, "entry-date");
    /* An unmarked <time> counts only in an article or a header, and not
     * in a comment (a comment's <time> is its own). */
    int placed = (has_ancestor(n, "article") || has_ancestor(n, "header")) && !in_comments(n);
    if (modified && !w->seen_modified) {
        art_meta_offer(ctx, m, ARTICLE_FIELD_MODIFIED, dt, ART_PRIO_DOM);
        w->seen_modified = 1;
    } else if (!modified && (marked || placed) && !w->seen_time) {
        art_meta_offer(ctx, m, ARTICLE_FIELD_PUBLISHED, dt, ART_PRIO_DOM);
        w->seen_time = 1;
        w->time_marked = dt;
    } else if (!modified && !in_comments(n)) {
        date_element(ctx, w, n, dt);
    }
}

/* MARK: - Dates the page shows */

/* 1 when n's ARIA role makes it the page's footer, navigation or
 * sidebar ("This page was last edited on ..." in role=contentinfo). */
static int chrome_role(const xmlNode *n)
{
    const char *role = art_dom_attr(n, "role");
    return role && (strcasecmp(role, "contentinfo") == 0 || strcasecmp(role, "navigation") == 0 ||
                    strcasecmp(role, "complementary") == 0);
}

/* 1 when n or one of its ancestors is navigation, a footer or a sidebar
 * (as an element or a role): dates there are other pages' (or today's). */
static int in_chrome(const xmlNode *n)
{
    int up = 0;
    for (const xmlNode *p = n; p && p->type == XML_ELEMENT_NODE && up < MAX_ANCESTORS;
         p = p->parent, up++)
        if (art_dom_is(p, "nav") || art_dom_is(p, "footer") || art_dom_is(p, "aside") ||
            chrome_role(p))
            return 1;
    return 0;
}

/* Records a candidate of one kind at the walk's current place. */
static void slot_put(walk_state *w, date_slot *slot, const xmlNode *n, const char *date)
{
    if (!slot->first)
        slot->first = date;
    if (!slot->in_article && (has_ancestor(n, "article") || has_ancestor(n, "main")))
        slot->in_article = date;
    if (!w->seen_h1) {
        slot->before = date;
        slot->before_order = w->order;
    } else if (!slot->after) {
        slot->after = date;
        slot->after_order = w->order;
    }
}

/* 1 when the slot needs no more candidates: it has one after the <h1>. */
static int slot_full(const date_slot *slot)
{
    return slot->after != NULL;
}

/* Nodes between a date above the headline and the headline, at most:
 * a date line over the <h1> belongs to it, the site header's "today"
 * further up does not. */
#define NEAR_HEADLINE 40

/* The slot's date next to the headline, as a reader finds it: the
 * nearer of the one just above the <h1> and the first below it; without
 * an <h1>, the first in the <article>. NULL when none is near. */
static const char *near_headline(const walk_state *w, const date_slot *slot)
{
    if (!w->seen_h1)
        return slot->in_article;
    int above = slot->before ? w->h1_order - slot->before_order : -1;
    int below = slot->after ? slot->after_order - w->h1_order : -1;
    if (above >= 0 && above <= NEAR_HEADLINE && (below < 0 || above <= below))
        return slot->before;
    return slot->after ? slot->after : slot->in_article;
}

/* 1 when n has at most `limit` nodes under it: date elements are small,
 * and their text is read whole. */
static int small_subtree(const xmlNode *n, int limit)
{
    for (const xmlNode *d = n->children; d; d = next_node(n, d, 0))
        if (--limit < 0)
            return 0;
    return 1;
}

/* class or id saying the date is a change: "updated", "modified". */
static int changed_class(const xmlNode *n)
{
    static const char *const changed[] = {"updat", "modif"};
    return class_or_id_has(n, changed, 2);
}

/* 1 when the label just before n says its date is a change: the text
 * or small element before it ("Updated <time ...>", "<em>Last Updated:
 * </em> January 7, 2025"). */
static int label_says_updated(art_html_ctx *ctx, const xmlNode *n)
{
    const xmlNode *p = NULL;
    /* The first thing in its element ("Updated <time>Jul 24</time>"):
     * the label is before the element, two levels up at most. */
    for (int up = 0; up < 3 && n; up++, n = n->parent) {
        p = n->prev;
        /* Passed over: blanks, a colon alone and comments (a framework's
         * "Updated<!-- -->: <!-- -->December 04, 2025"). */
        while (p && (p->type == XML_COMMENT_NODE ||
                     (p->type == XML_TEXT_NODE && p->content &&
                      !p->content[strspn((const char *)p->content, " \t\r\n:")])))
            p = p->prev;
        if (p)
            break;
    }
    if (!p || (p->type != XML_TEXT_NODE && !(p->type == XML_ELEMENT_NODE && small_subtree(p, 4))))
        return 0;
    const char *t = p->type == XML_TEXT_NODE ? (const char *)p->content : art_dom_text(ctx, p);
    size_t len = t ? strnlen(t, 64) : 0;
    /* A label has no date of its own: "Updated May 5" before "May 1" is
     * another date, not this one's label. */
    return len && len < 64 && !t[strcspn(t, "0123456789")] && art_date_says_updated(t, len);
}

/* A candidate from a date element: its datetime-like attribute when
 * given, else the first date in its text. "Updated ..." before the date,
 * or a class that says so, makes it the modified date instead. */
static void date_element(art_html_ctx *ctx, walk_state *w, const xmlNode *n, const char *attr)
{
    if (slot_full(&w->date_seen) || w->date_texts_left <= 0 || (attr && !*attr) || in_chrome(n) ||
        in_comments(n))
        return;
    int is_changed = changed_class(n) || label_says_updated(ctx, n);
    const char *date = NULL;
    if (attr) {
        date = art_meta_date(ctx, attr);
    } else if (small_subtree(n, 24)) {
        w->date_texts_left--;
        const char *text = art_dom_text(ctx, n);
        size_t at = 0;
        date = text && strlen(text) <= 160
                   ? art_meta_date_in_text(ctx, text, w->month_first, w->max_year, &at)
                   : NULL;
        if (date && art_date_says_updated(text, at))
            is_changed = 1;
    }
    if (!date)
        return;
    if (is_changed) {
        if (!w->date_changed)
            w->date_changed = date;
        return;
    }
    slot_put(w, &w->date_seen, n, date);
}

/* The bytes of s[0..len) with each run of whitespace counted once: the
 * length a reader sees, whatever the page's indentation inside the text. */
static size_t seen_length(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += !(art_is_space((unsigned char)s[i]) && i && art_is_space((unsigned char)s[i - 1]));
    return n;
}

/* A short text that is a date line ("January 22, 2014", "Samstag, 5.
 * Oktober 2013"): a candidate of its own, after the element ones. */
static void date_line(art_html_ctx *ctx, walk_state *w, const xmlNode *t)
{
    const char *s = (const char *)t->content;
    if (!s || (slot_full(&w->date_line) && w->date_last))
        return;
    while (art_is_space((unsigned char)*s))
        s++;
    size_t len = strnlen(s, 200);
    if (len < 6)
        return;
    /* A date has four digits at least (5.6.21, May 5 2021): most texts
     * are passed over here, before any look at their ancestors. */
    int digits = 0;
    for (size_t i = 0, n = 0; i < len && digits < 4; i++)
        digits += (s[i] >= '0' && s[i] <= '9') ||
                  ((unsigned char)s[i] >= 0xD9 && art_date_native_digit(s + i, &n) >= 0);
    if (digits < 4 || !art_meta_date_possible(s, w->max_year))
        return;
    /* Texts of 200 bytes or more are prose, even when they open with a
     * date (a news dateline). */
    if (len >= 200)
        return;
    int short_line = seen_length(s, len) < 64;
    const xmlNode *parent = t->parent;
    if (!parent || art_dom_is(parent, "script") || art_dom_is(parent, "style") ||
        art_dom_is(parent, "title") || art_dom_is(parent, "option") || changed_class(parent) ||
        in_chrome(parent) || in_comments(parent))
        return;
    int line = short_line && !has_ancestor(t, "a");
    if (!line && w->date_last)
        return;
    size_t at = 0;
    const char *date = art_meta_date_in_text(ctx, s, w->month_first, w->max_year, &at);
    if (!date)
        return;
    /* "Last updated: November 13, 2025": the page's change, as a date
     * element saying so is. */
    if (art_date_says_updated(s, at) || (line && label_says_updated(ctx, t))) {
        if (line && !w->date_changed)
            w->date_changed = date;
        return;
    }
    if (!w->date_last)
        w->date_last = date;
    if (line && !slot_full(&w->date_line))
        slot_put(w, &w->date_line, parent, date);
}

/* Where the byline is looked for under: the first <h1>, or the first
 * <h2> of a page that has no <h1> before it (old pages title their
 * posts with <h2>). 0 before any. */
static int byline_anchor(const walk_state *w)
{
    return w->seen_h1 ? w->h1_order : w->h2_order;
}

/* A line under the headline that opens with a byline word ("by: Ziyi
 * Xu, Dec 17, 2025", "By <a>Jane Doe</a>"): its element's text, when
 * no marked byline was found. */
static void byline_line(art_html_ctx *ctx, art_meta *m, walk_state *w, const xmlNode *t)
{
    const char *s = (const char *)t->content;
    int headline = byline_anchor(w);
    if (!s || w->line_authors.count || !headline || w->order - headline > NEAR_HEADLINE)
        return;
    while (art_is_space((unsigned char)*s))
        s++;
    const xmlNode *parent = t->parent;
    int dash = art_meta_dash_byline(s);
    if (!(art_meta_byline_prefix(s) || art_meta_byline_label(s) || dash) || !parent ||
        !small_subtree(parent, 24) || in_comments(parent))
        return;
    /* The line itself must open with the word: "On 6/13/2018 by @x"
     * is a date line with a handle, not a byline. A label alone in its
     * element ("<span>Written by</span> <a>Jane Doe</a>") is read with
     * what follows it, its parent's text. */
    const char *text = text_of(ctx, w, parent);
    if (text && art_meta_byline_label(text) && parent->parent && small_subtree(parent->parent, 24))
        text = text_of(ctx, w, parent->parent);
    if (text && strlen(text) <= MAX_BYLINE &&
        (art_meta_byline_prefix(text) || (dash && art_meta_dash_byline(text))))
        art_meta_push_byline(ctx, m, &w->line_authors, text, NULL);
}

/* Nodes after a byline label searched for the name it introduces. */
#define LABEL_REACH 16

/* 1 when s (trimmed, short) is a byline's label and nothing else:
 * "Written by", "By", "Author:", or a longer label that ends with
 * "written by" ("Article written by:"). */
static int label_only(const char *s, size_t len)
{
    while (len && (art_is_space((unsigned char)s[len - 1]) || s[len - 1] == ':'))
        len--;
    /* The byline words are 16 bytes at most ("geschrieben von:"):
     * longer texts, most of a page's, skip their list. */
    if (len <= 16)
        return art_meta_byline_label(s);
    return strncasecmp(s + len - 11, " written by", 11) == 0;
}

/* 1 when n is drawn inside an <svg>: a diagram's words ("ORDER", "BY",
 * "LIMIT" in a syntax diagram) are no byline's label nor name. */
static int in_svg(const xmlNode *n)
{
    for (const xmlNode *p = n->parent; p && p->type == XML_ELEMENT_NODE; p = p->parent)
        if (art_dom_is(p, "svg"))
            return 1;
    return 0;
}

/* A byline's label alone in its text ("<h2>Article written by:</h2>
 * <div><img><h3>Jane Doe, MD</h3>", "<span>Written by</span> <svg/>
 * <span>Eliz</span>"): the next text, a few nodes on, is the name, in
 * an author box at the article's end as in a meta line under the
 * headline (rule label_byline). */
static void label_byline(art_html_ctx *ctx, art_meta *m, walk_state *w, const xmlNode *t)
{
    const char *s = (const char *)t->content;
    if (!s)
        return;
    while (art_is_space((unsigned char)*s))
        s++;
    size_t len = strnlen(s, 32);
    if (len < 2 || len >= 32 || !label_only(s, len) || !art_html_rule(ctx, ART_RULE_LABEL_BYLINE) ||
        in_svg(t))
        return;
    /* The first text of its element: "a story written by" after a
     * link is prose, not a label. */
    for (const xmlNode *p = t->prev; p; p = p->prev)
        if (p->type == XML_ELEMENT_NODE ||
            (p->type == XML_TEXT_NODE && p->content &&
             p->content[strspn((const char *)p->content, " \t\r\n")]))
            return;
    const xmlNode *root = xmlDocGetRootElement(ctx->html);
    const xmlNode *d = t;
    for (int i = 0; i < LABEL_REACH && (d = next_node(root, d, 0)) != NULL; i++) {
        if (d->type == XML_ELEMENT_NODE &&
            (art_dom_is(d, "script") || art_dom_is(d, "style") || art_dom_is(d, "h1")))
            return;
        /* A form's field after the label: "By:" before a search form's
         * member box labels the field, and the next text is a button's. */
        if (d->type == XML_ELEMENT_NODE && (art_dom_is(d, "input") || art_dom_is(d, "select") ||
                                            art_dom_is(d, "textarea") || art_dom_is(d, "button")))
            return;
        if (d->type != XML_TEXT_NODE || !d->content)
            continue;
        const char *name = (const char *)d->content;
        while (art_is_space((unsigned char)*name))
            name++;
        if (!*name)
            continue;
        /* A name opens with a capital (or a letter past ASCII). */
        unsigned char c = (unsigned char)*name;
        if (((c >= 'A' && c <= 'Z') || c >= 0x80) && strlen(name) <= MAX_BYLINE && !in_comments(t))
            art_meta_push_byline(ctx, m, &w->label_authors, name, NULL);
        return;
    }
}

/* 1 when s reads as a person's full name: two to five words, each a
 * capital and then lower case ("Ben Hart", "Dr Marna van der Merwe"), or
 * a lower-case particle; five words at most. Not "ACLU Speech", "Privacy", "Technology". */
static int full_name(const char *s)
{
    int words = 0, capitals = 0;
    for (const char *p = s; *p;) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        const char *w = p;
        while (*p && *p != ' ')
            p++;
        words++;
        int upper = *w >= 'A' && *w <= 'Z';
        int lower_after = p - w > 1 && w[1] >= 'a' && w[1] <= 'z';
        if ((upper && lower_after) || (unsigned char)*w >= 0x80)
            capitals++; /* "Ben", "Élodie" */
        else if (!(*w >= 'a' && *w <= 'z'))
            return 0; /* "ACLU", "&", "2025" */
    }
    return words >= 2 && words <= 5 && capitals >= 2;
}

/* 1 when n is a glyph of a person: an empty <i>, <span> or <svg> whose
 * class (or whose <use> link, for an <svg>) says "person", "user" or
 * "author" (Bootstrap's bi-person, Font Awesome's fa-user, a sprite's
 * #circle-user). */
static int person_glyph(const xmlNode *n)
{
    static const char *const words[] = {"person", "user", "author"};
    if (!(art_dom_is(n, "i") || art_dom_is(n, "span") || art_dom_is(n, "svg")))
        return 0;
    const char *cls = art_dom_attr(n, "class");
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (attr_has_part_plain(cls, words[i]))
            return small_subtree(n, 3);
    if (!art_dom_is(n, "svg") || !small_subtree(n, 3))
        return 0;
    for (const xmlNode *d = n->children; d; d = next_node(n, d, 0)) {
        if (!art_dom_is(d, "use"))
            continue;
        const char *href = art_dom_attr(d, "href");
        if (!href)
            href = art_dom_attr(d, "xlink:href");
        for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
            if (attr_has_part_plain(href, words[i]))
                return 1;
    }
    return 0;
}

/* A person's picture or glyph beside a name, under the headline: an
 * <img> whose alt is the text that follows it ("<img alt='Jo Li'>
 * Jo Li", an avatar), or a person glyph before a text that reads as a
 * full name ("<i class='bi-person'></i> Jo Li"). Rule picture_byline. */
static void picture_byline(art_html_ctx *ctx, art_meta *m, walk_state *w, const xmlNode *n)
{
    int headline = byline_anchor(w);
    if (w->picture_authors.count || !headline || w->order - headline > 2 * NEAR_HEADLINE)
        return;
    const char *alt = art_dom_is(n, "img") ? art_dom_attr(n, "alt") : NULL;
    if (!(alt && *alt) && !person_glyph(n))
        return;
    if (!art_html_rule(ctx, ART_RULE_PICTURE_BYLINE) || in_chrome(n) || in_comments(n))
        return;
    const xmlNode *root = xmlDocGetRootElement(ctx->html);
    const xmlNode *d = n;
    for (int i = 0; i < LABEL_REACH && (d = next_node(root, d, i == 0)) != NULL; i++) {
        if (d->type == XML_ELEMENT_NODE && (art_dom_is(d, "script") || art_dom_is(d, "style")))
            return;
        if (d->type != XML_TEXT_NODE || !d->content)
            continue;
        const char *name = art_meta_clean(ctx, (const char *)d->content);
        if (!name) {
            m->failed = 1;
            return;
        }
        if (!*name)
            continue;
        if (alt ? strcasecmp(name, alt) == 0 && full_name(name) : full_name(name))
            art_meta_push_person(ctx, m, &w->picture_authors, name, NULL);
        return;
    }
}

/* When the visible byline names everyone the chosen source names and
 * more people ("Written by A, B, C" where the JSON-LD gives A), the
 * byline's list is the whole one. */
static void fuller_byline(art_meta *m, const art_vec *byline)
{
    if (byline->count <= m->authors.items.count || m->authors.prio >= ART_PRIO_DOM)
        return;
    const art_person *names = byline->items;
    for (size_t j = 0; j < byline->count; j++)
        if (!full_name(names[j].name))
            return;
    static const char *const titles[] = {"", "Dr ", "Dr. ", "Prof. ", "Prof "};
    const art_person *have = m->authors.items.items, *line = byline->items;
    for (size_t i = 0; i < m->authors.items.count; i++) {
        int found = 0;
        for (size_t j = 0; j < byline->count && !found; j++)
            for (size_t k = 0; k < sizeof titles / sizeof titles[0] && !found; k++) {
                size_t n = strlen(titles[k]);
                found = strncmp(line[j].name, titles[k], n) == 0 &&
                        strcasecmp(line[j].name + n, have[i].name) == 0;
            }
        if (!found)
            return;
    }
    m->authors.items = *byline;
}

/* A marked name in a byline: <a rel="author">, class="author". */
static int marked_name(const xmlNode *n)
{
    return n->type == XML_ELEMENT_NODE &&
           (art_dom_attr_has_word(n, "rel", "author") || art_dom_has_class(n, "author"));
}

/* Words of plain text (runs between spaces), up to 3. */
static int count_words(const char *s)
{
    int words = 0;
    for (const char *p = s; p && *p && words < 3; p++)
        if (!art_is_space((unsigned char)*p) && (p == s || art_is_space((unsigned char)p[-1])))
            words++;
    return words;
}

/* A byline whose names are each marked ("By <a rel=author>A</a> and
 * <span class=author>B</span>"): the marked names, whatever the words
 * between them in whatever language. Only when the text around them is
 * two words before the first ("Written by"), a word between two, nothing
 * after the last: else a name may be left unmarked, and the byline's
 * text is split instead. Returns the names pushed. */
static size_t marked_byline(art_html_ctx *ctx, art_meta *m, walk_state *w, const xmlNode *byline)
{
    const xmlNode *names[ART_META_MAX_LIST];
    size_t count = 0;
    int gap = 0, budget = 512;
    for (const xmlNode *d = byline->children; d && budget-- > 0;) {
        int mark = marked_name(d);
        if (mark) {
            if (count == ART_META_MAX_LIST || gap > (count ? 1 : 2))
                return 0;
            names[count++] = d;
            gap = 0;
        } else if (d->type == XML_TEXT_NODE) {
            gap += count_words((const char *)d->content);
        }
        d = next_node(byline, d, mark);
    }
    if (!count || gap || budget <= 0)
        return 0;
    size_t before = w->byline_authors.count;
    for (size_t i = 0; i < count; i++) {
        const char *name = text_of(ctx, w, names[i]);
        const char *href = art_dom_attr(names[i], "href");
        if (name && *name && strlen(name) <= MAX_BYLINE)
            art_meta_push_person(ctx, m, &w->byline_authors, name, href);
    }
    return w->byline_authors.count - before;
}

static void script(art_html_ctx *ctx, art_meta *m, walk_state *w, const xmlNode *n)
{
    const char *type = art_dom_attr(n, "type");
    if (type && strncasecmp(type, "application/ld+json", 19) == 0 &&
        art_vec_push(&ctx->doc->arena, &w->scripts, sizeof n, &n))
        m->failed = 1;
}

static void read_jsonld(art_html_ctx *ctx, art_meta *m, const xmlNode *n)
{
    xmlChar *text = xmlNodeGetContent(n);
    if (text) {
        art_meta_jsonld(ctx, m, (const char *)text);
        xmlFree(text);
    }
}

/* An article's <header> as docs/html-format.md writes it (and many
 * sites do): p.subtitle, p.summary, figure.lead-image, ul.tags. The
 * weakest source: a fragment has nothing else. */
static void header_markup(art_html_ctx *ctx, art_meta *m, walk_state *w, const xmlNode *n)
{
    if (art_dom_has_class(n, "subtitle"))
        art_meta_offer(ctx, m, ARTICLE_FIELD_SUBTITLE, text_of(ctx, w, n), ART_PRIO_DOM);
    else if (art_dom_has_class(n, "summary"))
        art_meta_offer(ctx, m, ARTICLE_FIELD_SUMMARY, text_of(ctx, w, n), ART_PRIO_DOM);
    else if (art_dom_is(n, "figure") && art_dom_has_class(n, "lead-image")) {
        const xmlNode *img = n->children;
        while (img && !art_dom_is(img, "img"))
            img = img->next;
        const char *wd = art_dom_attr(img, "width"), *ht = art_dom_attr(img, "height");
        if (img)
            art_meta_offer_image(ctx, m, art_dom_attr(img, "src"), art_dom_attr(img, "alt"),
                                 wd ? atoi(wd) : 0, ht ? atoi(ht) : 0, ART_PRIO_DOM);
    } else if (art_dom_is(n, "ul") && art_dom_has_class(n, "tags") && !w->tags.count) {
        for (const xmlNode *li = n->children; li; li = li->next)
            if (art_dom_is(li, "li"))
                art_meta_push_tag(ctx, m, &w->tags, text_of(ctx, w, li));
    }
}

/* art_dom_is for an element whose name is `tag`, inlined: element()
 * asks up to a dozen of these of every element of the page. */
static int tag_is(const char *tag, const char *want)
{
    return tag && tag[0] == want[0] && strcmp(tag, want) == 0;
}

static void element(art_html_ctx *ctx, art_meta *m, walk_state *w, const xmlNode *n)
{
    const char *tag = (const char *)n->name;
    if (tag_is(tag, "meta"))
        art_meta_tag(ctx, m, n);
    else if (tag_is(tag, "link"))
        art_meta_link(ctx, m, n);
    else if (tag_is(tag, "script"))
        script(ctx, m, w, n);
    else if (tag_is(tag, "title") && !m->title_tag && !has_ancestor(n, "svg"))
        m->title_tag = text_of(ctx, w, n);
    else if (tag_is(tag, "time"))
        times(ctx, m, w, n);
    else if (tag_is(tag, "h2") && !w->h2_order)
        w->h2_order = w->order;
    else if (tag_is(tag, "h1") && !w->seen_h1) {
        m->h1 = text_of(ctx, w, n);
        m->h1s[m->h1_count++] = m->h1;
        w->seen_h1 = 1;
        w->h1_order = w->order;
    } else if (tag_is(tag, "h1") && m->h1_count < sizeof m->h1s / sizeof m->h1s[0])
        m->h1s[m->h1_count++] = text_of(ctx, w, n);
    if (tag_is(tag, "h1") && !m->article_h1 &&
        (has_ancestor(n, "article") || has_ancestor(n, "main")) && !in_comments(n))
        m->article_h1 = w->h1_order == w->order ? m->h1 : text_of(ctx, w, n);
    if (art_dom_attr(n, "itemprop"))
        microdata(ctx, m, w, n);
    if ((tag_is(tag, "p") || tag_is(tag, "figure") || tag_is(tag, "ul") || tag_is(tag, "div")) &&
        art_dom_attr(n, "class") && has_ancestor(n, "header") && !in_comments(n))
        header_markup(ctx, m, w, n);
    if (!w->picture_authors.count &&
        (tag_is(tag, "img") || tag_is(tag, "i") || tag_is(tag, "span") || tag_is(tag, "svg")))
        picture_byline(ctx, m, w, n);
    if (tag_is(tag, "a") && art_dom_attr_has_word(n, "rel", "author") && !in_comments(n)) {
        const char *name = text_of(ctx, w, n);
        const char *href = art_dom_attr(n, "href");
        if (name && *name && strlen(name) <= MAX_BYLINE) {
            art_meta_push_person(ctx, m, &m->author_links, name, href);
            art_meta_push_byline(ctx, m, &w->rel_authors, name, href);
        }
    }
    /* The trail's container, not one of its items (class="breadcrumb-item"). */
    if (!w->seen_crumbs && breadcrumb_element(n) && !tag_is(tag, "li") && !tag_is(tag, "a") &&
        !tag_is(tag, "span") && !in_comments(n)) {
        w->seen_crumbs = 1;
        breadcrumbs(ctx, m, w, n);
    }
    /* class or id with "byline", "author", "writtenby" (as Readability
     * looks): the first such element is the visible byline. Naming a
     * date ("date", "time", "published", "posted", "dateline",
     * "post-meta"...): a date element, as <abbr class="published"> is. */
    int dates = !slot_full(&w->date_seen) && !tag_is(tag, "time") && !tag_is(tag, "script");
    unsigned parts =
        class_words(n, (dates ? DATE_PARTS : 0) | (!w->seen_byline ? BYLINE_PARTS : 0));
    if (dates &&
        ((parts & DATE_PARTS) || (tag_is(tag, "abbr") && art_dom_has_class(n, "published"))))
        date_element(ctx, w, n, tag_is(tag, "abbr") ? art_dom_attr(n, "title") : NULL);
    int byline = !w->seen_byline && (parts & BYLINE_PARTS);
    if (byline && !marked_name(n) && !in_comments(n) && marked_byline(ctx, m, w, n))
        w->seen_byline = 1;
    if (!w->seen_byline && byline && !in_comments(n)) {
        const char *text = byline_text(ctx, w, n);
        if (text && *text && strlen(text) <= MAX_BYLINE) {
            art_meta_push_byline(ctx, m, &w->byline_authors, text, NULL);
            w->seen_byline = w->byline_authors.count > 0;
        }
    }
}

/* A <title> that names no article: the site's name alone, an address,
 * or a placeholder word (what a page without a title shows in its tab). */
static int placeholder_title(const art_html_ctx *ctx, const art_meta *m, const char *t)
{
    static const char *const words[] = {"Article", "Untitled", "Untitled document"};
    const char *site = m->field[ARTICLE_FIELD_SITE_NAME].value;
    const char *url = m->field[ARTICLE_FIELD_URL].value;
    if (!t)
        return 0;
    if ((site && strcasecmp(t, site) == 0) || (url && strcmp(t, url) == 0) ||
        (ctx->base_url && strcmp(t, ctx->base_url) == 0))
        return 1;
    if ((strncasecmp(t, "http://", 7) == 0 || strncasecmp(t, "https://", 8) == 0) &&
        !strchr(t, ' '))
        return 1;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strcasecmp(t, words[i]) == 0)
            return 1;
    return 0;
}

/* The current year by the clock (UTC): a "publication date" after the
 * next year is a countdown, an event or a typo. */
static int this_year(void)
{
    time_t now = time(NULL);
    struct tm tm;
    if (now == (time_t)-1 || !gmtime_r(&now, &tm))
        return 2100;
    return tm.tm_year + 1900;
}

/* The last resorts of a page that neither declares nor shows a date:
 * the publication its scripts' data names (a shop's "published_at", an
 * app's "publishedAt": the parse left their bodies out, the page's bytes
 * are read), then the day in its OpenGraph (else Twitter card) image's
 * path, the image uploaded with the article (/files/2016/05/04/og.png). */
static void image_date(art_html_ctx *ctx, art_meta *m, const walk_state *w)
{
    if (m->field[ARTICLE_FIELD_PUBLISHED].value)
        return;
    if (ctx->raw)
        art_meta_offer(ctx, m, ARTICLE_FIELD_PUBLISHED,
                       art_meta_date_in_data(ctx, ctx->raw, ctx->raw_len, w->max_year),
                       ART_PRIO_DATE_ANYWHERE + 3);
    if (m->field[ARTICLE_FIELD_PUBLISHED].value)
        return;
    const char *image = m->og_image.src ? m->og_image.src : m->twitter_image;
    art_meta_offer(ctx, m, ARTICLE_FIELD_PUBLISHED, art_meta_date_in_url(ctx, image, w->max_year),
                   ART_PRIO_DATE_ANYWHERE + 4);
}

/* Offers the dates the page shows, each kind at its rank. */
static void visible_dates(art_html_ctx *ctx, art_meta *m, const walk_state *w)
{
    const char *url =
        m->field[ARTICLE_FIELD_URL].value ? m->field[ARTICLE_FIELD_URL].value : ctx->base_url;
    const char *shown = near_headline(w, &w->date_seen);
    art_shown_dates seen = {shown ? shown : near_headline(w, &w->date_line),
                            w->time_marked,
                            w->time_first,
                            w->date_changed,
                            {w->date_seen.first, w->date_line.first}};
    art_meta_settle_published(ctx, m, &seen);
    art_meta_offer(ctx, m, ARTICLE_FIELD_PUBLISHED, near_headline(w, &w->date_seen),
                   ART_PRIO_DATE_SEEN);
    if (m->field[ARTICLE_FIELD_PUBLISHED].prio > ART_PRIO_DATE_URL) {
        const char *from_url = art_meta_date_in_url(ctx, url, w->max_year);
        if (!from_url && ctx->base_url && url != ctx->base_url)
            from_url = art_meta_date_in_url(ctx, ctx->base_url, w->max_year);
        art_meta_offer(ctx, m, ARTICLE_FIELD_PUBLISHED, from_url, ART_PRIO_DATE_URL);
    }
    art_meta_offer(ctx, m, ARTICLE_FIELD_PUBLISHED, near_headline(w, &w->date_line),
                   ART_PRIO_DATE_LINE);
    art_meta_offer(ctx, m, ARTICLE_FIELD_PUBLISHED, w->date_seen.first, ART_PRIO_DATE_ANYWHERE);
    art_meta_offer(ctx, m, ARTICLE_FIELD_PUBLISHED, w->date_line.first, ART_PRIO_DATE_ANYWHERE + 1);
    art_meta_offer(ctx, m, ARTICLE_FIELD_PUBLISHED, w->date_last, ART_PRIO_DATE_ANYWHERE + 2);
    art_meta_offer(ctx, m, ARTICLE_FIELD_MODIFIED, w->date_changed, ART_PRIO_DATE_SEEN);
}

void art_meta_walk(art_html_ctx *ctx, art_meta *m)
{
    walk_state w;
    memset(&w, 0, sizeof w);
    w.texts_left = MAX_TEXTS;
    w.authors_left = 16;
    const xmlNode *root = xmlDocGetRootElement(ctx->html);
    if (!root)
        return;
    if (art_dom_is(root, "html"))
        art_meta_offer(ctx, m, ARTICLE_FIELD_LANGUAGE, art_dom_attr(root, "lang"),
                       ART_PRIO_HTML_LANG);
    const char *lang = m->field[ARTICLE_FIELD_LANGUAGE].value;
    w.month_first =
        (lang && (strcasecmp(lang, "en") == 0 || strcasecmp(lang, "en-US") == 0)
             ? ART_DATE_MONTH_FIRST
             : 0) |
        (lang && strncasecmp(lang, "hr", 2) == 0 && (!lang[2] || lang[2] == '-' || lang[2] == '_')
             ? ART_DATE_CROATIAN
             : 0);
    w.max_year = this_year() + 1;
    w.date_texts_left = 32;
    for (const xmlNode *n = root; n && !m->failed && !art_html_out_of_time(ctx);
         n = next_node(root, n, 0)) {
        w.order++;
        if (n->type == XML_ELEMENT_NODE)
            element(ctx, m, &w, n);
        else if (n->type == XML_TEXT_NODE) {
            if (!slot_full(&w.date_line) || !w.date_last)
                date_line(ctx, &w, n);
            if (!w.seen_byline)
                byline_line(ctx, m, &w, n);
            if (!w.label_authors.count)
                label_byline(ctx, m, &w, n);
        }
    }
    const xmlNode *const *scripts = w.scripts.items;
    for (size_t i = 0; i < w.scripts.count && !m->failed; i++)
        read_jsonld(ctx, m, scripts[i]);

    visible_dates(ctx, m, &w);
    image_date(ctx, m, &w);
    art_meta_offer_list(&m->authors, &m->og_authors, ART_PRIO_OG);
    art_meta_offer_list(&m->authors, &m->meta_authors, ART_PRIO_META);
    art_meta_offer_list(&m->authors, &w.micro_authors, ART_PRIO_MICRODATA);
    art_meta_offer_list(&m->authors, &w.byline_authors, ART_PRIO_DOM);
    art_meta_offer_list(&m->authors, &w.rel_authors, ART_PRIO_DOM + 1);
    art_meta_offer_list(&m->authors, &w.line_authors, ART_PRIO_DOM + 2);
    art_meta_offer_list(&m->authors, &w.label_authors, ART_PRIO_DOM + 3);
    art_meta_offer_list(&m->authors, &w.picture_authors, ART_PRIO_DOM + 4);
    fuller_byline(m, &w.byline_authors);
    art_meta_offer_list(&m->breadcrumbs, &w.crumbs, ART_PRIO_DOM);
    art_meta_offer_list(&m->tags, &m->og_tags, ART_PRIO_OG);
    art_meta_offer_list(&m->tags, &m->meta_tags, ART_PRIO_META);
    art_meta_offer_list(&m->tags, &w.tags, ART_PRIO_DOM);
    art_meta_offer_image(ctx, m, m->og_image.src, m->og_image.alt, m->og_image.width,
                         m->og_image.height, ART_PRIO_OG);
    art_meta_offer_image(ctx, m, m->twitter_image, NULL, 0, 0, ART_PRIO_TWITTER);
    if (!placeholder_title(ctx, m, m->title_tag))
        art_meta_offer(ctx, m, ARTICLE_FIELD_TITLE, m->title_tag, ART_PRIO_TITLE_TAG);
    if (!placeholder_title(ctx, m, m->h1))
        art_meta_offer(ctx, m, ARTICLE_FIELD_TITLE, m->h1, ART_PRIO_TITLE_TAG + 5);
}
