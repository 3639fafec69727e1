"""Experiment (not a test): which token-adoption rule leaves the client on the server's current
token after a burst of concurrent queries, while the server rotates on every response?

    .venv/bin/python -m tests.hipex.experiment_token_order [bursts] [burst_size]

For each rule it runs `bursts` bursts of `burst_size` concurrent `Server` queries against a
private Hipex sandbox (`rotate_every=1`) and counts the bursts after which the token the client
holds is the session's current one (`current`), or only a replaced one still in its grace
period (`grace`). The figures go in BENCHMARKS.md; the rule itself is in `hipex/auth.py`.
"""

from __future__ import annotations

import asyncio
import sys
from collections import Counter
from typing import Any

import httpx

from b2b_graphql._secrets import Secret
from b2b_graphql.hipex import HipexClient, RotatingHeaderAuth
from b2b_graphql.hipex.auth import _Sent
from b2b_graphql.sandbox import SandboxServer
from b2b_graphql.sandbox.hipex import PATH, HipexSandbox, create_app


class SendOrderAuth(RotatingHeaderAuth):
    """The previous rule: requests are numbered as they enter the auth flow, and a response
    replaces the token only if its request was numbered after the current token's request."""

    _numbered = 0
    _latest = 0

    def _prepare(self, request: httpx.Request) -> _Sent:
        sent = super()._prepare(request)
        with self._lock:
            self._numbered += 1
            return _Sent(self._numbered, sent.ours, sent.login, sent.call)

    def _received(self, response: httpx.Response, sent: _Sent) -> None:
        values = response.headers.get_list("authorization")
        received = values[0].strip() if values else ""
        if not received or not sent.ours:
            return
        with self._lock:
            number = self._numbered if sent.login else sent.carried
            if not sent.login and number <= self._latest:
                return
            if self._token is None or received != self._token.reveal():
                self._latest = number
                self._adopt(Secret(received))


async def burst(client: HipexClient, state: HipexSandbox, size: int) -> str:
    await asyncio.gather(*(client.servers() for _ in range(size)))
    token = client.auth.token
    return "none" if token is None else state.token_status(token.reveal())


async def run(rule: str, bursts: int, size: int) -> Counter[str]:
    state = HipexSandbox.seeded(rotate_every=1, grace=30.0)
    outcomes: Counter[str] = Counter()
    with SandboxServer(create_app(state), path=PATH) as server:
        client = await HipexClient.login(state.username, state.password, server.url)
        if rule == "send order (previous)":
            auth: Any = SendOrderAuth(client.auth.token, on_change=client._save_token)
            client.auth = auth
            client.http_client.auth = auth
        async with client:
            for _ in range(bursts):
                outcomes[await burst(client, state, size)] += 1
    return outcomes


def main() -> None:
    bursts = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    for rule in ("send order (previous)", "carried token, then arrival (current)"):
        outcomes = asyncio.run(run(rule, bursts, size))
        print(f"{rule}: {dict(outcomes)} over {bursts} bursts of {size}")


if __name__ == "__main__":
    main()
