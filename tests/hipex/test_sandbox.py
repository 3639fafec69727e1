"""The Hipex sandbox, root field by root field, seen by a peer GraphQL client (plain httpx):
seeded data behind every query once logged in, paging/filters/sort on every entity query,
read-after-write on every entity mutation, life cycles of background work, account flows.
`QUERY_TESTS`/`MUTATION_TESTS` must name every root field of the schema."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from graphql import build_schema

from b2b_graphql.sandbox import SandboxServer
from b2b_graphql.sandbox.hipex import PATH, HipexSandbox, create_app
from tests.sandbox.graphql_http import Peer

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = build_schema((ROOT / "schemas/hipex.graphql").read_text())
QUERIES = sorted(SCHEMA.query_type.fields)
MUTATIONS = sorted(SCHEMA.mutation_type.fields)
ENTITY_QUERIES = sorted(
    name
    for name, field in SCHEMA.query_type.fields.items()
    if set(field.args) == {"filter", "limit", "skip", "sort"}
)
LOGIN = "mutation($u: String!, $p: String!) { Login(username: $u, password: $p) { success locale email } }"  # noqa: E501


class Clock:
    """The sandbox's clock, moved by the test: background work finishes when told."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Hipex(Peer):
    def __init__(self, url: str, state: HipexSandbox, clock: Clock) -> None:
        super().__init__(url)
        self.state = state
        self.clock = clock

    def login(self, username: str | None = None, password: str | None = None) -> Any:
        answer = self.data(
            LOGIN, u=username or self.state.username, p=password or self.state.password
        )
        assert self.last is not None
        if answer["Login"]["success"]:
            self.headers["Authorization"] = self.last.headers["authorization"]
        return answer["Login"]


def logged_in() -> Iterator[Hipex]:
    clock = Clock()
    state = HipexSandbox.seeded(rotate_every=None, clock=clock)
    with SandboxServer(create_app(state), path=PATH) as server:
        peer = Hipex(server.url, state, clock)
        peer.login()
        yield peer


@pytest.fixture
def hipex() -> Iterator[Hipex]:
    """A fresh sandbox, for tests that change data."""
    yield from logged_in()


@pytest.fixture(scope="module")
def reader() -> Iterator[Hipex]:
    """One sandbox for the tests that only read."""
    yield from logged_in()


def first_list(data: dict[str, Any]) -> list[Any]:
    (value,) = data.values()
    return value


# -- entity queries: one generic test, parametrised over every entity query -------------------


@pytest.mark.parametrize("root", ENTITY_QUERIES)
def test_entity_query_pages_filters_and_sorts(root: str, reader: Hipex) -> None:
    query = f"query($f: FilterInput, $l: Int, $s: Int, $o: SortInput) {{ {root}(filter: $f, limit: $l, skip: $s, sort: $o) {{ id }} }}"  # noqa: E501
    everything = [row["id"] for row in first_list(reader.data(query))]
    assert len(everything) >= 1 and len(set(everything)) == len(everything)
    walked, skip = [], 0
    while True:
        page = first_list(reader.data(query, l=2, s=skip))
        walked += [row["id"] for row in page]
        if len(page) < 2:
            break
        skip += 2
        assert skip <= len(everything) + 2  # the walk is finite
    assert walked == everything
    one = everything[-1]
    assert first_list(reader.data(query, f={"field": "id", "value": str(one)})) == [{"id": one}]
    missing = max(everything) + 1000
    assert first_list(reader.data(query, f={"field": "id", "value": str(missing)})) == []
    pair = everything[:2]
    for value in (str(pair).replace(" ", ""), ",".join(map(str, pair))):
        found = first_list(reader.data(query, f={"field": "id", "operator": "$in", "value": value}))
        assert [row["id"] for row in found] == pair
    descending = first_list(reader.data(query, o={"field": "id", "direction": "desc"}))
    assert [row["id"] for row in descending] == sorted(everything, reverse=True)
    assert "errors" in reader.run(query, l=-1)


def test_in_decision_json_commas_and_refusals(reader: Hipex) -> None:
    query = "query($f: FilterInput) { Domain(filter: $f) { domain } }"
    names = ["shop01.example.nl", "blog02.example.nl"]
    for value in (
        '["shop01.example.nl","blog02.example.nl"]',
        "shop01.example.nl, blog02.example.nl",
    ):
        found = reader.data(query, f={"field": "domain", "operator": "$in", "value": value})
        assert sorted(d["domain"] for d in found["Domain"]) == sorted(names)
    single = reader.data(query, f={"field": "domain", "operator": "$in", "value": names[0]})
    assert [d["domain"] for d in single["Domain"]] == [names[0]]
    for bad in ('{"a": 1}', "", "[1,"):
        error = reader.run(query, f={"field": "id", "operator": "$in", "value": bad})["errors"][0]
        assert error["message"].startswith("Filter::invalid")


# -- entity mutations: one generic test, parametrised over every entity mutation ------------

PEM = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"
KEY = "-----BEGIN PRIVATE KEY-----\nBBBB\n-----END PRIVATE KEY-----\n"
# kind -> (create input, what the answer must echo, update input, the field that shows it)
ENTITY_CASES: dict[str, tuple[dict[str, Any], dict[str, Any], dict[str, Any], tuple[str, Any]]] = {
    "Domain": ({"domain": "new.example.nl", "host": 2, "mainPhp": "php80"},
               {"domain": "new.example.nl", "mainPhp": "php80"}, {"backup": True}, ("backup", True)),  # noqa: E501
    "DomainPointer": ({"pointer": "alias.example.nl", "domain": 2}, {"pointer": "alias.example.nl"},
                      {"monitor": True}, ("monitor", True)),
    "Database": ({"database": "db_new", "domain": 2}, {"database": "db_new"},
                 {"charset": "utf8"}, ("charset", "utf8")),
    "DatabaseUser": ({"username": "dbu_new", "databases": [2]}, {"username": "dbu_new"},
                     {"readOnly": True}, ("readOnly", True)),
    "User": ({"user": "newuser", "server": 2}, {"user": "newuser"},
             {"passwordEnabled": True}, ("passwordEnabled", True)),
    "SSHKey": ({"name": "new", "key": "AAAAB3new", "servers": [2]}, {"name": "new", "key": "AAAAB3new"},  # noqa: E501
               {"name": "renamed"}, ("name", "renamed")),
    "FtpUser": ({"domain": 2, "username": "ftp_new", "password": "long-enough", "path": "/public"},
                {"username": "ftp_new", "path": "/public"}, {"username": "ftp_new", "path": "/var"},
                ("path", "/var")),
    "SSLCertificate": ({"certificate": PEM, "key": KEY, "domains": [2]},
                       {"certificate": PEM, "domain": "blog02.example.nl"},
                       {"chain": PEM}, ("chain", PEM)),
}  # fmt: skip
INPUT_TYPES = {
    name: str(SCHEMA.mutation_type.fields[name].args["entity"].type) for name in ENTITY_CASES
}


@pytest.mark.parametrize("kind", sorted(ENTITY_CASES))
def test_entity_mutation_create_read_update_delete(kind: str, hipex: Hipex) -> None:
    create, echoed, update, (field, value) = ENTITY_CASES[kind]
    fields = " ".join(sorted({"id", *echoed, field}))
    mutate = f"mutation($e: {INPUT_TYPES[kind]}, $d: Boolean!) {{ {kind}(entity: $e, delete: $d) {{ {fields} }} }}"  # noqa: E501
    read = f"query($f: FilterInput) {{ {kind}(filter: $f) {{ {fields} }} }}"
    created = hipex.data(mutate, e=create, d=False)[kind]
    assert {k: created[k] for k in echoed} == echoed and created["id"]
    by_id = {"field": "id", "value": str(created["id"])}
    assert hipex.data(read, f=by_id)[kind] == [created]
    key = "username" if kind == "FtpUser" else None  # FtpUserInput.username is required
    extra = {key: create[key]} if key else {}
    updated = hipex.data(mutate, e={"id": created["id"], **extra, **update}, d=False)[kind]
    assert updated[field] == value
    assert hipex.data(read, f=by_id)[kind][0][field] == value
    assert hipex.data(mutate, e={"id": created["id"], **extra}, d=True) == {kind: None}
    assert hipex.data(read, f=by_id)[kind] == []
    gone = hipex.run(mutate, e={"id": created["id"], **extra}, d=False)["errors"][0]
    assert gone["message"] == "FormValidation::failed" and "id" in gone["fields"]
    changes = [
        c
        for c in hipex.state.server_changes.values()
        if c["entityType"] == kind and c["entityId"] == created["id"]
    ]
    assert [c["action"] for c in changes] == ["create", "update", "delete"]
    without_echoed = {k: v for k, v in create.items() if k not in echoed}
    if kind == "FtpUser":
        without_echoed["username"] = "Not A Name!"
    invalid = hipex.run(mutate, e=without_echoed, d=False)
    assert invalid["errors"][0]["message"] == "FormValidation::failed"


def test_deleting_a_domain_cascades(hipex: Hipex) -> None:
    domain = hipex.state.domains[1]
    owned = {
        "pointers": [p["id"] for p in domain["pointers"]],
        "databases": [d["id"] for d in domain["databases"]],
        "ftp_users": [f["id"] for f in domain["ftpUsers"]],
    }
    assert all(owned.values())
    hipex.data("mutation { Domain(entity: {id: 1}, delete: true) { id } }")
    for table, ids in owned.items():
        assert not set(ids) & set(getattr(hipex.state, table)), table
    assert hipex.data("{ Backup(domain: 1) { id } }") == {"Backup": []}
    certificate = hipex.data("{ SSLCertificate { connectedDomains { id } } }")["SSLCertificate"][0]
    assert certificate["connectedDomains"] == []


# -- the other queries ----------------------------------------------------------------------


def backup(hipex: Hipex) -> None:
    everything = hipex.data("{ Backup { id created domain { id } database { id } } }")["Backup"]
    assert everything and len({b["id"] for b in everything}) == len(everything)
    of_domain = hipex.data("{ Backup(domain: 1) { id domain { id } } }")["Backup"]
    assert of_domain and {b["domain"]["id"] for b in of_domain} == {1}
    database = next(b["database"]["id"] for b in everything if b["database"])
    of_database = hipex.data(f"{{ Backup(database: {database}) {{ database {{ id }} }} }}")[
        "Backup"
    ]
    assert of_database and {b["database"]["id"] for b in of_database} == {database}
    one = everything[0]["id"]
    assert [b["id"] for b in hipex.data(f'{{ Backup(id: "{one}") {{ id }} }}')["Backup"]] == [one]
    assert hipex.data('{ Backup(id: "no-such-backup") { id } }')["Backup"] == []


def filesystem(root: str, argument: str) -> Callable[[Hipex], None]:
    def check(hipex: Hipex) -> None:
        query = f"query($i: Int!, $p: ChrootPath, $d: Int, $t: FileType) {{ {root}({argument}: $i, path: $p, depth: $d, type: $t) {{ path type size }} }}"  # noqa: E501
        top = first_list(hipex.data(query, i=1))
        assert top and all(e["path"].count("/") == 1 for e in top)
        deeper = first_list(hipex.data(query, i=1, d=3))
        assert len(deeper) > len(top) and {e["path"] for e in top} <= {e["path"] for e in deeper}
        directory = next(e["path"] for e in top if e["type"] == "directory")
        inside = first_list(hipex.data(query, i=1, p=directory))
        assert all(e["path"].startswith(directory + "/") for e in inside)
        files = first_list(hipex.data(query, i=1, d=5, t="file"))
        assert files and {e["type"] for e in files} == {"file"}
        assert first_list(hipex.data(query, i=999)) == []
        assert first_list(hipex.data(query, i=1, p="/no/such/dir")) == []
        assert first_list(hipex.data(query, i=1, p="/../etc")) == []

    return check


def monitor(root: str) -> Callable[[Hipex], None]:
    def check(hipex: Hipex) -> None:
        query = f"query($a: String, $s: String, $b: String, $e: String) {{ {root}(applicationId: $a, serverId: $s, startTime: $b, endTime: $e) {{ date values {{ key value }} }} }}"  # noqa: E501
        window = {"b": "2024-03-01T00:00:00Z", "e": "2024-03-01T05:00:00Z"}
        points = first_list(hipex.data(query, s="2", **window))
        assert [p["date"] for p in points] == [f"2024-03-01T0{h}:00:00Z" for h in range(6)]
        assert points == first_list(hipex.data(query, s="2", **window))  # deterministic
        assert points != first_list(hipex.data(query, s="3", **window))  # per target
        assert first_list(hipex.data(query, a="1", **window))
        assert first_list(hipex.data(query, s="999", **window)) == []
        assert first_list(hipex.data(query, s="2")) != []  # the last 24 hours by default
        assert "errors" in hipex.run(query, **window)  # no target
        assert "errors" in hipex.run(query, s="2", b=window["e"], e=window["b"])

    return check


def monitor_validate(hipex: Hipex) -> None:
    query = "query($n: String) { MonitorValidate(domainName: $n) { domainName successful } }"
    assert hipex.data(query, n="shop01.example.nl")["MonitorValidate"]["successful"] is True
    assert hipex.data(query, n="www.shop01.example.nl")["MonitorValidate"]["successful"] is True
    assert hipex.data(query, n="example.com")["MonitorValidate"]["successful"] is False


QUERY_TESTS: dict[str, Callable[[Hipex], None]] = {
    **{name: lambda hipex: None for name in ENTITY_QUERIES},  # test_entity_query_... above
    "Backup": backup,
    "FilesystemApplication": filesystem("FilesystemApplication", "applicationId"),
    "FilesystemUser": filesystem("FilesystemUser", "userId"),
    **{
        f"Monitor{m}": monitor(f"Monitor{m}")
        for m in ("DiskIo", "DiskSpace", "MemoryUsage", "NetworkTraffic", "ServerLoad")
    },
    "MonitorValidate": monitor_validate,
}
ANY_ARGUMENTS = {
    "FilesystemApplication": "(applicationId: 1)",
    "FilesystemUser": "(userId: 1)",
    "MonitorValidate": '(domainName: "shop01.example.nl")',
    **{
        name: '(serverId: "2")'
        for name in QUERIES
        if name.startswith("Monitor") and name != "MonitorValidate"
    },
}


def test_every_root_query_has_a_behaviour_test() -> None:
    assert sorted(QUERY_TESTS) == QUERIES


@pytest.mark.parametrize("root", QUERIES)
def test_root_query_behaviour(root: str, reader: Hipex) -> None:
    QUERY_TESTS[root](reader)


@pytest.mark.parametrize("root", QUERIES)
def test_every_root_query_has_data_once_logged_in_and_none_before(root: str, reader: Hipex) -> None:
    named = SCHEMA.query_type.fields[root].type
    selection = "{ __typename }"
    query = f"{{ {root}{ANY_ARGUMENTS.get(root, '')} {selection} }}"
    answer = reader.data(query)[root]
    assert answer, f"{root} answered {answer!r} while logged in"
    anonymous = Peer(reader.url).data(query)[root]
    assert anonymous in ([], None), named


# -- the other mutations --------------------------------------------------------------------


def run_background(hipex: Hipex, start: str, read: str, delay: float) -> tuple[Any, Any]:
    """Start a job, see it unfinished, move the clock past its delay, see it finished."""
    started = first_list(hipex.data(start))
    assert started["finished"] is None
    ident = started["id"]
    before = first_list(hipex.data(read % ident))[0]
    assert before["finished"] is None and before["id"] == ident
    hipex.clock.now += delay + 0.01
    after = first_list(hipex.data(read % ident))[0]
    assert after["finished"] is not None and after["id"] == ident
    return started, after


def checklist_start(hipex: Hipex) -> None:
    _, done = run_background(
        hipex,
        'mutation { ChecklistStart(checklist: {domainId: 2, groupsToRun: ["security"]}) { id finished } }',  # noqa: E501
        '{ Checklist(filter: {field: "id", value: "%s"}) { id finished status groups { title } domain { id } } }',  # noqa: E501
        hipex.state.checklist_delay,
    )  # fmt: skip
    assert done["status"] == "good" and [g["title"] for g in done["groups"]] == ["security"]
    assert done["domain"]["id"] == 2
    unknown = hipex.run("mutation { ChecklistStart(checklist: {domainId: 999}) { id } }")
    assert unknown["errors"][0]["fields"] == {"domainId": ["Domain 999 not found."]}


def performance_scan_start(hipex: Hipex) -> None:
    started, done = run_background(
        hipex,
        'mutation { PerformanceScanStart(website: "https://blog02.example.nl") { id finished url domain { id } } }',  # noqa: E501
        '{ PerformanceScan(filter: {field: "id", value: "%s"}) { id finished score groups { name } } }',  # noqa: E501
        hipex.state.scan_delay,
    )  # fmt: skip
    assert started["url"] == "https://blog02.example.nl" and started["domain"] == {"id": 2}
    assert done["score"] is not None and done["groups"]
    assert "errors" in hipex.run('mutation { PerformanceScanStart(website: "not a site") { id } }')


def integration_test_start(hipex: Hipex) -> None:
    seeded = hipex.data("{ IntegrationTest { id name } }")["IntegrationTest"][0]
    started, done = run_background(
        hipex,
        f"mutation {{ IntegrationTestStart(id: {seeded['id']}) {{ id finished name previousTest {{ id }} }} }}",  # noqa: E501
        '{ IntegrationTest(filter: {field: "id", value: "%s"}) { id finished totalTime steps { url status } } }',  # noqa: E501
        hipex.state.scan_delay,
    )
    assert started["previousTest"] == {"id": seeded["id"]} and started["name"] == seeded["name"]
    assert done["steps"] and done["totalTime"] is not None
    assert "errors" in hipex.run("mutation { IntegrationTestStart(id: 999) { id } }")


def lets_encrypt_request(hipex: Hipex) -> None:
    answer = hipex.data(
        "mutation { LetsEncryptRequest(entity: {domain: 3}) { steps { successful } } }"
    )
    assert all(s["successful"] for s in answer["LetsEncryptRequest"]["steps"])
    domain = hipex.data(
        '{ Domain(filter: {field: "id", value: "3"}) { letsEncryptSsl letsEncryptCertificate { domain } } }'  # noqa: E501
    )
    assert domain["Domain"][0] == {
        "letsEncryptSsl": True,
        "letsEncryptCertificate": {"domain": "api03.example.nl"},
    }
    assert "errors" in hipex.run(
        "mutation { LetsEncryptRequest(entity: {domain: 999}) { steps { message } } }"
    )
    assert "errors" in hipex.run(
        "mutation { LetsEncryptRequest(entity: {}) { steps { message } } }"
    )


ACCOUNT = "mutation($e: AccountSelfInput, $d: Boolean!) { AccountSelf(entity: $e, delete: $d) { id email locale } }"  # noqa: E501


def account_self(hipex: Hipex) -> None:
    assert hipex.data(ACCOUNT, d=False)["AccountSelf"]["locale"] == "en_US"
    assert hipex.data(ACCOUNT, e={"locale": "nl_NL"}, d=False)["AccountSelf"]["locale"] == "nl_NL"
    assert hipex.data(ACCOUNT, d=False)["AccountSelf"]["locale"] == "nl_NL"
    assert Hipex(hipex.url, hipex.state, hipex.clock).login()["locale"] == "nl_NL"
    wrong = hipex.run(ACCOUNT, e={"currentPassword": "nope", "newPassword": "new-password-1",
                                  "confirmNewPassword": "new-password-1"}, d=False)  # fmt: skip
    assert "currentPassword" in wrong["errors"][0]["fields"]
    old = hipex.state.password
    changed = hipex.run(ACCOUNT, e={"currentPassword": old, "newPassword": "new-password-1",
                                    "confirmNewPassword": "new-password-1"}, d=False)  # fmt: skip
    assert "errors" not in changed and hipex.data(ACCOUNT, d=False)  # this session stays
    assert Hipex(hipex.url, hipex.state, hipex.clock).login(password=old)["success"] is False
    assert Hipex(hipex.url, hipex.state, hipex.clock).login(password="new-password-1")["success"]
    assert hipex.data(ACCOUNT, d=True) == {"AccountSelf": None}
    assert "errors" in hipex.run(ACCOUNT, d=False)  # the session ended with the account
    assert (
        Hipex(hipex.url, hipex.state, hipex.clock).login(password="new-password-1")["success"]
        is False
    )


def login(hipex: Hipex) -> None:
    fresh = Hipex(hipex.url, hipex.state, hipex.clock)
    assert (
        fresh.login(password="wrong")["success"] is False and "Authorization" not in fresh.headers
    )
    assert fresh.login()["success"] is True and fresh.headers["Authorization"]
    assert fresh.data("{ Server { id } }")["Server"]


REGISTER = "mutation($e: String!, $n: String!, $p: String!) { RegisterUser(email: $e, name: $n, password: $p) { email display_name } }"  # noqa: E501
VERIFY = "mutation($e: String!, $t: String!) { VerifyRegisteredUser(email: $e, verificationToken: $t) { success } }"  # noqa: E501


def register_user(hipex: Hipex) -> None:
    anonymous = Hipex(hipex.url, hipex.state, hipex.clock)
    answer = anonymous.data(REGISTER, e="new@hipex.test", n="New", p="long-password")
    assert answer["RegisterUser"] == {"email": "new@hipex.test", "display_name": "New"}
    assert anonymous.login("new@hipex.test", "long-password")["success"] is False  # not verified
    assert "errors" in anonymous.run(REGISTER, e="new@hipex.test", n="New", p="long-password")
    assert "errors" in anonymous.run(REGISTER, e="not-an-email", n="New", p="long-password")


def verify_registered_user(hipex: Hipex) -> None:
    anonymous = Hipex(hipex.url, hipex.state, hipex.clock)
    anonymous.data(REGISTER, e="v@hipex.test", n="V", p="long-password")
    token = hipex.state.outbox[-1]["token"]
    assert (
        anonymous.data(VERIFY, e="v@hipex.test", t="wrong")["VerifyRegisteredUser"]["success"]
        is False
    )
    assert (
        anonymous.data(VERIFY, e="v@hipex.test", t=token)["VerifyRegisteredUser"]["success"] is True
    )
    assert (
        anonymous.data(VERIFY, e="v@hipex.test", t=token)["VerifyRegisteredUser"]["success"]
        is False
    )
    assert anonymous.login("v@hipex.test", "long-password")["success"] is True


FORGOT = "mutation($e: String!) { ForgotPassword(email: $e) { email } }"
RESET = "mutation($e: String!, $t: String!, $p: String!, $c: String!) { VerifyForgotPassword(email: $e, verificationToken: $t, newPassword: $p, confirmNewPassword: $c) { success message } }"  # noqa: E501


def forgot_password(hipex: Hipex) -> None:
    anonymous = Peer(hipex.url)
    sent = len(hipex.state.outbox)
    assert anonymous.data(FORGOT, e="nobody@hipex.test") == {
        "ForgotPassword": {"email": "nobody@hipex.test"}
    }
    assert len(hipex.state.outbox) == sent  # the same answer, no mail
    anonymous.data(FORGOT, e=hipex.state.username)
    assert hipex.state.outbox[-1]["to"] == hipex.state.username


def verify_forgot_password(hipex: Hipex) -> None:
    anonymous = Hipex(hipex.url, hipex.state, hipex.clock)
    email = hipex.state.username
    anonymous.data(FORGOT, e=email)
    token = hipex.state.outbox[-1]["token"]
    bogus = anonymous.data(RESET, e=email, t="bogus", p="new-password-2", c="new-password-2")
    assert bogus["VerifyForgotPassword"]["success"] is False
    mismatch = anonymous.data(RESET, e=email, t=token, p="new-password-2", c="other-password")
    assert mismatch["VerifyForgotPassword"]["success"] is False
    done = anonymous.data(RESET, e=email, t=token, p="new-password-2", c="new-password-2")
    assert done["VerifyForgotPassword"]["success"] is True
    again = anonymous.data(RESET, e=email, t=token, p="new-password-3", c="new-password-3")
    assert again["VerifyForgotPassword"]["success"] is False  # a token works once
    assert (
        "errors" in hipex.run("{ Server { id } }")
        or hipex.data("{ Server { id } }")["Server"] == []
    )
    assert anonymous.login(email, "new-password-2")["success"] is True


MUTATION_TESTS: dict[str, Callable[[Hipex], None]] = {
    **{name: lambda hipex: None for name in ENTITY_CASES},  # test_entity_mutation_... above
    "AccountSelf": account_self,
    "ChecklistStart": checklist_start,
    "ForgotPassword": forgot_password,
    "IntegrationTestStart": integration_test_start,
    "LetsEncryptRequest": lets_encrypt_request,
    "Login": login,
    "PerformanceScanStart": performance_scan_start,
    "RegisterUser": register_user,
    "VerifyForgotPassword": verify_forgot_password,
    "VerifyRegisteredUser": verify_registered_user,
}


def test_every_root_mutation_has_a_behaviour_test() -> None:
    assert sorted(MUTATION_TESTS) == MUTATIONS


@pytest.mark.parametrize("root", MUTATIONS)
def test_root_mutation_behaviour(root: str, hipex: Hipex) -> None:
    MUTATION_TESTS[root](hipex)


def test_seed_option_changes_the_varying_details() -> None:
    def versions(seed: int) -> list[str]:
        return [d["mainPhp"] for d in HipexSandbox.seeded(seed=seed).domains.values()]

    assert versions(1) == versions(1) != versions(2)
