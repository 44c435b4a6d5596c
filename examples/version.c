/* version: the smallest program that links libarticle. It prints the
 * library's version and fails when it differs from the header's. */
#include <article/article.h>

#include <stdio.h>
#include <string.h>

int main(void)
{
    printf("libarticle %s (header %s)\n", article_version(), ARTICLE_VERSION_STRING);
    return strcmp(article_version(), ARTICLE_VERSION_STRING) == 0 ? 0 : 1;
}
