"""Long fuzz run of the temporal engine (the CI test runs a few thousand examples).

    python benchmarks/fuzz.py --examples 100000 [--seed 1] [--max-tokens 80]

Random text made of date words, numbers, punctuation and random characters,
with random reference dates from year 1 to 9999, checked for the same
properties as tests/ops/test_fuzz_engine.py: the engine never raises, spans
lie inside the text and match it, values are valid TIMEX3, start <= end.
Prints how many texts, expressions and failures, and the first failures.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
import time
import traceback
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _load(name: str, path: Path):
    sys.path.insert(0, str(path.parent))
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def random_text(rng: random.Random, words: tuple[str, ...], punct: list[str], n: int) -> str:
    parts = []
    for _ in range(rng.randint(0, n)):
        roll = rng.random()
        if roll < 0.55:
            parts.append(rng.choice(words))
        elif roll < 0.85:
            parts.append(rng.choice(punct))
        elif roll < 0.95:
            parts.append(str(rng.randint(0, 100_000)))
        else:
            parts.append("".join(chr(rng.randint(1, 0x2FFF)) for _ in range(rng.randint(1, 4))))
    return "".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-tokens", type=int, default=80)
    args = parser.parse_args(argv)

    fuzz = _load("timeline_fuzz_test", ROOT / "tests" / "ops" / "test_fuzz_engine.py")
    rng = random.Random(args.seed)
    first, span = date(1, 1, 1), (date(9999, 12, 31) - date(1, 1, 1)).days
    failures: list[str] = []
    kinds: Counter[str] = Counter()
    expressions = 0
    started = time.process_time()
    wall = time.perf_counter()
    for i in range(args.examples):
        text = random_text(rng, fuzz.WORDS, fuzz.PUNCT, args.max_tokens)
        reference = first + timedelta(days=rng.randint(0, span))
        try:
            fuzz.check(text, reference)
            found = fuzz.extract(text, reference)
            expressions += len(found)
            kinds.update(t.type for t in found)
        except Exception:  # a failure to report, with its input
            failures.append(f"#{i} reference={reference} text={text!r}\n{traceback.format_exc()}")
        if (i + 1) % 10_000 == 0:
            print(f"  {i + 1:,} texts, {len(failures)} failures", flush=True)
    cpu = time.process_time() - started
    print(
        f"fuzz: {args.examples:,} texts (seed {args.seed}), {expressions:,} expressions "
        f"({', '.join(f'{k} {v:,}' for k, v in sorted(kinds.items()))}), "
        f"{len(failures)} failures, {cpu:.0f} s CPU, {time.perf_counter() - wall:.0f} s wall"
    )
    for failure in failures[:5]:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
