/* Comments: the page's comment area (WordPress lists, #comments,
 * .comments-area, schema.org Comment microdata, the writer's own
 * section.comments) becomes COMMENT nodes under the root, replies as child
 * COMMENTs, and the whole area (forms, "Leave a Reply", Akismet notices,
 * "N comments" titles, pagination) leaves the DOM.
 *
 * Two passes over an area, both iterative: the first walks it in document
 * order with an explicit stack of open comments and makes the tree of
 * COMMENT nodes; the second takes the comments in reverse order (replies
 * before their parents), reads each one's author, date and id, unlinks its
 * metadata and converts what is left to blocks. Threads may be as deep as
 * the input likes. */
#include "meta.h"

#include <string.h>
#include <strings.h>

typedef struct com_item {
    xmlNode *el;
    article_node *node;
} com_item;

/* MARK: - DOM helpers */

static void lower_into(const char *s, char *out, size_t size, size_t *k)
{
    for (const char *p = s; p && *p && *k + 2 < size; p++)
        out[(*k)++] = (char)((*p >= 'A' && *p <= 'Z') ? *p - 'A' + 'a' : *p);
    if (*k + 2 < size)
        out[(*k)++] = ' ';
    out[*k] = '\0';
}

/* 1 when the class has the word w, in any case: sites vary it. */
static int has_class_ci(const xmlNode *n, const char *w)
{
    return art_dom_attr_has_word(n, "class", w);
}

static int attr_is(const xmlNode *n, const char *name, const char *value)
{
    const char *v = art_dom_attr(n, name);
    return v && strcasecmp(v, value) == 0;
}

/* 1 when one word of class or id names a comment area: "comments",
 * "comment-list", "comments-area", "td-comments-wrap", "disqus_thread"...
 * but not a state ("has-comments", "comments-open") on a wrapper. */
static int area_word(const char *w, size_t len)
{
    char s[64];
    /* Every word taken below has 7 bytes or more ("comment", "respond"):
     * most class words are shorter and need no copy. */
    if (len < 7 || len >= sizeof s)
        return 0;
    memcpy(s, w, len);
    s[len] = '\0';
    if (strcmp(s, "respond") == 0 || strncmp(s, "disqus_thread", 13) == 0 ||
        strcmp(s, "commentform") == 0)
        return 1;
    if (!strstr(s, "comment"))
        return 0;
    if (strncmp(s, "has-", 4) == 0 || strncmp(s, "no-", 3) == 0 || strstr(s, "open") ||
        strstr(s, "closed") || strstr(s, "count") || strstr(s, "-link") || strstr(s, "number") ||
        strstr(s, "icon"))
        return 0;
    static const char *const parts[] = {"list",   "area",    "section", "wrap",  "container",
                                        "thread", "respond", "form",    "block", "widget"};
    for (size_t i = 0; i < sizeof parts / sizeof *parts; i++)
        if (strstr(s, parts[i]))
            return 1;
    size_t l = strlen(s);
    return l >= 8 && strcmp(s + l - 8, "comments") == 0;
}

static int is_area(const xmlNode *n)
{
    if (art_dom_is(n, "body") || art_dom_is(n, "html") || art_dom_is(n, "main"))
        return 0;
    if (art_dom_is(n, "form") && has_class_ci(n, "comment-form"))
        return 1;
    char s[256];
    size_t k = 0;
    lower_into(art_dom_attr(n, "class"), s, sizeof s, &k);
    lower_into(art_dom_attr(n, "id"), s, sizeof s, &k);
    const char *p = s;
    while (*p) {
        while (*p == ' ')
            p++;
        const char *start = p;
        while (*p && *p != ' ')
            p++;
        if (p > start && area_word(start, (size_t)(p - start)))
            return 1;
    }
    return 0;
}

/* art_is_space, inlined: the split below sees every byte of a class. */
static int class_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* 1 when a word of the class list is comment, comment-item, pingback or
 * trackback, in any case: the class read and split once, where a
 * has_class_ci per word would read and split it four times (this runs
 * for every <div> of a page). Words split as art_dom_attr_has_word does. */
static int class_names_comment(const char *list)
{
    static const char *const words[] = {"comment", "comment-item", "pingback", "trackback"};
    for (const char *p = list; p && *p;) {
        while (*p && class_space((unsigned char)*p))
            p++;
        const char *start = p;
        while (*p && !class_space((unsigned char)*p))
            p++;
        size_t len = (size_t)(p - start);
        for (size_t i = 0; len && i < sizeof words / sizeof *words; i++)
            if (strlen(words[i]) == len && strncasecmp(start, words[i], len) == 0)
                return 1;
    }
    return 0;
}

/* 1 when n is one comment: li.comment, article.comment, li#comment-41,
 * schema.org Comment microdata. */
static int is_comment(const xmlNode *n)
{
    if (n->type != XML_ELEMENT_NODE)
        return 0;
    const char *type = art_dom_attr(n, "itemtype");
    if (type && (strstr(type, "schema.org/Comment") || strstr(type, "schema.org/UserComments")))
        return 1;
    if (!art_dom_is(n, "li") && !art_dom_is(n, "article") && !art_dom_is(n, "div"))
        return 0;
    if (class_names_comment(art_dom_attr(n, "class")))
        return 1;
    /* The id names a comment by its number ("comment-41"): a form's
     * "comment-submit" row is none. */
    const char *id = art_dom_attr(n, "id");
    if (!art_dom_is(n, "li") || !id)
        return 0;
    const char *num = strncmp(id, "comment-", 8) == 0       ? id + 8
                      : strncmp(id, "li-comment-", 11) == 0 ? id + 11
                                                            : NULL;
    return num && strpbrk(num, "0123456789") != NULL;
}

/* An area must not hold the article itself: class names lie, and a
 * "post has-comments" wrapper may hold the whole story. */
static int holds_article(xmlNode *root)
{
    xmlNode *n = root->children;
    int budget = 20000;
    while (n && budget-- > 0) {
        if (n->type == XML_ELEMENT_NODE) {
            if (art_dom_is(n, "h1") || attr_is(n, "itemprop", "articleBody") ||
                has_class_ci(n, "entry-content") || has_class_ci(n, "post-content") ||
                has_class_ci(n, "article-body") || has_class_ci(n, "article-content") ||
                has_class_ci(n, "story-body"))
                return 1;
            if (is_comment(n)) {
                n = art_dom_skip(n, root);
                continue;
            }
        }
        if (n->type == XML_ELEMENT_NODE && n->children) {
            n = n->children;
            continue;
        }
        if (!(n = art_dom_skip(n, root)))
            break;
    }
    return 0;
}

/* MARK: - One comment's parts */

/* Metadata and furniture inside a comment: never its content. */
static int is_meta(const xmlNode *n)
{
    static const char *const classes[] = {
        "comment-meta",
        "comment-metadata",
        "commentmetadata",
        "comment-author",
        "vcard",
        "reply",
        "comment-reply-link",
        "comment-edit-link",
        "edit-link",
        "says",
        "comment-awaiting-moderation",
        "comment-footer",
        "comment-header",
        "comment-actions",
        "avatar",
        "comment-date",
        "comment-time",
        "comment-permalink",
    };
    if (art_dom_is(n, "header") || art_dom_is(n, "footer") || art_dom_is(n, "form") ||
        art_dom_is(n, "button") || art_dom_is(n, "script") || art_dom_is(n, "style"))
        return 1;
    for (size_t i = 0; i < sizeof classes / sizeof *classes; i++)
        if (has_class_ci(n, classes[i]))
            return 1;
    const char *prop = art_dom_attr(n, "itemprop");
    return prop && (strcmp(prop, "author") == 0 || strcmp(prop, "creator") == 0 ||
                    strcmp(prop, "dateCreated") == 0 || strcmp(prop, "datePublished") == 0);
}

/* The first element under root matching pred (root excluded), bounded. */
typedef int (*com_pred)(const xmlNode *);

static xmlNode *find_under(xmlNode *root, com_pred pred)
{
    xmlNode *n = root->children;
    int budget = 5000;
    while (n && budget-- > 0) {
        if (n->type == XML_ELEMENT_NODE && pred(n))
            return n;
        if (n->type == XML_ELEMENT_NODE && n->children) {
            n = n->children;
            continue;
        }
        n = art_dom_skip(n, root);
    }
    return NULL;
}

static int is_fn(const xmlNode *n)
{
    return has_class_ci(n, "fn") || attr_is(n, "itemprop", "author") ||
           attr_is(n, "itemprop", "creator");
}
static int is_author_box(const xmlNode *n)
{
    return has_class_ci(n, "comment-author") || has_class_ci(n, "comment__author") ||
           has_class_ci(n, "author");
}
static int is_name(const xmlNode *n)
{
    return attr_is(n, "itemprop", "name");
}
static int is_link(const xmlNode *n)
{
    return art_dom_is(n, "a") && art_dom_attr(n, "href");
}
/* 1 when a class word, its '-' and '_' left out, is `want`
 * ("comment_body", "commentBody" and "comment__body" are all
 * "commentbody"). */
static int class_word_is(const xmlNode *n, const char *want)
{
    const char *cls = art_dom_attr(n, "class");
    for (const char *p = cls; p && *p;) {
        while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f')
            p++;
        size_t len = strcspn(p, " \t\n\r\f"), k = 0;
        char w[32];
        for (size_t i = 0; i < len && k + 1 < sizeof w; i++)
            if (p[i] != '-' && p[i] != '_')
                w[k++] = (char)(p[i] >= 'A' && p[i] <= 'Z' ? p[i] - 'A' + 'a' : p[i]);
        w[k] = '\0';
        if (len < sizeof w && strcmp(w, want) == 0)
            return 1;
        p += len;
    }
    return 0;
}

/* The comment's words are in a box named for them; left to the
 * converter, a box whose class says "comment" is furniture and goes. */
static int text_class(const xmlNode *n)
{
    return class_word_is(n, "commentcontent") || class_word_is(n, "commenttext") ||
           class_word_is(n, "commententry");
}
/* "comment-body": WordPress names the whole comment so (its meta and
 * its text box), others the text alone; asked last. */
static int body_class(const xmlNode *n)
{
    return class_word_is(n, "commentbody");
}

static int is_text_prop(const xmlNode *n)
{
    return attr_is(n, "itemprop", "text") || attr_is(n, "itemprop", "commentText");
}

static int text_box(const xmlNode *n)
{
    return is_text_prop(n) || text_class(n);
}

/* The comment's text box: the first whose microdata or class names it,
 * else one whose class names the comment's body. */
static xmlNode *content_of(xmlNode *el)
{
    xmlNode *box = find_under(el, text_box);
    return box ? box : find_under(el, body_class);
}
static int is_empty_list(const xmlNode *n)
{
    if (!art_dom_is(n, "ol") && !art_dom_is(n, "ul"))
        return 0;
    for (const xmlNode *c = n->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE ||
            (c->type == XML_TEXT_NODE && c->content && *c->content &&
             strspn((const char *)c->content, " \t\r\n\f") < strlen((const char *)c->content)))
            return 0;
    return 1;
}

static article_status set_str(article_node *c, article_attr a, const char *v)
{
    return v && *v ? article_node_set_string(c, a, v) : ARTICLE_OK;
}

static int is_named_profile_link(const xmlNode *n)
{
    return art_thread_profile_link(n) && art_dom_visible_len(n, 1) > 0;
}

/* The name set just before a comment's <time> where nothing names it
 * ("<span>Ann Lee</span><time datetime=…>"): the element before the
 * first <time> outside the comment's text, with 2 to 60 characters
 * and no digit (a date, a count or a number is no name). NULL when
 * there is none. */
static xmlNode *name_before_time(xmlNode *el)
{
    xmlNode *content = content_of(el);
    xmlNode *n = el->children;
    int budget = 5000;
    while (n && budget-- > 0) {
        if (n == content) {
            n = art_dom_skip(n, el);
            continue;
        }
        if (n->type == XML_ELEMENT_NODE && art_dom_is(n, "time"))
            break;
        n = art_dom_next(n, el);
    }
    if (!n || budget <= 0)
        return NULL;
    xmlNode *prev = n->prev;
    while (prev && prev->type != XML_ELEMENT_NODE) {
        /* Text between the two ("Ann, <time>") is no name's. */
        if (prev->type == XML_TEXT_NODE && prev->content &&
            strspn((const char *)prev->content, " \t\r\n\f,|·") <
                strlen((const char *)prev->content))
            return NULL;
        prev = prev->prev;
    }
    size_t len = prev ? art_dom_visible_len(prev, 61) : 0;
    return len >= 2 && len <= 60 && !art_dom_is(prev, "img") ? prev : NULL;
}

/* Author name and URL: WordPress .comment-author .fn (a link when the
 * commenter gave a site), microdata author/name, or .comment-author;
 * else a link to the member's profile (`/u/name`), else the name set
 * just before the comment's <time>. */
static article_status read_author(art_html_ctx *ctx, xmlNode *el, article_node *c)
{
    xmlNode *who = find_under(el, is_fn);
    if (!who)
        who = find_under(el, is_author_box);
    if (!who)
        who = find_under(el, is_named_profile_link);
    if (!who)
        who = name_before_time(el);
    if (!who)
        return ARTICLE_OK;
    xmlNode *name = find_under(who, is_name);
    xmlNode *link = art_dom_is(who, "a") ? who : find_under(who, is_link);
    if (!link && who->parent && art_dom_is(who->parent, "a"))
        link = who->parent;
    const char *text = NULL;
    if (name)
        text = art_dom_attr(name, "content")
                   ? art_html_clean_string(ctx, art_dom_attr(name, "content"))
                   : art_dom_text(ctx, name);
    else if (link && !has_class_ci(who, "fn") && !attr_is(who, "itemprop", "author"))
        text = art_dom_text(ctx, link); /* the box also holds "says:" */
    else
        text = art_dom_text(ctx, who);
    if (!text)
        return ARTICLE_ERR_NOMEM;
    /* "Sam says:" when nothing finer marks the name. */
    size_t len = strlen(text);
    if (len > 5 && strcmp(text + len - 5, " says") == 0)
        text = art_doc_strndup(ctx->doc, text, len - 5);
    else if (len > 6 && strcmp(text + len - 6, " says:") == 0)
        text = art_doc_strndup(ctx->doc, text, len - 6);
    if (!text)
        return ARTICLE_ERR_NOMEM;
    if (!*text || strlen(text) > 200)
        return ARTICLE_OK;
    article_status st = set_str(c, ARTICLE_ATTR_AUTHOR, text);
    if (st == ARTICLE_OK && link) {
        const char *href = art_dom_attr(link, "href");
        const char *url = href && *href != '#' ? art_html_resolve_url(ctx, href) : NULL;
        st = set_str(c, ARTICLE_ATTR_AUTHOR_URL, url);
    }
    return st;
}

/* The date given for machines (art_post_machine_date: <time datetime>,
 * microdata, a tooltip's full date), anywhere in the comment (Stack
 * Exchange sets it inside the comment's text box, after the words): a
 * visible "August 7, 2025 at 9:12 am" is not guessed at. The model holds
 * ISO 8601 (the JSON reader insists): a date as the page wrote it
 * ("2019-11-19 02:24:00 UTC") is normalised like the article's, and what
 * is no date is left out. */
static article_status read_date(art_html_ctx *ctx, xmlNode *el, article_node *c)
{
    return set_str(c, ARTICLE_ATTR_PUBLISHED, art_post_machine_date(ctx, el, NULL));
}

/* id="comment-41" as given; WordPress's "li-comment-41" and
 * "div-comment-41" name the same comment-41. */
static article_status read_id(art_html_ctx *ctx, xmlNode *el, article_node *c)
{
    const char *id = art_dom_attr(el, "id");
    if (!id || !*id) {
        for (xmlNode *k = el->children; k && (!id || !*id); k = k->next)
            if (k->type == XML_ELEMENT_NODE)
                id = art_dom_attr(k, "id");
    }
    if (!id || !*id)
        return ARTICLE_OK;
    if (strncmp(id, "li-comment-", 11) == 0 || strncmp(id, "div-comment-", 12) == 0)
        id = strchr(id, '-') + 1;
    return set_str(c, ARTICLE_ATTR_ID, art_html_clean_string(ctx, id));
}

/* Unlinks and frees every element under root matching pred. */
static void remove_all(xmlNode *root, com_pred pred)
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

/* A <blockquote> that is the comment's text box (class naming its
 * content or text, not a quote: blockquote.entry-content) holds the
 * commenter's own words: read as a <div>, not as a quotation. */
static void unquote_text_boxes(xmlNode *el)
{
    int budget = 5000;
    for (xmlNode *n = el; n && budget-- > 0; n = art_dom_next(n, el)) {
        if (n->type != XML_ELEMENT_NODE || !art_dom_is(n, "blockquote"))
            continue;
        char buf[256];
        art_dom_class_and_id(n, buf, sizeof buf);
        if (!strstr(buf, "quote") && (strstr(buf, "content") || strstr(buf, "text")))
            xmlNodeSetName(n, (const xmlChar *)"div");
    }
}

/* One comment, its replies already gone from the DOM. */
static article_status read_one(art_html_ctx *ctx, xmlNode *el, article_node *c)
{
    article_status st = read_id(ctx, el, c);
    if (st == ARTICLE_OK)
        st = read_author(ctx, el, c);
    if (st == ARTICLE_OK)
        st = read_date(ctx, el, c);
    if (st != ARTICLE_OK)
        return st;
    unquote_text_boxes(el);
    xmlNode *content = content_of(el);
    if (!content) {
        content = el;
        remove_all(el, is_meta);
        remove_all(el, is_empty_list);
        /* A lone wrapper (the writer's <article>) holds the blocks. */
        for (;;) {
            xmlNode *only = NULL;
            int count = 0;
            for (xmlNode *k = content->children; k; k = k->next)
                if (k->type == XML_ELEMENT_NODE) {
                    only = k;
                    count++;
                } else if (k->type == XML_TEXT_NODE && k->content &&
                           strspn((const char *)k->content, " \t\r\n\f") <
                               strlen((const char *)k->content)) {
                    count = 2;
                }
            if (count != 1 || !(art_dom_is(only, "article") || art_dom_is(only, "div")))
                break;
            content = only;
        }
    } else {
        remove_all(content, is_meta);
    }
    /* The replies are there already; the blocks go before them. */
    size_t replies = 0;
    for (article_node *k = article_node_first_child(c); k; k = article_node_next(k))
        replies++;
    st = art_html_convert_blocks(ctx, content, c);
    for (size_t i = 0; i < replies && st == ARTICLE_OK; i++)
        st = article_node_append_child(c, article_node_first_child(c));
    return st;
}

/* MARK: - An area */

static const com_item *stack_top(const art_buf *stack)
{
    return (const com_item *)(const void *)(stack->data + stack->len - sizeof(com_item));
}

/* Reads the comments of one area into `items` scratch, then into the
 * model; the caller frees the area. */
/* Old blogs mark only the list ("ul class=commentlist"), not its items:
 * every item of a list that is the area, and every item of a list placed
 * directly in such a comment item (the replies), is a comment. */
static int plain_list_comment(const xmlNode *n, const xmlNode *area, const com_item *top)
{
    const xmlNode *list = art_dom_is(n, "li") ? n->parent : NULL;
    if (!list || (!art_dom_is(list, "ul") && !art_dom_is(list, "ol")))
        return 0;
    if (list == area)
        return 1;
    return top && art_dom_is(top->el, "li") && list->parent == top->el;
}

static article_status read_area(art_html_ctx *ctx, xmlNode *area)
{
    art_buf items, stack;
    art_buf_init(&items, &ctx->doc->arena.alc);
    art_buf_init(&stack, &ctx->doc->arena.alc);
    article_node *root = article_doc_root(ctx->doc);
    article_status st = ARTICLE_OK;
    size_t max_depth = ctx->opts->max_depth ? ctx->opts->max_depth : ARTICLE_DEFAULT_MAX_DEPTH;

    /* Pass 1: the thread's shape, in document order. `stack` holds the
     * comments whose elements the walk is inside. */
    xmlNode *n = area;
    while (n && st == ARTICLE_OK) {
        int down = n->type == XML_ELEMENT_NODE && n->children != NULL;
        size_t depth = stack.len / sizeof(com_item);
        const com_item *top = depth ? stack_top(&stack) : NULL;
        /* <li class="comment"><div class="comment"> is one comment. */
        if (n != area && (is_comment(n) || plain_list_comment(n, area, top)) &&
            !(top && n->parent == top->el)) {
            if (depth >= max_depth)
                break; /* deeper replies leave with the area */
            com_item it = {n, article_node_new(ctx->doc, ARTICLE_NODE_COMMENT)};
            if (!it.node) {
                st = ARTICLE_ERR_NOMEM;
                break;
            }
            st = article_node_append_child(top ? top->node : root, it.node);
            art_buf_put(&items, (const char *)&it, sizeof it);
            if (down)
                art_buf_put(&stack, (const char *)&it, sizeof it);
            if (items.failed || stack.failed)
                st = ARTICLE_ERR_NOMEM;
        }
        if (down) {
            n = n->children;
            continue;
        }
        /* Going up: arriving at an open comment's element closes it. */
        while (n && n != area && !n->next) {
            n = n->parent;
            if (stack.len && stack_top(&stack)->el == n)
                stack.len -= sizeof(com_item);
        }
        if (!n || n == area)
            break;
        n = n->next;
    }

    /* Pass 2: replies before parents, so each comment's element holds only
     * itself when it is read. */
    size_t count = items.len / sizeof(com_item);
    for (size_t i = count; i-- > 0 && st == ARTICLE_OK;) {
        const com_item *it = (const com_item *)(const void *)(items.data + i * sizeof(com_item));
        st = read_one(ctx, it->el, it->node);
        xmlUnlinkNode(it->el);
        xmlFreeNode(it->el);
    }
    art_buf_free(&items);
    art_buf_free(&stack);
    return st;
}

/* 1 when an area holds no comment we can read (no element marked as one,
 * and it is no bare list of them) but a lot of text: a thread's posts in
 * a box that calls itself "comments" (forum software names the topic's
 * post feed so). Taking it out would leave the page with nothing; left
 * in, it is read as the body. */
static size_t visible_text(const xmlNode *root, int comments_stop)
{
    size_t text = 0;
    int budget = 200000;
    const xmlNode *n = root->children;
    while (n && budget-- > 0) {
        if (comments_stop && n->type == XML_ELEMENT_NODE && is_comment(n))
            return 0;
        if (n->type == XML_TEXT_NODE && n->content)
            for (const char *p = (const char *)n->content; *p; p++)
                text += !art_is_space((unsigned char)*p);
        if (n->type == XML_ELEMENT_NODE && n->children && !art_dom_is(n, "script") &&
            !art_dom_is(n, "style")) {
            n = n->children;
            continue;
        }
        n = art_dom_skip_const(n, root);
    }
    return text;
}

static int unreadable_area(const xmlNode *area, const xmlNode *body)
{
    if (art_dom_is(area, "ul") || art_dom_is(area, "ol") || art_dom_is(area, "form"))
        return 0;
    size_t text = visible_text(area, 1);
    /* Most of the page: the thread itself, not comments under a story. */
    return text >= 400 && 2 * text > visible_text(body, 0);
}

static int holds_thread_body(const art_html_ctx *ctx, const xmlNode *n)
{
    for (const xmlNode *p = ctx->thread_body; p; p = p->parent)
        if (p == n)
            return 1;
    return 0;
}

/* Comments outside any area (microdata in a plain <div>) are their own. */
article_status art_html_read_comments(art_html_ctx *ctx)
{
    xmlNode *body = art_dom_body(ctx->html);
    xmlNode *n = body ? body->children : NULL;
    article_status st = ARTICLE_OK;
    while (n && st == ARTICLE_OK && !art_html_out_of_time(ctx)) {
        if (n->type != XML_ELEMENT_NODE || art_dom_is(n, "script") || art_dom_is(n, "style")) {
            n = art_dom_skip(n, body);
            continue;
        }
        int area = is_area(n) && !holds_article(n);
        if (area && unreadable_area(n, body)) {
            /* The thread is the page: its boxes stay for the body. */
            n = art_dom_skip(n, body);
            continue;
        }
        int lone = !area && is_comment(n) && (!art_dom_is(n, "div") || art_dom_attr(n, "itemtype"));
        /* A box around a thread's opening post (thread.c read the
         * replies already) holds the body: it stays, and what it
         * holds besides is looked at. */
        if ((area || lone) && holds_thread_body(ctx, n)) {
            n = art_dom_next(n, body);
            continue;
        }
        if (!area && !lone) {
            n = art_dom_next(n, body);
            continue;
        }
        xmlNode *after = art_dom_skip(n, body);
        if (ctx->flags & ARTICLE_OPT_NO_COMMENTS) {
            /* taken out, nothing added */
        } else if (area) {
            st = read_area(ctx, n);
        } else {
            /* Read it as an area of one: wrap-free, the comment is n. */
            xmlNode *holder = xmlNewNode(NULL, (const xmlChar *)"div");
            if (!holder) {
                st = ARTICLE_ERR_NOMEM;
                break;
            }
            xmlAddPrevSibling(n, holder);
            xmlUnlinkNode(n);
            xmlAddChild(holder, n);
            st = read_area(ctx, holder);
            n = holder;
        }
        xmlUnlinkNode(n);
        xmlFreeNode(n);
        n = after;
    }
    if (st != ARTICLE_OK && ctx->err && ctx->err->status == ARTICLE_OK)
        art_error_set(ctx->err, st, "reading comments: %s", article_status_string(st));
    return st;
}
