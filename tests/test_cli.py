"""The `pelican-timeline` command: extract, timeml and bench, as a user runs them."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from timeline.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED_MD = ROOT / "content" / "afghan-security-personnel-flee-into-tajikistan.md"

INPUT = """<?xml version="1.0" ?>
<TimeML>
<DOCID>NEWS1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-07-05"
functionInDocument="CREATION_TIME">2021-07-05</TIMEX3></DCT>
<TEXT>
Rebels took the town on Sunday &amp; fled. Talks resume by September 11.
</TEXT>
</TimeML>
"""

GOLD = INPUT.replace(
    "on Sunday", 'on <TIMEX3 tid="t1" type="DATE" value="2021-07-04">Sunday</TIMEX3>'
).replace("by September 11", 'by <TIMEX3 tid="t2" type="DATE" value="2021-09-12">'
                             "September 11</TIMEX3>")


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_extract_markdown_uses_its_date(capsys):
    code, out, _ = run(capsys, "extract", str(SEED_MD))
    assert code == 0
    assert "reference 2021-07-05, 12 expression(s)" in out
    assert "'the last few days'  DURATION PXD" in out
    assert "derived: 'vacated its main base' 2021-07-02" in out
    assert "chart 2021-06-28 -> 2021-07-04" in out
    assert "Title:" not in out and "<figcaption>" not in out


def test_extract_json(capsys):
    code, out, _ = run(capsys, "extract", str(SEED_MD), "--json")
    data = json.loads(out)
    assert code == 0 and data["reference"] == "2021-07-05"
    exprs = data["expressions"]
    assert [e["value"] for e in exprs][:3] == ["2021-07-04", "2021-07-04", "P20Y"]
    two_days = next(e for e in exprs if e["text"] == "two days")
    assert two_days["derived"][0]["value"] == "2021-07-02"
    assert "Sunday's retreats" in two_days["sentence"]


def test_extract_date_option_overrides(tmp_path, capsys):
    f = tmp_path / "note.txt"
    f.write_text("The minister arrived yesterday.\n", encoding="utf-8")
    code, out, _ = run(capsys, "extract", str(f), "--date", "2020-03-01")
    assert code == 0 and "'yesterday'  DATE 2020-02-29" in out


def test_extract_without_date_is_a_clear_error(tmp_path, capsys):
    f = tmp_path / "note.txt"
    f.write_text("The minister arrived yesterday.\n", encoding="utf-8")
    code, _, err = run(capsys, "extract", str(f))
    assert code == 2
    assert str(f) in err and "--date" in err


def test_extract_bad_inputs(tmp_path, capsys):
    code, _, err = run(capsys, "extract", str(tmp_path / "missing.md"))
    assert code == 2 and "missing.md: cannot read" in err
    f = tmp_path / "bad.md"
    f.write_text("Title: x\nDate: yesterday\n\nText.\n", encoding="utf-8")
    code, _, err = run(capsys, "extract", str(f))
    assert code == 2 and "bad.md" in err and "YYYY-MM-DD" in err
    with pytest.raises(SystemExit):
        main(["extract", str(f), "--date", "July 5"])


def test_timeml_file_to_stdout(tmp_path, capsys):
    f = tmp_path / "NEWS1.tml.TE3input"
    f.write_text(INPUT, encoding="utf-8")
    code, out, _ = run(capsys, "timeml", str(f))
    assert code == 0
    assert '<TIMEX3 tid="t1" type="DATE" value="2021-07-04">Sunday</TIMEX3> &amp; fled' in out
    assert '<TIMEX3 tid="t2" type="DATE" value="2021-09-11">September 11</TIMEX3>' in out


def test_timeml_directory_keeps_names(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "NEWS1.tml.TE3input").write_text(INPUT, encoding="utf-8")
    (src / "NEWS2.tml").write_text(INPUT.replace("NEWS1", "NEWS2"), encoding="utf-8")
    (src / "broken.tml").write_text("<TimeML>no text</TimeML>", encoding="utf-8")
    code, _, err = run(capsys, "timeml", str(src), "-o", str(tmp_path / "out"))
    assert code == 1  # one bad file, named, the others written
    assert "broken.tml: no <TEXT>" in err
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["NEWS1.tml", "NEWS2.tml"]
    assert "</TIMEX3>" in (tmp_path / "out" / "NEWS1.tml").read_text(encoding="utf-8")


def test_timeml_directory_needs_output(tmp_path, capsys):
    code, _, err = run(capsys, "timeml", str(tmp_path))
    assert code == 2 and "no .tml" in err


def test_bench_on_a_tiny_corpus(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "NEWS1.tml").write_text(GOLD, encoding="utf-8")
    errors = tmp_path / "errors.txt"
    code, out, _ = run(capsys, "bench", str(corpus), "--errors", str(errors))
    assert code == 0
    assert "1 documents, 2 gold TIMEX3" in out
    all_row = next(line for line in out.splitlines() if line.startswith("ALL"))
    # both found with exact spans; one value differs (gold says 2021-09-12)
    assert all_row.split()[1:3] == ["2", "2"]
    assert "100.0" in all_row and "50.0" in all_row
    assert "throughput:" in out
    listed = errors.read_text(encoding="utf-8")
    assert "VALUE\tNEWS1.tml\tgold DATE 2021-09-12 'September 11'" in listed


# Next to the interpreter first: `make test` runs the venv's pytest without activating the venv.
CONSOLE_SCRIPT = (shutil.which("pelican-timeline", path=str(Path(sys.executable).parent))
                  or shutil.which("pelican-timeline"))


@pytest.mark.skipif(CONSOLE_SCRIPT is None, reason="console script not installed")
def test_console_script_runs():
    proc = subprocess.run([CONSOLE_SCRIPT, "extract", str(SEED_MD), "--json"],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert len(json.loads(proc.stdout)["expressions"]) == 12


def test_benchmark_script_runs(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "NEWS1.tml").write_text(GOLD, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "tempeval.py"), str(corpus),
                           "--errors", str(tmp_path / "e.txt")],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "TempEval-3 benchmark" in proc.stdout and (tmp_path / "e.txt").exists()
