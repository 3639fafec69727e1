"""`HipexClient`: the generated Hipex Pack client plus login, rotating-token auth, filters,
iterators and helpers that wait for the server's asynchronous work."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, Self, TypeAlias, TypeVar, Unpack

import httpx
from hipex_gql import HipexGeneratedClient
from hipex_gql.enums import SortDirection
from hipex_gql.input_types import (
    DatabaseInput,
    DatabaseUserInput,
    DomainInput,
    DomainPointerInput,
    FilterInput,
    SortInput,
    SshKeyInput,
    UserInput,
)
from pydantic import BaseModel

from .._errors import (
    ApiError,
    B2BGraphQLError,
    GraphQLErrorDetail,
    InputValidationError,
    InvalidTokenError,
    LoginError,
    MissingCredentialsError,
)
from .._options import CallOptions
from .._pagination import DEFAULT_CONCURRENCY, Pages, offset_pages, rows_page
from .._secrets import Secret
from .auth import RotatingHeaderAuth, StoredToken, TokenStore, as_token_store
from .errors import HipexFormValidationError, HipexWaitTimeout, is_auth_failure, validation_fields
from .filters import Combination, Condition, Filter, where

if TYPE_CHECKING:
    from hipex_gql.fragments import (
        ChecklistFields,
        DatabaseFields,
        DatabaseUserFields,
        DomainFields,
        DomainPointerFields,
        FtpUserFields,
        IntegrationTestFields,
        PerformanceScanFields,
        ServerChangeFields,
        ServerFields,
        SshKeyFields,
        SslCertificateFields,
        UserFields,
    )
    from hipex_gql.login import LoginLogin

__all__ = ["DEFAULT_URL", "EntityRef", "HipexClient", "SortSpec"]

DEFAULT_URL = "https://service.hipex.io/hipex-pack-api"

#: `("createdAt", "desc")`, just `"createdAt"` (ascending), or a generated `SortInput`.
SortSpec: TypeAlias = SortInput | tuple[str, str] | str
FilterSpec: TypeAlias = Condition | Combination | FilterInput
StoreSpec: TypeAlias = TokenStore | str | os.PathLike[str] | None
InputT = TypeVar("InputT", bound=BaseModel)


class ListOptions(CallOptions, total=False):
    """The keywords of every `iter_*`: `filter`, `sort`, paging, then per-call options."""

    filter: FilterSpec | None
    sort: SortSpec | None
    page_size: int
    concurrency: int


class EntityRef(Protocol):
    """Anything with an `id` and an `entityTypeName` (the generated Domain, Database, User,
    SSH key... results)."""

    @property
    def id(self) -> int | None: ...

    @property
    def entity_type_name(self) -> str | None: ...


class _HasId(Protocol):
    @property
    def id(self) -> int | None: ...


class HipexClient(HipexGeneratedClient):
    """Async Hipex Pack client. Every generated operation is a method (`servers`, `domains`,
    `mutate_domain`, `server_changes`, `start_checklist`, ...); this class adds the rotating
    `Authorization` token, `login`, typed validation errors, `iter_*` pagination with filters
    and sorting, thin `save_*`/`delete_*` helpers and `wait_for_*` polling.

        async with await HipexClient.login(username=..., password=...) as hipex:
            async for domain in hipex.iter_domains(filter=where("server.id") == 3):
                ...

    Constructors: `await HipexClient.login(...)` (logs in; reuses a stored token when it still
    works), `await HipexClient.from_env()` (async because it may log in) and
    `HipexClient(token=..., url=...)`. Without a token, queries come back empty (the API does
    not say "not logged in" for queries) and mutations fail with `InvalidTokenError`.
    On an instance, `await client.authenticate(username, password)` logs in again; the raw
    generated `Login` mutation stays reachable as `HipexGeneratedClient.login(client, ...)`.

    `token_store=` is a directory (one 0600 file per endpoint URL) or an object with
    `load(url)`/`save(url, StoredToken)`; the token is saved whenever it changes.
    """

    api_name = "hipex"

    def __init__(
        self,
        token: str | Secret | None = None,
        url: str = DEFAULT_URL,
        *,
        token_store: StoreSpec = None,
        username: str | None = None,
        **options: Any,
    ) -> None:
        self.token_store: TokenStore | None = as_token_store(token_store)
        self.username = username
        if token is None and self.token_store is not None:
            stored = self.token_store.load(url)
            if stored is not None and username in (None, stored.username):
                token = stored.token
        self.auth = RotatingHeaderAuth(token, on_change=self._save_token)
        super().__init__(url=url, auth=self.auth, **options)

    # -- constructors and login -----------------------------------------------------------------

    @classmethod
    async def login(  # type: ignore[override]
        cls,
        username: str,
        password: str | Secret,
        url: str = DEFAULT_URL,
        *,
        token_store: StoreSpec = None,
        **options: Any,
    ) -> Self:
        """A client logged in as `username`. With `token_store`, a token stored for this URL
        and account is tried first (one cheap query) and the login is skipped if it works.

        Raises `LoginError` (with `error_message`/`error_message_id`) when the API refuses."""
        client = cls(url=url, token_store=token_store, username=username, **options)
        try:
            if client.auth.token is None or not await client.token_works():
                await client.authenticate(username, password)
        except BaseException:
            await client.aclose()
            raise
        return client

    @classmethod
    async def from_env(cls, *, token_store: StoreSpec = None, **options: Any) -> Self:
        """`HIPEX_USERNAME` + `HIPEX_PASSWORD` (logs in; preferred when both are set) or
        `HIPEX_TOKEN`, and `HIPEX_URL` (default: the production endpoint). Async because it
        may have to log in."""
        url = os.environ.get("HIPEX_URL") or DEFAULT_URL
        username, password = os.environ.get("HIPEX_USERNAME"), os.environ.get("HIPEX_PASSWORD")
        if username and password:
            return await cls.login(username, password, url, token_store=token_store, **options)
        token = os.environ.get("HIPEX_TOKEN")
        if token:
            return cls(token=token, url=url, token_store=token_store, **options)
        raise MissingCredentialsError("set HIPEX_USERNAME and HIPEX_PASSWORD, or HIPEX_TOKEN")

    async def authenticate(self, username: str, password: str | Secret) -> LoginLogin:
        """Log in on this client: the `Authorization` header of the answer becomes the token.

        Raises `LoginError` when the API answers `success: false` (its `errorMessage` and
        `errorMessageId` are on the error) or sends no token. The password is never logged
        and never part of an error."""
        secret = password if isinstance(password, Secret) else Secret(password)
        previous_username, self.username = self.username, username
        logins = self.auth.logins
        try:
            result = (
                await HipexGeneratedClient.login(self, username=username, password=secret.reveal())
            ).login
            if result is None or not result.success:
                message = (result.error_message if result else None) or "no reason given"
                raise LoginError(
                    f"login as {username!r} failed: {message}",
                    error_message=result.error_message if result else None,
                    error_message_id=result.error_message_id if result else None,
                )
            if self.auth.logins == logins:
                raise LoginError(
                    f"login as {username!r} succeeded but the answer had no Authorization header"
                )
        except BaseException:
            self.username = previous_username
            raise
        return result

    async def token_works(self) -> bool:
        """Whether the current token is accepted. Queries with a bad token come back empty
        rather than failing, so this asks for one server: an account without servers reads as
        "not accepted" (and simply logs in again)."""
        if self.auth.token is None:
            return False
        try:
            return bool((await self.servers(limit=1)).server)
        except InvalidTokenError:
            return False

    def _save_token(self, token: Secret) -> None:
        if self.token_store is not None:
            self.token_store.save(self.url, StoredToken(token, self.username))

    # -- errors ---------------------------------------------------------------------------------

    def graphql_error(
        self,
        errors: list[GraphQLErrorDetail],
        data: Any,
        response: httpx.Response,
        operation: str | None,
    ) -> B2BGraphQLError:
        """`FormValidation::failed` -> `HipexFormValidationError` (with `fields`); a missing or
        rejected token -> `InvalidTokenError`; anything else as the base class maps it."""
        fields = validation_fields(errors)
        if fields is not None:
            return HipexFormValidationError(
                errors, data, fields=fields, operation=operation, status=response.status_code
            )
        if is_auth_failure(errors, response.status_code):
            return InvalidTokenError(
                f"{operation or 'operation'}: the server did not accept the token: "
                + "; ".join(e.message for e in errors)
            )
        return super().graphql_error(errors, data, response, operation)

    # -- pagination -----------------------------------------------------------------------------

    def iterate(
        self,
        method: Callable[..., Awaitable[BaseModel]],
        *,
        filter: FilterSpec | None = None,
        sort: SortSpec | None = None,
        page_size: int = 100,
        concurrency: int = DEFAULT_CONCURRENCY,
        **options: Unpack[CallOptions],
    ) -> Pages[Any]:
        """Every row of an entity query (`self.servers`, `self.domains`, ...), `page_size` at a
        time with skip/limit until a page comes back short, in order, with up to `concurrency`
        requests in flight (1: one at a time). Hipex says no total, so pages are asked for
        ahead speculatively; the ones past the end are cancelled."""
        variables: dict[str, Any] = dict(options)
        if filter is not None:
            variables["filter_"] = filter.to_input() if isinstance(filter, Filter) else filter
        if sort is not None:
            variables["sort"] = sort_input(sort)
        return offset_pages(
            method,
            rows_page,
            names=("skip", "limit"),
            variables=variables,
            page_size=page_size,
            concurrency=concurrency,
        )

    def iter_servers(self, **options: Unpack[ListOptions]) -> Pages[ServerFields]:
        """Every server."""
        return self.iterate(self.servers, **options)

    def iter_server_changes(self, **options: Unpack[ListOptions]) -> Pages[ServerChangeFields]:
        return self.iterate(self.server_changes, **options)

    def iter_domains(self, **options: Unpack[ListOptions]) -> Pages[DomainFields]:
        return self.iterate(self.domains, **options)

    def iter_domain_pointers(self, **options: Unpack[ListOptions]) -> Pages[DomainPointerFields]:
        return self.iterate(self.domain_pointers, **options)

    def iter_databases(self, **options: Unpack[ListOptions]) -> Pages[DatabaseFields]:
        return self.iterate(self.databases, **options)

    def iter_database_users(self, **options: Unpack[ListOptions]) -> Pages[DatabaseUserFields]:
        return self.iterate(self.database_users, **options)

    def iter_users(self, **options: Unpack[ListOptions]) -> Pages[UserFields]:
        """Every SSH user (the API's `User`)."""
        return self.iterate(self.users, **options)

    def iter_ssh_keys(self, **options: Unpack[ListOptions]) -> Pages[SshKeyFields]:
        return self.iterate(self.ssh_keys, **options)

    def iter_ftp_users(self, **options: Unpack[ListOptions]) -> Pages[FtpUserFields]:
        return self.iterate(self.ftp_users, **options)

    def iter_ssl_certificates(self, **options: Unpack[ListOptions]) -> Pages[SslCertificateFields]:
        return self.iterate(self.ssl_certificates, **options)

    def iter_checklists(self, **options: Unpack[ListOptions]) -> Pages[ChecklistFields]:
        return self.iterate(self.checklists, **options)

    def iter_performance_scans(
        self, **options: Unpack[ListOptions]
    ) -> Pages[PerformanceScanFields]:
        return self.iterate(self.performance_scans, **options)

    def iter_integration_tests(
        self, **options: Unpack[ListOptions]
    ) -> Pages[IntegrationTestFields]:
        return self.iterate(self.integration_tests, **options)

    # -- thin mutation helpers (never retried; a null result after a delete is success) ----------

    async def save_domain(
        self, entity: DomainInput | Mapping[str, Any], **kwargs: Any
    ) -> DomainFields:
        """Create (no `id`) or update (with `id`) a domain."""
        result = await self.mutate_domain(entity=_as(DomainInput, entity), delete=False, **kwargs)
        return _saved("Domain", result.domain)

    async def delete_domain(self, entity: int | _HasId, **kwargs: Any) -> None:
        await self.mutate_domain(entity=DomainInput(id=_id(entity)), delete=True, **kwargs)

    async def save_domain_pointer(
        self, entity: DomainPointerInput | Mapping[str, Any], **kwargs: Any
    ) -> DomainPointerFields:
        result = await self.mutate_domain_pointer(
            entity=_as(DomainPointerInput, entity), delete=False, **kwargs
        )
        return _saved("DomainPointer", result.domain_pointer)

    async def delete_domain_pointer(self, entity: int | _HasId, **kwargs: Any) -> None:
        await self.mutate_domain_pointer(
            entity=DomainPointerInput(id=_id(entity)), delete=True, **kwargs
        )

    async def save_database(
        self, entity: DatabaseInput | Mapping[str, Any], **kwargs: Any
    ) -> DatabaseFields:
        result = await self.mutate_database(
            entity=_as(DatabaseInput, entity), delete=False, **kwargs
        )
        return _saved("Database", result.database)

    async def delete_database(self, entity: int | _HasId, **kwargs: Any) -> None:
        await self.mutate_database(entity=DatabaseInput(id=_id(entity)), delete=True, **kwargs)

    async def save_database_user(
        self, entity: DatabaseUserInput | Mapping[str, Any], **kwargs: Any
    ) -> DatabaseUserFields:
        result = await self.mutate_database_user(
            entity=_as(DatabaseUserInput, entity), delete=False, **kwargs
        )
        return _saved("DatabaseUser", result.database_user)

    async def delete_database_user(self, entity: int | _HasId, **kwargs: Any) -> None:
        await self.mutate_database_user(
            entity=DatabaseUserInput(id=_id(entity)), delete=True, **kwargs
        )

    async def save_user(self, entity: UserInput | Mapping[str, Any], **kwargs: Any) -> UserFields:
        """Create or update an SSH user."""
        result = await self.mutate_user(entity=_as(UserInput, entity), delete=False, **kwargs)
        return _saved("User", result.user)

    async def delete_user(self, entity: int | _HasId, **kwargs: Any) -> None:
        await self.mutate_user(entity=UserInput(id=_id(entity)), delete=True, **kwargs)

    async def save_ssh_key(
        self, entity: SshKeyInput | Mapping[str, Any], **kwargs: Any
    ) -> SshKeyFields:
        result = await self.mutate_ssh_key(entity=_as(SshKeyInput, entity), delete=False, **kwargs)
        return _saved("SSHKey", result.ssh_key)

    async def delete_ssh_key(self, entity: int | _HasId, **kwargs: Any) -> None:
        await self.mutate_ssh_key(entity=SshKeyInput(id=_id(entity)), delete=True, **kwargs)

    # -- waiting for asynchronous work ----------------------------------------------------------

    async def wait_for_server_change(
        self,
        entity: EntityRef | None = None,
        *,
        entity_type: str | None = None,
        entity_id: int | None = None,
        timeout: float = 1200.0,
        interval: float = 1.0,
    ) -> ServerChangeFields | None:
        """Poll the newest `ServerChange` of an entity until it is `finished`; return it (None
        when the entity has no change record, which counts as done).

        Pass an entity result (its `id` and `entityTypeName` are used) or `entity_type` and
        `entity_id`. Raises `HipexWaitTimeout` after `timeout` seconds."""
        kind = entity_type or (entity.entity_type_name if entity is not None else None)
        ident = entity_id if entity_id is not None else (entity.id if entity else None)
        if not kind or ident is None:
            raise InputValidationError(
                "entity", "needs an id and an entityTypeName (or pass entity_type and entity_id)"
            )
        newest_first = sort_input(("createdAt", "desc"))
        flt = ((where("entityId") == ident) & (where("entityType") == kind)).to_input()

        async def poll() -> tuple[bool, ServerChangeFields | None]:
            rows = _rows(await self.server_changes(filter_=flt, sort=newest_first, limit=1))
            change: ServerChangeFields | None = rows[0] if rows else None
            return change is None or change.finished is not None, change

        return await _poll(poll, f"server change of {kind} {ident}", timeout, interval)

    async def wait_for_checklist(
        self, checklist: int | _HasId, *, timeout: float = 300.0, interval: float = 2.0
    ) -> ChecklistFields:
        """Poll a checklist (by id, or the result of `start_checklist`) until it is
        `finished`; return it. Raises `HipexWaitTimeout` after `timeout` seconds."""
        flt = (where("id") == _id(checklist)).to_input()

        async def poll() -> tuple[bool, ChecklistFields | None]:
            rows = _rows(await self.checklists(filter_=flt, limit=1))
            found: ChecklistFields | None = rows[0] if rows else None
            return found is not None and found.finished is not None, found

        result = await _poll(poll, f"checklist {_id(checklist)}", timeout, interval)
        assert result is not None  # done implies found
        return result


# -- helpers ------------------------------------------------------------------------------------

T = TypeVar("T")


def sort_input(sort: SortSpec) -> SortInput:
    """`("createdAt", "desc")`, `"createdAt"` or a `SortInput` as the generated `SortInput`."""
    if isinstance(sort, SortInput):
        return sort
    field, direction = (sort, "asc") if isinstance(sort, str) else sort
    if direction.lower() not in ("asc", "desc"):
        raise InputValidationError("sort", f"direction must be 'asc' or 'desc', not {direction!r}")
    return SortInput(field=field, direction=SortDirection(direction.lower()))


async def _poll(
    poll: Callable[[], Awaitable[tuple[bool, T | None]]],
    what: str,
    timeout: float,
    interval: float,
) -> T | None:
    if interval <= 0:
        raise InputValidationError("interval", "must be positive")
    deadline = time.monotonic() + timeout
    attempts = 0
    while True:
        attempts += 1
        done, last = await poll()
        if done:
            return last
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            state = "not found" if last is None else "not finished"
            raise HipexWaitTimeout(
                f"{what}: {state} after {timeout:g}s ({attempts} polls)",
                operation=what,
                attempts=attempts,
                last=last,
            )
        await asyncio.sleep(min(interval, remaining))


def _rows(result: BaseModel) -> list[Any]:
    """The non-null rows of an entity query result (its one field, named after the root)."""
    return [row for row in rows_page(result).rows if row is not None]


def _as(model: type[InputT], value: InputT | Mapping[str, Any]) -> InputT:
    return value if isinstance(value, model) else model.model_validate(dict(value))


def _id(entity: int | _HasId) -> int:
    ident = entity if isinstance(entity, int) else entity.id
    if ident is None:
        raise InputValidationError("entity", "has no id")
    return ident


def _saved(operation: str, value: T | None) -> T:
    if value is None:
        raise ApiError(f"{operation}: the server returned null instead of the saved entity")
    return value
