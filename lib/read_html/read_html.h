/* Private interface of the HTML reader: one context, stages in their own
 * files. The entry point (read_html.c) sniffs the charset, parses with
 * libxml2, then runs the stages in order on the same tree:
 *
 *   meta.c     metadata of every source, merged with a precedence
 *   related.c, comments.c   related links and comments, out of the body
 *   content.c  finds the article body and converts it to sections/blocks
 *
 * Each stage may drop DOM nodes it has consumed (xmlUnlinkNode/xmlFreeNode),
 * so later stages do not see them twice. */
#ifndef ARTICLE_READ_HTML_H
#define ARTICLE_READ_HTML_H

#include "../deadline.h"
#include "../internal.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

/* What the page says about its kind, gathered while the whole page is
 * still there (page_type.c): schema.org types, og:type, and counts of
 * the markup that goes with each kind of page. */
typedef struct art_page_signals {
    unsigned schema;       /* ART_SCHEMA_* bits, from JSON-LD and microdata */
    int og;                /* ART_OG_*: og:type */
    unsigned prices;       /* elements marked as a price (class, itemprop) */
    unsigned carts;        /* "Add to cart", "Buy now" buttons */
    unsigned code;         /* <pre> and <code> elements */
    unsigned posts;        /* elements marked as a post or message of a thread */
    unsigned authors;      /* elements marked as a post's author */
    unsigned times;        /* <time> elements */
    unsigned teasers;      /* headings that are links (teaser cards) */
    unsigned calls;        /* calls to action: "Get started", "Book a demo" */
    unsigned doc_marks;    /* "On this page", "Edit this page", a docs sidebar */
    unsigned shares;       /* "share this" links (twitter.com/intent, facebook.com/sharer...) */
    double text, link;     /* characters of the body's text, of link text */
    double chrome;         /* characters of text in <nav>, <header>, <footer>, <aside> */
    double declared_words; /* JSON-LD wordCount, or the words of its articleBody */
} art_page_signals;

enum {
    ART_SCHEMA_ARTICLE = 1u << 0,  /* Article, NewsArticle, BlogPosting... */
    ART_SCHEMA_TECH = 1u << 1,     /* TechArticle, APIReference */
    ART_SCHEMA_FORUM = 1u << 2,    /* DiscussionForumPosting, QAPage */
    ART_SCHEMA_PRODUCT = 1u << 3,  /* Product, ProductGroup, Offer */
    ART_SCHEMA_LISTING = 1u << 4,  /* CollectionPage, ItemList, SearchResultsPage */
    ART_SCHEMA_SERVICE = 1u << 5,  /* Service, ProfessionalService, SoftwareApplication */
    ART_SCHEMA_FAQ = 1u << 6,      /* FAQPage */
    ART_SCHEMA_BUSINESS = 1u << 7, /* LocalBusiness, Course, EducationalOrganization */
    ART_SCHEMA_COMMENT = 1u << 8,  /* Comment, Answer (microdata of threads) */
    ART_SCHEMA_QUESTION = 1u << 9, /* Question: a thread's, or an FAQ's */
    ART_SCHEMA_WEBPAGE = 1u << 10, /* WebPage, AboutPage, ContactPage (JSON-LD only) */
};
enum {
    ART_OG_NONE = 0,
    ART_OG_ARTICLE,
    ART_OG_PRODUCT,
    ART_OG_PRODUCT_GROUP,
    ART_OG_WEBSITE,
    ART_OG_OTHER
};

/* What the content stage leaves for the confidence (score.c fills it
 * through art_html_note_candidate). */
#define ART_HTML_CANDIDATES 6
#define ART_HTML_PATH_LENGTH 160
typedef struct art_body_candidate {
    char path[ART_HTML_PATH_LENGTH]; /* art_html_node_path */
    double score, good, text, link;
} art_body_candidate;

/* What the body as read holds: characters of text in its sections, its
 * paragraphs (and other blocks), the comments. */
typedef struct art_body_stats {
    double prose;
    size_t blocks, comments;
    double long_prose; /* characters in paragraphs of 150 or more: one run of prose */
    double linked;     /* characters of link text in the sections */
    double words;      /* words in the sections (art_html_count_words) */
    /* paragraphs of the sections that end a sentence (. ! ?) and hold 60
     * bytes of text or more: prose, not an entry's title or a label */
    size_t sentences;
} art_body_stats;

typedef struct art_html_ctx {
    article_doc *doc;            /* the document being built */
    htmlDocPtr html;             /* the parsed page */
    const article_options *opts; /* never NULL (defaults filled in) */
    article_error *err;          /* may be NULL */
    const char *base_url;        /* arena string, or NULL: resolve against it */
    unsigned flags;              /* opts->flags */
    /* 1 when the page is one article_to_html() wrote (full mode: <meta
     * name="generator" content="libarticle ...">): read_html.c then runs
     * the strict reader of own_page.h instead of the stages below, none
     * of which looks at this. */
    int own_page;
    /* opts->max_time from the start of the call. Loops over the tree stop
     * early once it has passed (art_html_out_of_time); read_html.c then
     * fails the call between stages, so nothing cut short is returned. */
    art_deadline deadline;
    /* Extraction rules switched off for the bench (rules.c): bit r is
     * art_rule r. 0 in normal use. */
    uint64_t rules_off;
    art_page_signals page; /* page_type.c */
    /* The body's candidates (score.c): [0] is the body, then the best
     * others; `page_good` is the page's whole positive score;
     * `nothing_scored` 1 when the whole <body> was taken for want of a
     * better element; `fell_back` 1 when the body was replaced by the
     * page's densest paragraphs (fallback.c). */
    art_body_candidate cands[ART_HTML_CANDIDATES];
    size_t n_cands;
    double page_good;
    int nothing_scored;
    int fell_back;
    /* The opening post's message on a forum or Q&A thread (thread.c), or
     * NULL: the body, as it is (content.c). */
    xmlNode *thread_body;
    /* 1 when page_column.c widened the body to the main column, and
     * `typed_body` what the body held before: the page's type is judged
     * on that, so the wider body cannot change it. */
    int widened;
    art_body_stats typed_body;
    /* art_html_doc_body_stats' last answer, for the document's revision
     * `stats_revision` (valid when `has_stats`). */
    art_body_stats stats;
    unsigned long stats_revision;
    int has_stats;
    /* The page wrapper the scorer spared though its class flags it (a
     * "has-sidebar" wrapper, score.c), or NULL. */
    xmlNode *spared;
    /* The page as given, when it was UTF-8 (NULL otherwise): the parse
     * leaves script bodies out (raw_text.c), and the date stage's last
     * resort reads their data here (meta_dom.c). The caller's bytes, not
     * NUL-terminated: `raw_len` of them. */
    const char *raw;
    size_t raw_len;
    /* A long page (check_limits counted `tree_nodes`, at least
     * `free_from`): the converter frees the libxml2 subtree of each of the
     * body's top-level blocks once it has left it (convert.c), so that the
     * tree and the model are not held whole at once. The readings after
     * the conversion then use `survey`, taken before it (fallback.c); one
     * that still needs the freed part sets `needs_tree`, and read_html.c
     * reads the page again with nothing freed (`tree_freed`: something
     * was). */
    size_t tree_nodes, free_from;
    int tree_freed, needs_tree;
    const struct art_page_survey *survey;
    /* The read's own memory, released before article_from_html returns:
     * each element's attributes as check_limits' walk gathered them
     * (art_dom_gather_attrs), which every later lookup reads instead of
     * libxml2's lists. */
    art_arena scratch;
} art_html_ctx;

/* The high bit of each byte of v that is not 0 (the other bits clear):
 * exact for every byte, unlike the "has a zero byte" test. */
static inline uint64_t art_nonzero_bytes(uint64_t v)
{
    const uint64_t low7 = 0x7F7F7F7F7F7F7F7Full;
    return (((v & low7) + low7) | v) & ~low7;
}

/* Visible characters of UTF-8 text: code points that are not whitespace.
 * The one text length the stages weigh pages by (score.c, fallback.c,
 * clean.c, page_type.c, deferred.c, dom.c); inline because the scorer
 * asks it of every byte of a page's text, several times: eight bytes at a
 * time, each tested for a continuation byte and for the five spaces of
 * art_is_space at once (a long page's paragraphs cost a third as much). */
static inline size_t art_visible_chars(const char *s)
{
    if (!s)
        return 0;
    const uint64_t ones = 0x0101010101010101ull;
    size_t len = strlen(s), k = 0, i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t x;
        memcpy(&x, s + i, 8);
        uint64_t keep = art_nonzero_bytes((x & 0xC0 * ones) ^ 0x80 * ones) &
                        art_nonzero_bytes(x ^ ' ' * ones) & art_nonzero_bytes(x ^ '\t' * ones) &
                        art_nonzero_bytes(x ^ '\n' * ones) & art_nonzero_bytes(x ^ '\r' * ones) &
                        art_nonzero_bytes(x ^ '\f' * ones);
        /* One bit per kept byte, at bit 7 of it: their sum lands in the
         * top byte. */
        k += (size_t)(((keep >> 7) * ones) >> 56);
    }
    for (; i < len; i++)
        k += !art_is_space((unsigned char)s[i]) && ((unsigned char)s[i] & 0xC0) != 0x80;
    return k;
}

/* 1 when the time budget is spent: a cheap test for every step of a walk. */
static inline int art_html_out_of_time(art_html_ctx *ctx)
{
    return art_deadline_tick(&ctx->deadline);
}

/* MARK: - Named rules (rules.c) */

/* The content stage's rules by name, so the bench can measure each one
 * (docs/reader.md, "Development switches"). */
typedef enum art_rule {
    ART_RULE_CLASS_HINTS,      /* score.c: class/id words flag boilerplate */
    ART_RULE_SPARE_WRAPPER,    /* score.c: a flagged page wrapper is spared */
    ART_RULE_TEASER_CARDS,     /* score.c: teaser card summaries count against */
    ART_RULE_ISOLATED_PROSE,   /* score.c: a block with no prose neighbour counts 0.4 */
    ART_RULE_TIGHTEN,          /* score.c: the best element gives back clutter */
    ART_RULE_SEMANTIC_BODY,    /* score.c: articleBody, CMS classes, <article> win */
    ART_RULE_LONE_ARTICLE,     /* content.c: a lone <article> fragment is the body */
    ART_RULE_PULL_QUOTES,      /* pullquote.c: quotes repeating the body go */
    ART_RULE_TEASER_LINES,     /* convert.c: "Read more: ..." lines go */
    ART_RULE_PHOTO_CREDITS,    /* convert.c: "Photo: ..." lines go */
    ART_RULE_UI_LABELS,        /* convert.c/flow.c: "Close", "1 of 12" lines go */
    ART_RULE_BYLINE_LINES,     /* convert.c/flow.c: bylines above the prose go */
    ART_RULE_TITLE_HEADING,    /* convert.c: the h1/h2 equal to the title goes */
    ART_RULE_TITLE_HEADER,     /* convert.c: a <header> holding an h1 goes */
    ART_RULE_LOOSE_CAPTIONS,   /* convert.c: captions outside <figure> */
    ART_RULE_LAYOUT_TABLES,    /* convert.c: layout tables are unwrapped */
    ART_RULE_PERMALINKS,       /* convert.c: heading permalinks go */
    ART_RULE_FALLBACK,         /* fallback.c: a failed body falls back to paragraphs */
    ART_RULE_MAIN_COLUMN,      /* fallback.c: a body far smaller than <main> is <main> */
    ART_RULE_DEFERRED_CONTENT, /* deferred.c: hidden/noscript content that is the page */
    ART_RULE_THREAD_POSTS,     /* thread.c: a thread's opening post is the body, replies comments */
    ART_RULE_SHOWN_DATE,       /* dates.c: the declared change a page shows is its date */
    ART_RULE_THREAD_QUOTES,    /* thread_quotes.c: quotes of earlier posts leave the replies */
    ART_RULE_PAGE_COLUMN,      /* page_column.c: a non-article page's main column is its body */
    ART_RULE_LABEL_BYLINE,     /* meta_dom.c: the name after a lone "Written by" label */
    ART_RULE_PICTURE_BYLINE,   /* meta_dom.c: the name beside an avatar or a person glyph */
    ART_RULE_LOCAL_DAY,        /* dates.c: a declared instant shown on the page's own clock */
    ART_RULE_BARE_LISTINGS,    /* page_column.c: a listing with no mark and no long paragraph */
    ART_RULE_ARTICLE_H1,    /* meta_title.c: the article's <h1> beats a declared title it rewords */
    ART_RULE_REPEATED_RUNS, /* repeats.c: a run of blocks that all repeat earlier ones goes */
    ART_RULE_COLLAPSED_PANELS, /* panels.c: a main column's folded accordion panels are read */
    ART_RULE_MICRO_ITEM,       /* meta_dom.c: microdata authors are the first author's item's */
    ART_RULE_AUTHOR_BOX,       /* author_box.c: the writer's box after the article goes */
    ART_RULE_TEASER_MARKS,     /* flow.c: "[Read more: ...]", "» Related: ..." lines go */
    ART_RULE_SKIP_LINKS,       /* clean.c: "Skip to content" links to "#..." go */
    ART_RULE_SHOWN_CHANGE,  /* dates.c: the change a page shows, and no publication, is its date */
    ART_RULE_PREVIEWS,      /* previews.c: a preview right before its full text goes */
    ART_RULE_SECTION_FRONT, /* page_type.c: a URL ending at /news, /blog is a listing's */
    ART_RULE_DECLARED_KIND, /* page_type.c: no article where another kind is declared */
    ART_RULE_HEADLINE_COLUMN, /* page_column.c: no <main>: the column around <h1> and the body */
    ART_RULE_BOXED_PROSE, /* score.c: weakly flagged boxes of prose inside the body's prose stay */
    ART_RULE_LINKED_SURPLUS, /* score.c: a best element whose rest is a third links gives it back */
    ART_RULE_LINK_TAIL, /* link_sections.c: lone links to the site's own pages closing an article go */
    ART_RULE_THREAD_AUTHOR, /* thread.c: the opening post's author is a thread's author */
    ART_RULE_HOST_WORDS,  /* meta_title.c: a title's tail of the host name's words is the site's */
    ART_RULE_THREAD_DATE, /* thread.c: the opening post's date is a thread's date */
    ART_RULE_COUNT
} art_rule;
/* The switched-off rules are bits of a uint64_t (art_html_ctx.rules_off). */
_Static_assert(ART_RULE_COUNT <= 64, "art_rule needs a wider rules_off");

/* 1 when rule r is on for this page (always, outside the bench). */
int art_html_rule(const art_html_ctx *ctx, art_rule r);
/* The rule's name ("teaser_cards"), or "" for no rule. */
const char *art_html_rule_name(art_rule r);
/* The rules ARTICLE_DEV_WITHOUT switches off, as bits. */
uint64_t art_html_rules_off_from_env(void);

/* Stages, in the order they run. Each returns ARTICLE_OK or an error
 * already set in ctx->err. related.c and comments.c take their parts of
 * the page out of the tree (so the body never contains them); content.c
 * then finds the body in what is left. */
article_status art_html_read_meta(art_html_ctx *ctx);     /* meta.c */
article_status art_html_read_related(art_html_ctx *ctx);  /* related.c */
article_status art_html_read_thread(art_html_ctx *ctx);   /* thread.c */
article_status art_html_read_comments(art_html_ctx *ctx); /* comments.c */
article_status art_html_read_content(art_html_ctx *ctx);  /* content.c */
/* After the content stage, on the model alone (content.c): previews, the
 * repeated runs and the related sections leave the body. */
article_status art_html_tidy_body(art_html_ctx *ctx);

/* thread_quotes.c, for thread.c: takes out of the replies the quotes
 * (blockquote) whose text repeats the posts before them; posts[0..count)
 * in document order, the opening post first. Returns how many went; on a
 * failed allocation, fewer. */
size_t art_thread_drop_quotes(art_html_ctx *ctx, xmlNode *const *posts, size_t count);
/* The date a post or comment gives for machines, outside `skip` (its
 * message; may be NULL): <time datetime>, microdata datePublished or
 * dateCreated (attribute or text), else a date in a tooltip (`title`)
 * outside the member's panel; ISO 8601, or NULL (thread.c). */
const char *art_post_machine_date(art_html_ctx *ctx, xmlNode *post, const xmlNode *skip);
/* 1 when n is a link to a member's profile (`/members/`, `/u/`,
 * `viewprofile`...): a post's or comment's author (thread.c). */
int art_thread_profile_link(const xmlNode *n);

/* The charset to parse `bytes` with: the hint, a BOM, <meta charset> or
 * http-equiv in the first 1024 bytes, else "UTF-8" when the bytes are valid
 * UTF-8, else "windows-1252". Writes a name libxml2 knows into out, and
 * says whether bytes[0..len) is valid UTF-8 as far as the sniff had to
 * find out: *utf8_valid is 1 or 0, or -1 when it did not check (a hint, a
 * BOM, UTF-16). Saves the caller a second pass. */
void art_html_sniff_charset_valid(const char *bytes, size_t len, const char *hint, char *out,
                                  size_t out_size, int *utf8_valid);
/* bytes[0..len) in `charset` (a name from art_html_sniff_charset) as
 * UTF-8, in a buffer from art_buf (alc resolved; release with alc->free):
 * invalid or unmapped sequences become U+FFFD, a leading BOM is dropped.
 * Parse the result as "UTF-8": libxml2's own conversion prints to stderr
 * and stops at the first bad byte. (Valid UTF-8 input needs no copy: parse
 * it as it is.) NULL when out of memory or iconv does not know the
 * charset. */
char *art_html_to_utf8(const char *bytes, size_t len, const char *charset,
                       const article_allocator *alc, size_t *out_len);

/* libxml2's tree of html[0..len) in `encoding` (a name from the sniff;
 * "UTF-8" for the reader's own UTF-8 copies), with the reader's parser
 * options (parse.c); NULL when out of memory. */
htmlDocPtr art_html_parse(const char *html, size_t len, const char *url, const char *encoding);

/* A part of a page: bytes [start, start + len). */
typedef struct art_html_span {
    size_t start, len;
} art_html_span;

/* The same for the bytes of `count` spans of html, in order, as one page. */
htmlDocPtr art_html_parse_spans(const char *html, const art_html_span *spans, size_t count,
                                const char *url, const char *encoding);

/* The parts of UTF-8 html[0..len) to parse without the bodies of its
 * script and style elements, for libxml2 to parse faster into the same
 * tree but for their text (raw_text.c says exactly what is left out and
 * when it stops): an array of *count spans in order (release with
 * alc->free); NULL when there is nothing to leave out or out of memory:
 * parse html itself then. Spans, not a copy: the page is not held twice. */
art_html_span *art_html_raw_text_spans(const char *html, size_t len, size_t max_text,
                                       const article_allocator *alc, size_t *count);

/* The bytes of those spans as one copy (tests); NULL as above. */
char *art_html_without_raw_text(const char *html, size_t len, size_t max_text,
                                const article_allocator *alc, size_t *out_len);

/* `href` made absolute against ctx->base_url (arena string), or NULL when
 * it cannot be a link target (javascript:, empty). */
const char *art_html_resolve_url(art_html_ctx *ctx, const char *href);

/* MARK: - DOM helpers (dom.c) */

/* 1 when n is an element named `tag` (libxml2 lowercases HTML names).
 * Inline, comparing bytes itself: every walk asks it of every node, and
 * a call into strcmp for a one-letter name cost more than the test. */
static inline int art_dom_is(const xmlNode *n, const char *tag)
{
    if (!n || n->type != XML_ELEMENT_NODE || !n->name)
        return 0;
    const xmlChar *a = n->name;
    size_t i = 0;
    while (a[i] == (xmlChar)tag[i]) {
        if (!a[i])
            return 1;
        i++;
    }
    return 0;
}
/* An element's attributes in one block (xmlNode.psvi points to it, which
 * libxml2 leaves to its caller and never sets for HTML): the stages ask
 * about ten attributes of every element in several walks, and libxml2
 * keeps each attribute in two nodes of its own, scattered over the heap,
 * which every walk read out of cache again. */
typedef struct art_dom_attr_pair {
    const xmlChar *name;
    const char *value; /* the attribute's text, "" when it has none */
} art_dom_attr_pair;
typedef struct art_dom_attrs {
    const char *class_; /* class and id, asked most: NULL when absent */
    const char *id;
    /* What clean.c's class words make of class, id, role and aria-modal,
     * kept on first ask: the scorer and the converter ask about the same
     * elements. ART_DOM_HINT_UNSET until then. */
    signed char class_hint;
    /* art_html_is_hidden's answer (hidden, aria-hidden, style), kept on
     * first ask the same way: asked of most elements by several stages. */
    signed char hidden;
    size_t count;
    art_dom_attr_pair a[];
} art_dom_attrs;
/* Gathers n's attributes into one block of `scratch` for art_dom_attr
 * to read (none when n has none, or when out of memory: lookups then
 * walk libxml2's list); returns how many n has. The attributes may not
 * change afterwards but through art_dom_unset_attr. */
size_t art_dom_gather_attrs(art_arena *scratch, xmlNode *n);
#define ART_DOM_HINT_UNSET 127
/* xmlUnsetProp, keeping art_dom_attr right. */
void art_dom_unset_attr(xmlNode *n, const char *name);
/* An attribute's value, borrowed from the tree, or NULL. Inline up to
 * the attribute list: most elements a walk asks have none. */
const char *art_dom_attr_in(const xmlNode *n, const char *name);
static inline const char *art_dom_attr(const xmlNode *n, const char *name)
{
    if (!n || n->type != XML_ELEMENT_NODE || !n->properties)
        return NULL;
    /* name is a literal at nearly every call: these tests fold away. */
    const art_dom_attrs *r = (const art_dom_attrs *)n->psvi;
    if (r && name[0] == 'c' && name[1] == 'l' && name[2] == 'a' && name[3] == 's' &&
        name[4] == 's' && !name[5])
        return r->class_;
    if (r && name[0] == 'i' && name[1] == 'd' && !name[2])
        return r->id;
    return art_dom_attr_in(n, name);
}
/* 1 when the class attribute has `cls` as one of its words. */
int art_dom_has_class(const xmlNode *n, const char *cls);
/* The text of n's subtree with whitespace collapsed and trimmed (script,
 * style, template and noscript left out), as an arena string; "" when
 * there is none; NULL when out of memory. No recursion. */
const char *art_dom_text(art_html_ctx *ctx, const xmlNode *n);
/* Whitespace-collapsed, trimmed arena copy of s (NULL -> NULL). */
const char *art_html_clean_string(art_html_ctx *ctx, const char *s);

/* MARK: - Main content (content.c, convert.c, score.c, clean.c, figure.c) */

/* Converts the DOM subtree under `from` (its children, not `from` itself)
 * into blocks appended to `parent`, a block container (QUOTE, ITEM or
 * COMMENT). Headings become paragraphs; boilerplate is left out. No
 * recursion. Returns ARTICLE_OK or an error set in ctx->err. */
article_status art_html_convert_blocks(art_html_ctx *ctx, const xmlNode *from,
                                       article_node *parent);
/* Converts the children of `from` into sections appended to the document
 * root: every heading starts a section. `title` (may be NULL) is the
 * article's title: a first h1 equal to it is left out. */
article_status art_html_convert_body(art_html_ctx *ctx, const xmlNode *from);

/* Sets *out to the element holding the article body (the page's <body>
 * when nothing scores), or NULL for an empty page (score.c). */
article_status art_html_find_body(art_html_ctx *ctx, const xmlNode **out);

/* Boilerplate predicates (clean.c). */
/* 1 when element n is never part of a body: scripts, forms, navigation,
 * hidden elements, share bars, ads... (flags: ARTICLE_OPT_*). */
int art_html_is_junk(const xmlNode *n, unsigned flags);
/* 1 when n is hidden (hidden, aria-hidden, display:none). */
int art_html_is_hidden(const xmlNode *n);
/* 1 when n is an element that a browser lays out as a block. */
int art_html_is_blockish(const xmlNode *n);

/* Images and embeds (figure.c). */
/* The best real URL of an <img>, <picture> or <source> (lazy-loading
 * attributes, srcset's largest candidate, <noscript> fallback), resolved;
 * NULL when there is only a placeholder. */
const char *art_html_image_src(art_html_ctx *ctx, const xmlNode *img);
/* The image element to use inside n (n itself when an <img>), or NULL. */
const xmlNode *art_html_find_image(const xmlNode *n);
/* The provider of an embeddable URL ("youtube", "vimeo", ...), or NULL. */
const char *art_html_embed_provider(const char *url);

/* MARK: - Main content, exact boilerplate decisions (clean.c, score.c) */

/* 1 when element n is boilerplate by what it is (tag, role, hidden, an
 * <aside> or <footer>), whatever its class says. */
int art_html_is_junk_element(const xmlNode *n);
/* How strongly n's class or id says boilerplate: 0 not, 1 weakly, 2
 * strongly (a <form> is 2). Paragraphs, media, tables and links are 0. */
int art_html_junk_hint(const xmlNode *n, unsigned flags);
/* 1 when an element flagged with `hint` holds enough plain text (in
 * characters; `blocks` runs of 80 or more) to be kept all the same. */
int art_html_outweighs_hint(int hint, double plain, double linked, unsigned blocks);
/* art_html_find_body leaves its decision on every flagged element in
 * xmlNode._private (art_html_is_junk follows it, so the converter drops
 * exactly what the scorer did); art_html_clear_marks(root) takes them
 * off. No other stage uses _private (the fallback's count borrows it
 * and puts the marks back). */
#define ART_HTML_MARK_JUNK ((void *)(uintptr_t)1)
#define ART_HTML_MARK_KEEP ((void *)(uintptr_t)2)
void art_html_clear_marks(xmlNode *root);

/* MARK: - More DOM helpers (dom.c) */

/* 1 when attribute `attr` has `word` among its space-separated words,
 * ignoring ASCII case (rel, itemprop, and class where authors vary). */
int art_dom_attr_has_word(const xmlNode *n, const char *attr, const char *word);
/* Lowercased class and id of n, space-separated, into out (truncated);
 * "" when it has neither. The one reading of class and id that the
 * class-word rules (clean.c, related.c) match against. */
void art_dom_class_and_id(const xmlNode *n, char *out, size_t size);
/* A bounded look into n's subtree: 1 when an element named `tag` is
 * there within `budget` nodes, -1 when the budget ran out, else 0. */
int art_dom_contains(const xmlNode *root, const char *tag, int budget);
/* Visible characters (code points that are not whitespace) of n's text,
 * counting stops past `limit` (or after 400 nodes, which counts as
 * past); script and style left out. */
size_t art_dom_visible_len(const xmlNode *root, size_t limit);
/* Bytes of the text of n's subtree, whitespace included, counting stops
 * at `cap`; script and style left out. */
size_t art_dom_text_bytes(const xmlNode *root, size_t cap);
/* The next node in document order after n's subtree, within root; NULL at
 * the end of root. Inline, as art_dom_next: most walks step with them,
 * a call per node. */
static inline xmlNode *art_dom_skip(xmlNode *n, const xmlNode *root)
{
    while (n && n != root && !n->next)
        n = n->parent;
    if (!n || n == root)
        return NULL;
    return n->next;
}
/* art_dom_skip for the walks that only read the tree. */
static inline const xmlNode *art_dom_skip_const(const xmlNode *n, const xmlNode *root)
{
    while (n && n != root && !n->next)
        n = n->parent;
    return n && n != root ? n->next : NULL;
}
/* The next node in document order (into n's children first), within root. */
static inline xmlNode *art_dom_next(xmlNode *n, const xmlNode *root)
{
    if (n->type == XML_ELEMENT_NODE && n->children)
        return n->children;
    return art_dom_skip(n, root);
}
/* The <body> element, else the root element (NULL for an empty document). */
xmlNode *art_dom_body(htmlDocPtr html);

/* MARK: - Lines of the body that are not article text */

/* Lines of the body's flow that are not article text (flow.c). */
/* 1 when a heading's text is the article's title: equal once case,
 * punctuation and quotes are folded away, or the title is the heading
 * plus a suffix (" - Site"). */
int art_html_same_title(const char *heading, const char *title);
/* 1 when a short line is only interface words ("Close", "Play video",
 * "Advertisement", "1 of 12"), with no sentence punctuation. */
/* 1 when a short line is a photo credit naming a picture agency as a
 * part of its own ("Jane Doe/Getty Images", "© Reuters"). */
int art_html_agency_credit(const char *text);
int art_html_ui_label(const char *text);
/* 1 when a short line is a byline or dateline: only the doc's author
 * names, "By", dates, "Updated", "min read"...; or "By Jane Doe". */
int art_html_byline(const article_doc *doc, const char *text);
/* 1 when the first-two-letters index art_html_byline uses admits every
 * word of its lists (the index is written out as numbers; a test asks). */
int art_html_byline_openings_hold(void);
/* The same for the two-byte index of the teaser and credit openings. */
int art_html_teaser_openings_hold(void);
/* 1 when a short line is one of the doc's authors' names, alone or after
 * "By", "About the author", "Written by" (flow.c, asked by author_box.c). */
int art_html_author_line(const article_doc *doc, const char *text);

/* Blocks of the flow that are not content (flow.c), asked by the
 * converter as it closes a paragraph or heading. */
/* 1 when a short line (`prefix` its first bytes, `len` bytes of text of
 * which `linked` in links) is a teaser ("Read more: ...", "Sign up") or a
 * photo credit left in the flow ("Photo: Name / Agency"). */
int art_html_teaser_line(const art_html_ctx *ctx, const char *prefix, size_t len, size_t linked);
/* 1 when closed block r (a paragraph or heading of a section, `len`
 * bytes) is an interface label, or a byline above the prose (fewer than
 * two paragraphs of prose seen so far). */
int art_html_flow_junk(const art_html_ctx *ctx, const article_node *r, size_t len, int prose_seen);
/* 1 when a <header> holds an h1: the page's header, not the body's. */
int art_html_title_header(const xmlNode *n);

/* Structures that are not content as such (clean.c). */
/* 1 when a table is used for layout: role=presentation, one cell, a
 * nested table, or cells holding paragraphs. Data tables have several
 * short cells. */
int art_html_layout_table(const xmlNode *t);
/* 1 when n is a heading's permalink (Sphinx's a.headerlink): a link whose
 * whole text is "¶", "#", "§" or a link emoji. */
int art_html_permalink(art_html_ctx *ctx, const xmlNode *n);
/* 1 when n is a skip link: a link to "#…" whose short text opens with
 * "Skip to", "Skip navigation", "Jump to content" (or the same in a few
 * languages), which an accessible page puts before its menus. */
int art_html_skip_link(art_html_ctx *ctx, const xmlNode *n);

/* Captions and credits outside a <figure> (figure.c). */
/* 1 when n is a caption's credit: <small>, or class credit, copyright,
 * source. */
int art_html_credit_element(const xmlNode *n);
/* 1 when n is a caption or credit astray: a <figcaption> outside a
 * figure, or a short element whose class says caption/credit, holding no
 * media itself. */
int art_html_loose_caption(const xmlNode *n);
/* 1 when n or a box around it (3 levels) names itself after an image. */
int art_html_image_box(const xmlNode *n);
/* The provider ("twitter", "instagram", "tiktok") of an embedded social
 * post (blockquote.twitter-tweet and kin), or NULL. */
const char *art_html_social_provider(const xmlNode *q);

/* MARK: - Word lists */

/* Longest list an art_words index takes. */
#define ART_WORDS_MAX 64
#define ART_WORDS_SLOTS 27 /* 'a'..'z', then every other first byte */

/* A list of lowercase words indexed by first byte, for one pass over a
 * lowercased class/id string where a strstr per word would scan it once
 * per word. Built once by a pass over the page (art_words_init), then
 * asked of each element (dom.c). */
typedef struct art_words {
    const char *const *words;
    /* Bit b of pairs[a]: some word starts with a byte of slot a and then
     * one of slot b (a one-byte word sets them all), so that most places
     * of a string are passed over without walking a chain. */
    uint32_t pairs[ART_WORDS_SLOTS];
    signed char head[ART_WORDS_SLOTS];
    signed char next[ART_WORDS_MAX];
    unsigned char has_empty; /* "" is in the list: it is found anywhere */
} art_words;

/* Index the first min(count, ART_WORDS_MAX) words (they stay the caller's). */
void art_words_init(art_words *x, const char *const *words, size_t count);
/* 1 when one of x's words occurs in s: anywhere, or with `token` only as
 * a whole token (bounded by anything but a-z0-9). */
int art_words_find(const art_words *x, const char *s, int token);
/* art_words_find() with an index built for this one call. */
int art_words_in(const char *s, const char *const *words, size_t count, int token);

/* The class word lists of art_html_junk_hint, indexed (clean.c). */
typedef struct art_junk_words {
    art_words strong, weak, positive, popup;
} art_junk_words;
void art_html_junk_words_init(art_junk_words *w);
/* art_html_junk_hint() with the lists indexed once by the caller (NULL:
 * indexed here when needed). */
int art_html_junk_hint_with(const xmlNode *n, unsigned flags, const art_junk_words *w);

/* MARK: - The check and the fallback (fallback.c) */

/* Checks the converted body against the page's densest block of
 * paragraphs; when the body is far shorter or mostly links, replaces it
 * with that block converted (*fell_back = 1, *body the block), the
 * scorer's marks taken off the tree first; otherwise they stay. */
article_status art_html_check_body(art_html_ctx *ctx, const xmlNode **body, int *fell_back);
/* What art_html_check_body reads of the page's tree, taken before the
 * body is converted, for a page whose converted blocks are freed
 * (ctx->free_from): the main column and what the converter would keep
 * of it, and the densest block of paragraphs outside pop-ups (a body of
 * under two sentences, which looks into pop-ups too, needs the tree). */
typedef struct art_page_survey {
    xmlNode *col;
    size_t col_text;
    xmlNode *alt;
    size_t prose, blocks;
    int failed;
} art_page_survey;
void art_html_survey_page(art_html_ctx *ctx, const xmlNode *body, art_page_survey *out);
/* 1 when n is a <main> or role=main element that is not hidden. */
int art_html_is_main(const xmlNode *n);
/* Takes the sections read so far out of the document (a body read again). */
void art_html_drop_sections(art_html_ctx *ctx);

/* MARK: - The body of a page that is not an article (page_column.c) */

/* On a product, listing, service or documentation page (as the signals
 * and the body read so far say), reads again, keeping what is only
 * weakly flagged, the main column that holds the body. */
article_status art_html_read_page_column(art_html_ctx *ctx, const xmlNode *body);

/* 1 when n is a hidden block that a closed toggle before it opens (an
 * accordion's or a tab's panel) and not mostly links (panels.c). */
int art_html_collapsed_panel(const xmlNode *n);

/* Reveals the one hidden <div> or <noscript> that holds more text than
 * everything visible on the page (a streaming renderer's deferred
 * content, a thread for readers without scripts), before the body is
 * looked for (deferred.c). */
void art_html_reveal_deferred(art_html_ctx *ctx);

/* MARK: - Content shipped twice (repeats.c) */

/* The body's blocks and their folded texts, which both passes below
 * compare (body_units.h). */
typedef struct art_body_units art_body_units;

/* Drops from the model's body every run of blocks that all repeat the
 * text of earlier blocks, when three of them hold 40 or more folded
 * bytes (the page's content laid out twice). units: read here, or by
 * the pass before. */
article_status art_html_drop_repeats(art_html_ctx *ctx, art_body_units *units);

/* Drops from the model's body every preview: blocks followed right away
 * by the same blocks, the preview's last one cut short where its box
 * folds (previews.c). */
article_status art_html_drop_previews(art_html_ctx *ctx, art_body_units *units);

/* Lone links to the site's own pages closing an article (rule link_tail). */
article_status art_html_drop_link_tail(art_html_ctx *ctx);

/* MARK: - Pull quotes (pullquote.c) */

/* Drops from the DOM under `body` (not body itself) every quote-like
 * element (blockquote, or class/id pullquote, pull-quote, pullout...)
 * whose whole text, folded (case, whitespace, quotes, ellipses), occurs
 * in the body's other paragraphs. */
article_status art_html_drop_pull_quotes(art_html_ctx *ctx, const xmlNode *body);
/* Drops the box about the article's writer that closes the body (a name
 * line of the doc's author, a bio, an avatar) from the DOM under body,
 * before conversion (author_box.c). */
void art_html_drop_author_box(art_html_ctx *ctx, const xmlNode *body);

/* MARK: - What was read (page_type.c, confidence.c) */

/* Notes the schema.org @type of one JSON-LD object (jsonld.c calls it for
 * every object it visits). */
void art_page_note_jsonld(art_html_ctx *ctx, const void *json_object);
/* Walks the whole page once for the signals of its kind; a stage after
 * the metadata, before the others take related links and comments out of
 * the tree. */
article_status art_html_page_signals(art_html_ctx *ctx);
void art_html_body_stats(const article_doc *doc, art_body_stats *out);
/* art_html_body_stats of ctx->doc, measured again only when the document
 * changed since the last call (read_html.c). */
void art_html_doc_body_stats(art_html_ctx *ctx, art_body_stats *out);
/* Runs of letters and digits in s (any byte of a UTF-8 sequence counts as
 * a letter): the words of the body and of a declared articleBody alike. */
double art_html_count_words(const char *s);
/* 1 when the body statistics' count of words and non-space bytes, eight
 * bytes at a time, agrees with its definition byte by byte on s[0..len)
 * (page_type.c; a test asks). */
int art_html_count_text_holds(const char *s, size_t len);
/* The page type from the signals, the URL and what was read. */
article_page_type art_html_page_type(art_html_ctx *ctx, const art_body_stats *body);
/* The same without the development dump of the signals and without the
 * section's-front reading of the URL (a guess made before the body is
 * final: page_column.c). */
article_page_type art_html_guess_page_type(art_html_ctx *ctx, const art_body_stats *body);
/* After the content stage: sets the document's page type and confidence,
 * and its candidates when ARTICLE_OPT_CANDIDATES asks. */
article_status art_html_read_page_info(art_html_ctx *ctx);
/* A CSS-like path of element n from the <body> ("body > div#main >
 * article.post"), its start cut to "... > " when longer than size. */
void art_html_node_path(const xmlNode *n, char *buf, size_t size);
/* e^x for the logistic models, without libm; for |x| up to about 50. */
double art_exp_small(double x);
/* The confidence that the body is the main content (confidence.c). */
double art_html_confidence(art_html_ctx *ctx, article_page_type type, const art_body_stats *body);

#endif
