#!/usr/bin/env python3
"""Scores circ on the development set, per layout class and in total.

Usage: python3 Scripts/score-layouts.py [--circ CMD] [--gold DIR] [-v]
Groups the annotations of Tests/CircExtractTests/Gold/devpool by their `layout` field and
runs ../shared/eval/score.py on each group (documents are read from Corpus/).
"""
import argparse, json, os, shutil, subprocess, sys, tempfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ap = argparse.ArgumentParser()
ap.add_argument("--circ", default=os.path.join(root, ".build/release/circ") + " extract --format json")
ap.add_argument("--gold", default=os.path.join(root, "Tests/CircExtractTests/Gold/devpool"))
ap.add_argument("--scorer", default=os.path.join(root, "../shared/eval/score.py"))
ap.add_argument("-v", action="store_true")
a = ap.parse_args()
groups = {}
for f in sorted(os.listdir(a.gold)):
    if f.endswith(".json"):
        g = json.load(open(os.path.join(a.gold, f), encoding="utf-8"))
        groups.setdefault(g.get("layout", "other"), []).append(f)
groups["ALL"] = [f for fs in list(groups.values()) for f in fs]
for name, files in sorted(groups.items()):
    tmp = tempfile.mkdtemp()
    for f in files:
        shutil.copy(os.path.join(a.gold, f), tmp)
    out = subprocess.run([sys.executable, a.scorer, "--gold", tmp, "--corpus", os.path.join(root, "Corpus"),
                          "--circ", a.circ] + (["-v"] if a.v and name != "ALL" else []), capture_output=True, text=True)
    shutil.rmtree(tmp)
    if a.v and name != "ALL":
        print(out.stdout)
    last = out.stdout.strip().splitlines()[-1] if out.stdout.strip() else out.stderr
    figs = dict(kv.split("=") for kv in last.replace("score: ", "").split())
    # A figure with nothing to score in this group (no gold item, no prediction) is "n/a",
    # not the scorer's 0.000: "(0 pred, 0 gold)" or "(0/0)".
    for line in out.stdout.splitlines():
        parts = line.split()
        if not parts or not (line.rstrip().endswith("(0/0)") or "(0 pred, 0 gold)" in line or "(0/0 pred, 0 gold)" in line):
            continue
        for k in list(figs):
            if k.startswith(parts[0] + "_"):
                figs[k] = "n/a"

    print(f"{name:10s} n={len(files):2d} " + " ".join(f"{k.replace('_f1','').replace('_acc','')}={v}" for k, v in figs.items() if k != "failed"))
