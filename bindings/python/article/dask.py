"""Pages to JSON Lines at scale, with dask.bag on a distributed cluster.

    python -m article.dask PAGES... -o OUT [--workers N | --scheduler tcp://host:8786]

Each PAGES argument is a directory (searched recursively), a glob or a file;
pages are ``.html``/``.htm``, optionally gzipped (``.gz``). OUT receives
``part-00000.jsonl``... with one record per page, in input order:
``{"source": path, "article": {...}}``, or ``{"source": path, "error": "..."}``
when that page failed (a failure never stops the run).

Without ``--scheduler`` a LocalCluster of N worker processes (default: the
number of CPUs), one thread each, runs on this machine.
"""

from __future__ import annotations

import argparse
import glob
import gzip
import json
import os
import sys
from typing import Any, Callable, Iterable, Sequence

PAGE_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")


def find_pages(inputs: Iterable[str]) -> list[str]:
    """The page files named by directories, globs and paths, sorted within
    each input, each file once."""
    found: list[str] = []
    seen: set[str] = set()
    for spec in inputs:
        if os.path.isdir(spec):
            names = [os.path.join(root, f) for root, _, files in os.walk(spec) for f in files
                     if f.lower().endswith(PAGE_SUFFIXES)]
        elif glob.has_magic(spec):
            names = [p for p in glob.glob(spec, recursive=True) if os.path.isfile(p)]
        else:
            names = [spec]
        for name in sorted(names):
            if name not in seen:
                seen.add(name)
                found.append(name)
    return found


def read_page(path: str) -> bytes:
    """A page's bytes, gunzipped when the name ends in .gz."""
    with open(path, "rb") as f:
        data = f.read()
    return gzip.decompress(data) if path.lower().endswith(".gz") else data


def convert_page(path: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """One output record for one page; never raises for a bad page."""
    import article

    try:
        doc = article.from_html(read_page(path), **(options or {}))
        return {"source": path, "article": doc.to_dict()}
    except Exception as e:  # noqa: BLE001 - a bad page is a record, not a crash
        return {"source": path, "error": f"{type(e).__name__}: {e}"}


def _dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False)


def _write_lines(path: str, records: Iterable[dict[str, Any]]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for rec in records:
            f.write(_dumps(rec) + "\n")


def _rescue(client: Any, chunk: Sequence[str], options: dict[str, Any] | None,
            func: Callable[..., dict[str, Any]]) -> list[dict[str, Any]]:
    """Converts a partition whose task failed (a worker died: a crash in C,
    the OOM killer) page by page, so that only the guilty pages become
    error records and every other page still gets its article."""
    from distributed import wait

    futures = [client.submit(func, p, options, pure=False) for p in chunk]
    # Let every first try end before any second one starts, so that a
    # second try never shares a worker with a page that may still kill it.
    wait(futures)
    records = []
    for path, fut in zip(chunk, futures):
        try:
            records.append(fut.result())
        except Exception:  # noqa: BLE001 - the worker died on this page, or beside it
            # A page queued on a worker that another page killed fails
            # too: try it once more, alone, so that only the guilty page
            # becomes an error record.
            try:
                records.append(client.submit(func, path, options, pure=False).result())
            except Exception as e:  # noqa: BLE001 - it is this page
                records.append({"source": path, "error": f"{type(e).__name__}: {e}"})
    return records


def convert(paths: Sequence[str], output_dir: str, client: Any,
            options: dict[str, Any] | None = None, partitions: int | None = None,
            func: Callable[..., dict[str, Any]] = convert_page) -> list[str]:
    """Converts ``paths`` on ``client``'s cluster into JSON Lines files in
    ``output_dir``; returns their paths in partition order.

    ``func(path, options)`` makes one record (default :func:`convert_page`).
    A partition whose worker dies is redone page by page (see _rescue).
    """
    import dask.bag as db

    os.makedirs(output_dir, exist_ok=True)
    paths = list(paths)
    if not paths:
        return []
    if partitions is None:
        partitions = 4 * max(1, len(client.scheduler_info().get("workers", {})))
    # Contiguous partitions of a known size, so that the pages of each
    # output file are known here too (dask.bag splits the same way).
    size = -(-len(paths) // max(1, min(partitions, len(paths))))
    chunks = [paths[i:i + size] for i in range(0, len(paths), size)]
    bag = db.from_sequence(paths, partition_size=size)
    assert bag.npartitions == len(chunks)
    lines = bag.map(func, options).map(_dumps)
    names = [os.path.join(output_dir, f"part-{i:05d}.jsonl") for i in range(len(chunks))]
    tasks = lines.to_textfiles(os.path.join(output_dir, "part-*.jsonl"),
                               name_function=lambda i: f"{i:05d}", encoding="utf-8",
                               compute=False)
    futures = client.compute(tasks)
    for name, chunk, fut in zip(names, chunks, futures):
        try:
            fut.result()
        except Exception:  # noqa: BLE001 - redo this partition page by page
            _write_lines(name, _rescue(client, chunk, options, func))
    return names


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m article.dask",
        description="Convert HTML pages (.html, .html.gz) to JSON Lines with Dask.")
    p.add_argument("inputs", nargs="+", metavar="PAGES", help="directory, glob or file")
    p.add_argument("-o", "--output", required=True, help="output directory")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--scheduler", help="address of a running scheduler (tcp://host:8786)")
    where.add_argument("-j", "--workers", type=int, default=None,
                       help="worker processes of the local cluster (default: CPUs)")
    p.add_argument("--partitions", type=int, default=None,
                   help="number of output files (default: 4 per worker)")
    p.add_argument("--no-comments", action="store_true", help="leave out comments")
    p.add_argument("--no-related", action="store_true", help="leave out related links")
    p.add_argument("--favor", choices=("precision", "recall"), default=None)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """The command line; returns the exit status (1 when a page failed)."""
    args = _parser().parse_args(argv)
    import dask
    from distributed import Client, LocalCluster

    options: dict[str, Any] = {}
    if args.no_comments:
        options["comments"] = False
    if args.no_related:
        options["related"] = False
    if args.favor:
        options["favor"] = args.favor
    paths = find_pages(args.inputs)
    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        # A page that kills its worker is retried once, then _rescue takes over.
        dask.config.set({"distributed.scheduler.allowed-failures": 1})
        cluster = LocalCluster(n_workers=args.workers or os.cpu_count() or 1,
                               threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        files = convert(paths, args.output, client, options, args.partitions)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    failed = 0
    for name in files:
        with open(name, encoding="utf-8") as f:
            failed += sum(1 for line in f if '"error"' in line and "error" in json.loads(line))
    print(f"{len(paths)} pages, {failed} failed, {len(files)} files in {args.output}",
          file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    # Run the imported module's main, so that the functions shipped to the
    # workers are article.dask.*, importable there, not __main__.*.
    from article.dask import main as _main

    sys.exit(_main())
