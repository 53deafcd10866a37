#!/usr/bin/env python3
"""Developer entry point that needs nothing but ``python3`` (3.10+).

    python3 dev.py sample   # parse the bundled sample page, print the Article as JSON
    python3 dev.py test     # the whole test suite, in its own virtual environment

Each command creates its virtual environment (``.venv-sample``, ``.venv-test``) on first use,
upgrades pip inside it (the system pip may be too old to resolve the dependencies), installs
the project and what the command needs, then runs. Re-runs reuse the environment while
``pyproject.toml`` is unchanged.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent


def _python(env_dir: Path) -> Path:
    return env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _run(*command: object, **kwargs: object) -> None:
    printable = " ".join(str(part) for part in command)
    print(f"+ {printable}", flush=True)
    subprocess.run([str(part) for part in command], check=True, cwd=ROOT, **kwargs)  # type: ignore[call-overload]


def ensure_env(name: str, *requirements: str) -> Path:
    """A virtual environment with the project (editable) and ``requirements`` installed."""
    env_dir = ROOT / name
    python = _python(env_dir)
    stamp = env_dir / ".newsparse-installed"
    wanted = hashlib.sha256(
        (ROOT / "pyproject.toml").read_bytes() + "\0".join(requirements).encode()
    ).hexdigest()
    if python.exists() and stamp.exists() and stamp.read_text() == wanted:
        return python
    if not python.exists():
        print(f"creating virtual environment {name}", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    _run(python, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    _run(python, "-m", "pip", "install", "--quiet", *requirements)
    stamp.write_text(wanted)
    return python


def sample() -> int:
    python = ensure_env(".venv-sample", "-e", ".")
    return subprocess.run([str(python), "-m", "newsparse", "sample"], cwd=ROOT).returncode


def test(extra_args: list[str]) -> int:
    python = ensure_env(".venv-test", "-e", ".[test]", "-e", "examples/newsparse-example-plugin")
    return subprocess.run([str(python), "-m", "pytest", *extra_args], cwd=ROOT).returncode


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"sample", "test"}:
        print(__doc__)
        return 2
    if argv[0] == "sample":
        return sample()
    return test(argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
