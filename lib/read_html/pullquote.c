/* Pull quotes: a quote-like element in the body whose whole text repeats
 * a sentence of the article's own paragraphs is decoration, not content
 * (issue 3). The body's text is gathered once, the candidates are few,
 * so one strstr per candidate. Runs on the DOM after scoring, before
 * conversion, so the converter never sees what is dropped. */
#include "read_html.h"

#include <string.h>

/* Shorter quotes repeat body text by chance ("He said no."). */
#define PQ_MIN_LEN 30

/* Class/id words that name a pull quote whatever the tag. */
static const char *const pq_words[] = {"pullquote", "pull-quote", "pull_quote", "pullout",
                                       "blockquote--pull"};

/* 1 when attribute `attr` holds one of pq_words anywhere, ignoring
 * ASCII case ("c-pull-quote", "article__pullquote"). */
static int names_pull_quote(const xmlNode *n, const char *attr)
{
    const char *v = art_dom_attr(n, attr);
    if (!v)
        return 0;
    char low[256];
    size_t k = 0;
    for (; v[k] && k + 1 < sizeof low; k++)
        low[k] = (char)(v[k] >= 'A' && v[k] <= 'Z' ? v[k] - 'A' + 'a' : v[k]);
    low[k] = '\0';
    return art_words_in(low, pq_words, sizeof pq_words / sizeof pq_words[0], 0);
}

static int is_candidate(const xmlNode *n)
{
    return art_dom_is(n, "blockquote") || names_pull_quote(n, "class") || names_pull_quote(n, "id");
}

/* Text that never counts: scripts and the like, and what the scorer
 * judged boilerplate (the converter leaves it out too). */
static int skipped(const xmlNode *n, unsigned flags)
{
    return art_dom_is(n, "script") || art_dom_is(n, "style") || art_dom_is(n, "template") ||
           art_dom_is(n, "noscript") || art_html_is_junk(n, flags);
}

/* The number of bytes at s that are a quotation mark or an ellipsis
 * (ignored when comparing), else 0. */
static size_t ignorable(const unsigned char *s)
{
    if (*s == '"' || *s == '\'')
        return 1;
    if (s[0] == '.' && s[1] == '.' && s[2] == '.')
        return 3;
    if (s[0] == 0xC2 && (s[1] == 0xAB || s[1] == 0xBB)) /* « » */
        return 2;
    /* U+2018..U+201F quotes, U+2026 ellipsis, U+2039/U+203A. */
    if (s[0] == 0xE2 && s[1] == 0x80 &&
        ((s[2] >= 0x98 && s[2] <= 0x9F) || s[2] == 0xA6 || s[2] == 0xB9 || s[2] == 0xBA))
        return 3;
    return 0;
}

/* Appends text folded for comparison: ASCII lowercased, quotes and
 * ellipses dropped, whitespace runs as one space (*space carries a
 * pending one between calls; none at the start of a line). */
static void put_folded(art_buf *buf, const char *text, int *space)
{
    const unsigned char *s = (const unsigned char *)text;
    while (*s) {
        size_t skip = ignorable(s);
        if (skip) {
            s += skip;
            continue;
        }
        if (art_is_space(*s)) {
            *space = 1;
            s++;
            continue;
        }
        if (*space && buf->len && buf->data[buf->len - 1] != '\n')
            art_buf_putc(buf, ' ');
        *space = 0;
        unsigned char c = *s++;
        art_buf_putc(buf, (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
    }
}

/* Folded text of root's subtree; with `cut`, candidate subtrees are left
 * out and every block boundary is a newline, so a match never spans two
 * paragraphs. No recursion. */
static void gather(art_buf *buf, xmlNode *root, unsigned flags, int cut)
{
    int space = 0;
    xmlNode *n = root->children;
    while (n) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            if (n->content)
                put_folded(buf, (const char *)n->content, &space);
        } else if (n->type == XML_ELEMENT_NODE) {
            if (skipped(n, flags) || (cut && is_candidate(n))) {
                n = art_dom_skip(n, root);
                continue;
            }
            if (art_dom_is(n, "br"))
                space = 1;
            else if (art_html_is_blockish(n) && cut) {
                art_buf_putc(buf, '\n');
                space = 0;
            } else if (art_html_is_blockish(n))
                space = 1;
        }
        n = art_dom_next(n, root);
    }
}

/* 1 when s holds "pull" in any case: every word of pq_words does. */
static int says_pull(const char *s)
{
    for (; s && *s; s++)
        if ((*s | 0x20) == 'p' && (s[1] | 0x20) == 'u' && (s[2] | 0x20) == 'l' &&
            (s[3] | 0x20) == 'l')
            return 1;
    return 0;
}

/* 1 when some element under root could be a candidate: a blockquote, or
 * a class or id with "pull". Most pages have none, and then the body's
 * text need not be gathered at all. */
static int may_have_candidates(xmlNode *root)
{
    for (xmlNode *n = root->children; n; n = art_dom_next(n, root))
        if (n->type == XML_ELEMENT_NODE &&
            (art_dom_is(n, "blockquote") || says_pull(art_dom_attr(n, "class")) ||
             says_pull(art_dom_attr(n, "id"))))
            return 1;
    return 0;
}

/* Drops the outermost candidates under root whose folded text occurs in
 * `body` (the folded text outside all candidates). */
static void drop_repeats(art_html_ctx *ctx, xmlNode *root, const char *body)
{
    art_buf q;
    art_buf_init(&q, &ctx->doc->arena.alc);
    xmlNode *n = root->children;
    while (n) {
        if (n->type != XML_ELEMENT_NODE) {
            n = art_dom_next(n, root);
            continue;
        }
        if (skipped(n, ctx->flags) || !is_candidate(n)) {
            n = skipped(n, ctx->flags) ? art_dom_skip(n, root) : art_dom_next(n, root);
            continue;
        }
        xmlNode *next = art_dom_skip(n, root);
        q.len = 0;
        gather(&q, n, ctx->flags, 0);
        art_buf_putc(&q, '\0');
        if (!q.failed && q.len > PQ_MIN_LEN && strstr(body, q.data)) {
            xmlUnlinkNode(n);
            xmlFreeNode(n);
        }
        n = next;
    }
    art_buf_free(&q);
}

article_status art_html_drop_pull_quotes(art_html_ctx *ctx, const xmlNode *body)
{
    if (!body || !body->children)
        return ARTICLE_OK;
    /* The body element itself stays put; its children are ours to drop. */
    xmlNode *root = body->children->parent;
    if (!may_have_candidates(root))
        return ARTICLE_OK;
    art_buf text;
    art_buf_init(&text, &ctx->doc->arena.alc);
    gather(&text, root, ctx->flags, 1);
    art_buf_putc(&text, '\0');
    if (text.failed) {
        art_buf_free(&text);
        return art_error_set(ctx->err, ARTICLE_ERR_NOMEM, "reading the body: out of memory");
    }
    drop_repeats(ctx, root, text.data);
    art_buf_free(&text);
    return ARTICLE_OK;
}
