"""TempEval-3 benchmark of the temporal engine.

    python benchmarks/tempeval.py CORPUS_DIR [...] [--errors PATH]

For every .tml under the directories: the engine reads the plain TEXT with
the DCT as reference; its expressions are scored against the gold TIMEX3s
(strict and relaxed spans, type and value), throughput is measured on a
second, warm pass, and the errors go to a file (default
benchmarks/out/tempeval-errors.txt). Same as `pelican-timeline bench`.
"""

from __future__ import annotations

import sys

from timeline.cli import main

if __name__ == "__main__":
    sys.exit(main(["bench", *sys.argv[1:]]))
