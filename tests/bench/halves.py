#!/usr/bin/env python3
"""The fixed rule that splits every development corpus into two halves.

Rules and weights of the reader are tuned on the *tune* half; a change is
kept only if it also helps the *check* half, which stands in for pages the
reader has never seen. The rule depends on the page's key alone (the
ground-truth id for zyte/ and modern/, the URL for dates/, the folder name
for readability/), so it never changes as the reader changes, and every
bench script uses this one function.

  python3 tests/bench/halves.py KEY...    # prints "tune" or "check" per key
"""
import hashlib
import sys

TUNE, CHECK = "tune", "check"


def half(key):
    """'tune' or 'check' for a page key: the parity of its SHA-1's last byte."""
    digest = hashlib.sha1(key.encode("utf-8")).digest()
    return CHECK if digest[-1] & 1 else TUNE


def split(keys):
    """(tune keys, check keys), each in the order given."""
    tune, check = [], []
    for k in keys:
        (check if half(k) == CHECK else tune).append(k)
    return tune, check


if __name__ == "__main__":
    for key in sys.argv[1:]:
        print(f"{half(key)}\t{key}")
