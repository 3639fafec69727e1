"""What the commands say on stderr: progress before each slow step, and errors.

Progress goes to stderr always (a CI log then shows what a slow step is waiting on); the
report itself is the only thing on stdout.
"""

from __future__ import annotations

import sys


def progress(message: str) -> None:
    print(f"… {message}", file=sys.stderr, flush=True)


def error(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)
