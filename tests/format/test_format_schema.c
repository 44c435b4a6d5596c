/* docs/article-1.schema.json against the member tables of lib/format.c,
 * which the JSON writer, the JSON reader and article_node_has_attr() all
 * use: each object's properties are the table's keys in the same order,
 * its required list is the table's required members, and a node's "type"
 * allows exactly its type name(s). A key added to one and not the other
 * fails here. */
#include "format.h"
#include "harness.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>

/* `def`'s properties and required keys against `table`. */
static void check_object(const char *name, json_t *def, const art_fmt_member *table)
{
    json_t *props = json_object_get(def, "properties");
    json_t *required = json_object_get(def, "required");
    OK(json_is_object(props), "%s: no properties", name);
    if (!json_is_object(props))
        return;
    size_t n = 0;
    const char *k;
    json_t *v;
    const art_fmt_member *m = table;
    json_object_foreach(props, k, v)
    {
        (void)v;
        OK(m->kind != M_END && m->key && strcmp(m->key, k) == 0,
           "%s: schema property %zu is \"%s\", the table has \"%s\"", name, n, k,
           m->kind != M_END && m->key ? m->key : "(end)");
        if (m->kind != M_END)
            m++;
        n++;
    }
    OK(m->kind == M_END, "%s: the table has \"%s\", the schema does not", name,
       m->key ? m->key : "?");
    size_t req = 0;
    for (m = table; m->kind != M_END; m++) {
        if (!art_fmt_required(m))
            continue;
        req++;
        int found = 0;
        size_t i;
        json_t *r;
        json_array_foreach(required, i, r) found |=
            json_is_string(r) && strcmp(json_string_value(r), m->key) == 0;
        OK(found, "%s: \"%s\" is required by the table, not by the schema", name, m->key);
    }
    INT_EQ(json_array_size(required), req);
}

/* The JSON type names a def's "type" allows: const or enum. */
static int allows_type(json_t *def, const char *type_name)
{
    json_t *t = json_object_get(json_object_get(def, "properties"), "type");
    json_t *c = json_object_get(t, "const");
    if (c)
        return strcmp(json_string_value(c), type_name) == 0;
    size_t i;
    json_t *e;
    json_array_foreach(json_object_get(t, "enum"), i,
                       e) if (strcmp(json_string_value(e), type_name) == 0) return 1;
    return 0;
}

int main(int argc, char **argv)
{
    json_error_t jerr;
    /* ctest names the schema; run by hand (or under valgrind by
     * scripts/ci-hardening.sh) from the repository root, it is found there. */
    const char *path = argc > 1 ? argv[1] : "docs/article-1.schema.json";
    json_t *schema = json_load_file(path, 0, &jerr);
    OK(schema != NULL, "cannot read the schema %s: %s", path, jerr.text);
    if (!schema)
        return harness_done("test_format_schema");
    json_t *defs = json_object_get(schema, "$defs");
    int is_array;
    check_object("document", schema, art_fmt_members(ARTICLE_NODE_DOCUMENT, &is_array));
    check_object("image", json_object_get(defs, "image"), art_fmt_image);
    check_object("person", json_object_get(defs, "person"), art_fmt_person);
    /* Every node type that is a JSON object has a def of its own. */
    static const struct {
        article_node_type type;
        const char *def;
    } objects[] = {
        {ARTICLE_NODE_SECTION, "section"},
        {ARTICLE_NODE_RELATED, "related"},
        {ARTICLE_NODE_COMMENT, "comment"},
        {ARTICLE_NODE_CELL, "cell"},
        {ARTICLE_NODE_PARAGRAPH, "paragraph"},
        {ARTICLE_NODE_QUOTE, "quote"},
        {ARTICLE_NODE_FIGURE, "figure"},
        {ARTICLE_NODE_LIST, "list"},
        {ARTICLE_NODE_TABLE, "table"},
        {ARTICLE_NODE_CODE_BLOCK, "code_block"},
        {ARTICLE_NODE_EMBED, "embed"},
        {ARTICLE_NODE_RULE, "rule"},
        {ARTICLE_NODE_LINK, "link"},
        {ARTICLE_NODE_EM, "span"},
        {ARTICLE_NODE_STRONG, "span"},
        {ARTICLE_NODE_SUB, "span"},
        {ARTICLE_NODE_SUP, "span"},
        {ARTICLE_NODE_DEL, "span"},
        {ARTICLE_NODE_CODE, "code_span"},
        {ARTICLE_NODE_BREAK, "break"},
    };
    int covered[ARTICLE_NODE_LAST_INLINE + 1] = {0};
    for (size_t i = 0; i < sizeof objects / sizeof objects[0]; i++) {
        json_t *def = json_object_get(defs, objects[i].def);
        const art_fmt_member *table = art_fmt_members(objects[i].type, &is_array);
        OK(def != NULL && !is_array, "no object def \"%s\"", objects[i].def);
        if (!def)
            continue;
        check_object(objects[i].def, def, table);
        if (art_fmt_find(table, "type"))
            OK(allows_type(def, art_fmt_type_name(objects[i].type)),
               "%s: \"type\" does not allow \"%s\"", objects[i].def,
               art_fmt_type_name(objects[i].type));
        covered[objects[i].type] = 1;
    }
    /* The rest are arrays (heading, caption, attribution, item, row), the
     * document, or text (a bare string): a new object type must be listed
     * above, with its def in the schema. */
    for (int t = ARTICLE_NODE_DOCUMENT; t <= ARTICLE_NODE_LAST_INLINE; t++) {
        if (strcmp(article_node_type_string((article_node_type)t), "none") == 0 ||
            t == ARTICLE_NODE_DOCUMENT || t == ARTICLE_NODE_TEXT)
            continue;
        art_fmt_members((article_node_type)t, &is_array);
        OK(is_array || covered[t], "node type %s has no def checked here",
           article_node_type_string((article_node_type)t));
    }
    json_decref(schema);
    return harness_done("test_format_schema");
}
