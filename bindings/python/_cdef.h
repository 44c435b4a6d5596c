/*
 * The part of <article/article.h> that the Python binding uses, for cffi's
 * cdef. API mode compiles this against the real header, so a value or a
 * layout that drifts breaks the build instead of crashing at run time; that
 * is why enum values and struct tails are written as `...`.
 */

const char *article_version(void);

typedef enum article_status {
    ARTICLE_OK,
    ARTICLE_ERR_NOMEM,
    ARTICLE_ERR_INVALID_ARG,
    ARTICLE_ERR_SYNTAX,
    ARTICLE_ERR_SCHEMA,
    ARTICLE_ERR_ENCODING,
    ARTICLE_ERR_LIMIT,
    ARTICLE_ERR_IO,
    ...
} article_status;

const char *article_status_string(article_status status);

typedef struct article_error {
    article_status status;
    int line;
    int column;
    size_t offset;
    char path[...];
    char message[...];
    ...;
} article_error;

#define ARTICLE_OPT_PRETTY ...
#define ARTICLE_OPT_FRAGMENT ...
#define ARTICLE_OPT_NO_STYLE ...
#define ARTICLE_OPT_NO_COMMENTS ...
#define ARTICLE_OPT_NO_RELATED ...
#define ARTICLE_OPT_NO_IMAGES ...
#define ARTICLE_OPT_NO_TABLES ...
#define ARTICLE_OPT_PRECISION ...
#define ARTICLE_OPT_RECALL ...
#define ARTICLE_OPT_CPU_TIME ...

typedef struct article_options {
    unsigned int flags;
    const char *url;
    const char *charset;
    const char *stylesheet;
    size_t max_input_size;
    size_t max_depth;
    size_t max_nodes;
    size_t max_text;
    size_t max_attributes;
    size_t max_time;
    ...;
} article_options;

void article_options_init(article_options *opts);

typedef struct article_doc article_doc;
typedef struct article_node article_node;
typedef struct article_iter article_iter;
typedef struct article_allocator article_allocator;

article_doc *article_doc_new(const article_allocator *alc);
void article_doc_free(article_doc *doc);
article_node *article_doc_root(const article_doc *doc);

typedef enum article_field {
    ARTICLE_FIELD_URL,
    ARTICLE_FIELD_TITLE,
    ARTICLE_FIELD_SUBTITLE,
    ARTICLE_FIELD_SUMMARY,
    ARTICLE_FIELD_PUBLISHED,
    ARTICLE_FIELD_MODIFIED,
    ARTICLE_FIELD_LANGUAGE,
    ARTICLE_FIELD_SITE_NAME,
    ...
} article_field;

const char *article_doc_get(const article_doc *doc, article_field field);
article_status article_doc_set(article_doc *doc, article_field field, const char *value);

size_t article_doc_author_count(const article_doc *doc);
const char *article_doc_author_name(const article_doc *doc, size_t i);
const char *article_doc_author_url(const article_doc *doc, size_t i);
article_status article_doc_add_author(article_doc *doc, const char *name, const char *url);
void article_doc_clear_authors(article_doc *doc);

size_t article_doc_breadcrumb_count(const article_doc *doc);
const char *article_doc_breadcrumb_name(const article_doc *doc, size_t i);
const char *article_doc_breadcrumb_url(const article_doc *doc, size_t i);
article_status article_doc_add_breadcrumb(article_doc *doc, const char *name, const char *url);
void article_doc_clear_breadcrumbs(article_doc *doc);

size_t article_doc_tag_count(const article_doc *doc);
const char *article_doc_tag(const article_doc *doc, size_t i);
article_status article_doc_add_tag(article_doc *doc, const char *tag);
void article_doc_clear_tags(article_doc *doc);

const char *article_doc_image_src(const article_doc *doc);
const char *article_doc_image_alt(const article_doc *doc);
int article_doc_image_width(const article_doc *doc);
int article_doc_image_height(const article_doc *doc);
article_status article_doc_set_image(article_doc *doc, const char *src, const char *alt, int width,
                                     int height);

typedef enum article_page_type {
    ARTICLE_PAGE_NONE,
    ARTICLE_PAGE_ARTICLE,
    ARTICLE_PAGE_FORUM,
    ARTICLE_PAGE_PRODUCT,
    ARTICLE_PAGE_DOCUMENTATION,
    ARTICLE_PAGE_SERVICE,
    ARTICLE_PAGE_LISTING,
    ARTICLE_PAGE_OTHER,
    ...
} article_page_type;
const char *article_page_type_string(article_page_type type);
article_page_type article_page_type_parse(const char *name);
article_page_type article_doc_page_type(const article_doc *doc);
article_status article_doc_set_page_type(article_doc *doc, article_page_type type);
double article_doc_confidence(const article_doc *doc);
article_status article_doc_set_confidence(article_doc *doc, double confidence);

typedef enum article_node_type {
    ARTICLE_NODE_NONE,
    ARTICLE_NODE_DOCUMENT,
    ARTICLE_NODE_SECTION,
    ARTICLE_NODE_RELATED,
    ARTICLE_NODE_COMMENT,
    ARTICLE_NODE_HEADING,
    ARTICLE_NODE_ATTRIBUTION,
    ARTICLE_NODE_CAPTION,
    ARTICLE_NODE_ITEM,
    ARTICLE_NODE_ROW,
    ARTICLE_NODE_CELL,
    ARTICLE_NODE_PARAGRAPH,
    ARTICLE_NODE_QUOTE,
    ARTICLE_NODE_FIGURE,
    ARTICLE_NODE_LIST,
    ARTICLE_NODE_TABLE,
    ARTICLE_NODE_CODE_BLOCK,
    ARTICLE_NODE_EMBED,
    ARTICLE_NODE_RULE,
    ARTICLE_NODE_TEXT,
    ARTICLE_NODE_LINK,
    ARTICLE_NODE_EM,
    ARTICLE_NODE_STRONG,
    ARTICLE_NODE_CODE,
    ARTICLE_NODE_SUB,
    ARTICLE_NODE_SUP,
    ARTICLE_NODE_DEL,
    ARTICLE_NODE_BREAK,
    ...
} article_node_type;

const char *article_node_type_string(article_node_type type);
article_node_type article_node_get_type(const article_node *node);
article_node *article_node_first_child(const article_node *node);
article_node *article_node_next(const article_node *node);

typedef enum article_attr {
    ARTICLE_ATTR_LITERAL,
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
    ARTICLE_ATTR_WIDTH,
    ARTICLE_ATTR_HEIGHT,
    ARTICLE_ATTR_LEVEL,
    ARTICLE_ATTR_ORDERED,
    ARTICLE_ATTR_HEADER,
    ARTICLE_ATTR_COLSPAN,
    ARTICLE_ATTR_ROWSPAN,
    ...
} article_attr;

const char *article_node_get_string(const article_node *node, article_attr attr);
int article_node_get_int(const article_node *node, article_attr attr);

typedef enum article_event {
    ARTICLE_EVENT_NONE,
    ARTICLE_EVENT_DONE,
    ARTICLE_EVENT_ENTER,
    ARTICLE_EVENT_EXIT,
    ...
} article_event;

article_iter *article_iter_new(article_node *root);
void article_iter_free(article_iter *iter);
article_event article_iter_next(article_iter *iter);
article_node *article_iter_get_node(const article_iter *iter);

article_doc *article_from_json(const char *json, size_t len, const article_options *opts,
                               article_error *err);
article_doc *article_from_html(const char *html, size_t len, const article_options *opts,
                               article_error *err);

char *article_to_json(const article_doc *doc, const article_options *opts, size_t *len,
                      article_error *err);
char *article_to_html(const article_doc *doc, const article_options *opts, size_t *len,
                      article_error *err);
char *article_to_markdown(const article_doc *doc, const article_options *opts, size_t *len,
                          article_error *err);
char *article_to_text(const article_doc *doc, const article_options *opts, size_t *len,
                      article_error *err);
void article_free(char *buffer);
