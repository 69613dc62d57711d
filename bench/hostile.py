"""The hostile-input and fault sweep of issue 15, re-run: each row tried as a hostile user
or a careless operator would, and whether nashra holds.

    python bench/hostile.py [--corpus DIR]

Prints one row per case (held / FAILED) and exits 1 if any failed. Everything is written
under a temporary folder. F3 (concurrent writers) is a timing experiment, left to
tests/test_archive.py.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet"


def nashra(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "nashra.cli", *args], capture_output=True, timeout=timeout
    )


def stored(db: Path) -> int:
    from nashra.storage import Archive

    with Archive(db, readonly=True) as archive:
        return archive.counts()["documents"]


def f1_killed_worker(tmp: Path, corpus: Path) -> bool:
    days = [str(corpus / "2015-07-21.zip"), str(corpus / "2015-07-22.zip")]
    clean = tmp / "f1-clean.sqlite"
    nashra("ingest", "--db", str(clean), "--workers", "2", *days)
    command = [sys.executable, "-m", "nashra.cli", "ingest", "--db", str(tmp / "f1.sqlite"),
               "--workers", "2", *days]  # fmt: skip
    run = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    time.sleep(3)
    children = subprocess.run(
        ["ps", "-o", "pid=", "--ppid", str(run.pid)], capture_output=True, text=True
    ).stdout.split()
    if children:
        os.kill(int(children[0]), signal.SIGKILL)
    try:
        run.wait(timeout=240)
    except subprocess.TimeoutExpired:
        run.kill()
        return False
    return stored(tmp / "f1.sqlite") == stored(clean)


def f2_creation_race(tmp: Path, _corpus: Path) -> bool:
    text = tmp / "t.txt"
    text.write_text("خبر عن الرياض", encoding="utf-8")
    for round_ in range(10):
        db = tmp / f"f2-{round_}.sqlite"
        command = [sys.executable, "-m", "nashra.cli", "ingest", "--db", str(db), str(text)]
        runs = [subprocess.Popen(command, stderr=subprocess.DEVNULL) for _ in range(2)]
        if any(run.wait(timeout=120) != 0 for run in runs):
            return False
    return True


def f4_deep_json(tmp: Path, corpus: Path) -> bool:
    deep = tmp / "deep.jsonl"
    deep.write_text("[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    db = tmp / "f4.sqlite"
    result = nashra("ingest", "--db", str(db), str(deep), str(corpus / "2015-07-23.zip"))
    return result.returncode == 1 and b"Traceback" not in result.stderr and stored(db) > 1000


def f5_f6_links(tmp: Path, _corpus: Path) -> bool:
    folder = tmp / "links"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("خبر عن الرياض", encoding="utf-8")
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "gone.txt").symlink_to(tmp / "nowhere")
    (folder / "sub" / "up").symlink_to("..")
    db = tmp / "f5.sqlite"
    result = nashra("ingest", "--db", str(db), str(folder))
    return b"Traceback" not in result.stderr and stored(db) == 1


def f7_zip_in_zip(tmp: Path, corpus: Path) -> bool:
    outer = tmp / "month.zip"
    with zipfile.ZipFile(outer, "w") as archive:
        archive.write(corpus / "2015-07-23.zip", "2015-07-23.zip")
    db = tmp / "f7.sqlite"
    nashra("ingest", "--db", str(db), str(outer))
    return stored(db) > 1000


def f8_size(tmp: Path, _corpus: Path) -> bool:
    big = tmp / "big.txt"
    big.write_text("\x00" * 6_000_000, encoding="utf-8")
    ok = tmp / "ok.txt"
    ok.write_text("خبر عن الرياض", encoding="utf-8")
    db = tmp / "f8.sqlite"
    result = nashra("ingest", "--db", str(db), str(big), str(ok))
    return result.returncode == 1 and stored(db) == 1 and b"--max-document" in result.stderr


def served_cases(tmp: Path, corpus: Path) -> dict[str, bool]:
    from starlette.testclient import TestClient

    from nashra.reading import read_bytes
    from nashra.serving import create_app
    from nashra.storage import Archive

    db = tmp / "served.sqlite"
    record = {"id": "x", "url": "javascript:alert(1)", "title": "t",
              "content": "خبر \x1a عن الرياض"}  # fmt: skip
    long_text = "وزير الخارجية في الرياض يستقبل ضيوفه. " * 120_000  # 4.6 million characters
    with Archive(db) as archive:
        archive.ingest(read_bytes(json.dumps(record).encode(), "x.jsonl"))
        archive.ingest(read_bytes(long_text.encode(), "long.txt"))
    with TestClient(create_app(db), raise_server_exceptions=False) as client:
        started = time.perf_counter()
        for word in ("وزير", "الخارجية", "الرياض"):
            client.get("/api/search", params={"q": word})
        searches = (time.perf_counter() - started) / 3
        longest = max(
            h["item_id"] for h in client.get("/api/search", params={"q": "ضيوفه"}).json()["hits"]
        )
        long_page = len(client.get(f"/items/{longest}").content)
        nested = client.get("/api/search", params={"q": "(" * 1000 + "x"})
        item = client.get("/api/search", params={"q": "الرياض"}).json()["hits"][0]["item_id"]
        page = client.get(f"/items/{item}").text
        feed = client.get("/feeds/items.rss", params={"q": "الرياض"})
        headers = client.get("/").headers
        huge = [client.get(p).status_code for p in ("/api/items/" + "9" * 23, "/items/" + "9" * 23)]
        cursor = client.get(
            "/api/search", params={"q": "x", "cursor": "eyJvIjo5OTk5OTk5OTk5OTk5OTk5OTk5OTk5fQ"}
        )
    from xml.etree import ElementTree as ET

    try:
        ET.fromstring(feed.content)
        feed_ok = True
    except ET.ParseError:
        feed_ok = False
    return {
        "F9 nested parentheses": nested.status_code == 400,
        "F10 javascript: url": 'href="javascript' not in page,
        "F11 feeds and U+001A": feed.status_code == 200 and feed_ok,
        "F12 security headers": "content-security-policy" in headers
        and headers.get("x-frame-options") == "DENY",
        "F14 huge ids and cursors": huge == [404, 404] and cursor.status_code == 400,
        # a document as large as --max-document allows: searches stay fast, its page small
        "F13 a large document": searches < 0.2 and long_page < 1_000_000,
    }


def f15_password(tmp: Path, _corpus: Path) -> bool:
    result = nashra("search", "x", "--db", f"postgresql:///nashra?host={tmp}&password=S3cretPw")
    return b"S3cretPw" not in result.stdout + result.stderr


def f16_debris(_tmp: Path, _corpus: Path) -> bool:
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True).stdout
    bad = (".sqlite", ".db", ".whl", ".png", ".parquet")
    return not any(f.endswith(bad) or ":" in f for f in files.splitlines())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    rows: list[tuple[str, bool]] = []
    cases = [
        ("F1 killed extraction worker", f1_killed_worker),
        ("F2 two ingests creating one archive", f2_creation_race),
        ("F4 deeply nested JSON", f4_deep_json),
        ("F5/F6 link loops and links above", f5_f6_links),
        ("F7 zip inside a zip", f7_zip_in_zip),
        ("F8 document over the size limit", f8_size),
        ("F15 password in a URL's query", f15_password),
        ("F16 generated files tracked", f16_debris),
    ]
    with tempfile.TemporaryDirectory(prefix="nashra-hostile-") as folder:
        tmp = Path(folder)
        for name, case in cases:
            started = time.perf_counter()
            try:
                held = case(tmp, args.corpus)
            except Exception as exc:  # a case that crashes is a case that failed
                print(f"  {name}: {exc!r}", file=sys.stderr)
                held = False
            rows.append((f"{name} ({time.perf_counter() - started:.0f} s)", held))
        rows.extend(served_cases(tmp, args.corpus).items())
    width = max(len(name) for name, _ in rows)
    for name, held in rows:
        print(f"{name:<{width}}  {'held' if held else 'FAILED'}")
    print("F3 concurrent writers: see tests/test_archive.py")
    return 0 if all(held for _, held in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
