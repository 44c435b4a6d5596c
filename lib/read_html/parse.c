/* The one libxml2 parse of the reader: its options in one place. */
#include "read_html.h"

#include <libxml/SAX2.h>
#include <string.h>

/* Parser options: recover from any markup, never print, never fetch.
 * Not HTML_PARSE_NOBLANKS: libxml2 then drops a whitespace-only text node
 * after elements missing from its list of inline ones (sup, sub, img,
 * time...), so `a<sup>1</sup> <sup>2</sup>` would lose its space. The
 * converter collapses whitespace itself.
 *
 * Measured (zyte pages, libxml2 2.9.14): NOBLANKS, NODEFDTD, IGNORE_ENC or
 * no COMPACT change the parse time by under 2%. Leaving out the encoding
 * of UTF-8 input would save libxml2's copy of it through its UTF-8
 * "converter" (a sixth of the parse of a large page), but libxml2 then
 * guesses Latin-1 from a <meta charset> on the first non-ASCII byte, even
 * with IGNORE_ENC: not the same tree (tests/raw_text checks it). */
#define ART_HTML_PARSE_OPTIONS                                                                     \
    (HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |           \
     HTML_PARSE_COMPACT)

/* MARK: - Whitespace between blocks
 *
 * A page's source has a newline after most </p>, and libxml2 keeps each
 * as a text node of 120 bytes: on a page of paragraphs that is as much
 * memory as the paragraphs' elements. Between two blocks of the page's
 * flow such a node is layout of the source, not text, so the parse leaves
 * it out: whitespace after a block element is held back until the next
 * event and dropped when that event starts another block element; any
 * other event (text, an inline element, a comment, the parent's end)
 * first adds it as libxml2 would have, so the tree is the same but for
 * these nodes. libxml2's own choices do not read them: whitespace after
 * an element goes to `characters` whatever it decides (keepBlanks), and
 * its text nodes are merged at the next text event, which comes after
 * the held whitespace is added.
 *
 * Narrow on purpose: a subtree read as one string (art_dom_text: a link
 * card's title, an author box, a list item) has this whitespace as the
 * space between its blocks' words. Dropped between any two blocks, the
 * JSON of 15 of the 1,249 corpus pages changed (related titles "...U.S.
 * July 2" -> "...U.S.July 2", authors, related lists found or not); with
 * the lists below and never inside a link, list item or cell, none. */

/* Whitespace held back: at most this many bytes (a longer run is added
 * at once). */
#define ART_HELD_MAX 64

typedef struct art_sax_hold {
    charactersSAXFunc characters;
    charactersSAXFunc whitespace;
    startElementSAXFunc start;
    endElementSAXFunc end;
    commentSAXFunc comment;
    processingInstructionSAXFunc pi;
    cdataBlockSAXFunc cdata;
    endDocumentSAXFunc end_document;
    xmlNodePtr parent; /* where the held whitespace goes; NULL when none is held */
    int len;
    int ignorable; /* it came through ignorableWhitespace */
    xmlChar held[ART_HELD_MAX];
} art_sax_hold;

/* Blocks of prose whose neighbours' whitespace is dropped, the elements
 * they may sit in, and the ancestors under which whitespace is kept: text
 * shown as it is, or a subtree whose text is read as one string. Tested
 * by the name's first byte, then whole: the hold asks at every block's
 * end and for every ancestor of it (bsearch and its strcmp calls were a
 * fiftieth of a long page's instructions). */
static int same_name(const xmlChar *name, const char *s)
{
    return strcmp((const char *)name, s) == 0;
}

static int block_name(const xmlChar *n)
{
    if (!n)
        return 0;
    switch (n[0]) {
    case 'b':
        return same_name(n, "blockquote");
    case 'f':
        return same_name(n, "figure");
    case 'h':
        return n[1] >= '1' && n[1] <= '6' && !n[2];
    case 'o':
        return same_name(n, "ol");
    case 'p':
        return !n[1] || same_name(n, "pre");
    case 't':
        return same_name(n, "table");
    case 'u':
        return same_name(n, "ul");
    default:
        return 0;
    }
}

static int container_name(const xmlChar *n)
{
    if (!n)
        return 0;
    switch (n[0]) {
    case 'a':
        return same_name(n, "article");
    case 'b':
        return same_name(n, "body");
    case 'd':
        return same_name(n, "div");
    case 'm':
        return same_name(n, "main");
    case 's':
        return same_name(n, "section");
    default:
        return 0;
    }
}

static int keep_name(const xmlChar *n)
{
    if (!n)
        return 0;
    switch (n[0]) {
    case 'a':
        return !n[1];
    case 'b':
        return same_name(n, "button");
    case 'd':
        return (n[1] == 'd' || n[1] == 't') && !n[2];
    case 'l':
        return same_name(n, "label") || same_name(n, "li") || same_name(n, "listing");
    case 'p':
        return same_name(n, "plaintext") || same_name(n, "pre");
    case 's':
        return same_name(n, "summary");
    case 't':
        return ((n[1] == 'd' || n[1] == 'h') && !n[2]) || same_name(n, "textarea");
    case 'x':
        return same_name(n, "xmp");
    default:
        return 0;
    }
}

static int keeps_whitespace(const xmlNode *n)
{
    for (; n && n->type == XML_ELEMENT_NODE; n = n->parent)
        if (keep_name(n->name))
            return 1;
    return 0;
}

static art_sax_hold *hold_of(void *ctx)
{
    return (art_sax_hold *)((htmlParserCtxtPtr)ctx)->_private;
}

/* Adds the held whitespace where libxml2 would have added it. */
static void flush(void *ctx, art_sax_hold *h)
{
    if (!h->parent)
        return;
    h->parent = NULL;
    (h->ignorable ? h->whitespace : h->characters)(ctx, h->held, h->len);
}

static int all_blank(const xmlChar *ch, int len)
{
    for (int i = 0; i < len; i++)
        if (ch[i] != ' ' && ch[i] != '\t' && ch[i] != '\n' && ch[i] != '\r')
            return 0;
    return 1;
}

static void text_event(void *ctx, const xmlChar *ch, int len, int ignorable)
{
    htmlParserCtxtPtr ctxt = ctx;
    art_sax_hold *h = hold_of(ctx);
    xmlNodePtr parent = ctxt->node;
    xmlNodePtr last = parent ? parent->last : NULL;
    if (!h->parent && len > 0 && len <= ART_HELD_MAX && last && last->type == XML_ELEMENT_NODE &&
        block_name(last->name) && container_name(parent->name) && all_blank(ch, len) &&
        !keeps_whitespace(parent)) {
        memcpy(h->held, ch, (size_t)len);
        h->len = len;
        h->ignorable = ignorable;
        h->parent = parent;
        return;
    }
    flush(ctx, h);
    (ignorable ? h->whitespace : h->characters)(ctx, ch, len);
}

static void on_characters(void *ctx, const xmlChar *ch, int len)
{
    text_event(ctx, ch, len, 0);
}

static void on_whitespace(void *ctx, const xmlChar *ch, int len)
{
    text_event(ctx, ch, len, 1);
}

static void on_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
    art_sax_hold *h = hold_of(ctx);
    if (h->parent && h->parent == ((htmlParserCtxtPtr)ctx)->node && block_name(name))
        h->parent = NULL; /* between two blocks: left out */
    else
        flush(ctx, h);
    h->start(ctx, name, atts);
}

static void on_end(void *ctx, const xmlChar *name)
{
    art_sax_hold *h = hold_of(ctx);
    flush(ctx, h);
    h->end(ctx, name);
}

static void on_comment(void *ctx, const xmlChar *value)
{
    art_sax_hold *h = hold_of(ctx);
    flush(ctx, h);
    h->comment(ctx, value);
}

static void on_pi(void *ctx, const xmlChar *target, const xmlChar *data)
{
    art_sax_hold *h = hold_of(ctx);
    flush(ctx, h);
    h->pi(ctx, target, data);
}

static void on_cdata(void *ctx, const xmlChar *value, int len)
{
    art_sax_hold *h = hold_of(ctx);
    flush(ctx, h);
    h->cdata(ctx, value, len);
}

static void on_end_document(void *ctx)
{
    art_sax_hold *h = hold_of(ctx);
    flush(ctx, h);
    h->end_document(ctx);
}

/* Routes the tree builder's events through the hold; 0 when one of them
 * is missing (then the parse keeps libxml2's own handlers). */
static int hold_install(htmlParserCtxtPtr ctxt, art_sax_hold *h)
{
    xmlSAXHandlerPtr sax = ctxt->sax;
    memset(h, 0, sizeof *h);
    h->characters = sax->characters;
    h->whitespace = sax->ignorableWhitespace;
    h->start = sax->startElement;
    h->end = sax->endElement;
    h->comment = sax->comment;
    h->pi = sax->processingInstruction;
    h->cdata = sax->cdataBlock;
    h->end_document = sax->endDocument;
    if (!h->characters || !h->whitespace || !h->start || !h->end || !h->comment || !h->pi ||
        !h->cdata || !h->end_document)
        return 0;
    sax->characters = on_characters;
    sax->ignorableWhitespace = on_whitespace;
    sax->startElement = on_start;
    sax->endElement = on_end;
    sax->comment = on_comment;
    sax->processingInstruction = on_pi;
    sax->cdataBlock = on_cdata;
    sax->endDocument = on_end_document;
    ctxt->_private = h;
    return 1;
}

/* MARK: - Input read in steps
 *
 * htmlCtxtReadMemory copies the whole input into libxml2's buffer, then
 * its UTF-8 "converter" copies it again into a buffer grown by doubling:
 * three times the page's size held while the tree is built (12.5 MB of
 * the 4.2 MB page of paragraphs, a third of the parse's peak). Read
 * through a callback instead, libxml2 takes the page a few kilobytes at a
 * time and gives each step back as it parses on (its pull parser is the
 * same; only its buffer is refilled): the same tree (test_raw_text
 * compares it with htmlReadMemory's on every corpus page). */

typedef struct art_mem_input {
    const char *base;
    const art_html_span *span; /* the one being read */
    const art_html_span *end;
    size_t done; /* bytes of *span already given */
} art_mem_input;

static int mem_read(void *ctx, char *buf, int len)
{
    art_mem_input *in = ctx;
    size_t want = len > 0 ? (size_t)len : 0, n = 0;
    while (n < want && in->span < in->end) {
        size_t left = in->span->len - in->done;
        size_t k = left < want - n ? left : want - n;
        memcpy(buf + n, in->base + in->span->start + in->done, k);
        n += k;
        in->done += k;
        if (in->done == in->span->len) {
            in->span++;
            in->done = 0;
        }
    }
    return (int)n;
}

static int mem_close(void *ctx)
{
    (void)ctx;
    return 0;
}

htmlDocPtr art_html_parse_spans(const char *html, const art_html_span *spans, size_t count,
                                const char *url, const char *encoding)
{
    htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
    if (!ctxt)
        return NULL;
    art_sax_hold hold;
    (void)hold_install(ctxt, &hold);
    art_mem_input in = {html, spans, spans + count, 0};
    htmlDocPtr page =
        htmlCtxtReadIO(ctxt, mem_read, mem_close, &in, url, encoding, ART_HTML_PARSE_OPTIONS);
    htmlFreeParserCtxt(ctxt);
    return page;
}

htmlDocPtr art_html_parse(const char *html, size_t len, const char *url, const char *encoding)
{
    art_html_span all = {0, len};
    return art_html_parse_spans(html, &all, 1, url, encoding);
}
