"""How much work each section does: the full run, or `--quick` (a smoke run)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Settings:
    quick: bool = False
    # per-call: calls per round, rounds, warm-up calls
    small_calls: int = 300
    small_rounds: int = 15
    large_calls: int = 10
    large_rounds: int = 21
    axro_items: int = 1000
    order41_products: int = 500
    order41_calls: int = 3
    order41_rounds: int = 9
    parse_rounds: int = 15
    # throughput
    throughput_queries: int = 2000
    throughput_rounds: int = 11
    concurrencies: tuple[int, ...] = (1, 10, 100)
    # imports: fresh interpreters per script
    import_runs: int = 21
    order41_parse_products: int = 20
    # generation: runs of each command, and which APIs (None: all)
    generation_runs: int = 2
    generation_apis: tuple[str, ...] | None = None
    # streaming
    stream_items: int = 100_000
    stream_page: int = 1000
    # pagination: pages per walk and page sizes per API, rounds per latency (ms)
    walk_axro_pages: int = 100
    walk_axro_page: int = 1000
    walk_order41_pages: int = 50
    walk_order41_page: int = 100
    walk_hipex_pages: int = 50
    # A domain as `queries/hipex` selects it is 19 models, so 200 of them (~3,800 objects) weigh
    # what AXRO's 1,000 products (~4,200) and Order41's 100 with variants (~4,000) do; the
    # heavier page is walked too, at the top latency only (section 6 says what it gives).
    walk_hipex_page: int = 200
    walk_hipex_heavy_page: int = 500
    walk_rounds: dict[float, int] = field(default_factory=lambda: {0: 7, 20: 1, 100: 1})


FULL = Settings()

QUICK = Settings(
    quick=True,
    small_calls=5,
    small_rounds=2,
    large_calls=1,
    large_rounds=1,
    axro_items=50,
    order41_products=10,
    order41_calls=1,
    order41_rounds=1,
    parse_rounds=2,
    throughput_queries=20,
    throughput_rounds=1,
    concurrencies=(1, 10),
    import_runs=1,
    order41_parse_products=2,
    generation_runs=1,
    generation_apis=("axro",),
    stream_items=200,
    stream_page=50,
    walk_axro_pages=4,
    walk_axro_page=20,
    walk_order41_pages=4,
    walk_order41_page=4,
    walk_hipex_pages=4,
    walk_hipex_page=10,
    walk_hipex_heavy_page=20,
    walk_rounds={0: 1, 20: 1},
)
