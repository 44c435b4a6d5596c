/* The box about the writer that closes an article: the author's name
 * (a link to their archive, "By Jane Doe", "About the author: Jane
 * Doe", an avatar beside it) and a few lines of biography. Sites mark it
 * with class names of every kind (author-box, author__bio, saboxplugin,
 * team_member), so the class hints catch only some of them; what they
 * share is what the box says and where it sits. An element of the body
 * whose text starts with a name line of the doc's authors (the metadata
 * stage has read them), holding little besides (a bio), after which the
 * body has next to no plain text, and before which it has the article,
 * is left out. A bio set as the article's last paragraph, with no line
 * of its own for the name, stays: truths keep those as often as not.
 * Runs on the DOM before conversion, like the pull quotes. */
#include "read_html.h"

#include <string.h>

/* A name line is short; a box is a name and a short bio; the text
 * before the name in its box is a label at most ("Author", "Full bio");
 * after the box, the body holds at most a line or two of plain text;
 * before it, the article. The walks up are bounded (a name line sits a
 * few levels below its box), and so are the boxes measured: a page that
 * repeats its author's name costs no more than one that does not. */
enum {
    NAME_LEVELS = 6,
    BOX_LEVELS = 8,
    MAX_TRIES = 8,
    NAME_CHARS = 80,
    BOX_CHARS = 1200,
    LABEL_CHARS = 40,
    AFTER_CHARS = 300,
    ARTICLE_CHARS = 500
};

static int skipped(const xmlNode *n, unsigned flags)
{
    return art_dom_is(n, "script") || art_dom_is(n, "style") || art_dom_is(n, "template") ||
           art_dom_is(n, "noscript") || art_html_is_junk(n, flags);
}

/* Visible characters of text under root in document order from `from`
 * (a node under root; NULL: root's first child) up to `stop` (NULL: the
 * end), leaving out what the converter drops and, with `plain`, links. */
static size_t chars_between(xmlNode *root, xmlNode *from, const xmlNode *stop, unsigned flags,
                            int plain)
{
    size_t k = 0;
    xmlNode *n = from ? from : root->children;
    while (n && n != stop) {
        if (n->type == XML_TEXT_NODE)
            k += art_visible_chars((const char *)n->content);
        int skip =
            n->type == XML_ELEMENT_NODE && (skipped(n, flags) || (plain && art_dom_is(n, "a")));
        n = skip ? art_dom_skip(n, root) : art_dom_next(n, root);
    }
    return k;
}

/* The text of a short subtree into out (size bytes), whitespace
 * collapsed, a space between blocks ("Jane Doe" and "Staff Writer" in
 * two divs are two words, not "DoeStaff"). 0 when it does not fit. */
static int line_text(xmlNode *root, char *out, size_t size)
{
    size_t k = 0;
    int space = 0;
    xmlNode *n = root->children;
    while (n) {
        if (n->type == XML_TEXT_NODE && n->content) {
            for (const char *c = (const char *)n->content; *c; c++) {
                if (art_is_space((unsigned char)*c)) {
                    space = 1;
                    continue;
                }
                if (k + 3 > size)
                    return 0;
                if (space && k)
                    out[k++] = ' ';
                space = 0;
                out[k++] = *c;
            }
        } else if (n->type == XML_ELEMENT_NODE && (art_html_is_blockish(n) || art_dom_is(n, "br")))
            space = 1;
        n = art_dom_is(n, "script") || art_dom_is(n, "style") ? art_dom_skip(n, root)
                                                              : art_dom_next(n, root);
    }
    out[k] = '\0';
    return 1;
}

/* The box around name line `name`: the highest element below root that
 * holds at most BOX_CHARS and starts with the name (a label at most
 * before it); NULL when that is the name line itself or an inline. */
static xmlNode *box_of(xmlNode *root, xmlNode *name, unsigned flags)
{
    xmlNode *box = name;
    int up = 0;
    for (xmlNode *p = name->parent; p && p != root && up < BOX_LEVELS; p = p->parent, up++) {
        if (art_dom_visible_len(p, BOX_CHARS) > BOX_CHARS ||
            chars_between(p, NULL, name, flags, 0) > LABEL_CHARS)
            break;
        box = p;
    }
    return box != name && art_html_is_blockish(box) ? box : NULL;
}

/* 1 when box closes the article under root: the article before it, next
 * to no plain text after it. */
static int closes_article(xmlNode *root, xmlNode *box, unsigned flags)
{
    size_t own = art_dom_visible_len(box, BOX_CHARS);
    size_t before = chars_between(root, NULL, box, flags, 0);
    if (before < ARTICLE_CHARS || before < 3 * own)
        return 0;
    xmlNode *after = art_dom_skip(box, root);
    return !after || chars_between(root, after, NULL, flags, 1) <= AFTER_CHARS;
}

/* 1 when text holds word w (len bytes) at a word's start, ASCII case
 * folded. */
static int has_word(const char *text, const char *w, size_t len)
{
    for (const char *t = text; *t; t++) {
        if (t != text && !art_is_space((unsigned char)t[-1]) && t[-1] != '>' && t[-1] != '(')
            continue;
        size_t i = 0;
        while (i < len && t[i] && (t[i] | 0x20) == (w[i] | 0x20))
            i++;
        if (i == len)
            return 1;
    }
    return 0;
}

/* 1 when text names one of the doc's authors by their first word: the
 * cheap test every text node of the body gets. */
static int mentions_author(const article_doc *doc, const char *text)
{
    size_t count = article_doc_author_count(doc);
    for (size_t i = 0; i < count && i < 16; i++) {
        const char *name = article_doc_author_name(doc, i);
        size_t len = name ? strcspn(name, " ,") : 0;
        if (len >= 2 && has_word(text, name, len))
            return 1;
    }
    return 0;
}

void art_html_drop_author_box(art_html_ctx *ctx, const xmlNode *body)
{
    if (!body || !body->children || article_doc_author_count(ctx->doc) == 0)
        return;
    /* The body element itself stays put; its children are ours to drop. */
    xmlNode *root = body->children->parent;
    int tries = MAX_TRIES;
    xmlNode *n = root->children;
    while (n && tries > 0) {
        if (n->type == XML_ELEMENT_NODE &&
            (art_dom_is(n, "script") || art_dom_is(n, "style") || art_dom_is(n, "template") ||
             art_dom_is(n, "noscript") || art_html_is_junk_element(n))) {
            n = art_dom_skip(n, root);
            continue;
        }
        if (n->type != XML_TEXT_NODE || !n->content || !n->parent || n->parent == root ||
            !mentions_author(ctx->doc, (const char *)n->content)) {
            n = art_dom_next(n, root);
            continue;
        }
        /* The name line: the outermost short element around the text (a
         * few levels up at most). Junk marks of the class hints do not
         * count here: a name line is often flagged ("author", "meta") as
         * too short to keep. */
        xmlNode *line = n->parent;
        for (int up = 0; up < NAME_LEVELS && line->parent && line->parent != root &&
                         art_dom_visible_len(line->parent, NAME_CHARS) <= NAME_CHARS;
             up++)
            line = line->parent;
        char text[256];
        xmlNode *box = NULL;
        if (art_dom_visible_len(line, NAME_CHARS) <= NAME_CHARS &&
            line_text(line, text, sizeof text) && art_html_author_line(ctx->doc, text)) {
            tries--;
            box = box_of(root, line, ctx->flags);
        }
        if (box && closes_article(root, box, ctx->flags)) {
            xmlUnlinkNode(box);
            xmlFreeNode(box);
            return;
        }
        n = art_dom_skip(line, root);
    }
}
