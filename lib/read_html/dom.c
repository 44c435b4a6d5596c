/* Small DOM helpers over libxml2's tree, shared by the reader's stages. */
#include "read_html.h"

#include <libxml/uri.h>
#include <string.h>
#include <strings.h>

/* These helpers run for nearly every element in several passes: each
 * tests the first byte before calling into libc. */

/* ASCII letters differ in case by bit 0x20 only: equal first bytes under
 * strcasecmp are equal with that bit set. */
#define CASE_BIT 0x20

/* strcasecmp(a, b) == 0 for ASCII names, without the call: asked of
 * every attribute of nearly every element, in several passes. */
static int same_name_nocase(const xmlChar *a, const char *b)
{
    for (size_t i = 0;; i++) {
        unsigned x = a[i], y = (unsigned char)b[i];
        if (x - 'A' < 26u)
            x |= CASE_BIT;
        if (y - 'A' < 26u)
            y |= CASE_BIT;
        if (x != y)
            return 0;
        if (!x)
            return 1;
    }
}

/* The value art_dom_attr gives for attribute a. */
static const char *attr_value(const xmlAttr *a)
{
    const xmlNode *t = a->children;
    if (!t)
        return "";
    /* HTML attributes are one text node; libxml2 keeps it there. */
    return t->content ? (const char *)t->content : "";
}

size_t art_dom_gather_attrs(art_arena *scratch, xmlNode *n)
{
    size_t count = 0;
    for (const xmlAttr *a = n->properties; a; a = a->next)
        count++;
    if (!count || count > (SIZE_MAX - sizeof(art_dom_attrs)) / sizeof(art_dom_attr_pair))
        return count;
    art_dom_attrs *r =
        art_arena_alloc(scratch, sizeof(art_dom_attrs) + count * sizeof(art_dom_attr_pair));
    if (!r)
        return count;
    r->count = count;
    r->class_ = r->id = NULL;
    r->class_hint = r->hidden = ART_DOM_HINT_UNSET;
    size_t i = 0;
    for (const xmlAttr *a = n->properties; a; a = a->next, i++) {
        r->a[i].name = a->name;
        r->a[i].value = attr_value(a);
        /* The first of each, as the list's walk finds. */
        if (!r->class_ && a->name && same_name_nocase(a->name, "class"))
            r->class_ = r->a[i].value;
        else if (!r->id && a->name && same_name_nocase(a->name, "id"))
            r->id = r->a[i].value;
    }
    n->psvi = r;
    return count;
}

void art_dom_unset_attr(xmlNode *n, const char *name)
{
    xmlUnsetProp(n, (const xmlChar *)name);
    n->psvi = NULL; /* art_dom_attr walks the list again */
}

/* art_dom_attr past its inline tests (read_html.h). */
const char *art_dom_attr_in(const xmlNode *n, const char *name)
{
    unsigned first = (unsigned char)name[0] | CASE_BIT;
    const art_dom_attrs *r = n->psvi;
    if (r) {
        for (size_t i = 0; i < r->count; i++) {
            const xmlChar *an = r->a[i].name;
            if (an && (an[0] | CASE_BIT) == first && same_name_nocase(an, name))
                return r->a[i].value;
        }
        return NULL;
    }
    for (const xmlAttr *a = n->properties; a; a = a->next) {
        if (a->name && (a->name[0] | CASE_BIT) == first && same_name_nocase(a->name, name))
            return attr_value(a);
    }
    return NULL;
}

/* 1 when the space-separated list has `word`; `nocase`: ignoring case. */
static int list_space(unsigned char c)
{
    /* art_is_space, inlined: this loop sees every byte of every class. */
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static int list_has_word(const char *list, const char *word, int nocase)
{
    size_t want = strlen(word);
    for (const char *p = list; p && *p;) {
        while (*p && list_space((unsigned char)*p))
            p++;
        const char *start = p;
        while (*p && !list_space((unsigned char)*p))
            p++;
        if ((size_t)(p - start) == want &&
            (nocase ? strncasecmp(start, word, want) : strncmp(start, word, want)) == 0)
            return 1;
    }
    return 0;
}

int art_dom_has_class(const xmlNode *n, const char *cls)
{
    return list_has_word(art_dom_attr(n, "class"), cls, 0);
}

static int skipped_element(const xmlNode *n)
{
    return art_dom_is(n, "script") || art_dom_is(n, "style") || art_dom_is(n, "template") ||
           art_dom_is(n, "noscript");
}

const char *art_dom_text(art_html_ctx *ctx, const xmlNode *root)
{
    art_buf buf;
    art_buf_init(&buf, &ctx->doc->arena.alc);
    int pending = 0;
    const xmlNode *n = root;
    while (n) {
        int descend = 0;
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            if (n->content)
                art_buf_put_collapsed(&buf, (const char *)n->content,
                                      strlen((const char *)n->content), &pending);
        } else if (n->type == XML_ELEMENT_NODE && !skipped_element(n)) {
            if (art_dom_is(n, "br"))
                pending = 1;
            descend = n->children != NULL;
        }
        if (descend) {
            n = n->children;
            continue;
        }
        /* Next in document order, not leaving root's subtree. */
        while (n && n != root && !n->next)
            n = n->parent;
        if (!n || n == root)
            break;
        n = n->next;
    }
    const char *out =
        buf.failed ? NULL : art_doc_strndup(ctx->doc, buf.data ? buf.data : "", buf.len);
    art_buf_free(&buf);
    return out;
}

const char *art_html_clean_string(art_html_ctx *ctx, const char *s)
{
    if (!s)
        return NULL;
    art_buf buf;
    art_buf_init(&buf, &ctx->doc->arena.alc);
    int pending = 0;
    art_buf_put_collapsed(&buf, s, strlen(s), &pending);
    const char *out =
        buf.failed ? NULL : art_doc_strndup(ctx->doc, buf.data ? buf.data : "", buf.len);
    art_buf_free(&buf);
    return out;
}

/* 1 when c is no URL code point and no '%': C0 controls, space, DEL and
 * " < > \\ ^ ` { | } (the WHATWG URL standard's list). A page's href
 * holds them raw (a regex from a JSON-LD template: "(tech|news)"). */
static int url_needs_escape(unsigned char c)
{
    return c <= 0x20 || c == 0x7f || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' ||
           c == '`' || c == '{' || c == '|' || c == '}';
}

/* url with the characters above percent-encoded (an arena string; url
 * itself when it has none). Idempotent: '%' is left as it is. */
static const char *escape_url(art_html_ctx *ctx, const char *url)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t extra = 0;
    for (const unsigned char *p = (const unsigned char *)url; *p; p++)
        extra += url_needs_escape(*p) ? 2 : 0;
    if (!extra)
        return url;
    size_t len = strlen(url);
    char *out = art_arena_alloc(&ctx->doc->arena, len + extra + 1);
    if (!out)
        return NULL;
    char *o = out;
    for (const unsigned char *p = (const unsigned char *)url; *p; p++) {
        if (url_needs_escape(*p)) {
            *o++ = '%';
            *o++ = hex[*p >> 4];
            *o++ = hex[*p & 15];
        } else {
            *o++ = (char)*p;
        }
    }
    *o = '\0';
    return out;
}

static const char *resolve_url(art_html_ctx *ctx, const char *href);

const char *art_html_resolve_url(art_html_ctx *ctx, const char *href)
{
    const char *url = resolve_url(ctx, href);
    return url ? escape_url(ctx, url) : NULL;
}

/* art_html_resolve_url() before the escaping. */
static const char *resolve_url(art_html_ctx *ctx, const char *href)
{
    if (!href)
        return NULL;
    while (art_is_space((unsigned char)*href))
        href++;
    size_t len = strlen(href);
    while (len && art_is_space((unsigned char)href[len - 1]))
        len--;
    if (len == 0 || strncasecmp(href, "javascript:", 11) == 0)
        return NULL;
    const char *trimmed = art_doc_strndup(ctx->doc, href, len);
    if (!trimmed || !ctx->base_url)
        return trimmed;
    xmlChar *abs = xmlBuildURI((const xmlChar *)trimmed, (const xmlChar *)ctx->base_url);
    if (!abs) {
        /* Unparseable (spaces, odd characters): escape, then try again. */
        xmlChar *esc =
            xmlURIEscapeStr((const xmlChar *)trimmed, (const xmlChar *)":/?#[]@!$&'()*+,;=%~");
        if (esc) {
            abs = xmlBuildURI(esc, (const xmlChar *)ctx->base_url);
            xmlFree(esc);
        }
    }
    if (!abs)
        return trimmed;
    const char *out = art_doc_strdup(ctx->doc, (const char *)abs);
    xmlFree(abs);
    return out;
}

int art_dom_attr_has_word(const xmlNode *n, const char *attr, const char *word)
{
    return list_has_word(art_dom_attr(n, attr), word, 1);
}

xmlNode *art_dom_body(htmlDocPtr html)
{
    xmlNode *root = xmlDocGetRootElement(html);
    for (xmlNode *n = root ? root->children : NULL; n; n = n->next)
        if (art_dom_is(n, "body"))
            return n;
    return root;
}

/* MARK: - Word lists over class strings */

static int is_alnum_lower(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

static size_t word_slot(unsigned char c)
{
    return c >= 'a' && c <= 'z' ? (size_t)(c - 'a') : ART_WORDS_SLOTS - 1;
}

void art_words_init(art_words *x, const char *const *words, size_t count)
{
    if (count > ART_WORDS_MAX)
        count = ART_WORDS_MAX; /* callers' lists are static and checked */
    x->words = words;
    x->has_empty = 0;
    memset(x->head, -1, sizeof x->head);
    memset(x->pairs, 0, sizeof x->pairs);
    /* Backwards, so that each chain keeps the list's order. */
    for (size_t i = count; i-- > 0;) {
        const unsigned char *w = (const unsigned char *)words[i];
        size_t slot = word_slot(w[0]);
        x->next[i] = x->head[slot];
        x->head[slot] = (signed char)i;
        if (!w[0])
            x->has_empty = 1;
        else if (!w[1])
            x->pairs[slot] = ~(uint32_t)0;
        else
            x->pairs[slot] |= (uint32_t)1 << word_slot(w[1]);
    }
}

/* 1 when a word of the chain from i starts at s + at (and, with `token`,
 * ends a token there). */
static int chain_at(const art_words *x, int i, const char *s, size_t at, int token)
{
    for (; i >= 0; i = x->next[i]) {
        const char *w = x->words[i];
        size_t k = 0;
        while (w[k] && s[at + k] == w[k])
            k++;
        if (!w[k] && (!token || !is_alnum_lower(s[at + k])))
            return 1;
    }
    return 0;
}

/* Every place of s against its first byte's chain: the general case, for
 * a list with the empty word. */
static int find_everywhere(const art_words *x, const char *s, int token)
{
    for (size_t at = 0; s[at]; at++) {
        if (token && at > 0 && is_alnum_lower(s[at - 1]))
            continue;
        size_t slot = word_slot((unsigned char)s[at]);
        if (chain_at(x, x->head[slot], s, at, token))
            return 1;
        /* The empty word (slot of the NUL) is at every place. */
        if (slot != ART_WORDS_SLOTS - 1 && chain_at(x, x->head[ART_WORDS_SLOTS - 1], s, at, token))
            return 1;
    }
    return 0;
}

int art_words_find(const art_words *x, const char *s, int token)
{
    if (x->has_empty)
        return find_everywhere(x, s, token);
    /* Without the empty word, a word can start only where its first byte
     * is, so only that byte's chain is walked, and only where the next
     * byte is one a word of it has second. */
    for (size_t at = 0; s[at]; at++) {
        /* A token starts after a byte that is not a letter or digit
         * ("c-share-bar" has "share"). */
        if (token && at > 0 && is_alnum_lower(s[at - 1]))
            continue;
        size_t slot = word_slot((unsigned char)s[at]);
        /* s[at + 1] is at most the NUL. */
        if (!(x->pairs[slot] >> word_slot((unsigned char)s[at + 1]) & 1u))
            continue;
        if (chain_at(x, x->head[slot], s, at, token))
            return 1;
    }
    return 0;
}

int art_words_in(const char *s, const char *const *words, size_t count, int token)
{
    art_words x;
    art_words_init(&x, words, count);
    return art_words_find(&x, s, token);
}

/* MARK: - Bounded measures of a subtree */

/* A bounded look into n's subtree: 1 when an element named `tag` is there
 * within `budget` nodes (-1 when the budget ran out). */
int art_dom_contains(const xmlNode *root, const char *tag, int budget)
{
    const xmlNode *n = root->children;
    while (n) {
        if (--budget < 0)
            return -1;
        if (art_dom_is(n, tag))
            return 1;
        if (n->type == XML_ELEMENT_NODE && n->children) {
            n = n->children;
            continue;
        }
        while (n && n != root && !n->next)
            n = n->parent;
        if (!n || n == root)
            break;
        n = n->next;
    }
    return 0;
}

/* Visible characters of n's text, counting stops past `limit` (or after
 * a bounded number of nodes, which also counts as past). */
size_t art_dom_visible_len(const xmlNode *root, size_t limit)
{
    size_t len = 0;
    int budget = 400;
    const xmlNode *n = root->children;
    while (n && len <= limit) {
        if (--budget < 0)
            return limit + 1;
        if (n->type == XML_TEXT_NODE && n->content)
            len += art_visible_chars((const char *)n->content);
        if (n->type == XML_ELEMENT_NODE && n->children && !art_dom_is(n, "script") &&
            !art_dom_is(n, "style")) {
            n = n->children;
            continue;
        }
        while (n && n != root && !n->next)
            n = n->parent;
        if (!n || n == root)
            break;
        n = n->next;
    }
    return len;
}

/* Text length of n's subtree, bounded; no allocation. */
size_t art_dom_text_bytes(const xmlNode *root, size_t cap)
{
    size_t len = 0;
    const xmlNode *n = root;
    while (n && len < cap) {
        if (n->type == XML_TEXT_NODE && n->content)
            len += strlen((const char *)n->content);
        if (n->type == XML_ELEMENT_NODE && n->children && !art_dom_is(n, "script") &&
            !art_dom_is(n, "style")) {
            n = n->children;
            continue;
        }
        while (n && n != root && !n->next)
            n = n->parent;
        if (!n || n == root)
            break;
        n = n->next;
    }
    return len;
}

/* MARK: - Class and id */

/* Lowercased class and id of n into out (truncated); "" when none. */
void art_dom_class_and_id(const xmlNode *n, char *out, size_t size)
{
    const char *c = art_dom_attr(n, "class");
    const char *id = art_dom_attr(n, "id");
    size_t k = 0;
    for (int pass = 0; pass < 2; pass++) {
        const char *s = pass == 0 ? c : id;
        if (!s)
            continue;
        if (k && k + 1 < size)
            out[k++] = ' ';
        for (; *s && k + 1 < size; s++) {
            char ch = *s;
            if (ch >= 'A' && ch <= 'Z')
                ch = (char)(ch - 'A' + 'a');
            out[k++] = ch;
        }
    }
    out[k] = '\0';
}
