/*
 * libarticle — a structured model of news and blog articles.
 *
 * This header is the whole public API and its reference. A document
 * (`article_doc`) holds the article's metadata and a tree of nodes
 * (`article_node`): sections, blocks, inlines, related links and comments.
 * Documents are read from real-world HTML pages or from JSON `article/1`,
 * built or edited with the builder API, and written as JSON, HTML, Markdown
 * or plain text.
 *
 * Ownership, in one table:
 *
 *   article_X_new() ... article_X_free()   the caller owns; _free(NULL) is a no-op
 *   _get_*(), navigation                    borrowed; valid until the document
 *                                           is freed or the field is set again
 *   char *article_to_*()                    the caller releases it with
 *                                           article_free(), never free()
 *
 * Thread safety: there is no global mutable state. Separate documents may be
 * used on separate threads at the same time. One document may be read by
 * several threads at once, but changed by only one thread, with no reader
 * running meanwhile. libxml2 is initialised once, behind pthread_once.
 *
 * The library never prints, aborts or exits.
 */
#ifndef ARTICLE_ARTICLE_H
#define ARTICLE_ARTICLE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* MARK: - Version, export and attribute macros */

#define ARTICLE_VERSION_MAJOR 0
#define ARTICLE_VERSION_MINOR 1
#define ARTICLE_VERSION_PATCH 0
#define ARTICLE_VERSION_STRING "0.1.0"

#if defined(ARTICLE_STATIC)
#define ARTICLE_API
#elif defined(_WIN32)
#ifdef ARTICLE_BUILDING
#define ARTICLE_API __declspec(dllexport)
#else
#define ARTICLE_API __declspec(dllimport)
#endif
#elif defined(__GNUC__)
#define ARTICLE_API __attribute__((visibility("default")))
#else
#define ARTICLE_API
#endif

#if defined(__GNUC__) && !defined(ARTICLE_NO_NODISCARD)
#define ARTICLE_NODISCARD __attribute__((warn_unused_result))
#else
#define ARTICLE_NODISCARD
#endif

/** The library's version, "MAJOR.MINOR.PATCH". Constant. */
ARTICLE_API const char *article_version(void);

/* MARK: - Errors */

/** Status of a call. Every failure has a code of its own. */
typedef enum article_status {
    ARTICLE_OK = 0,
    /** An allocation failed. */
    ARTICLE_ERR_NOMEM = 1,
    /** A caller's argument is wrong: a NULL document, a node type that may
     *  not contain the child, an attribute the node type does not have. */
    ARTICLE_ERR_INVALID_ARG = 2,
    /** Input is not well-formed: `{"format": ` ends early, a stray comma. */
    ARTICLE_ERR_SYNTAX = 3,
    /** Input is well-formed but not `article/1`: an unknown key, a block
     *  type "para", "level": "2", a paragraph without "content". */
    ARTICLE_ERR_SCHEMA = 4,
    /** Input bytes are not valid in their encoding (invalid UTF-8 in JSON,
     *  an unknown charset name given as a hint). */
    ARTICLE_ERR_ENCODING = 5,
    /** A limit of article_options was exceeded: input size, nesting depth,
     *  node count. The message names the limit. */
    ARTICLE_ERR_LIMIT = 6,
    /** The sink refused data, or a file could not be read or written. */
    ARTICLE_ERR_IO = 7
} article_status;

/** A constant name for a status: "ok", "out of memory", "syntax error"... */
ARTICLE_API const char *article_status_string(article_status status);

#define ARTICLE_ERROR_PATH_LENGTH 128
#define ARTICLE_ERROR_MESSAGE_LENGTH 160

/**
 * What went wrong, on the caller's stack; filling it never allocates.
 * `line` and `column` are 1-based (0 when unknown); `column` counts bytes.
 * `path` is the JSON path of the offending value, e.g.
 * "sections[2].blocks[0].type", or "" when it does not apply.
 * The layout is final; `reserved` keeps room for later fields.
 */
typedef struct article_error {
    article_status status;
    int line;
    int column;
    size_t offset;
    char path[ARTICLE_ERROR_PATH_LENGTH];
    char message[ARTICLE_ERROR_MESSAGE_LENGTH];
    char reserved[32];
} article_error;

/* MARK: - Allocator and options */

/**
 * Allocator hooks, given per document or per call (never process-wide).
 * `ctx` is passed back to every function. `free(ctx, NULL)` must be a no-op.
 * NULL where an allocator is asked for means malloc/realloc/free.
 */
typedef struct article_allocator {
    void *(*malloc)(void *ctx, size_t size);
    void *(*realloc)(void *ctx, void *ptr, size_t size);
    void (*free)(void *ctx, void *ptr);
    void *ctx;
} article_allocator;

/** Writers: indented, one key per line (JSON); indented markup (HTML). */
#define ARTICLE_OPT_PRETTY (1u << 0)
/** HTML writer: only the <article> element, no page around it. */
#define ARTICLE_OPT_FRAGMENT (1u << 1)
/** HTML writer: no embedded stylesheet (a bare semantic page). */
#define ARTICLE_OPT_NO_STYLE (1u << 2)
/** HTML reader: leave out comments. */
#define ARTICLE_OPT_NO_COMMENTS (1u << 3)
/** HTML reader: leave out related links. */
#define ARTICLE_OPT_NO_RELATED (1u << 4)
/** HTML reader: leave out figures and images in the body. */
#define ARTICLE_OPT_NO_IMAGES (1u << 5)
/** HTML reader: leave out tables. */
#define ARTICLE_OPT_NO_TABLES (1u << 6)
/** HTML reader: when unsure, leave it out (favour precision). */
#define ARTICLE_OPT_PRECISION (1u << 7)
/** HTML reader: when unsure, keep it (favour recall). */
#define ARTICLE_OPT_RECALL (1u << 8)
/** Readers: max_time counts the calling thread's CPU time instead of the
 *  wall clock (time spent waiting for the CPU on a busy machine is then
 *  not charged to the page). */
#define ARTICLE_OPT_CPU_TIME (1u << 9)

/** Defaults of the limits (used where the field is 0). */
#define ARTICLE_DEFAULT_MAX_INPUT ((size_t)256 * 1024 * 1024)
#define ARTICLE_DEFAULT_MAX_DEPTH ((size_t)10000)
#define ARTICLE_DEFAULT_MAX_NODES ((size_t)10000000)
#define ARTICLE_DEFAULT_MAX_TEXT ((size_t)64 * 1024 * 1024)
#define ARTICLE_DEFAULT_MAX_ATTRIBUTES ((size_t)10000)

/**
 * Options of readers and writers. A zeroed struct (or NULL where options
 * are asked for) means the defaults; article_options_init() gives the same.
 * Strings are borrowed for the duration of the call.
 */
typedef struct article_options {
    /** ARTICLE_OPT_* flags. */
    unsigned int flags;
    /** HTML reader: the page's URL, used as the base for relative links
     *  (before <base href>) and as the article's url when the page has
     *  none. NULL when unknown. */
    const char *url;
    /** HTML reader: the charset the caller knows (an HTTP header),
     *  e.g. "iso-8859-1"; it wins over what the page says. NULL: detect. */
    const char *charset;
    /** HTML writer: link this stylesheet URL instead of embedding ours. */
    const char *stylesheet;
    /** Readers: largest input in bytes (0: ARTICLE_DEFAULT_MAX_INPUT). */
    size_t max_input_size;
    /** Readers: deepest nesting of the input (0: ARTICLE_DEFAULT_MAX_DEPTH).
     *  The JSON reader also stops at jansson's own depth limit (2048). */
    size_t max_depth;
    /** Readers: most nodes in one document (0: ARTICLE_DEFAULT_MAX_NODES). */
    size_t max_nodes;
    /** Allocator of the document or buffer made; NULL: malloc. */
    const article_allocator *allocator;
    /** Readers: longest single text run or string, in bytes
     *  (0: ARTICLE_DEFAULT_MAX_TEXT). */
    size_t max_text;
    /** HTML reader: most attributes on one element
     *  (0: ARTICLE_DEFAULT_MAX_ATTRIBUTES). */
    size_t max_attributes;
    /** Readers: the time budget of one call in milliseconds, wall clock
     *  (or CPU time with ARTICLE_OPT_CPU_TIME); 0: none. Checked after
     *  libxml2's parse (one call that cannot be interrupted), between the
     *  stages and inside their long loops; a call over it fails with
     *  ARTICLE_ERR_LIMIT naming max_time, never returns half an article. */
    size_t max_time;
    void *reserved[5];
} article_options;

/** Sets `opts` to the defaults (all zero). */
ARTICLE_API void article_options_init(article_options *opts);

/* MARK: - Documents */

typedef struct article_doc article_doc;
typedef struct article_node article_node;
typedef struct article_iter article_iter;

/**
 * A new, empty document: no metadata, a root node with no children.
 * `alc` (NULL: malloc) allocates all of the document's memory.
 * Returns NULL when out of memory.
 */
ARTICLE_API ARTICLE_NODISCARD article_doc *article_doc_new(const article_allocator *alc);

/** Frees the document and everything it owns. NULL is a no-op. */
ARTICLE_API void article_doc_free(article_doc *doc);

/** The root node (ARTICLE_NODE_DOCUMENT): its children are the sections,
 *  then the related links, then the comments. Borrowed. */
ARTICLE_API article_node *article_doc_root(const article_doc *doc);

/** Metadata strings of the article (docs/json-format.md). */
typedef enum article_field {
    ARTICLE_FIELD_URL = 0,
    ARTICLE_FIELD_TITLE,
    ARTICLE_FIELD_SUBTITLE,
    ARTICLE_FIELD_SUMMARY,
    ARTICLE_FIELD_PUBLISHED, /* ISO 8601 date or date-time */
    ARTICLE_FIELD_MODIFIED,  /* ISO 8601 date or date-time */
    ARTICLE_FIELD_LANGUAGE,  /* BCP 47 tag, e.g. "en" */
    ARTICLE_FIELD_SITE_NAME,
    ARTICLE_FIELD_COUNT_
} article_field;

/** A metadata string (borrowed), or NULL when absent. The title is never
 *  NULL: an article without one has "". */
ARTICLE_API const char *article_doc_get(const article_doc *doc, article_field field);
/** Sets a metadata string (copied; must be valid UTF-8). NULL or "" clears.
 *  Errors: INVALID_ARG (bad field), ENCODING (invalid UTF-8), NOMEM. */
ARTICLE_API article_status article_doc_set(article_doc *doc, article_field field,
                                           const char *value);
/** The name of a field as in JSON ("site_name"), or NULL. */
ARTICLE_API const char *article_field_string(article_field field);

/** Authors {name, url?}: count, and the i-th author's name and url
 *  (borrowed; NULL when i is out of range or the url is absent). */
ARTICLE_API size_t article_doc_author_count(const article_doc *doc);
ARTICLE_API const char *article_doc_author_name(const article_doc *doc, size_t i);
ARTICLE_API const char *article_doc_author_url(const article_doc *doc, size_t i);
/** Appends an author; `name` is required, `url` may be NULL. */
ARTICLE_API article_status article_doc_add_author(article_doc *doc, const char *name,
                                                  const char *url);
ARTICLE_API void article_doc_clear_authors(article_doc *doc);

/** Breadcrumbs {name, url?}, from the site's root to the article. */
ARTICLE_API size_t article_doc_breadcrumb_count(const article_doc *doc);
ARTICLE_API const char *article_doc_breadcrumb_name(const article_doc *doc, size_t i);
ARTICLE_API const char *article_doc_breadcrumb_url(const article_doc *doc, size_t i);
ARTICLE_API article_status article_doc_add_breadcrumb(article_doc *doc, const char *name,
                                                      const char *url);
ARTICLE_API void article_doc_clear_breadcrumbs(article_doc *doc);

/** Tags (keywords), in order. */
ARTICLE_API size_t article_doc_tag_count(const article_doc *doc);
ARTICLE_API const char *article_doc_tag(const article_doc *doc, size_t i);
ARTICLE_API article_status article_doc_add_tag(article_doc *doc, const char *tag);
ARTICLE_API void article_doc_clear_tags(article_doc *doc);

/** The lead image: src (NULL when there is none), alt, width and height
 *  (0 when unknown). */
ARTICLE_API const char *article_doc_image_src(const article_doc *doc);
ARTICLE_API const char *article_doc_image_alt(const article_doc *doc);
ARTICLE_API int article_doc_image_width(const article_doc *doc);
ARTICLE_API int article_doc_image_height(const article_doc *doc);
/** Sets the lead image; `src` NULL clears it. width/height 0: unknown. */
ARTICLE_API article_status article_doc_set_image(article_doc *doc, const char *src, const char *alt,
                                                 int width, int height);

/* MARK: - What was read: page type, confidence, body candidates */

/**
 * The kind of page a document was read from. The HTML reader decides it
 * from schema.org types (JSON-LD, microdata), og:type, the shape of the
 * page (one long run of prose, repeated posts with authors and dates,
 * prices and offers, a grid of teaser links, code and reference markup)
 * and the URL (docs/reader.md, "Page type"). NONE: not known (a document
 * built by hand, or read from JSON without "page_type").
 */
typedef enum article_page_type {
    ARTICLE_PAGE_NONE = 0,
    /** A news story, blog post, essay or report. */
    ARTICLE_PAGE_ARTICLE,
    /** A discussion thread, including questions and answers. */
    ARTICLE_PAGE_FORUM,
    /** One product for sale. */
    ARTICLE_PAGE_PRODUCT,
    /** Reference, a manual, a guide or tutorial of software or a product. */
    ARTICLE_PAGE_DOCUMENTATION,
    /** A company's page about what it offers (a landing or service page). */
    ARTICLE_PAGE_SERVICE,
    /** A section front, search results, a category: an index of links. */
    ARTICLE_PAGE_LISTING,
    /** None of the above. */
    ARTICLE_PAGE_OTHER,
    ARTICLE_PAGE_COUNT_
} article_page_type;

/** The type's name as in JSON ("article", "forum", "product",
 *  "documentation", "service", "listing", "other"), or NULL for NONE and
 *  values out of range. Constant. */
ARTICLE_API const char *article_page_type_string(article_page_type type);
/** The type named `name` (as article_page_type_string() gives it), or
 *  ARTICLE_PAGE_NONE when `name` is NULL or no type's name. */
ARTICLE_API article_page_type article_page_type_parse(const char *name);

/** The document's page type; ARTICLE_PAGE_NONE when unknown. */
ARTICLE_API article_page_type article_doc_page_type(const article_doc *doc);
/** Sets the page type; ARTICLE_PAGE_NONE clears it.
 *  Errors: INVALID_ARG (doc NULL, type out of range). */
ARTICLE_API article_status article_doc_set_page_type(article_doc *doc, article_page_type type);

/**
 * How likely the document's body is the page's main content, in [0, 1],
 * in steps of 0.01; -1 when unknown (not read from HTML, or from JSON
 * without "confidence"). The HTML reader computes it from how clearly the
 * body won over the other candidates, its text and link density, and
 * whether the metadata agrees with it (docs/reader.md, "Confidence").
 * On the development pages, bodies at 0.8 or more are nearly always right
 * and most wrong bodies score under 0.5.
 */
ARTICLE_API double article_doc_confidence(const article_doc *doc);
/** Sets the confidence, rounded to 0.01; a negative value clears it.
 *  Errors: INVALID_ARG (doc NULL, value above 1 or NaN). */
ARTICLE_API article_status article_doc_set_confidence(article_doc *doc, double confidence);

/** HTML reader: keep the best body candidates with their scores, for
 *  article_doc_candidate_*() (debugging an extraction; `article inspect`). */
#define ARTICLE_OPT_CANDIDATES (1u << 15)

/**
 * The body candidates of the last HTML read with ARTICLE_OPT_CANDIDATES
 * (none otherwise): candidate 0 is the element the body was taken from,
 * the others are the best-scoring elements outside and inside it, best
 * first. `path` is a CSS-like path ("body > div#main > article.post"),
 * `score` the content score (prose minus clutter, in characters), `chars`
 * its characters of text and `link_density` the share of them in links.
 * Getters return NULL / 0 when i is out of range.
 */
ARTICLE_API size_t article_doc_candidate_count(const article_doc *doc);
ARTICLE_API const char *article_doc_candidate_path(const article_doc *doc, size_t i);
ARTICLE_API double article_doc_candidate_score(const article_doc *doc, size_t i);
ARTICLE_API double article_doc_candidate_chars(const article_doc *doc, size_t i);
ARTICLE_API double article_doc_candidate_link_density(const article_doc *doc, size_t i);

/* MARK: - Nodes */

/**
 * Node types. The tree:
 *
 *   DOCUMENT   -> SECTION*, RELATED*, COMMENT*
 *   SECTION    -> HEADING?, block*
 *   HEADING, PARAGRAPH, ATTRIBUTION, CAPTION, CELL, marked spans -> inline*
 *   QUOTE      -> block*, ATTRIBUTION?
 *   FIGURE     -> CAPTION?          (image: src, alt, width, height; credit)
 *   LIST       -> ITEM*             ITEM -> block*
 *   TABLE      -> CAPTION?, ROW*    ROW  -> CELL*
 *   COMMENT    -> block*, COMMENT*  (the replies)
 *
 * Leaves: TEXT, BREAK, CODE (span), CODE_BLOCK, EMBED, RULE, RELATED.
 *
 * The numbers are part of the ABI and never change. Each group starts at a
 * fixed number with room after it (structure 1-7, parts 8-15, blocks 16-47,
 * inlines 48-63),
 * so a new type takes a free number in its group and moves no other type.
 * Numbers in the gaps are not types: article_node_new() refuses them and
 * article_node_type_string() returns "none" for them.
 */
typedef enum article_node_type {
    ARTICLE_NODE_NONE = 0,
    ARTICLE_NODE_DOCUMENT = 1,
    ARTICLE_NODE_SECTION = 2,
    ARTICLE_NODE_RELATED = 3,
    ARTICLE_NODE_COMMENT = 4,
    /* parts of blocks */
    ARTICLE_NODE_HEADING = 8,
    ARTICLE_NODE_ATTRIBUTION = 9,
    ARTICLE_NODE_CAPTION = 10,
    ARTICLE_NODE_ITEM = 11,
    ARTICLE_NODE_ROW = 12,
    ARTICLE_NODE_CELL = 13,
    /* blocks */
    ARTICLE_NODE_PARAGRAPH = 16,
    ARTICLE_NODE_QUOTE = 17,
    ARTICLE_NODE_FIGURE = 18,
    ARTICLE_NODE_LIST = 19,
    ARTICLE_NODE_TABLE = 20,
    ARTICLE_NODE_CODE_BLOCK = 21,
    ARTICLE_NODE_EMBED = 22,
    ARTICLE_NODE_RULE = 23,
    /* inlines */
    ARTICLE_NODE_TEXT = 48,
    ARTICLE_NODE_LINK = 49,
    ARTICLE_NODE_EM = 50,
    ARTICLE_NODE_STRONG = 51,
    ARTICLE_NODE_CODE = 52,
    ARTICLE_NODE_SUB = 53,
    ARTICLE_NODE_SUP = 54,
    ARTICLE_NODE_DEL = 55,
    ARTICLE_NODE_BREAK = 56,

    /* The first and last type of a group, not the ends of its room: a new
     * type takes the next free number, so FIRST..LAST stays gap-free. */
    ARTICLE_NODE_FIRST_BLOCK = ARTICLE_NODE_PARAGRAPH,
    ARTICLE_NODE_LAST_BLOCK = ARTICLE_NODE_RULE,
    ARTICLE_NODE_FIRST_INLINE = ARTICLE_NODE_TEXT,
    ARTICLE_NODE_LAST_INLINE = ARTICLE_NODE_BREAK
} article_node_type;

/** The type's name as in JSON ("paragraph", "code_block" for CODE_BLOCK,
 *  whose JSON type is "code"), or "none" for an unknown type. Constant. */
ARTICLE_API const char *article_node_type_string(article_node_type type);

/**
 * A new node of `type`, owned by `doc`, not yet in the tree. Link it with
 * article_node_append_child() and friends. Nodes are never freed one by one.
 * Returns NULL when out of memory or `type` is not a valid node type.
 */
ARTICLE_API ARTICLE_NODISCARD article_node *article_node_new(article_doc *doc,
                                                             article_node_type type);

ARTICLE_API article_node_type article_node_get_type(const article_node *node);
ARTICLE_API article_doc *article_node_doc(const article_node *node);
/** 1 when the node is a block (PARAGRAPH..RULE), an inline, a leaf. */
ARTICLE_API int article_node_is_block(const article_node *node);
ARTICLE_API int article_node_is_inline(const article_node *node);
ARTICLE_API int article_node_is_leaf(const article_node *node);
/** 1 when a node of type `parent` may contain one of type `child`. */
ARTICLE_API int article_node_can_contain(article_node_type parent, article_node_type child);

/** Navigation; NULL at the ends. Borrowed. */
ARTICLE_API article_node *article_node_parent(const article_node *node);
ARTICLE_API article_node *article_node_first_child(const article_node *node);
ARTICLE_API article_node *article_node_last_child(const article_node *node);
ARTICLE_API article_node *article_node_next(const article_node *node);
ARTICLE_API article_node *article_node_previous(const article_node *node);

/**
 * Tree edits. The child is unlinked from where it was first. Errors:
 * INVALID_ARG when a node is NULL, belongs to another document, would
 * contain itself, or the parent may not contain the child's type.
 */
ARTICLE_API article_status article_node_append_child(article_node *parent, article_node *child);
ARTICLE_API article_status article_node_prepend_child(article_node *parent, article_node *child);
ARTICLE_API article_status article_node_insert_before(article_node *node, article_node *sibling);
ARTICLE_API article_status article_node_insert_after(article_node *node, article_node *sibling);
/** Takes the node (and its subtree) out of the tree; it stays owned by the
 *  document and may be linked again. */
ARTICLE_API void article_node_unlink(article_node *node);

/**
 * Appends `len` bytes of text to an inline container (PARAGRAPH, HEADING,
 * CAPTION, ATTRIBUTION, CELL or a marked span), merged into the last child
 * when that is TEXT. The text is taken as is (no whitespace folding).
 * Errors: INVALID_ARG, ENCODING (invalid UTF-8), NOMEM.
 */
ARTICLE_API article_status article_node_append_text(article_node *parent, const char *text,
                                                    size_t len);

/**
 * Attributes. Which node types have which:
 *
 *   LITERAL   TEXT (its text), CODE span and CODE_BLOCK (the code, verbatim)
 *   HREF      LINK                  TITLE     LINK, EMBED, RELATED
 *   SRC       FIGURE, RELATED (thumbnail)   ALT  FIGURE, RELATED
 *   WIDTH/HEIGHT FIGURE, RELATED   CREDIT FIGURE     CITE   QUOTE
 *   LANGUAGE  CODE_BLOCK            URL       EMBED, RELATED
 *   PROVIDER  EMBED                 SUMMARY   RELATED
 *   ID, AUTHOR, AUTHOR_URL, PUBLISHED   COMMENT
 *   LEVEL     SECTION (1..6, 0: none)
 *   ORDERED   LIST (0/1)            HEADER    CELL (0/1)
 *   COLSPAN, ROWSPAN  CELL (1 by default)
 */
typedef enum article_attr {
    ARTICLE_ATTR_LITERAL = 0,
    ARTICLE_ATTR_HREF,
    ARTICLE_ATTR_TITLE,
    ARTICLE_ATTR_SRC,
    ARTICLE_ATTR_ALT,
    ARTICLE_ATTR_CREDIT,
    ARTICLE_ATTR_CITE,
    ARTICLE_ATTR_LANGUAGE,
    ARTICLE_ATTR_URL,
    ARTICLE_ATTR_PROVIDER,
    ARTICLE_ATTR_SUMMARY,
    ARTICLE_ATTR_ID,
    ARTICLE_ATTR_AUTHOR,
    ARTICLE_ATTR_AUTHOR_URL,
    ARTICLE_ATTR_PUBLISHED,
    ARTICLE_ATTR_STRING_COUNT_,
    /* integer attributes */
    ARTICLE_ATTR_WIDTH = 32,
    ARTICLE_ATTR_HEIGHT,
    ARTICLE_ATTR_LEVEL,
    ARTICLE_ATTR_ORDERED,
    ARTICLE_ATTR_HEADER,
    ARTICLE_ATTR_COLSPAN,
    ARTICLE_ATTR_ROWSPAN,
    ARTICLE_ATTR_INT_END_
} article_attr;

/** 1 when nodes of `type` have attribute `attr`. */
ARTICLE_API int article_node_has_attr(article_node_type type, article_attr attr);
/** A string attribute (borrowed), or NULL when absent or not applicable. */
ARTICLE_API const char *article_node_get_string(const article_node *node, article_attr attr);
/** Sets a string attribute (copied). NULL or "" clears (LITERAL becomes "").
 *  Errors: INVALID_ARG (not applicable), ENCODING, NOMEM. */
ARTICLE_API article_status article_node_set_string(article_node *node, article_attr attr,
                                                   const char *value);
/** An integer attribute; its default (0, or 1 for spans) when absent or
 *  not applicable. */
ARTICLE_API int article_node_get_int(const article_node *node, article_attr attr);
/** Sets an integer attribute. Errors: INVALID_ARG (not applicable, or out
 *  of range: LEVEL 0..6, WIDTH/HEIGHT >= 0, spans >= 1, flags 0/1). */
ARTICLE_API article_status article_node_set_int(article_node *node, article_attr attr, int value);

/** Typed shorthands of the above. */
ARTICLE_API const char *article_node_get_literal(const article_node *node);
ARTICLE_API article_status article_node_set_literal(article_node *node, const char *text);
ARTICLE_API const char *article_node_get_href(const article_node *node);
ARTICLE_API article_status article_node_set_href(article_node *node, const char *href);
ARTICLE_API const char *article_node_get_title(const article_node *node);
ARTICLE_API article_status article_node_set_title(article_node *node, const char *title);
ARTICLE_API const char *article_node_get_src(const article_node *node);
ARTICLE_API article_status article_node_set_src(article_node *node, const char *src);
ARTICLE_API const char *article_node_get_url(const article_node *node);
ARTICLE_API article_status article_node_set_url(article_node *node, const char *url);
ARTICLE_API int article_node_get_level(const article_node *node);
ARTICLE_API article_status article_node_set_level(article_node *node, int level);

/* MARK: - Iterator */

typedef enum article_event {
    ARTICLE_EVENT_NONE = 0,
    ARTICLE_EVENT_DONE,
    ARTICLE_EVENT_ENTER,
    ARTICLE_EVENT_EXIT
} article_event;

/**
 * A depth-first walk of the subtree under `root` (root included): ENTER on
 * the way down, EXIT on the way up; leaves give ENTER only; DONE at the end.
 * The walk uses no recursion.
 *
 *     article_iter *it = article_iter_new(article_doc_root(doc));
 *     article_event ev;
 *     while ((ev = article_iter_next(it)) != ARTICLE_EVENT_DONE) {
 *         article_node *n = article_iter_get_node(it);
 *         if (ev == ARTICLE_EVENT_ENTER &&
 *             article_node_get_type(n) == ARTICLE_NODE_TEXT)
 *             puts(article_node_get_literal(n));
 *     }
 *     article_iter_free(it);
 *
 * The tree may change during a walk only at the current node: after an
 * EXIT (or an ENTER on a leaf) the current node may be unlinked or replaced,
 * provided article_iter_reset() then names where to go on from.
 * Returns NULL when out of memory or root is NULL.
 */
ARTICLE_API ARTICLE_NODISCARD article_iter *article_iter_new(article_node *root);
ARTICLE_API void article_iter_free(article_iter *iter);
ARTICLE_API article_event article_iter_next(article_iter *iter);
ARTICLE_API article_node *article_iter_get_node(const article_iter *iter);
ARTICLE_API article_event article_iter_get_event(const article_iter *iter);
ARTICLE_API void article_iter_reset(article_iter *iter, article_node *current, article_event event);

/* MARK: - Reading */

/**
 * Reads JSON `article/1` (docs/json-format.md), strictly: a wrong "format", an
 * unknown key or block type, a wrong type, a missing required field, a
 * duplicate key, invalid UTF-8 — each fails, naming the JSON path with
 * line and column in `err`. `opts` may be NULL; `err` may be NULL.
 * Returns a new document, or NULL (nothing half-built).
 * Errors: SYNTAX, SCHEMA, ENCODING, LIMIT, NOMEM, INVALID_ARG (json NULL).
 */
ARTICLE_API ARTICLE_NODISCARD article_doc *article_from_json(const char *json, size_t len,
                                                             const article_options *opts,
                                                             article_error *err);

/**
 * Reads an HTML page: any page from the web, or one written by
 * article_to_html(), which reads back to the identical model. Bytes in any
 * charset (see article_options.charset); the model is UTF-8 with absolute
 * URLs. Returns a new document, or NULL.
 * Errors: ENCODING (unknown charset hint), LIMIT, NOMEM, INVALID_ARG.
 */
ARTICLE_API ARTICLE_NODISCARD article_doc *article_from_html(const char *html, size_t len,
                                                             const article_options *opts,
                                                             article_error *err);

/* MARK: - Writing */

/**
 * A sink receives the output in pieces; it returns 0 to go on, anything
 * else to stop the writer, which then fails with ARTICLE_ERR_IO.
 */
typedef int (*article_sink)(void *ctx, const char *data, size_t len);

/** JSON `article/1`: compact (one line, no spaces) or, with
 *  ARTICLE_OPT_PRETTY, indented by two spaces. Canonical key order. */
ARTICLE_API article_status article_write_json(const article_doc *doc, article_sink sink, void *ctx,
                                              const article_options *opts, article_error *err);
/** An HTML5 page (docs/html-format.md), or with ARTICLE_OPT_FRAGMENT the <article>. */
ARTICLE_API article_status article_write_html(const article_doc *doc, article_sink sink, void *ctx,
                                              const article_options *opts, article_error *err);
/** CommonMark Markdown. */
ARTICLE_API article_status article_write_markdown(const article_doc *doc, article_sink sink,
                                                  void *ctx, const article_options *opts,
                                                  article_error *err);
/** Plain text, a blank line between blocks. */
ARTICLE_API article_status article_write_text(const article_doc *doc, article_sink sink, void *ctx,
                                              const article_options *opts, article_error *err);

/**
 * The same writers into one NUL-terminated buffer, allocated with
 * opts->allocator (NULL: malloc); release it with article_free().
 * `len` (may be NULL) receives its length without the NUL.
 * Returns NULL on failure, with `err` filled.
 */
ARTICLE_API ARTICLE_NODISCARD char *article_to_json(const article_doc *doc,
                                                    const article_options *opts, size_t *len,
                                                    article_error *err);
ARTICLE_API ARTICLE_NODISCARD char *article_to_html(const article_doc *doc,
                                                    const article_options *opts, size_t *len,
                                                    article_error *err);
ARTICLE_API ARTICLE_NODISCARD char *article_to_markdown(const article_doc *doc,
                                                        const article_options *opts, size_t *len,
                                                        article_error *err);
ARTICLE_API ARTICLE_NODISCARD char *article_to_text(const article_doc *doc,
                                                    const article_options *opts, size_t *len,
                                                    article_error *err);

/** Releases a buffer from article_to_*() with the allocator that made it.
 *  NULL is a no-op. */
ARTICLE_API void article_free(char *buffer);

#ifdef __cplusplus
}
#endif

#endif /* ARTICLE_ARTICLE_H */
