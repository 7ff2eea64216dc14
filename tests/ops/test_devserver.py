"""Local preview: `pelican --autoreload --listen` (the Makefile's devserver) rebuilds
when an article changes, and the served timeline shows the change."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from ops_helpers import ROOT, SEED_MD, SEED_SLUG


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get_json(url: str) -> dict | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as resp:  # noqa: S310 (loopback only)
            return json.loads(resp.read())
    except (urllib.error.URLError, ConnectionError, ValueError, TimeoutError):
        return None


def wait_for(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.5)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


def test_makefile_devserver_uses_autoreload() -> None:
    makefile = (ROOT / "Makefile").read_text()
    recipe = makefile.split("\ndevserver:", 1)[1].split("\n\n", 1)[0]
    assert "--autoreload" in recipe and "--listen" in recipe and "pelicanconf.py" in recipe


def test_autoreload_rebuilds_the_timeline(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "content").mkdir(parents=True)
    shutil.copy(SEED_MD, site / "content" / SEED_MD.name)
    shutil.copy(ROOT / "pelicanconf.py", site / "pelicanconf.py")
    port = free_port()
    cmd = [
        sys.executable,
        "-m",
        "pelican",
        "content",
        "-o",
        "output",
        "-s",
        "pelicanconf.py",
        "--autoreload",
        "--listen",
        "--port",
        str(port),
        "--bind",
        "127.0.0.1",
        "-e",
        f"THEME={json.dumps(str(ROOT / 'theme'))}",
        f"PLUGIN_PATHS={json.dumps([str(ROOT / 'plugins')])}",
    ]
    log = (tmp_path / "devserver.log").open("w")
    proc = subprocess.Popen(
        cmd,
        cwd=site,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
        env={**os.environ, "COLUMNS": "200"},
    )
    url = f"http://127.0.0.1:{port}/timeline/{SEED_SLUG}.json"
    try:
        first = wait_for(lambda: get_json(url), 120, "the first build to be served")
        texts = [e["text"] for e in first["events"]]
        assert "Monday" in texts and "on 14 March 2019" not in texts

        article = site / "content" / SEED_MD.name
        time.sleep(1.1)  # a new modification time, whatever the file system's resolution
        article.write_text(
            article.read_text(encoding="utf-8")
            + "\nThe talks first began on 14 March 2019, officials said.\n",
            encoding="utf-8",
        )

        def changed() -> dict | None:
            data = get_json(url)
            if data and any(e["start"] == "2019-03-14" for e in data["events"]):
                return data
            return None

        after = wait_for(changed, 120, "the rebuilt timeline")
        assert len(after["events"]) == len(first["events"]) + 1
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        log.close()
    output = (tmp_path / "devserver.log").read_text()
    assert "Traceback" not in output, output[-3000:]
