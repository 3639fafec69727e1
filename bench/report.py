"""The Markdown report (`BENCHMARKS.md`): machine, commands, targets, then one section each."""

from __future__ import annotations

import os
import platform
import sys
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version

PACKAGES = (
    "b2b-graphql",
    "httpx",
    "httpcore",
    "h11",
    "anyio",
    "sniffio",
    "pydantic",
    "pydantic-core",
    "graphql-core",
    "gql",
    "ariadne-codegen",
)


@dataclass
class Target:
    name: str
    goal: str
    measured: str
    met: bool | None  # None: not measured (skipped)


@dataclass
class Report:
    title: str
    quick: bool
    command: str
    sections: list[tuple[str, list[str]]] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    preamble: list[str] = field(default_factory=list)

    def section(self, title: str) -> list[str]:
        lines: list[str] = []
        self.sections.append((title, lines))
        return lines

    def target(self, name: str, goal: str, measured: str, met: bool | None) -> None:
        self.targets.append(Target(name, goal, measured, met))

    def render(self) -> str:
        out = [f"# {self.title}", ""]
        out += self.preamble
        if self.quick:
            out += [
                "> **Smoke run (`--quick`)**: tiny counts, the figures mean nothing.",
                "",
            ]
        out += ["## Machine", "", *machine_lines(), ""]
        out += [
            "## Commands",
            "",
            "```sh",
            "make bench                      # = .venv/bin/python -m bench  (writes this file)",
            "python -m bench --quick -o -    # smoke run with tiny counts, report on stdout",
            "python -m bench --only percall  # one section: percall, throughput, imports, "
            "generation, streaming, pagination",
            "```",
            "",
            f"This report: `{self.command}`.",
            "",
        ]
        if self.targets:
            out += ["## Targets", "", *table(["Target", "Goal", "Measured", "Met"], [
                [t.name, t.goal, t.measured, _met(t.met)] for t in self.targets
            ]), ""]  # fmt: skip
        for title, lines in self.sections:
            out += [f"## {title}", "", *lines]
            if out[-1] != "":
                out.append("")
        return "\n".join(out).rstrip() + "\n"


def _met(met: bool | None) -> str:
    return "skipped" if met is None else ("yes" if met else "**no**")


def table(headers: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine_lines() -> list[str]:
    versions = []
    for name in PACKAGES:
        try:
            versions.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            versions.append(f"{name} (not installed)")
    affinity = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    cores = f"{os.cpu_count()} logical cores" + (
        f" ({affinity} usable)" if affinity is not None and affinity != os.cpu_count() else ""
    )
    return [
        f"- CPU: {cpu_model()}, {cores}",
        f"- OS: {platform.system()} {platform.release()} ({platform.machine()})",
        f"- Python: {sys.version.split()[0]} ({platform.python_implementation()})",
        f"- Packages: {', '.join(versions)}",
    ]
