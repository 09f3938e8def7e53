"""Encryption at rest: app start and `custjournal due` on the encrypted demo against the plain one.

    .venv/bin/python benchmarks/encryption.py                  # 10,000 customers, 5 rounds
    .venv/bin/python benchmarks/encryption.py --size 1000 --repeat 3

The plain demo journal is run.py's (benchmarks/journals/, built once and reused); the encrypted
one is a copy converted with store/crypt.py (the conversion is timed too). Each round runs
every measurement once, plain and encrypted alternately, so that a change of load on this
shared machine hits both alike. The passphrase goes through CUSTJOURNAL_PASSPHRASE_FILE, so
the encrypted start includes reading it and the one key derivation. Target: ≤ 1.3× plain.
Prints a table; nothing asserts a time.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402  (siblings: benchmarks/ is not a package)
import run  # noqa: E402

PASSPHRASE = "benchmark passphrase"


def encrypted_copy(plain: Path, env: run.Env) -> tuple[Path, float]:
    """A converted copy of *plain* beside it (rebuilt each time: conversion is measured)."""
    from custjournal.store import crypt

    target = plain.with_name(plain.stem + "-encrypted.sqlite3")
    for extra in ("", "-wal", "-shm"):
        Path(f"{target}{extra}").unlink(missing_ok=True)
    shutil.copyfile(plain, target)
    started = time.perf_counter()
    crypt.encrypt(target, PASSPHRASE)
    return target, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    env = run.Env()
    try:
        demo = corpus.demo_journal(args.size, args.seed, run.log)
        secret = env.home / "passphrase"
        secret.write_text(PASSPHRASE + "\n")
        secret.chmod(0o600)
        plain = env.scratch / "plain.sqlite3"
        shutil.copyfile(demo.path, plain)
        encrypted, convert_s = encrypted_copy(plain, env)
        env.env["CUSTJOURNAL_PASSPHRASE_FILE"] = str(secret)
        cmd = run.custjournal_command()
        results: dict[str, list[float]] = {}
        for n in range(args.repeat):
            run.log(f"round {n + 1} of {args.repeat}")
            for kind, path in (("plain", plain), ("encrypted", encrypted)):
                start = run.driver(env, "start", str(path), timeout=180)
                results.setdefault(f"start {kind}", []).append(start["seconds"])
                wall, _out, _err = run.run_process(env, [*cmd, "--journal", str(path), "due"])
                results.setdefault(f"due {kind}", []).append(wall)
    finally:
        env.close()

    print(f"\n{args.size:,} customers, {args.repeat} rounds; medians (seconds)")
    print(f"{'what':<28} {'plain':>8} {'encrypted':>10} {'ratio':>7}  target")
    for what in ("start", "due"):
        p = statistics.median(results[f"{what} plain"])
        e = statistics.median(results[f"{what} encrypted"])
        label = "app start (list + Today)" if what == "start" else "custjournal due (process)"
        verdict = "ok" if e <= 1.3 * p else "MISSED"
        print(f"{label:<28} {p:>8.3f} {e:>10.3f} {e / p:>6.2f}×  ≤ 1.3× {verdict}")
    print(f"{'conversion (encrypt)':<28} {'':>8} {convert_s:>10.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
