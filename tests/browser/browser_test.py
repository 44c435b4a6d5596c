#!/usr/bin/env python3
"""Renders the HTML writer's pages in headless Chromium and checks them.

For the seed article (light, dark, and as Arabic: right-to-left) and a few
corpus pages, the page written by `article convert -t html` is loaded in
Chromium with a probe script (probe.js) added to a copy of it; the probe
records what was laid out, and `--dump-dom` hands that back. The test
then compares it with the model (`article convert -t json` of the same
input): the title, every section heading, every quote with its
attribution, every figure with its caption, the related links and the
comments are on the page and visible; nothing overflows the viewport;
text contrast meets WCAG AA; dark mode really is dark; Arabic runs right
to left. Screenshots (1000x1600) go to --out for a person to look at.

Chromium is sandboxed from the network (--host-resolver-rules), so pages
render the same everywhere; remote images show as empty boxes.

Without chromium the test is skipped (exit 77, ctest's SKIP_RETURN_CODE).

Usage: browser_test.py --article PATH --out DIR [--chromium PATH]
"""

import argparse
import html
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

SKIP = 77
HERE = os.path.dirname(os.path.abspath(__file__))
WINDOW = (1000, 1600)

FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
    "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--hide-scrollbars",
    "--host-resolver-rules=MAP * ~NOTFOUND", "--mute-audio",
    "--window-size=%d,%d" % WINDOW,
]
# Both switches make prefers-color-scheme "dark" on Chromium 120+ headless
# (checked on Debian 12's chromium 156): --force-dark-mode alone did too;
# the blink setting (0 = dark) is kept for older builds.
DARK = ["--force-dark-mode", "--blink-settings=preferredColorScheme=0"]


# MARK: - running things

class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = []

    def ok(self, cond, what):
        if cond:
            self.passed += 1
        else:
            self.failed.append(what)
            print("FAIL: " + what)
        return cond


def chromium(exe, url, extra, timeout=90):
    profile = tempfile.mkdtemp(prefix="article-chromium-")
    try:
        res = subprocess.run([exe] + FLAGS + ["--user-data-dir=" + profile] + extra + [url],
                             capture_output=True, timeout=timeout)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    if res.returncode != 0:
        sys.exit("browser: chromium failed (%d): %s" % (
            res.returncode, res.stderr.decode("utf-8", "replace")[-2000:]))
    return res.stdout.decode("utf-8", "replace")


def convert(article, path, to, extra=()):
    cmd = [article, "convert", "-t", to] + list(extra)
    if not path.endswith(".json"):
        cmd += ["-f", "html"]
    res = subprocess.run(cmd + [path], capture_output=True, timeout=60)
    if res.returncode != 0:
        return None
    return res.stdout.decode("utf-8")


def probe(exe, page_html, workdir, name, dark=False):
    """Loads a probed copy of the page; returns what probe.js recorded."""
    with open(os.path.join(HERE, "probe.js"), encoding="utf-8") as f:
        script = "<script>\n" + f.read() + "</script>\n"
    idx = page_html.rfind("</body>")
    probed = page_html[:idx] + script + page_html[idx:] if idx >= 0 else page_html + script
    path = os.path.join(workdir, name + ".probe.html")
    with open(path, "w", encoding="utf-8") as f:
        f.write(probed)
    dom = chromium(exe, "file://" + path, ["--dump-dom"] + (DARK if dark else []))
    m = re.search(r'<html[^>]*\sdata-article-probe="([^"]*)"', dom)
    if not m:
        sys.exit("browser: the probe did not run on " + name)
    got = json.loads(html.unescape(m.group(1)))
    # Kept beside the screenshots: what a failing check looked at.
    with open(os.path.join(workdir, name + ".probe.json"), "w", encoding="utf-8") as f:
        json.dump(got, f, ensure_ascii=False, indent=1)
    return got


def screenshot(exe, page_path, png, dark=False):
    chromium(exe, "file://" + page_path, ["--screenshot=" + png] + (DARK if dark else []))
    return png


# MARK: - PNG: enough to read the first rows and compare images

def png_rows(path, nrows):
    """(width, height, first nrows rows as lists of (r, g, b)) of an 8-bit
    RGB or RGBA non-interlaced PNG, which is what Chromium writes."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(path + ": not a PNG")
    pos, idat, width = 8, b"", 0
    height = ctype = 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, ctype = struct.unpack(">IIBB", body[:10])
            if depth != 8 or ctype not in (2, 6):
                raise ValueError(path + ": unsupported PNG type")
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    bpp = 4 if ctype == 6 else 3
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(min(nrows, height)):
        ftype = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if ftype == 1:
                line[i] = (line[i] + a) & 255
            elif ftype == 2:
                line[i] = (line[i] + b) & 255
            elif ftype == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 255
        rows.append([tuple(line[x * bpp:x * bpp + 3]) for x in range(width)])
        prev = line
    return width, height, rows, raw


# MARK: - colours (WCAG 2 contrast)

def parse_rgb(s):
    m = re.match(r"rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)", s or "")
    if not m:
        return None
    if m.group(4) is not None and float(m.group(4)) == 0:
        return None  # transparent: the colour behind shows
    return tuple(float(m.group(i)) for i in (1, 2, 3))


def luminance(rgb):
    def lin(c):
        c /= 255.0
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (lin(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


# MARK: - the model, as the JSON writer gives it

def flat(inlines):
    """Plain text of a list of inlines (strings or inline objects)."""
    out, stack = [], [iter(inlines or [])]
    while stack:
        try:
            x = next(stack[-1])
        except StopIteration:
            stack.pop()
            continue
        if isinstance(x, str):
            out.append(x)
        elif isinstance(x, dict):
            if x.get("type") == "break":
                out.append(" ")
            elif "text" in x:
                out.append(x["text"])
            elif "content" in x:
                stack.append(iter(x["content"]))
    return "".join(out)


def squash(s):
    return re.sub(r"\s+", "", s or "")


def blocks_of(model, kind):
    """Every block of type `kind` in the sections, in document order."""
    found, stack = [], [model.get("sections", [])[::-1]]
    while stack:
        if not stack[-1]:
            stack.pop()
            continue
        x = stack[-1].pop()
        if isinstance(x, dict):
            if x.get("type") == kind:
                found.append(x)
            kids = [v for k, v in x.items() if k in ("blocks", "content", "items", "rows")
                    and isinstance(v, list)]
            for v in kids[::-1]:
                stack.append(list(v)[::-1])
        elif isinstance(x, list):
            stack.append(list(x)[::-1])
    return found


def comments_of(model):
    """(id, author name, depth) of every comment, in document order."""
    out, stack = [], [(c, 0) for c in model.get("comments", [])[::-1]]
    while stack:
        c, depth = stack.pop()
        out.append((c.get("id"), (c.get("author") or {}).get("name"), depth))
        stack.extend((r, depth + 1) for r in c.get("replies", [])[::-1])
    return out


# MARK: - checks

def check_content(ck, name, model, got):
    title = model.get("title", "")
    # Without a title the page shows a stand-in: never an empty <title> or <h1>.
    want_title = title or model.get("site_name") or model.get("url") or "Article"
    ck.ok(got["title"] == want_title, "%s: <title> is %r, want %r" % (name, got["title"], want_title))
    ck.ok(got["h1"] == [title] if title else got["h1"] in ([], ["Article"]),
          "%s: h1 %r, model title %r" % (name, got["h1"], title))

    want = [flat(s["heading"]) for s in model.get("sections", []) if s.get("heading")]
    have = [h["text"] for h in got["headings"]]
    ck.ok([squash(w) for w in want] == [squash(h) for h in have],
          "%s: section headings %r, model %r" % (name, have[:8], want[:8]))
    ck.ok(all(h["visible"] for h in got["headings"]), "%s: a heading is not visible" % name)

    quotes = [q for q in blocks_of(model, "quote") if q.get("attribution")]
    shown = [q for q in got["quotes"]]
    ck.ok(len(shown) == len(quotes),
          "%s: %d attributed quotes shown, model has %d" % (name, len(shown), len(quotes)))
    for q, s in zip(quotes, shown):
        ck.ok(squash(s["attribution"]) == squash(flat(q["attribution"])) and s["attributionVisible"],
              "%s: quote attribution %r (visible: %s), model %r"
              % (name, s["attribution"], s["attributionVisible"], flat(q["attribution"])))
        body = squash(flat([i for b in q.get("content", []) for i in b.get("content", [])
                            if isinstance(b, dict)]))
        ck.ok(body[:40] in squash(s["text"]), "%s: quote text missing %r" % (name, body[:40]))

    figures = blocks_of(model, "figure")
    ck.ok(len(got["figures"]) == len(figures),
          "%s: %d figures shown, model has %d" % (name, len(got["figures"]), len(figures)))
    for f, s in zip(figures, got["figures"]):
        want_cap = " ".join(x for x in (flat(f.get("caption")), f.get("credit") or "") if x)
        if want_cap:
            ck.ok(squash(s["caption"]) == squash(want_cap) and s["captionVisible"],
                  "%s: figure caption %r, model %r" % (name, s["caption"], want_cap))
        ck.ok(s["src"] == (f.get("image") or {}).get("src"),
              "%s: figure src %r" % (name, s["src"]))
        ck.ok(got["article"] is None or s["imgWidth"] <= got["article"]["width"] + 1,
              "%s: a figure image is wider than the article" % name)

    related = model.get("related", [])
    ck.ok([r["href"] for r in got["related"]] == [r.get("url") for r in related],
          "%s: related links %r, model %r" % (name, [r["href"] for r in got["related"]][:5],
                                              [r.get("url") for r in related][:5]))
    ck.ok([squash(r["text"]) for r in got["related"]]
          == [squash(r.get("title", "")) for r in related], "%s: related titles differ" % name)
    ck.ok(all(r["visible"] for r in got["related"]), "%s: a related link is hidden" % name)

    comments = comments_of(model)
    have_c = [(c["id"] or None, c["author"], c["depth"]) for c in got["comments"]]
    ck.ok(have_c == comments, "%s: comments %r, model %r" % (name, have_c[:5], comments[:5]))
    ck.ok(all(c["visible"] for c in got["comments"]), "%s: a comment is hidden" % name)

    ck.ok(got["scrollWidth"] <= got["viewport"]["width"],
          "%s: the page is %dpx wide in a %dpx window (horizontal scrolling)"
          % (name, got["scrollWidth"], got["viewport"]["width"]))


def check_reading(ck, name, got, dark):
    """A calm reader view: a readable column and enough contrast."""
    art = got["article"]
    ck.ok(art is not None and 480 <= art["width"] <= 760,
          "%s: article column %spx wide (want a 480..760px measure)" % (name, art and art["width"]))
    st = got["styles"]
    bg = parse_rgb(st["body"]["background"])
    ck.ok(bg is not None, "%s: body has no background colour" % name)
    if bg is None:
        return
    ck.ok(got["dark"] == dark, "%s: prefers-color-scheme dark is %s" % (name, got["dark"]))
    lum = luminance(bg)
    ck.ok(lum < 0.05 if dark else lum > 0.8,
          "%s: background %s is not %s" % (name, st["body"]["background"], "dark" if dark else "light"))
    for part, minimum in (("p", 7.0), ("link", 4.5), ("byline", 4.5), ("caption", 4.5),
                          ("credit", 4.5)):
        s = st.get(part)
        if not s:
            continue
        fg = parse_rgb(s["color"])
        back = parse_rgb(s["background"]) or bg
        ratio = contrast(fg, back)
        ck.ok(ratio >= minimum, "%s: %s text contrast %.2f < %.1f (%s on %s)"
              % (name, part, ratio, minimum, s["color"], st["body"]["background"]))
    for part in ("code", "th"):
        s = st.get(part)
        if s and parse_rgb(s["background"]):
            ratio = contrast(parse_rgb(s["color"]), parse_rgb(s["background"]))
            ck.ok(ratio >= 7.0, "%s: %s contrast %.2f" % (name, part, ratio))


def check_rtl(ck, name, got):
    ck.ok(got["dirAttr"] == "rtl", "%s: <html dir> is %r, want rtl" % (name, got["dirAttr"]))
    ck.ok(got["direction"] == "rtl", "%s: computed direction %r" % (name, got["direction"]))
    art, h1 = got["article"], got["h1Text"]
    ck.ok(h1 is not None and abs(h1["right"] - art["right"]) < 2 and h1["left"] > art["left"] + 20,
          "%s: the title is not set from the right edge (title %r, article %r)" % (name, h1, art))
    p, pt = got["firstP"], got["firstPText"]
    ck.ok(pt is not None and abs(pt["right"] - p["right"]) < 2,
          "%s: the first paragraph does not start at the right edge" % name)
    for c in got["comments"]:
        if c["depth"] > 0:
            parents = [p for p in got["comments"] if p["depth"] == c["depth"] - 1]
            ck.ok(any(c["right"] < p["right"] - 5 for p in parents),
                  "%s: reply %s is not indented from the right" % (name, c["id"]))


def check_screens(ck, light_png, dark_png, light, dark):
    _, _, lrows, lraw = png_rows(light_png, 1)
    _, _, drows, draw = png_rows(dark_png, 1)
    ck.ok(lraw != draw, "seed: light and dark screenshots are identical")
    lp, dp = lrows[0][0], drows[0][0]
    ck.ok(luminance(dp) < luminance(lp), "seed: dark screenshot corner %r not darker than %r" % (dp, lp))
    for png, px, got in ((light_png, lp, light), (dark_png, dp, dark)):
        bg = parse_rgb(got["styles"]["body"]["background"])
        ck.ok(bg is not None and max(abs(a - b) for a, b in zip(px, bg)) <= 2,
              "%s: corner pixel %r is not the page background %r" % (os.path.basename(png), px, bg))


# MARK: - main

# Corpus pages that, as the reader gives them today, carry what the writer
# must show: an attributed quote (001), figures with captions and related
# links (e1c7023e, citylab-1), comments with replies (firefox-nightly-blog).
CORPUS_PICKS = [
    "readability/pages/001/source.html",
    "zyte/html/e1c7023ee2148901b086256fdd30a0893d10b0720b510d5ff07a021109347266.html.gz",
    "readability/pages/firefox-nightly-blog/source.html",
    "readability/pages/citylab-1/source.html",
]


def corpus_pages(corpus, n):
    picks = [os.path.join(corpus, p) for p in CORPUS_PICKS]
    return [p for p in picks if os.path.isfile(p)][:n]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--article", required=True)
    ap.add_argument("--out", required=True, help="screenshots and pages go here")
    ap.add_argument("--source-dir", default=os.path.join(HERE, "..", ".."))
    ap.add_argument("--corpus", default=None)
    ap.add_argument("--pages", type=int, default=4, help="corpus pages to render")
    ap.add_argument("--chromium", default=None)
    a = ap.parse_args()

    exe = a.chromium or os.environ.get("ARTICLE_CHROMIUM") or shutil.which("chromium") \
        or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not exe:
        print("browser: SKIPPED: chromium not found (scripts/setup.sh installs it: "
              "apt-get install chromium)")
        return SKIP

    os.makedirs(a.out, exist_ok=True)
    out = os.path.abspath(a.out)
    ck = Checks()
    seed = os.path.join(a.source_dir, "examples", "seed-article.json")
    model = json.load(open(seed, encoding="utf-8"))

    # The seed page: content, light, dark, screenshots of both.
    page = convert(a.article, seed, "html")
    if not ck.ok(page is not None, "seed: article convert -t html failed"):
        return 1
    seed_html = os.path.join(out, "seed.html")
    with open(seed_html, "w", encoding="utf-8") as f:
        f.write(page)
    light = probe(exe, page, out, "seed")
    check_content(ck, "seed", model, light)
    check_reading(ck, "seed (light)", light, dark=False)
    dark = probe(exe, page, out, "seed-dark", dark=True)
    check_reading(ck, "seed (dark)", dark, dark=True)
    lpng = screenshot(exe, seed_html, os.path.join(out, "seed-light.png"))
    dpng = screenshot(exe, seed_html, os.path.join(out, "seed-dark.png"), dark=True)
    check_screens(ck, lpng, dpng, light, dark)

    # Arabic: the same article marked "ar", with an Arabic title and lead.
    ar = json.loads(json.dumps(model))
    ar["language"] = "ar"
    ar["title"] = "ترامب يقول إن تقدماً كبيراً تحقق بشأن أوكرانيا"
    ar["sections"][0]["blocks"][0]["content"] = [
        "أعلن الرئيس الأمريكي دونالد ترامب أن تقدماً كبيراً قد تحقق في المحادثات بشأن أوكرانيا، "
        "بعد لقاء مبعوثه ستيف ويتكوف بالرئيس الروسي فلاديمير بوتين."]
    ar_json = os.path.join(out, "seed-ar.json")
    with open(ar_json, "w", encoding="utf-8") as f:
        json.dump(ar, f, ensure_ascii=False)
    page = convert(a.article, ar_json, "html")
    if ck.ok(page is not None, "seed-ar: article convert -t html failed"):
        ar_html = os.path.join(out, "seed-ar.html")
        with open(ar_html, "w", encoding="utf-8") as f:
            f.write(page)
        got = probe(exe, page, out, "seed-ar")
        check_content(ck, "seed-ar", ar, got)
        check_rtl(ck, "seed-ar", got)
        screenshot(exe, ar_html, os.path.join(out, "seed-rtl.png"))

    # Real pages, as the reader gives them.
    # The cluttered seed page (scripts/screenshot.sh's "before"), read by the
    # HTML reader, then real pages.
    corpus = a.corpus or os.path.join(a.source_dir, "..", "shared", "corpus")
    original = os.path.abspath(os.path.join(HERE, "seed-original.html"))
    pages = [("seed-original", original, ["--url", "file://" + original])]
    pages += [("corpus-%d" % (i + 1), p, []) for i, p in enumerate(corpus_pages(corpus, a.pages))]
    for name, src, args in pages:
        mj = convert(a.article, src, "json", args)
        page = convert(a.article, src, "html", args)
        if mj is None or page is None:
            print("browser: note: %s (%s) not converted; skipped" % (name, src))
            continue
        print("browser: %s is %s" % (name, src))
        path = os.path.join(out, name + ".html")
        with open(path, "w", encoding="utf-8") as f:
            f.write(page)
        got = probe(exe, page, out, name)
        check_content(ck, name, json.loads(mj), got)
        check_reading(ck, name, got, dark=False)
        screenshot(exe, path, os.path.join(out, name + ".png"))

    print("browser: screenshots in %s (seed-light.png, seed-dark.png, seed-rtl.png, seed-original.png, corpus-*.png)"
          % out)
    print("browser: %d checks passed, %d failed" % (ck.passed, len(ck.failed)))
    return 1 if ck.failed else 0


if __name__ == "__main__":
    sys.exit(main())
