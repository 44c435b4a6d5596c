/* HTML writer: the page of docs/html-format.md, which the HTML reader reads
 * back to the same model. Its rules on the render core (write_render.c); a
 * newline after each block element, never inside inline content. */
#include "write_common.h"

#include <stdio.h>
#include <string.h>

static void put_int_attr(art_buf *b, const char *name, int value)
{
    if (value > 0)
        art_buf_printf(b, " %s=\"%d\"", name, value);
}

/* <img src alt width height>: alt="" when unknown, sizes when known. */
static void put_img(art_buf *b, const char *src, const char *alt, int width, int height)
{
    art_buf_puts(b, "<img");
    art_wr_html_attr(b, "src", src ? src : "");
    art_wr_html_attr(b, "alt", alt ? alt : "");
    put_int_attr(b, "width", width);
    put_int_attr(b, "height", height);
    art_buf_putc(b, '>');
}

/* <tag class="cls">text</tag> when text is present (the title is "" when
 * absent). */
static void put_text_element(art_buf *b, const char *tag, const char *cls, const char *text)
{
    if (!text || !*text)
        return;
    art_buf_printf(b, "<%s", tag);
    art_wr_html_attr(b, "class", cls);
    art_buf_putc(b, '>');
    art_wr_html_escapes(b, text, 0);
    art_buf_printf(b, "</%s>\n", tag);
}

/* MARK: - JSON-LD */

static void json_key(art_buf *b, const char *key)
{
    art_buf_printf(b, ",\"%s\":", key);
}

static void json_opt(art_buf *b, const char *key, const char *value)
{
    if (!value)
        return;
    json_key(b, key);
    art_wr_json_string(b, value);
}

static void json_people(art_buf *b, const char *key, const char *type, size_t count,
                        const article_doc *doc, const char *(*name)(const article_doc *, size_t),
                        const char *(*url)(const article_doc *, size_t))
{
    if (!count)
        return;
    json_key(b, key);
    art_buf_putc(b, '[');
    for (size_t i = 0; i < count; i++) {
        art_buf_printf(b, "%s{\"@type\":\"%s\"", i ? "," : "", type);
        if (!strcmp(type, "ListItem"))
            art_buf_printf(b, ",\"position\":%zu", i + 1);
        json_opt(b, "name", name(doc, i));
        json_opt(b, strcmp(type, "ListItem") ? "url" : "item", url(doc, i));
        art_buf_putc(b, '}');
    }
    art_buf_putc(b, ']');
}

static void write_jsonld(art_buf *b, const article_doc *doc)
{
    art_buf_puts(b, "<script type=\"application/ld+json\">"
                    "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\"");
    json_key(b, "headline");
    art_wr_json_string(b, article_doc_get(doc, ARTICLE_FIELD_TITLE));
    json_opt(b, "alternativeHeadline", article_doc_get(doc, ARTICLE_FIELD_SUBTITLE));
    json_opt(b, "description", article_doc_get(doc, ARTICLE_FIELD_SUMMARY));
    json_opt(b, "url", article_doc_get(doc, ARTICLE_FIELD_URL));
    json_opt(b, "datePublished", article_doc_get(doc, ARTICLE_FIELD_PUBLISHED));
    json_opt(b, "dateModified", article_doc_get(doc, ARTICLE_FIELD_MODIFIED));
    json_opt(b, "inLanguage", article_doc_get(doc, ARTICLE_FIELD_LANGUAGE));
    json_people(b, "author", "Person", article_doc_author_count(doc), doc, article_doc_author_name,
                article_doc_author_url);
    const char *site = article_doc_get(doc, ARTICLE_FIELD_SITE_NAME);
    if (site) {
        json_key(b, "publisher");
        art_buf_puts(b, "{\"@type\":\"Organization\",\"name\":");
        art_wr_json_string(b, site);
        art_buf_putc(b, '}');
    }
    size_t tags = article_doc_tag_count(doc);
    if (tags) {
        json_key(b, "keywords");
        art_buf_putc(b, '[');
        for (size_t i = 0; i < tags; i++) {
            if (i)
                art_buf_putc(b, ',');
            art_wr_json_string(b, article_doc_tag(doc, i));
        }
        art_buf_putc(b, ']');
    }
    const char *src = article_doc_image_src(doc);
    if (src) {
        json_key(b, "image");
        art_buf_puts(b, "{\"@type\":\"ImageObject\",\"url\":");
        art_wr_json_string(b, src);
        json_opt(b, "caption", article_doc_image_alt(doc));
        if (article_doc_image_width(doc) > 0)
            art_buf_printf(b, ",\"width\":%d", article_doc_image_width(doc));
        if (article_doc_image_height(doc) > 0)
            art_buf_printf(b, ",\"height\":%d", article_doc_image_height(doc));
        art_buf_putc(b, '}');
    }
    size_t crumbs = article_doc_breadcrumb_count(doc);
    if (crumbs) {
        json_key(b, "breadcrumb");
        art_buf_puts(b, "{\"@type\":\"BreadcrumbList\"");
        json_people(b, "itemListElement", "ListItem", crumbs, doc, article_doc_breadcrumb_name,
                    article_doc_breadcrumb_url);
        art_buf_putc(b, '}');
    }
    art_buf_puts(b, "}</script>\n");
}

/* MARK: - Page head */

static void meta(art_buf *b, const char *attr, const char *key, const char *content)
{
    if (!content)
        return;
    art_buf_printf(b, "<meta %s=\"%s\"", attr, key);
    art_wr_html_attr(b, "content", content);
    art_buf_puts(b, ">\n");
}

static void write_head(art_buf *b, const article_doc *doc, const article_options *opts)
{
    const char *lang = article_doc_get(doc, ARTICLE_FIELD_LANGUAGE);
    art_buf_puts(b, "<!DOCTYPE html>\n<html");
    art_wr_html_attr(b, "lang", lang);
    if (art_wr_lang_is_rtl(lang))
        art_buf_puts(b, " dir=\"rtl\"");
    art_buf_puts(b, ">\n<head>\n<meta charset=\"utf-8\">\n"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                    "<meta name=\"generator\" content=\"libarticle " ARTICLE_VERSION_STRING
                    "\">\n<title>");
    /* Never an empty <title> (HTML requires text): the site, the address
     * or a word stand in; the reader takes none of them as a title. */
    const char *url = article_doc_get(doc, ARTICLE_FIELD_URL);
    const char *title = article_doc_get(doc, ARTICLE_FIELD_TITLE);
    if (!*title)
        title = article_doc_get(doc, ARTICLE_FIELD_SITE_NAME);
    if (!title)
        title = url ? url : "Article";
    art_wr_html_escapes(b, title, 0);
    art_buf_puts(b, "</title>\n");
    if (url) {
        art_buf_puts(b, "<link rel=\"canonical\"");
        art_wr_html_attr(b, "href", url);
        art_buf_puts(b, ">\n");
    }
    meta(b, "name", "description", article_doc_get(doc, ARTICLE_FIELD_SUMMARY));
    size_t authors = article_doc_author_count(doc);
    if (authors) {
        art_buf_puts(b, "<meta name=\"author\" content=\"");
        for (size_t i = 0; i < authors; i++) {
            if (i)
                art_buf_puts(b, ", ");
            art_wr_html_escapes(b, article_doc_author_name(doc, i), 1);
        }
        art_buf_puts(b, "\">\n");
    }
    meta(b, "property", "article:published_time", article_doc_get(doc, ARTICLE_FIELD_PUBLISHED));
    meta(b, "property", "article:modified_time", article_doc_get(doc, ARTICLE_FIELD_MODIFIED));
    meta(b, "property", "og:site_name", article_doc_get(doc, ARTICLE_FIELD_SITE_NAME));
    /* What was read, for the reader of this page (docs/html-format.md). */
    meta(b, "name", "libarticle:page-type", article_page_type_string(article_doc_page_type(doc)));
    if (doc->confidence >= 0) {
        char num[8];
        art_confidence_format(doc->confidence, num);
        meta(b, "name", "libarticle:confidence", num);
    }
    write_jsonld(b, doc);
    unsigned flags = opts ? opts->flags : 0;
    if (!(flags & ARTICLE_OPT_NO_STYLE)) {
        if (opts && opts->stylesheet) {
            art_buf_puts(b, "<link rel=\"stylesheet\"");
            art_wr_html_attr(b, "href", opts->stylesheet);
            art_buf_puts(b, ">\n");
        } else {
            art_buf_puts(b, "<style>\n");
            art_buf_puts(b, art_wr_stylesheet);
            art_buf_puts(b, "</style>\n");
        }
    }
    art_buf_puts(b, "</head>\n<body>\n");
    size_t crumbs = article_doc_breadcrumb_count(doc);
    if (crumbs) {
        art_buf_puts(b, "<nav aria-label=\"Breadcrumb\"><ol>");
        for (size_t i = 0; i < crumbs; i++) {
            const char *curl = article_doc_breadcrumb_url(doc, i);
            art_buf_puts(b, "<li>");
            if (curl) {
                art_buf_puts(b, "<a");
                art_wr_html_attr(b, "href", curl);
                art_buf_putc(b, '>');
            }
            art_wr_html_escapes(b, article_doc_breadcrumb_name(doc, i), 0);
            art_buf_puts(b, curl ? "</a></li>" : "</li>");
        }
        art_buf_puts(b, "</ol></nav>\n");
    }
}

/* MARK: - Article header */

static void write_person(art_buf *b, const char *name, const char *url)
{
    if (url) {
        art_buf_puts(b, "<a rel=\"author\"");
        art_wr_html_attr(b, "href", url);
        art_buf_putc(b, '>');
        art_wr_html_escapes(b, name, 0);
        art_buf_puts(b, "</a>");
    } else {
        art_buf_puts(b, "<span class=\"author\">");
        art_wr_html_escapes(b, name, 0);
        art_buf_puts(b, "</span>");
    }
}

/* A word of the labels: in the article's language, or English marked. */
static void put_label(art_buf *b, const art_wr_labels *lab, const char *text)
{
    if (lab->mark)
        art_buf_printf(b, "<span lang=\"%s\">", lab->mark);
    art_wr_html_escapes(b, text, 0);
    if (lab->mark)
        art_buf_puts(b, "</span>");
}

/* datetime="..." with at most 3 digits of fraction, which is all HTML
 * allows (the model may hold up to 9; the reader keeps milliseconds). */
static void put_datetime(art_buf *b, const char *when)
{
    const char *dot = strchr(when, '.');
    size_t digits = 0;
    while (dot && dot[1 + digits] >= '0' && dot[1 + digits] <= '9')
        digits++;
    if (!dot || digits <= 3) {
        art_wr_html_attr(b, "datetime", when);
        return;
    }
    art_buf_puts(b, " datetime=\"");
    art_wr_html_escape(b, when, (size_t)(dot - when) + 4, 1);
    art_wr_html_escapes(b, dot + 1 + digits, 1);
    art_buf_putc(b, '"');
}

/* The ISO value in datetime= (what the reader reads), the date as
 * people read it in the text. */
static void write_time(art_buf *b, const art_wr_labels *lab, const char *cls, const char *when)
{
    art_buf_puts(b, "<time");
    art_wr_html_attr(b, "class", cls);
    put_datetime(b, when);
    art_buf_putc(b, '>');
    if (!art_wr_human_date(b, lab, when))
        art_wr_html_escapes(b, when, 0);
    art_buf_puts(b, "</time>");
}

/* 1 when the <header> holds more than the title. */
static int has_header_fields(const article_doc *doc)
{
    return article_doc_get(doc, ARTICLE_FIELD_SUBTITLE) ||
           article_doc_get(doc, ARTICLE_FIELD_SUMMARY) || article_doc_author_count(doc) ||
           article_doc_get(doc, ARTICLE_FIELD_PUBLISHED) ||
           article_doc_get(doc, ARTICLE_FIELD_MODIFIED) || article_doc_image_src(doc) ||
           article_doc_tag_count(doc);
}

static void write_header(art_buf *b, const article_doc *doc, const art_wr_labels *lab)
{
    art_buf_puts(b, "<header>\n");
    const char *title = article_doc_get(doc, ARTICLE_FIELD_TITLE);
    if (*title) {
        put_text_element(b, "h1", NULL, title);
    } else if (has_header_fields(doc)) {
        /* Readers take a <header> with an <h1> for the page's (its byline
         * and summary are no body text), and an empty <h1> is invalid: a
         * stand-in the reader knows is no title. */
        art_buf_puts(b, "<h1");
        if (strcmp(lab->lang, "en") != 0)
            art_buf_puts(b, " lang=\"en\"");
        art_buf_puts(b, ">Article</h1>\n");
    }
    put_text_element(b, "p", "subtitle", article_doc_get(doc, ARTICLE_FIELD_SUBTITLE));
    put_text_element(b, "p", "summary", article_doc_get(doc, ARTICLE_FIELD_SUMMARY));
    size_t n = article_doc_author_count(doc);
    if (n) {
        art_buf_puts(b, "<p class=\"byline\">");
        put_label(b, lab, lab->by);
        for (size_t i = 0; i < n; i++) {
            if (i + 1 == n && i)
                put_label(b, lab, lab->and_);
            else if (i)
                art_wr_html_escapes(b, lab->comma, 0);
            write_person(b, article_doc_author_name(doc, i), article_doc_author_url(doc, i));
        }
        art_buf_puts(b, "</p>\n");
    }
    const char *pub = article_doc_get(doc, ARTICLE_FIELD_PUBLISHED);
    const char *mod = article_doc_get(doc, ARTICLE_FIELD_MODIFIED);
    if (pub || mod) {
        art_buf_puts(b, "<p class=\"dateline\">");
        if (pub)
            write_time(b, lab, "published", pub);
        if (pub && mod)
            art_buf_puts(b, " \xc2\xb7 "); /* a middle dot */
        if (mod) {
            put_label(b, lab, lab->updated);
            write_time(b, lab, "modified", mod);
        }
        art_buf_puts(b, "</p>\n");
    }
    const char *src = article_doc_image_src(doc);
    if (src) {
        art_buf_puts(b, "<figure class=\"lead-image\">");
        put_img(b, src, article_doc_image_alt(doc), article_doc_image_width(doc),
                article_doc_image_height(doc));
        art_buf_puts(b, "</figure>\n");
    }
    size_t tags = article_doc_tag_count(doc);
    if (tags) {
        art_buf_puts(b, "<ul class=\"tags\">");
        for (size_t i = 0; i < tags; i++) {
            art_buf_puts(b, "<li>");
            art_wr_html_escapes(b, article_doc_tag(doc, i), 0);
            art_buf_puts(b, "</li>");
        }
        art_buf_puts(b, "</ul>\n");
    }
    art_buf_puts(b, "</header>\n");
}

/* MARK: - Rules */

typedef struct html_w {
    int fragment;
    int pretty;
    size_t depth; /* open containers, for ARTICLE_OPT_PRETTY */
} html_w;

/* Containers whose children go on lines of their own. */
static int nests_blocks(article_node_type t)
{
    return t == ARTICLE_NODE_SECTION || t == ARTICLE_NODE_QUOTE || t == ARTICLE_NODE_LIST ||
           t == ARTICLE_NODE_ITEM || t == ARTICLE_NODE_TABLE || t == ARTICLE_NODE_COMMENT;
}

/* Indentation of ARTICLE_OPT_PRETTY: only at the start of a line, which is
 * always between block elements; capped so deep input stays linear. */
static void indent(art_buf *b, int at_line_start, size_t depth)
{
    if (!at_line_start)
        return;
    for (size_t i = 0; i < depth && i < 16; i++)
        art_buf_puts(b, "  ");
}

/* Before every node: the depth of the open containers, and the indentation
 * of a line that starts with a block element. Inline content and the parts
 * their parents write (heading, caption, attribution) are never indented. */
static void html_before(art_render *r, const article_node *n, int entering)
{
    html_w *w = r->w;
    article_node_type t = (article_node_type)n->type;
    if (!entering && nests_blocks(t) && w->depth)
        w->depth--;
    if (w->pretty && !article_node_is_inline(n) && t != ARTICLE_NODE_HEADING &&
        t != ARTICLE_NODE_CAPTION && t != ARTICLE_NODE_ATTRIBUTION)
        indent(r->buf, art_render_at_line_start(r), w->depth);
    if (entering && nests_blocks(t))
        w->depth++;
}

/* <tag>inlines</tag>, for the inline containers. */
static void inline_element(art_render *r, const char *open, const article_node *n,
                           const char *close)
{
    art_buf_puts(r->buf, open);
    art_render_nested(r, n);
    art_buf_puts(r->buf, close);
}

static int section_enter(art_render *r, const article_node *n)
{
    html_w *w = r->w;
    art_buf *b = r->buf;
    const article_node *heading = art_wr_child(n, ARTICLE_NODE_HEADING);
    int level = article_node_get_level(n);
    if (!heading) {
        if (level)
            art_buf_printf(b, "<section data-level=\"%d\">\n", level);
        else
            art_buf_puts(b, "<section>\n");
        return 1;
    }
    /* The title is the only h1: level 1 and no level are h2 + data-level. */
    int h = level < 2 ? 2 : level;
    art_buf_puts(b, "<section>\n");
    indent(b, w->pretty, w->depth);
    if (level < 2)
        art_buf_printf(b, "<h2 data-level=\"%d\">", level);
    else
        art_buf_printf(b, "<h%d>", h);
    art_render_nested(r, heading);
    art_buf_printf(b, "</h%d>\n", h);
    return 1;
}

static void section_exit(art_render *r, const article_node *n)
{
    (void)n;
    art_buf_puts(r->buf, "</section>\n");
}

static int paragraph(art_render *r, const article_node *n)
{
    inline_element(r, "<p>", n, "</p>\n");
    return 0;
}

static int quote_enter(art_render *r, const article_node *n)
{
    if (art_wr_child(n, ARTICLE_NODE_ATTRIBUTION))
        art_buf_puts(r->buf, "<figure class=\"quote\">");
    art_buf_puts(r->buf, "<blockquote");
    art_wr_html_attr(r->buf, "cite", art_node_str(n, ARTICLE_ATTR_CITE));
    art_buf_puts(r->buf, ">\n");
    return 1;
}

static void quote_exit(art_render *r, const article_node *n)
{
    const article_node *attr = art_wr_child(n, ARTICLE_NODE_ATTRIBUTION);
    art_buf_puts(r->buf, "</blockquote>");
    if (attr)
        inline_element(r, "<figcaption>", attr, "</figcaption></figure>");
    art_buf_putc(r->buf, '\n');
}

static int figure(art_render *r, const article_node *n)
{
    art_buf *b = r->buf;
    art_buf_puts(b, "<figure>");
    put_img(b, art_node_str(n, ARTICLE_ATTR_SRC), art_node_str(n, ARTICLE_ATTR_ALT),
            art_node_int(n, ARTICLE_ATTR_WIDTH), art_node_int(n, ARTICLE_ATTR_HEIGHT));
    const article_node *cap = art_wr_child(n, ARTICLE_NODE_CAPTION);
    const char *credit = art_node_str(n, ARTICLE_ATTR_CREDIT);
    if (cap || credit) {
        art_buf_puts(b, "<figcaption>");
        if (cap)
            art_render_nested(r, cap);
        if (credit) {
            art_buf_puts(b, cap && cap->first ? " <small class=\"credit\">"
                                              : "<small class=\"credit\">");
            art_wr_html_escapes(b, credit, 0);
            art_buf_puts(b, "</small>");
        }
        art_buf_puts(b, "</figcaption>");
    }
    art_buf_puts(b, "</figure>\n");
    return 0;
}

static int list_enter(art_render *r, const article_node *n)
{
    art_buf_puts(r->buf, n->ordered ? "<ol>\n" : "<ul>\n");
    return 1;
}

static void list_exit(art_render *r, const article_node *n)
{
    art_buf_puts(r->buf, n->ordered ? "</ol>\n" : "</ul>\n");
}

static int item_enter(art_render *r, const article_node *n)
{
    (void)n;
    art_buf_puts(r->buf, "<li>");
    return 1;
}

static void item_exit(art_render *r, const article_node *n)
{
    (void)n;
    art_buf_puts(r->buf, "</li>\n");
}

static int table_enter(art_render *r, const article_node *n)
{
    html_w *w = r->w;
    art_buf_puts(r->buf, "<table>\n");
    const article_node *cap = art_wr_child(n, ARTICLE_NODE_CAPTION);
    if (cap) {
        indent(r->buf, w->pretty, w->depth);
        inline_element(r, "<caption>", cap, "</caption>\n");
    }
    indent(r->buf, w->pretty, w->depth);
    art_buf_puts(r->buf, "<tbody>\n");
    return 1;
}

static void table_exit(art_render *r, const article_node *n)
{
    html_w *w = r->w;
    (void)n;
    /* The line has the table's indentation; tbody is deeper. */
    if (w->pretty && w->depth < 16)
        art_buf_puts(r->buf, "  ");
    art_buf_puts(r->buf, "</tbody>\n");
    indent(r->buf, w->pretty, w->depth);
    art_buf_puts(r->buf, "</table>\n");
}

static int row_enter(art_render *r, const article_node *n)
{
    (void)n;
    art_buf_puts(r->buf, "<tr>");
    return 1;
}

static void row_exit(art_render *r, const article_node *n)
{
    (void)n;
    art_buf_puts(r->buf, "</tr>\n");
}

static int cell(art_render *r, const article_node *n)
{
    const char *tag = art_wr_html_cell_open(r->buf, n);
    art_render_nested(r, n);
    art_buf_printf(r->buf, "</%s>", tag);
    return 0;
}

static int code_block(art_render *r, const article_node *n)
{
    art_buf *b = r->buf;
    art_buf_puts(b, "<pre><code");
    const char *lang = art_node_str(n, ARTICLE_ATTR_LANGUAGE);
    if (lang) {
        art_buf_puts(b, " class=\"language-");
        art_wr_html_escapes(b, lang, 1);
        art_buf_putc(b, '"');
    }
    art_buf_putc(b, '>');
    art_wr_html_escapes(b, art_node_str(n, ARTICLE_ATTR_LITERAL), 0);
    art_buf_puts(b, "</code></pre>\n");
    return 0;
}

static int embed(art_render *r, const article_node *n)
{
    art_buf *b = r->buf;
    art_buf_puts(b, "<figure class=\"embed\"><iframe");
    art_wr_html_attr(b, "src",
                     art_node_str(n, ARTICLE_ATTR_URL) ? art_node_str(n, ARTICLE_ATTR_URL) : "");
    art_wr_html_attr(b, "title", art_node_str(n, ARTICLE_ATTR_TITLE));
    art_wr_html_attr(b, "data-provider", art_node_str(n, ARTICLE_ATTR_PROVIDER));
    art_buf_puts(b, " allowfullscreen loading=\"lazy\"></iframe></figure>\n");
    return 0;
}

static int rule(art_render *r, const article_node *n)
{
    (void)n;
    art_buf_puts(r->buf, "<hr>\n");
    return 0;
}

static int related(art_render *r, const article_node *n)
{
    art_buf *b = r->buf;
    art_buf_puts(b, "<li><a");
    art_wr_html_attr(b, "href",
                     art_node_str(n, ARTICLE_ATTR_URL) ? art_node_str(n, ARTICLE_ATTR_URL) : "");
    art_buf_putc(b, '>');
    if (art_node_str(n, ARTICLE_ATTR_SRC))
        put_img(b, art_node_str(n, ARTICLE_ATTR_SRC), art_node_str(n, ARTICLE_ATTR_ALT),
                art_node_int(n, ARTICLE_ATTR_WIDTH), art_node_int(n, ARTICLE_ATTR_HEIGHT));
    art_wr_html_escapes(b, art_node_str(n, ARTICLE_ATTR_TITLE), 0);
    art_buf_puts(b, "</a>");
    if (art_node_str(n, ARTICLE_ATTR_SUMMARY)) {
        art_buf_puts(b, "<p>");
        art_wr_html_escapes(b, art_node_str(n, ARTICLE_ATTR_SUMMARY), 0);
        art_buf_puts(b, "</p>");
    }
    art_buf_puts(b, "</li>\n");
    return 0;
}

/* A comment; a first reply opens the <ol> of the replies. */
static int comment_enter(art_render *r, const article_node *n)
{
    html_w *w = r->w;
    art_buf *b = r->buf;
    if (n->parent && n->parent->type == ARTICLE_NODE_COMMENT &&
        !(art_node_prev(n) && art_node_prev(n)->type == ARTICLE_NODE_COMMENT)) {
        art_buf_puts(b, "<ol>\n");
        indent(b, w->pretty, w->depth - 1);
    }
    art_buf_puts(b, "<li class=\"comment\"");
    art_wr_html_attr(b, "id", art_node_str(n, ARTICLE_ATTR_ID));
    art_buf_puts(b, "><article>");
    const char *author = art_node_str(n, ARTICLE_ATTR_AUTHOR);
    const char *when = art_node_str(n, ARTICLE_ATTR_PUBLISHED);
    if (author || when) {
        art_buf_puts(b, "<header>");
        if (author) {
            const char *url = art_node_str(n, ARTICLE_ATTR_AUTHOR_URL);
            art_buf_puts(b, "<span class=\"comment-author\">");
            if (url) {
                art_buf_puts(b, "<a");
                art_wr_html_attr(b, "href", url);
                art_buf_putc(b, '>');
            }
            art_wr_html_escapes(b, author, 0);
            art_buf_puts(b, url ? "</a></span>" : "</span>");
        }
        if (author && when)
            art_buf_putc(b, ' ');
        if (when)
            write_time(b, r->labels, NULL, when);
        art_buf_puts(b, "</header>");
    }
    art_buf_putc(b, '\n');
    return 1;
}

static void comment_exit(art_render *r, const article_node *n)
{
    html_w *w = r->w;
    art_buf_puts(r->buf, "</article></li>\n");
    if (n->parent && n->parent->type == ARTICLE_NODE_COMMENT &&
        !(n->next && n->next->type == ARTICLE_NODE_COMMENT)) {
        indent(r->buf, w->pretty, w->depth);
        art_buf_puts(r->buf, "</ol>\n");
    }
}

/* MARK: - Inline rules */

static int text(art_render *r, const article_node *n)
{
    art_wr_html_escapes(r->buf, art_node_str(n, ARTICLE_ATTR_LITERAL), 0);
    return 0;
}

static int code_span(art_render *r, const article_node *n)
{
    art_buf_puts(r->buf, "<code>");
    art_wr_html_escapes(r->buf, art_node_str(n, ARTICLE_ATTR_LITERAL), 0);
    art_buf_puts(r->buf, "</code>");
    return 0;
}

static int line_break(art_render *r, const article_node *n)
{
    (void)n;
    art_buf_puts(r->buf, "<br>");
    return 0;
}

/* A link is <a>; the other spans are named as in the model. */
static const char *html_tag(const article_node *n)
{
    return n->type == ARTICLE_NODE_LINK ? "a" : art_wr_span_tag((article_node_type)n->type);
}

static int span_enter(art_render *r, const article_node *n)
{
    art_buf_putc(r->buf, '<');
    art_buf_puts(r->buf, html_tag(n));
    if (n->type == ARTICLE_NODE_LINK) {
        art_wr_html_attr(r->buf, "href", art_node_str(n, ARTICLE_ATTR_HREF));
        art_wr_html_attr(r->buf, "title", art_node_str(n, ARTICLE_ATTR_TITLE));
    }
    art_buf_putc(r->buf, '>');
    return 1;
}

static void span_exit(art_render *r, const article_node *n)
{
    art_buf_puts(r->buf, "</");
    art_buf_puts(r->buf, html_tag(n));
    art_buf_putc(r->buf, '>');
}

/* MARK: - Page */

static void html_head(art_render *r)
{
    html_w *w = r->w;
    w->fragment = (r->flags & ARTICLE_OPT_FRAGMENT) != 0;
    w->pretty = (r->flags & ARTICLE_OPT_PRETTY) != 0;
    if (!w->fragment)
        write_head(r->buf, r->doc, r->opts);
    art_buf_puts(r->buf, "<article>\n");
    write_header(r->buf, r->doc, r->labels);
}

/* The related links and comments follow the <article> of a page (inside
 * it in a fragment, which is one element), each under its <h2>. */
static void html_group(art_render *r, article_node_type type, size_t count, const char *label,
                       int open)
{
    html_w *w = r->w;
    art_buf *b = r->buf;
    if (type == ARTICLE_NODE_SECTION) {
        if (!open && !w->fragment)
            art_buf_puts(b, "</article>\n");
        return;
    }
    if (!count)
        return;
    int related_group = type == ARTICLE_NODE_RELATED;
    if (!open) {
        art_buf_puts(b, related_group ? "</ul></aside>\n" : "</ol></section>\n");
        return;
    }
    art_buf_puts(b, related_group ? "<aside class=\"related\">" : "<section class=\"comments\">");
    art_buf_puts(b, "<h2");
    art_wr_html_attr(b, "lang", r->labels->mark);
    art_buf_putc(b, '>');
    art_wr_html_escapes(b, label, 0);
    art_buf_puts(b, "</h2>");
    art_buf_puts(b, related_group ? "<ul>\n" : "<ol>\n");
}

static void html_tail(art_render *r)
{
    html_w *w = r->w;
    art_buf_puts(r->buf, w->fragment ? "</article>\n" : "</body>\n</html>\n");
}

static const art_renderer html_renderer = {
    "HTML",
    {
        [ARTICLE_NODE_SECTION] = {section_enter, section_exit},
        [ARTICLE_NODE_RELATED] = {related, NULL},
        [ARTICLE_NODE_COMMENT] = {comment_enter, comment_exit},
        [ARTICLE_NODE_HEADING] = {art_render_by_parent, NULL},
        [ARTICLE_NODE_ATTRIBUTION] = {art_render_by_parent, NULL},
        [ARTICLE_NODE_CAPTION] = {art_render_by_parent, NULL},
        [ARTICLE_NODE_ITEM] = {item_enter, item_exit},
        [ARTICLE_NODE_ROW] = {row_enter, row_exit},
        [ARTICLE_NODE_CELL] = {cell, NULL},
        [ARTICLE_NODE_PARAGRAPH] = {paragraph, NULL},
        [ARTICLE_NODE_QUOTE] = {quote_enter, quote_exit},
        [ARTICLE_NODE_FIGURE] = {figure, NULL},
        [ARTICLE_NODE_LIST] = {list_enter, list_exit},
        [ARTICLE_NODE_TABLE] = {table_enter, table_exit},
        [ARTICLE_NODE_CODE_BLOCK] = {code_block, NULL},
        [ARTICLE_NODE_EMBED] = {embed, NULL},
        [ARTICLE_NODE_RULE] = {rule, NULL},
        [ARTICLE_NODE_TEXT] = {text, NULL},
        [ARTICLE_NODE_LINK] = {span_enter, span_exit},
        [ARTICLE_NODE_EM] = {span_enter, span_exit},
        [ARTICLE_NODE_STRONG] = {span_enter, span_exit},
        [ARTICLE_NODE_CODE] = {code_span, NULL},
        [ARTICLE_NODE_SUB] = {span_enter, span_exit},
        [ARTICLE_NODE_SUP] = {span_enter, span_exit},
        [ARTICLE_NODE_DEL] = {span_enter, span_exit},
        [ARTICLE_NODE_BREAK] = {line_break, NULL},
    },
    html_before,
    html_head,
    html_group,
    NULL,
    html_tail,
};

void art_wr_html_inlines(art_buf *b, const article_node *container)
{
    html_w w = {0, 0, 0};
    art_render r;
    art_render_init_buf(&r, &html_renderer, &w, b, NULL);
    art_render_nested(&r, container);
}

article_status article_write_html(const article_doc *doc, article_sink sink, void *ctx,
                                  const article_options *opts, article_error *err)
{
    html_w w = {0, 0, 0};
    return art_render_doc(&html_renderer, &w, doc, sink, ctx, opts, err);
}
