"""How long imports, exports and backups take at scale, through the command line a user types.

    python benchmarks/transfer.py [--folder PATH] [--contacts 10000] [--customers 10000]

1. Writes a 10,000-contact vCard file as devices write them (a third each: Outlook 2.1 with
   quoted-printable notes over soft line breaks, iPhone 3.0 with item groups and an embedded
   photo, 4.0 with PREF and tel: URIs; every card with two emails, two phones, an address, a
   note and a birthday), then times `custjournal import` into a new journal, again (all
   duplicates), and `custjournal check`. Goal: the first import within 15 s.
2. Builds a demo journal (`custjournal demo`, about a minute for 10,000 customers) unless the
   folder has one, and times `backup`, `check`, `export` to JSON and `import` of that JSON
   into an empty journal.

Each figure is printed beside its floor: `python -c "import custjournal.cli"`, what every
command pays before it starts.
"""

from __future__ import annotations

import argparse
import quopri
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FIRST = ["Ada", "Jürgen", "Zoë", "Grace", "张", "Олег", "Marie", "José", "Siobhán", "Kenji"]
LAST = ["Lovelace", "Müller", "Ça", "Hopper", "伟", "Иванов", "Curie", "Núñez", "O'Brien", "Tanaka"]
PHOTO = "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRof" * 20


def _qp(text: str) -> str:
    """Quoted-printable as Outlook writes it: CRLF as =0D=0A, soft breaks at 76 columns."""
    parts = [quopri.encodestring(p.encode()).decode() for p in text.split("\r\n")]
    return "=0D=0A".join(parts).replace("\n", "\r\n")


def _card(i: int, rng: random.Random) -> str:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    kind = i % 3
    if kind == 0:
        note = _qp(
            f"Met at the fair {i}\r\nLikes tea and long walks; asked about the pricing of the "
            f"widget {i} and promised to call back after the holidays"
        )
        return (
            "BEGIN:VCARD\r\nVERSION:2.1\r\n"
            f"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp(last)};{_qp(first)}\r\n"
            f"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp(first + ' ' + last)}\r\n"
            f"ORG:Company {i % 700}\r\nTITLE:Buyer\r\n"
            f"TEL;WORK;VOICE:+49 30 {i:07d}\r\nTEL;CELL:+49 170 {i:07d}\r\n"
            f"EMAIL;PREF;INTERNET:p{i}@example.com\r\nEMAIL;INTERNET:p{i}@private.example\r\n"
            f"ADR;WORK:;;Street {i};Berlin;;10115;Germany\r\n"
            f"NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{note}\r\n"
            f"BDAY:19{50 + i % 50}0{1 + i % 9}1{i % 9}\r\nEND:VCARD\r\n"
        )
    if kind == 1:
        photo = "\r\n ".join(PHOTO[j : j + 74] for j in range(0, len(PHOTO), 74))
        return (
            "BEGIN:VCARD\r\nVERSION:3.0\r\n"
            f"N:{last};{first};;;\r\nFN:{first} {last}\r\nORG:Company {i % 700};Sales\r\n"
            "TITLE:Manager\r\n"
            f"item1.EMAIL;type=INTERNET;type=pref:p{i}@example.com\r\n"
            "item1.X-ABLabel:_$!<Other>!$_\r\n"
            f"EMAIL;type=INTERNET;type=WORK:w{i}@work.example\r\n"
            f"TEL;type=CELL;type=VOICE;type=pref:+1 408 555 {i:04d}\r\n"
            f"item2.TEL:+1 408 556 {i:04d}\r\nitem2.X-ABLabel:Assistant\r\n"
            f"item3.ADR;type=HOME;type=pref:;;{i} Infinite Loop;Cupertino;CA;95014;USA\r\n"
            f"BDAY:1984-01-{1 + i % 28:02d}\r\n"
            f"NOTE:Met at WWDC\\, likes apples\\nSecond line {i}\r\n"
            f"PHOTO;ENCODING=b;TYPE=JPEG:{photo}\r\nEND:VCARD\r\n"
        )
    return (
        "BEGIN:VCARD\r\nVERSION:4.0\r\n"
        f"FN:{first} {last} {i}\r\nORG:Société {i % 700}\r\n"
        f"EMAIL;TYPE=work;PREF=1:p{i}@example.fr\r\nEMAIL;TYPE=home:h{i}@example.fr\r\n"
        f'TEL;VALUE=uri;TYPE="voice,cell":tel:+33-6-{i:08d}\r\n'
        f"TEL;VALUE=uri;TYPE=work:tel:+33-1-{i:08d}\r\n"
        f"ADR;TYPE=work:;;{i} rue X;Paris;;75001;France\r\nURL:https://example.fr/{i}\r\n"
        f"BDAY:--0{1 + i % 9}1{i % 9}\r\nNOTE:北京茶叶 {i}\r\nEND:VCARD\r\n"
    )


def write_vcards(path: Path, count: int) -> None:
    rng = random.Random(1)
    with open(path, "w", encoding="utf-8", newline="") as out:
        for i in range(count):
            out.write(_card(i, rng))


def run(*args: str) -> float:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "custjournal", *args], capture_output=True, text=True
    )
    took = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"custjournal {' '.join(args)} failed: {done.stderr.strip()}")
    print(f"  {took:6.2f} s  custjournal {' '.join(args[2:])}: {done.stdout.strip()[:100]}")
    return took


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=None)
    parser.add_argument("--contacts", type=int, default=10_000)
    parser.add_argument("--customers", type=int, default=10_000)
    args = parser.parse_args()
    folder = args.folder or Path(tempfile.mkdtemp(prefix="custjournal-transfer-"))
    folder.mkdir(parents=True, exist_ok=True)

    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import custjournal.cli"], check=True)
    print(f"floor: {time.perf_counter() - start:.2f} s to start a command")

    cards = folder / "contacts.vcf"
    write_vcards(cards, args.contacts)
    print(f"\n{args.contacts} contacts, {cards.stat().st_size / 1e6:.1f} MB of vCard:")
    fresh = folder / "import.sqlite3"
    for extra in ("", "-wal", "-shm"):
        Path(f"{fresh}{extra}").unlink(missing_ok=True)
    run("--journal", str(fresh), "import", str(cards))
    run("--journal", str(fresh), "import", str(cards))
    run("--journal", str(fresh), "check")

    demo = folder / "demo.sqlite3"
    if not demo.exists():
        print(f"\nbuilding a demo journal of {args.customers} customers...")
        run("--journal", str(demo), "demo", "--customers", str(args.customers))
    print(f"\ndemo journal, {demo.stat().st_size / 1e6:.1f} MB:")
    run("--journal", str(demo), "backup", str(folder / "demo-backup.sqlite3"))
    run("--journal", str(demo), "check")
    run("--journal", str(demo), "export", str(folder / "demo.json"))
    copy = folder / "from-json.sqlite3"
    for extra in ("", "-wal", "-shm"):
        Path(f"{copy}{extra}").unlink(missing_ok=True)
    run("--journal", str(copy), "import", str(folder / "demo.json"))
    print(f"\nfiles in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
