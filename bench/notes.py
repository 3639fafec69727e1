"""The "What was tried" section: profiling findings and experiments behind the targets.

Static text (the live figures are in the sections above it); figures quoted here were measured
on the machine described at the top while the harness was written, and are labelled so.
"""

from __future__ import annotations

from .report import Report

NOTES = """\
Measured while this harness was written (same machine kind; a shared 2-core VM, so expect
±5-10% run to run on CPU figures, more on wall times). The sections above are the live numbers.

**Large responses: the cyclic GC was ~40% of our CPU (fixed).** Counting collections with
`gc.callbacks` around 10 calls of the 1,000-product page showed, per call, ~17 young and ~1.5
middle-generation collections costing 8-12 ms of a ~20 ms call for our client (and for
ariadne-codegen's default client), against 0.25 ms for raw httpx. Every pydantic model instance
is GC-tracked and carries a tracked `model_fields_set`, so a page allocates tens of thousands of
tracked objects and the collector keeps re-walking the half-built, all-alive result; `json.loads`
output is dicts of scalars, which CPython untracks. Fix, in `b2b_graphql/_client.py`
(`_validate_json`): bodies of 16 kB or more are validated with the collector paused (restored
in `finally`, left alone if it was already off). Effect: AXRO 1,000 items 2.65x → ~1.5-1.7x
raw, Order41 500 products 1.98x → ~1.25-1.45x raw; the `b2b_graphql, GC not paused` row
re-measures the old behaviour in every run. Full collections were most of it (~0.15 per call at
~40 ms each: the all-alive result got promoted and pushed the heap over the full-collection
trigger); young and middle collections were ~2 ms per call.

**...which first cost memory: httpx responses are reference cycles (fixed).** With collections
that rare, the streaming peak rose from 2.55 to 3.5 pages: an `httpx.Response` and its
`BoundAsyncStream` point at each other, so each body (300 kB here) stayed alive until the next
collection, about ten calls later (`gc.get_referrers` on the surviving responses showed the
pair). A read and closed response never uses its stream again, so `_validate_json` swaps in a
plain `httpx.ByteStream` of the content (what `Response(content=...)` has) before parsing a
large body; the body is then freed with the response, and the streaming peak fell to ~1.9
pages, below the 2.55 before either change.

**Model configuration: no effect.** `validate_assignment`, `populate_by_name` and the alias
generator on the generated base model change nothing measurable in `model_validate_json`
(within ±3%, i.e. noise): they act at assignment and build time, not per parsed field. Left as
generated.

**`cache_strings`: tried, not adopted.** Caching only keys (`cache_strings="keys"` on the
envelope) left the AXRO page's parse unchanged (0.99x) and cut the synthetic Order41 page by
~14%, but retained models grew 19-23% (repeated values such as brands stop sharing one string).
The synthetic Order41 strings are unique by construction, the best case for `keys`; real pages
repeat values. Memory per page matters for streaming, so the default (`all`) stays; the parse
table above keeps a live row for it.

**What is left on large responses is pydantic itself.** With the GC paused, validating the page
into models costs ~1.7-1.9x `json.loads` of the same bytes (the parse table above): one
instance, `__dict__` and fields set per object instead of one dict. The envelope
(`{data, errors}` parsed in one pass) costs nothing measurable over validating `data` alone.
Reaching 1.5x raw per call would need the parse itself at ~1.55x `json.loads`; nothing short
of skipping validation (`model_construct`) or returning dicts gets there, and the models must
stay fully validated.

**Small responses: the overhead is spread thin, and it is behaviour.** A/B variants (raw httpx
plus one of our features at a time, 21 interleaved rounds) and a per-function call-count diff
against raw httpx (ours makes ~136 more Python calls per request, ~5% more) put it at roughly:
`httpx.Auth` flow for the Bearer token + the `Accept` header + `get_model` instead of
`json.loads` ~3%; the per-attempt deadline (`asyncio.timeout`, `timeout_within`) plus the
httpcore `trace` extension ~5-6%, of which the trace (10 events per request, each through
httpcore's `atrace`, `inspect.iscoroutine` and our `_Progress.trace`: ~50 of the 136 calls) is
~2%; `execute`/`_send` bookkeeping and the generated method ~2-3%. Before `sniffio` was
installed (next note) the same absolute cost was ~5-8% of a slower call and the small-response
and throughput targets were met (1.05x and 0.95-0.99x); with a ~30% cheaper baseline they are
now missed (~1.10x, ~0.90x at concurrency 100). The deadline and auth on every attempt are
the client's contract and stay. The `trace` extension now runs for mutations only (where it
decides `OutcomeUnknownError`); for queries it only changed `ConnectError` vs `TransportError`
in corner cases (a proxy tunnel whose `CONNECT` went out before the origin's TLS failed), so
tracing mutations only saves ~2% per query.

**Environment: `sniffio` was missing, and every httpx call paid for it (now a dependency).**
httpcore 1.0.9 runs `import sniffio` in `current_async_library()` four times per request;
anyio 4.x no longer depends on sniffio, so each of those imports failed after scanning
`sys.path`: ~30% of a small call's CPU for every client here, the baseline included (raw httpx
1.35-1.44 ms → 0.96-1.03 ms per small call with `sniffio` importable). It is now in
`pyproject.toml`'s dependencies; the Machine section says whether it is installed.

**Streaming: one page at a time.** `_pagination` used to keep the previous page's list bound
while fetching the next, so two pages of models coexisted for a moment (peak 1.90x one page);
it now drops it first (`del items`), and the measured peak is about one page.

**Throughput at concurrency 100: httpx's pool, for both.** Both clients drop to ~200-250
queries/s at ~4.3 ms CPU per query, against ~600-700/s at concurrency 1: httpcore's pool
bookkeeping grows with the queue of waiting requests, and with `max_keepalive_connections=20`
under 100 in flight ~40% of queries open a new connection (829 of 2,000 counted with the
`trace` extension). Raising the keep-alive limit to 100 did not measurably help on loopback, so
`DEFAULT_LIMITS` stays.

**Import time: what ours adds over the floor is mostly not ours.** The phase table shows it:
creating the `httpx.AsyncClient` (its TLS context loads the CA bundle, and httpcore is imported
then) is the largest piece, then pydantic's field machinery (any model class needs it) and
`asyncio`; ariadne-codegen's default client pays all three as well. Our own modules (runtime,
the 9,000-line Order41 client module, the operation's models, the first validator build) come
after. So the literal targets (≤ 1.3x the httpx + pydantic floor, ≥ 4x faster than the defaults
in total) are missed, while against the working floor (those shared pieces included) ours is
within ~1.1-1.3x and the defaults add 7-18x more than ours across runs (ours adds so little
above it that this ratio is noisy). `asyncio` could be imported lazily by
`_client.py`, but any async program has it loaded already, so that would only flatter this
benchmark; not done. Lazy imports and deferred model builds (the codegen config) are what keep
the defaults' eager build of every model (~0.6-0.7 s here) out of ours.
"""


def add(report: Report) -> None:
    report.section("What was tried").extend(NOTES.splitlines())
