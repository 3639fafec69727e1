"""Order41 auth against a private sandbox: short-lived tokens that expire, one re-login for any
number of concurrent callers, queries re-sent and mutations not, long-lived tokens, logout."""

from __future__ import annotations

import asyncio

import pytest
from order41_gql.input_types import ProductInput

from b2b_graphql import (
    ConnectError,
    InvalidTokenError,
    LoginError,
    MutationNotReplayedError,
    Order41Client,
    OutcomeUnknownError,
    RetryPolicy,
    TokenExpiredError,
)
from b2b_graphql.order41 import SANDBOX_URL

from .conftest import Private, private_sandbox


def arrivals(private: Private, field: str) -> int:
    """How many times the server executed root mutation `field`."""
    return int(private.app.mutation_counts[field])


async def test_login_gives_a_short_lived_token(private: Private) -> None:
    logins = private.state.login_count
    async with await private.login() as client:
        token = client.auth.token()
        assert token is not None and private.state.tokens[token].kind == "short"
        assert private.state.tokens[token].expires_at is not None
        assert private.state.login_count == logins + 1
        assert (await client.list_products(first=2)).list_products


async def test_fifty_concurrent_queries_share_one_login(private: Private) -> None:
    async with await private.login() as client:
        logins, login_arrivals = private.state.login_count, arrivals(private, "login")
        expired_before = private.state.auth_failures["expired"]
        requests_before = private.app.request_count
        private.state.expire_tokens()

        counts = await asyncio.gather(*(client.count_products() for _ in range(50)))

        assert counts == [await client.count_products()] * 50
        assert private.state.login_count == logins + 1  # exactly one login, counted server-side
        assert arrivals(private, "login") == login_arrivals + 1
        assert client.auth.logins == 2
        rejected = private.state.auth_failures["expired"] - expired_before
        assert rejected >= 2, "the calls should have been in flight together"
        # Each rejected query was sent once more; nothing else was (+1: the check above).
        assert private.app.request_count - requests_before == 50 + rejected + 1 + 1


async def test_tokens_really_expire() -> None:
    with private_sandbox(token_lifetime=0.3) as private:
        async with await private.login() as client:
            first = client.auth.token()
            await asyncio.sleep(0.45)
            assert (await client.list_drops()).list_drops
            assert client.auth.token() != first
            assert private.state.login_count == 2


async def test_an_expired_mutation_is_not_sent_again(private: Private) -> None:
    async with await private.login() as client:
        products = len(private.state.products)
        sent = arrivals(private, "createProduct")
        logins = private.state.login_count
        private.state.expire_tokens()

        with pytest.raises(MutationNotReplayedError, match="not send the mutation again") as info:
            await client.create_product(product=ProductInput(name="Once only"))

        assert isinstance(info.value, TokenExpiredError)
        assert arrivals(private, "createProduct") == sent + 1  # one arrival: the rejected one
        assert len(private.state.products) == products  # and it did not take effect
        assert private.state.login_count == logins + 1  # the token was renewed all the same
        created = await client.create_product(product=ProductInput(name="Once only"))
        assert created.create_product is not None
        assert arrivals(private, "createProduct") == sent + 2
        assert private.state.login_count == logins + 1


async def test_concurrent_mutations_and_queries_after_expiry(private: Private) -> None:
    async with await private.login() as client:
        logins = private.state.login_count
        private.state.expire_tokens()
        outcomes = await asyncio.gather(
            *(client.list_contacts() for _ in range(10)),
            *(client.create_contact(contact={"name": f"C{n}"}) for n in range(5)),
            return_exceptions=True,
        )
        queries, mutations = outcomes[:10], outcomes[10:]
        assert not any(isinstance(q, BaseException) for q in queries)
        # A mutation that went out with the expired token is refused, not re-sent; one that
        # left after the renewal went through.
        assert all(
            isinstance(m, MutationNotReplayedError) or not isinstance(m, BaseException)
            for m in mutations
        )
        assert private.state.login_count == logins + 1


async def test_a_failed_relogin_is_shared_then_retried_later(private: Private) -> None:
    async with await private.login() as client:
        email = private.email.lower()
        user_id, password = private.state.passwords[email]
        private.state.passwords[email] = (user_id, "changed-elsewhere")
        login_arrivals = arrivals(private, "login")
        private.state.expire_tokens()
        try:
            outcomes = await asyncio.gather(
                *(client.list_orders() for _ in range(10)), return_exceptions=True
            )
            assert all(isinstance(o, LoginError) for o in outcomes)
            assert arrivals(private, "login") == login_arrivals + 1
            assert "changed-elsewhere" not in str(outcomes[0]) and password not in str(outcomes[0])
        finally:
            private.state.passwords[email] = (user_id, password)
        assert (await client.list_orders()).list_orders is not None
        assert arrivals(private, "login") == login_arrivals + 2


async def test_an_expired_token_without_credentials(private: Private) -> None:
    token = private.state.issue_token("1", "short").value
    logins = private.state.login_count
    async with Order41Client(token=token, url=private.url) as client:
        assert (await client.list_drops()).list_drops
        private.state.expire_tokens()
        with pytest.raises(TokenExpiredError, match="log in again") as info:
            await client.list_drops()
        assert not isinstance(info.value, MutationNotReplayedError)
    assert private.state.login_count == logins


async def test_invalid_and_missing_tokens(private: Private) -> None:
    async with Order41Client(token="not-a-token", url=private.url) as client:
        with pytest.raises(InvalidTokenError, match="invalid token"):
            await client.list_drops()
        client.auth.forget()
        with pytest.raises(InvalidTokenError, match="Authorization header"):
            await client.list_drops()
    assert "not-a-token" not in repr(client.auth)


async def test_wrong_password(private: Private) -> None:
    logins = private.state.login_count
    with pytest.raises(LoginError, match="Invalid email or password") as info:
        await Order41Client.login(email=private.email, password="wrong", url=private.url)
    assert "wrong" not in str(info.value)
    assert private.state.login_count == logins


async def test_long_lived_token_then_logout(private: Private) -> None:
    async with await private.login() as client:
        long_lived = await client.generate_long_lived_token(use=True)
        assert private.state.tokens[long_lived].kind == "long"
        assert not client.auth.can_renew
        logins = private.state.login_count
        private.state.expire_tokens()  # short-lived ones only
        assert (await client.list_carts()).list_carts is not None
        assert private.state.login_count == logins

        await client.logout()
        assert not private.state.tokens[long_lived].valid
        assert client.auth.token() is None
        with pytest.raises(InvalidTokenError):
            await client.list_carts()
    async with Order41Client(token=long_lived, url=private.url) as other:
        with pytest.raises(InvalidTokenError):
            await other.list_carts()


async def test_leaving_async_with_releases_the_http_client(private: Private) -> None:
    async with await private.login() as client:
        assert not client.http_client.is_closed
    assert client.http_client.is_closed


# -- renewal under faults (the login is safe to retry; its failure is an auth error) --------------

QUICK = RetryPolicy(max_attempts=4, backoff_base=0.01, backoff_cap=0.05)


async def test_a_lost_renewal_response_is_retried_and_the_query_succeeds(private: Private) -> None:
    async with await private.login(retry=QUICK, deadline=20.0) as client:
        private.state.expire_tokens()
        private.server.faults.inject("lose_response", operation="loginWithPassword")
        login_arrivals = arrivals(private, "login")
        try:
            results = await asyncio.gather(*(client.list_orders() for _ in range(5)))
        finally:
            private.server.faults.clear()
        assert all(r.list_orders is not None for r in results)
        # the lost login ran, then one retry: one renewal shared by the five queries
        assert arrivals(private, "login") == login_arrivals + 2
        assert client.auth.logins == 2


async def test_a_renewal_that_keeps_failing_gives_every_waiter_the_same_auth_error(
    private: Private,
) -> None:
    async with await private.login(retry=QUICK, deadline=20.0) as client:
        private.state.expire_tokens()
        private.server.faults.inject("lose_response", operation="loginWithPassword", count=50)
        try:
            outcomes = await asyncio.gather(
                *(client.list_orders() for _ in range(6)), return_exceptions=True
            )
        finally:
            private.server.faults.clear()
        assert all(type(o) is LoginError for o in outcomes), outcomes
        assert len({str(o) for o in outcomes}) == 1
        assert not any(isinstance(o, OutcomeUnknownError) for o in outcomes)
        assert private.password not in str(outcomes[0])
        # once the server answers again, the next call logs in afresh
        assert (await client.list_orders()).list_orders is not None


async def test_a_login_that_cannot_connect_is_not_an_outcome_unknown_error() -> None:
    with pytest.raises(ConnectError):
        await Order41Client.login(
            email="me@example.com", password="pw", url="http://127.0.0.1:9/graphql", retry=QUICK
        )


async def test_login_honours_order41_url_like_from_env(
    private: Private, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ORDER41_URL", private.url)
    async with await Order41Client.login(email=private.email, password=private.password) as client:
        assert client.url == private.url
        assert (await client.list_orders()).list_orders is not None
    monkeypatch.setenv("ORDER41_EMAIL", private.email)
    monkeypatch.setenv("ORDER41_PASSWORD", private.password)
    async with Order41Client.from_env() as client:
        assert client.url == private.url
    monkeypatch.delenv("ORDER41_URL")
    async with Order41Client(token="t") as client:
        assert client.url == SANDBOX_URL  # the documented default
