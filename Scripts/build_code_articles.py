#!/usr/bin/env python3
"""Builds Lexicons/code-articles/<CODE>.json: the ordered article ids of each consolidated
version of a code, read from the article headings of its Markdown consolidations.

    python3 Scripts/build_code_articles.py [--code CESEDA] [--out Lexicons/code-articles/CESEDA.json] FILE.md...

Each consolidation has one Markdown heading per article ("#### Article L313-11",
"###### Article R*311-12", "####### Article L. 551-1"). An id is the contract's article form:
prefix letters glued to the number, no dot, no space, the asterisk of a décret en Conseil des
ministres dropped ("R*311-12" → "R311-12"), a Latin suffix kept after one space
("R553-14 bis"). Headings that are not articles of the code ("Article Annexe 6-4") are left
out; an id heading twice in one version (a publication artefact) is kept once, at its first
place. The version's date is the "Date de consolidation" line, else the YYYY-MM-DD that
starts the file name; both must agree when both are there.

The reference extractor expands "L. 314-8 à L. 314-12" only from these lists (ReferenceScanner
/ CodeArticleLists): every id between the two ends in the chosen version's order.
"""
import argparse
import json
import os
import re
import sys

HEADING = re.compile(r"^#+\s+Article\s+(.*?)\s*#*\s*$")
ARTICLE = re.compile(r"^(LO|L|R|D|A)\s*\\?\*?\s*\.?\s*(\d+(?:-\d+)*[A-Z]?)(?:\s+(bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies))?$")
MONTHS = {"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
          "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12}
CONSOLIDATION = re.compile(r"Date de consolidation\s*:\s*(\d{1,2})(?:er)?\s+(\S+)\s+(\d{4})")


def version_date(path, text):
    name = os.path.basename(path)
    m = re.match(r"(\d{4}-\d{2}-\d{2})", name)
    from_name = m.group(1) if m else None
    c = CONSOLIDATION.search(text[:2000])
    from_text = None
    if c:
        month = MONTHS.get(c.group(2).lower())
        if month is None:
            sys.exit(f"{path}: unknown month in {c.group(0)!r}")
        from_text = f"{int(c.group(3)):04d}-{month:02d}-{int(c.group(1)):02d}"
    if from_name and from_text and from_name != from_text:
        sys.exit(f"{path}: file name says {from_name}, the text {from_text}")
    date = from_text or from_name
    if not date:
        sys.exit(f"{path}: no date (neither a 'Date de consolidation' line nor a YYYY-MM-DD file name)")
    return date


def articles(text):
    out, seen = [], set()
    for line in text.splitlines():
        h = HEADING.match(line)
        if not h:
            continue
        a = ARTICLE.match(h.group(1))
        if not a:
            continue
        aid = a.group(1) + a.group(2) + (" " + a.group(3) if a.group(3) else "")
        if aid not in seen:
            seen.add(aid)
            out.append(aid)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--code", default="CESEDA")
    ap.add_argument("--source", default="article headings of the consolidations in /work/shared/corpus/ceseda/ "
                    "(2005-03-01 to 2017-01-11: repository tianyikillua/ceseda, Archéo Lex Markdown of Légifrance; "
                    "2025-07-13: Légifrance LEGI data through Ansvar-Systems/French-law-mcp)")
    ap.add_argument("--out")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    versions = []
    for path in args.files:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        arts = articles(text)
        if not arts:
            sys.exit(f"{path}: no article heading")
        versions.append({"date": version_date(path, text), "articles": arts})
    versions.sort(key=lambda v: v["date"])
    dates = [v["date"] for v in versions]
    if len(set(dates)) != len(dates):
        sys.exit(f"two versions share a date: {dates}")
    # One version a line: the file stays small and a diff shows which version changed.
    lines = ["{", f'  "code": {json.dumps(args.code)},', f'  "source": {json.dumps(args.source, ensure_ascii=False)},',
             '  "examples": ["articles L. 314-8 à L. 314-12 du CESEDA"],', '  "versions": [']
    for n, v in enumerate(versions):
        comma = "," if n + 1 < len(versions) else ""
        lines.append("    " + json.dumps(v, ensure_ascii=False, separators=(",", ":")) + comma)
    lines += ["  ]", "}"]
    out = "\n".join(lines) + "\n"
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(out)
        print(f"{args.out}: {len(versions)} versions, " + ", ".join(f"{v['date']} {len(v['articles'])}" for v in versions))
    else:
        sys.stdout.write(out)


if __name__ == "__main__":
    main()
