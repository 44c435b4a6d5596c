"""Tests of the `article` command, run from ctest (tests/cli.cmake).

ARTICLE_CLI names the built command; ARTICLE_CORPUS_DIR the shared corpus.
Each test runs the real binary and checks its exit status, its output and
the files it leaves behind.
"""

import glob
import json
import os
import pty
import re
import select
import signal
import stat
import subprocess
import time

import pytest

CLI = os.environ.get("ARTICLE_CLI", "article")
SOURCE = os.environ.get(
    "ARTICLE_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", "..")
)
CORPUS = os.environ.get("ARTICLE_CORPUS_DIR", os.path.join(SOURCE, "..", "shared", "corpus"))
ZYTE = sorted(glob.glob(os.path.join(CORPUS, "zyte", "html", "*.html.gz")))

VALID = {"format": "article/1", "title": "A title", "sections": [
    {"blocks": [{"type": "paragraph", "content": ["Some text."]}]}]}

# "para" is on line 3; the reader must name its path and position.
BAD_SCHEMA = (
    '{"format": "article/1", "title": "t",\n'
    ' "sections": [{"blocks": [\n'
    '   {"type": "para", "content": []}]}]}\n'
)
BAD_SYNTAX = '{"format": "article/1",\n "title": \n'

PAGE = (
    "<!DOCTYPE html><html lang='en'><head><title>A page</title></head><body>"
    "<article><h1>A page</h1><p>The first paragraph of the article has enough"
    " words in it to count as the article's content.</p><p>And a second one,"
    " also long enough to be kept by any reasonable reader of pages.</p>"
    "</article></body></html>"
)


def run(*args, stdin=None, cwd=None):
    return subprocess.run(
        [CLI, *args], input=stdin, cwd=cwd, capture_output=True, timeout=120
    )


def version():
    header = os.path.join(SOURCE, "include", "article", "article.h")
    with open(header, encoding="utf-8") as f:
        return re.search(r'#define ARTICLE_VERSION_STRING "([^"]+)"', f.read()).group(1)


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return str(path)


def leftovers(directory):
    """Hidden temporary files that -o must never leave behind."""
    return [n for n in os.listdir(directory) if n.startswith(".")]


# MARK: - Usage, help, version


@pytest.mark.parametrize("args", [
    [],
    ["frobnicate"],
    ["--frobnicate"],
    ["convert", "--bogus"],
    ["convert", "-x"],
    ["convert", "-t"],
    ["convert", "-o"],
    ["convert", "-t", "xml", "x.html"],
    ["convert", "-f", "md", "x.html"],
    ["convert", "--pretty=yes", "x.html"],
    ["convert", "-j", "0", "--jsonl", "x.html"],
    ["convert", "-j", "many", "--jsonl", "x.html"],
    ["convert", "--max-depth", "lots", "x.html"],
    ["convert", "--max-time", "10K", "x.html"],
    ["convert", "--max-time", "0", "x.html"],
    ["convert", "a.html", "b.html"],
    ["convert", "--jsonl", "--out-dir", "d", "a.html"],
    ["convert", "--jsonl", "-t", "md", "a.html"],
    ["convert", "--jsonl"],
    ["validate"],
    ["validate", "--bogus", "x.json"],
])
def test_usage_errors_exit_2(args):
    r = run(*args)
    assert r.returncode == 2, r
    assert r.stdout == b""
    assert r.stderr, "a usage error says what is wrong"


def test_usage_error_names_option_and_help():
    r = run("convert", "--bogus")
    assert b"--bogus" in r.stderr
    assert b"article convert --help" in r.stderr


@pytest.mark.parametrize("args", [
    ["--help"], ["-h"], ["help"], ["convert", "--help"], ["convert", "-h"],
    ["validate", "--help"],
])
def test_help_exit_0(args):
    r = run(*args)
    assert r.returncode == 0
    assert r.stdout.startswith(b"Usage: article")
    assert r.stderr == b""


def test_convert_help_lists_every_option():
    out = run("convert", "--help").stdout.decode()
    for opt in ["--from", "--to", "--url", "--charset", "--pretty", "--output",
                "--no-comments", "--no-related", "--no-images", "--no-tables",
                "--precision", "--recall", "--max-input-size", "--max-depth",
                "--max-nodes", "--max-time", "--cpu-time", "--fragment", "--no-style", "--stylesheet",
                "--out-dir", "--jsonl", "--jobs"]:
        assert opt in out, opt


def test_man_page_documents_every_option():
    with open(os.path.join(SOURCE, "docs", "article.1"), encoding="utf-8") as f:
        man = f.read().replace("\\-", "-")
    helps = run("convert", "--help").stdout.decode() + run("validate", "--help").stdout.decode()
    options = set(re.findall(r"(?m)^\s+(?:-\w, )?(--[a-z-]+)", helps))
    assert len(options) > 20
    for opt in sorted(options):
        assert opt in man, opt


@pytest.mark.parametrize("args", [["--version"], ["convert", "--version"]])
def test_version(args):
    r = run(*args)
    assert r.returncode == 0
    assert r.stdout.decode() == "article %s\n" % version()


# MARK: - Bad input


def test_validate_bad_syntax_gives_position(tmp_path):
    path = write(tmp_path / "in.json", BAD_SYNTAX)
    r = run("validate", path)
    assert r.returncode == 1
    assert re.match(re.escape(path) + r":\d+:\d+: \S", r.stderr.decode()), r.stderr
    assert r.stdout == b""


def test_validate_bad_schema_gives_path(tmp_path):
    path = write(tmp_path / "in.json", BAD_SCHEMA)
    r = run("validate", path)
    assert r.returncode == 1
    err = r.stderr.decode()
    assert re.match(re.escape(path) + r":3:\d+: sections\[0\]\.blocks\[0\]\.type: .*para", err), err


def test_convert_bad_json_gives_position(tmp_path):
    write(tmp_path / "in.json", BAD_SCHEMA)
    r = run("convert", "in.json", cwd=tmp_path)
    assert r.returncode == 1
    assert r.stdout == b""
    assert re.match(r"in\.json:3:\d+: sections\[0\]\.blocks\[0\]\.type: ", r.stderr.decode()), r.stderr


def test_validate_mixed_files(tmp_path):
    good = write(tmp_path / "good.json", json.dumps(VALID))
    bad = write(tmp_path / "bad.json", BAD_SYNTAX)
    r = run("validate", good, bad, str(tmp_path / "missing.json"))
    assert r.returncode == 1
    assert r.stdout.decode() == "%s: ok\n" % good
    err = r.stderr.decode().splitlines()
    assert len(err) == 2
    assert err[0].startswith(bad + ":")
    assert err[1].startswith(str(tmp_path / "missing.json") + ": ")


def test_validate_ok(tmp_path):
    good = write(tmp_path / "good.json", json.dumps(VALID))
    r = run("validate", good)
    assert (r.returncode, r.stdout.decode(), r.stderr) == (0, "%s: ok\n" % good, b"")


def test_missing_input_exit_1(tmp_path):
    r = run("convert", str(tmp_path / "nope.html"))
    assert r.returncode == 1
    assert r.stderr.decode().startswith(str(tmp_path / "nope.html") + ": ")


def test_input_limit_exit_1(tmp_path):
    path = write(tmp_path / "p.html", PAGE)
    r = run("convert", "--max-input-size", "100", path)
    assert r.returncode == 1
    assert r.stderr.decode().startswith(path + ":")


def slow_page(blocks=20000):
    """About 4 MB of teaser-like blocks: well over 10 ms to read anywhere."""
    block = ('<div class="post entry"><p>Paragraph {0} with <a href="/p/{0}">a link</a>'
             " and <em>some words</em> that go on for a while, as text does.</p></div>\n")
    return ("<!DOCTYPE html><html><head><title>Slow</title></head><body><article>"
            + "".join(block.format(i) for i in range(blocks)) + "</article></body></html>")


@pytest.mark.parametrize("clock", [[], ["--cpu-time"]])
def test_max_time_fails_a_slow_page(tmp_path, clock):
    slow = write(tmp_path / "slow.html", slow_page())
    r = run("convert", "--max-time", "1", *clock, slow)
    assert r.returncode == 1
    err = r.stderr.decode()
    assert err.startswith(slow + ": ") and "max_time (1 ms" in err, err
    # In a batch the slow page fails alone; the budget fits the small one.
    small = write(tmp_path / "small.html", PAGE)
    r = run("convert", "--jsonl", "--max-time", "600000", *clock, small, slow)
    assert r.returncode == 0, r.stderr
    r = run("convert", "--jsonl", "--max-time", "1", *clock, slow, slow)
    assert r.returncode == 1
    assert all("max_time" in x["error"] for x in jsonl(r.stdout))


def test_max_time_in_a_batch_of_small_pages(tmp_path):
    """Pages under 2 MB are read in the batch's page arena (lib/cli/page_arena.c):
    one cut short by --max-time gives its memory back, and the page after it
    reads as it does alone."""
    slow = write(tmp_path / "slow.html", slow_page(8000))  # about 1.6 MB
    small = write(tmp_path / "small.html", PAGE)
    alone = run("convert", small)
    assert alone.returncode == 0, alone.stderr
    r = run("convert", "--jsonl", "-j", "1", "--max-time", "5", "--cpu-time",
            slow, small, slow, small)
    assert r.returncode == 1
    lines = jsonl(r.stdout)
    assert [("error" in x) for x in lines] == [True, False, True, False], r.stdout
    assert all("max_time" in x["error"] for x in lines[::2])
    expected = json.loads(alone.stdout)
    assert lines[1]["article"] == expected and lines[3]["article"] == expected


# MARK: - Output files


def test_output_file_is_atomic_on_error(tmp_path):
    path = write(tmp_path / "in.json", BAD_SYNTAX)
    out = tmp_path / "out.html"
    r = run("convert", path, "-t", "html", "-o", str(out))
    assert r.returncode == 1
    assert not out.exists()
    assert leftovers(tmp_path) == []


def test_output_file_kept_on_error(tmp_path):
    path = write(tmp_path / "in.json", BAD_SYNTAX)
    out = write(tmp_path / "out.json", "previous\n")
    r = run("convert", path, "-o", out)
    assert r.returncode == 1
    assert open(out).read() == "previous\n"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("spelling", ["in.json", "./in.json", "{dir}/in.json", "link.json"])
def test_output_equal_to_input_refused(tmp_path, spelling):
    path = write(tmp_path / "in.json", json.dumps(VALID))
    os.symlink("in.json", tmp_path / "link.json")
    r = run("convert", "in.json", "-o", spelling.format(dir=tmp_path), cwd=tmp_path)
    assert r.returncode == 2
    assert open(path).read() == json.dumps(VALID)
    assert leftovers(tmp_path) == []


def test_output_file_written(tmp_path):
    path = write(tmp_path / "p.html", PAGE)
    out = tmp_path / "p.json"
    r = run("convert", path, "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert r.stdout == b""
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["format"] == "article/1"
    assert leftovers(tmp_path) == []
    assert oct(out.stat().st_mode & 0o777) != oct(0o600), "the mode of a plain new file"


def test_output_to_fifo_is_written_in_place(tmp_path):
    """-o naming a FIFO or device writes into it, never renames over it."""
    path = write(tmp_path / "p.json", json.dumps(VALID))
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    proc = subprocess.Popen([CLI, "convert", path, "-o", str(fifo)], stderr=subprocess.PIPE)
    with open(fifo, "rb") as f:
        data = f.read()
    assert proc.wait(timeout=60) == 0
    proc.stderr.close()
    assert json.loads(data) == VALID
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
@pytest.mark.parametrize("args", [[], ["--jsonl"]])
def test_failed_write_exit_1(tmp_path, args):
    path = write(tmp_path / "p.json", json.dumps(VALID))
    with open("/dev/full", "wb") as full:
        r = subprocess.run([CLI, "convert", *args, path], stdout=full, stderr=subprocess.PIPE,
                           timeout=60)
    assert r.returncode == 1
    assert b"cannot write" in r.stderr


def test_stdin_defaults_to_html():
    r = run("convert", stdin=PAGE.encode())
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["format"] == "article/1"
    assert r.stdout.endswith(b"\n")


def test_stdin_as_json():
    r = run("convert", "-f", "json", "-", stdin=json.dumps(VALID).encode())
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == VALID


def test_gzip_input():
    if not ZYTE:
        pytest.skip("no corpus")
    r = run("convert", ZYTE[0])
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["format"] == "article/1"


@pytest.mark.parametrize("to", ["json", "html", "md", "text"])
def test_every_output_format(tmp_path, to):
    path = write(tmp_path / "p.json", json.dumps(VALID))
    r = run("convert", path, "-t", to)
    assert r.returncode == 0, r.stderr
    assert b"Some text." in r.stdout


def test_pretty_json(tmp_path):
    path = write(tmp_path / "p.json", json.dumps(VALID))
    r = run("convert", path, "--pretty")
    assert r.returncode == 0, r.stderr
    assert r.stdout.count(b"\n") > 3
    assert json.loads(r.stdout) == VALID


def test_json_round_trip(tmp_path):
    path = write(tmp_path / "p.json", json.dumps(VALID, separators=(",", ":")))
    r = run("convert", path)
    assert r.returncode == 0, r.stderr
    assert r.stdout == json.dumps(VALID, separators=(",", ":"), ensure_ascii=False).encode() + b"\n"


def test_html_writer_options(tmp_path):
    path = write(tmp_path / "p.json", json.dumps(VALID))
    full = run("convert", path, "-t", "html").stdout
    frag = run("convert", path, "-t", "html", "--fragment").stdout
    linked = run("convert", path, "-t", "html", "--stylesheet", "https://x.test/s.css").stdout
    assert b"<html" in full and b"<html" not in frag and b"<article" in frag
    assert b"https://x.test/s.css" in linked


# MARK: - Batches


def jsonl(stdout):
    return [json.loads(line) for line in stdout.decode().splitlines()]


SUMMARY = re.compile(r"^(\d+) pages, (\d+) failed, [0-9.]+ pages/s$")


@pytest.mark.skipif(len(ZYTE) < 4, reason="no corpus")
def test_jsonl_batch_keeps_input_order(tmp_path):
    pages = ZYTE[:6]
    missing = str(tmp_path / "missing.html.gz")
    inputs = pages[:3] + [missing] + pages[3:]
    r = run("convert", "--jsonl", "-j", "2", *inputs)
    assert r.returncode == 1, "one page failed"
    lines = jsonl(r.stdout)
    assert [x["source"] for x in lines] == inputs
    for entry, source in zip(lines, inputs):
        if source == missing:
            assert set(entry) == {"source", "error"}
        else:
            assert set(entry) == {"source", "article"}, entry
            assert entry["article"]["format"] == "article/1"
    err = r.stderr.decode().splitlines()
    assert err[0].startswith(missing + ": ")
    m = SUMMARY.match(err[-1])
    assert m and m.groups() == ("7", "1"), err


@pytest.mark.skipif(len(ZYTE) < 8, reason="no corpus")
def test_jsonl_batch_quiet_and_ordered_to_file(tmp_path):
    out = tmp_path / "all.jsonl"
    r = run("convert", "--jsonl", "-j", "2", "-o", str(out), *ZYTE[:8])
    assert r.returncode == 0, r.stderr
    assert r.stdout == b""
    err = r.stderr.decode().splitlines()
    assert len(err) == 1 and SUMMARY.match(err[0]).groups() == ("8", "0"), err
    lines = jsonl(out.read_bytes())
    assert [x["source"] for x in lines] == ZYTE[:8]
    # One thread or two, the same bytes.
    one = run("convert", "--jsonl", "-j", "1", *ZYTE[:8]).stdout
    assert one == out.read_bytes()
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(len(ZYTE) < 3, reason="no corpus")
def test_out_dir(tmp_path):
    outdir = tmp_path / "out"
    r = run("convert", "-t", "json", "--out-dir", str(outdir), "-j", "2", *ZYTE[:3])
    assert r.returncode == 0, r.stderr
    names = sorted(os.listdir(outdir))
    want = sorted(os.path.basename(p)[: -len(".html.gz")] + ".json" for p in ZYTE[:3])
    assert names == want
    for name in names:
        assert json.loads((outdir / name).read_text(encoding="utf-8"))["format"] == "article/1"


def test_out_dir_never_overwrites_input(tmp_path):
    path = write(tmp_path / "p.json", json.dumps(VALID))
    r = run("convert", "-t", "json", "--out-dir", str(tmp_path), path)
    assert r.returncode == 1
    assert open(path).read() == json.dumps(VALID)


def test_killed_batch_leaves_no_temporary(tmp_path):
    out = tmp_path / "all.jsonl"
    # Standard input stays open, so the run waits until it is killed.
    proc = subprocess.Popen([CLI, "convert", "--jsonl", "-o", str(out), "-"],
                            stdin=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.time() + 10
        while not leftovers(tmp_path) and time.time() < deadline:
            time.sleep(0.02)
        assert leftovers(tmp_path), "the temporary output exists while running"
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=10)
    finally:
        proc.kill()
        proc.stdin.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGTERM
    assert leftovers(tmp_path) == [] and not out.exists()


def test_out_dir_refuses_colliding_names(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    one = write(tmp_path / "a" / "x.html", PAGE)
    two = write(tmp_path / "b" / "x.htm", PAGE)
    r = run("convert", "--out-dir", str(tmp_path / "out"), one, two)
    assert r.returncode == 2
    assert not (tmp_path / "out").exists()


def test_jsonl_batch_reports_positions(tmp_path):
    good = write(tmp_path / "good.json", json.dumps(VALID))
    bad = write(tmp_path / "bad.json", BAD_SCHEMA)
    r = run("convert", "--jsonl", bad, good)
    assert r.returncode == 1
    lines = jsonl(r.stdout)
    assert re.match(r"3:\d+: sections\[0\]\.blocks\[0\]\.type: ", lines[0]["error"]), lines
    assert lines[1]["article"] == VALID
    err = r.stderr.decode().splitlines()
    assert re.match(re.escape(bad) + r":3:\d+: sections\[0\]", err[0]), err
    assert SUMMARY.match(err[1]).groups() == ("2", "1")


def test_jsonl_source_is_escaped(tmp_path):
    name = tmp_path / 'a "quoted"\tname.html'
    write(name, PAGE)
    r = run("convert", "--jsonl", str(name))
    assert r.returncode == 0, r.stderr
    assert jsonl(r.stdout)[0]["source"] == str(name)


@pytest.mark.skipif(len(ZYTE) < 3, reason="no corpus")
def test_progress_bar_only_on_a_terminal():
    master, slave = pty.openpty()
    try:
        proc = subprocess.run([CLI, "convert", "--jsonl", *ZYTE[:3]], stdout=subprocess.PIPE,
                              stderr=slave, timeout=120)
        os.close(slave)
        slave = -1
        chunks = []
        while select.select([master], [], [], 0.5)[0]:
            try:
                data = os.read(master, 65536)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
        tty_err = b"".join(chunks)
    finally:
        os.close(master)
        if slave >= 0:
            os.close(slave)
    assert proc.returncode == 0
    assert b"3/3 pages" in tty_err and b"\r" in tty_err
    assert re.search(rb"3 pages, 0 failed, [0-9.]+ pages/s", tty_err)
    assert len(jsonl(proc.stdout)) == 3
