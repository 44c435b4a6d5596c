/* Images and embeds: the real URL behind lazy-loading markup, and which
 * iframes are media worth keeping. */
#include "read_html.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* 1 when a URL is a placeholder rather than the image: empty, data:,
 * about:blank, a 1x1 spacer, or not a URL at all (a lazy loader's JSON
 * settings, a template's "{{src}}"). */
static int placeholder(const char *u)
{
    if (!u)
        return 1;
    while (art_is_space((unsigned char)*u))
        u++;
    if (!*u || strncasecmp(u, "data:", 5) == 0 || strncasecmp(u, "about:", 6) == 0 ||
        strncasecmp(u, "javascript:", 11) == 0 || strpbrk(u, "{}\"<>"))
        return 1;
    return strstr(u, "spacer.gif") || strstr(u, "blank.gif") || strstr(u, "pixel.gif") ||
           strstr(u, "placeholder") || strstr(u, "lazy-load") || strstr(u, "1x1.");
}

/* The largest candidate of a srcset ("a.jpg 400w, b.jpg 800w" -> b.jpg),
 * copied into the arena; NULL when none is real. */
static const char *srcset_best(art_html_ctx *ctx, const char *set)
{
    if (!set)
        return NULL;
    const char *best = NULL;
    size_t best_len = 0;
    double best_size = -1;
    const char *p = set;
    while (*p) {
        while (*p && (art_is_space((unsigned char)*p) || *p == ','))
            p++;
        const char *u = p;
        while (*p && !art_is_space((unsigned char)*p))
            p++;
        size_t ul = (size_t)(p - u);
        /* A URL may end in the comma that separates candidates. */
        if (ul && u[ul - 1] == ',')
            ul--;
        double size = 1;
        while (*p && art_is_space((unsigned char)*p))
            p++;
        if (*p && *p != ',' && (u + ul == p || u[ul] != ',')) {
            char *end = NULL;
            double d = strtod(p, &end);
            if (end && end != p)
                size = d;
            while (*p && *p != ',')
                p++;
        }
        if (ul && size > best_size) {
            char tmp[16];
            size_t k = ul < sizeof tmp - 1 ? ul : sizeof tmp - 1;
            memcpy(tmp, u, k);
            tmp[k] = '\0';
            if (strncasecmp(tmp, "data:", 5) != 0) {
                best = u;
                best_len = ul;
                best_size = size;
            }
        }
    }
    if (!best)
        return NULL;
    const char *copy = art_doc_strndup(ctx->doc, best, best_len);
    return copy ? art_html_resolve_url(ctx, copy) : NULL;
}

static const char *const lazy_attrs[] = {
    "data-src",        "data-lazy-src", "data-original", "data-lazy",
    "data-hi-res-src", "data-full-src", "data-url",      "data-echo",
};

static const char *img_url(art_html_ctx *ctx, const xmlNode *img)
{
    for (size_t i = 0; i < sizeof lazy_attrs / sizeof *lazy_attrs; i++) {
        const char *v = art_dom_attr(img, lazy_attrs[i]);
        if (!placeholder(v))
            return art_html_resolve_url(ctx, v);
    }
    const char *src = art_dom_attr(img, "src");
    if (!placeholder(src))
        return art_html_resolve_url(ctx, src);
    const char *set = srcset_best(ctx, art_dom_attr(img, "data-srcset"));
    if (!set)
        set = srcset_best(ctx, art_dom_attr(img, "srcset"));
    return set;
}

const char *art_html_image_src(art_html_ctx *ctx, const xmlNode *n)
{
    if (!n)
        return NULL;
    const xmlNode *img = art_dom_is(n, "img") ? n : art_html_find_image(n);
    const char *url = img ? img_url(ctx, img) : NULL;
    if (url)
        return url;
    /* <picture><source srcset>: the first source with a real candidate.
     * libxml2 does not know <source> is empty, so the <img> may sit inside
     * it: look a few levels up for the picture, then through its subtree. */
    const xmlNode *pic = n;
    for (int up = 0; img && up < 3 && !art_dom_is(pic, "picture"); up++)
        pic = (up == 0 ? img : pic)->parent;
    if (pic && art_dom_is(pic, "picture")) {
        const xmlNode *s = pic->children;
        int budget = 200;
        while (s && budget-- > 0) {
            if (art_dom_is(s, "source")) {
                const char *set = srcset_best(ctx, art_dom_attr(s, "data-srcset"));
                if (!set)
                    set = srcset_best(ctx, art_dom_attr(s, "srcset"));
                if (set)
                    return set;
            }
            if (s->type == XML_ELEMENT_NODE && s->children) {
                s = s->children;
                continue;
            }
            if (!(s = art_dom_skip_const(s, pic)))
                break;
        }
    }
    /* A <noscript> next to the placeholder holds the real <img>. */
    for (const xmlNode *s = img ? img->next : NULL; s; s = s->next) {
        if (art_dom_is(s, "noscript")) {
            const xmlNode *fallback = art_html_find_image(s);
            return fallback && fallback != img ? img_url(ctx, fallback) : NULL;
        }
        if (s->type == XML_ELEMENT_NODE)
            break;
    }
    return NULL;
}

const xmlNode *art_html_find_image(const xmlNode *root)
{
    const xmlNode *fallback = NULL;
    const xmlNode *n = root ? root->children : NULL;
    while (n) {
        if (art_dom_is(n, "img")) {
            /* Inside <noscript> only if nothing else is found. */
            int in_noscript = 0;
            for (const xmlNode *p = n->parent; p && p != root; p = p->parent)
                if (art_dom_is(p, "noscript"))
                    in_noscript = 1;
            if (!in_noscript)
                return n;
            if (!fallback)
                fallback = n;
        }
        if (n->type == XML_ELEMENT_NODE && n->children) {
            n = n->children;
            continue;
        }
        if (!(n = art_dom_skip_const(n, root)))
            break;
    }
    return fallback;
}

const char *art_html_embed_provider(const char *url)
{
    static const struct {
        const char *host;
        const char *provider;
    } known[] = {
        {"youtube.com", "youtube"},       {"youtube-nocookie.com", "youtube"},
        {"youtu.be", "youtube"},          {"vimeo.com", "vimeo"},
        {"twitter.com", "twitter"},       {"x.com", "twitter"},
        {"instagram.com", "instagram"},   {"dailymotion.com", "dailymotion"},
        {"soundcloud.com", "soundcloud"}, {"spotify.com", "spotify"},
        {"tiktok.com", "tiktok"},
    };
    if (!url)
        return NULL;
    const char *host = strstr(url, "//");
    if (!host)
        return NULL;
    host += 2;
    size_t host_len = strcspn(host, "/?#:");
    for (size_t i = 0; i < sizeof known / sizeof *known; i++) {
        size_t kl = strlen(known[i].host);
        if (host_len < kl)
            continue;
        /* The host itself or a subdomain of it. */
        const char *tail = host + host_len - kl;
        if (strncasecmp(tail, known[i].host, kl) == 0 && (tail == host || tail[-1] == '.'))
            return known[i].provider;
    }
    return NULL;
}

/* MARK: - Captions and credits outside a <figure> */

/* A caption's credit: <small>, or a class that says credit, copyright,
 * source. */
int art_html_credit_element(const xmlNode *n)
{
    static const char *const words[] = {"credit", "copyright", "source"};
    if (art_dom_is(n, "small"))
        return 1;
    const char *cls = art_dom_attr(n, "class");
    for (size_t i = 0; cls && i < sizeof words / sizeof *words; i++)
        if (strstr(cls, words[i]))
            return 1;
    return 0;
}

/* A caption or credit that is not in a <figure>: a figcaption astray, or
 * a short element whose class says caption/credit (div.caption after an
 * image, p.wp-caption-text, span.photo-credit) holding no media itself
 * (div.wp-caption is the wrapper of the image). */
int art_html_loose_caption(const xmlNode *n)
{
    if (!art_dom_is(n, "figcaption")) {
        const char *cls = art_dom_attr(n, "class");
        if (!cls)
            return 0;
        char low[256];
        size_t k = 0;
        for (; cls[k] && k + 1 < sizeof low; k++)
            low[k] = (char)(cls[k] >= 'A' && cls[k] <= 'Z' ? cls[k] - 'A' + 'a' : cls[k]);
        low[k] = '\0';
        static const char *const words[] = {"caption", "credit"};
        size_t i = 0;
        while (i < sizeof words / sizeof *words && !strstr(low, words[i]))
            i++;
        if (i == sizeof words / sizeof *words)
            return 0;
    }
    if (art_dom_is(n, "table") || art_dom_is(n, "img") || art_dom_is(n, "figure") ||
        art_dom_is(n, "body"))
        return 0;
    static const char *const media[] = {"img", "picture", "figure", "table", "video", "iframe"};
    for (size_t i = 0; i < sizeof media / sizeof *media; i++)
        if (art_dom_contains(n, media[i], 300) != 0)
            return 0;
    return art_dom_visible_len(n, 400) <= 400;
}

/* 1 when n or a box around it (3 levels) names itself after an image:
 * class image, img, photo, picture, gallery, slide. */
int art_html_image_box(const xmlNode *n)
{
    static const char *const words[] = {"image", "img", "photo", "picture", "gallery", "slide"};
    for (int hop = 0; n && hop < 4; hop++, n = n->parent) {
        const char *cls = art_dom_attr(n, "class");
        if (!cls)
            continue;
        char low[256];
        size_t k = 0;
        for (; cls[k] && k + 1 < sizeof low; k++)
            low[k] = (char)(cls[k] >= 'A' && cls[k] <= 'Z' ? cls[k] - 'A' + 'a' : cls[k]);
        low[k] = '\0';
        for (size_t i = 0; i < sizeof words / sizeof *words; i++)
            if (strstr(low, words[i]))
                return 1;
    }
    return 0;
}

/* MARK: - Posts of social networks */

/* The classes that mark a social network's embedded post (a blockquote
 * its script turns into a card), rows of data; the first that matches
 * names the provider. */
static const struct {
    const char *cls, *provider;
} social_posts[] = {
    {"twitter-tweet", "twitter"},
    {"twitter-video", "twitter"},
    {"instagram-media", "instagram"},
    {"tiktok-embed", "tiktok"},
};

const char *art_html_social_provider(const xmlNode *q)
{
    for (size_t i = 0; i < sizeof social_posts / sizeof *social_posts; i++)
        if (art_dom_has_class(q, social_posts[i].cls))
            return social_posts[i].provider;
    return NULL;
}
