/* Which strings a model may hold where the HTML writer puts them into an
 * attribute value (canonical.c). */
#ifndef ARTICLE_CANONICAL_H
#define ARTICLE_CANONICAL_H

#include <article/article.h>

/* NULL when `s` may be the value of string attribute `attr`; otherwise
 * why not, as words that follow the key ("must be ..."). */
const char *art_canon_attr_problem(article_attr attr, const char *s);

#endif
