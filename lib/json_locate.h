/* Finding a JSON path in the original text, for error positions only:
 * jansson keeps no positions of values, so after a schema error the reader
 * walks the text once more with this tiny tokenizer. */
#ifndef ARTICLE_JSON_LOCATE_H
#define ARTICLE_JSON_LOCATE_H

#include <stddef.h>

/* One step of a path: an object key, or (key NULL) an array index. */
typedef struct art_json_seg {
    const char *key;
    size_t index;
} art_json_seg;

/* The byte offset of the value at segs[0..n) in well-formed JSON text; with
 * at_key, of the last step's key instead. When a step is missing, the offset
 * of the innermost container found (where the key should have been). */
size_t art_json_locate(const char *text, size_t len, const art_json_seg *segs, size_t n,
                       int at_key);

/* 1-based line and byte column of text[offset]. */
void art_json_line_col(const char *text, size_t len, size_t offset, int *line, int *column);

#endif
