"""`python -m b2b_graphql sandbox hipex` serves the sandbox; the demo runs against it."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from b2b_graphql.hipex import HipexClient

DEMO = Path(__file__).resolve().parents[2] / "examples" / "hipex_demo.py"


async def test_cli_sandbox_and_demo() -> None:
    server = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "b2b_graphql", "sandbox", "hipex", stdout=asyncio.subprocess.PIPE
    )
    try:
        assert server.stdout is not None
        first = (await asyncio.wait_for(server.stdout.readline(), 30)).decode().strip()
        assert first.startswith("hipex sandbox listening on http://127.0.0.1:")
        url = first.rsplit(" on ", 1)[1]
        lines = [(await server.stdout.readline()).decode().strip() for _ in range(2)]
        credentials = dict(line.split(": ", 1) for line in lines)
        async with await HipexClient.login(
            credentials["username"], credentials["password"], url
        ) as client:
            assert (await client.servers(limit=1)).server

        env = {k: v for k, v in os.environ.items() if not k.startswith("HIPEX_")}
        demo = await asyncio.create_subprocess_exec(
            sys.executable, str(DEMO), url, stdout=asyncio.subprocess.PIPE, env=env
        )
        output = (await asyncio.wait_for(demo.communicate(), 60))[0].decode()
        assert demo.returncode == 0, output
        assert "shop01.example.nl" in output
        assert "The API refused a bad domain: {'domain':" in output
        assert "succeeded after" in output
    finally:
        server.terminate()
        await server.wait()
