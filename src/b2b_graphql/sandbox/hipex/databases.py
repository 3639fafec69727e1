"""Databases, database users and backups."""

from __future__ import annotations

from .._core import Call, Resolvers
from .entities import NAME, NAME_RULE, Entity, entity_mutation, entity_query
from .state import HipexSandbox, Row

__all__ = ["create_database", "create_database_user", "resolvers"]

resolvers = Resolvers()


def create_database(state: HipexSandbox, data: Row) -> Row:
    """DECISION: `DatabaseInput` also carries `username`/`password`/`readOnly`; given a
    username, creating a database creates its first user too (as the control panel does),
    with the same rules as `DatabaseUser`."""
    problems: dict[str, list[str]] = {}
    name = str(data.get("database") or "")
    domain = state.domains.get(data.get("domain") or 0)
    if not NAME.match(name):
        problems["database"] = [NAME_RULE]
    elif any(d["database"] == name for d in state.databases.values()):
        problems["database"] = ["This database already exists."]
    if domain is None:
        problems["domain"] = ["Domain not found."]
    username = data.get("username")
    if username is not None:
        problems.update(_user_name_problems(state, str(username)))
    if problems:
        raise state.invalid(problems)
    assert domain is not None
    database = state.add(
        state.databases,
        {
            "database": name,
            "backup": bool(data.get("backup") or False),
            "charset": data.get("charset") or "utf8mb4",
            "domain": domain,
            "users": [],
            "entityTypeName": "Database",
        },
    )
    domain["databases"].append(database)
    if username is not None:
        create_database_user(
            state,
            {"username": username, "databases": [database["id"]], "readOnly": data.get("readOnly")},
        )
    return database


def _update_database(state: HipexSandbox, database: Row, data: Row) -> Row:
    for key in ("backup", "charset"):
        if data.get(key) is not None:
            database[key] = data[key]
    return database


def _remove_database(state: HipexSandbox, database: Row) -> None:
    """Its backups go with it; its users lose access to it (and go when it was their last)."""
    database["domain"]["databases"].remove(database)
    for user in list(database["users"]):
        user["databases"].remove(database)
        if not user["databases"]:
            _remove_database_user(state, user)
            del state.database_users[user["id"]]
    for backup in [b for b in state.backups.values() if b["database"] is database]:
        del state.backups[backup["id"]]


def _user_name_problems(state: HipexSandbox, name: str) -> dict[str, list[str]]:
    if not NAME.match(name):
        return {"username": [NAME_RULE]}
    if any(u["username"] == name for u in state.database_users.values()):
        return {"username": ["This database user already exists."]}
    return {}


def create_database_user(state: HipexSandbox, data: Row) -> Row:
    name = str(data.get("username") or "")
    problems = _user_name_problems(state, name)
    databases = [state.databases.get(i or 0) for i in data.get("databases") or []]
    if not databases or any(d is None for d in databases):
        problems["databases"] = ["Give at least one existing database."]
    if problems:
        raise state.invalid(problems)
    found = [d for d in databases if d is not None]
    user = state.add(
        state.database_users,
        {
            "username": name,
            "readOnly": bool(data.get("readOnly") or False),
            "domain": found[0]["domain"],
            "databases": found,
            "entityTypeName": "DatabaseUser",
        },
    )
    for database in found:
        database["users"].append(user)
    found[0]["domain"]["databaseUsers"].append(user)
    return user


def _update_database_user(state: HipexSandbox, user: Row, data: Row) -> Row:
    if data.get("readOnly") is not None:
        user["readOnly"] = data["readOnly"]
    if data.get("databases") is not None:
        databases = [state.databases.get(i or 0) for i in data["databases"]]
        if not databases or any(d is None for d in databases):
            raise state.invalid({"databases": ["Give at least one existing database."]})
        for database in user["databases"]:
            database["users"].remove(user)
        user["databases"] = [d for d in databases if d is not None]
        for database in user["databases"]:
            database["users"].append(user)
    return user


def _remove_database_user(state: HipexSandbox, user: Row) -> None:
    for database in user["databases"]:
        database["users"].remove(user)
    user["domain"]["databaseUsers"].remove(user)


@resolvers.query("Backup")
def backups(
    call: Call[HipexSandbox],
    *,
    domain: int | None = None,
    database: int | None = None,
    id: str | None = None,
) -> list[Row]:
    """DECISION: the arguments narrow together (AND): `domain` gives the backups of that
    domain (its files and its databases), `database` those of one database, `id` one backup;
    none lists every backup, newest first. An id that does not exist matches nothing."""
    with call.state.lock:
        found = [
            b
            for b in call.state.backups.values()
            if (domain is None or b["domainId"] == domain)
            and (database is None or (b["database"] or {}).get("id") == database)
            and (id is None or b["backupId"] == id)
        ]
    found.sort(key=lambda b: (b["created"], b["id"]), reverse=True)
    return [{**b, "id": b["backupId"]} for b in found]


entity_query(resolvers, "Database", "databases")
entity_query(resolvers, "DatabaseUser", "database_users")
entity_mutation(
    resolvers,
    Entity(
        "Database", "databases", "database", create_database, _update_database, _remove_database
    ),
)
entity_mutation(
    resolvers,
    Entity(
        "DatabaseUser",
        "database_users",
        "username",
        create_database_user,
        _update_database_user,
        _remove_database_user,
    ),
)
