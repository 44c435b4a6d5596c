/* Is a model canonical, the form in which from_html(to_html(m)) == m is
 * promised (docs/html-format.md)? Text whitespace-normalised within each
 * inline container, no C0 control characters, URLs absolute, no empty
 * blocks or spans. Models the HTML reader makes are canonical; JSON may
 * describe others, which then read back normalised. Test-side only. */
#ifndef ARTICLE_TEST_CANONICAL_H
#define ARTICLE_TEST_CANONICAL_H

#include <article/article.h>

#include <ctype.h>
#include <string.h>

static inline int canon_has_control(const char *s, int allow_ws)
{
    for (; s && *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c < 0x20 && !(allow_ws && (c == '\n' || c == '\t' || c == '\r')))
            return 1;
        if (c == 0x7f)
            return 1;
    }
    return 0;
}

/* A metadata-like string: no controls, no leading/trailing/double space. */
static inline int canon_clean_string(const char *s)
{
    if (!s)
        return 1;
    size_t n = strlen(s);
    if (canon_has_control(s, 0) || (n && (s[0] == ' ' || s[n - 1] == ' ')) || strstr(s, "  "))
        return 0;
    return 1;
}

/* An absolute http(s) URL with a host, or a mailto: URL: the reader
 * resolves every link to one of these and drops what cannot be one. */
static inline int canon_absolute_url(const char *s)
{
    if (!s)
        return 1;
    const char *p;
    if (strncmp(s, "https://", 8) == 0)
        p = s + 8;
    else if (strncmp(s, "http://", 7) == 0)
        p = s + 7;
    else if (strncmp(s, "mailto:", 7) == 0 && s[7])
        p = s + 7;
    else
        return 0;
    if (!isalnum((unsigned char)*p))
        return 0;
    for (p = s; *p; p++)
        if ((unsigned char)*p <= 0x20 || *p == '"' || *p == '<' || *p == '>' || *p == '\\' ||
            *p == '^' || *p == '`' || *p == '{' || *p == '|' || *p == '}' || *p == '%' ||
            (unsigned char)*p >= 0x7f)
            return 0;
    return 1;
}

static inline int canon_is_inline_container(article_node_type t)
{
    switch (t) {
    case ARTICLE_NODE_PARAGRAPH:
    case ARTICLE_NODE_HEADING:
    case ARTICLE_NODE_ATTRIBUTION:
    case ARTICLE_NODE_CAPTION:
    case ARTICLE_NODE_CELL:
        return 1;
    default:
        return 0;
    }
}

/* 1 when a marked span holds nothing but spaces: the reader keeps the
 * space and drops the span (a browser shows no difference). */
static inline int canon_blank_span(article_node *span)
{
    article_iter *it = article_iter_new(span);
    int blank = 1;
    article_event ev;
    while (it && blank && (ev = article_iter_next(it)) != ARTICLE_EVENT_DONE) {
        article_node *n = article_iter_get_node(it);
        if (ev != ARTICLE_EVENT_ENTER || n == span)
            continue;
        article_node_type t = article_node_get_type(n);
        if (t == ARTICLE_NODE_TEXT)
            blank = strspn(article_node_get_literal(n), " ") == strlen(article_node_get_literal(n));
        else if (article_node_is_leaf(n))
            blank = 0; /* code, break */
    }
    article_iter_free(it);
    return blank;
}

/* The inline text of a container, flattened: no leading, trailing or
 * doubled spaces, none next to a break, no whitespace but ' '. */
static inline int canon_inlines(article_node *container)
{
    article_iter *it = article_iter_new(container);
    if (!it)
        return 0;
    int ok = 1, last_space = 1; /* start of block counts as a space */
    int any = 0;
    article_event ev;
    while (ok && (ev = article_iter_next(it)) != ARTICLE_EVENT_DONE) {
        article_node *n = article_iter_get_node(it);
        article_node_type t = article_node_get_type(n);
        if (ev != ARTICLE_EVENT_ENTER || n == container)
            continue;
        if (t == ARTICLE_NODE_BREAK) {
            /* A break starts or ends no block: browsers draw nothing
             * for a trailing one, and pages are full of leading ones. */
            if (last_space || !any)
                ok = 0;
            last_space = 1; /* so a trailing break fails the end check */
            any = 1;
            continue;
        } else if (t == ARTICLE_NODE_TEXT) {
            const char *s = article_node_get_literal(n);
            if (!*s || canon_has_control(s, 0))
                ok = 0;
            for (; ok && *s; s++) {
                if (*s == ' ' && last_space)
                    ok = 0;
                last_space = *s == ' ';
            }
            any = 1;
        } else if (t == ARTICLE_NODE_CODE) {
            const char *s = article_node_get_literal(n);
            if (!*s || canon_has_control(s, 1) || strchr(s, '\n') || strchr(s, '\r') ||
                strchr(s, '\t') || strstr(s, "  ") || s[0] == ' ' || s[strlen(s) - 1] == ' ')
                ok = 0;
            last_space = 0;
            any = 1;
        } else if (!article_node_is_leaf(n) &&
                   (!article_node_first_child(n) || canon_blank_span(n))) {
            ok = 0; /* an empty span, or one of spaces only */
        } else if (t == ARTICLE_NODE_LINK) {
            if (!canon_absolute_url(article_node_get_href(n)) ||
                !canon_clean_string(article_node_get_title(n)))
                ok = 0;
        }
    }
    if (last_space && any)
        ok = 0;
    article_iter_free(it);
    return ok;
}

/* Dates are valid ISO 8601 (the JSON reader checks); HTML carries at most
 * three digits of a second's fraction. */
static inline int canon_date(const char *s)
{
    const char *dot = s ? strchr(s, '.') : NULL;
    if (!dot)
        return 1;
    size_t n = 0;
    while (isdigit((unsigned char)dot[1 + n]))
        n++;
    return n <= 3;
}

static inline int canonical_model(const article_doc *doc)
{
    if (!canon_date(article_doc_get(doc, ARTICLE_FIELD_PUBLISHED)) ||
        !canon_date(article_doc_get(doc, ARTICLE_FIELD_MODIFIED)))
        return 0;
    for (int f = 0; f < ARTICLE_FIELD_COUNT_; f++)
        if (!canon_clean_string(article_doc_get(doc, (article_field)f)))
            return 0;
    if (!canon_absolute_url(article_doc_get(doc, ARTICLE_FIELD_URL)) ||
        !canon_absolute_url(article_doc_image_src(doc)) ||
        !canon_clean_string(article_doc_image_alt(doc)))
        return 0;
    for (size_t i = 0; i < article_doc_author_count(doc); i++)
        if (!canon_clean_string(article_doc_author_name(doc, i)) ||
            !canon_absolute_url(article_doc_author_url(doc, i)))
            return 0;
    for (size_t i = 0; i < article_doc_breadcrumb_count(doc); i++)
        if (!canon_clean_string(article_doc_breadcrumb_name(doc, i)) ||
            !canon_absolute_url(article_doc_breadcrumb_url(doc, i)))
            return 0;
    for (size_t i = 0; i < article_doc_tag_count(doc); i++)
        if (!canon_clean_string(article_doc_tag(doc, i)))
            return 0;

    article_iter *it = article_iter_new(article_doc_root(doc));
    if (!it)
        return 0;
    int ok = 1;
    article_event ev;
    while (ok && (ev = article_iter_next(it)) != ARTICLE_EVENT_DONE) {
        if (ev != ARTICLE_EVENT_ENTER)
            continue;
        article_node *n = article_iter_get_node(it);
        article_node_type t = article_node_get_type(n);
        if (canon_is_inline_container(t)) {
            /* Cells may be empty; every other inline container has text. */
            if (t != ARTICLE_NODE_CELL && !article_node_first_child(n))
                ok = 0;
            else if (article_node_first_child(n))
                ok = canon_inlines(n);
            continue;
        }
        switch (t) {
        case ARTICLE_NODE_QUOTE:
        case ARTICLE_NODE_LIST:
        case ARTICLE_NODE_ITEM:
        case ARTICLE_NODE_TABLE:
        case ARTICLE_NODE_ROW:
            if (!article_node_first_child(n))
                ok = 0;
            break;
        case ARTICLE_NODE_SECTION:
            if (!article_node_first_child(n))
                ok = 0;
            break;
        case ARTICLE_NODE_FIGURE:
            ok = article_node_get_src(n) && canon_absolute_url(article_node_get_src(n)) &&
                 canon_clean_string(article_node_get_string(n, ARTICLE_ATTR_ALT)) &&
                 canon_clean_string(article_node_get_string(n, ARTICLE_ATTR_CREDIT));
            break;
        case ARTICLE_NODE_CODE_BLOCK:
            ok = article_node_get_literal(n)[0] != '\0' &&
                 !canon_has_control(article_node_get_literal(n), 1) &&
                 canon_clean_string(article_node_get_string(n, ARTICLE_ATTR_LANGUAGE));
            break;
        case ARTICLE_NODE_EMBED:
            ok = article_node_get_url(n) && canon_absolute_url(article_node_get_url(n)) &&
                 canon_clean_string(article_node_get_title(n)) &&
                 canon_clean_string(article_node_get_string(n, ARTICLE_ATTR_PROVIDER));
            break;
        case ARTICLE_NODE_RELATED:
            ok = article_node_get_title(n) && canon_clean_string(article_node_get_title(n)) &&
                 canon_absolute_url(article_node_get_url(n)) &&
                 canon_absolute_url(article_node_get_src(n)) &&
                 canon_clean_string(article_node_get_string(n, ARTICLE_ATTR_SUMMARY));
            break;
        case ARTICLE_NODE_COMMENT:
            ok = canon_clean_string(article_node_get_string(n, ARTICLE_ATTR_ID)) &&
                 canon_clean_string(article_node_get_string(n, ARTICLE_ATTR_AUTHOR)) &&
                 canon_absolute_url(article_node_get_string(n, ARTICLE_ATTR_AUTHOR_URL)) &&
                 canon_clean_string(article_node_get_string(n, ARTICLE_ATTR_PUBLISHED)) &&
                 canon_date(article_node_get_string(n, ARTICLE_ATTR_PUBLISHED));
            break;
        default:
            break;
        }
        if (t == ARTICLE_NODE_QUOTE && ok)
            ok = canon_absolute_url(article_node_get_string(n, ARTICLE_ATTR_CITE));
    }
    article_iter_free(it);
    return ok;
}

#endif
