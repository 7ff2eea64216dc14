"""Build benchmark: what the timeline plugin costs a Pelican build.

    python benchmarks/build.py --articles 500

Generates N news-like articles of its own (different lengths, 0 to 40
temporal expressions each, different publication dates, some with none) in
a temporary folder, then builds the same content with the same theme with
the plugin and without it (PLUGINS = []), each build in its own process:

- cold (empty output and cache), warm (nothing changed), touched (one
  article edited): wall time of each and the ratio with / without plugin
  (cold and warm: the fastest of --repeat runs, the two kinds alternating, and the
  median of the run-by-run ratios, which the targets are checked on);
- peak memory (the build process's ru_maxrss);
- articles, expressions, events and unresolved, from the plugin's summary
  line, and which articles the touched build extracted again;
- page weights: the timeline pages gzipped (the Plotly bundle is one
  shared file and is reported apart).

Prints figures and targets; exits 1 if a target is missed (--no-check to
only print).
"""

from __future__ import annotations

import argparse
import calendar
import compileall
import gzip
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = list(calendar.month_name)[1:]  # English: the benchmark sets no locale
PEOPLE = [
    "the minister",
    "a spokesperson for the ministry",
    "the central bank",
    "local officials",
    "the opposition leader",
    "two diplomats",
    "the company",
    "rescue workers",
    "the union",
    "the court",
]
PLACES = ["Kabul", "Lagos", "Lima", "Oslo", "Manila", "Quito", "Hanoi", "Tunis", "Perth", "Riga"]
VERBS_PAST = [
    "announced new measures",
    "met with foreign delegations",
    "rejected the proposal",
    "confirmed the figures",
    "signed the agreement",
    "opened an inquiry",
    "raised interest rates",
    "left the capital",
    "reported heavy rain",
    "called for calm",
]
VERBS_FUTURE = [
    "will vote on the budget",
    "is expected to publish its report",
    "plans to reopen the border",
    "will hold talks",
    "must submit the documents",
]
FILLER = [
    "The situation remained tense, according to residents who spoke on condition of anonymity.",
    "Analysts said the decision could have consequences for the wider region.",
    "Prices of basic goods have risen sharply, and many families struggle to cope.",
    "The government did not respond to a request for comment.",
    "Observers described the atmosphere as calm but uncertain.",
    "Several roads were closed and public transport ran a reduced service.",
    "The figures could not be independently verified.",
    "Critics argue the plan does not go far enough, while supporters call it a first step.",
]


def _past_expression(rng: random.Random, pub: date) -> str:
    options = [
        lambda: f"on {rng.choice(WEEKDAYS)}",
        lambda: "yesterday",
        lambda: "last week",
        lambda: "last month",
        lambda: f"in {rng.choice(MONTHS[: pub.month])}",
        lambda: f"on {rng.randint(1, 28)} {rng.choice(MONTHS)} {pub.year - rng.randint(0, 3)}",
        lambda: f"in {pub.year - rng.randint(1, 30)}",
        lambda: f"{rng.choice(['two', 'three', 'five', 'ten'])} years ago",
        lambda: "earlier this year",
        lambda: "over the last few days",
        lambda: f"for {rng.choice(['two decades', 'three years', 'six months', 'a week'])}",
        lambda: f"{rng.choice(['two', 'three', 'four'])} days after the announcement",
    ]
    return rng.choice(options)()


def _future_expression(rng: random.Random, pub: date) -> str:
    options = [
        lambda: f"on {rng.choice(WEEKDAYS)}",
        lambda: "next week",
        lambda: "tomorrow",
        lambda: f"by {rng.choice(MONTHS)} {rng.randint(1, 28)}",
        lambda: f"in {pub.year + 1}",
        lambda: "next month",
    ]
    return rng.choice(options)()


def make_article(rng: random.Random, index: int) -> tuple[str, int]:
    """One Markdown article and how many temporal phrases were written into it."""
    pub = date(2015, 1, 1) + timedelta(days=rng.randint(0, 3650))
    n_expressions = 0 if rng.random() < 0.08 else rng.randint(1, 40)
    n_filler = rng.randint(2, 60)
    sentences: list[str] = []
    for _ in range(n_expressions):
        who = rng.choice(PEOPLE)
        if rng.random() < 0.2:
            phrase = _future_expression(rng, pub)
            sentences.append(f"{who.capitalize()} {rng.choice(VERBS_FUTURE)} {phrase}.")
        else:
            phrase = _past_expression(rng, pub)
            where = rng.choice(PLACES)
            sentences.append(f"{who.capitalize()} {rng.choice(VERBS_PAST)} in {where} {phrase}.")
    sentences += rng.choices(FILLER, k=n_filler)
    rng.shuffle(sentences)
    paragraphs = []
    while sentences:
        take = rng.randint(2, 5)
        paragraphs.append(" ".join(sentences[:take]))
        sentences = sentences[take:]
    place = rng.choice(PLACES)
    header = textwrap.dedent(
        f"""\
        Title: Report {index} from {place}
        Date: {pub.isoformat()} {rng.randint(6, 22):02d}:{rng.choice(["00", "15", "30"])}
        Category: {rng.choice(["World", "Economy", "Politics", "Science"])}
        Tags: {place.lower()}, {rng.choice(["news", "analysis", "update"])}
        Slug: report-{index:05d}

        """
    )
    return header + "\n\n".join(paragraphs) + "\n", n_expressions


def generate(folder: Path, n: int, seed: int = 2021) -> int:
    """Write n articles into folder; returns the number of temporal phrases written."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    for i in range(n):
        text, count = make_article(rng, i)
        (folder / f"report-{i:05d}.md").write_text(text, encoding="utf-8")
        written += count
    return written


SETTINGS = """\
import sys
sys.path.insert(0, {root!r})
from pelicanconf import *  # noqa
PATH = {content!r}
OUTPUT_PATH = {output!r}
CACHE_PATH = {cache!r}
THEME = {theme!r}
PLUGIN_PATHS = [{plugins!r}]
PLUGINS = {plugin_list!r}
RELATIVE_URLS = True
DELETE_OUTPUT_DIRECTORY = False
"""


@dataclass
class Build:
    label: str
    seconds: float  # wall time
    cpu: float  # user + system CPU time of the build process (steadier on a busy machine)
    max_rss_mb: float
    log: str


def write_settings(work: Path, name: str, plugins: list[str]) -> Path:
    path = work / f"{name}.py"
    path.write_text(
        SETTINGS.format(
            root=str(ROOT),
            content=str(work / "content"),
            output=str(work / f"output-{name}"),
            cache=str(work / f"cache-{name}"),
            theme=str(ROOT / "theme"),
            plugins=str(ROOT / "plugins"),
            plugin_list=plugins,
        )
    )
    return path


def run_build(settings: Path, label: str) -> Build:
    """One build in its own process: wall time and that process's peak memory."""
    cmd = [sys.executable, "-m", "pelican", "-s", str(settings)]
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=settings.parent,
        env={**os.environ, "COLUMNS": "1000"},  # one log record per line
    )
    out = proc.stdout.read() if proc.stdout else ""
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"build {label} failed ({proc.returncode}):\n{out[-4000:]}")
    cpu = usage.ru_utime + usage.ru_stime
    return Build(label, seconds, cpu, usage.ru_maxrss / 1024, out)


def count_instructions(settings: list[Path]) -> list[int | None]:
    """Instructions each build executes, counted by valgrind's callgrind (in parallel).

    The count does not drift with other work on the machine the way time does, so it
    tells a small change from noise. (Valgrind runs software versions of some CPU
    extensions, such as the SHA instructions hashing uses, so hashing counts high.)
    """
    if shutil.which("valgrind") is None:
        return [None for _ in settings]
    procs = [
        subprocess.Popen(
            ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
             sys.executable, "-m", "pelican", "-s", str(path)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            cwd=path.parent,
        )
        for path in settings
    ]
    counts: list[int | None] = []
    for proc in procs:
        _, err = proc.communicate()
        found = re.search(r"Collected : (\d+)", err)
        counts.append(int(found.group(1)) if found and proc.returncode == 0 else None)
    return counts


def fastest_run(builds: list[Build]) -> Build:
    """The run with the least CPU time: other work on the machine only ever adds time."""
    return min(builds, key=lambda b: b.cpu)


def touch_one(content: Path) -> Path:
    """Edit one article the way an author would: add a dated sentence."""
    target = sorted(content.glob("*.md"))[len(list(content.glob("*.md"))) // 2]
    with target.open("a", encoding="utf-8") as fh:
        fh.write("\nThe minister added on Tuesday that talks would resume next week.\n")
    return target


_SUMMARY = re.compile(r"timeline: [\d,]+ articles, .*from cache[^)]*\)")
_EXTRACTED = re.compile(r"extracted again: ([^)]+)\)")


def page_weights(output: Path) -> dict[str, float]:
    # Per-article timeline pages are those with their JSON beside them.
    pages = sorted(
        p for p in (output / "timeline").glob("*.html") if p.with_suffix(".json").exists()
    )
    sizes = [len(gzip.compress(p.read_bytes(), 9, mtime=0)) / 1024 for p in pages]
    index = output / "timeline" / "index.html"
    events = output / "timeline" / "events.json"
    bundle = next(iter((output / "timeline").glob("plotly*.js")), None)
    return {
        "pages": len(pages),
        "median_kb": statistics.median(sizes) if sizes else 0.0,
        "max_kb": max(sizes) if sizes else 0.0,
        "index_kb": len(gzip.compress(index.read_bytes(), 9, mtime=0)) / 1024
        if index.exists()
        else 0.0,
        "events_json_kb": len(gzip.compress(events.read_bytes(), 9, mtime=0)) / 1024
        if events.exists()
        else 0.0,
        "bundle_kb": len(gzip.compress(bundle.read_bytes(), 9, mtime=0)) / 1024 if bundle else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--seed", type=int, default=2021)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument(
        "--repeat", type=int, default=5, help="cold and warm builds of each kind (fastest kept)"
    )
    parser.add_argument("--no-check", action="store_true", help="exit 0 even if a target fails")
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="also count the warm builds' instructions with valgrind (minutes; steady figures)",
    )
    args = parser.parse_args(argv)

    # The plugin as `make html` runs it: compiled once, not at every build where
    # PYTHONDONTWRITEBYTECODE is set (Pelican itself was compiled when pip installed it).
    compileall.compile_dir(ROOT / "plugins", quiet=1)
    work = Path(tempfile.mkdtemp(prefix="timeline-bench-"))
    try:
        phrases = generate(work / "content", args.articles, args.seed)
        print(f"generated {args.articles:,} articles with {phrases:,} temporal phrases in {work}")
        without = write_settings(work, "without", [])
        with_ = write_settings(work, "with", ["timeline"])

        # Alternate the two builds and keep each one's fastest run: on a shared machine
        # the speed of the same build drifts by half between minutes.
        tries: dict[str, list[Build]] = {}
        for _ in range(args.repeat):
            for name, settings in (("without", without), ("with", with_)):
                for folder in (work / f"output-{name}", work / f"cache-{name}"):
                    shutil.rmtree(folder, ignore_errors=True)
                for phase in ("cold", "warm"):
                    label = f"{name} {phase}"
                    tries.setdefault(label, []).append(run_build(settings, label))
        runs = {label: fastest_run(builds) for label, builds in tries.items()}
        if args.instructions:  # both builds are warm now
            counted = count_instructions([without, with_])
        touched = touch_one(work / "content")
        for name, settings in (("without", without), ("with", with_)):
            runs[f"{name} touched"] = run_build(settings, f"{name} touched")

        print(
            f"\n{'build':<9}{'wall without':>13}{'with':>9}{'ratio':>7}"
            f"{'CPU without':>13}{'with':>9}{'ratio':>7}   peak MB without / with"
        )
        ratios: dict[str, float] = {}
        for phase in ("cold", "warm", "touched"):
            a, b = runs[f"without {phase}"], runs[f"with {phase}"]
            ratios[phase] = b.seconds / a.seconds
            ratios[f"{phase} cpu"] = b.cpu / a.cpu
            ratios[f"{phase} memory"] = b.max_rss_mb / a.max_rss_mb
            print(
                f"{phase:<9}{a.seconds:>12.2f}s{b.seconds:>8.2f}s{ratios[phase]:>6.2f}x"
                f"{a.cpu:>12.2f}s{b.cpu:>8.2f}s{ratios[phase + ' cpu']:>6.2f}x"
                f"   {a.max_rss_mb:>6.0f} / {b.max_rss_mb:>6.0f} ({ratios[phase + ' memory']:.2f}x)"
            )

        # The fastest runs can pair a lucky build with an unlucky one; the builds run in pairs
        # (without, then with), so each pair's ratio is also kept and the targets use their
        # median: steadier when other work on the machine comes in bursts.
        print()
        for phase in ("cold", "warm"):
            pairs = sorted(
                b.cpu / a.cpu
                for a, b in zip(tries[f"without {phase}"], tries[f"with {phase}"], strict=True)
            )
            ratios[f"{phase} cpu paired"] = statistics.median(pairs)
            print(
                f"{phase:<8} CPU ratio run by run ({len(pairs)} pairs): median "
                f"{statistics.median(pairs):.2f}x, range {pairs[0]:.2f}x to {pairs[-1]:.2f}x"
            )

        if args.instructions:
            if None in counted:
                print("warm     instructions: not counted (is valgrind installed?)")
            else:
                ratios["warm instructions"] = counted[1] / counted[0]
                print(
                    f"warm     instructions (callgrind): without {counted[0] / 1e9:.2f}e9, "
                    f"with {counted[1] / 1e9:.2f}e9, ratio {ratios['warm instructions']:.3f}x"
                )

        print()
        for phase in ("cold", "warm", "touched"):
            log = runs[f"with {phase}"].log
            summary = _SUMMARY.findall(log)
            print(f"{phase:<8} log: {summary[-1] if summary else '(no timeline summary line)'}")
        tail = [
            line
            for line in runs["with touched"].log.splitlines()
            if line.strip() and not line.startswith("Done: Processed")
        ]
        found = _EXTRACTED.findall(runs["with touched"].log)
        re_extracted = found[-1].split(", ") if found else []
        print(f"touched {touched.name}; re-extracted: {re_extracted or 'none logged'}")
        print(f"last log line of the touched build: {tail[-1].strip() if tail else ''}")

        weights = page_weights(work / "output-with")
        print(
            f"\ntimeline pages: {weights['pages']:,}, gzipped median {weights['median_kb']:.1f} KB,"
            f" max {weights['max_kb']:.1f} KB; site timeline page {weights['index_kb']:.1f} KB,"
            f" events.json {weights['events_json_kb']:.1f} KB;"
            f" shared Plotly bundle {weights['bundle_kb']:.1f} KB (once per site)"
        )

        checks = {
            "cold <= 1.5x (CPU time, median of pairs)": ratios["cold cpu paired"] <= 1.5,
            "warm <= 1.1x (CPU time, median of pairs)": ratios["warm cpu paired"] <= 1.1,
            "touched re-extracts only that article": len(re_extracted) == 1
            and touched.name in re_extracted[0],
            "peak memory <= 1.5x": max(ratios[f"{p} memory"] for p in ("cold", "warm")) <= 1.5,
            "timeline page <= 30 KB gzipped": 0 < weights["max_kb"] <= 30,
            "summary ends the log (before Done)": bool(tail and _SUMMARY.search(tail[-1])),
        }
        print()
        for name, ok in checks.items():
            print(f"{'PASS' if ok else 'FAIL'}  {name}")
        result = {"articles": args.articles, "ratios": ratios, "weights": weights}
        print("\n" + json.dumps(result, sort_keys=True))
        return 0 if all(checks.values()) or args.no_check else 1
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
