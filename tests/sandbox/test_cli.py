"""`b2b-graphql sandbox NAME` with its knobs: each documented in --help, each reaching the
sandbox it is for, refused for the others; a busy port is a one-line usage error."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest

from b2b_graphql.__main__ import build_parser
from b2b_graphql._cli.sandbox import KNOBS, sandbox_options

FLAGS = ["--" + dest.replace("_", "-") for dest in KNOBS]


def help_text() -> str:
    sub = build_parser()._subparsers._group_actions[0].choices["sandbox"]  # type: ignore[union-attr]
    return " ".join(sub.format_help().split())


@pytest.mark.parametrize("flag", FLAGS)
def test_every_knob_is_documented(flag: str) -> None:
    text = help_text()
    assert flag in text
    described = text.split(flag, 1)[1].split(" --", 1)[0]
    assert len(described.split()) >= 4  # a sentence, not just a metavar


def parse(*argv: str) -> Any:
    return build_parser().parse_args(["sandbox", *argv])


def test_knobs_become_build_app_options() -> None:
    args = parse("hipex", "--seed", "7", "--latency", "250", "--rotate-every", "0",
                 "--rotate-seconds", "2.5", "--grace", "4")  # fmt: skip
    assert sandbox_options(args) == {
        "seed": 7,
        "latency": 0.25,
        "rotate_every": None,
        "rotate_after": 2.5,
        "grace": 4.0,
    }
    assert sandbox_options(parse("order41", "--token-lifetime", "60")) == {"token_lifetime": 60.0}


@pytest.mark.parametrize(
    ("name", "flag"),
    [("axro", "--grace"), ("order41", "--rotate-every"), ("hipex", "--token-lifetime")],
)
def test_a_knob_of_another_api_is_a_usage_error(name: str, flag: str, capsys: Any) -> None:
    from b2b_graphql.__main__ import main

    assert main(["sandbox", name, flag, "3"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and flag in err and "Traceback" not in err


def test_a_negative_knob_is_refused(capsys: Any) -> None:
    with pytest.raises(SystemExit) as caught:
        parse("hipex", "--grace", "-1")
    assert caught.value.code == 2
    assert "must not be negative" in capsys.readouterr().err


@contextmanager
def cli(*argv: str) -> Iterator[tuple[subprocess.Popen[str], dict[str, Any]]]:
    process = subprocess.Popen(
        [sys.executable, "-m", "b2b_graphql", "sandbox", *argv, "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        yield process, json.loads(process.stdout.readline())
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_the_cli_sandbox_rotates_as_told() -> None:
    with cli("hipex", "--rotate-every", "2", "--seed", "5") as (_, ready):
        creds = ready["credentials"]
        login = (
            "mutation($u: String!, $p: String!) { Login(username: $u, password: $p) { success } }"
        )
        with httpx.Client(timeout=10) as http:
            first = http.post(ready["url"], json={"query": login, "variables": {
                "u": creds["username"], "p": creds["password"]}})  # fmt: skip
            token = first.headers["authorization"]
            rotated = []
            for _ in range(4):
                answer = http.post(
                    ready["url"],
                    json={"query": "{ Server { id } }"},
                    headers={"Authorization": token},
                )
                assert answer.json()["data"]["Server"]
                rotated.append("authorization" in answer.headers)
                token = answer.headers.get("authorization", token)
    assert rotated == [False, True, False, True]


def test_a_busy_port_is_a_one_line_error() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "b2b_graphql", "sandbox", "axro", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and str(port) in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""


def test_build_app_takes_the_common_options_for_every_api() -> None:
    from b2b_graphql.sandbox import build_app

    for name in ("axro", "order41", "hipex"):
        app, _, _ = build_app(name, latency=0.05, seed=3)
        assert app.latency == 0.05
        with pytest.raises(TypeError, match="no option colour"):
            build_app(name, colour="red")
