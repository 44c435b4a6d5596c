/* Named extraction rules, so that the bench can switch any one off and
 * measure what it is worth (tests/bench/corpus_score.py --ablate). The
 * switch is a development aid, not public API: the environment variable
 * ARTICLE_DEV_WITHOUT, a comma-separated list of rule names, read once per
 * page (docs/reader.md, "Development switches"). Unknown names are
 * ignored; without the variable every rule is on. */
#include "read_html.h"

#include <stdlib.h>
#include <string.h>

/* In the order of art_rule (read_html.h). */
static const char *const rule_names[ART_RULE_COUNT] = {
    "class_hints",      "spare_wrapper",  "teaser_cards",  "isolated_prose", "tighten",
    "semantic_body",    "lone_article",   "pull_quotes",   "teaser_lines",   "photo_credits",
    "ui_labels",        "byline_lines",   "title_heading", "title_header",   "loose_captions",
    "layout_tables",    "permalinks",     "fallback",      "main_column",    "deferred_content",
    "thread_posts",     "shown_date",     "thread_quotes", "page_column",    "label_byline",
    "picture_byline",   "local_day",      "bare_listings", "article_h1",     "repeated_runs",
    "collapsed_panels", "micro_item",     "author_box",    "teaser_marks",   "skip_links",
    "shown_change",     "previews",       "section_front", "declared_kind",  "headline_column",
    "boxed_prose",      "linked_surplus", "link_tail",     "thread_author",  "host_words",
    "thread_date",
};

const char *art_html_rule_name(art_rule r)
{
    return (unsigned)r < ART_RULE_COUNT ? rule_names[r] : "";
}

uint64_t art_html_rules_off_from_env(void)
{
    const char *v = getenv("ARTICLE_DEV_WITHOUT");
    uint64_t off = 0;
    while (v && *v) {
        const char *end = strchr(v, ',');
        size_t len = end ? (size_t)(end - v) : strlen(v);
        for (unsigned i = 0; i < ART_RULE_COUNT; i++)
            if (strlen(rule_names[i]) == len && memcmp(rule_names[i], v, len) == 0)
                off |= UINT64_C(1) << i;
        v = end ? end + 1 : NULL;
    }
    return off;
}

int art_html_rule(const art_html_ctx *ctx, art_rule r)
{
    return !(ctx->rules_off & (UINT64_C(1) << r));
}
