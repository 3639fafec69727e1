"""`make demo`: start each sandbox server as its own process, run its demo against it, stop it.

The servers are started exactly as a user would (`python -m b2b_graphql sandbox NAME`), and each
demo is a plain async script that takes the server's URL as its argument.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEMOS = [("axro", "axro_demo.py"), ("order41", "order41_demo.py"), ("hipex", "hipex_demo.py")]


def run(api: str, script: str) -> int:
    server = subprocess.Popen(
        [sys.executable, "-m", "b2b_graphql", "sandbox", api, "--json"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        ready = server.stdout.readline()
        if not ready:
            print(f"{api}: the sandbox did not start", file=sys.stderr)
            return 1
        url = json.loads(ready)["url"]
        print(f"\n=== {api}: sandbox at {url} ===", flush=True)
        return subprocess.call([sys.executable, str(HERE / script), url], env=os.environ.copy())
    finally:
        server.terminate()
        server.wait(timeout=10)


def main() -> int:
    failures = 0
    for api, script in DEMOS:
        if (HERE / script).exists():
            failures += run(api, script) != 0
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
