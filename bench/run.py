#!/usr/bin/env python3
"""make bench: image-catalog against the scripts a team would write instead, side by side.

Whole processes, timed here: each case runs once to warm the file cache, then RUNS times; the
table gives the median wall time with min and max, and the median peak RSS of the process. The
peers (../shared/bench) render the same synthetic catalogs, in the same rounds as our generate
into an empty folder; the ratio is ours / fastest peer in this same run. The peers cannot read
the real catalog, so a synthetic catalog with as many tags gives the ratio at its size. The 10k
and 100k catalogs are then timed again written in HOCON syntax, as one file and as a file per
namespace (bench/hocon_catalog.py). Last, an in-process profile shows where our time goes, stage
by stage.
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


def run_once(argv, cwd=None):
    """Wall seconds and peak RSS (MiB) of one process, as bench/timed.py measures them; fails
    loudly on a non-zero exit."""
    err_file = WORK / "stderr.txt"
    with open(err_file, "wb") as err_out:  # a file, not a pipe: warnings must not block the run
        timed = subprocess.run([sys.executable, "-S", str(TIMED), *map(str, argv)], cwd=cwd,
                               stdout=subprocess.PIPE, stderr=err_out, text=True)
    err = err_file.read_text(errors="replace")
    elapsed, peak_kib, code = timed.stdout.split()
    if timed.returncode != 0 or code != "0":
        sys.exit(f"bench: {' '.join(map(str, argv))} exited {code}\n{err[-2000:]}")
    return float(elapsed), int(peak_kib) / 1024


def stats(samples):
    times = [t for t, _ in samples]
    return {
        "median": statistics.median(times),
        "min": min(times),
        "max": max(times),
        "rss": statistics.median(m for _, m in samples),
    }


def measure(argv, cwd=None, prepare=None, runs=RUNS):
    samples = []
    for i in range(runs + 1):
        if prepare:
            prepare()
        sample = run_once(argv, cwd)
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


def ours(command, catalog, out, *extra):
    return [str(LAUNCHER), command, "--catalog", str(catalog), "--templates", str(ROOT / "templates"),
            "--out", str(out), *extra]


def peer_run(peer, runner, catalog):
    """A peer rendering the catalog into peer-NAME beside it."""
    return ["sh", str(runner), str(catalog), str(catalog.parent / f"peer-{peer}")]


def rm(path):
    return lambda: shutil.rmtree(path, ignore_errors=True)


def bench_catalog(name, catalog, peers):
    folder = catalog.parent
    out = folder / "generated"
    rows = {}
    # The peers run in the same rounds as generate into an empty folder, the case they compare with.
    together = {"ours": (ours("generate", catalog, out), rm(out))}
    for peer, runner in peers.items():
        if peer != "Jsonnet":
            together[peer] = (peer_run(peer, runner, catalog), None)
    measured = measure_together(together)
    rows["generate, empty folder"] = measured.pop("ours")
    peer_rows = measured
    run_once(ours("generate", catalog, out))
    rows["generate, nothing changed"] = measure(ours("generate", catalog, out))
    rows["check, up to date"] = measure(ours("check", catalog, out))
    original = catalog.read_text(encoding="utf-8")
    changed = original.replace(':latest"', ':latest-changed"', 1)
    assert changed != original, "the catalog has a :latest tag to change"

    def one_tag_changed():
        catalog.write_text(original, encoding="utf-8")
        run_once(ours("generate", catalog, out))
        catalog.write_text(changed, encoding="utf-8")

    rows["generate, one tag changed"] = measure(ours("generate", catalog, out), prepare=one_tag_changed)
    catalog.write_text(original, encoding="utf-8")
    if "Jsonnet" in peers:  # about a second a run even at 1k: two runs, on its own
        peer_rows["Jsonnet"] = measure(peer_run("Jsonnet", peers["Jsonnet"], catalog), runs=2)
    return rows, peer_rows


def synthetic(tags, folder_name):
    """The peers' synthetic catalog with this many tags, in WORK/folder_name/catalog.conf."""
    folder = WORK / folder_name
    folder.mkdir(parents=True, exist_ok=True)
    catalog = folder / "catalog.conf"
    with open(catalog, "w", encoding="utf-8") as f:
        subprocess.run([sys.executable, str(BENCH / "gen_catalog.py"), str(tags), "42"], stdout=f,
                       check=True)
    return catalog


def corpus():
    """The openshift/release corpus imported into a catalog, and how many tags it has."""
    folder = WORK / "corpus"
    folder.mkdir(parents=True, exist_ok=True)
    catalog = folder / "catalog.conf"
    streams = SHARED / "corpus" / "openshift-release" / "supplemental-ci-images"
    inputs = sorted(p for p in streams.rglob("*.yaml") if p.name != "fcos-builroot.yaml")
    imported = subprocess.run([str(LAUNCHER), "import", *map(str, inputs), "--output", str(catalog)],
                              check=True, stderr=subprocess.PIPE, text=True)
    tags = re.search(r"imported \d+ image streams and (\d+) tags", imported.stderr)
    return catalog, int(tags.group(1))


def sized_like_corpus(real, tags, peers):
    """The peers cannot read the real catalog (HOCON, and settings their scripts do not know), so
    they render a synthetic catalog with as many tags, in the same rounds as our generate of both
    into an empty folder."""
    catalog = synthetic(tags, "corpus-sized")
    together = {
        name: (ours("generate", c, c.parent / "generated"), rm(c.parent / "generated"))
        for name, c in (("synthetic", catalog), ("real", real))
    }
    for peer, runner in peers.items():
        together[peer] = (peer_run(peer, runner, catalog), None)
    measured = measure_together(together)
    return measured.pop("synthetic"), measured.pop("real"), measured


def hocon_syntax(size, split):
    """The synthetic catalog in HOCON syntax: one file, or a file per namespace and includes."""
    folder = WORK / f"{size // 1000}k-hocon{'-split' if split else ''}"
    shutil.rmtree(folder, ignore_errors=True)
    subprocess.run([sys.executable, str(ROOT / "bench" / "hocon_catalog.py"),
                    str(WORK / f"{size // 1000}k" / "catalog.conf"), str(folder),
                    *(["--split"] if split else [])], check=True)
    return folder / "catalog.conf"


def bench_hocon(json_rows):
    """JSON takes the fast path; people write HOCON. How the same catalogs load written so."""
    print("\n# The same catalogs in HOCON syntax: generate into an empty folder\n")
    print("| catalog | written as | generate, empty folder |")
    print("|---|---|---|")
    for size in (10_000, 100_000):
        runs = RUNS if size < 100_000 else 3
        print(f"| {size:,} tags | JSON (the fast path) | {show(json_rows[size])} |")
        for split, label in ((False, "HOCON, one file"),
                             (True, "HOCON, a file per namespace (includes parsed in parallel)")):
            catalog = hocon_syntax(size, split)
            out = catalog.parent / "generated"
            m = measure(ours("generate", catalog, out), prepare=rm(out), runs=runs)
            print(f"| {size:,} tags | {label} | {show(m)} |")


def main():
    if not (BENCH / "gen_catalog.py").is_file():
        sys.exit(f"make bench: the peers and the catalog generator are expected in {BENCH}, which is"
                 " missing: check out the shared folder beside this repository to run benchmarks")
    WORK.mkdir(parents=True, exist_ok=True)
    all_peers = {
        "mustache.js": BENCH / "peers" / "mustache-js" / "run.sh",
        "Jinja2": BENCH / "peers" / "jinja" / "run.sh",
        "Jsonnet": BENCH / "peers" / "jsonnet" / "run.sh",
    }
    print(f"# make bench: medians of {RUNS} runs after one warm-up, whole processes\n")
    print("| catalog | case | image-catalog | fastest peer | ours / fastest |")
    print("|---|---|---|---|---:|")
    results = []
    for size in SIZES:
        catalog = synthetic(size, f"{size // 1000}k")
        peers = {k: v for k, v in all_peers.items() if k != "Jsonnet" or size <= JSONNET_MAX}
        rows, peer_rows = bench_catalog(f"{size:,} tags", catalog, peers)
        fastest_name, fastest = min(peer_rows.items(), key=lambda kv: kv[1]["median"])
        for case, m in rows.items():
            ratio = m["median"] / fastest["median"]
            print(f"| {size:,} tags | {case} | {show(m)} | {fastest_name} {fastest['median']:.3f} s | "
                  f"{ratio:.1f}x |")
        results.append((size, rows, peer_rows))
    catalog, tags = corpus()
    rows, _ = bench_catalog("corpus", catalog, {})
    for case, m in rows.items():
        print(f"| openshift/release corpus | {case} | {show(m)} | (peers cannot read it) | |")
    same_size, real, sized_peers = sized_like_corpus(
        catalog, tags, {k: v for k, v in all_peers.items() if k != "Jsonnet"})
    fastest_name, fastest = min(sized_peers.items(), key=lambda kv: kv[1]["median"])
    peer = f"{fastest_name} {fastest['median']:.3f} s on {tags} synthetic tags"
    for label, m in ((f"synthetic, {tags} tags (the corpus's count)", same_size),
                     ("openshift/release corpus, in the same rounds", real)):
        print(f"| {label} | generate, empty folder | {show(m)} | {peer} | "
              f"{m['median'] / fastest['median']:.1f}x |")
    print("\n| catalog | peer | time | peak RSS |\n|---|---|---|---|")
    for size, _, peer_rows in results:
        for peer, m in peer_rows.items():
            print(f"| {size:,} tags | {peer} | {m['median']:.3f} s ({m['min']:.3f}–{m['max']:.3f}) | "
                  f"{m['rss']:.0f} MiB |")
    t10 = results[1][1]["generate, empty folder"]["median"]
    t100 = results[2][1]["generate, empty folder"]["median"]
    print(f"\ngrowth: time(100k) / time(10k) = {t100 / t10:.1f}")
    bench_hocon({size: rows["generate, empty folder"] for size, rows, _ in results})
    profile()


def profile():
    print("\n# Where the time goes: stages in one JVM (StageProfile), cold run then warm median\n")
    classpath = ":".join([str(ROOT / "target" / "classes"), str(ROOT / "target" / "test-classes"),
                          (ROOT / "target" / "test-classpath.txt").read_text().strip()])
    for size in (10_000, 100_000):
        folder = WORK / f"{size // 1000}k"
        for label, runs, warm in (("cold", "1", "0"), ("warm", "5", "2")):
            print(f"{size:,} tags, {label}:")
            subprocess.run(["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classpath,
                            "org.imagecatalog.bench.StageProfile", str(folder / "catalog.conf"),
                            str(ROOT / "templates"), str(folder / "generated"), runs, warm],
                           check=True)


if __name__ == "__main__":
    main()
