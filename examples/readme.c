/* The README's example: an HTML page in, Markdown out. */
#include <article/article.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
    const char *html = "<html><head><title>Hello</title></head><body><article>"
                       "<h1>Hello</h1><p>A <em>small</em> article.</p></article></body></html>";
    article_error err;
    article_doc *doc = article_from_html(html, strlen(html), NULL, &err);
    char *md = doc ? article_to_markdown(doc, NULL, NULL, &err) : NULL;
    if (!md) {
        fprintf(stderr, "error: %s\n", err.message);
        article_doc_free(doc);
        return 1;
    }
    fputs(md, stdout);
    article_free(md);
    article_doc_free(doc);
    return 0;
}
