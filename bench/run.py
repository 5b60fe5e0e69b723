#!/usr/bin/env python3
"""make bench: image-catalog against the scripts a team would write instead, side by side, on
catalogs written as maintainers write them: HOCON, as one file and as a file per namespace.

Whole processes, timed here: each case runs once to warm the file cache, then RUNS times (three at
100k); the table gives the median wall time with min and max, and the median peak RSS of the
process. The peers (../shared/bench) read JSON, so they render the JSON synthetic catalog that the
HOCON ones are written from (bench/hocon_catalog.py), in the same rounds as our generate of both
into an empty folder; the ratio is ours / fastest peer in this same run. The peers cannot read the
real catalog, so a synthetic catalog with as many tags gives the ratio at its size. Last, the
pipeline's own timings show where our time goes, step by step.
"""
import os
import re
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
BENCH = SHARED / "bench"
WORK = ROOT / "target" / "bench"
LAUNCHER = ROOT / "bin" / "image-catalog"
TIMED = ROOT / "bench" / "timed.py"
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
SIZES = [1_000, 10_000, 100_000]
JSONNET_MAX = 1_000  # 10k takes about 19 s a run, 100k minutes: see ../shared/bench/README.md
PEERS = {
    "mustache.js": BENCH / "peers" / "mustache-js" / "run.sh",
    "Jinja2": BENCH / "peers" / "jinja" / "run.sh",
    "Jsonnet": BENCH / "peers" / "jsonnet" / "run.sh",
}


def run_once(argv):
    """Wall seconds and peak RSS (MiB) of one process, as bench/timed.py measures them; fails
    loudly on a non-zero exit."""
    err_file = WORK / "stderr.txt"
    with open(err_file, "wb") as err_out:  # a file, not a pipe: warnings must not block the run
        timed = subprocess.run([sys.executable, "-S", str(TIMED), *map(str, argv)],
                               stdout=subprocess.PIPE, stderr=err_out, text=True)
    err = err_file.read_text(errors="replace")
    elapsed, peak_kib, code = timed.stdout.split()
    if timed.returncode != 0 or code != "0":
        sys.exit(f"bench: {' '.join(map(str, argv))} exited {code}\n{err[-2000:]}")
    return float(elapsed), int(peak_kib) / 1024


def stats(samples):
    times = [t for t, _ in samples]
    return {"median": statistics.median(times), "min": min(times), "max": max(times),
            "rss": statistics.median(m for _, m in samples)}


def measure(argv, prepare=None, runs=RUNS):
    samples = []
    for i in range(runs + 1):
        if prepare:
            prepare()
        sample = run_once(argv)
        if i > 0:
            samples.append(sample)
    return stats(samples)


def measure_together(cases, runs=RUNS):
    """Each round runs every case once, so that all see the same machine: on a shared machine the
    same process can take 20% longer a minute later, and a ratio of runs minutes apart drifts."""
    samples = {name: [] for name in cases}
    for i in range(runs + 1):
        for name, (argv, prepare) in cases.items():
            if prepare:
                prepare()
            sample = run_once(argv)
            if i > 0:
                samples[name].append(sample)
    return {name: stats(s) for name, s in samples.items()}


def show(m):
    return f"{m['median']:.3f} s ({m['min']:.3f}–{m['max']:.3f}), {m['rss']:.0f} MiB"


def ours(command, catalog, out):
    return [str(LAUNCHER), command, "--quiet", "--catalog", str(catalog),
            "--templates", str(ROOT / "templates"), "--out", str(out)]


def peer_run(peer, catalog):
    """A peer rendering the JSON catalog into peer-NAME beside it."""
    return ["sh", str(PEERS[peer]), str(catalog), str(catalog.parent / f"peer-{peer}")]


def rm(path):
    return lambda: shutil.rmtree(path, ignore_errors=True)


def synthetic(tags):
    """The peers' synthetic catalog (JSON) with this many tags, and the same in HOCON syntax as
    one file and as a file per namespace."""
    folder = WORK / f"{tags}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    json_catalog = folder / "catalog.json"
    with open(json_catalog, "w", encoding="utf-8") as f:
        subprocess.run([sys.executable, str(BENCH / "gen_catalog.py"), str(tags), "42"], stdout=f,
                       check=True)
    hocon = {}
    for label, extra in (("one file", []), ("a file per namespace", ["--split"])):
        out = folder / ("split" if extra else "one")
        subprocess.run([sys.executable, str(ROOT / "bench" / "hocon_catalog.py"),
                        str(json_catalog), str(out), *extra], check=True)
        hocon[label] = out / "catalog.conf"
    return json_catalog, hocon


def corpus():
    """The vendored openshift/release corpus imported into a catalog, and how many tags it has."""
    folder = WORK / "corpus"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    catalog = folder / "catalog.conf"
    streams = ROOT / "src/test/resources/org/imagecatalog/corpus/openshift-release" \
        / "supplemental-ci-images"
    inputs = sorted(p for p in streams.rglob("*.yaml") if p.name != "fcos-builroot.yaml")
    imported = subprocess.run([str(LAUNCHER), "import", *map(str, inputs), "--output", str(catalog)],
                              check=True, stderr=subprocess.PIPE, text=True)
    tags = re.search(r"imported \d+ image streams and (\d+) tags", imported.stderr)
    return catalog, int(tags.group(1))


def bench_size(tags, rows):
    """Generate into an empty folder, both HOCON layouts and the peers in the same rounds; then the
    cases that start from a generated folder, on the layout a catalog of this size uses."""
    json_catalog, hocon = synthetic(tags)
    runs = RUNS if tags < 100_000 else 3
    together = {}
    for label, catalog in hocon.items():
        out = catalog.parent / "generated"
        together[f"ours, {label}"] = (ours("generate", catalog, out), rm(out))
    for peer in PEERS:
        if peer != "Jsonnet" or tags <= JSONNET_MAX:
            together[peer] = (peer_run(peer, json_catalog), None)
    measured = measure_together(together, runs)
    peer_rows = {p: measured.pop(p) for p in list(measured) if not p.startswith("ours")}
    fastest_name, fastest = min(peer_rows.items(), key=lambda kv: kv[1]["median"])
    for case, m in measured.items():
        rows.append((f"{tags:,} tags", f"generate, empty folder ({case[6:]})", m, fastest_name,
                     fastest))
    layout = "a file per namespace" if tags >= 100_000 else "one file"
    catalog = hocon[layout]
    out = catalog.parent / "generated"
    run_once(ours("generate", catalog, out))
    rows.append((f"{tags:,} tags", f"generate, nothing changed ({layout})",
                 measure(ours("generate", catalog, out), runs=runs), fastest_name, fastest))
    rows.append((f"{tags:,} tags", f"check, up to date ({layout})",
                 measure(ours("check", catalog, out), runs=runs), fastest_name, fastest))
    return peer_rows, measured


def bench_corpus(rows):
    catalog, tags = corpus()
    json_catalog, _ = synthetic(tags)
    out = catalog.parent / "generated"
    together = {"real": (ours("generate", catalog, out), rm(out))}
    for peer in ("mustache.js", "Jinja2"):
        together[peer] = (peer_run(peer, json_catalog), None)
    measured = measure_together(together)
    real = measured.pop("real")
    fastest_name, fastest = min(measured.items(), key=lambda kv: kv[1]["median"])
    label = f"the real catalog ({tags} tags)"
    rows.append((label, "generate, empty folder", real, f"{fastest_name} on {tags} synthetic tags",
                 fastest))
    run_once(ours("generate", catalog, out))
    rows.append((label, "generate, nothing changed", measure(ours("generate", catalog, out)),
                 fastest_name, fastest))


def profile(tags):
    """The pipeline's own step timings, on the one-file catalog, from --timings."""
    catalog = WORK / f"{tags}" / ("split" if tags >= 100_000 else "one") / "catalog.conf"
    out = catalog.parent / "profile"
    shutil.rmtree(out, ignore_errors=True)
    result = subprocess.run([*ours("generate", catalog, out), "--timings"], check=True,
                            stderr=subprocess.PIPE, text=True)
    print(f"{tags:,} tags: {result.stderr.strip().splitlines()[-1]}")


def main():
    if not (BENCH / "gen_catalog.py").is_file():
        sys.exit(f"make bench: the peers and the catalog generator are expected in {BENCH}, which is"
                 " missing: check out the shared folder beside this repository to run benchmarks")
    WORK.mkdir(parents=True, exist_ok=True)
    print(f"# make bench: medians of {RUNS} runs (3 at 100k) after one warm-up, whole processes\n")
    rows = []
    peers_by_size = {}
    empty = {}
    for tags in SIZES:
        peers_by_size[tags], empty[tags] = bench_size(tags, rows)
    bench_corpus(rows)
    print("| catalog | case | image-catalog | fastest peer, same rounds | ours / fastest |")
    print("|---|---|---|---|---:|")
    for catalog, case, m, peer, fastest in rows:
        print(f"| {catalog} | {case} | {show(m)} | {peer} {fastest['median']:.3f} s | "
              f"{m['median'] / fastest['median']:.2f}x |")
    print("\n| catalog | peer | time | peak RSS |\n|---|---|---|---|")
    for tags, peer_rows in peers_by_size.items():
        for peer, m in peer_rows.items():
            print(f"| {tags:,} tags | {peer} | {m['median']:.3f} s ({m['min']:.3f}–{m['max']:.3f}) |"
                  f" {m['rss']:.0f} MiB |")
    split = "ours, a file per namespace"
    print(f"\ngrowth, a file per namespace: time(100k) / time(10k) = "
          f"{empty[100_000][split]['median'] / empty[10_000][split]['median']:.1f}")
    print("\n# Where the time goes: the pipeline's steps (--timings), one cold run each\n")
    for tags in SIZES:
        profile(tags)


if __name__ == "__main__":
    main()
