// Injected by browser_test.py before </body> of a copy of the writer's
// page. It records what Chromium actually rendered (computed styles, boxes,
// text as laid out) as JSON in <html data-article-probe>, which
// `chromium --dump-dom` then prints. Nothing here changes the page's look.
(function () {
  "use strict";
  var text = function (e) {
    return e ? e.textContent.replace(/\s+/g, " ").trim() : null;
  };
  var box = function (e) {
    var r = e.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, width: r.width, height: r.height };
  };
  var visible = function (e) {
    var r = e.getBoundingClientRect();
    var cs = getComputedStyle(e);
    return r.width > 0 && r.height > 0 && cs.visibility !== "hidden" && cs.display !== "none";
  };
  var all = function (sel, root) {
    return Array.prototype.slice.call((root || document).querySelectorAll(sel));
  };
  var style = function (sel) {
    var e = document.querySelector(sel);
    if (!e) return null;
    var cs = getComputedStyle(e);
    return { color: cs.color, background: cs.backgroundColor, fontSize: cs.fontSize };
  };
  // The box of a text node as laid out: where the words really are, which
  // tells left-to-right from right-to-left better than any attribute.
  var textBox = function (e) {
    if (!e) return null;
    var range = document.createRange();
    range.selectNodeContents(e);
    var rects = range.getClientRects();
    if (!rects.length) return null;
    var r = rects[0];
    return { left: r.left, right: r.right, top: r.top, width: r.width, height: r.height };
  };
  var article = document.querySelector("article");
  var h1 = document.querySelector("h1");
  var firstP = document.querySelector("article section p");
  var out = {
    title: document.title,
    lang: document.documentElement.getAttribute("lang"),
    dirAttr: document.documentElement.getAttribute("dir"),
    h1: all("h1").map(text),
    headings: all("article section > :is(h2, h3, h4, h5, h6)")
      .filter(function (h) { return !h.closest(".comments, aside.related"); })
      .map(function (h) { return { tag: h.tagName.toLowerCase(), text: text(h), visible: visible(h) }; }),
    quotes: all("figure.quote").map(function (f) {
      return {
        text: text(f.querySelector("blockquote")),
        attribution: text(f.querySelector("figcaption")),
        visible: visible(f),
        attributionVisible: !!f.querySelector("figcaption") && visible(f.querySelector("figcaption"))
      };
    }),
    blockquotes: all("blockquote").length,
    figures: all("article figure:not(.quote):not(.embed):not(.lead-image)")
      .filter(function (f) { return !f.closest(".comments, aside.related"); })
      .map(function (f) {
        var img = f.querySelector("img");
        var cap = f.querySelector("figcaption");
        return {
          src: img ? img.getAttribute("src") : null,
          caption: text(cap),
          visible: visible(f),
          captionVisible: !!cap && visible(cap),
          imgWidth: img ? img.getBoundingClientRect().width : 0
        };
      }),
    related: all("aside.related li").map(function (li) {
      var a = li.querySelector("a");
      return { href: a ? a.getAttribute("href") : null, text: text(a), visible: visible(li) };
    }),
    comments: all(".comments li.comment").map(function (li) {
      var depth = 0;
      for (var p = li.parentElement; p; p = p.parentElement) {
        if (p.matches("li.comment")) depth++;
      }
      return {
        id: li.id,
        author: text(li.querySelector(":scope > article > header .comment-author")),
        depth: depth,
        left: li.getBoundingClientRect().left,
        right: li.getBoundingClientRect().right,
        visible: visible(li)
      };
    }),
    dark: matchMedia("(prefers-color-scheme: dark)").matches,
    direction: article ? getComputedStyle(article).direction : null,
    viewport: { width: innerWidth, height: innerHeight },
    scrollWidth: document.documentElement.scrollWidth,
    article: article ? box(article) : null,
    h1Text: textBox(h1),
    firstPText: textBox(firstP),
    firstP: firstP ? box(firstP) : null,
    styles: {
      body: style("body"),
      p: style("article section p"),
      link: style("article section p a"),
      byline: style(".byline"),
      caption: style("figcaption"),
      code: style("pre"),
      th: style("th"),
      credit: style(".credit")
    }
  };
  document.documentElement.setAttribute("data-article-probe", JSON.stringify(out));
})();
