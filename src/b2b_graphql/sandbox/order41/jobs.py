"""Background jobs: what `generate*`, `import*`, `export*`, `copyDrop` and friends return.

A job is created `queued`; its effect (a copy, an import, a file) is computed when it is
created, and its `result` (a file URL, or a JSON summary) is published when it finishes.

# DECISION: a job advances one step per `getBackgroundJob` lookup (queued -> running ->
# finished), not with time: a client polling for completion sees the same sequence on every
# run, with no sleeps in tests. The first lookup shows it running, the second finished
# (`completedAt` and `result` set); `finish_jobs()` finishes them all at once.
"""

from __future__ import annotations

import json
from typing import Any

from ._wiring import Call, Resolvers
from .filters import Record, fail
from .state import Order41Sandbox

__all__ = ["FILES", "export_file", "finish_jobs", "job_for", "resolvers", "start_job"]

resolvers = Resolvers()
FILES = "https://files.order41.test"
STEPS = ("queued", "running", "finished")


def start_job(
    state: Order41Sandbox,
    type_: str,
    result: str | dict[str, Any],
    *,
    owner: str | None = None,
    **ids: Any,
) -> Record:
    """A queued job of `type_` (the mutation's name) that will publish `result`, started by
    account `owner` (None: by a caller not signed in)."""
    if not isinstance(result, str):
        result = json.dumps(result, separators=(",", ":"), sort_keys=True)
    job = state.insert(
        "jobs",
        "BackgroundJob",
        {key: None if value is None else str(value) for key, value in ids.items()},
        type=type_,
        status="queued",
        pending_result=result,
        ownerId=owner,
    )
    return job


def job_for(call: Call, type_: str, result: str | dict[str, Any], **ids: Any) -> Record:
    """`start_job` for the caller (its account owns the job)."""
    principal = call.principal
    return start_job(call.state, type_, result, owner=principal["id"] if principal else None, **ids)


def advance(state: Order41Sandbox, job: Record) -> Record:
    if job["status"] != "finished":
        job["status"] = STEPS[STEPS.index(job["status"]) + 1]
        state.touch(job)
        if job["status"] == "finished":
            job.update(result=job["pending_result"], completedAt=job["updatedAt"])
    return job


def finish_jobs(state: Order41Sandbox) -> None:
    """Finish every job now (tests that only want the result)."""
    for job in state.table("jobs").values():
        while job["status"] != "finished":
            advance(state, job)


def export_file(
    state: Order41Sandbox, kind: str, name: str, extension: str, rows: list[Record]
) -> str:
    """Register a generated file (its rows kept, so an import of this URL reads them)."""
    file_id = state.new_id("file")
    url = f"{FILES}/{kind}/{file_id}/{name}.{extension}"
    state.table("files")[url] = {"id": file_id, "url": url, "kind": kind, "rows": rows}
    return url


def extension(type_: str | None) -> str:
    return "csv" if type_ == "CSV" else "xlsx"


def read_file(state: Order41Sandbox, url: str, kind: str) -> list[Record] | None:
    """The rows of a file this sandbox produced (None: a URL it cannot read)."""
    entry = state.table("files").get(url)
    if entry is None or entry["kind"] not in (kind, "upload"):
        return None
    return list(entry["rows"])


@resolvers.query("getBackgroundJob")
def get_background_job(call: Call, *, id: str) -> Record:
    # DECISION: a job is its starter's (its result may be a private file): another account's
    # is NOT_FOUND, as `common.owned`; one started by no signed-in caller (a password reset
    # email) is anyone's.
    job = call.state.get("jobs", id, what="background job")
    principal = call.principal
    if job["ownerId"] is not None and (not principal or job["ownerId"] != principal["id"]):
        raise fail(f"background job {job['id']} not found", "NOT_FOUND")
    return advance(call.state, job)


@resolvers.mutation("generatePresignedPut")
def generate_presigned_put(call: Call, *, fileName: str | None = None) -> Record:
    if not fileName:
        raise fail("generatePresignedPut: fileName is required")
    # DECISION: the URL names the file sent; an upload is not possible over GraphQL, so the
    # slot stays empty and importing it imports nothing.
    url = export_file(
        call.state, "upload", fileName.rsplit(".", 1)[0], fileName.rsplit(".")[-1], []
    )
    return {"url": url}


@resolvers.mutation("refreshSearch")
def refresh_search(call: Call, *, type: str) -> Record:
    # The caller's own records are (re)indexed: the search answers its own lists.
    table = call.state.contacts if type == "CONTACTS" else call.state.products
    principal = call.principal
    mine = [r for r in table.values() if principal and r["ownerId"] == principal["id"]]
    return job_for(call, "refreshSearch", {"type": type, "indexed": len(mine)})
