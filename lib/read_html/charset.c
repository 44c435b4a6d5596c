/* Which charset to parse a page with — first cut: hint, else UTF-8 when
 * valid, else windows-1252. */
#include "read_html.h"

#include <stdio.h>

void art_html_sniff_charset(const char *bytes, size_t len, const char *hint, char *out,
                            size_t out_size)
{
    const char *name = hint && *hint ? hint
                       : art_utf8_valid(bytes, len) ? "UTF-8"
                                                    : "windows-1252";
    snprintf(out, out_size, "%s", name);
}
