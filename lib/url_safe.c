/* Which URLs the HTML and Markdown writers may put in a page: a model read
 * from untrusted JSON can hold "javascript:alert(1)", and a converted page
 * must not run it when opened. */
#include "internal.h"

#include <string.h>
#include <strings.h>

int art_url_is_safe(const char *url, int image)
{
    if (!url)
        return 0;
    /* The scheme as a browser sees it: leading controls and spaces and
     * embedded tabs/newlines are ignored, so "java\tscript:" counts. */
    char scheme[16];
    size_t n = 0;
    const char *p = url;
    while (*p && (unsigned char)*p <= 0x20)
        p++;
    for (; *p && *p != ':' && n < sizeof scheme - 1; p++) {
        if (*p == '\t' || *p == '\n' || *p == '\r')
            continue;
        if (*p == '/' || *p == '?' || *p == '#')
            return 1; /* no scheme: a relative URL */
        scheme[n++] = *p;
    }
    if (*p != ':')
        return 1;
    scheme[n] = '\0';
    if (strcasecmp(scheme, "javascript") == 0 || strcasecmp(scheme, "vbscript") == 0)
        return 0;
    if (strcasecmp(scheme, "data") == 0)
        return image && strncasecmp(p + 1, "image/", 6) == 0 &&
               strncasecmp(p + 1, "image/svg", 9) != 0;
    return 1;
}
