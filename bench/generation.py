"""4. Generation time: `python -m b2b_graphql generate` and `generate --check`.

Both run against a scratch copy of the project's inputs and `generated/` (`--root`), so a
benchmark never rewrites the working tree while someone is editing operations.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
import tomllib
from pathlib import Path

from .payloads import ROOT
from .report import Report, table
from .scratch import scratch_dir
from .settings import Settings

BASE_CLIENT = "src/b2b_graphql/codegen/base_client.py"


def copy_project(apis: list[str], target: Path) -> None:
    shutil.rmtree(target, ignore_errors=True)
    ignore = shutil.ignore_patterns("__pycache__")
    for api in apis:
        config = ROOT / "codegen" / f"{api}.toml"
        section = tomllib.loads(config.read_text())["tool"]["ariadne-codegen"]
        (target / "codegen").mkdir(parents=True, exist_ok=True)
        shutil.copy(config, target / "codegen" / config.name)
        for key in ("schema_path", "base_client_file_path"):
            if key in section:
                (target / section[key]).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(ROOT / section[key], target / section[key])
        for include in section.get("files_to_include", []):
            (target / include).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(ROOT / include, target / include)
        shutil.copytree(ROOT / section["queries_path"], target / section["queries_path"])
        package = Path(section.get("target_package_path", ".")) / section["target_package_name"]
        if (ROOT / package).is_dir():
            shutil.copytree(ROOT / package, target / package, ignore=ignore)


def timed_cli(args: list[str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "b2b_graphql", *args], cwd=ROOT, capture_output=True, text=True
    )
    elapsed = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise RuntimeError(f"b2b_graphql {' '.join(args)}: {done.stderr.strip()[-500:]}")
    return elapsed


def run(report: Report, settings: Settings) -> None:
    lines = report.section("4. Generation time")
    all_apis = sorted(p.stem for p in (ROOT / "codegen").glob("*.toml"))
    apis = [
        a for a in all_apis if settings.generation_apis is None or a in settings.generation_apis
    ]
    root = scratch_dir("generation") / "project"
    copy_project(apis, root)
    selected = [arg for api in apis for arg in ("--api", api)]
    generate = ["generate", "--root", str(root), *selected]
    check = [*generate, "--check"]
    timed_cli(generate)  # brings the scratch copy up to date, warms the caches
    times: dict[str, list[float]] = {"generate": [], "check": []}
    for _ in range(settings.generation_runs):
        times["generate"].append(timed_cli(generate))
        times["check"].append(timed_cli(check))
    gen, chk = (statistics.median(times[k]) for k in ("generate", "check"))
    which = ", ".join(apis)
    lines += [
        f"Fresh `python -m b2b_graphql ...` processes over a scratch copy of the inputs and "
        f"`generated/` ({which}); {settings.generation_runs} runs each, interleaved, medians. "
        "`generate` runs ariadne-codegen into a scratch folder and swaps the package in when "
        "it differs; `--check` does the same generation and compares.",
        "",
        *table(
            ["Command", "Wall (median)", "Runs"],
            [
                [
                    f"`python -m b2b_graphql generate` ({which})",
                    f"{gen:.2f} s",
                    ", ".join(f"{t:.2f}" for t in times["generate"]),
                ],
                [
                    f"`python -m b2b_graphql generate --check` ({which})",
                    f"{chk:.2f} s",
                    ", ".join(f"{t:.2f}" for t in times["check"]),
                ],
            ],
        ),
    ]
    everything = apis == all_apis
    report.target(
        f"Regenerate {'all clients' if everything else which}",
        "< 10 s",
        f"{gen:.1f} s",
        (gen < 10) if everything else None,
    )
    report.target(
        f"`generate --check` ({'all' if everything else which})",
        "< 12 s",
        f"{chk:.1f} s",
        (chk < 12) if everything else None,
    )
