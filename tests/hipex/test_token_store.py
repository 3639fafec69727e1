"""Keeping the token between runs: one owner-only file per endpoint URL, reused when valid."""

from __future__ import annotations

import json
import logging
import os
import stat
from pathlib import Path

import pytest

from b2b_graphql import InputValidationError, MutationNotReplayedError
from b2b_graphql._secrets import Secret
from b2b_graphql.hipex import FileTokenStore, HipexClient, StoredToken

from .conftest import Private, private_sandbox


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _listing(directory: Path) -> list[Path]:
    return sorted(directory.iterdir())


async def test_login_saves_the_token_owner_only(tmp_path: Path, private: Private) -> None:
    directory = tmp_path / "tokens"
    async with await private.login(token_store=directory) as client:
        files = _listing(directory)
        assert len(files) == 1
        assert _mode(files[0]) == 0o600 and _mode(directory) == 0o700
        saved = json.loads(files[0].read_text())
        token = client.auth.token
        assert token is not None
        assert saved == {"url": private.url, "username": private.username, "token": token.reveal()}
        assert private.password not in files[0].read_text()
        assert files[0] == FileTokenStore(directory).path_for(private.url)


async def test_the_file_follows_every_rotation(tmp_path: Path, private: Private) -> None:
    store = FileTokenStore(tmp_path)
    async with await private.login(token_store=store) as client:
        for _ in range(3):
            await client.servers(limit=1)
            stored = store.load(private.url)
            assert stored is not None and stored.token == client.auth.token
        assert _mode(store.path_for(private.url)) == 0o600
    assert _listing(tmp_path) == [store.path_for(private.url)]


def test_files_stay_owner_only_even_with_a_permissive_umask(tmp_path: Path) -> None:
    store = FileTokenStore(tmp_path / "t")
    previous = os.umask(0)
    try:
        store.save("https://a.example/api", StoredToken(Secret("one"), "a"))
        store.save("https://a.example/api", StoredToken(Secret("two"), "a"))
    finally:
        os.umask(previous)
    path = store.path_for("https://a.example/api")
    assert _mode(path) == 0o600 and _mode(path.parent) == 0o700
    loaded = store.load("https://a.example/api")
    assert loaded is not None and loaded.token.reveal() == "two"


def test_one_file_per_endpoint_url(tmp_path: Path) -> None:
    store = FileTokenStore(tmp_path)
    store.save("https://a.example/api", StoredToken(Secret("a-token")))
    store.save("https://b.example/api", StoredToken(Secret("b-token")))
    assert store.path_for("https://a.example/api") != store.path_for("https://b.example/api")
    assert len(_listing(tmp_path)) == 2
    b = store.load("https://b.example/api")
    assert b is not None and b.token.reveal() == "b-token"
    assert store.load("https://c.example/api") is None


async def test_a_stored_token_is_reused_instead_of_logging_in(
    tmp_path: Path, private: Private
) -> None:
    async with await private.login(token_store=tmp_path):
        pass
    assert private.app.mutation_counts["Login"] == 1
    async with await private.login(token_store=tmp_path) as again:
        assert private.app.mutation_counts["Login"] == 1  # no second login
        assert len((await again.servers()).server or []) == len(private.state.servers)
    async with HipexClient(url=private.url, token_store=tmp_path) as plain:
        assert (await plain.servers(limit=1)).server  # the constructor reads the store too


async def test_a_rejected_stored_token_leads_to_a_fresh_login(
    tmp_path: Path, private: Private
) -> None:
    async with await private.login(token_store=tmp_path):
        pass
    private.state.revoke_all()
    store = FileTokenStore(tmp_path)
    old = store.load(private.url)
    async with await private.login(token_store=tmp_path) as client:
        assert private.app.mutation_counts["Login"] == 2
        new = store.load(private.url)
        assert old is not None and new is not None and new.token != old.token
        assert new.token == client.auth.token
        assert (await client.servers(limit=1)).server


async def test_a_token_stored_for_another_account_is_not_reused(
    tmp_path: Path, private: Private
) -> None:
    async with await private.login() as first:
        token = first.auth.token
        assert token is not None
    FileTokenStore(tmp_path).save(private.url, StoredToken(token, "someone-else@hipex.test"))
    async with await private.login(token_store=tmp_path) as client:
        assert private.app.mutation_counts["Login"] == 2
        assert client.auth.token != token


async def test_any_object_with_load_and_save_is_a_store() -> None:
    class MemoryStore:
        def __init__(self) -> None:
            self.saved: dict[str, StoredToken] = {}

        def load(self, url: str) -> StoredToken | None:
            return self.saved.get(url)

        def save(self, url: str, token: StoredToken) -> None:
            self.saved[url] = token

    store = MemoryStore()
    with private_sandbox(rotate_every=1) as sandbox:
        async with await sandbox.login(token_store=store) as client:
            await client.servers(limit=1)
            assert store.saved[sandbox.url].token == client.auth.token
            assert store.saved[sandbox.url].username == sandbox.username
        async with await sandbox.login(token_store=store):
            assert sandbox.app.mutation_counts["Login"] == 1


# -- refusing or repairing what ssh would (planted links, open permissions) ---------------------

URL = "https://a.example/api"


def _saved(directory: Path, token: str = "tok-1") -> FileTokenStore:
    store = FileTokenStore(directory)
    store.save(URL, StoredToken(Secret(token), "a"))
    return store


def _warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]


def test_a_token_file_that_is_a_symlink_is_not_followed(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = _saved(tmp_path / "mine")
    planted = _saved(tmp_path / "attacker", "attacker-token").path_for(URL)
    store.path_for(URL).unlink()
    store.path_for(URL).symlink_to(planted)
    assert store.load(URL) is None
    assert store.load(URL) is None
    (warning,) = _warnings(caplog)  # once, not per load
    assert "symlink" in warning and "attacker-token" not in warning


def test_a_token_file_others_may_read_is_refused_then_replaced(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = _saved(tmp_path / "t")
    store.path_for(URL).chmod(0o644)
    assert store.load(URL) is None and store.load(URL) is None
    (warning,) = _warnings(caplog)
    assert "others may read it" in warning and "tok-1" not in warning
    store.save(URL, StoredToken(Secret("tok-2"), "a"))
    assert _mode(store.path_for(URL)) == 0o600
    loaded = store.load(URL)
    assert loaded is not None and loaded.token.reveal() == "tok-2"


@pytest.mark.parametrize("mode", [0o777, 0o770, 0o722])
def test_a_directory_others_may_write_to_is_refused(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, mode: int
) -> None:
    store = _saved(tmp_path / "t")
    (tmp_path / "t").chmod(mode)
    assert store.load(URL) is None  # a token planted there would be a session fixation
    store.save(URL, StoredToken(Secret("tok-2"), "a"))
    store.save(URL, StoredToken(Secret("tok-3"), "a"))
    (warning,) = _warnings(caplog)
    assert "others may write" in warning
    assert json.loads(store.path_for(URL).read_text())["token"] == "tok-1"  # nothing written


def test_an_existing_0755_directory_is_tightened_to_0700(tmp_path: Path) -> None:
    directory = tmp_path / "t"
    directory.mkdir(mode=0o755)
    directory.chmod(0o755)
    store = _saved(directory)
    assert _mode(directory) == 0o700
    assert store.load(URL) is not None


def test_a_store_path_that_is_a_file_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "not-a-directory"
    path.write_text("hello")
    with pytest.raises(InputValidationError, match="is not a directory"):
        HipexClient(token="t", url="http://127.0.0.1:9/", token_store=path)


async def test_a_store_that_becomes_unusable_warns_once_not_per_response(
    tmp_path: Path, private: Private, caplog: pytest.LogCaptureFixture
) -> None:
    directory = tmp_path / "t"
    async with await private.login(token_store=directory) as client:
        directory.chmod(0o777)
        for _ in range(4):
            await client.servers(limit=1)  # each response rotates the token: four saves
        assert len(_warnings(caplog)) == 1
        assert not any(r.exc_info for r in caplog.records)


async def test_a_refused_token_is_replaced_from_the_store_another_process_updated(
    tmp_path: Path, private: Private
) -> None:
    async with await private.login(token_store=tmp_path) as first:
        token = first.auth.token
    async with HipexClient(url=private.url, token_store=tmp_path) as client:  # no credentials
        assert client.auth.token == token
        private.state.revoke_all()
        async with await private.login(token_store=tmp_path):  # "another process" logs in
            pass
        with pytest.raises(MutationNotReplayedError):  # refused; the store had a newer token
            await client.save_domain({"domain": "store.example.nl", "host": 2})
        assert client.auth.relogins == 1
        saved = await client.save_domain({"domain": "store.example.nl", "host": 2})
        assert saved.domain == "store.example.nl"
