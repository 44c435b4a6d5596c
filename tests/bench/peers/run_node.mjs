// Times Readability.js on the zyte pages, on two DOMs: jsdom (what Firefox's
// reader-mode tests use) and linkedom (a faster, lighter DOM). Run by
// tests/bench/peers.sh with the modules in tests/bench/node/node_modules.
// Same protocol as run_python.py: pages in memory, a warm-up over a few,
// PASSES timed passes of parse+extract only; writes OUT/<peer>.jsonl and
// OUT/<peer>.speed.
import { createRequire } from "node:module";
import { readFileSync, readdirSync, writeFileSync, existsSync, mkdirSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, "..", "node", "package.json"));
const { Readability } = require("@mozilla/readability");

function parseArgs(argv) {
  const args = { passes: 1, peers: [], wall: false };
  for (let i = 2; i < argv.length; i++) {
    if (argv[i] === "--corpus") args.corpus = argv[++i];
    else if (argv[i] === "--out") args.out = argv[++i];
    else if (argv[i] === "--passes") args.passes = Number(argv[++i]);
    else if (argv[i] === "--peer") args.peers.push(argv[++i]);
    else if (argv[i] === "--wall") args.wall = true;
  }
  return args;
}

function loadPages(corpus) {
  const truthPath = join(corpus, "ground-truth.json");
  const truth = existsSync(truthPath) ? JSON.parse(readFileSync(truthPath, "utf8")) : {};
  const dir = join(corpus, "html");
  const pages = [];
  for (const name of readdirSync(dir).sort()) {
    let id, raw;
    if (name.endsWith(".html.gz")) {
      id = name.slice(0, -8);
      raw = gunzipSync(readFileSync(join(dir, name)));
    } else if (name.endsWith(".html")) {
      id = name.slice(0, -5);
      raw = readFileSync(join(dir, name));
    } else continue;
    pages.push({ id, url: truth[id]?.url, html: raw.toString("utf8") });
  }
  return pages;
}

// Readability's textContent joins blocks with no space ("end.Next"); the
// shingle metric splits on \w+, so "word</p><p>Next" would merge two words.
// Take the text per text node instead, as run_python.py does for lxml.
function textOf(node) {
  const parts = [];
  const walk = [node];
  while (walk.length) {
    const n = walk.pop();
    if (n.nodeType === 3) parts.push(n.nodeValue);
    else if (n.childNodes) {
      for (let i = n.childNodes.length - 1; i >= 0; i--) walk.push(n.childNodes[i]);
    }
  }
  return parts.map((s) => s.trim()).filter(Boolean).join(" ");
}

function makeJsdom() {
  const { JSDOM, VirtualConsole } = require("jsdom");
  const quiet = new VirtualConsole(); // no CSS-parse warnings on stderr
  return (html, url) => {
    const dom = new JSDOM(html, { url: url || "http://example.com/", virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    const text = article ? textFromHtml(dom.window.document, article.content) : "";
    dom.window.close();
    return text;
  };
}

function textFromHtml(document, html) {
  const box = document.createElement("div");
  box.innerHTML = html || "";
  return textOf(box);
}

function makeLinkedom() {
  const { parseHTML } = require("linkedom");
  return (html) => {
    const { document } = parseHTML(html);
    const article = new Readability(document).parse();
    return article ? textFromHtml(document, article.content) : "";
  };
}

const PEERS = { "readability-js-jsdom": makeJsdom, "readability-js-linkedom": makeLinkedom };

// Seconds of the process's CPU time (user + system, all threads, so the
// garbage collector's too), as bench_article; or of the wall clock.
function clockOf(wall) {
  if (wall) return () => Number(process.hrtime.bigint()) / 1e9;
  return () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  };
}

function runPeer(name, extract, pages, passes, out, clock) {
  for (const p of pages.slice(0, 5)) extract(p.html, p.url); // warm-up: JIT
  const times = [];
  const predictions = new Map();
  for (let pass = 0; pass < passes; pass++) {
    let total = 0;
    for (const p of pages) {
      const t0 = clock();
      let text = "";
      try {
        text = extract(p.html, p.url);
      } catch (e) {
        process.stderr.write(`${name}: ${p.id}: ${e}\n`); // a miss
      }
      total += clock() - t0;
      predictions.set(p.id, text);
    }
    times.push(total);
  }
  times.sort((a, b) => a - b);
  const seconds = times[Math.floor(times.length / 2)];
  const lines = pages.map((p) => JSON.stringify({ id: p.id, text: predictions.get(p.id) }));
  writeFileSync(join(out, `${name}.jsonl`), lines.join("\n") + "\n");
  writeFileSync(join(out, `${name}.speed`), `${pages.length}\t${seconds.toFixed(6)}\n`);
  process.stderr.write(
    `${name}: ${pages.length} pages in ${seconds.toFixed(2)} s ` +
      `(${(pages.length / seconds).toFixed(1)} pages/s)\n`,
  );
}

const args = parseArgs(process.argv);
mkdirSync(args.out, { recursive: true });
const pages = loadPages(args.corpus);
for (const [name, make] of Object.entries(PEERS)) {
  if (args.peers.length && !args.peers.includes(name)) continue;
  let extract;
  try {
    extract = make();
  } catch (e) {
    process.stderr.write(`${name}: unavailable (${e.message})\n`);
    continue;
  }
  runPeer(name, extract, pages, args.passes, args.out, clockOf(args.wall));
}
