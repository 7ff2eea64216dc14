"""`pelican-timeline`: the authors' debugging tool and the TempEval-3 tools.

    pelican-timeline extract FILE [--date YYYY-MM-DD] [--json]
    pelican-timeline timeml INPUT [-o OUTPUT]
    pelican-timeline bench CORPUS_DIR [...] [--errors PATH]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

from . import timeml
from .engine import ENGINE_VERSION, TYPES, Timex, extract
from .engine.evaluation import Gold, Score, format_error
from .engine.plaintext import metadata_date, split_metadata, strip_markup

DEFAULT_ERRORS = Path("benchmarks/out/tempeval-errors.txt")


class CliError(Exception):
    """A problem with the user's input; printed without a traceback."""


def _date(s: str) -> date:
    try:
        return date.fromisoformat(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{s!r} is not a date YYYY-MM-DD") from None


# ---- extract -------------------------------------------------------------
def _timex_dict(t: Timex, text: str) -> dict:
    return {
        "text": t.text,
        "span": list(t.span),
        "type": t.type,
        "value": t.value,
        "mod": t.mod,
        "start": t.start.isoformat() if t.start else None,
        "end": t.end.isoformat() if t.end else None,
        "planned": t.planned,
        "fuzzy": t.fuzzy,
        "sentence": " ".join(text[t.sentence[0]:t.sentence[1]].split()),
        "derived": [
            {"text": d.text, "span": list(d.span), "value": d.value,
             "start": d.start.isoformat() if d.start else None,
             "end": d.end.isoformat() if d.end else None}
            for d in t.derived
        ],
    }


def cmd_extract(args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(f"{path}: cannot read: {exc}") from exc
    meta, body = split_metadata(source)
    try:
        meta_date = metadata_date(meta)
    except ValueError as exc:
        raise CliError(f"{path}: {exc}") from exc
    reference = args.date or meta_date
    if reference is None:
        raise CliError(f"{path}: no reference date: the file has no 'Date:' metadata; "
                       "give one with --date YYYY-MM-DD")
    text = strip_markup(body) if meta or path.suffix.lower() in (".md", ".markdown", ".html",
                                                                  ".htm") else body
    found = extract(text, reference)
    rows = [_timex_dict(t, text) for t in found]
    if args.json:
        json.dump({"file": str(path), "reference": reference.isoformat(),
                   "engine_version": ENGINE_VERSION, "expressions": rows},
                  sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(f"{path}: reference {reference.isoformat()}, {len(rows)} expression(s), "
          f"engine {ENGINE_VERSION}")
    for i, r in enumerate(rows, 1):
        chart = f"{r['start']} -> {r['end']}" if r["start"] else "not placed"
        flags = [k for k in ("planned", "fuzzy") if r[k]] + ([f"mod={r['mod']}"] if r["mod"]
                                                               else [])
        print(f"{i:3d}. {r['text']!r}  {r['type']} {r['value']}  span {r['span'][0]}-"
              f"{r['span'][1]}  chart {chart}" + (f"  [{', '.join(flags)}]" if flags else ""))
        for d in r["derived"]:
            print(f"     derived: {d['text']!r} {d['value']} (chart {d['start']})")
        print(f"     sentence: {r['sentence']}")
    return 0


# ---- timeml --------------------------------------------------------------
def _inputs(path: Path) -> list[Path]:
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and (
            p.name.endswith(".TE3input") or p.suffix in (".tml", ".xml")))
        if not files:
            raise CliError(f"{path}: no .tml, .xml or .TE3input files in this directory")
        return files
    if not path.exists():
        raise CliError(f"{path}: no such file or directory")
    return [path]


def annotate_file(path: Path) -> str:
    """The TimeML document at `path` with the engine's TIMEX3 tags in its TEXT."""
    source = path.read_text(encoding="utf-8")
    doc = timeml.parse(timeml.strip_timex(source), str(path))
    skipped: list[Timex] = []
    result = timeml.annotate(doc, extract(doc.text, doc.dct), skipped)
    for t in skipped:
        print(f"pelican-timeline: {path}: {t.text!r} at {t.span[0]} crosses other tags; "
              "not wrapped", file=sys.stderr)
    return result


def cmd_timeml(args: argparse.Namespace) -> int:
    src = Path(args.input)
    files = _inputs(src)
    out = Path(args.output) if args.output else None
    if src.is_dir() and out is None:
        raise CliError(f"{src}: a directory needs -o OUTPUT_DIR")
    failures = 0
    for f in files:
        try:
            result = annotate_file(f)
        except (timeml.TimeMLError, OSError, UnicodeDecodeError) as exc:
            print(f"pelican-timeline: {exc}", file=sys.stderr)
            failures += 1
            continue
        if out is None:
            sys.stdout.write(result)
            continue
        if src.is_dir():
            target = out / f.relative_to(src).parent / timeml.output_name(f)
        elif out.is_dir():
            target = out / timeml.output_name(f)
        else:
            target = out
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(result, encoding="utf-8")
    if out is not None:
        print(f"{len(files) - failures} document(s) written to {out}"
              + (f", {failures} failed" if failures else ""), file=sys.stderr)
    return 1 if failures else 0


# ---- bench ---------------------------------------------------------------
def load_corpus(dirs: list[str]) -> tuple[list[timeml.Document], list[str]]:
    docs, problems = [], []
    for d in dirs:
        root = Path(d)
        if not root.is_dir():
            raise CliError(f"{root}: not a directory")
        for f in sorted(root.rglob("*.tml")):
            try:
                docs.append(timeml.read(f))
            except timeml.TimeMLError as exc:
                problems.append(str(exc))
    if not docs:
        raise CliError(f"no readable .tml files under {', '.join(dirs)}")
    return docs, problems


def _gold(doc: timeml.Document) -> list[Gold]:
    return [Gold(g.span, g.text, g.type, g.value) for g in doc.gold
            if g.attrs.get("functionInDocument") != "CREATION_TIME"]


def run_bench(dirs: list[str], errors_path: Path, out=None) -> Score:
    """Score the engine on every .tml under `dirs`; print the table, write the error list."""
    out = out or sys.stdout
    docs, problems = load_corpus(dirs)
    total_bytes = sum(len(d.text.encode("utf-8")) for d in docs)
    c0 = time.process_time()
    for d in docs:  # warm-up: compiles patterns, loads tables, fills caches
        extract(d.text, d.dct)
    cold = max(time.process_time() - c0, 1e-9)
    t0, c0 = time.perf_counter(), time.process_time()
    results = [extract(d.text, d.dct) for d in docs]
    wall = time.perf_counter() - t0
    # CPU time: other processes on the machine do not count
    warm = max(time.process_time() - c0, 1e-9)
    score = Score()
    for d, found in zip(docs, results, strict=True):
        score.add(Path(d.name).name, d.text, _gold(d), found)
    w = out.write
    gold_n = score.overall.gold
    w(f"TempEval-3 benchmark, engine {ENGINE_VERSION}: {len(docs)} documents, "
      f"{gold_n} gold TIMEX3 (document creation times excluded), "
      f"{score.overall.system} found\n")
    for p in problems:
        w(f"skipped: {p}\n")
    header = (f"{'':9}{'gold':>6}{'found':>6} | {'strict P':>8}{'R':>7}{'F1':>7} | "
              f"{'relax P':>8}{'R':>7}{'F1':>7} | {'type acc':>8}{'val acc':>8} | "
              f"{'type F1':>8}{'val F1':>8}\n")
    w(header)
    w("-" * (len(header) - 1) + "\n")
    for name, t in (("ALL", score.overall), *((k, score.by_type[k]) for k in TYPES)):
        sp, sr, sf = t.prf(True)
        rp, rr, rf = t.prf(False)
        w(f"{name:9}{t.gold:6d}{t.system:6d} | {100 * sp:8.1f}{100 * sr:7.1f}{100 * sf:7.1f} | "
          f"{100 * rp:8.1f}{100 * rr:7.1f}{100 * rf:7.1f} | {100 * t.accuracy('type'):8.1f}"
          f"{100 * t.accuracy('value'):8.1f} | {100 * t.attribute_f1('type'):8.1f}"
          f"{100 * t.attribute_f1('value'):8.1f}\n")
    kb = total_bytes / 1000
    w(f"throughput: {kb / warm:,.0f} KB/s warm (engine only, one core: {kb:,.0f} KB in "
      f"{warm:.2f} s of CPU, {wall:.2f} s wall); first pass with cold caches "
      f"{kb / cold:,.0f} KB/s\n")
    kinds = Counter(e.kind for e in score.errors)
    errors_path.parent.mkdir(parents=True, exist_ok=True)
    with open(errors_path, "w", encoding="utf-8") as fh:
        fh.write("# kind\tdocument\tgold\tfound\n#\tcontext with the expression in [brackets]\n")
        for kind in ("MISSED", "FALSE", "VALUE", "TYPE", "SPAN"):
            for e in score.errors:
                if e.kind == kind:
                    fh.write(format_error(e) + "\n")
    summary = ", ".join(f"{k} {kinds[k]}" for k in ("MISSED", "FALSE", "VALUE", "TYPE", "SPAN"))
    w(f"errors: {summary}; listed in {errors_path}\n")
    return score


def cmd_bench(args: argparse.Namespace) -> int:
    run_bench(args.corpus, Path(args.errors))
    return 0


# ---- main ----------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pelican-timeline",
                                     description="Temporal expressions of news articles.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="print the temporal expressions of a text or Markdown file")
    p.add_argument("file")
    p.add_argument("--date", type=_date, help="reference (publication) date, YYYY-MM-DD; "
                   "default: the file's Date: metadata")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    p.set_defaults(func=cmd_extract)
    p = sub.add_parser("timeml", help="tag TempEval-3 input documents with TIMEX3")
    p.add_argument("input", help="a TimeML file or a directory of them")
    p.add_argument("-o", "--output", help="output file or directory (default: stdout for a file)")
    p.set_defaults(func=cmd_timeml)
    p = sub.add_parser("bench", help="score the engine on TempEval-3 TimeML (.tml) corpora")
    p.add_argument("corpus", nargs="+", help="directories searched for .tml files")
    p.add_argument("--errors", default=str(DEFAULT_ERRORS),
                   help=f"where to write the error list (default: {DEFAULT_ERRORS})")
    p.set_defaults(func=cmd_bench)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except CliError as exc:
        print(f"pelican-timeline: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
