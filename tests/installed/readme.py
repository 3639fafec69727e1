"""The README's code blocks, as the tests that check and run them see them.

A block is named after the section it is in (`using-the-clients-2` is the second Python block
under "Using the clients"). An HTML comment on the line before a block says how to treat it:

- `<!-- readme: pytest -->`: a test file, run with pytest (with the `pyproject` block below);
- `<!-- readme: pyproject -->`: the `pyproject.toml` a `pytest` block runs with;
- `<!-- readme: skip REASON -->`: not run (few, and each says why).

Every other Python block is a script, run as is with the sandboxes' environment variables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"

_FENCE = re.compile(r"^```(\w*)\n(.*?)^```\n", re.S | re.M)
_HEADING = re.compile(r"^#{2,3} (.+)$", re.M)
_MARKER = re.compile(r"<!-- readme: (\w+)(?: (.*?))? -->\n$")


@dataclass(frozen=True)
class Block:
    id: str
    language: str
    kind: str  # "script", "pytest", "pyproject", "skip" or "other"
    code: str
    reason: str = ""


def _slug(heading: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", heading.lower()).strip("-")


def blocks(text: str | None = None) -> list[Block]:
    text = README.read_text() if text is None else text
    found: list[Block] = []
    counts: dict[str, int] = {}
    for match in _FENCE.finditer(text):
        before = text[: match.start()]
        headings = _HEADING.findall(before)
        section = _slug(headings[-1]) if headings else "top"
        language, code = match.group(1), match.group(2)
        marker = _MARKER.search(before)
        kind = marker.group(1) if marker else ("script" if language == "python" else "other")
        counts[f"{section}/{language}"] = counts.get(f"{section}/{language}", 0) + 1
        number = counts[f"{section}/{language}"]
        found.append(
            Block(
                id=f"{section}-{language or 'text'}-{number}",
                language=language,
                kind=kind,
                code=code,
                reason=(marker.group(2) or "") if marker else "",
            )
        )
    return found


def python_blocks() -> list[Block]:
    return [b for b in blocks() if b.language == "python"]


def pyproject() -> str:
    return next(b.code for b in blocks() if b.kind == "pyproject")
