/* Forum and Q&A threads: on a page whose posts repeat as sibling blocks
 * (phpBB, vBulletin, XenForo, Invision, Discourse, Stack Exchange...),
 * the opening post is the article body and every later post a COMMENT
 * with its author, date and id; a post nested in another is its reply.
 *
 * The signals hold across forum software rather than naming one: a post
 * is a block whose id is a word and a number (p123, post_123,
 * js-post-123, elComment_123, answer-123) repeated among its siblings, or
 * a block marked with schema.org microdata (Comment, Answer,
 * DiscussionForumPosting, SocialMediaPosting); the run of them that holds
 * the most text and shows authors or dates is the thread. A Q&A page's
 * question (schema.org Question) before its answers opens the thread.
 * The stage runs only when the page says it is a thread (schema.org
 * forum, Q&A or comment types, or posts marked as such).
 *
 * The opening post stays in the DOM (content.c takes its message as the
 * body); the replies leave it. Iterative throughout, bounded walks. */
#include "meta.h"

#include <libxml/xpath.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* At most this many posts are read; more stay with the page. */
#define THREAD_MAX_POSTS 2000
/* Replies deeper than this hang from the post at this depth (libxml2
 * stops the tree at 256 anyway). */
#define THREAD_MAX_DEPTH 256

typedef struct post_item {
    xmlNode *el;
    article_node *node; /* its COMMENT; NULL for the opening post, and
                           for every post under ARTICLE_OPT_NO_COMMENTS */
    int opening;
    const char *author; /* a reply's author as read, for thread_author */
} post_item;

/* MARK: - What a post is */

/* 1 when itemtype names a post of a thread. */
static int schema_post(const xmlNode *n)
{
    const char *t = art_dom_attr(n, "itemtype");
    if (!t || !strstr(t, "schema.org/"))
        return 0;
    static const char *const types[] = {"/Comment", "/Answer", "/DiscussionForumPosting",
                                        "/SocialMediaPosting", "/Question"};
    for (size_t i = 0; i < sizeof types / sizeof *types; i++) {
        const char *p = strstr(t, types[i]);
        if (p && (p[strlen(types[i])] == '\0' || p[strlen(types[i])] == ' '))
            return 1;
    }
    return 0;
}

static int schema_is(const xmlNode *n, const char *type)
{
    const char *t = art_dom_attr(n, "itemtype");
    const char *p = t ? strstr(t, type) : NULL;
    return p && (p[strlen(type)] == '\0' || p[strlen(type)] == ' ');
}

/* The key of a post-like block: "tag:prefix" of an id made of a word and
 * a number ("div:p" for id="p123", "article:js-post-"
 * for id="js-post-123"), or "schema" for thread microdata. 0 when n has
 * neither. */
static int post_key(const xmlNode *n, char *key, size_t size)
{
    if (n->type != XML_ELEMENT_NODE)
        return 0;
    if (!art_dom_is(n, "div") && !art_dom_is(n, "article") && !art_dom_is(n, "li") &&
        !art_dom_is(n, "section") && !art_dom_is(n, "table"))
        return 0;
    /* The id first: a thread's first post often lacks the microdata its
     * replies carry (Discourse, XenForo), never the id pattern. */
    const char *id = art_dom_attr(n, "id");
    size_t len = id ? strlen(id) : 0, digits = 0;
    while (digits < len && id[len - 1 - digits] >= '0' && id[len - 1 - digits] <= '9')
        digits++;
    size_t prefix = len - digits;
    int word = digits >= 1 && prefix > 0 && prefix <= 24;
    for (size_t i = 0; word && i < prefix; i++) {
        char c = id[i];
        word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '-';
    }
    if (word) {
        snprintf(key, size, "%s:%.*s", (const char *)n->name, (int)prefix, id);
        return 1;
    }
    if (schema_post(n)) {
        snprintf(key, size, "schema");
        return 1;
    }
    return 0;
}

static const char *marks_of(const xmlNode *n, char *buf, size_t size);

/* 1 when the class or id names a signature: the member's tagline under
 * each of their posts, no part of any message. */
static int signature_box(const xmlNode *n)
{
    if (!art_dom_attr(n, "class") && !art_dom_attr(n, "id"))
        return 0;
    char buf[256];
    return strstr(marks_of(n, buf, sizeof buf), "signature") != NULL;
}

static int author_box(const xmlNode *n);
static int date_line(const xmlNode *n);

/* 1 when n's text is no part of a message's plain text: a post's header
 * and tools (links, <time>, buttons, author boxes and date lines: "by
 * alice » Sat Aug 31, 2019"). */
static int not_plain(const xmlNode *n)
{
    return art_dom_is(n, "a") || art_dom_is(n, "time") || art_dom_is(n, "button") ||
           author_box(n) || date_line(n);
}

/* Characters of visible text under root, bounded, signatures left out:
 * all of it into *all and, when `plain` is not NULL, the part outside
 * not_plain() elements into *plain (a message is mostly plain text); one
 * walk for both. */
static void text_both(const xmlNode *root, long *budget, size_t *all, size_t *plain)
{
    size_t text = 0, outside = 0;
    const xmlNode *n = root->children, *skip = NULL; /* the not_plain() element we are in */
    while (n && (*budget)-- > 0) {
        if (n->type == XML_TEXT_NODE && n->content)
            for (const char *p = (const char *)n->content; *p; p++)
                if (!art_is_space((unsigned char)*p)) {
                    text++;
                    outside += !skip;
                }
        if (n->type == XML_ELEMENT_NODE && n->children && !art_dom_is(n, "script") &&
            !art_dom_is(n, "style") && !art_dom_is(n, "template") && !signature_box(n)) {
            if (plain && !skip && not_plain(n))
                skip = n;
            n = n->children;
            continue;
        }
        while (n && n != root && !n->next) {
            if (n == skip)
                skip = NULL;
            n = n->parent;
        }
        if (n == skip)
            skip = NULL;
        n = n && n != root ? n->next : NULL;
    }
    *all = text;
    if (plain)
        *plain = outside;
}

static size_t text_of(const xmlNode *root, long *budget)
{
    size_t all;
    text_both(root, budget, &all, NULL);
    return all;
}

/* Lowercased class and id of n, space-separated, into buf. */
static const char *marks_of(const xmlNode *n, char *buf, size_t size)
{
    size_t k = 0;
    const char *parts[2] = {art_dom_attr(n, "class"), art_dom_attr(n, "id")};
    for (size_t i = 0; i < 2; i++) {
        for (const char *p = parts[i]; p && *p && k + 2 < size; p++)
            buf[k++] = (char)((*p >= 'A' && *p <= 'Z') ? *p - 'A' + 'a' : *p);
        if (k && k + 2 < size)
            buf[k++] = ' ';
    }
    buf[k] = '\0';
    return buf;
}

static int has_any(const char *s, const char *const *words, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strstr(s, words[i]))
            return 1;
    return 0;
}

/* A link to a member's profile: the post's author. */
int art_thread_profile_link(const xmlNode *n)
{
    if (!art_dom_is(n, "a"))
        return 0;
    const char *href = art_dom_attr(n, "href");
    static const char *const parts[] = {"/members/", "/member/", "/profile/",      "/users/",
                                        "/u/",       "/user/",   "viewprofile",    "member.php",
                                        "/profile",  "user?id=", "action=profile", "profile.php"};
    return href && has_any(href, parts, sizeof parts / sizeof *parts);
}

/* 1 when the class or id says "author" or "username". */
static int author_box(const xmlNode *n)
{
    char buf[256];
    const char *m = marks_of(n, buf, sizeof buf);
    static const char *const parts[] = {"author", "username", "user-name", "user_name",
                                        "postprofile"};
    return *m && has_any(m, parts, sizeof parts / sizeof *parts);
}

/* 1 when a post shows who wrote it or when: a profile link, an author
 * box, microdata author, data-author, or a <time>. */
static int shows_author_or_date(xmlNode *post, long *budget)
{
    if (art_dom_attr(post, "data-author"))
        return 1;
    xmlNode *n = post->children;
    while (n && (*budget)-- > 0) {
        if (n->type == XML_ELEMENT_NODE &&
            (art_dom_is(n, "time") || art_thread_profile_link(n) || author_box(n) ||
             art_dom_attr_has_word(n, "itemprop", "author")))
            return 1;
        n = art_dom_next(n, post);
    }
    return 0;
}

/* MARK: - Finding the thread */

typedef struct thread_find {
    xmlNode *parent; /* the run's parent */
    char key[64];    /* its members' key */
    size_t text;     /* their text */
} thread_find;

/* Kinds of post told apart among one element's children. */
#define THREAD_KINDS 8

typedef struct run_count {
    char key[64];
    size_t members, shown, text;
} run_count;

/* The post a sibling of a run stands for: itself when it has a post's
 * key; else the post it wraps alone, down a chain of up to four
 * elements each holding a single element (vBulletin 3 sets every post in
 * its own div > div.page > div). NULL when it is neither. */
static xmlNode *wrapped_post(xmlNode *n, char *key, size_t size)
{
    for (int depth = 0; n && depth <= 4; depth++) {
        if (post_key(n, key, size))
            return n;
        if (n->type != XML_ELEMENT_NODE)
            return NULL;
        xmlNode *only = NULL;
        for (xmlNode *c = n->children; c; c = c->next) {
            if (c->type != XML_ELEMENT_NODE)
                continue;
            if (only)
                return NULL;
            only = c;
        }
        n = only;
    }
    return NULL;
}

/* The run of sibling posts holding the most text: at least two members
 * with the same key, at least half of them showing an author or a date.
 * One pass over each element's children; the walks inside posts share
 * one budget, so a page of a million ids costs a bounded time. */
static void best_run(art_html_ctx *ctx, xmlNode *body, thread_find *best)
{
    memset(best, 0, sizeof *best);
    xmlNode *n = body;
    long budget = 2000000;
    while (n && budget-- > 0 && !art_html_out_of_time(ctx)) {
        if (n->type == XML_ELEMENT_NODE && n->children) {
            run_count kinds[THREAD_KINDS];
            size_t nkinds = 0;
            for (xmlNode *sib = n->children; sib && budget > 0; sib = sib->next) {
                char key[64];
                xmlNode *c = wrapped_post(sib, key, sizeof key);
                if (!c)
                    continue;
                size_t k = 0;
                while (k < nkinds && strcmp(kinds[k].key, key) != 0)
                    k++;
                if (k == nkinds) {
                    if (nkinds == THREAD_KINDS)
                        continue;
                    memset(&kinds[k], 0, sizeof kinds[k]);
                    snprintf(kinds[k].key, sizeof kinds[k].key, "%s", key);
                    nkinds++;
                }
                kinds[k].members++;
                kinds[k].shown += (size_t)shows_author_or_date(c, &budget);
                kinds[k].text += text_of(c, &budget);
            }
            for (size_t k = 0; k < nkinds; k++)
                if (kinds[k].members >= 2 && kinds[k].shown * 2 >= kinds[k].members &&
                    kinds[k].text > best->text) {
                    best->parent = n;
                    best->text = kinds[k].text;
                    memcpy(best->key, kinds[k].key, sizeof best->key);
                }
        }
        n = art_dom_next(n, body);
    }
}

/* 1 when n can hold a property's text the page shows: not a <meta> or
 * <link> (Discourse and NodeBB state the topic's title as a
 * <meta itemprop=text> of the topic's posting). */
static int shown_text_prop(const xmlNode *n)
{
    return !art_dom_is(n, "meta") && !art_dom_is(n, "link");
}

/* A schema.org item's message of its own: an itemprop=text or
 * articleBody the page shows that is its property, not one of an item
 * nested in it; NULL when it has none. A DiscussionForumPosting set
 * around a whole topic (NodeBB's) holds only its posts' texts; one that
 * is the opening post (as schema.org and search engines describe a
 * thread: the post, then its replies as Comment items inside it) holds
 * its own. */
static xmlNode *own_message(xmlNode *item)
{
    xmlNode *n = item->children;
    long budget = 200000;
    while (n && budget-- > 0) {
        if (n->type != XML_ELEMENT_NODE) {
            n = art_dom_next(n, item);
            continue;
        }
        if (shown_text_prop(n) && (art_dom_attr_has_word(n, "itemprop", "text") ||
                                   art_dom_attr_has_word(n, "itemprop", "articleBody")))
            return n;
        n = art_dom_attr(n, "itemscope") ? art_dom_skip(n, item) : art_dom_next(n, item);
    }
    return NULL;
}

/* 1 when n is an item that opens a thread: a schema.org Question, or a
 * DiscussionForumPosting or SocialMediaPosting with a message of its
 * own. */
static int opening_item(xmlNode *n)
{
    if (schema_is(n, "/Question"))
        return 1;
    return (schema_is(n, "/DiscussionForumPosting") || schema_is(n, "/SocialMediaPosting")) &&
           own_message(n) != NULL;
}

/* The first item in the page that opens a thread (opening_item), or
 * NULL. */
static xmlNode *question_of(xmlNode *body)
{
    xmlNode *n = body;
    int budget = 200000;
    while (n && budget-- > 0) {
        if (n->type == XML_ELEMENT_NODE && opening_item(n))
            return n;
        n = art_dom_next(n, body);
    }
    return NULL;
}

/* A question with a single answer has no run of two posts: the first
 * block after the question marked schema.org Answer, with a post's key,
 * is the thread (of one reply); after a forum post, the first marked
 * Comment. (A question's own comments come before its answers: they are
 * no reply.) */
static void lone_answer(xmlNode *body, xmlNode *question, thread_find *run)
{
    const char *reply = schema_is(question, "/Question") ? "/Answer" : "/Comment";
    int budget = 400000;
    for (xmlNode *n = art_dom_next(question, body); n && budget-- > 0; n = art_dom_next(n, body)) {
        char key[64];
        if (n->type == XML_ELEMENT_NODE && schema_is(n, reply) && post_key(n, key, sizeof key)) {
            run->parent = n->parent;
            memcpy(run->key, key, sizeof run->key);
            return;
        }
    }
}

static int contains(const xmlNode *outer, const xmlNode *inner)
{
    for (const xmlNode *p = inner; p; p = p->parent)
        if (p == outer)
            return 1;
    return 0;
}

/* 1 when a and b share a class word. */
static int share_class(const xmlNode *a, const xmlNode *b)
{
    const char *ca = art_dom_attr(a, "class"), *cb = art_dom_attr(b, "class");
    for (const char *p = ca; p && *p;) {
        while (*p == ' ' || *p == '\t' || *p == '\n')
            p++;
        size_t len = strcspn(p, " \t\n");
        if (len) {
            char w[64];
            if (len < sizeof w) {
                memcpy(w, p, len);
                w[len] = '\0';
                if (art_dom_has_class(b, w) && cb)
                    return 1;
            }
        }
        p += len;
    }
    return 0;
}

/* The opening post set apart from its replies (Vanilla's discussion
 * before its list of comments): the last block before the run's first
 * member, outside it and not around it, with a post's id (a word and a
 * number), a class word in common with that member, and an author or a
 * date. */
static xmlNode *opening_apart(xmlNode *body, xmlNode *first)
{
    xmlNode *found = NULL, *n = body;
    long budget = 400000;
    while (n && n != first && budget-- > 0) {
        char key[64];
        if (n->type == XML_ELEMENT_NODE && !contains(n, first) && post_key(n, key, sizeof key) &&
            strcmp(key, "schema") != 0 && share_class(n, first) &&
            shows_author_or_date(n, &budget)) {
            found = n;
            n = art_dom_skip(n, body);
            continue;
        }
        n = art_dom_next(n, body);
    }
    return n == first ? found : NULL;
}

/* MARK: - One post's parts */

/* The deepest element of a post holding at least 60% of its plain text
 * (signatures, links, dates and author boxes left out): the message
 * where no class names it (SMF's div.inner beside its poster box and
 * key line); the post itself when no part holds that much. */
static xmlNode *plain_part(xmlNode *post)
{
    long budget = 200000;
    size_t all, total;
    text_both(post, &budget, &all, &total);
    xmlNode *at = post;
    for (int depth = 0; depth < 64 && total; depth++) {
        xmlNode *next = NULL;
        for (xmlNode *c = at->children; c && !next && budget > 0; c = c->next) {
            if (c->type != XML_ELEMENT_NODE || signature_box(c) || not_plain(c))
                continue;
            size_t plain;
            text_both(c, &budget, &all, &plain);
            if (plain * 10 >= total * 6)
                next = c;
        }
        if (!next)
            break;
        at = next;
    }
    return at;
}

/* The message of a post: its itemprop=text (or articleBody,
 * commentText); else the deepest element whose class or id names a
 * message ("content", "message", "msg", "body", "text") and holds half of the
 * text such elements hold; else (no such box, or none with plain text)
 * the part of the post holding most of its plain text (plain_part). */
static xmlNode *message_of(xmlNode *post)
{
    xmlNode *n = post->children;
    int budget = 5000;
    while (n && budget-- > 0) {
        if (n->type == XML_ELEMENT_NODE && shown_text_prop(n) &&
            (art_dom_attr_has_word(n, "itemprop", "text") ||
             art_dom_attr_has_word(n, "itemprop", "articleBody") ||
             art_dom_attr_has_word(n, "itemprop", "commentText")))
            return n;
        n = art_dom_next(n, post);
    }
    static const char *const words[] = {"content", "message", "body", "text", "cooked", "msg"};
    static const char *const not_words[] = {"meta",   "header",  "footer", "author", "signature",
                                            "title",  "sidebar", "info",   "date",   "count",
                                            "avatar", "reply",   "action", "user-",  "control"};
    xmlNode *cands[64];
    size_t texts[64], alls[64], count = 0, most = 0, most_all = 0;
    n = post->children;
    budget = 5000;
    while (n && budget-- > 0 && count < 64) {
        char buf[256];
        /* A signature's rich text is no message, however long. */
        if (n->type == XML_ELEMENT_NODE && signature_box(n)) {
            n = art_dom_skip(n, post);
            continue;
        }
        if (n->type == XML_ELEMENT_NODE) {
            const char *m = marks_of(n, buf, sizeof buf);
            /* A link, a <time> or a button is no message box, whatever
             * its class ("smalltext"). */
            if (*m && has_any(m, words, sizeof words / sizeof *words) &&
                !has_any(m, not_words, sizeof not_words / sizeof *not_words) && !not_plain(n)) {
                cands[count] = n;
                long cost = 100000;
                text_both(n, &cost, &alls[count], &texts[count]);
                most = texts[count] > most ? texts[count] : most;
                most_all = alls[count] > most_all ? alls[count] : most_all;
                count++;
            }
        }
        n = art_dom_next(n, post);
    }
    /* The deepest candidate holding half of the plain text (a header's
     * links, author and date left out: a message that is a list of URLs
     * still outweighs what is left of its post); of all the text when no
     * candidate has plain text. Measuring all the text would let a
     * header's text panel, first in the post, win over a short message. */
    xmlNode *best = NULL;
    for (size_t i = 0; i < count; i++) {
        if (most ? texts[i] * 10 < most * 5 : alls[i] * 10 < most_all * 6)
            continue;
        if (!best || contains(best, cands[i]))
            best = cands[i];
    }
    /* When no box named for a message holds plain text, they are tool
     * bars ("Like", SMF's under_message): the part of the post holding
     * most of its plain text is the message, if one does. */
    if (best && most_all && (most || plain_part(post) == post))
        return best;
    return plain_part(post);
}

/* The label line of a code box in a message ("Code: Select all", set
 * by phpBB before every <pre>): a short line, first in a box whose class
 * names code, followed by the <pre> or <code> it labels. */
static int code_label(const xmlNode *n)
{
    if (n->type != XML_ELEMENT_NODE || !n->parent || n->parent->type != XML_ELEMENT_NODE ||
        art_dom_is(n, "pre") || art_dom_is(n, "code"))
        return 0;
    const xmlNode *box = n->parent, *next = n->next, *first = box->children;
    while (first && first->type != XML_ELEMENT_NODE)
        first = first->next;
    if (first != n)
        return 0;
    while (next && next->type != XML_ELEMENT_NODE)
        next = next->next;
    if (!next || (!art_dom_is(next, "pre") && !art_dom_is(next, "code") &&
                  !(art_dom_is(next, "dd") && next->children)))
        return 0;
    char buf[256];
    const char *m = marks_of(box, buf, sizeof buf);
    return strstr(m, "code") && art_dom_visible_len(n, 41) <= 40;
}

/* A box that shows nothing: only spaces, no-break spaces and line
 * breaks (XenForo's selection end markers, "&nbsp;" after every
 * message), which would read as an empty paragraph. */
static int blank_box(const xmlNode *n)
{
    /* Blocks only: an inline <span> </span> may be the space between two
     * words. */
    if (!art_dom_is(n, "div") && !art_dom_is(n, "p"))
        return 0;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_ELEMENT_NODE && !art_dom_is(c, "br"))
            return 0;
        if (c->type != XML_TEXT_NODE || !c->content)
            continue;
        for (const unsigned char *p = c->content; *p; p++) {
            if (p[0] == 0xC2 && p[1] == 0xA0) {
                p++;
                continue;
            }
            if (!art_is_space(*p))
                return 0;
        }
    }
    return 1;
}

/* Furniture inside a message: signatures, code boxes' labels, forms,
 * buttons (also a link or a span marked role=button: a quote's "Click to
 * expand...", a spoiler's "Show"), scripts, boxes that show nothing. */
static int message_furniture(const xmlNode *n)
{
    if (art_dom_is(n, "form") || art_dom_is(n, "button") || art_dom_is(n, "script") ||
        art_dom_is(n, "style"))
        return 1;
    /* A control's label is short: a box marked role=button holding a
     * whole quote is the quote. */
    if (art_dom_attr_has_word(n, "role", "button") && art_dom_visible_len(n, 41) <= 40)
        return 1;
    return signature_box(n) || code_label(n) || blank_box(n);
}

/* Parts of a post that are no message when the post is read whole. */
static int post_furniture(const xmlNode *n)
{
    if (message_furniture(n) || art_dom_is(n, "header") || art_dom_is(n, "footer") ||
        art_dom_is(n, "time") || author_box(n) || art_dom_attr_has_word(n, "itemprop", "author"))
        return 1;
    char buf[256];
    const char *m = marks_of(n, buf, sizeof buf);
    static const char *const parts[] = {"avatar", "meta", "profile", "userinfo", "user-info"};
    return *m && has_any(m, parts, sizeof parts / sizeof *parts);
}

static void remove_under(xmlNode *root, int (*pred)(const xmlNode *))
{
    xmlNode *n = root->children;
    while (n) {
        if (n->type == XML_ELEMENT_NODE && pred(n)) {
            xmlNode *next = art_dom_skip(n, root);
            xmlUnlinkNode(n);
            xmlFreeNode(n);
            n = next;
            continue;
        }
        n = art_dom_next(n, root);
    }
}

/* A link whose text is its own URL cut short in the middle
 * ("https://github.com/raspberrypi/firmware ... ays/README": phpBB, SMF
 * and vBulletin shorten long URLs they make clickable) shows the whole
 * URL: the cut text is neither the address nor words. The text must be
 * one run whose head (at least 10 characters) opens the href and whose
 * tail ends it. */
static void expand_short_link(xmlNode *a)
{
    const char *href = art_dom_attr(a, "href");
    xmlNode *t = a->children;
    if (!href || !t || t->next || t->type != XML_TEXT_NODE || !t->content ||
        (strncmp(href, "http://", 7) != 0 && strncmp(href, "https://", 8) != 0))
        return;
    const char *text = (const char *)t->content, *cut = strstr(text, " ... ");
    if (!cut || strstr(cut + 5, " ... "))
        return;
    size_t head = (size_t)(cut - text), tail = strlen(cut + 5), len = strlen(href);
    if (head < 10 || head + tail >= len || strncmp(href, text, head) != 0 ||
        strcmp(href + len - tail, cut + 5) != 0)
        return;
    xmlNodeSetContent(t, (const xmlChar *)href);
}

static void expand_short_links(xmlNode *message)
{
    long budget = 100000;
    for (xmlNode *n = message; n && budget-- > 0; n = art_dom_next(n, message))
        if (n->type == XML_ELEMENT_NODE && art_dom_is(n, "a"))
            expand_short_link(n);
}

static article_status set_str(article_node *c, article_attr a, const char *v)
{
    return v && *v ? article_node_set_string(c, a, v) : ARTICLE_OK;
}

/* The first element under root, outside `skip`, matching pred. */
static xmlNode *first_outside(xmlNode *root, const xmlNode *skip, int (*pred)(const xmlNode *))
{
    xmlNode *n = root->children;
    int budget = 5000;
    while (n && budget-- > 0) {
        if (n == skip) {
            n = art_dom_skip(n, root);
            continue;
        }
        if (n->type == XML_ELEMENT_NODE && pred(n))
            return n;
        n = art_dom_next(n, root);
    }
    return NULL;
}

/* A profile link with a name to show: forum software puts the member's
 * photo first, a link holding only an image. */
static int named_profile_link(const xmlNode *n)
{
    return art_thread_profile_link(n) && art_dom_visible_len(n, 1) > 0;
}

static int is_author_prop(const xmlNode *n)
{
    return art_dom_attr_has_word(n, "itemprop", "author");
}
static int is_href(const xmlNode *n)
{
    return art_dom_is(n, "a") && art_dom_attr(n, "href");
}
static int is_name_prop(const xmlNode *n)
{
    return art_dom_attr_has_word(n, "itemprop", "name");
}
/* A machine-readable date: <time datetime>, or microdata
 * datePublished/dateCreated, whose value is its datetime or content
 * attribute or else, as microdata reads any other element, its text
 * (Stack Exchange's hidden "2014-03-28 15:35:05 +00:00" beside each
 * comment). */
static int is_dated(const xmlNode *n)
{
    if (art_dom_is(n, "time") && art_dom_attr(n, "datetime"))
        return 1;
    return art_dom_attr_has_word(n, "itemprop", "datePublished") ||
           art_dom_attr_has_word(n, "itemprop", "dateCreated");
}

/* Who wrote the post: data-author, microdata author (its name), an
 * author box's first link, or a link to a member's profile; outside the
 * message (a quote names other members). */
static article_status read_author(art_html_ctx *ctx, xmlNode *post, const xmlNode *message,
                                  article_node *c)
{
    const char *name = art_dom_attr(post, "data-author");
    xmlNode *link = NULL;
    int found = 1;
    if (name) {
        name = art_html_clean_string(ctx, name);
    } else {
        xmlNode *who = first_outside(post, message, is_author_prop);
        if (who) {
            xmlNode *nm =
                art_dom_attr(who, "content") ? who : first_outside(who, NULL, is_name_prop);
            if (!nm)
                nm = who;
            name = art_dom_attr(nm, "content")
                       ? art_html_clean_string(ctx, art_dom_attr(nm, "content"))
                       : art_dom_text(ctx, nm);
            link = art_dom_is(who, "a") ? who : first_outside(who, NULL, is_href);
        } else {
            who = first_outside(post, message, named_profile_link);
            if (!who) {
                xmlNode *box = first_outside(post, message, author_box);
                who = box ? first_outside(box, NULL, named_profile_link) : NULL;
                if (!who)
                    who = box;
            }
            if (who) {
                name = art_dom_text(ctx, who);
                link = art_dom_is(who, "a") ? who : NULL;
            } else {
                found = 0;
            }
        }
    }
    if (!name)
        return found ? ARTICLE_ERR_NOMEM : ARTICLE_OK;
    if (!*name || strlen(name) > 80)
        return ARTICLE_OK;
    article_status st = set_str(c, ARTICLE_ATTR_AUTHOR, name);
    const char *href = link ? art_dom_attr(link, "href") : NULL;
    if (st == ARTICLE_OK && href && *href != '#')
        st = set_str(c, ARTICLE_ATTR_AUTHOR_URL, art_html_resolve_url(ctx, href));
    return st;
}

/* The machine-readable date outside the message, normalised as the
 * article's dates are; a date only shown is not guessed at. */
/* A post's header line that may show its date ("by alice » Wed Aug 28,
 * 2019 12:30 am", "Posted: 12 March 2024"): class or id naming the
 * author, date, time or posting, not the member's profile (its "Joined"
 * date is no post's). */
static int date_line(const xmlNode *n)
{
    char buf[256];
    const char *m = marks_of(n, buf, sizeof buf);
    static const char *const parts[] = {"author", "date", "time", "posted", "byline"};
    static const char *const not_parts[] = {"profile", "userinfo",  "user-info",
                                            "joined",  "signature", "register"};
    return *m && has_any(m, parts, sizeof parts / sizeof *parts) &&
           !has_any(m, not_parts, sizeof not_parts / sizeof *not_parts);
}

/* 1 when a line dates the member, not the post ("Join Date: Jan 2012",
 * "Registered: 2019-06-02", "Member since 2019"). */
static int member_date(const char *text)
{
    char low[128];
    size_t k = 0;
    for (; text[k] && k + 1 < sizeof low; k++)
        low[k] = (char)(text[k] >= 'A' && text[k] <= 'Z' ? text[k] - 'A' + 'a' : text[k]);
    low[k] = '\0';
    return strstr(low, "join") || strstr(low, "since") || strstr(low, "regist");
}

/* The date a short line before the message shows where no class names
 * the post's date line (vBulletin 3's "14th May 2024, 10:05" header
 * cell, FluxBB's linked heading, SMF's "smalltext" link): the first text
 * of at most 60 characters before the message that holds a date, outside
 * the member's panel (class or id naming the user, poster, member,
 * profile or author) and not a member's own date. */
static const char *header_date(art_html_ctx *ctx, xmlNode *post, const xmlNode *message,
                               int month_first)
{
    static const char *const panel[] = {"user", "poster", "member", "profile", "author"};
    xmlNode *n = post->children;
    int budget = 2000;
    while (n && n != message && budget-- > 0) {
        if (n->type == XML_ELEMENT_NODE) {
            char buf[256];
            const char *m = marks_of(n, buf, sizeof buf);
            if (contains(n, message)) {
                n = n->children ? n->children : art_dom_skip(n, post);
                continue;
            }
            if ((*m && has_any(m, panel, sizeof panel / sizeof *panel)) || signature_box(n) ||
                art_dom_is(n, "script") || art_dom_is(n, "style")) {
                n = art_dom_skip(n, post);
                continue;
            }
        } else if (n->type == XML_TEXT_NODE && n->content) {
            const char *text = (const char *)n->content;
            while (art_is_space((unsigned char)*text))
                text++;
            size_t len = strlen(text);
            if (len >= 6 && len <= 60 && art_meta_date_possible(text, 9999) && !member_date(text)) {
                const char *d = art_meta_date_in_text(ctx, text, month_first, 9999, NULL);
                if (d)
                    return d;
            }
        }
        n = art_dom_next(n, post);
    }
    return NULL;
}

/* The date a post's header line shows, when it has no machine-readable
 * one; NULL when none of the first few lines holds a date. */
static const char *shown_date(art_html_ctx *ctx, xmlNode *post, const xmlNode *message)
{
    xmlNode *n = post->children;
    int budget = 5000, lines = 8;
    const char *lang = article_doc_get(ctx->doc, ARTICLE_FIELD_LANGUAGE);
    int month_first = lang && (strcasecmp(lang, "en") == 0 || strcasecmp(lang, "en-US") == 0);
    while (n && budget-- > 0 && lines > 0) {
        if (n == message) {
            n = art_dom_skip(n, post);
            continue;
        }
        if (n->type == XML_ELEMENT_NODE && date_line(n) && art_dom_visible_len(n, 200) < 200) {
            lines--;
            const char *text = art_dom_text(ctx, n);
            char low[400];
            size_t k = 0;
            for (; text && text[k] && k + 1 < sizeof low; k++)
                low[k] = (char)(text[k] >= 'A' && text[k] <= 'Z' ? text[k] - 'A' + 'a' : text[k]);
            low[k] = '\0';
            /* "Joined: Mar 2010", "Member since 2019" date the member. */
            if (text && !strstr(low, "join") && !strstr(low, "since")) {
                const char *d = art_meta_date_in_text(ctx, text, month_first, 9999, NULL);
                if (d)
                    return d;
            }
            n = art_dom_skip(n, post);
            continue;
        }
        n = art_dom_next(n, post);
    }
    return header_date(ctx, post, message, month_first);
}

/* The date a post's header gives as a tooltip, where no <time> holds it:
 * the first tooltip (`title`, or a tooltip script's attribute) of 6 to
 * 80 characters outside the message and the
 * member's panel that reads as a date ("2012-07-05 10:15:00Z" on Stack
 * Exchange's relative "asked 3 years ago", "Oct 20, 2025 at 8:26 AM" on
 * XenForo 1's "Oct 20, 2025"): the tooltip has the full date the line
 * shortens. A member's own date ("Joined ...") is not the post's. */
static const char *title_date(art_html_ctx *ctx, xmlNode *post, const xmlNode *message)
{
    static const char *const panel[] = {"user", "poster", "member", "profile", "author"};
    /* `title` and where tooltip scripts keep it (Bootstrap moves it to
     * data-bs-original-title or data-original-title; Tippy.js reads
     * data-tippy-content). */
    static const char *const tips[] = {"title", "data-bs-original-title", "data-original-title",
                                       "data-tippy-content", "data-tooltip"};
    const char *lang = article_doc_get(ctx->doc, ARTICLE_FIELD_LANGUAGE);
    int month_first = lang && (strcasecmp(lang, "en") == 0 || strcasecmp(lang, "en-US") == 0);
    xmlNode *n = post->children;
    int budget = 5000;
    while (n && budget-- > 0) {
        if (n->type != XML_ELEMENT_NODE) {
            n = art_dom_next(n, post);
            continue;
        }
        char buf[256];
        const char *m = marks_of(n, buf, sizeof buf);
        if (n == message || signature_box(n) ||
            (*m && has_any(m, panel, sizeof panel / sizeof *panel) && !contains(n, message))) {
            n = art_dom_skip(n, post);
            continue;
        }
        for (size_t i = 0; i < sizeof tips / sizeof *tips; i++) {
            const char *title = art_dom_attr(n, tips[i]);
            size_t len = title ? strlen(title) : 0;
            if (len < 6 || len > 80 || !art_meta_date_possible(title, 9999) || member_date(title))
                continue;
            const char *d = art_meta_date(ctx, title);
            if (!d)
                d = art_meta_date_in_text(ctx, title, month_first, 9999, NULL);
            if (d)
                return d;
        }
        n = art_dom_next(n, post);
    }
    return NULL;
}

const char *art_post_machine_date(art_html_ctx *ctx, xmlNode *post, const xmlNode *skip)
{
    xmlNode *t = first_outside(post, skip, is_dated);
    if (t) {
        const char *v = art_dom_attr(t, "datetime");
        if (!v)
            v = art_dom_attr(t, "content");
        if (v)
            v = art_html_clean_string(ctx, v);
        else if (art_dom_visible_len(t, 61) <= 60)
            v = art_dom_text(ctx, t);
        const char *d = v ? art_meta_date(ctx, v) : NULL;
        if (d)
            return d;
    }
    return title_date(ctx, post, skip);
}

static article_status read_date(art_html_ctx *ctx, xmlNode *post, const xmlNode *message,
                                article_node *c)
{
    const char *d = art_post_machine_date(ctx, post, message);
    return set_str(c, ARTICLE_ATTR_PUBLISHED, d ? d : shown_date(ctx, post, message));
}

/* A message box that is a <blockquote> (XenForo 1's messageText,
 * vBulletin 4's postcontent) holds the post's own words, not a quote:
 * read as a <div>, so they are paragraphs, not a quotation. */
static void unquote_box(xmlNode *message)
{
    if (art_dom_is(message, "blockquote"))
        xmlNodeSetName(message, (const xmlChar *)"div");
}

/* One reply, its own replies already read and gone from the DOM: its id,
 * author, date and message as blocks, before the replies' nodes. */
static article_status read_reply(art_html_ctx *ctx, xmlNode *post, article_node *c)
{
    xmlNode *message = message_of(post);
    const char *id = art_dom_attr(post, "id");
    article_status st = set_str(c, ARTICLE_ATTR_ID, id ? art_html_clean_string(ctx, id) : NULL);
    if (st == ARTICLE_OK)
        st = read_author(ctx, post, message, c);
    if (st == ARTICLE_OK)
        st = read_date(ctx, post, message, c);
    if (st != ARTICLE_OK)
        return st;
    remove_under(message, message == post ? post_furniture : message_furniture);
    expand_short_links(message);
    unquote_box(message);
    size_t replies = 0;
    for (article_node *k = article_node_first_child(c); k; k = article_node_next(k))
        replies++;
    st = art_html_convert_blocks(ctx, message, c);
    for (size_t i = 0; i < replies && st == ARTICLE_OK; i++)
        st = article_node_append_child(c, article_node_first_child(c));
    return st;
}

/* MARK: - The thread's author */

/* 1 when a reply of the thread is signed `name`. */
static int reply_author(const art_buf *items, const char *name)
{
    size_t count = items->len / sizeof(post_item);
    for (size_t i = 0; i < count; i++) {
        const post_item *it =
            (const post_item *)(const void *)(items->data + i * sizeof(post_item));
        if (it->author && strcasecmp(it->author, name) == 0)
            return 1;
    }
    return 0;
}

/* The opening post's author is the thread's (rule `thread_author`): the
 * metadata stage reads the page's first author markup, which on forum
 * software without microdata on the first post (XenForo, phpBB) is a
 * reply's, or finds none. Read from the opening post as a reply's author
 * is, it is the doc's author when the doc has none, or when every author
 * the doc has signs a reply and none the opening post. A declared author
 * that wrote no reply stays. */
static article_status thread_author(art_html_ctx *ctx, const article_node *opening,
                                    const art_buf *items)
{
    if (!art_html_rule(ctx, ART_RULE_THREAD_AUTHOR))
        return ARTICLE_OK;
    const char *name = article_node_get_string(opening, ARTICLE_ATTR_AUTHOR);
    if (!name || !*name)
        return ARTICLE_OK;
    size_t count = article_doc_author_count(ctx->doc);
    for (size_t i = 0; i < count; i++) {
        const char *have = article_doc_author_name(ctx->doc, i);
        if (strcasecmp(have, name) == 0 || !reply_author(items, have))
            return ARTICLE_OK;
    }
    article_doc_clear_authors(ctx->doc);
    return article_doc_add_author(ctx->doc, name,
                                  article_node_get_string(opening, ARTICLE_ATTR_AUTHOR_URL));
}

/* The opening post's date is the thread's (rule `thread_date`) when the
 * metadata found none, or one more than two days from it: a date
 * elsewhere on the page (a member's panel, a sidebar) is no thread's.
 * Within two days the metadata's stays (the same instant on another
 * clock). */
static article_status thread_date(art_html_ctx *ctx, const article_node *opening)
{
    if (!art_html_rule(ctx, ART_RULE_THREAD_DATE))
        return ARTICLE_OK;
    const char *date = article_node_get_string(opening, ARTICLE_ATTR_PUBLISHED);
    long day = 0, have = 0;
    if (!art_meta_iso_day(date, &day))
        return ARTICLE_OK;
    if (art_meta_iso_day(article_doc_get(ctx->doc, ARTICLE_FIELD_PUBLISHED), &have) &&
        have - day <= 2 && day - have <= 2)
        return ARTICLE_OK;
    return article_doc_set(ctx->doc, ARTICLE_FIELD_PUBLISHED, date);
}

/* The opening post's author and date read as a reply's are, on a
 * scratch comment the document owns (never linked into the tree), for
 * thread_author() and thread_date(). */
static article_status thread_meta(art_html_ctx *ctx, xmlNode *post, const xmlNode *message,
                                  const art_buf *items)
{
    if (!art_html_rule(ctx, ART_RULE_THREAD_AUTHOR) && !art_html_rule(ctx, ART_RULE_THREAD_DATE))
        return ARTICLE_OK;
    article_node *opening = article_node_new(ctx->doc, ARTICLE_NODE_COMMENT);
    if (!opening)
        return ARTICLE_ERR_NOMEM;
    article_status st = read_author(ctx, post, message, opening);
    if (st == ARTICLE_OK)
        st = read_date(ctx, post, message, opening);
    if (st == ARTICLE_OK)
        st = thread_author(ctx, opening, items);
    if (st == ARTICLE_OK)
        st = thread_date(ctx, opening);
    return st;
}

/* MARK: - The stage */

/* Elements whose id is a post's or a message's number ("post2017066",
 * "post_message_2017066", "msg1001", "js-post-12"): a thread's posts
 * where no class names them (vBulletin 3). The word must be that alone:
 * a blog's "recent-posts-2" widget and its article's "post-997" are one
 * post, not two. At most 2 counted. */
static unsigned id_posts(const art_html_ctx *ctx)
{
    static const char *const words[] = {"post", "postmessage", "jspost", "msg", "message"};
    xmlNode *body = art_dom_body(ctx->html);
    unsigned found = 0;
    long budget = 200000;
    for (xmlNode *n = body; n && found < 2 && budget-- > 0; n = art_dom_next(n, body)) {
        const char *id = n->type == XML_ELEMENT_NODE ? art_dom_attr(n, "id") : NULL;
        size_t len = id ? strlen(id) : 0;
        if (len < 2 || id[len - 1] < '0' || id[len - 1] > '9')
            continue;
        char low[32];
        size_t k = 0, i = 0;
        for (; i < len && k + 1 < sizeof low && !(id[i] >= '0' && id[i] <= '9'); i++)
            if (id[i] != '-' && id[i] != '_')
                low[k++] = (char)(id[i] >= 'A' && id[i] <= 'Z' ? id[i] - 'A' + 'a' : id[i]);
        low[k] = '\0';
        if (strspn(id + i, "0123456789") != len - i)
            continue;
        for (size_t w = 0; w < sizeof words / sizeof *words; w++)
            if (strcmp(low, words[w]) == 0) {
                found++;
                break;
            }
    }
    return found;
}

/* 1 when the page says it is a thread: schema.org forum or Q&A types
 * (not an FAQ's questions); or, on a page that does not declare itself an
 * article, Comment microdata or two elements marked as posts. An
 * article's readers' comments are comments.c's: its body is the story. */
static int thread_page(const art_html_ctx *ctx)
{
    unsigned sc = ctx->page.schema;
    if (sc & ART_SCHEMA_FAQ)
        return 0;
    if (sc & (ART_SCHEMA_FORUM | ART_SCHEMA_QUESTION))
        return 1;
    if (sc & ART_SCHEMA_ARTICLE)
        return 0;
    if (ctx->page.og == ART_OG_ARTICLE)
        return id_posts(ctx) >= 2;
    return (sc & ART_SCHEMA_COMMENT) || ctx->page.posts >= 2 || id_posts(ctx) >= 2;
}

/* Quotes of earlier posts leave the replies (thread_quotes.c), before
 * any post is read. */
static article_status drop_quotes(art_html_ctx *ctx, const art_buf *items)
{
    size_t count = items->len / sizeof(post_item);
    art_buf els;
    art_buf_init(&els, &ctx->doc->arena.alc);
    for (size_t i = 0; i < count; i++) {
        const post_item *it =
            (const post_item *)(const void *)(items->data + i * sizeof(post_item));
        art_buf_put(&els, (const char *)&it->el, sizeof it->el);
    }
    if (els.failed) {
        art_buf_free(&els);
        return ARTICLE_ERR_NOMEM;
    }
    art_thread_drop_quotes(ctx, (xmlNode *const *)(const void *)els.data, count);
    art_buf_free(&els);
    return ARTICLE_OK;
}

static int member(xmlNode *n, const char *key)
{
    char k[64];
    return post_key(n, k, sizeof k) && strcmp(k, key) == 0;
}

article_status art_html_read_thread(art_html_ctx *ctx)
{
    ctx->thread_body = NULL;
    if (!art_html_rule(ctx, ART_RULE_THREAD_POSTS) || !thread_page(ctx))
        return ARTICLE_OK;
    xmlNode *body = art_dom_body(ctx->html);
    if (!body)
        return ARTICLE_OK;
    thread_find run;
    best_run(ctx, body, &run);
    xmlNode *question = question_of(body);
    if (!run.parent && question)
        lone_answer(body, question, &run);
    if (!run.parent)
        return ARTICLE_OK;

    /* The posts in document order: the run's members and, inside them,
     * posts of the same key (replies); a question before the run opens
     * it. `parents[i]` is the index of the post holding post i, or -1. */
    art_buf items;
    art_buf_init(&items, &ctx->doc->arena.alc);
    xmlNode *first = NULL;
    for (xmlNode *c = run.parent->children; c && !first; c = c->next) {
        char key[64];
        xmlNode *post = wrapped_post(c, key, sizeof key);
        if (post && strcmp(key, run.key) == 0)
            first = post;
    }
    /* Stack Exchange's Question holds its answers: its own message comes
     * first, and the answers are read (and gone) before it is. */
    int opening_outside = question && !contains(first, question) &&
                          (contains(question, first) || xmlXPathCmpNodes(question, first) > 0);
    /* A forum post whose own text is in the run's first member is set
     * around that member (Discourse's topic posting holds post_1 and the
     * replies after it): the member is the opening post. */
    if (opening_outside && !schema_is(question, "/Question") &&
        contains(first, own_message(question)))
        opening_outside = 0;
    if (!opening_outside) {
        question = opening_apart(body, first);
        opening_outside = question != NULL;
    }
    article_node *root = article_doc_root(ctx->doc);
    article_status st = ARTICLE_OK;
    if (opening_outside) {
        post_item it = {question, NULL, 1, NULL};
        art_buf_put(&items, (const char *)&it, sizeof it);
    }
    /* `open` holds the posts the walk is inside (indices into items):
     * the innermost is the parent of the next post found. */
    size_t open[THREAD_MAX_DEPTH], depth = 0;
    xmlNode *n = run.parent->children;
    while (n && st == ARTICLE_OK && items.len / sizeof(post_item) < THREAD_MAX_POSTS &&
           !art_html_out_of_time(ctx)) {
        if (n->type == XML_ELEMENT_NODE && member(n, run.key)) {
            const post_item *all = (const post_item *)(const void *)items.data;
            size_t count = items.len / sizeof(post_item);
            while (depth && !contains(all[open[depth - 1]].el, n))
                depth--;
            article_node *parent =
                depth && all[open[depth - 1]].node ? all[open[depth - 1]].node : root;
            if (depth < THREAD_MAX_DEPTH)
                open[depth++] = count;
            post_item it = {n, NULL, count == 0, NULL};
            if (!it.opening && !(ctx->flags & ARTICLE_OPT_NO_COMMENTS)) {
                it.node = article_node_new(ctx->doc, ARTICLE_NODE_COMMENT);
                if (!it.node) {
                    st = ARTICLE_ERR_NOMEM;
                    break;
                }
                st = article_node_append_child(parent, it.node);
            }
            art_buf_put(&items, (const char *)&it, sizeof it);
            if (items.failed)
                st = ARTICLE_ERR_NOMEM;
        }
        n = art_dom_next(n, run.parent);
    }

    size_t count = items.len / sizeof(post_item);
    if (st == ARTICLE_OK && art_html_rule(ctx, ART_RULE_THREAD_QUOTES))
        st = drop_quotes(ctx, &items);

    /* Replies before the posts that hold them; the opening post last. */
    for (size_t i = count; i-- > 0 && st == ARTICLE_OK;) {
        post_item *it = (post_item *)(void *)(items.data + i * sizeof(post_item));
        if (it->opening) {
            xmlNode *message = message_of(it->el);
            st = thread_meta(ctx, it->el, message, &items);
            if (st != ARTICLE_OK)
                break;
            remove_under(message, message == it->el ? post_furniture : message_furniture);
            expand_short_links(message);
            unquote_box(message);
            ctx->thread_body = message;
            continue;
        }
        if (it->node) {
            st = read_reply(ctx, it->el, it->node);
        } else if (art_html_rule(ctx, ART_RULE_THREAD_AUTHOR)) {
            /* No comments asked for: the author alone, so that the
             * thread's author does not depend on it. */
            article_node *scratch = article_node_new(ctx->doc, ARTICLE_NODE_COMMENT);
            st =
                scratch ? read_author(ctx, it->el, message_of(it->el), scratch) : ARTICLE_ERR_NOMEM;
            if (st == ARTICLE_OK)
                it->author = article_node_get_string(scratch, ARTICLE_ATTR_AUTHOR);
        }
        if (it->node && st == ARTICLE_OK)
            it->author = article_node_get_string(it->node, ARTICLE_ATTR_AUTHOR);
        xmlUnlinkNode(it->el);
        xmlFreeNode(it->el);
    }
    art_buf_free(&items);
    if (st != ARTICLE_OK && ctx->err && ctx->err->status == ARTICLE_OK)
        art_error_set(ctx->err, st, "reading a thread: %s", article_status_string(st));
    return st;
}
