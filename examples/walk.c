/* walk: reads an article (JSON `article/1`, or HTML) and prints its tree,
 * one node per line, indented by depth, using the iterator (no recursion,
 * however deep the document). */
#include <article/article.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *data = malloc(cap);
    while (data) {
        n += fread(data + n, 1, cap - n - 1, f); /* room for the NUL */
        if (n < cap - 1)
            break;
        char *bigger = realloc(data, cap *= 2);
        if (!bigger)
            free(data);
        data = bigger;
    }
    fclose(f);
    if (!data)
        return NULL;
    data[n] = '\0';
    *len = n;
    return data;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: walk FILE\n");
        return 2;
    }
    size_t len = 0;
    char *data = read_file(argv[1], &len);
    if (!data) {
        perror(argv[1]);
        return 1;
    }
    size_t i = strspn(data, " \t\r\n");
    article_error err;
    article_doc *doc = i < len && data[i] == '{' ? article_from_json(data, len, NULL, &err)
                                                 : article_from_html(data, len, NULL, &err);
    free(data);
    if (!doc) {
        fprintf(stderr, "%s: %s\n", argv[1], err.message);
        return 1;
    }

    printf("title: %s\n", article_doc_get(doc, ARTICLE_FIELD_TITLE));
    article_iter *it = article_iter_new(article_doc_root(doc));
    if (!it) {
        article_doc_free(doc);
        return 1;
    }
    int depth = 0;
    article_event ev;
    while ((ev = article_iter_next(it)) != ARTICLE_EVENT_DONE) {
        article_node *node = article_iter_get_node(it);
        if (ev == ARTICLE_EVENT_EXIT) {
            depth--;
            continue;
        }
        const char *literal = article_node_get_literal(node);
        printf("%*s%s", depth * 2, "", article_node_type_string(article_node_get_type(node)));
        if (literal)
            printf(" \"%.40s%s\"", literal, strlen(literal) > 40 ? "..." : "");
        putchar('\n');
        if (!article_node_is_leaf(node))
            depth++;
    }
    article_iter_free(it);
    article_doc_free(doc);
    return 0;
}
