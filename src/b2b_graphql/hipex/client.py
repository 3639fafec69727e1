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

from .._client import is_mutation
from .._coercion import (
    call_options,
    client_options,
    credential,
    input_model,
    optional_credential,
    seconds,
    text,
)
from .._endpoint import endpoint
from .._errors import (
    ApiError,
    B2BGraphQLError,
    GraphQLErrorDetail,
    InputValidationError,
    InvalidTokenError,
    LoginError,
    MissingCredentialsError,
)
from .._options import CallOptions, ClientOptions
from .._pagination import DEFAULT_CONCURRENCY, Pages, offset_pages, rows_page
from .._parsing import decode_json
from .._secrets import Secret, scrub
from .auth import RotatingHeaderAuth
from .errors import (
    AUTH_FAILURE_RULE,
    HipexFormValidationError,
    HipexWaitTimeout,
    validation_fields,
)
from .filters import Combination, Condition, Filter, where
from .token_store import StoredToken, TokenStore, as_token_store

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
    from hipex_gql.login_with_password import LoginWithPasswordLogin

__all__ = ["DEFAULT_URL", "EntityRef", "HipexClient", "SortSpec"]

#: DECISION: the vendor's endpoint is the default (after `$HIPEX_URL`, see
#: `b2b_graphql._endpoint`), although the API reached end of life in Aug 2021: it is the only
#: documented address; point `HIPEX_URL` or `url=` at a local sandbox to develop.
DEFAULT_URL = "https://service.hipex.io/hipex-pack-api"
URL_ENV = "HIPEX_URL"

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
    `HipexClient(token=..., url=...)`; `url=None` means `$HIPEX_URL`, else `DEFAULT_URL`.
    On an instance, `await client.authenticate(username, password)` logs in again; the
    generated mutation is `login_with_password` (operation `loginWithPassword`).

    Sessions: without a token, queries come back empty (the API does not say "not logged in"
    for queries) and mutations fail with `InvalidTokenError`. A client that logged in (or has
    a token store) logs in again, once for all waiting calls, when a mutation is refused, and
    re-sends nothing but queries. What it can tell about a dead session:

    - a refused mutation: always (the server says `UNAUTHENTICATED`);
    - a query that came back empty: its response carries no new token (a live session rotates
      on every response, or every few). If the request carried a token that has been replaced
      since (it may have passed its grace period in flight), the query is asked again with the
      current one; otherwise the client asks `Server(limit: 1)`. If that is empty too, the
      session is taken as dead: with credentials it logs in again and repeats the query once,
      without them it raises `InvalidTokenError`. Empty answers that arrive with a new token
      are trusted, and at most one probe runs per `probe_interval` seconds after a probe that
      found the session alive;
    - not detectable: an account that has no server at all reads as a dead session (the probe
      cannot tell; the query is repeated after a needless login), and a result that is only
      partly empty (some rows missing) is never questioned.

    `token_store=` is a directory (one 0600 file per endpoint URL) or an object with
    `load(url)`/`save(url, StoredToken)`; the token is saved whenever it changes.
    """

    api_name = "hipex"
    auth_failure_rule = AUTH_FAILURE_RULE
    #: Seconds after a probe that found the session alive before empty answers are questioned
    #: again (when the server does not rotate the token on every response).
    probe_interval: float = 30.0

    def __init__(
        self,
        token: str | Secret | None = None,
        url: str | None = None,
        *,
        token_store: StoreSpec = None,
        username: str | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        url = endpoint(url, URL_ENV, DEFAULT_URL)
        secret = optional_credential("token", token)
        self.token_store: TokenStore | None = as_token_store(token_store)
        self.username = None if username is None else text("username", username)
        self._password: Secret | None = None
        self._alive_at: float | None = None
        if secret is None and self.token_store is not None:
            stored = self.token_store.load(url)
            if stored is not None and self.username in (None, stored.username):
                secret = stored.token
        self.auth = RotatingHeaderAuth(secret, on_change=self._save_token)
        if self.token_store is not None:
            self.auth.renew_with(self._relogin)
        super().__init__(url=url, auth=self.auth, **client_options(options))

    # -- constructors and login -----------------------------------------------------------------

    @classmethod
    async def login(
        cls,
        username: str,
        password: str | Secret,
        url: str | None = None,
        *,
        token_store: StoreSpec = None,
        **options: Unpack[ClientOptions],
    ) -> Self:
        """A client logged in as `username` (`url=None`: `$HIPEX_URL`, else `DEFAULT_URL`).
        With `token_store`, a token stored for this URL and account is tried first (one cheap
        query) and the login is skipped if it works. The client keeps the password (in memory
        only) to log in again when the server refuses the token.

        Raises `LoginError` (with `error_message`/`error_message_id`) when the API refuses."""
        secret = credential("password", password, header=False)
        client = cls(url=url, token_store=token_store, username=username, **options)
        try:
            if client.auth.token is None or not await client.token_works():
                await client.authenticate(text("username", username), secret)
            client._password = secret
            client.auth.renew_with(client._relogin)
        except BaseException:
            await client.aclose()
            raise
        return client

    @classmethod
    async def from_env(
        cls, *, token_store: StoreSpec = None, **options: Unpack[ClientOptions]
    ) -> Self:
        """`HIPEX_USERNAME` + `HIPEX_PASSWORD` (logs in; preferred when both are set) or
        `HIPEX_TOKEN`, and `HIPEX_URL` (default: `DEFAULT_URL`). Async because it may have
        to log in."""
        username, password = os.environ.get("HIPEX_USERNAME"), os.environ.get("HIPEX_PASSWORD")
        if username and password:
            return await cls.login(username, password, token_store=token_store, **options)
        token = os.environ.get("HIPEX_TOKEN")
        if token:
            return cls(token=token, token_store=token_store, **options)
        raise MissingCredentialsError("set HIPEX_USERNAME and HIPEX_PASSWORD, or HIPEX_TOKEN")

    async def authenticate(self, username: str, password: str | Secret) -> LoginWithPasswordLogin:
        """Log in on this client: the `Authorization` header of the answer becomes the token.

        Raises `LoginError` when the API answers `success: false` (its `errorMessage` and
        `errorMessageId` are on the error) or sends no token. The password is never logged
        and never part of an error. A login creates nothing, so a lost answer is retried."""
        username = text("username", username)
        secret = credential("password", password, header=False)
        previous_username, self.username = self.username, username
        logins = self.auth.logins
        sent = {"username": username, "password": secret.reveal()}
        try:
            result = (
                await self.login_with_password(
                    username=username, password=sent["password"], retry_mutation=True
                )
            ).login
            if result is None or not result.success:
                # The server's words, without the password (or token) it may quote back.
                secrets = self._secrets_sent("loginWithPassword", sent)
                error_message = scrub(result.error_message, secrets) if result else None
                error_message_id = scrub(result.error_message_id, secrets) if result else None
                raise LoginError(
                    f"login as {username!r} failed: {error_message or 'no reason given'}",
                    error_message=error_message,
                    error_message_id=error_message_id,
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
        rather than failing, so this asks for one server (the session probe): an account
        without servers reads as "not accepted" (and simply logs in again)."""
        if self.auth.token is None:
            return False
        try:
            return await self._probe()
        except InvalidTokenError:
            return False

    def _held_secrets(self) -> list[Secret]:
        """The token, and the password `login` keeps for logging in again."""
        held = super()._held_secrets()
        return [*held, self._password] if self._password is not None else held

    def _save_token(self, token: Secret) -> None:
        if self.token_store is not None:
            self.token_store.save(self.url, StoredToken(token, self.username))

    async def _relogin(self) -> None:
        """Log in again with the password `login` kept, or else take a different token from
        the store (another process may have logged in meanwhile)."""
        if self.username is not None and self._password is not None:
            await self.authenticate(self.username, self._password)
            return
        current = self.auth.token
        stored = self.token_store.load(self.url) if self.token_store is not None else None
        if stored is None or stored.token == current:
            raise MissingCredentialsError(
                "hipex: the server refused the token and the client has no credentials to log "
                "in again (use HipexClient.login)"
            )
        self.auth.set_token(stored.token)

    # -- noticing a dead session behind empty query answers -------------------------------------

    async def execute(
        self,
        query: str,
        operation_name: str | None = None,
        variables: Mapping[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> httpx.Response:
        """The base `execute`; an empty query answer may mean a dead session (see the class
        docstring), which is checked with one probe and, with credentials, repaired."""
        seen = self.auth.generation
        response = await super().execute(query, operation_name, variables, **options)
        if (
            operation_name == _PROBE
            or is_mutation(query, operation_name)
            or "authorization" in {k.lower() for k in (options.get("headers") or {})}
        ):
            return response
        for _ in range(_RESENDS):
            if not self._looks_like_a_dead_session(response) or not self._sent_with_old_token(
                response
            ):
                break
            # sent with a token replaced meanwhile (perhaps past its grace): ask again with the
            # current one before suspecting the session
            seen = self.auth.generation
            response = await super().execute(query, operation_name, variables, **options)
        if not self._looks_like_a_dead_session(response) or await self._session_alive():
            return response
        if self.auth.can_renew:
            await self.auth.renew(seen)
            return await super().execute(query, operation_name, variables, **options)
        raise InvalidTokenError(
            f"{operation_name or 'query'}: the session has expired (queries come back empty "
            "and the probe found no server); log in again (HipexClient.login)"
        )

    def _sent_with_old_token(self, response: httpx.Response) -> bool:
        current = self.auth.token
        carried = response.request.headers.get("authorization")
        return current is not None and carried != current.reveal()

    def _looks_like_a_dead_session(self, response: httpx.Response) -> bool:
        """An empty 200 answer to a query, sent with a token, that brought no new token."""
        if (
            response.status_code != 200
            or self.auth.token is None
            or "authorization" in response.headers
            or len(response.content) > 512
        ):
            return False
        if self._alive_at is not None and time.monotonic() - self._alive_at < self.probe_interval:
            return False
        payload = decode_json(response.content)
        data = payload.get("data") if isinstance(payload, dict) else None
        return (
            isinstance(data, dict)
            and not payload.get("errors")
            and all(value in (None, []) for value in data.values())
        )

    async def _session_alive(self) -> bool:
        """The probe: a new token or a server in the answer means alive. A probe that fails
        for another reason (the server is down, answers 500...) tells nothing: the empty answer
        is then trusted rather than turned into an error of the probe's."""
        try:
            alive = await self._probe()
        except B2BGraphQLError:
            alive = True
        if alive:
            self._alive_at = time.monotonic()
        return alive

    async def _probe(self) -> bool:
        result = await self.execute(_PROBE_QUERY, _PROBE, {})
        return "authorization" in result.headers or bool(self.get_data(result).get("Server") or [])

    # -- errors ---------------------------------------------------------------------------------

    def graphql_error(
        self,
        errors: list[GraphQLErrorDetail],
        data: Any,
        response: httpx.Response,
        operation: str | None,
    ) -> B2BGraphQLError:
        """`FormValidation::failed` -> `HipexFormValidationError` (with `fields`); anything else
        (a refused token included, by `AUTH_FAILURE_RULE`) as the base class maps it."""
        fields = validation_fields(errors)
        if fields is not None:
            return HipexFormValidationError(
                errors, data, fields=fields, operation=operation, status=response.status_code
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
        if getattr(method, "__self__", None) is not self:
            raise InputValidationError("method", "must be an entity query of this client")
        variables: dict[str, Any] = dict(options)
        if filter is not None:
            variables["filter_"] = (
                filter.to_input()
                if isinstance(filter, Filter)
                else input_model("filter", FilterInput, filter)  # an error says `filter.key`
            )
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
        self, entity: DomainInput | Mapping[str, Any], **options: Unpack[CallOptions]
    ) -> DomainFields:
        """Create (no `id`) or update (with `id`) a domain."""
        result = await self.mutate_domain(
            entity=input_model("entity", DomainInput, entity), delete=False, **call_options(options)
        )
        return _saved("Domain", result.domain)

    async def delete_domain(self, entity: int | _HasId, **options: Unpack[CallOptions]) -> None:
        await self.mutate_domain(
            entity=DomainInput(id=_id(entity)), delete=True, **call_options(options)
        )

    async def save_domain_pointer(
        self, entity: DomainPointerInput | Mapping[str, Any], **options: Unpack[CallOptions]
    ) -> DomainPointerFields:
        result = await self.mutate_domain_pointer(
            entity=input_model("entity", DomainPointerInput, entity),
            delete=False,
            **call_options(options),
        )
        return _saved("DomainPointer", result.domain_pointer)

    async def delete_domain_pointer(
        self, entity: int | _HasId, **options: Unpack[CallOptions]
    ) -> None:
        await self.mutate_domain_pointer(
            entity=DomainPointerInput(id=_id(entity)), delete=True, **call_options(options)
        )

    async def save_database(
        self, entity: DatabaseInput | Mapping[str, Any], **options: Unpack[CallOptions]
    ) -> DatabaseFields:
        result = await self.mutate_database(
            entity=input_model("entity", DatabaseInput, entity),
            delete=False,
            **call_options(options),
        )
        return _saved("Database", result.database)

    async def delete_database(self, entity: int | _HasId, **options: Unpack[CallOptions]) -> None:
        await self.mutate_database(
            entity=DatabaseInput(id=_id(entity)), delete=True, **call_options(options)
        )

    async def save_database_user(
        self, entity: DatabaseUserInput | Mapping[str, Any], **options: Unpack[CallOptions]
    ) -> DatabaseUserFields:
        result = await self.mutate_database_user(
            entity=input_model("entity", DatabaseUserInput, entity),
            delete=False,
            **call_options(options),
        )
        return _saved("DatabaseUser", result.database_user)

    async def delete_database_user(
        self, entity: int | _HasId, **options: Unpack[CallOptions]
    ) -> None:
        await self.mutate_database_user(
            entity=DatabaseUserInput(id=_id(entity)), delete=True, **call_options(options)
        )

    async def save_user(
        self, entity: UserInput | Mapping[str, Any], **options: Unpack[CallOptions]
    ) -> UserFields:
        """Create or update an SSH user."""
        result = await self.mutate_user(
            entity=input_model("entity", UserInput, entity), delete=False, **call_options(options)
        )
        return _saved("User", result.user)

    async def delete_user(self, entity: int | _HasId, **options: Unpack[CallOptions]) -> None:
        await self.mutate_user(
            entity=UserInput(id=_id(entity)), delete=True, **call_options(options)
        )

    async def save_ssh_key(
        self, entity: SshKeyInput | Mapping[str, Any], **options: Unpack[CallOptions]
    ) -> SshKeyFields:
        result = await self.mutate_ssh_key(
            entity=input_model("entity", SshKeyInput, entity), delete=False, **call_options(options)
        )
        return _saved("SSHKey", result.ssh_key)

    async def delete_ssh_key(self, entity: int | _HasId, **options: Unpack[CallOptions]) -> None:
        await self.mutate_ssh_key(
            entity=SshKeyInput(id=_id(entity)), delete=True, **call_options(options)
        )

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
        kind = entity_type or getattr(entity, "entity_type_name", None)
        ident = entity_id if entity_id is not None else getattr(entity, "id", None)
        if (
            not isinstance(kind, str)
            or not kind
            or isinstance(ident, bool)
            or not isinstance(ident, int)
        ):
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

#: The probe that tells a dead session from an empty answer: any account with a hosting
#: package has a server, and it is the cheapest entity query.
_PROBE = "sessionProbe"
_PROBE_QUERY = "query sessionProbe { Server(limit: 1) { id } }"
#: Times an empty answer to a request that carried a since-replaced token is asked again.
_RESENDS = 2

T = TypeVar("T")


def sort_input(sort: SortSpec) -> SortInput:
    """`("createdAt", "desc")`, `"createdAt"` or a `SortInput` as the generated `SortInput`."""
    if isinstance(sort, SortInput):
        return sort
    if isinstance(sort, str):
        sort = (sort, "asc")
    if not (isinstance(sort, tuple) and len(sort) == 2 and all(isinstance(p, str) for p in sort)):
        raise InputValidationError(
            "sort", "must be a field name, (field, 'asc'|'desc') or a SortInput"
        )
    field, direction = sort
    if direction.lower() not in ("asc", "desc"):
        raise InputValidationError("sort", f"direction must be 'asc' or 'desc', not {direction!r}")
    return SortInput(field=field, direction=SortDirection(direction.lower()))


async def _poll(
    poll: Callable[[], Awaitable[tuple[bool, T | None]]],
    what: str,
    timeout: float,
    interval: float,
) -> T | None:
    seconds("interval", interval)
    deadline = time.monotonic() + seconds("timeout", timeout, allow_zero=True)
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


def _id(entity: int | _HasId) -> int:
    ident = entity if isinstance(entity, int) else getattr(entity, "id", None)
    if isinstance(ident, bool) or not isinstance(ident, int):
        raise InputValidationError("entity", "must be an id (int) or an entity with an id")
    return ident


def _saved(operation: str, value: T | None) -> T:
    if value is None:
        raise ApiError(f"{operation}: the server returned null instead of the saved entity")
    return value
