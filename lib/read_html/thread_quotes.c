/* Quoted text repeated in a thread: a reply that quotes an earlier post
 * of the same page ("FutureBSD said: ...", "jahboater wrote: ...") repeats
 * text the reader has just read; the quote goes, the reply's own words
 * stay. A quote of something not on the page (a post of an earlier page,
 * a source) is kept: it is the only copy.
 *
 * Every forum engine sets its quotes in <blockquote>, with the "X said:"
 * line and any "Click to expand" inside; Discourse puts the name beside
 * it in a wrapper whose class names a quote. A quote repeats when half or
 * more of its 4-word shingles (the benchmarks' unit of text) are in the
 * posts before it. Runs on the DOM before the replies are read, posts in
 * document order, with one open-addressing set of shingle hashes. */
#include "meta.h"

#include <stdint.h>
#include <string.h>

/* Shingles per post and per quote, bounded; a longer text counts what
 * fits. */
#define TQ_MAX_WORDS 20000
/* A wrapper left with less text than this after its quote went was the
 * quote's attribution ("alice:"), and goes too. */
#define TQ_WRAPPER_REST 100

typedef struct shingle_set {
    art_buf table; /* uint64_t slots, 0 = empty */
    size_t used, slots;
} shingle_set;

static uint64_t *slots_of(shingle_set *s)
{
    return (uint64_t *)(void *)s->table.data;
}

static int set_grow(shingle_set *s)
{
    size_t slots = s->slots ? s->slots * 2 : 1024;
    art_buf bigger;
    art_buf_init(&bigger, s->table.alc);
    if (art_buf_reserve(&bigger, slots * sizeof(uint64_t)) != 0) {
        art_buf_free(&bigger);
        return 0;
    }
    memset(bigger.data, 0, slots * sizeof(uint64_t));
    uint64_t *to = (uint64_t *)(void *)bigger.data, *from = slots_of(s);
    for (size_t i = 0; i < s->slots; i++) {
        if (!from[i])
            continue;
        size_t k = (size_t)(from[i] & (slots - 1));
        while (to[k])
            k = (k + 1) & (slots - 1);
        to[k] = from[i];
    }
    art_buf_free(&s->table);
    s->table = bigger;
    s->slots = slots;
    return 1;
}

static int set_has(shingle_set *s, uint64_t h)
{
    if (!s->slots)
        return 0;
    uint64_t *t = slots_of(s);
    for (size_t k = (size_t)(h & (s->slots - 1)); t[k]; k = (k + 1) & (s->slots - 1))
        if (t[k] == h)
            return 1;
    return 0;
}

static int set_add(shingle_set *s, uint64_t h)
{
    if ((s->used + 1) * 2 > s->slots && !set_grow(s))
        return 0;
    uint64_t *t = slots_of(s);
    size_t k = (size_t)(h & (s->slots - 1));
    while (t[k] && t[k] != h)
        k = (k + 1) & (s->slots - 1);
    if (!t[k]) {
        t[k] = h;
        s->used++;
    }
    return 1;
}

/* The shingles of one text, as the walk meets its words. */
typedef struct shingler {
    uint64_t words[4]; /* the last four words' hashes */
    size_t count;      /* words seen */
    uint64_t word;     /* the word being read, 0 between words */
} shingler;

/* A word byte: ASCII letters and digits, '_', and any byte of a non-ASCII
 * character (the no-break space is told apart by the caller). */
static int word_byte(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
           c >= 0x80;
}

/* Ends the word being read; returns the hash of the shingle it closes,
 * or 0 while fewer than four words were read. */
static uint64_t end_word(shingler *sh)
{
    if (!sh->word)
        return 0;
    sh->words[sh->count % 4] = sh->word;
    sh->count++;
    sh->word = 0;
    if (sh->count < 4)
        return 0;
    uint64_t h = 0x9E3779B97F4A7C15ull;
    for (size_t i = sh->count - 4; i < sh->count; i++)
        h = (h ^ sh->words[i % 4]) * 0x100000001B3ull + (h >> 29);
    return h ? h : 1;
}

/* What to do with each shingle of a walk. */
typedef struct shingle_sink {
    shingle_set *into; /* add to this set, or */
    shingle_set *in;   /* count those found in this one */
    size_t total, found;
    int failed;
} shingle_sink;

static void take(shingle_sink *k, uint64_t h)
{
    if (!h || k->total >= TQ_MAX_WORDS)
        return;
    k->total++;
    if (k->into && !set_add(k->into, h))
        k->failed = 1;
    if (k->in && set_has(k->in, h))
        k->found++;
}

static void text_shingles(const char *text, shingler *sh, shingle_sink *k)
{
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        if (p[0] == 0xC2 && p[1] == 0xA0) { /* U+00A0 parts words */
            take(k, end_word(sh));
            p++;
            continue;
        }
        if (word_byte(*p)) {
            unsigned char c = *p >= 'A' && *p <= 'Z' ? (unsigned char)(*p - 'A' + 'a') : *p;
            sh->word = ((sh->word ? sh->word : 0xCBF29CE484222325ull) ^ c) * 0x100000001B3ull;
            if (!sh->word)
                sh->word = 1;
        } else {
            take(k, end_word(sh));
        }
    }
}

static int unseen_tag(const xmlNode *n)
{
    return art_dom_is(n, "script") || art_dom_is(n, "style") || art_dom_is(n, "template");
}

static int contains(const xmlNode *outer, const xmlNode *inner)
{
    for (const xmlNode *p = inner; p; p = p->parent)
        if (p == outer)
            return 1;
    return 0;
}

/* The posts nested in the one being read, in document order, and the
 * first of them the walk has not yet passed. */
typedef struct nested {
    xmlNode *const *posts;
    size_t count, next;
} nested;

/* 1 when n is the next nested post; the walk then skips its subtree. */
static int at_nested(const nested *in, const xmlNode *n)
{
    return in->next < in->count && in->posts[in->next] == n;
}

/* The walk skips the subtree at n: the nested posts in it are passed. */
static void pass(nested *in, const xmlNode *n)
{
    while (in->next < in->count && contains(n, in->posts[in->next]))
        in->next++;
}

/* Feeds the text under root to k, leaving out the posts nested in it
 * (they are read on their own). Every element ends a word, as it mostly
 * does on screen. */
static void walk_shingles(xmlNode *root, nested in, shingle_sink *k, long *budget)
{
    shingler sh = {{0}, 0, 0};
    xmlNode *n = root->children;
    while (n && (*budget)-- > 0) {
        if (n->type == XML_ELEMENT_NODE && (at_nested(&in, n) || unseen_tag(n))) {
            pass(&in, n);
            take(k, end_word(&sh));
            n = art_dom_skip(n, root);
            continue;
        }
        if (n->type == XML_TEXT_NODE && n->content)
            text_shingles((const char *)n->content, &sh, k);
        else
            take(k, end_word(&sh));
        n = art_dom_next(n, root);
    }
    take(k, end_word(&sh));
}

/* 1 when n's class or id names a quote (Discourse's aside.quote). */
static int quote_wrapper(const xmlNode *n)
{
    char buf[256];
    art_dom_class_and_id(n, buf, sizeof buf);
    return strstr(buf, "quote") != NULL;
}

/* 1 when n sits inside a <blockquote>. */
static int in_blockquote(const xmlNode *n)
{
    for (const xmlNode *p = n->parent; p && p->type == XML_ELEMENT_NODE; p = p->parent)
        if (art_dom_is(p, "blockquote"))
            return 1;
    return 0;
}

/* 1 when a <blockquote> is no quote but the post's message box
 * (vBulletin sets every message in blockquote.postcontent, quotes and
 * all): it holds the message's microdata, or its class names a message
 * and not a quote, or names a message and sits in no other blockquote
 * (XenForo 1's blockquote.messageText.SelectQuoteContainer: the class
 * says the text can be quoted). The quotes inside it are judged
 * instead. */
static int message_box(xmlNode *n)
{
    char buf[256];
    art_dom_class_and_id(n, buf, sizeof buf);
    if ((strstr(buf, "content") || strstr(buf, "message")) &&
        (!strstr(buf, "quote") || !in_blockquote(n)))
        return 1;
    int budget = 2000;
    for (xmlNode *k = n; k && budget-- > 0; k = art_dom_next(k, n))
        if (k->type == XML_ELEMENT_NODE && (art_dom_attr_has_word(k, "itemprop", "text") ||
                                            art_dom_attr_has_word(k, "itemprop", "articleBody") ||
                                            art_dom_attr_has_word(k, "itemprop", "commentText")))
            return 1;
    return 0;
}

/* 1 when n is a quote to judge: a <blockquote> that is not a message box,
 * or another block whose class names a quote and holds no <blockquote>
 * (vBulletin's div.bbcode_quote inside its message box). */
static int quote_block(xmlNode *n)
{
    if (art_dom_is(n, "blockquote"))
        return !message_box(n);
    if (!art_dom_is(n, "div") || !quote_wrapper(n))
        return 0;
    int budget = 2000;
    for (xmlNode *k = n->children; k && budget-- > 0; k = art_dom_next(k, n))
        if (k->type == XML_ELEMENT_NODE && art_dom_is(k, "blockquote"))
            return 0;
    return 1;
}

/* Takes out the quotes of one post that repeat what `seen` holds (not
 * those of the posts nested in it). Returns how many went. */
static size_t drop_repeats(xmlNode *post, nested in, shingle_set *seen, long *budget)
{
    size_t dropped = 0;
    xmlNode *n = post->children;
    while (n && (*budget)-- > 0) {
        if (n->type != XML_ELEMENT_NODE) {
            n = art_dom_next(n, post);
            continue;
        }
        if (at_nested(&in, n) || unseen_tag(n)) {
            pass(&in, n);
            n = art_dom_skip(n, post);
            continue;
        }
        if (!quote_block(n)) {
            n = art_dom_next(n, post);
            continue;
        }
        nested none = {NULL, 0, 0};
        shingle_sink k = {NULL, seen, 0, 0, 0};
        walk_shingles(n, none, &k, budget);
        pass(&in, n);
        if (!k.total || k.found * 2 < k.total) {
            n = art_dom_skip(n, post);
            continue;
        }
        /* Discourse's wrapper holds the quote and its "alice:" line. */
        xmlNode *gone = n, *wrap = n->parent;
        if (wrap && wrap != post && quote_wrapper(wrap)) {
            xmlNode *after = art_dom_skip(n, post);
            xmlUnlinkNode(n);
            xmlFreeNode(n);
            dropped++;
            if (art_dom_visible_len(wrap, TQ_WRAPPER_REST) >= TQ_WRAPPER_REST) {
                n = after;
                continue;
            }
            gone = wrap;
        } else {
            dropped++;
        }
        xmlNode *next = art_dom_skip(gone, post);
        xmlUnlinkNode(gone);
        xmlFreeNode(gone);
        n = next;
    }
    return dropped;
}

size_t art_thread_drop_quotes(art_html_ctx *ctx, xmlNode *const *posts, size_t count)
{
    shingle_set seen;
    memset(&seen, 0, sizeof seen);
    art_buf_init(&seen.table, &ctx->doc->arena.alc);
    size_t dropped = 0;
    long budget = 4000000;
    for (size_t i = 0; i < count && budget > 0; i++) {
        /* The posts inside this one follow it in document order. */
        size_t end = i + 1;
        while (end < count && contains(posts[i], posts[end]))
            end++;
        nested in = {posts + i + 1, end - i - 1, 0};
        if (i > 0)
            dropped += drop_repeats(posts[i], in, &seen, &budget);
        shingle_sink k = {&seen, NULL, 0, 0, 0};
        walk_shingles(posts[i], in, &k, &budget);
        if (k.failed)
            break;
    }
    art_buf_free(&seen.table);
    return dropped;
}
