#!/usr/bin/env python3
"""Builds the fuzzers' seed directory from Corpus/ (nothing generated is committed).

Each seed is one format byte (0 txt, 1 markdown, 2 html, 3 pdf text: see
Sources/FuzzSupport/FuzzInput.swift) followed by at most --max-len bytes of a Corpus file,
cut at paragraph boundaries, plus a few hand-written hostile snippets.

    python3 Fuzz/make-seeds.py [--out Fuzz/seeds] [--max-len 4096]
"""
import argparse, hashlib, html, os, pathlib

FORMAT = {".txt": 0, ".md": 1, ".markdown": 1, ".html": 2, ".htm": 2}

HOSTILE = [
    (0, b""), (0, b" \n\t "), (0, b"a\x00b"), (0, b"caf\xe9 r\xe9glement"), (0, b"\xef\xbb\xbfObjet : test"),
    (0, b"\xff\xfeO\x00b\x00j\x00"), (0, b"\xfe\xff\x00O\x00b"), (0, b"\xff\xfe\x00\xd8\x00\xdc"),
    (1, b"<sup>1</sup> " * 40), (1, b"<b>" * 200), (1, b"**gras " * 30), (1, b"<sup>1 jamais ferm\xc3\xa9e"),
    (1, b"".join(b"- item %d\n" % i for i in range(60))), (0, b"a" * 3000), (0, b"a'" * 500), (0, b"a." * 500),
    (0, b"a_" * 500), (1, "\U0001F600 \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627 e\u0301\u0301".encode()),
    (1, "<sup>1</sup> Note.\n".encode() * 50), (2, b"<html><body><p>" + b"<b>" * 100 + b"<!-- x"),
    (2, b"<script>" * 20), (2, b"&#x1F600;&#0;&#xD800;&amp;&nbsp;&#99999999;"), (3, b"1\n\x0cPage 1 sur 3\nTexte\n\x0c2\n"),
    (0, "n\u00B0 2024-42 L. 612-6 1er mai 2021 http://x.fr a@b.fr 3 240,5 % aujourd'hui".encode()),
]


def chunks(data: bytes, max_len: int):
    paras = data.split(b"\n\n")
    cur = b""
    for p in paras:
        if cur and len(cur) + len(p) + 2 > max_len:
            yield cur
            cur = b""
        cur = (cur + b"\n\n" + p) if cur else p
        while len(cur) > max_len:
            cut = cur.rfind(b"\n", 0, max_len)
            if cut <= 0:
                cut = max_len
                while cut > 0 and (cur[cut] & 0xC0) == 0x80:  # keep UTF-8 whole
                    cut -= 1
            yield cur[:cut]
            cur = cur[cut:]
    if cur:
        yield cur


def main():
    here = pathlib.Path(__file__).resolve().parent
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(here / "seeds"))
    ap.add_argument("--max-len", type=int, default=4096)
    ap.add_argument("--per-file", type=int, default=60, help="at most this many chunks per Corpus file")
    a = ap.parse_args()
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    seeds = []
    for f in sorted((here.parent / "Corpus").rglob("*")):
        if not f.is_file() or f.name == "README.md" or f.suffix not in FORMAT:
            continue
        data = f.read_bytes()
        parts = list(chunks(data, a.max_len))
        step = max(1, len(parts) // a.per_file)
        for c in parts[::step][: a.per_file]:
            seeds.append((FORMAT[f.suffix], c))
            if f.suffix == ".txt":  # the same text as pdftotext would give it, and as HTML
                seeds.append((3, c.replace(b"\n\n", b"\n\x0c", 1)))
                seeds.append((2, b"<p>" + html.escape(c.decode("utf-8", "replace")).encode().replace(b"\n\n", b"</p><p>") + b"</p>"))
    seeds += HOSTILE
    for fmt, body in seeds:
        blob = bytes([fmt]) + body
        (out / hashlib.sha1(blob).hexdigest()).write_bytes(blob)
    print(f"{len(seeds)} seeds in {out}")


if __name__ == "__main__":
    main()
