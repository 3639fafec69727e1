"""Logging in, failed logins, constructors and what happens without a token."""

from __future__ import annotations

import logging

import pytest

from b2b_graphql import InvalidTokenError, LoginError, MissingCredentialsError
from b2b_graphql.hipex import HipexClient
from b2b_graphql.sandbox.pytest_plugin import RunningSandbox

from .conftest import Private, raw_query

WRONG_PASSWORD = "Wr0ng-pa55word-do-not-print"


async def test_login_returns_a_client_holding_the_header_token(private: Private) -> None:
    async with await private.login() as client:
        token = client.auth.token
        assert token is not None
        assert private.state.token_status(token.reveal()) == "current"
        assert client.username == private.username
        assert private.app.mutation_counts["Login"] == 1
        servers = (await client.servers()).server
        assert servers and len(servers) == len(private.state.servers)


async def test_authenticate_returns_the_login_payload(private: Private) -> None:
    async with HipexClient(url=private.url) as client:
        result = await client.authenticate(private.username, private.password)
        assert result.success is True and result.email == private.username
        assert result.settings and result.settings[0].key == "theme"
        assert client.auth.token is not None and client.auth.logins == 1


async def test_failed_login_raises_login_error_with_the_api_fields(
    private: Private, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with pytest.raises(LoginError) as caught:
        await HipexClient.login(private.username, WRONG_PASSWORD, private.url)
    error = caught.value
    assert error.error_message == "Invalid username or password."
    assert error.error_message_id == "login.invalid_credentials"
    assert "Invalid username or password." in str(error)
    for text in (str(error), repr(error), repr(error.args), repr(vars(error))):
        assert WRONG_PASSWORD not in text
    assert all(WRONG_PASSWORD not in record.getMessage() for record in caplog.records)
    assert any("login" in record.getMessage() for record in caplog.records)  # it did log
    assert private.state.current_tokens() == []  # no session was opened


async def test_a_failed_authenticate_leaves_the_client_without_a_token(private: Private) -> None:
    async with HipexClient(url=private.url) as client:
        with pytest.raises(LoginError):
            await client.authenticate(private.username, WRONG_PASSWORD)
        assert client.auth.token is None and client.username is None
        assert WRONG_PASSWORD not in repr(client) + repr(client.auth)


async def test_token_never_appears_in_reprs_or_debug_logs(
    private: Private, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    async with await private.login() as client:
        await client.servers()
        token = client.auth.token
        assert token is not None
        assert token.reveal() not in repr(client) + repr(client.auth) + str(token)
    logged = " ".join(record.getMessage() for record in caplog.records)
    assert "adopted a new token" in logged
    assert token.reveal() not in logged and private.password not in logged


async def test_without_a_token_queries_are_empty_and_mutations_fail(private: Private) -> None:
    async with HipexClient(url=private.url) as client:
        assert (await client.servers()).server == []
        assert (await client.domains(limit=3)).domain == []
        with pytest.raises(InvalidTokenError):
            await client.save_domain({"domain": "anon.example.nl", "host": 2})
    assert all(d["domain"] != "anon.example.nl" for d in private.state.domains.values())


async def test_a_token_from_the_constructor_is_sent_verbatim(private: Private) -> None:
    async with await private.login() as first:
        token = first.auth.token
        assert token is not None
    async with HipexClient(token=token.reveal(), url=private.url) as client:
        assert len((await client.servers()).server or []) == len(private.state.servers)
    data, _ = await raw_query(private.url, f"Bearer {token.reveal()}")
    assert data["Server"] == []  # a scheme in front is not the token


async def test_from_env_logs_in_with_username_and_password(
    hipex_sandbox: RunningSandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HIPEX_URL", hipex_sandbox.url)
    monkeypatch.setenv("HIPEX_USERNAME", hipex_sandbox.credentials["username"])
    monkeypatch.setenv("HIPEX_PASSWORD", hipex_sandbox.credentials["password"])
    monkeypatch.delenv("HIPEX_TOKEN", raising=False)
    async with await HipexClient.from_env() as client:
        assert client.url == hipex_sandbox.url and client.auth.logins == 1
        assert (await client.servers(limit=1)).server


async def test_from_env_uses_hipex_token_without_credentials(
    hipex_sandbox: RunningSandbox, hipex: HipexClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = hipex.auth.token
    assert token is not None
    monkeypatch.setenv("HIPEX_URL", hipex_sandbox.url)
    monkeypatch.setenv("HIPEX_TOKEN", token.reveal())
    monkeypatch.delenv("HIPEX_USERNAME", raising=False)
    monkeypatch.delenv("HIPEX_PASSWORD", raising=False)
    async with await HipexClient.from_env() as client:
        assert client.auth.logins == 0
        assert (await client.servers(limit=1)).server


async def test_from_env_without_credentials_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HIPEX_USERNAME", "HIPEX_PASSWORD", "HIPEX_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(MissingCredentialsError, match="HIPEX_TOKEN"):
        await HipexClient.from_env()
