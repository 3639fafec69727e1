"""Run one sandbox in its own process: `python _serve.py NAME` prints one JSON line
(`{"url": ..., "credentials": {...}}`) once listening, then serves until SIGTERM.

The load test runs its servers this way so the client under test has a core of its own and its
memory is measured alone; faults and counters are reached over HTTP (`/__sandbox__/faults`)."""

from __future__ import annotations

import json
import sys

from b2b_graphql.sandbox import SandboxServer, build_app


def main(name: str) -> None:
    app, path, credentials = build_app(name)

    def ready(server: SandboxServer) -> None:
        print(json.dumps({"url": server.url, "credentials": credentials}), flush=True)

    SandboxServer(app, path=path).serve_forever(on_ready=ready)


if __name__ == "__main__":
    main(sys.argv[1])
