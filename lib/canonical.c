/* Strings that go into HTML attribute values must come back from the HTML
 * reader unchanged, or from_html(to_html(m)) == m cannot hold. The reader
 * reads its own pages' attributes like any page's: a class list splits at
 * whitespace ("language-c sharp" is the language "c"), a URL is
 * percent-encoded where it holds what no URL may ("a b" is "a%20b"), and
 * a title, alt text or id is trimmed with whitespace runs collapsed. The
 * JSON reader therefore refuses what would change (docs/json-format.md,
 * "Strings in HTML attributes"); everything else about a model's text is
 * normalised, not refused. */
#include "canonical.h"

#include <string.h>

static int is_control(unsigned char c)
{
    return c < 0x20 || c == 0x7f;
}

/* HTML's whitespace, which splits class lists and is collapsed in text.
 * Other control characters pass through the reader unchanged (and so may
 * be in what it makes: the JSON reader must not refuse them). */
static int is_html_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* One class token: no whitespace. */
static int is_token(const char *s)
{
    for (; *s; s++)
        if (is_html_space(*s))
            return 0;
    return 1;
}

/* A URL's characters: none that the reader percent-encodes (whitespace,
 * controls and the ASCII that is no URL code point). Non-ASCII is kept. */
static int is_url_text(const char *s)
{
    for (; *s; s++)
        if (is_control((unsigned char)*s) || strchr(" \"<>\\^`{|}", *s))
            return 0;
    return 1;
}

/* One line of normalised text: words separated by single spaces. */
static int is_label(const char *s)
{
    size_t n = strlen(s);
    if (n && (s[0] == ' ' || s[n - 1] == ' '))
        return 0;
    for (; *s; s++)
        if ((is_html_space(*s) && *s != ' ') || (s[0] == ' ' && s[1] == ' '))
            return 0;
    return 1;
}

const char *art_canon_attr_problem(article_attr attr, const char *s)
{
    if (!s)
        return NULL;
    switch (attr) {
    case ARTICLE_ATTR_LANGUAGE: /* <code class="language-{language}"> */
        return is_token(s) ? NULL : "must be one word: no whitespace";
    case ARTICLE_ATTR_HREF:
    case ARTICLE_ATTR_SRC:
    case ARTICLE_ATTR_CITE:
    case ARTICLE_ATTR_URL:
    case ARTICLE_ATTR_AUTHOR_URL:
        return is_url_text(s) ? NULL
                              : "must be a URL without spaces, control characters or "
                                "any of \" < > \\ ^ ` { | } (percent-encode them)";
    case ARTICLE_ATTR_TITLE:
    case ARTICLE_ATTR_ALT:
    case ARTICLE_ATTR_ID:
        return is_label(s) ? NULL
                           : "must be one line of text: no tab or line break, no space at "
                             "either end or twice in a row";
    default:
        return NULL;
    }
}
