#!/usr/bin/env python3
"""Developer entry point that needs nothing but ``python3`` (3.10+).

    python3 dev.py sample   # parse the bundled sample page, print the Article as JSON
    python3 dev.py test     # the whole test suite, in its own virtual environment

Each command creates its virtual environment (``.venv-sample``, ``.venv-test``) on first use,
upgrades pip inside it (the system pip may be too old to resolve the dependencies), installs
the project and what the command needs, then runs. Re-runs reuse the environment while
``pyproject.toml`` is unchanged.

``test`` runs, in order, and fails if any stage fails:

1. pytest (the unit tests, the docs build and every example in the docs and the README);
2. the release check: ``python -m build`` (sdist, then the wheel from the sdist) into a
   temporary folder, ``twine check --strict``, a look at what each archive contains, then the
   wheel installed into a fresh virtual environment outside the source tree and a smoke test
   run from there (import, parse the bundled sample, the ``newsparse`` console script, ``py.typed``).

Arguments after ``test`` go to pytest; ``--no-package`` skips stage 2 (quick local runs).
The pytest summary line is printed again last, so it stays the closing line of the run.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent

#: What the test environment installs: the project (editable) with its test extra (which pulls in
#: the docs extra). Add a local package here as two more items: "-e", "path/to/package".
TEST_REQUIREMENTS = ("-e", ".[test]", "-e", "examples/newsparse-example-plugin")

_PYTEST_SUMMARY = re.compile(r"^=+ .*\b(passed|failed|error|errors|skipped|no tests ran)\b.* in [\d.]+s.* =+$")


def _python(env_dir: Path) -> Path:
    return env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _script(env_dir: Path, name: str) -> Path:
    return env_dir / ("Scripts" if os.name == "nt" else "bin") / (f"{name}.exe" if os.name == "nt" else name)


def _run(*command: object, cwd: Path = ROOT, **kwargs: object) -> None:
    printable = " ".join(str(part) for part in command)
    print(f"+ {printable}", flush=True)
    subprocess.run([str(part) for part in command], check=True, cwd=cwd, **kwargs)  # type: ignore[call-overload]


def ensure_env(name: str, *requirements: str) -> Path:
    """A virtual environment with the project (editable) and ``requirements`` installed."""
    env_dir = ROOT / name
    python = _python(env_dir)
    stamp = env_dir / ".newsparse-installed"
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + "\0".join(requirements).encode()).hexdigest()
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


# -- stage 1: pytest ---------------------------------------------------------------------------


def run_pytest(python: Path, args: list[str]) -> tuple[int, str | None]:
    """Run pytest, echoing its output as it comes; returns (exit code, summary line)."""
    command = [str(python), "-m", "pytest", *args]
    print(f"+ {' '.join(command)}", flush=True)
    summary = None
    with subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace"
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            sys.stdout.write(line)
            sys.stdout.flush()
            if _PYTEST_SUMMARY.match(line.strip()):
                summary = line.rstrip("\n")
    return process.returncode, summary


# -- stage 2: build, check, install the wheel elsewhere, smoke-test it ---------------------------

SMOKE_TEST = r"""
import json, sys
from importlib import metadata, resources
from pathlib import Path

import newsparse

root = Path(sys.argv[1]).resolve()
where = Path(newsparse.__file__).resolve()
assert root not in where.parents, f"imported from the source tree: {where}"
assert newsparse.__version__ == metadata.version("newsparse"), "version mismatch"
assert resources.files("newsparse").joinpath("py.typed").is_file(), "py.typed is missing"
article = newsparse.parse_article(newsparse.sample_html(), url="https://www.tribunnews.com/regional/x")
assert article.title and article.paragraphs and article.published, article
assert article.published.utcoffset() is not None
json.loads(article.model_dump_json())
assert newsparse.sample_path().is_file()
print(f"smoke test: newsparse {newsparse.__version__} from {where.parent}: {article.title!r}, "
      f"{len(article.paragraphs)} paragraphs")
"""


def check_wheel(wheel: Path) -> list[str]:
    """The wheel holds the package, its data and metadata, nothing else."""
    names = zipfile.ZipFile(wheel).namelist()
    stray = [n for n in names if not (n.startswith("newsparse/") or ".dist-info/" in n)]
    wanted = ["newsparse/__init__.py", "newsparse/py.typed", "newsparse/samples/tribunnews-2024-sample.html"]
    missing = [n for n in wanted if n not in names]
    if stray or missing:
        raise SystemExit(f"wheel {wheel.name}: unexpected files {stray}, missing {missing}")
    return names


def _has_files(folder: Path) -> bool:
    return any(path.is_file() and "__pycache__" not in path.parts for path in folder.rglob("*"))


def check_sdist(sdist: Path) -> list[str]:
    """The sdist holds the source, tests, docs, benchmarks, examples and the changelog."""
    with tarfile.open(sdist) as archive:
        names = [name.split("/", 1)[1] for name in archive.getnames() if "/" in name]
    wanted = [
        "pyproject.toml",
        "README.md",
        "LICENSE",
        "CHANGELOG.md",
        "RELEASING.md",
        "src/newsparse/py.typed",
        "src/newsparse/samples/tribunnews-2024-sample.html",
        "docs/conf.py",
        "docs/index.rst",
    ]
    wanted += [f"{folder}/" for folder in ("tests", "benchmarks", "examples") if _has_files(ROOT / folder)]
    missing = [w for w in wanted if not any(n == w or (w.endswith("/") and n.startswith(w)) for n in names)]
    stray = [n for n in names if n.startswith((".venv", ".git/", "docs/_build/")) or "__pycache__" in n]
    if missing or stray:
        raise SystemExit(f"sdist {sdist.name}: missing {missing}, unexpected files {stray}")
    return names


def check_package(python: Path) -> None:
    """Build sdist + wheel, check them, install the wheel in a fresh venv, smoke-test it."""
    with tempfile.TemporaryDirectory(prefix="newsparse-release-check-", ignore_cleanup_errors=True) as tmp:
        work = Path(tmp)
        dist = work / "dist"
        _run(python, "-m", "build", "--outdir", dist, ROOT)
        archives = sorted(dist.iterdir())
        _run(python, "-m", "twine", "check", "--strict", *archives)
        (wheel,) = dist.glob("*.whl")
        (sdist,) = dist.glob("*.tar.gz")
        print(f"wheel: {len(check_wheel(wheel))} files; sdist: {len(check_sdist(sdist))} files", flush=True)
        env_dir = work / "venv"
        print(f"creating a fresh virtual environment in {env_dir}", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
        fresh = _python(env_dir)
        _run(fresh, "-m", "pip", "install", "--quiet", "--upgrade", "pip", cwd=work)
        _run(fresh, "-m", "pip", "install", "--quiet", wheel, cwd=work)
        clean_env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME"}}
        smoke = work / "smoke.py"
        smoke.write_text(SMOKE_TEST, encoding="utf-8")
        _run(fresh, "-I", smoke, ROOT, cwd=work, env=clean_env)
        console = _script(env_dir, "newsparse")
        print(f"+ {console} sample", flush=True)
        output = subprocess.run(
            [str(console), "sample"], cwd=work, env=clean_env, check=True, capture_output=True, text=True
        ).stdout
        title = json.loads(output)["title"]
        print(f"console script: newsparse sample -> {title!r}", flush=True)


def test(args: list[str]) -> int:
    if hasattr(sys.stdout, "reconfigure"):  # echoing pytest's output must never crash on a code page
        sys.stdout.reconfigure(errors="replace")
    package = "--no-package" not in args
    args = [a for a in args if a != "--no-package"]
    python = ensure_env(".venv-test", *TEST_REQUIREMENTS)
    code, summary = run_pytest(python, args)
    package_ok = True
    if package:
        print(
            "\n== release check: build, twine check, install the wheel in a fresh venv, smoke test ==",
            flush=True,
        )
        try:
            check_package(python)
        except (subprocess.CalledProcessError, SystemExit, ValueError, OSError) as exc:
            package_ok = False
            print(f"release check FAILED: {exc}", file=sys.stderr, flush=True)
    status = "ok" if package_ok else "FAILED"
    print(f"\ndev.py test: pytest exit code {code}; release check {status if package else 'skipped'}")
    if summary:
        print(summary, flush=True)
    return code or (0 if package_ok else 1)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"sample", "test"}:
        print(__doc__)
        return 2
    if argv[0] == "sample":
        return sample()
    return test(argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
