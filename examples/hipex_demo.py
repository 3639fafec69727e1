"""Hipex demo: log in, list the servers and their shop domains, create a domain, wait for it.

python examples/hipex_demo.py http://127.0.0.1:8000/hipex-pack-api
    (or set HIPEX_URL; credentials from HIPEX_USERNAME / HIPEX_PASSWORD, sandbox defaults)
"""

from __future__ import annotations

import asyncio
import os
import sys
import time

from b2b_graphql import HipexFormValidationError
from b2b_graphql.hipex import HipexClient, all_of, where
from b2b_graphql.sandbox.hipex import DEFAULT_PASSWORD, DEFAULT_USERNAME


async def main(url: str, username: str, password: str) -> None:
    async with await HipexClient.login(username, password, url) as hipex:
        print(f"Logged in to {url} as {username}")

        print("\nApplication servers and their shop domains:")
        async for server in hipex.iter_servers(filter=where("type") == "application"):
            shops = all_of(where("server.id") == server.id, where("domain").like("shop%"))
            print(f"  {server.name} (#{server.id}, {server.type_.value if server.type_ else '-'})")
            async for domain in hipex.iter_domains(filter=shops, sort=("domain", "asc")):
                php = domain.main_php.value if domain.main_php else "?"
                print(f"    {domain.domain:<24} {php:<6} backup={'yes' if domain.backup else 'no'}")

        name = f"demo-{int(time.time())}.example.nl"
        try:
            await hipex.save_domain({"domain": "not a hostname", "host": 2})
        except HipexFormValidationError as error:
            print(f"\nThe API refused a bad domain: {error.fields}")

        domain = await hipex.save_domain({"domain": name, "host": 2, "mainPhp": "php80"})
        assert domain.server is not None
        print(f"\nCreated domain {domain.domain} (#{domain.id}) on {domain.server.name}")
        started = time.monotonic()
        change = await hipex.wait_for_server_change(domain, timeout=60, interval=0.2)
        if change is None:
            print("No server change was recorded for it")
        else:
            outcome = "succeeded" if change.successful else "failed"
            waited = time.monotonic() - started
            print(
                f"Server change #{change.id} ({change.action} {change.entity_name}) {outcome} "
                f"after {waited:.1f}s"
            )
        print(f"\nThe token rotated {hipex.auth.generation - 1} time(s) during this session")


if __name__ == "__main__":
    url = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("HIPEX_URL", "")
    if not url:
        sys.exit("usage: hipex_demo.py URL (or set HIPEX_URL)")
    asyncio.run(
        main(
            url,
            os.environ.get("HIPEX_USERNAME", DEFAULT_USERNAME),
            os.environ.get("HIPEX_PASSWORD", DEFAULT_PASSWORD),
        )
    )
