/* JSON article/1 reader: jansson parses, then a strict conversion to the
 * model.
 *
 * The conversion never recurses: arrays still to convert are jobs on an
 * explicit stack. Converting one element may create its node and push jobs
 * for its arrays (in reverse, so that they run in document order, each to
 * completion before the next). Containers that must come after their
 * siblings (a quote's attribution follows its blocks) are linked only when
 * their job starts. On error the JSON path is rebuilt from the job chain and
 * located in the text (json_locate.c) for a line and column. */
#include "canonical.h"
#include "deadline.h"
#include "format.h"
#include "json_locate.h"

#include <jansson.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>

#define NO_JOB SIZE_MAX

typedef enum job_kind {
    J_SECTIONS,
    J_BLOCKS,
    J_INLINES,
    J_ITEMS,
    J_ROWS,
    J_CELLS,
    J_RELATED,
    J_COMMENTS
} job_kind;

typedef struct job {
    json_t *arr;
    size_t i;              /* next element */
    article_node *parent;  /* where the elements go */
    article_node *link_to; /* append parent here when the job starts */
    const char *key;       /* arr's key in its object; NULL: arr is an element */
    size_t up;             /* job whose element holds arr, or NO_JOB (top) */
    size_t up_index;       /* that element's index */
    size_t depth;          /* JSON nesting depth of arr */
    job_kind kind;
} job;

typedef struct reader {
    const char *text;
    size_t len;
    article_error *err;
    article_allocator alc;
    article_doc *doc;
    size_t max_depth, max_nodes, max_text;
    job *jobs;
    size_t njobs, cap;
    /* Where the value being converted is: element `elem` of job `cur` (or
     * the top object), then the local steps in loc[]. */
    size_t cur, elem;
    art_json_seg loc[4];
    size_t nloc;
    article_status status;
    art_deadline deadline; /* opts->max_time */
} reader;

/* MARK: - Errors */

static void format_path(char *out, size_t cap, const art_json_seg *segs, size_t n)
{
    size_t used = 0;
    out[0] = '\0';
    for (size_t i = 0; i < n && used + 1 < cap; i++) {
        int w;
        if (segs[i].key)
            w = snprintf(out + used, cap - used, "%s%s", used ? "." : "", segs[i].key);
        else
            w = snprintf(out + used, cap - used, "[%zu]", segs[i].index);
        if (w < 0)
            break;
        used += (size_t)w;
        if (used >= cap)
            used = cap - 1;
    }
}

/* Fails with `status` at the current value, plus `key` (may be NULL). */
static int fail(reader *r, article_status status, const char *key, int at_key, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;

static int fail(reader *r, article_status status, const char *key, int at_key, const char *fmt, ...)
{
    r->status = status;
    if (!r->err)
        return -1;
    r->err->status = status;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->err->message, sizeof r->err->message, fmt, ap);
    va_end(ap);
    /* Count the steps: two per job in the chain, the local ones, the key. */
    size_t n = r->nloc + (key ? 1 : 0);
    for (size_t j = r->cur, e = 1; j != NO_JOB; j = r->jobs[j].up, e = 1)
        n += e + (r->jobs[j].key ? 1 : 0);
    art_json_seg *segs = r->alc.malloc(r->alc.ctx, (n ? n : 1) * sizeof *segs);
    if (!segs)
        return -1; /* the status and message stand; no path */
    size_t k = n;
    if (key)
        segs[--k] = (art_json_seg){key, 0};
    for (size_t i = r->nloc; i > 0; i--)
        segs[--k] = r->loc[i - 1];
    size_t idx = r->elem;
    for (size_t j = r->cur; j != NO_JOB; j = r->jobs[j].up) {
        segs[--k] = (art_json_seg){NULL, idx};
        if (r->jobs[j].key)
            segs[--k] = (art_json_seg){r->jobs[j].key, 0};
        idx = r->jobs[j].up_index;
    }
    format_path(r->err->path, sizeof r->err->path, segs, n);
    size_t off = art_json_locate(r->text, r->len, segs, n, at_key);
    int line, col;
    art_json_line_col(r->text, r->len, off, &line, &col);
    art_error_set_position(r->err, line, col, off);
    r->alc.free(r->alc.ctx, segs);
    return -1;
}

/* A failed model call: out of memory, or (should not happen) a bad value. */
static int fail_model(reader *r, article_status st, const char *key)
{
    if (st == ARTICLE_ERR_NOMEM)
        return fail(r, st, NULL, 0, "out of memory");
    return fail(r, st, key, 0, "value rejected by the model");
}

/* MARK: - Typed members */

static const char *type_word(json_type t)
{
    switch (t) {
    case JSON_OBJECT:
        return "an object";
    case JSON_ARRAY:
        return "an array";
    case JSON_STRING:
        return "a string";
    case JSON_INTEGER:
        return "an integer";
    case JSON_REAL:
        return "a number";
    case JSON_TRUE:
    case JSON_FALSE:
        return "a boolean";
    case JSON_NULL:
        return "null";
    }
    return "a value";
}

/* The member `key` of `obj` if it has type `t`; NULL when absent (an error
 * when required) or of another type (always an error; *bad set). */
static json_t *member(reader *r, json_t *obj, const char *key, json_type t, int required, int *bad)
{
    json_t *v = json_object_get(obj, key);
    if (!v) {
        if (required) {
            *bad = 1;
            fail(r, ARTICLE_ERR_SCHEMA, key, 0, "missing required key \"%s\"", key);
        }
        return NULL;
    }
    json_type vt = json_typeof(v);
    if (vt == JSON_STRING && vt == t && json_string_length(v) > r->max_text) {
        *bad = 1;
        fail(r, ARTICLE_ERR_LIMIT, key, 0, "a string is longer than max_text (%zu bytes)",
             r->max_text);
        return NULL;
    }
    if (vt == t || (t == JSON_TRUE && vt == JSON_FALSE))
        return v;
    *bad = 1;
    fail(r, ARTICLE_ERR_SCHEMA, key, 0, "\"%s\" must be %s, not %s", key, type_word(t),
         type_word(vt));
    return NULL;
}

/* Rejects keys that are not members of `table` (format.c), first in text
 * order. */
static int check_keys(reader *r, json_t *obj, const art_fmt_member *table)
{
    const char *k;
    json_t *v;
    json_object_foreach(obj, k, v)
    {
        if (!art_fmt_find(table, k))
            return fail(r, ARTICLE_ERR_SCHEMA, k, 1, "unknown key \"%s\"", k);
    }
    return 0;
}

/* Refuses a string that the HTML round trip would change (canonical.c). */
static int canonical(reader *r, const char *key, article_attr attr, const char *s)
{
    const char *problem = art_canon_attr_problem(attr, s);
    return problem ? fail(r, ARTICLE_ERR_SCHEMA, key, 0, "\"%s\" %s", key, problem) : 0;
}

/* Optional string attribute of a node. */
static int node_string(reader *r, json_t *obj, const char *key, int required, article_node *n,
                       article_attr attr)
{
    int bad = 0;
    json_t *v = member(r, obj, key, JSON_STRING, required, &bad);
    if (bad)
        return -1;
    if (!v || canonical(r, key, attr, json_string_value(v)))
        return v ? -1 : 0;
    article_status st = article_node_set_string(n, attr, json_string_value(v));
    return st == ARTICLE_OK ? 0 : fail_model(r, st, key);
}

/* Optional integer in [min, max]; *out untouched when absent. */
static int get_int(reader *r, json_t *obj, const char *key, int min, int max, int *out)
{
    int bad = 0;
    json_t *v = member(r, obj, key, JSON_INTEGER, 0, &bad);
    if (bad)
        return -1;
    if (!v)
        return 0;
    json_int_t x = json_integer_value(v);
    if (x < min || x > max) {
        if (max == INT_MAX)
            return fail(r, ARTICLE_ERR_SCHEMA, key, 0, "\"%s\" must be %s %d", key,
                        x < min ? ">=" : "<=", x < min ? min : max);
        return fail(r, ARTICLE_ERR_SCHEMA, key, 0, "\"%s\" must be %d..%d", key, min, max);
    }
    *out = (int)x;
    return 0;
}

static int node_int(reader *r, json_t *obj, const char *key, int min, article_node *n,
                    article_attr attr)
{
    int x = INT_MIN;
    int max = attr == ARTICLE_ATTR_LEVEL ? 6 : INT_MAX;
    if (get_int(r, obj, key, min, max, &x))
        return -1;
    if (x == INT_MIN)
        return 0;
    article_status st = article_node_set_int(n, attr, x);
    return st == ARTICLE_OK ? 0 : fail_model(r, st, key);
}

static int node_bool(reader *r, json_t *obj, const char *key, int required, article_node *n,
                     article_attr attr)
{
    int bad = 0;
    json_t *v = member(r, obj, key, JSON_TRUE, required, &bad);
    if (bad)
        return -1;
    if (!v)
        return 0;
    article_status st = article_node_set_int(n, attr, json_is_true(v) ? 1 : 0);
    return st == ARTICLE_OK ? 0 : fail_model(r, st, key);
}

/* An image object {src, alt, width, height} under `key`. */
static int read_image(reader *r, json_t *img, const char **src, const char **alt, int *width,
                      int *height)
{
    int bad = 0;
    if (check_keys(r, img, art_fmt_image))
        return -1;
    json_t *s = member(r, img, "src", JSON_STRING, 1, &bad);
    json_t *a = bad ? NULL : member(r, img, "alt", JSON_STRING, 0, &bad);
    if (bad)
        return -1;
    *src = json_string_value(s);
    *alt = a ? json_string_value(a) : NULL;
    if (canonical(r, "src", ARTICLE_ATTR_SRC, *src) || canonical(r, "alt", ARTICLE_ATTR_ALT, *alt))
        return -1;
    *width = *height = 0;
    if (get_int(r, img, "width", 0, INT_MAX, width) ||
        get_int(r, img, "height", 0, INT_MAX, height))
        return -1;
    return 0;
}

/* MARK: - Jobs */

static int push_job(reader *r, json_t *arr, job_kind kind, article_node *parent,
                    article_node *link_to, const char *key, size_t depth)
{
    if (json_array_size(arr) == 0)
        return 0; /* nothing to convert; link_to is not linked either */
    if (depth > r->max_depth)
        return fail(r, ARTICLE_ERR_LIMIT, key, 0, "input is nested deeper than max_depth (%zu)",
                    r->max_depth);
    if (r->njobs == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 64;
        job *j = r->alc.realloc(r->alc.ctx, r->jobs, cap * sizeof *j);
        if (!j)
            return fail(r, ARTICLE_ERR_NOMEM, NULL, 0, "out of memory");
        r->jobs = j;
        r->cap = cap;
    }
    job *j = &r->jobs[r->njobs++];
    j->arr = arr;
    j->i = 0;
    j->parent = parent;
    j->link_to = link_to;
    j->key = key;
    j->up = r->cur;
    j->up_index = r->elem;
    j->depth = depth;
    j->kind = kind;
    return 0;
}

/* A new node appended to `parent`. */
static article_node *new_child(reader *r, article_node *parent, article_node_type t)
{
    article_node *n = article_node_new(r->doc, t);
    if (!n) {
        fail(r, ARTICLE_ERR_NOMEM, NULL, 0, "out of memory");
        return NULL;
    }
    if (parent && article_node_append_child(parent, n) != ARTICLE_OK) {
        fail(r, ARTICLE_ERR_SCHEMA, NULL, 0, "a %s may not go here", article_node_type_string(t));
        return NULL;
    }
    return n;
}

/* Pending arrays of one element object, pushed in reverse at the end. */
typedef struct pending {
    json_t *arr;
    job_kind kind;
    article_node *parent;
    article_node *link_to;
    const char *key;
} pending;

typedef struct pendings {
    pending p[2];
    size_t n;
} pendings;

static void later(pendings *ps, json_t *arr, job_kind kind, article_node *parent,
                  article_node *link_to, const char *key)
{
    if (arr)
        ps->p[ps->n++] = (pending){arr, kind, parent, link_to, key};
}

/* An optional inline array under `key` of obj, into a new `t` node. */
static int nested_inlines(reader *r, json_t *obj, const char *key, int required,
                          article_node *owner, article_node_type t, pendings *ps)
{
    int bad = 0;
    json_t *a = member(r, obj, key, JSON_ARRAY, required, &bad);
    if (bad)
        return -1;
    if (!a || json_array_size(a) == 0)
        return 0;
    article_node *c = article_node_new(r->doc, t);
    if (!c)
        return fail(r, ARTICLE_ERR_NOMEM, NULL, 0, "out of memory");
    later(ps, a, J_INLINES, c, owner, key);
    return 0;
}

static int kids(reader *r, json_t *obj, const char *key, int required, job_kind kind,
                article_node *parent, pendings *ps)
{
    int bad = 0;
    json_t *a = member(r, obj, key, JSON_ARRAY, required, &bad);
    if (bad)
        return -1;
    later(ps, a, kind, parent, NULL, key);
    return 0;
}

/* MARK: - Elements */

/* The node type named by obj's "type"; NONE after an error. */
static article_node_type typed(reader *r, json_t *obj, int inline_type)
{
    int bad = 0;
    json_t *t = member(r, obj, "type", JSON_STRING, 1, &bad);
    if (bad)
        return ARTICLE_NODE_NONE;
    const char *s = json_string_value(t);
    article_node_type type = art_fmt_type_named(s, inline_type);
    if (type == ARTICLE_NODE_NONE)
        fail(r, ARTICLE_ERR_SCHEMA, "type", 0, "unknown %s type \"%s\"",
             inline_type ? "inline" : "block", s);
    return type;
}

/* The "image" object of a figure or related link into n's src, alt and
 * size. */
static int node_image(reader *r, json_t *img, article_node *n)
{
    const char *src, *alt;
    r->loc[r->nloc++] = (art_json_seg){"image", 0};
    int width = 0, height = 0;
    int rc = read_image(r, img, &src, &alt, &width, &height);
    r->nloc--;
    if (rc)
        return -1;
    art_node_slot(n, ARTICLE_ATTR_WIDTH)->i = width;
    art_node_slot(n, ARTICLE_ATTR_HEIGHT)->i = height;
    article_status st = article_node_set_string(n, ARTICLE_ATTR_SRC, src);
    if (st == ARTICLE_OK)
        st = article_node_set_string(n, ARTICLE_ATTR_ALT, alt);
    return st == ARTICLE_OK ? 0 : fail_model(r, st, "image");
}

/* A {name, url} object; *name NULL after an error. */
static int person(reader *r, json_t *obj, const char **name, const char **url)
{
    int bad = 0;
    if (check_keys(r, obj, art_fmt_person))
        return -1;
    json_t *nm = member(r, obj, "name", JSON_STRING, 1, &bad);
    json_t *u = bad ? NULL : member(r, obj, "url", JSON_STRING, 0, &bad);
    if (bad)
        return -1;
    if (json_string_length(nm) == 0)
        return fail(r, ARTICLE_ERR_SCHEMA, "name", 0, "\"name\" must not be empty");
    *name = json_string_value(nm);
    *url = u ? json_string_value(u) : NULL;
    if (canonical(r, "url", ARTICLE_ATTR_URL, *url))
        return -1;
    return 0;
}

/* A comment's "author" object into its author attributes. */
static int node_author(reader *r, json_t *obj, const char *key, article_node *n)
{
    int bad = 0;
    json_t *a = member(r, obj, key, JSON_OBJECT, 0, &bad);
    if (bad)
        return -1;
    if (!a)
        return 0;
    const char *name, *url;
    r->loc[r->nloc++] = (art_json_seg){key, 0};
    int rc = person(r, a, &name, &url);
    r->nloc--;
    if (rc)
        return -1;
    article_status st = article_node_set_string(n, ARTICLE_ATTR_AUTHOR, name);
    if (st == ARTICLE_OK)
        st = article_node_set_string(n, ARTICLE_ATTR_AUTHOR_URL, url);
    return st == ARTICLE_OK ? 0 : fail_model(r, st, key);
}

/* The job that converts an array of the children `filter` names. */
static job_kind job_of(unsigned filter)
{
    switch (filter) {
    case F_INLINE:
        return J_INLINES;
    case F_BLOCK:
        return J_BLOCKS;
    case ARTICLE_NODE_ITEM:
        return J_ITEMS;
    case ARTICLE_NODE_ROW:
        return J_ROWS;
    case ARTICLE_NODE_CELL:
        return J_CELLS;
    case ARTICLE_NODE_SECTION:
        return J_SECTIONS;
    case ARTICLE_NODE_RELATED:
        return J_RELATED;
    default:
        return J_COMMENTS;
    }
}

/* Reads obj into n as n's member table describes it (format.c): no key
 * outside it, each member in table order, arrays as jobs for later. */
static int read_members(reader *r, json_t *obj, article_node *n, pendings *ps)
{
    int is_array;
    const art_fmt_member *table = art_fmt_members((article_node_type)n->type, &is_array);
    if (check_keys(r, obj, table))
        return -1;
    for (const art_fmt_member *m = table; m->kind != M_END; m++) {
        int req = art_fmt_required(m);
        article_attr attr = (article_attr)m->attr;
        int bad = 0, rc = 0;
        switch ((art_fmt_kind)m->kind) {
        case M_STR:
        case M_STR_REQ:
            rc = node_string(r, obj, m->key, req, n, attr);
            break;
        case M_DATE: {
            rc = node_string(r, obj, m->key, req, n, attr);
            const char *when = rc ? NULL : article_node_get_string(n, attr);
            if (when && !art_iso8601_valid(when))
                rc = fail(r, ARTICLE_ERR_SCHEMA, m->key, 0,
                          "\"%s\" is not an ISO 8601 date or date-time", m->key);
            break;
        }
        case M_INT:
        case M_SPAN:
            rc = node_int(r, obj, m->key, 1, n, attr);
            break;
        case M_BOOL:
        case M_BOOL_REQ:
            rc = node_bool(r, obj, m->key, req, n, attr);
            break;
        case M_IMAGE:
        case M_IMAGE_OPT: {
            json_t *img = member(r, obj, m->key, JSON_OBJECT, req, &bad);
            rc = bad ? -1 : img ? node_image(r, img, n) : 0;
            break;
        }
        case M_AUTHOR:
            rc = node_author(r, obj, m->key, n);
            break;
        case M_NESTED:
            rc = nested_inlines(r, obj, m->key, 0, n, (article_node_type)m->filter, ps);
            break;
        case M_KIDS:
        case M_KIDS_REQ:
            rc = kids(r, obj, m->key, req, job_of(m->filter), n, ps);
            break;
        default: /* "type" (typed() read it); the document's members (top()) */
            break;
        }
        if (rc)
            return -1;
    }
    return 0;
}

/* A block or inline object of the type its "type" names, or a section,
 * cell, related link or comment: a new child of `parent`. */
static int element(reader *r, json_t *obj, article_node *parent, article_node_type t, pendings *ps)
{
    if (t == ARTICLE_NODE_NONE)
        return -1;
    article_node *n = new_child(r, parent, t);
    return n ? read_members(r, obj, n, ps) : -1;
}

static int inline_elem(reader *r, json_t *v, article_node *parent, pendings *ps)
{
    if (json_is_string(v)) {
        if (json_string_length(v) > r->max_text)
            return fail(r, ARTICLE_ERR_LIMIT, NULL, 0,
                        "a string is longer than max_text (%zu bytes)", r->max_text);
        article_status st =
            article_node_append_text(parent, json_string_value(v), json_string_length(v));
        return st == ARTICLE_OK ? 0 : fail_model(r, st, NULL);
    }
    if (!json_is_object(v))
        return fail(r, ARTICLE_ERR_SCHEMA, NULL, 0,
                    "inline content must be a string or an "
                    "object, not %s",
                    type_word(json_typeof(v)));
    return element(r, v, parent, typed(r, v, 1), ps);
}

/* Converts element j->i of the top job. */
static int step(reader *r, size_t jx)
{
    job *j = &r->jobs[jx];
    size_t i = j->i++;
    json_t *v = json_array_get(j->arr, i);
    job_kind kind = j->kind;
    article_node *parent = j->parent;
    size_t depth = j->depth + 1;
    r->cur = jx;
    r->elem = i;
    r->nloc = 0;
    if (depth > r->max_depth && (json_is_object(v) || json_is_array(v)))
        return fail(r, ARTICLE_ERR_LIMIT, NULL, 0, "input is nested deeper than max_depth (%zu)",
                    r->max_depth);
    pendings ps = {.n = 0};
    int rc = -1;
    int want_array = kind == J_ITEMS || kind == J_ROWS;
    if (kind != J_INLINES && !(want_array ? json_is_array(v) : json_is_object(v)))
        return fail(r, ARTICLE_ERR_SCHEMA, NULL, 0, "expected %s, not %s",
                    want_array ? "an array" : "an object", type_word(json_typeof(v)));
    switch (kind) {
    case J_SECTIONS:
        rc = element(r, v, parent, ARTICLE_NODE_SECTION, &ps);
        break;
    case J_BLOCKS:
        rc = element(r, v, parent, typed(r, v, 0), &ps);
        break;
    case J_INLINES:
        rc = inline_elem(r, v, parent, &ps);
        break;
    case J_ITEMS:
    case J_ROWS: {
        article_node *n =
            new_child(r, parent, kind == J_ITEMS ? ARTICLE_NODE_ITEM : ARTICLE_NODE_ROW);
        rc = n ? 0 : -1;
        /* The element is the array itself: its job has no key of its own. */
        if (n && json_array_size(v) > 0) {
            r->elem = i;
            if (push_job(r, v, kind == J_ITEMS ? J_BLOCKS : J_CELLS, n, NULL, NULL, depth))
                rc = -1;
        }
        goto limits;
    }
    case J_CELLS:
        rc = element(r, v, parent, ARTICLE_NODE_CELL, &ps);
        break;
    case J_RELATED:
        rc = element(r, v, parent, ARTICLE_NODE_RELATED, &ps);
        break;
    case J_COMMENTS:
        rc = element(r, v, parent, ARTICLE_NODE_COMMENT, &ps);
        break;
    }
    for (size_t k = ps.n; rc == 0 && k > 0; k--) {
        pending *p = &ps.p[k - 1];
        if (push_job(r, p->arr, p->kind, p->parent, p->link_to, p->key, depth + 1))
            rc = -1;
    }
limits:
    if (rc == 0 && r->doc->node_count > r->max_nodes) {
        r->cur = jx;
        r->elem = i;
        r->nloc = 0;
        rc = fail(r, ARTICLE_ERR_LIMIT, NULL, 0, "document has more nodes than max_nodes (%zu)",
                  r->max_nodes);
    }
    return rc;
}

static int run_jobs(reader *r)
{
    while (r->njobs > 0) {
        size_t jx = r->njobs - 1;
        job *j = &r->jobs[jx];
        if (j->i == 0 && j->link_to) {
            article_status st = article_node_append_child(j->link_to, j->parent);
            if (st != ARTICLE_OK) {
                r->cur = j->up;
                r->elem = j->up_index;
                r->nloc = 0;
                return fail_model(r, st, j->key);
            }
        }
        if (j->i >= json_array_size(j->arr)) {
            r->njobs--;
            continue;
        }
        if (art_deadline_tick(&r->deadline)) {
            r->status = art_deadline_error(&r->deadline, r->err);
            return -1;
        }
        if (step(r, jx))
            return -1;
    }
    return 0;
}

/* MARK: - Top level */

static int persons(reader *r, json_t *root, const char *key, int crumbs)
{
    int bad = 0;
    json_t *a = member(r, root, key, JSON_ARRAY, 0, &bad);
    if (bad)
        return -1;
    for (size_t i = 0; a && i < json_array_size(a); i++) {
        json_t *p = json_array_get(a, i);
        r->loc[0] = (art_json_seg){key, 0};
        r->loc[1] = (art_json_seg){NULL, i};
        r->nloc = 2;
        if (!json_is_object(p))
            return fail(r, ARTICLE_ERR_SCHEMA, NULL, 0, "expected an object, not %s",
                        type_word(json_typeof(p)));
        const char *name, *url;
        if (person(r, p, &name, &url))
            return -1;
        article_status st = crumbs ? article_doc_add_breadcrumb(r->doc, name, url)
                                   : article_doc_add_author(r->doc, name, url);
        if (st != ARTICLE_OK)
            return fail_model(r, st, NULL);
    }
    r->nloc = 0;
    return 0;
}

static int tags(reader *r, json_t *root)
{
    int bad = 0;
    json_t *a = member(r, root, "tags", JSON_ARRAY, 0, &bad);
    if (bad)
        return -1;
    for (size_t i = 0; a && i < json_array_size(a); i++) {
        json_t *t = json_array_get(a, i);
        r->loc[0] = (art_json_seg){"tags", 0};
        r->loc[1] = (art_json_seg){NULL, i};
        r->nloc = 2;
        if (!json_is_string(t))
            return fail(r, ARTICLE_ERR_SCHEMA, NULL, 0, "a tag must be a string, not %s",
                        type_word(json_typeof(t)));
        if (json_string_length(t) == 0)
            return fail(r, ARTICLE_ERR_SCHEMA, NULL, 0, "a tag must not be empty");
        if (json_string_length(t) > r->max_text)
            return fail(r, ARTICLE_ERR_LIMIT, NULL, 0,
                        "a string is longer than max_text (%zu bytes)", r->max_text);
        article_status st = article_doc_add_tag(r->doc, json_string_value(t));
        if (st != ARTICLE_OK)
            return fail_model(r, st, NULL);
    }
    r->nloc = 0;
    return 0;
}

/* "page_type": one of article_page_type_string's names. */
static int page_type(reader *r, json_t *root, const char *key)
{
    int bad = 0;
    json_t *t = member(r, root, key, JSON_STRING, 0, &bad);
    if (bad)
        return -1;
    if (t) {
        article_page_type pt = article_page_type_parse(json_string_value(t));
        if (pt == ARTICLE_PAGE_NONE)
            return fail(r, ARTICLE_ERR_SCHEMA, key, 0,
                        "\"page_type\" must be article, forum, product, documentation, "
                        "service, listing or other");
        (void)article_doc_set_page_type(r->doc, pt);
    }
    return 0;
}

/* "confidence": a number from 0 to 1, kept to 0.01. */
static int confidence(reader *r, json_t *root, const char *key)
{
    json_t *c = json_object_get(root, key);
    if (c) {
        if (!json_is_number(c))
            return fail(r, ARTICLE_ERR_SCHEMA, key, 0, "\"confidence\" must be a number, not %s",
                        type_word(json_typeof(c)));
        double v = json_number_value(c);
        if (!(v >= 0 && v <= 1))
            return fail(r, ARTICLE_ERR_SCHEMA, key, 0, "\"confidence\" must be from 0 to 1");
        (void)article_doc_set_confidence(r->doc, v);
    }
    return 0;
}

/* A metadata string of the document; dates must be ISO 8601. */
static int doc_field(reader *r, json_t *root, const art_fmt_member *m)
{
    int bad = 0;
    json_t *v = member(r, root, m->key, JSON_STRING, art_fmt_required(m), &bad);
    if (bad)
        return -1;
    if (!v)
        return 0;
    if (m->kind == M_FIELD_DATE && !art_iso8601_valid(json_string_value(v)))
        return fail(r, ARTICLE_ERR_SCHEMA, m->key, 0, "\"%s\" is not an ISO 8601 date or date-time",
                    m->key);
    if (m->attr == ARTICLE_FIELD_URL &&
        canonical(r, m->key, ARTICLE_ATTR_URL, json_string_value(v)))
        return -1;
    article_status st = article_doc_set(r->doc, (article_field)m->attr, json_string_value(v));
    return st == ARTICLE_OK ? 0 : fail_model(r, st, m->key);
}

static int doc_image(reader *r, json_t *root, const char *key)
{
    int bad = 0;
    json_t *img = member(r, root, key, JSON_OBJECT, 0, &bad);
    if (bad)
        return -1;
    if (!img)
        return 0;
    const char *src, *alt;
    int w, h;
    r->loc[0] = (art_json_seg){key, 0};
    r->nloc = 1;
    if (read_image(r, img, &src, &alt, &w, &h))
        return -1;
    r->nloc = 0;
    article_status st = article_doc_set_image(r->doc, src, alt, w, h);
    return st == ARTICLE_OK ? 0 : fail_model(r, st, key);
}

/* The document's members, in the order of its table (format.c); the lists
 * of sections, related links and comments are checked there and converted
 * after, each to completion: the root's children come in this order. */
static int top(reader *r, json_t *root)
{
    if (!json_is_object(root))
        return fail(r, ARTICLE_ERR_SCHEMA, NULL, 0, "expected an object, not %s",
                    type_word(json_typeof(root)));
    if (r->max_depth < 1)
        return fail(r, ARTICLE_ERR_LIMIT, NULL, 0, "input is nested deeper than max_depth (%zu)",
                    r->max_depth);
    int is_array;
    const art_fmt_member *table = art_fmt_members(ARTICLE_NODE_DOCUMENT, &is_array);
    if (check_keys(r, root, table))
        return -1;
    const art_fmt_member *lists[4];
    json_t *arrays[4];
    size_t nlists = 0;
    for (const art_fmt_member *m = table; m->kind != M_END; m++) {
        int bad = 0, rc = 0;
        json_t *f;
        switch ((art_fmt_kind)m->kind) {
        case M_FORMAT:
            f = member(r, root, m->key, JSON_STRING, 1, &bad);
            if (!bad && strcmp(json_string_value(f), "article/1") != 0)
                return fail(r, ARTICLE_ERR_SCHEMA, m->key, 0,
                            "\"format\" must be \"article/1\", not \"%.40s\"",
                            json_string_value(f));
            rc = bad ? -1 : 0;
            break;
        case M_FIELD:
        case M_FIELD_REQ:
        case M_FIELD_DATE:
            rc = doc_field(r, root, m);
            break;
        case M_AUTHORS:
        case M_CRUMBS:
            rc = persons(r, root, m->key, m->kind == M_CRUMBS);
            break;
        case M_TAGS:
            rc = tags(r, root);
            break;
        case M_DOC_IMAGE:
            rc = doc_image(r, root, m->key);
            break;
        case M_PAGE_TYPE:
            rc = page_type(r, root, m->key);
            break;
        case M_CONFIDENCE:
            rc = confidence(r, root, m->key);
            break;
        case M_KIDS:
        case M_KIDS_REQ:
            if (nlists < sizeof lists / sizeof lists[0]) {
                arrays[nlists] = member(r, root, m->key, JSON_ARRAY, art_fmt_required(m), &bad);
                lists[nlists++] = m;
            }
            rc = bad ? -1 : 0;
            break;
        default: /* node members: no document has them */
            break;
        }
        if (rc)
            return -1;
    }
    for (size_t i = 0; i < nlists; i++) {
        r->cur = NO_JOB;
        r->nloc = 0;
        if (arrays[i] && (push_job(r, arrays[i], job_of(lists[i]->filter), r->doc->root, NULL,
                                   lists[i]->key, 2) ||
                          run_jobs(r)))
            return -1;
    }
    return 0;
}

/* jansson's error, with a byte column computed from its byte position. */
static void parse_error(reader *r, const json_error_t *je)
{
    article_status st;
    switch (json_error_code(je)) {
    case json_error_out_of_memory:
        st = ARTICLE_ERR_NOMEM;
        break;
    case json_error_stack_overflow:
        st = ARTICLE_ERR_LIMIT;
        break;
    case json_error_invalid_utf8:
        st = ARTICLE_ERR_ENCODING;
        break;
    case json_error_numeric_overflow:
        st = ARTICLE_ERR_SCHEMA; /* well-formed, but no integer of ours */
        break;
    default:
        st = ARTICLE_ERR_SYNTAX;
        break;
    }
    if (st == ARTICLE_ERR_LIMIT)
        art_error_set(r->err, st, "nesting deeper than %d levels (the JSON parser's limit)",
                      JSON_PARSER_MAX_DEPTH);
    else
        art_error_set(r->err, st, "%s", je->text);
    size_t pos = (size_t)je->position;
    /* jansson stops after the offending token, but before an undecodable
     * byte: point at the token's last byte, or at the bad byte. */
    size_t at = pos > 0 && st != ARTICLE_ERR_ENCODING ? pos - 1 : pos;
    if (at > r->len)
        at = r->len;
    int line, col;
    art_json_line_col(r->text, r->len, at, &line, &col);
    art_error_set_position(r->err, line, col, at);
}

article_doc *article_from_json(const char *data, size_t len, const article_options *opts,
                               article_error *err)
{
    art_error_clear(err);
    if (!data) {
        art_error_set(err, ARTICLE_ERR_INVALID_ARG, "json is NULL");
        return NULL;
    }
    reader r;
    memset(&r, 0, sizeof r);
    r.text = data;
    r.len = len;
    r.err = err;
    r.cur = NO_JOB;
    art_allocator_resolve(opts ? opts->allocator : NULL, &r.alc);
    size_t max_input =
        opts && opts->max_input_size ? opts->max_input_size : ARTICLE_DEFAULT_MAX_INPUT;
    r.max_depth = opts && opts->max_depth ? opts->max_depth : ARTICLE_DEFAULT_MAX_DEPTH;
    r.max_nodes = opts && opts->max_nodes ? opts->max_nodes : ARTICLE_DEFAULT_MAX_NODES;
    r.max_text = opts && opts->max_text ? opts->max_text : ARTICLE_DEFAULT_MAX_TEXT;
    if (len > max_input) {
        art_error_set(err, ARTICLE_ERR_LIMIT, "input is larger than max_input_size (%zu bytes)",
                      max_input);
        return NULL;
    }
    art_deadline_start(&r.deadline, opts);
    json_error_t je;
    json_t *root = json_loadb(data, len, JSON_REJECT_DUPLICATES, &je);
    if (!root) {
        parse_error(&r, &je);
        return NULL;
    }
    /* jansson's parse is one call: the budget is checked after it. */
    if (art_deadline_passed(&r.deadline)) {
        art_deadline_error(&r.deadline, err);
        json_decref(root);
        return NULL;
    }
    r.doc = article_doc_new(opts ? opts->allocator : NULL);
    int rc = r.doc ? top(&r, root) : fail(&r, ARTICLE_ERR_NOMEM, NULL, 0, "out of memory");
    json_decref(root);
    r.alc.free(r.alc.ctx, r.jobs);
    if (rc) {
        article_doc_free(r.doc);
        return NULL;
    }
    return r.doc;
}
