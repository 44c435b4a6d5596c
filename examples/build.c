/* build: makes an article with the builder API and prints it as JSON
 * article/1 (pretty). `build | article convert -f json -t md -` shows it
 * as Markdown; `article validate` accepts it. */
#include <article/article.h>

#include <stdio.h>
#include <string.h>

/* A paragraph of plain text at the end of `section`. */
static article_status add_paragraph(article_node *section, const char *text)
{
    article_doc *doc = article_node_doc(section);
    article_node *p = article_node_new(doc, ARTICLE_NODE_PARAGRAPH);
    if (!p)
        return ARTICLE_ERR_NOMEM;
    article_status st = article_node_append_child(section, p);
    if (st == ARTICLE_OK)
        st = article_node_append_text(p, text, strlen(text));
    return st;
}

static article_status build(article_doc *doc)
{
    article_status st = article_doc_set(doc, ARTICLE_FIELD_TITLE, "Hello, libarticle");
    if (st == ARTICLE_OK)
        st = article_doc_set(doc, ARTICLE_FIELD_LANGUAGE, "en");
    if (st == ARTICLE_OK)
        st = article_doc_set(doc, ARTICLE_FIELD_PUBLISHED, "2025-08-06T18:02:00Z");
    if (st == ARTICLE_OK)
        st = article_doc_add_author(doc, "Ada Lovelace", "https://example.com/ada");
    if (st == ARTICLE_OK)
        st = article_doc_add_tag(doc, "examples");
    if (st != ARTICLE_OK)
        return st;

    article_node *section = article_node_new(doc, ARTICLE_NODE_SECTION);
    if (!section)
        return ARTICLE_ERR_NOMEM;
    st = article_node_append_child(article_doc_root(doc), section);
    if (st == ARTICLE_OK)
        st = add_paragraph(section, "Articles are trees of sections, blocks and inlines.");
    if (st != ARTICLE_OK)
        return st;

    /* A paragraph with a link: text, then a LINK span holding its text. */
    article_node *p = article_node_new(doc, ARTICLE_NODE_PARAGRAPH);
    article_node *link = article_node_new(doc, ARTICLE_NODE_LINK);
    if (!p || !link)
        return ARTICLE_ERR_NOMEM;
    st = article_node_append_child(section, p);
    if (st == ARTICLE_OK)
        st = article_node_append_text(p, "Read the ", 9);
    if (st == ARTICLE_OK)
        st = article_node_set_href(link, "https://example.com/docs");
    if (st == ARTICLE_OK)
        st = article_node_append_child(p, link);
    if (st == ARTICLE_OK)
        st = article_node_append_text(link, "documentation", 13);
    if (st == ARTICLE_OK)
        st = article_node_append_text(p, ".", 1);
    return st;
}

int main(void)
{
    article_doc *doc = article_doc_new(NULL);
    if (!doc)
        return 1;
    article_status st = build(doc);
    if (st != ARTICLE_OK) {
        fprintf(stderr, "build: %s\n", article_status_string(st));
        article_doc_free(doc);
        return 1;
    }
    article_options opts;
    article_options_init(&opts);
    opts.flags = ARTICLE_OPT_PRETTY;
    article_error err;
    char *json = article_to_json(doc, &opts, NULL, &err);
    article_doc_free(doc);
    if (!json) {
        fprintf(stderr, "to_json: %s\n", err.message);
        return 1;
    }
    fputs(json, stdout);
    article_free(json);
    return 0;
}
