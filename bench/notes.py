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
output is dicts of scalars, which CPython untracks. Fix, in `b2b_graphql/_parsing.py`
(`validate_json`): bodies of 16 kB or more are validated with the collector paused (restored
in `finally`, left alone if it was already off). Effect: AXRO 1,000 items 2.65x → ~1.5-1.7x
raw, Order41 500 products 1.98x → ~1.25-1.45x raw; the `b2b_graphql, GC not paused` row
re-measures the old behaviour in every run. Full collections were most of it (~0.15 per call at
~40 ms each: the all-alive result got promoted and pushed the heap over the full-collection
trigger); young and middle collections were ~2 ms per call.

**...which first cost memory: httpx responses are reference cycles (fixed).** With collections
that rare, the streaming peak rose from 2.55 to 3.5 pages: an `httpx.Response` and its
`BoundAsyncStream` point at each other, so each body (300 kB here) stayed alive until the next
collection, about ten calls later (`gc.get_referrers` on the surviving responses showed the
pair). A read and closed response never uses its stream again, so `validate_json` swaps in a
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

**What is left on large responses is pydantic's model instances.** With the GC paused, no
collection runs during our calls at all (counted with `gc.callbacks`), and validating the page
into models costs ~1.7-2x `json.loads` of the same bytes. Validation itself is not the cost: the
same bytes validated against the same shape (aliases, optional fields, nested lists) into
TypedDicts take ~0.95x `json.loads`, and pydantic's parser alone ~0.7-0.8x (live rows in the
parse table). The rest is creating, and later freeing, one model instance per JSON object (an
object, its `__dict__` and its fields set, where `json.loads` makes one dict): 4,202 on this
page, ~0.8 µs each to build and ~0.3 µs to free. The envelope (`{data, errors}` parsed in one
pass) costs nothing measurable over validating `data` alone. Reaching 1.5x raw per call needs
the parse at ~1.5x `json.loads`; the generated pydantic models are the product, and nothing that
keeps them (configuration, `strict`, `cache_strings`) changes the per-instance cost. Across runs
the AXRO page lands at 1.40-1.64x and the Order41 page (more bytes per model instance) at
1.27-1.48x.

**Typed parse vs dicts (issue 17): profiled per object, configuration tried again, the gap is
the instances.** The per-object table in section 1 splits the large pages' parse into steps on
the same bytes, GC paused: pydantic's JSON parser alone, then the schema walk into TypedDicts
with `Any` leaves (aliases, optional fields, lists), then the real scalar validators, then model
instances, then the envelope. Measured while writing it (AXRO page, 4,203 objects, quiet
moment): `json.loads` 4.4 ms + 1.4 ms to free, TypedDicts of the same shape 4.7 + 1.2 ms, the
generated models 10.7 + 2.7 ms: the instances are ~1.4 µs each to build and ~0.35 µs to free,
the scalar validators and the walk a fraction of that, the envelope nothing measurable (AXRO).
Tried on the generated base model's config, every model rebuilt, 21 paired rounds: `strict`
1.03x, `cache_strings=False` 0.99x, `validate_assignment=False` 0.97x, `populate_by_name=False`
1.04x, `revalidate_instances="never"` 1.02x, i.e. all within this machine's noise (and `strict`
would refuse coercions lax mode accepts, such as a number sent as a string). There are no
validators, `model_post_init` or private attributes on the generated models to remove, and the
instances are the public shape (one per GraphQL object: AXRO's `title`, `category` and `price`
rows are objects in the schema). So the remaining gap to gql's dicts is pydantic-core creating
an object, its `__dict__` and its fields set per JSON object, which no extension point of
ariadne-codegen or pydantic v2 removes while the results stay pydantic models; the target row
reports the live ratio with the per-instance cost next to it.

**Small responses: the overhead is spread thin, and it is behaviour.** A/B variants (raw httpx
plus one of our features at a time, 21 interleaved rounds) and a per-function call-count diff
against raw httpx first put it at ~136 more Python calls per request: the `httpx.Auth` flow, the
`Accept` header and `get_model` ~3%; the per-attempt deadline (`asyncio.timeout`,
`timeout_within`) plus the httpcore `trace` extension ~5-6%; bookkeeping and the generated
method ~2-3%. With `sniffio` installed (next note) the baseline got ~30% cheaper and that
overhead became ~1.10x. What was then removed, each kept only where it is behaviour: the `trace`
extension runs for mutations only (it decides `OutcomeUnknownError`; for queries it only told
`ConnectError` from `TransportError` in proxy-tunnel corners), ~2%; `Content-Type` and `Accept`
are default headers of the client we build instead of per-request headers that httpx merges over
its defaults (a `Headers` copy, lookup and delete per call, ~7 µs); the phase timeouts are
copied only when the deadline is nearer than one of them (~5 µs); the JSON content-type check
before the fast parse is gone (any 2xx body is tried; `get_data` already explains a non-GraphQL
body). That left ~25 more Python calls than raw httpx per request and 1.02-1.07x across runs.
The last step came from the profile of httpx itself: `AsyncClient` parses a `str` URL again on
every request (`_merge_url`, ~30 µs, ~3% of a small call) and takes an `httpx.URL` as it is, so
the client parses its endpoint once, when it is set (a malformed one is now an
`InputValidationError` at construction). Since then: 0.97-1.00x in dedicated runs and 1.00,
0.99, 0.98, 1.10 and 1.07x in whole bench runs. The two high runs had gql at 1.24-1.25x against
its usual 1.13-1.19x: the baseline itself measured low in those runs. Raw httpx given a
pre-parsed URL would save the same; the baseline stays as hand-written code is usually written.
What remains is the deadline timer (`asyncio.timeout`, ~5 µs: a timer handle per attempt, the
client's contract), the auth header and the envelope parse.

**Environment: `sniffio` was missing, and every httpx call paid for it (now a dependency).**
httpcore 1.0.9 runs `import sniffio` in `current_async_library()` four times per request;
anyio 4.x no longer depends on sniffio, so each of those imports failed after scanning
`sys.path`: ~30% of a small call's CPU for every client here, the baseline included (raw httpx
1.35-1.44 ms → 0.96-1.03 ms per small call with `sniffio` importable). It is now in
`pyproject.toml`'s dependencies; the Machine section says whether it is installed.

**Streaming: one page at a time, then one page ahead.** `_pagination` used to keep the
previous page's list bound while fetching the next, so two pages of models coexisted for a
moment (peak 1.90x one page); it then dropped it first, and the peak was about one page. Walks
now fetch ahead (`Pages`, default `concurrency=2`): while a page is read the next one is already
requested and parsed, so section 5 (the default) holds up to two pages by design; with
`concurrency=1` it is the old one-page walk (section 6 shows both, in pages).

**Pagination: why a class, why these plans.** An abandoned async generator is closed later, by
a task the event loop schedules after the `break`, and by then prefetch tasks created just
before it would already have sent their requests; `Pages` is a plain async iterator whose
finaliser cancels its tasks synchronously when the `async for` drops it (`aclose()` and
`async with` cancel and wait). Ahead-of-time requests are capped at `concurrency - 1` while a
page is read and `concurrency` while waiting, so memory is bounded by `concurrency` pages (at
most two of them parsed into models, the rest bytes; the counting tests check it with
live-object counts). AXRO waits for page 1's
`totalPages` before requesting ahead (one latency alone over a 100-page walk, ~1%); Order41
sends the count with page 1 and is then exact (no empty last page); Hipex speculates and
cancels up to `concurrency - 1` requests past a short page. At 0 ms the walk is CPU-bound on
parsing, which runs on the same event loop, so concurrency gains only the overlap of the
server's and the client's work; at 20 and 100 ms it gains the overlap of the waits.

**Pagination at 8 in flight: answers parsed in turn (fixed).** A timeline of an AXRO walk at
100 ms with `concurrency=8` (when each request left, its answer arrived, its parse ended, the
consumer got it) showed the walk running in bursts: the 8 answers came in within ~2 ms, the
loop then ran the 8 parses back to back, in whatever order the tasks woke (1, 2, 5, 8, 4, 3,
7, 6), and only then did the consumer (waiting on page 1 since its parse ended ~55 ms earlier)
run and refill the window, so every round trip cost one latency plus 8 parses: 2.3-2.6 s for a
walk whose floor is ~1.3 s, 4.9-5.0x sequential. Now each request waits for its turn after
the answer arrived and before it is parsed (`b2b_graphql/_page_turn.py`): the page after the one
handed to the consumer may be parsed, the others wait as bytes. The refill follows each page,
the walk became 1.7-1.9 s (6.2x), and the pages fetched ahead hold bytes, not models: peak
growth at 8 in flight went from ~7.3 pages of models to ~1.7. A re-login inside a request
does not wait for a turn (`execute` clears it for the calls it makes), so a renewal under
concurrent pages cannot stall behind a page that is not yet due.

**...and a large result skips the young collections (fixed).** With the collector paused during
the parse, the young collection right after it still walked the whole result once: `gc.callbacks`
timed it at 12-16 ms on a Hipex page of 500 domains (9,500 models), about as long as the parse
itself (~17 ms), and ~2.5 ms on AXRO's 1,000 products. It finds nothing (the result is a tree
that reference counting frees), so `validate_json` now collects the young generations first
(the caller's objects keep their normal treatment; this cost ~0.02-0.1 ms per page in a walk)
and then moves what the parse allocated to the oldest generation with `gc.freeze()` +
`gc.unfreeze()` (two list splices, no walk). A process that froze objects of its own keeps them
frozen: then only the pause applies. Effect: GC time over a 50-page Hipex walk 0.7-0.9 s →
~5 ms; the sequential walk 2.1-2.5 s → 1.1-1.6 s.

**Hipex page weight.** AXRO's page in the issue is 1,000 products (~4,200 models) and Order41's
100 products with variants (~4,000); a Hipex domain as `queries/hipex` selects it is 19 models,
so the Hipex listing uses pages of 200 (~3,800) to weigh the same, and the 500-domain page
(9,500 models) is walked as well: there the parse, ~22 ms of client CPU per page on this
machine, bounds a walk at 8 in flight below 6x whatever the concurrency (its line in section 6
says by how much, in the same run).

**Response size limit: free where the length is declared.** The limit used to read every body
through `aiter_bytes()`, counting; a run measured ours at 1.033x ours-without-limit on the
150-byte answer (within this machine's noise, over the 1.02x target). A body with a
`Content-Length` within the limit and no content encoding is now read with `aread()`, exactly
as without a limit: the connection reads only the declared bytes (the bad-server matrix has a
server that sends 10 MB after declaring 64), so such a body cannot pass the limit. Counting is
left for chunked and compressed bodies, whose size is known only while reading.

**Throughput at concurrency 100: httpx's pool, for both; the ratio needs pairing.** Both
clients drop to ~250-350 queries/s at ~3-4 ms CPU per query, against ~700-900/s at concurrency
1: under 100 in flight, httpcore's `_assign_requests_to_connections` (O(queued x connections)
per request) is about half of the client's CPU (cProfile), and with
`max_keepalive_connections=20` ~40% of queries open a new connection (829 of 2,000 counted with
the `trace` extension). A single round at concurrency 100 moves by ±20% for both clients alike
(how many connections the pool churns), so three rounds compared by their medians gave
anything from 0.81x to 1.09x; with each ratio taken within its round, seven rounds still gave
0.85-1.02x across runs, so the run now has eleven (the client is CPU-bound there: wall and CPU
per query agree within 1%). Our deadline timer is not the difference: ours with `deadline=None`
measured the same as ours with it (1.02x vs 1.02x raw, nine rounds), and at concurrency 1 and 10
ours is now ahead of raw httpx (the URL parsed once).
Tried and not kept: capping our own in-flight requests at the keep-alive size (an
`asyncio.Semaphore` of 20) cut CPU per query ~10% on loopback, but it would halve the
parallelism a high-latency API gets from `max_connections=100`; raising the keep-alive limit
to 100 did not measurably help. `DEFAULT_LIMITS` stays httpx's.

**Import time: what was ours is now deferred or split; the rest is pydantic's.** The first
harness run put ours at 2.07x the floor. Four changes, each a real saving for its case: creating
a client no longer builds the connection pool (`DeferredTransport`: httpx's own
`AsyncHTTPTransport`, built by the first request; its TLS context loads the CA bundle and
httpcore, h11 and anyio are imported then, ~95 ms here); `b2b_graphql._client` imports `asyncio`
in the coroutine that needs it (~20 ms); and ariadne-codegen's single `fragments.py` became one
module per fragment (`SplitFragmentsPlugin`), so `listProducts` defines 3 of Order41's 42
fragment classes (~30 ms → ~5 ms); the client module postpones its annotations
(`PostponedAnnotationsPlugin`): `typing` no longer builds Order41's 203 method signatures at
import (the module: ~7 ms → ~1.5 ms). A program that sends a request pays the pool, TLS and
asyncio at its first call, as before; one that builds clients or parses stored responses no
longer does. (An earlier note here declined the lazy `asyncio` import as flattering the
benchmark; with the pool deferred too, importing and using the models really is asyncio-free,
which the schema tooling and sync scripts benefit from, so it is kept.) Now 1.24-1.44x the floor
in total across runs (process wall), at or below the working floor. Those ratios were of
medians, and the floor script itself moves between ~230 and ~300 ms from run to run, so the
ratios are now taken within each run (scripts interleaved in a rotated order) and their median
reported. Even so, fifteen runs on one afternoon (whole bench runs and `--only imports` runs,
three of them before the client module's annotations were postponed) gave 1.18-1.51x, median
1.32x, six of them at or under 1.3x: the target sits inside this machine's run-to-run spread,
which moves on a scale of minutes (the same script's median shifts between runs of 21
interleaved samples) and was not narrowed by running each script once, unmeasured, right before
each measured run (to rule out its files having left the page cache, which this VM trims
aggressively). What is left is pydantic's, which the floor (`import httpx; from pydantic import
BaseModel`, lazy) leaves out and every pydantic client pays: `pydantic.fields` and the rest of
the model machinery (~20 ms), and pydantic's plugin discovery before the first validator is
built (~13-18 ms: `pydantic.plugin._loader` imports `importlib.metadata` and scans every
installed distribution's entry points; the phase table times it apart, and the validator build
after it is ~5 ms; an earlier note put it at ~35 ms from cProfile, which inflates it).
`PYDANTIC_DISABLE_PLUGINS` skips the scan but not the import, and turning plugins off is the
application's call, not a client library's. Interpreter teardown, which an earlier note counted
against ours, is now the floor's own (~30 ms for every script, measured as the process time
saved by an `os._exit(0)` at the end). What is ours above the floor is ~12 ms: our runtime
modules (~5-8 ms) and the Order41 package and client module (~4 ms); the rest of what the phase
table shows above the floor is pydantic's.

**Against ariadne-codegen's defaults: 2.8-3.2x faster in total, short of 4x, which this machine
cannot show.** The defaults' import + reach + parse is 3.3-4.6x the floor here (0.8-1.2 s; the
issue measured 1.1-1.8 s against a 0.22 s floor, 5-8x), so 4x faster in total would put ours
below the floor: below importing httpx and pydantic, which the script itself does. On what
each adds above the floor, ours is 10-20x cheaper: the defaults build every model eagerly
(~0.6-0.7 s here), which lazy imports and deferred builds keep out of ours.

**Hipex token ordering after a burst: adopt by carried token, then by arrival.** With the
sandbox rotating on every response (`rotate_every=1`), 30 bursts of 200 concurrent `Server`
queries each (`python -m tests.hipex.experiment_token_order 30 200`) ended with the client
holding the session's current token after 0-1 of 30 bursts under the previous rule (requests
numbered as they enter the auth flow; a response replaces the token only if its request was
numbered later): 29-30 of 30 ended on a replaced token that works only for the grace period.
Requests are numbered before they wait for a pooled connection, so that order is not the
order they reach the server, which rotates in the order it answers. Adopting the token of
whichever response arrives last, among requests that carried the same (newest) token, ended
on the current token in 30 of 30 bursts (two runs). Responses to requests that carried an
older token are still ignored, so a held-back answer to a request sent before a rotation
cannot put its token back; what stays undetectable is two requests sent with the same token
whose answers cross, which a dead-session check (an empty answer without a new token triggers
one `Server(limit: 1)` probe, then a re-login) repairs once the grace period is over.
"""


def add(report: Report) -> None:
    report.section("What was tried").extend(NOTES.splitlines())
