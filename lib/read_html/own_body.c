/* The <body> of the library's own pages (docs/html-format.md): the
 * breadcrumb <nav>, the <article> and its <section>s, <aside
 * class="related"> and <section class="comments">, every block as the
 * writer writes it. One iterative walk: an element that opens a model
 * container (opens() says which, from the element alone) makes it the
 * current node, and leaving the element goes back to its parent, so
 * there is no stack and no recursion however deep the page. Leaves and
 * inline containers are read whole where they are met. What the format
 * does not hold is an error (own_page.h). */
#include "own_page.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

typedef struct walk {
    art_html_ctx *ctx;
    article_node *cur;
    article_status st;
} walk;

static void fail(walk *w, article_status st)
{
    if (w->st == ARTICLE_OK)
        w->st = st;
}

static int parent_is(const xmlNode *n, const char *tag, const char *cls)
{
    const xmlNode *p = n->parent;
    return p && art_dom_is(p, tag) && (!cls || art_dom_has_class(p, cls));
}

/* An <ol> of replies (or of the comments): its items are li.comment. */
static int comment_list(const xmlNode *n)
{
    const xmlNode *k = n->children;
    while (k && k->type != XML_ELEMENT_NODE)
        k = k->next;
    return art_dom_is(n, "ol") && art_dom_is(k, "li") && art_dom_has_class(k, "comment");
}

/* 1 when element n opens a model container: a section of the article, a
 * quote, a list, an item or a comment, a table, a row. The body, the
 * <article> elements, <tbody>, the comments' <section> and <ol>s do not. */
static int opens(const xmlNode *n)
{
    if (art_dom_is(n, "section"))
        return parent_is(n, "article", NULL);
    if (art_dom_is(n, "figure"))
        return art_dom_has_class(n, "quote");
    if (art_dom_is(n, "blockquote"))
        return !parent_is(n, "figure", "quote");
    if (art_dom_is(n, "ol"))
        return !parent_is(n, "section", "comments") && !comment_list(n);
    return art_dom_is(n, "ul") || art_dom_is(n, "li") || art_dom_is(n, "table") ||
           art_dom_is(n, "tr");
}

static article_node *append(walk *w, article_node *parent, article_node_type t)
{
    article_node *n = article_node_new(w->ctx->doc, t);
    if (!n)
        fail(w, ARTICLE_ERR_NOMEM);
    else
        fail(w, article_node_append_child(parent, n));
    return w->st == ARTICLE_OK ? n : NULL;
}

/* A string attribute: whitespace collapsed (canonical values have none to
 * collapse); "" is none. URLs are taken as written. */
static void set_text_attr(walk *w, article_node *n, article_attr a, const char *raw)
{
    const char *v = raw ? art_html_clean_string(w->ctx, raw) : NULL;
    if (raw && !v)
        fail(w, ARTICLE_ERR_NOMEM);
    else if (v && *v && w->st == ARTICLE_OK)
        fail(w, article_node_set_string(n, a, v));
}

static void set_url_attr(walk *w, article_node *n, article_attr a, const char *raw)
{
    if (raw && *raw && w->st == ARTICLE_OK)
        fail(w, article_node_set_string(n, a, raw));
}

/* width="…", height="…", colspan, rowspan: the model's positive int as
 * written, whatever its size (the JSON format takes any). */
static void set_int_attr(walk *w, article_node *n, article_attr a, const xmlNode *el,
                         const char *name)
{
    const char *v = art_dom_attr(el, name);
    long long x = v ? strtoll(v, NULL, 10) : 0;
    if (x > 0 && x <= INT_MAX && w->st == ARTICLE_OK)
        fail(w, article_node_set_int(n, a, (int)x));
}

/* An inline container read whole; left out when it holds nothing. */
static void inline_root(walk *w, const xmlNode *el, article_node *parent, article_node_type t)
{
    article_node *n = append(w, parent, t);
    if (n)
        fail(w, art_own_read_inlines(w->ctx, el, n, NULL));
    if (n && w->st == ARTICLE_OK && !article_node_first_child(n))
        article_node_unlink(n);
}

/* The first child element of n, or NULL. */
static const xmlNode *first_element(const xmlNode *n)
{
    const xmlNode *k = n ? n->children : NULL;
    while (k && k->type != XML_ELEMENT_NODE)
        k = k->next;
    return k;
}

static const xmlNode *next_element(const xmlNode *n)
{
    const xmlNode *k = n ? n->next : NULL;
    while (k && k->type != XML_ELEMENT_NODE)
        k = k->next;
    return k;
}

/* <figure><img src alt width height><figcaption>{caption} <small
 * class="credit">{credit}</small></figcaption></figure> */
static void figure(walk *w, const xmlNode *el)
{
    const xmlNode *img = first_element(el);
    const xmlNode *cap = next_element(img);
    if (!art_dom_is(img, "img") || (cap && !art_dom_is(cap, "figcaption")) || next_element(cap)) {
        fail(w, art_own_error_at(w->ctx, el, "a <figure> is not <img> and <figcaption>"));
        return;
    }
    const char *src = art_dom_attr(img, "src");
    if ((w->ctx->flags & ARTICLE_OPT_NO_IMAGES) || !src || !*src)
        return; /* a figure is its image */
    article_node *f = append(w, w->cur, ARTICLE_NODE_FIGURE);
    if (!f)
        return;
    set_url_attr(w, f, ARTICLE_ATTR_SRC, src);
    set_text_attr(w, f, ARTICLE_ATTR_ALT, art_dom_attr(img, "alt"));
    set_int_attr(w, f, ARTICLE_ATTR_WIDTH, img, "width");
    set_int_attr(w, f, ARTICLE_ATTR_HEIGHT, img, "height");
    if (!cap || w->st != ARTICLE_OK)
        return;
    article_node *c = append(w, f, ARTICLE_NODE_CAPTION);
    const xmlNode *credit = NULL;
    if (c)
        fail(w, art_own_read_inlines(w->ctx, cap, c, &credit));
    if (c && w->st == ARTICLE_OK && !article_node_first_child(c))
        article_node_unlink(c);
    if (credit) {
        const char *text = art_dom_text(w->ctx, credit);
        if (!text)
            fail(w, ARTICLE_ERR_NOMEM);
        else
            set_text_attr(w, f, ARTICLE_ATTR_CREDIT, text);
    }
}

/* <figure class="embed"><iframe src title data-provider></iframe></figure> */
static void embed(walk *w, const xmlNode *el)
{
    const xmlNode *frame = first_element(el);
    if (!art_dom_is(frame, "iframe") || next_element(frame)) {
        fail(w, art_own_error_at(w->ctx, el, "a <figure class=\"embed\"> is not one <iframe>"));
        return;
    }
    const char *src = art_dom_attr(frame, "src");
    if (!src || !*src)
        return; /* an embed is its address */
    article_node *e = append(w, w->cur, ARTICLE_NODE_EMBED);
    if (!e)
        return;
    set_url_attr(w, e, ARTICLE_ATTR_URL, src);
    set_text_attr(w, e, ARTICLE_ATTR_TITLE, art_dom_attr(frame, "title"));
    set_text_attr(w, e, ARTICLE_ATTR_PROVIDER, art_dom_attr(frame, "data-provider"));
}

/* <pre><code class="language-{language}">{text}</code></pre> */
static void code_block(walk *w, const xmlNode *el)
{
    const xmlNode *code = first_element(el);
    if (!art_dom_is(code, "code") || next_element(code) || first_element(code)) {
        fail(w, art_own_error_at(w->ctx, el, "a <pre> is not one <code> of text"));
        return;
    }
    xmlChar *text = xmlNodeGetContent(code);
    if (!text) {
        fail(w, ARTICLE_ERR_NOMEM);
        return;
    }
    if (*text) {
        article_node *b = append(w, w->cur, ARTICLE_NODE_CODE_BLOCK);
        if (b)
            fail(w, article_node_set_literal(b, (const char *)text));
        const char *cls = art_dom_attr(code, "class");
        if (b && cls && strncmp(cls, "language-", 9) == 0 && cls[9])
            set_text_attr(w, b, ARTICLE_ATTR_LANGUAGE, cls + 9);
    }
    xmlFree(text);
}

/* A heading opens its section: <h2 data-level="0|1"> for no level and
 * level 1, <h2>..<h6> for 2..6. */
static int heading_level(const xmlNode *n)
{
    const char *name = (const char *)n->name;
    if (name[0] != 'h' || name[1] < '2' || name[1] > '6' || name[2])
        return -1;
    const char *dl = art_dom_attr(n, "data-level");
    if (dl && name[1] == '2' && (dl[0] == '0' || dl[0] == '1') && !dl[1])
        return dl[0] - '0';
    return dl ? -1 : name[1] - '0';
}

static void section(walk *w, const xmlNode *el)
{
    article_node *s = append(w, w->cur, ARTICLE_NODE_SECTION);
    if (!s)
        return;
    const char *dl = art_dom_attr(el, "data-level");
    if (dl && dl[0] >= '1' && dl[0] <= '6' && !dl[1])
        fail(w, article_node_set_int(s, ARTICLE_ATTR_LEVEL, dl[0] - '0'));
    w->cur = s;
}

/* Leaving an element that opened w->cur. Every container stays as
 * written, even empty (an item or a list the model holds so), but for a
 * section with neither heading nor blocks, which a model never holds. */
static void leave(walk *w)
{
    article_node *n = w->cur;
    w->cur = article_node_parent(n);
    if (!article_node_first_child(n) && article_node_get_type(n) == ARTICLE_NODE_SECTION)
        article_node_unlink(n);
}

/* A block of a section, quote, item or comment. 1 when the walk goes into
 * it (it opened w->cur). */
static int block(walk *w, const xmlNode *el)
{
    if (art_dom_is(el, "p")) {
        inline_root(w, el, w->cur, ARTICLE_NODE_PARAGRAPH);
    } else if (art_dom_is(el, "figure") && art_dom_has_class(el, "quote")) {
        article_node *q = append(w, w->cur, ARTICLE_NODE_QUOTE);
        const xmlNode *bq = first_element(el), *cap = next_element(bq);
        if (!art_dom_is(bq, "blockquote") || !art_dom_is(cap, "figcaption") || next_element(cap)) {
            fail(w, art_own_error_at(w->ctx, el,
                                     "a <figure class=\"quote\"> is not <blockquote> and "
                                     "<figcaption>"));
            return 0;
        }
        if (q)
            w->cur = q;
        return q != NULL;
    } else if (art_dom_is(el, "figure") && art_dom_has_class(el, "embed")) {
        embed(w, el);
    } else if (art_dom_is(el, "figure")) {
        figure(w, el);
    } else if (art_dom_is(el, "blockquote")) {
        article_node *q = append(w, w->cur, ARTICLE_NODE_QUOTE);
        set_url_attr(w, q, ARTICLE_ATTR_CITE, art_dom_attr(el, "cite"));
        if (q)
            w->cur = q;
        return q != NULL;
    } else if (art_dom_is(el, "ul") || art_dom_is(el, "ol")) {
        article_node *l = append(w, w->cur, ARTICLE_NODE_LIST);
        if (l && art_dom_is(el, "ol"))
            fail(w, article_node_set_int(l, ARTICLE_ATTR_ORDERED, 1));
        if (l)
            w->cur = l;
        return l != NULL;
    } else if (art_dom_is(el, "table")) {
        article_node *t = append(w, w->cur, ARTICLE_NODE_TABLE);
        if (t)
            w->cur = t;
        return t != NULL;
    } else if (art_dom_is(el, "pre")) {
        code_block(w, el);
    } else if (art_dom_is(el, "hr")) {
        append(w, w->cur, ARTICLE_NODE_RULE);
    } else {
        fail(w, art_own_error_at(w->ctx, el, "<%.20s> where a block was expected",
                                 (const char *)el->name));
    }
    return 0;
}

/* A comment's <header>: <span class="comment-author">[<a href>]{name}
 * [</a>]</span> and <time datetime>. */
static void comment_header(walk *w, const xmlNode *el)
{
    article_node *c = w->cur;
    for (const xmlNode *k = first_element(el); k && w->st == ARTICLE_OK; k = next_element(k)) {
        if (art_dom_is(k, "span") && art_dom_has_class(k, "comment-author")) {
            const char *name = art_dom_text(w->ctx, k);
            const xmlNode *a = first_element(k);
            if (!name)
                fail(w, ARTICLE_ERR_NOMEM);
            set_text_attr(w, c, ARTICLE_ATTR_AUTHOR, name);
            if (art_dom_is(a, "a"))
                set_url_attr(w, c, ARTICLE_ATTR_AUTHOR_URL, art_dom_attr(a, "href"));
        } else if (art_dom_is(k, "time")) {
            const char *when = art_dom_attr(k, "datetime");
            if (!when || !art_iso8601_valid(when))
                fail(w, art_own_error_at(w->ctx, k,
                                         "a comment's <time> has no ISO 8601 "
                                         "datetime"));
            else
                set_text_attr(w, c, ARTICLE_ATTR_PUBLISHED, when);
        } else {
            fail(w, art_own_error_at(w->ctx, k, "<%.20s> in a comment's <header>",
                                     (const char *)k->name));
        }
    }
}

/* <li><a href><img>{title}</a><p>{summary}</p></li> of aside.related. */
static void related_item(walk *w, const xmlNode *li)
{
    const xmlNode *a = first_element(li), *p = next_element(a);
    if (!art_dom_is(li, "li") || !art_dom_is(a, "a") || (p && !art_dom_is(p, "p")) ||
        next_element(p)) {
        fail(w, art_own_error_at(w->ctx, li, "a related link is not <li><a>…</a><p>…</p>"));
        return;
    }
    const char *title = art_dom_text(w->ctx, a);
    const char *summary = p ? art_dom_text(w->ctx, p) : NULL;
    if (!title || (p && !summary)) {
        fail(w, ARTICLE_ERR_NOMEM);
        return;
    }
    if (!*title)
        return; /* the model's items always have a title */
    article_node *r = append(w, article_doc_root(w->ctx->doc), ARTICLE_NODE_RELATED);
    if (!r)
        return;
    set_text_attr(w, r, ARTICLE_ATTR_TITLE, title);
    set_url_attr(w, r, ARTICLE_ATTR_URL, art_dom_attr(a, "href"));
    set_text_attr(w, r, ARTICLE_ATTR_SUMMARY, summary);
    const xmlNode *img = first_element(a);
    if (art_dom_is(img, "img") && art_dom_attr(img, "src") && *art_dom_attr(img, "src")) {
        set_url_attr(w, r, ARTICLE_ATTR_SRC, art_dom_attr(img, "src"));
        set_text_attr(w, r, ARTICLE_ATTR_ALT, art_dom_attr(img, "alt"));
        set_int_attr(w, r, ARTICLE_ATTR_WIDTH, img, "width");
        set_int_attr(w, r, ARTICLE_ATTR_HEIGHT, img, "height");
    }
}

/* <aside class="related"><h2>…</h2><ul>items</ul></aside> */
static void related(walk *w, const xmlNode *el)
{
    const xmlNode *h = first_element(el), *ul = next_element(h);
    if (!art_dom_is(h, "h2") || !art_dom_is(ul, "ul") || next_element(ul)) {
        fail(w, art_own_error_at(w->ctx, el, "<aside class=\"related\"> is not <h2> and <ul>"));
        return;
    }
    if (w->ctx->flags & ARTICLE_OPT_NO_RELATED)
        return;
    for (const xmlNode *li = first_element(ul); li && w->st == ARTICLE_OK; li = next_element(li))
        related_item(w, li);
}

/* An element inside the part being walked, by what w->cur is. 1 when the
 * walk goes into it. */
static int element(walk *w, const xmlNode *el)
{
    article_node_type t = article_node_get_type(w->cur);
    switch (t) {
    case ARTICLE_NODE_DOCUMENT:
        /* In the <article>: its <header> is the head's metadata again. */
        if (parent_is(el, "article", NULL) && art_dom_is(el, "header"))
            return 0;
        if (parent_is(el, "article", NULL) && art_dom_is(el, "section")) {
            section(w, el);
            return w->st == ARTICLE_OK;
        }
        /* In <section class="comments">: its <h2>, its <ol> of comments. */
        if (parent_is(el, "section", "comments") && art_dom_is(el, "h2"))
            return 0;
        if (parent_is(el, "section", "comments") && art_dom_is(el, "ol"))
            return 1;
        if (parent_is(el, "ol", NULL) && art_dom_is(el, "li") && art_dom_has_class(el, "comment")) {
            article_node *c = append(w, w->cur, ARTICLE_NODE_COMMENT);
            set_text_attr(w, c, ARTICLE_ATTR_ID, art_dom_attr(el, "id"));
            if (c)
                w->cur = c;
            return c != NULL;
        }
        break;
    case ARTICLE_NODE_SECTION: {
        int level = heading_level(el);
        if (level >= 0 && !article_node_first_child(w->cur) && el == first_element(el->parent)) {
            if (level > 0)
                fail(w, article_node_set_int(w->cur, ARTICLE_ATTR_LEVEL, level));
            inline_root(w, el, w->cur, ARTICLE_NODE_HEADING);
            return 0;
        }
        return block(w, el);
    }
    case ARTICLE_NODE_QUOTE:
        if (parent_is(el, "figure", "quote") && art_dom_is(el, "blockquote")) {
            set_url_attr(w, w->cur, ARTICLE_ATTR_CITE, art_dom_attr(el, "cite"));
            return 1;
        }
        if (parent_is(el, "figure", "quote") && art_dom_is(el, "figcaption")) {
            inline_root(w, el, w->cur, ARTICLE_NODE_ATTRIBUTION);
            return 0;
        }
        return block(w, el);
    case ARTICLE_NODE_ITEM:
        return block(w, el);
    case ARTICLE_NODE_COMMENT:
        if (parent_is(el, "li", "comment") && art_dom_is(el, "article"))
            return 1;
        if (parent_is(el, "article", NULL) && art_dom_is(el, "header") &&
            el == first_element(el->parent)) {
            comment_header(w, el);
            return 0;
        }
        if (parent_is(el, "article", NULL) && comment_list(el))
            return 1; /* the replies */
        if (parent_is(el, "ol", NULL) && art_dom_is(el, "li") && art_dom_has_class(el, "comment")) {
            article_node *c = append(w, w->cur, ARTICLE_NODE_COMMENT);
            set_text_attr(w, c, ARTICLE_ATTR_ID, art_dom_attr(el, "id"));
            if (c)
                w->cur = c;
            return c != NULL;
        }
        return block(w, el);
    case ARTICLE_NODE_LIST:
        if (art_dom_is(el, "li")) {
            article_node *i = append(w, w->cur, ARTICLE_NODE_ITEM);
            if (i)
                w->cur = i;
            return i != NULL;
        }
        break;
    case ARTICLE_NODE_TABLE:
        if (art_dom_is(el, "caption") && parent_is(el, "table", NULL)) {
            inline_root(w, el, w->cur, ARTICLE_NODE_CAPTION);
            return 0;
        }
        if (art_dom_is(el, "tbody"))
            return 1;
        if (art_dom_is(el, "tr")) {
            article_node *r = append(w, w->cur, ARTICLE_NODE_ROW);
            if (r)
                w->cur = r;
            return r != NULL;
        }
        break;
    case ARTICLE_NODE_ROW:
        if (art_dom_is(el, "td") || art_dom_is(el, "th")) {
            article_node *c = append(w, w->cur, ARTICLE_NODE_CELL);
            if (!c)
                return 0;
            if (art_dom_is(el, "th"))
                fail(w, article_node_set_int(c, ARTICLE_ATTR_HEADER, 1));
            set_int_attr(w, c, ARTICLE_ATTR_COLSPAN, el, "colspan");
            set_int_attr(w, c, ARTICLE_ATTR_ROWSPAN, el, "rowspan");
            if (w->st == ARTICLE_OK)
                fail(w, art_own_read_inlines(w->ctx, el, c, NULL));
            return 0; /* cells may be empty */
        }
        break;
    default:
        break;
    }
    fail(w,
         art_own_error_at(w->ctx, el, "<%.20s> where the format has none", (const char *)el->name));
    return 0;
}

/* 1 when text node n holds nothing but whitespace (between blocks). */
static int blank(const xmlNode *n)
{
    const char *s = (const char *)n->content;
    return !s || strspn(s, " \t\r\n\f") == strlen(s);
}

/* Walks part `top` (the <article>, or <section class="comments">). */
static void walk_part(walk *w, const xmlNode *top)
{
    w->cur = article_doc_root(w->ctx->doc);
    const xmlNode *n = top->children;
    while (n && w->st == ARTICLE_OK && !art_html_out_of_time(w->ctx)) {
        int down = 0;
        if (n->type == XML_ELEMENT_NODE)
            down = element(w, n) && n->children;
        else if (n->type == XML_TEXT_NODE && !blank(n))
            fail(w, art_own_error_at(w->ctx, n->parent, "text outside a block in <%.20s>",
                                     (const char *)n->parent->name));
        if (!down && n->type == XML_ELEMENT_NODE && opens(n) && w->st == ARTICLE_OK &&
            w->cur != article_doc_root(w->ctx->doc))
            leave(w); /* it opened a container and has no children */
        if (down) {
            n = n->children;
            continue;
        }
        while (n && n != top && !n->next) {
            n = n->parent;
            if (n != top && opens(n) && w->st == ARTICLE_OK)
                leave(w);
        }
        n = n && n != top ? n->next : NULL;
    }
}

article_status art_own_read_body(art_html_ctx *ctx)
{
    walk w = {ctx, article_doc_root(ctx->doc), ARTICLE_OK};
    const xmlNode *body = art_dom_body(ctx->html);
    int seen_article = 0;
    for (const xmlNode *n = body ? body->children : NULL; n && w.st == ARTICLE_OK; n = n->next) {
        if (n->type == XML_TEXT_NODE && !blank(n)) {
            fail(&w, art_own_error_at(ctx, body, "text outside the <article>"));
        } else if (n->type != XML_ELEMENT_NODE) {
            continue;
        } else if (art_dom_is(n, "nav") && !seen_article) {
            continue; /* the breadcrumbs, which the JSON-LD holds */
        } else if (art_dom_is(n, "article") && !seen_article) {
            seen_article = 1;
            walk_part(&w, n);
        } else if (art_dom_is(n, "aside") && art_dom_has_class(n, "related")) {
            related(&w, n);
        } else if (art_dom_is(n, "section") && art_dom_has_class(n, "comments")) {
            if (!(ctx->flags & ARTICLE_OPT_NO_COMMENTS))
                walk_part(&w, n);
        } else {
            fail(&w, art_own_error_at(ctx, n, "<%.20s> in the <body>", (const char *)n->name));
        }
    }
    if (w.st == ARTICLE_OK && !seen_article && body)
        fail(&w, art_own_error_at(ctx, body, "no <article> in the <body>"));
    if (w.st != ARTICLE_OK && ctx->err && ctx->err->status == ARTICLE_OK)
        art_error_set(ctx->err, w.st, "own page: %s", article_status_string(w.st));
    return w.st;
}
