"""Entity mutations through the thin helpers, and the API's form validation errors."""

from __future__ import annotations

import pytest
from hipex_gql.enums import PhpVersion
from hipex_gql.input_types import DomainInput

from b2b_graphql import (
    GraphQLResponseError,
    HipexFormValidationError,
    InputValidationError,
    InvalidTokenError,
    MutationNotReplayedError,
)
from b2b_graphql.hipex import HipexClient

from .conftest import Private, private_sandbox


async def test_create_update_delete_a_domain(private: Private) -> None:
    async with await private.login() as client:
        created = await client.save_domain(
            DomainInput(domain="new-shop.example.nl", host=2, main_php=PhpVersion.php80)
        )
        assert created.id is not None and created.domain == "new-shop.example.nl"
        assert created.main_php is PhpVersion.php80 and created.entity_type_name == "Domain"
        assert created.server is not None and created.server.id == 2
        updated = await client.save_domain({"id": created.id, "backup": True, "mainPhp": "php74"})
        assert updated.backup is True and updated.main_php == "php74"
        assert private.state.domains[created.id]["backup"] is True
        await client.delete_domain(created)  # the API answers null: that is success
        assert created.id not in private.state.domains
        assert private.app.mutation_counts["Domain"] == 3
        actions = [
            c["action"]
            for c in private.state.server_changes.values()
            if c["entityId"] == created.id and c["entityType"] == "Domain"
        ]
        assert actions == ["create", "update", "delete"]


async def test_the_other_helpers(private: Private) -> None:
    async with await private.login() as client:
        pointer = await client.save_domain_pointer({"pointer": "alias.example.nl", "domain": 2})
        assert pointer.domain.id == 2
        database = await client.save_database({"domain": 2, "database": "shop_extra"})
        user = await client.save_database_user(
            {"username": "shop_ro", "databases": [database.id], "readOnly": True}
        )
        assert user.read_only and user.databases and user.databases[0].id == database.id
        ssh_user = await client.save_user({"user": "ci", "server": 3})
        key = await client.save_ssh_key(
            {"name": "ci", "key": "AAAAC3Nz", "type": "ssh_rsa", "users": [ssh_user.id]}
        )
        assert key.users and key.users[0].id == ssh_user.id
        for delete, entity, rows in (
            (client.delete_ssh_key, key, private.state.ssh_keys),
            (client.delete_user, ssh_user, private.state.users),
            (client.delete_database_user, user, private.state.database_users),
            (client.delete_database, database, private.state.databases),
            (client.delete_domain_pointer, pointer.id, private.state.pointers),
        ):
            await delete(entity)
            assert (entity if isinstance(entity, int) else entity.id) not in rows


@pytest.mark.parametrize("where_fields", ["top", "extensions", "both"])
async def test_form_validation_errors_carry_fields(where_fields: str) -> None:
    with private_sandbox(validation_fields_in=where_fields) as sandbox:
        async with await sandbox.login() as client:
            with pytest.raises(HipexFormValidationError) as caught:
                await client.save_domain({"domain": "not a hostname", "host": 99})
    error = caught.value
    assert isinstance(error, GraphQLResponseError)
    assert error.fields == {
        "domain": ["This value is not a valid hostname."],
        "host": ["Server not found."],
    }
    assert error.operation == "mutateDomain"
    assert "FormValidation::failed" in str(error) and "host: Server not found." in str(error)


async def test_a_duplicate_is_a_validation_error_on_that_field(private: Private) -> None:
    async with await private.login() as client:
        existing = private.state.domains[1]["domain"]
        with pytest.raises(HipexFormValidationError) as caught:
            await client.save_domain({"domain": existing, "host": 2})
        assert caught.value.fields == {"domain": ["This hostname is already in use."]}
        with pytest.raises(HipexFormValidationError) as missing:
            await client.delete_domain(4242)
        assert list(missing.value.fields) == ["id"]


async def test_mutations_with_a_dead_token_raise_invalid_token(private: Private) -> None:
    async with await private.login() as logged_in:
        token = logged_in.auth.token
    assert token is not None
    async with HipexClient(token=token, url=private.url) as client:  # no credentials
        private.state.revoke_all()
        with pytest.raises(InvalidTokenError, match="refused the token"):
            await client.save_domain({"domain": "late.example.nl", "host": 2})
        assert not await client.token_works()
        with pytest.raises(InvalidTokenError, match="session has expired"):
            await client.servers()  # empty, no new token, and the probe finds nothing


async def test_a_refused_mutation_logs_in_again_but_is_not_resent(private: Private) -> None:
    async with await private.login() as client:
        private.state.revoke_all()
        before = private.app.mutation_counts["Domain"]
        with pytest.raises(MutationNotReplayedError):
            await client.save_domain({"domain": "late.example.nl", "host": 2})
        assert client.auth.relogins == 1
        assert private.app.mutation_counts["Domain"] == before + 1  # refused, not re-sent
        saved = await client.save_domain({"domain": "late.example.nl", "host": 2})
        assert saved.domain == "late.example.nl"
        assert private.app.mutation_counts["Domain"] == before + 2


async def test_unknown_enum_values_from_a_newer_server_decode() -> None:
    with private_sandbox(extra_enum_values={"PhpVersion": ("php81",)}) as sandbox:
        async with await sandbox.login() as client:
            saved = await client.save_domain({"id": 1, "mainPhp": "php81"})
            assert saved.main_php == "php81" and isinstance(saved.main_php, PhpVersion)
            rows = [d async for d in client.iter_domains(sort=("id", "asc"), page_size=2)]
            again = rows[0]
            assert again.main_php == "php81" and again.main_php is saved.main_php
            assert PhpVersion.php74 in list(PhpVersion)  # known members unchanged
            assert "php81" not in [m.value for m in PhpVersion]


def test_hipex_names_are_exported_lazily() -> None:
    import b2b_graphql

    assert b2b_graphql.HipexClient is HipexClient
    assert b2b_graphql.HipexFormValidationError is HipexFormValidationError
    assert {"HipexClient", "HipexFormValidationError"} <= set(b2b_graphql.__all__)


@pytest.mark.parametrize(
    ("entity", "field"),
    [
        ({"domain": 123}, "entity.domain"),
        ({"host": "three"}, "entity.host"),
        ("shop.example.nl", "entity"),
    ],
)
async def test_wrong_typed_input_is_refused_naming_the_field(
    private: Private, entity: object, field: str
) -> None:
    async with await private.login() as client:
        before = sum(private.app.mutation_counts.values())
        with pytest.raises(InputValidationError) as info:
            await client.save_domain(entity)  # type: ignore[arg-type]
        assert info.value.field == field
        with pytest.raises(InputValidationError) as info:
            await client.save_domain({"domain": "x.example.nl"}, deadlin=3)  # type: ignore[call-arg]
        assert info.value.field == "deadlin"
        assert sum(private.app.mutation_counts.values()) == before


@pytest.mark.parametrize(
    "arguments",
    [
        {"token": b"hpx.bytes"},
        {"token": ["hpx"]},
        {"token": "hpx\r\nX-Evil: 1"},
        {"username": 7},
        {"timeuot": 3},
    ],
)
def test_wrong_typed_credentials_are_refused_at_construction(arguments: dict[str, object]) -> None:
    with pytest.raises(InputValidationError) as info:
        HipexClient(url="http://127.0.0.1:9/", **arguments)  # type: ignore[arg-type]
    assert "hpx" not in str(info.value)


@pytest.mark.parametrize("password", [b"pw", None, ["pw"], ""])
async def test_a_wrong_typed_password_is_refused_before_logging_in(
    private: Private, password: object
) -> None:
    logins = private.app.mutation_counts["Login"]
    with pytest.raises(InputValidationError) as info:
        await HipexClient.login(private.username, password, private.url)  # type: ignore[arg-type]
    assert info.value.field == "password"
    assert private.app.mutation_counts["Login"] == logins
