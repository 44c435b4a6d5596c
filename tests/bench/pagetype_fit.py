#!/usr/bin/env python3
"""Fits the weights of the page type (page_type.c) and of the confidence
(confidence.c) on the tune half of the modern-web corpus, and prints them
as the C tables to paste, with what they give on both halves.

The library reports each page's raw signals when the development switch
ARTICLE_DEV_PAGE_FEATURES is set (one JSON line per page on stderr); the
features below turn them into numbers exactly as page_type.c's features()
and confidence.c do (keep them in step: the script checks that its page
types are the library's when the weights are the same).

How each number is chosen, on the tune half only (less the pages in
MISLABELLED, whose labels look wrong: the scores still count them):
  - the page type: a multinomial logistic model (L2 `--l2`), a declared
    type, a URL word or a piece of markup held to vote only for the types
    it is evidence of (MASK); weights rounded to 0.1;
  - the article margin: the largest (in steps of 0.1) at which the tune
    half's article recall stays at `--article-recall` or more;
  - the confidence: a logistic model of "body F1 >= 0.9", weights rounded
    to 0.01; its bias is then lowered in steps of 0.1 until the pages a
    5-fold cross-validation on tune puts at 0.8 or more average F1 0.95.

  python3 tests/bench/pagetype_fit.py --article-lib build/libarticle.so
  python3 tests/bench/pagetype_fit.py --article-lib ... --operating-points
"""
import argparse
import gzip
import json
import os
import sys
import tempfile

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from halves import half  # noqa: E402
from pagetype_score import DOUBTED, TRUTH_ALIAS, Reader, f1_of  # noqa: E402

TYPES = ["article", "forum", "product", "documentation", "service", "listing"]
A, FO, PR, DO, SE, LI = range(6)
# ART_SCHEMA_* bits (read_html.h) and ART_OG_* values.
S_ART, S_TECH, S_FORUM, S_PROD, S_LIST, S_SERV, S_FAQ, S_BUS, S_COM, S_Q, S_PAGE = (
    1 << i for i in range(11))
OG_ARTICLE, OG_PRODUCT, OG_GROUP, OG_WEBSITE = 1, 2, 3, 4
U_NAMES = ["article", "forum", "product", "docs", "service", "listing"]
PRIOR = {"ld_tech": {DO: 1.5}}
# Tune pages whose label looks wrong to a reader of the page (DOUBTED in
# pagetype_score.py, which says why for each), left out of the fit and of
# the choice of the margin (never out of the scores, which take the
# corpus's labels as they are). Fitted as labelled, they pull a blog
# post's signals towards a forum and hold the margin low.
MISLABELLED = {pid: why for pid, why in DOUBTED.items() if half(pid) == "tune"}


def cap(x, c):
    return min(x, c) / c


def type_features(p):
    """(name, value, the types it may vote for or None for all), in the
    order of page_type.c's F_* enum."""
    sc = p["schema"]
    faq = bool(sc & S_FAQ)
    u = p["u_hits"]
    prose = p["prose"]
    share = min(prose / p["text"], 1.5) if p["text"] > 0 else 0
    f = [("bias", 1, None),
         ("ld_article", bool(sc & S_ART), [A]),
         ("ld_tech", bool(sc & S_TECH), [DO]),
         ("ld_forum", not faq and bool(sc & (S_FORUM | S_Q)), [FO]),
         ("ld_comment", not faq and bool(sc & S_COM), [FO]),
         ("ld_product", bool(sc & S_PROD), [PR]),
         ("ld_listing", bool(sc & S_LIST), [LI]),
         ("ld_service", bool(sc & (S_SERV | S_BUS)), [SE]),
         ("ld_faq", faq, [PR, SE]),
         ("ld_webpage", bool(sc & S_PAGE) and not sc & S_ART, [FO, PR, DO, SE, LI]),
         ("og_article", p["og"] == OG_ARTICLE, [A]),
         ("og_product", p["og"] == OG_PRODUCT, [PR]),
         ("og_group", p["og"] == OG_GROUP, [LI]),
         ("og_website", p["og"] == OG_WEBSITE, [SE, LI])]
    f += [("u_" + n, u[k] > 0, [k]) for k, n in enumerate(U_NAMES)]
    f += [("u_home", u[6] > 0, [SE, LI]),
          ("u_dated", p["u_dated"], [A]),
          ("u_slug", p["u_slug"], [A, FO, PR]),
          ("dated", p["dated"], None),
          ("authored", p["authored"], None),
          ("share", share, None),
          ("links", p["link"] / p["text"] if p["text"] > 0 else 1, None),
          ("prose500", prose >= 500, None),
          ("prose2500", prose >= 2500, None),
          ("prose10000", prose >= 10000, None),
          ("authors", cap(p["authors"], 20), [FO]),
          ("posts", cap(p["posts"], 20), [FO]),
          ("comments3", p["comments"] >= 3, [FO]),
          ("carts", p["carts"] > 0, [PR]),
          ("prices_few", 1 <= p["prices"] <= 30, [PR]),
          ("prices_many", p["prices"] > 30, [LI]),
          ("code", cap(p["code"], 50), [DO]),
          ("doc_marks", p["doc_marks"] > 0, [DO]),
          ("teasers", cap(p["teasers"], 30), [LI]),
          ("calls", cap(p["calls"], 10), [SE]),
          ("times", cap(p["times"], 20), [LI]),
          ("shares", p["shares"] > 0, [A])]
    return f


def confidence_features(p, page_type):
    """(name, value) in the order of confidence.c's terms; None when the
    confidence is 0 (nothing scored, or no prose)."""
    if p["n_cands"] == 0 or p["prose"] <= 0:
        return None
    score, text, prose = p["score"], p["c_text"], p["prose"]
    return [("bias", 1),
            ("article", page_type in ("article", "documentation")),
            ("not_prose", page_type in ("product", "service", "listing")),
            ("share", min(prose / p["text"], 1.5) if p["text"] > 0 else 0),
            ("margin", min(max(1 - p["rival"] / score, 0), 1) if score > 0 else 0),
            ("good", p["good"] / p["page_good"] if p["page_good"] > 0 else 0),
            ("links", p["c_link"] / text if text > 0 else 1),
            ("fallback", bool(p["nothing_scored"] or p["fell_back"])),
            ("declared", bool(p["schema"] & S_ART) or p["og"] == OG_ARTICLE),
            ("net", max(score / text, -1) if text > 0 else 0),
            ("long", p["long_prose"] / prose),
            ("chrome", p["chrome"] / p["text"] if p["text"] > 0 else 0),
            ("linked", p["linked"] / prose),
            ("stated", p["declared_words"] > 0),
            ("agree", min(p["words"], p["declared_words"]) / max(p["words"], p["declared_words"])
             if p["declared_words"] > 0 and p["words"] > 0 else 0)]


def read_corpus(lib, corpus):
    """One dict per page: its raw signals, truth, type, confidence, F1."""
    reader = Reader(lib)
    with open(os.path.join(corpus, "ground-truth.json"), encoding="utf-8") as f:
        truth = json.load(f)
    os.environ["ARTICLE_DEV_PAGE_FEATURES"] = "1"
    pages = []
    with tempfile.TemporaryFile(mode="w+b") as dump:
        saved = os.dup(2)
        sys.stderr.flush()
        os.dup2(dump.fileno(), 2)
        try:
            for pid in sorted(truth):
                item = truth[pid]
                gt = TRUTH_ALIAS.get(item["page_type"], item["page_type"])
                with gzip.open(os.path.join(corpus, "html", pid + ".html.gz")) as f:
                    html = f.read()
                t, conf, text = reader.read(html, item.get("url"), gt == "forum")
                pages.append({"id": pid, "half": half(pid), "truth": gt, "type": t,
                              "conf": conf, "f1": f1_of(item["articleBody"], text)})
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        dump.seek(0)
        lines = dump.read().decode("utf-8", "replace").splitlines()
    # One line per page read, in the order read.
    if len(lines) != len(pages):
        sys.exit(f"{len(lines)} signal lines for {len(pages)} pages: is the library "
                 "built from this tree?")
    for page, line in zip(pages, lines):
        page.update({k: v for k, v in json.loads(line).items() if k not in page})
    return pages


def fit_types(pages, l2, iters=4000, rate=0.5):
    names = [n for n, _, _ in type_features(pages[0])]
    mask = np.zeros((len(names), 6))
    for i, (_, _, allowed) in enumerate(type_features(pages[0])):
        mask[i, allowed if allowed is not None else slice(None)] = 1
    X = np.array([[float(v) for _, v, _ in type_features(p)] for p in pages])
    y = np.array([TYPES.index(p["truth"]) if p["truth"] in TYPES else -1 for p in pages])
    n, d = X.shape
    Y = np.zeros((n, 6))
    Y[np.arange(n)[y >= 0], y[y >= 0]] = 1
    keep = (y >= 0)[:, None]
    W = np.zeros((d, 6))
    no_bias = np.r_[0, np.ones(d - 1)][:, None]
    for _ in range(iters):
        Z = X @ W
        Z -= Z.max(1, keepdims=True)
        P = np.exp(Z)
        P /= P.sum(1, keepdims=True)
        W -= rate * (X.T @ ((P - Y) * keep) / n + l2 * W * no_bias)
        W *= mask
    # A signal no tune page has gets no weight from the fit: PRIOR gives
    # it that of its nearest kin (TechArticle as Article).
    for i, n in enumerate(names):
        if n in PRIOR and not X[:, i].any():
            for t, v in PRIOR[n].items():
                W[i, t] = v
    return names, np.round(W, 1)


def declares_other_kind(p):
    """page_type.c's declares_other_kind: another kind declared (a forum
    posting, a question outside an FAQ, a product or offer, a collection,
    a service or business) and no Article. Off under ARTICLE_DEV_WITHOUT
    =declared_kind, as in the library."""
    if "declared_kind" in os.environ.get("ARTICLE_DEV_WITHOUT", "").split(","):
        return False
    sc = p["schema"]
    kinds = S_FORUM | S_PROD | S_LIST | S_SERV | S_BUS | (0 if sc & S_FAQ else S_Q)
    if sc & S_ART:
        return False
    return bool(sc & kinds) or p["og"] in (OG_PRODUCT, OG_GROUP)


def decide(W, pages, margin):
    out = []
    for p in pages:
        z = np.array([float(v) for _, v, _ in type_features(p)]) @ W
        best = int(np.argmax(z))
        runner = max((t for t in range(6) if t != best), key=lambda t: z[t])
        if best == A and (z[A] - z[runner] < margin or declares_other_kind(p)):
            best = runner
        out.append(TYPES[best])
    return out


def cross_validated(pages, l2, margin, folds=5):
    """Each tune page's type from weights fitted on the other folds: what
    the fit gives a page it has not seen."""
    fold = np.arange(len(pages)) % folds
    out = [None] * len(pages)
    for k in range(folds):
        _, W = fit_types([p for i, p in enumerate(pages) if fold[i] != k], l2)
        idx = [i for i in range(len(pages)) if fold[i] == k]
        for i, t in zip(idx, decide(W, [pages[i] for i in idx], margin)):
            out[i] = t
    return out


def operating_points(W, tune, check, l2):
    """'Is an article' precision and recall as the article margin grows:
    the trade the margin makes, on tune (fitted and cross-validated) and
    on check. Printed to see the trade, never to choose on check."""
    print("article margin: precision / recall on tune, tune cross-validated, check")
    for m in (0.0, 0.3, 0.5, 0.7, 1.0, 1.2, 1.5, 2.0):
        cells = []
        for pages, types in ((tune, decide(W, tune, m)), (tune, cross_validated(tune, l2, m)),
                             (check, decide(W, check, m))):
            prec, rec = article_pr(pages, types)
            cells.append(f"{prec:.3f} / {rec:.3f}")
        print(f"  {m:.1f}   " + "   ".join(cells))
    # The same question without a margin: how well the article's lead
    # over the next type ranks the pages (the best precision any margin
    # gives at recall 0.90). A signal that does not raise this on tune
    # cross-validated and on check gives no margin more precision.
    fold = np.arange(len(tune)) % 5
    cv = np.zeros(len(tune))
    for k in range(5):
        _, Wk = fit_types([p for i, p in enumerate(tune) if fold[i] != k], l2)
        idx = [i for i in range(len(tune)) if fold[i] == k]
        cv[idx] = article_lead(Wk, [tune[i] for i in idx])
    cells = [precision_at_recall(lead, pages, 0.90)
             for lead, pages in ((article_lead(W, tune), tune), (cv, tune),
                                 (article_lead(W, check), check))]
    print("best precision at recall 0.90: " + " / ".join(f"{c:.3f}" for c in cells))
    # The operating point chosen on tune alone, as a caller would: the
    # highest threshold on the lead that keeps the tune pages' article
    # recall at 0.90, then held as it is for the cross-validated tune
    # pages and for check (whose recall it does not promise).
    t = threshold_at_recall(article_lead(W, tune), tune, 0.90)
    cells = []
    for lead, pages in ((article_lead(W, tune), tune), (cv, tune),
                        (article_lead(W, check), check)):
        prec, rec = article_pr(pages, ["article" if x >= t else "" for x in lead])
        cells.append(f"{prec:.3f} / {rec:.3f}")
    print(f"lead {t:.2f} chosen on tune for recall 0.90: " + "   ".join(cells))


def threshold_at_recall(lead, pages, recall):
    """The highest lead at which "is an article" reaches the recall."""
    arts = np.sort(np.array([x for x, p in zip(lead, pages) if p["truth"] == "article"]))[::-1]
    return float(arts[int(np.ceil(recall * len(arts))) - 1])


def article_lead(W, pages):
    """Each page's article score less the best other type's."""
    Z = np.array([[float(v) for _, v, _ in type_features(p)] for p in pages]) @ W
    return Z[:, A] - np.delete(Z, A, axis=1).max(1)


def precision_at_recall(lead, pages, recall):
    """The precision of "is an article" at the highest threshold on the
    lead that reaches the recall."""
    true = np.array([p["truth"] == "article" for p in pages])[np.argsort(-lead)]
    found = np.cumsum(true)
    k = int(np.searchsorted(found, np.ceil(recall * true.sum())))
    return found[k] / (k + 1)


def article_pr(pages, types):
    pred = [t == "article" for t in types]
    true = [p["truth"] == "article" for p in pages]
    tp = sum(a and b for a, b in zip(pred, true))
    return tp / max(sum(pred), 1), tp / max(sum(true), 1)


def fit_logistic(X, y, l2, iters=3000, rate=0.5):
    w = np.zeros(X.shape[1])
    no_bias = np.r_[0, np.ones(X.shape[1] - 1)]
    for _ in range(iters):
        p = 1 / (1 + np.exp(-X @ w))
        w -= rate * (X.T @ (p - y) / len(y) + l2 * w * no_bias)
    return w


def confidence_matrix(pages, types):
    rows = [confidence_features(p, t) for p, t in zip(pages, types)]
    width = len(next(r for r in rows if r))
    X = np.array([[float(v) for _, v in r] if r else [0.0] * width for r in rows])
    scored = np.array([r is not None for r in rows])
    return [n for n, _ in next(r for r in rows if r)], X, scored


def confidences(w, X, scored):
    return np.where(scored, 1 / (1 + np.exp(-(X @ w))), 0.0)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--article-lib", required=True)
    ap.add_argument("--corpus", default=os.path.join(HERE, "..", "..", "..", "shared",
                                                     "corpus", "modern"))
    ap.add_argument("--l2", type=float, default=0.003, help="L2 of the page-type model")
    ap.add_argument("--conf-l2", type=float, default=0.001, help="L2 of the confidence")
    ap.add_argument("--article-recall", type=float, default=0.92,
                    help="the tune half's article recall the margin keeps")
    ap.add_argument("--operating-points", action="store_true",
                    help="also print article precision and recall per margin (slow: "
                    "a 5-fold cross-validation per margin)")
    args = ap.parse_args()
    pages = read_corpus(args.article_lib, args.corpus)
    tune = [p for p in pages if p["half"] == "tune"]
    check = [p for p in pages if p["half"] == "check"]
    fit_on = [p for p in tune if p["id"] not in MISLABELLED]

    names, W = fit_types(fit_on, args.l2)
    margin = 0.0
    for step in range(0, 31):
        m = step / 10
        if article_pr(fit_on, decide(W, fit_on, m))[1] >= args.article_recall:
            margin = m
    print("/* page_type.c: weights[F_COUNT][N_TYPES] */")
    for i, n in enumerate(names):
        cells = ", ".join(f"{v:.1f}".replace("-0.0", "0").replace(".0", "") if v == int(v)
                          else f"{v:.1f}" for v in W[i])
        print(f"    [F_{n.upper()}] = {{{cells}}},")
    print(f"#define ARTICLE_MARGIN {margin:.1f}")
    typed = {}
    for name, half_pages in (("tune", tune), ("check", check), ("tune, fitted pages", fit_on)):
        types = decide(W, half_pages, margin)
        typed[name] = types
        acc = np.mean([t == p["truth"] for t, p in zip(types, half_pages)])
        prec, rec = article_pr(half_pages, types)
        same = sum(t == p["type"] for t, p in zip(types, half_pages))
        print(f"{name}: accuracy {acc:.3f}, article precision {prec:.3f} recall {rec:.3f}; "
              f"same type as the library: {same}/{len(half_pages)}")
    if args.operating_points:
        operating_points(W, fit_on, check, args.l2)

    cnames, XT, sT = confidence_matrix(tune, typed["tune"])
    yT = np.array([p["f1"] >= 0.9 for p in tune], dtype=float)
    fT = np.array([p["f1"] for p in tune])
    w = np.round(fit_logistic(XT[sT], yT[sT], args.conf_l2), 2)
    folds = np.arange(len(tune)) % 5
    cv = np.zeros(len(tune))
    for k in range(5):
        train = (folds != k) & sT
        wk = fit_logistic(XT[train], yT[train], args.conf_l2)
        cv[folds == k] = XT[folds == k] @ wk
    offset = 0.0
    while offset > -2:
        c = np.where(sT, 1 / (1 + np.exp(-(cv + offset))), 0)
        high = c >= 0.8
        if not high.any() or fT[high].mean() >= 0.95:
            break
        offset = round(offset - 0.1, 1)
    w[0] = round(w[0] + offset, 2)
    print(f"/* confidence.c (bias includes the offset {offset:+.1f}) */")
    for n, v in zip(cnames, w):
        print(f"#define W_{n.upper()} {v:.2f}")
    for name, half_pages in (("tune", tune), ("check", check)):
        _, X, s = confidence_matrix(half_pages, typed[name])
        c = np.round(confidences(w, X, s), 2)
        f = np.array([p["f1"] for p in half_pages])
        high, bad = c >= 0.8, f < 0.5
        print(f"{name}: confidence >= 0.8: {high.sum()} pages, mean F1 "
              f"{f[high].mean() if high.any() else 0:.3f}; F1 < 0.5 with confidence < 0.5: "
              f"{(c[bad] < 0.5).mean() if bad.any() else 1:.2f}")


if __name__ == "__main__":
    main()
