"""Release readiness that can be checked without building: metadata, extras, workflows.

Building, ``twine check --strict`` and the smoke test of the installed wheel run after pytest
in ``python3 dev.py test`` (see ``dev.py``).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

import newsparse

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

yaml = pytest.importorskip("yaml", reason="the test extra installs pyyaml")

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PROJECT = PYPROJECT["project"]
SUPPORTED_PYTHONS = ["3.10", "3.11", "3.12", "3.13"]


def _workflow(name: str) -> dict:
    path = ROOT / ".github" / "workflows" / name
    if not path.is_file():  # an unpacked sdist has no .github
        pytest.skip(f"{path.relative_to(ROOT)} is not here (not a git checkout)")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict) and data.get("jobs"), f"{name} has no jobs"
    # YAML 1.1 reads a bare `on:` key as True
    data["on"] = data.pop(True, data.get("on"))
    for job_name, job in data["jobs"].items():
        assert job.get("runs-on"), f"{name}: job {job_name} has no runs-on"
        for step in job["steps"]:
            assert ("uses" in step) != ("run" in step), f"{name}: {job_name}: a step needs uses or run: {step}"
    return data


def test_version_is_defined_once() -> None:
    assert "version" in PROJECT["dynamic"] and "version" not in PROJECT
    assert PYPROJECT["tool"]["hatch"]["version"]["path"] == "src/newsparse/__init__.py"
    assert re.fullmatch(r"\d+\.\d+\.\d+((a|b|rc)\d+)?(\.dev\d+)?", newsparse.__version__)


def test_metadata_is_complete() -> None:
    assert PROJECT["readme"] == "README.md"
    assert PROJECT["description"] and len(PROJECT["description"]) < 200
    assert PROJECT["license"] == "MIT" and PROJECT["license-files"] == ["LICENSE"]
    assert PROJECT["requires-python"] == ">=3.10"
    assert set(PROJECT["urls"]) >= {"Source", "Documentation", "Changelog", "Issues"}
    assert len(PROJECT["keywords"]) >= 3
    classifiers = PROJECT["classifiers"]
    assert "Typing :: Typed" in classifiers
    assert not any(c.startswith("License ::") for c in classifiers), "the licence expression replaces it"
    python_versions = [c.rsplit(" ", 1)[-1] for c in classifiers if re.fullmatch(r".*:: 3\.\d+", c)]
    assert python_versions == SUPPORTED_PYTHONS


def test_runtime_dependencies_are_the_four() -> None:
    names = sorted(re.split(r"[<>=\[ ;]", dep, maxsplit=1)[0] for dep in PROJECT["dependencies"])
    assert names == ["attrs", "lxml", "pydantic", "python-dateutil"]


@pytest.mark.parametrize("extra", ["test", "docs"])
def test_extras_have_lower_bounds(extra: str) -> None:
    for requirement in PROJECT["optional-dependencies"][extra]:
        if requirement.startswith("newsparse["):
            continue
        assert ">=" in requirement, f"{extra} extra: {requirement} needs a lower bound"


def test_build_targets() -> None:
    build = PYPROJECT["tool"]["hatch"]["build"]["targets"]
    assert build["wheel"]["packages"] == ["src/newsparse"]
    assert set(build["sdist"]["include"]) >= {
        "src/newsparse",
        "tests",
        "docs",
        "CHANGELOG.md",
        "RELEASING.md",
        "LICENSE",
    }
    assert PROJECT["scripts"]["newsparse"] == "newsparse.cli:main"


def test_ci_runs_the_test_command_on_every_python_and_os() -> None:
    ci = _workflow("ci.yml")
    assert "pull_request" in ci["on"] and "push" in ci["on"]
    matrix = ci["jobs"]["test"]["strategy"]["matrix"]
    assert matrix["python-version"] == SUPPORTED_PYTHONS
    assert set(matrix["os"]) == {"ubuntu-latest", "macos-latest", "windows-latest"}
    runs = [step.get("run", "") for step in ci["jobs"]["test"]["steps"]]
    assert "python dev.py test" in runs


def test_release_builds_once_and_publishes_with_trusted_publishing() -> None:
    release = _workflow("release.yml")
    assert release["on"]["push"]["tags"] == ["v*"]
    jobs = release["jobs"]
    build_runs = " ".join(step.get("run", "") for step in jobs["build"]["steps"])
    assert "python -m build" in build_runs and "twine check --strict" in build_runs
    publish = jobs["publish"]
    assert publish["needs"] == "build"
    assert publish["permissions"] == {"id-token": "write"}
    assert publish["environment"]["name"] == "pypi"
    uses = [step.get("uses", "") for step in publish["steps"]]
    assert any(u.startswith("pypa/gh-action-pypi-publish@") for u in uses)
    assert not any("python -m build" in step.get("run", "") for step in publish["steps"]), "build once"
    assert "password" not in str(publish), "trusted publishing needs no token"


def test_read_the_docs_builds_the_docs_extra() -> None:
    path = ROOT / ".readthedocs.yaml"
    if not path.is_file():
        pytest.skip("not a git checkout")
    config = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert config["version"] == 2
    assert config["sphinx"] == {"configuration": "docs/conf.py", "fail_on_warning": True}
    assert config["python"]["install"] == [{"method": "pip", "path": ".", "extra_requirements": ["docs"]}]


def test_changelog_follows_keep_a_changelog() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## [Unreleased]" in text
    assert "keepachangelog.com" in text
    for heading in re.findall(r"^## \[(.+?)\](.*)$", text, re.MULTILINE):
        version, rest = heading
        if version != "Unreleased":
            assert re.fullmatch(r" - \d{4}-\d{2}-\d{2}", rest), f"release {version} needs a date"


def test_releasing_guide_exists() -> None:
    text = (ROOT / "RELEASING.md").read_text(encoding="utf-8")
    assert "CHANGELOG.md" in text and "__version__" in text and "git tag" in text
