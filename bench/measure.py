"""Timing: interleaved rounds, client-process CPU time next to wall time, medians."""

from __future__ import annotations

import asyncio
import gc
import statistics
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

Call = Callable[[], Awaitable[Any]]


@dataclass
class Samples:
    """Per-call seconds of one contender, one value per round."""

    name: str
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)

    @property
    def wall_median(self) -> float:
        return statistics.median(self.wall)

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu)

    def cpu_ratio(self, base: Samples) -> float:
        return paired_ratio(self.cpu, base.cpu)

    def wall_ratio(self, base: Samples) -> float:
        return paired_ratio(self.wall, base.wall)


def paired_ratio(values: Sequence[float], base: Sequence[float]) -> float:
    """Median over rounds of this round's value / the baseline's in the same round (pairing
    rounds cancels the drift of a shared machine's load)."""
    return statistics.median(v / b for v, b in zip(values, base, strict=True))


def rotated(items: Sequence[Any], shift: int) -> list[Any]:
    """`items` starting at `shift`: each round puts a different contender first."""
    shift %= len(items)
    return [*items[shift:], *items[:shift]]


async def timed(run: Callable[[], Awaitable[None]], count: int) -> tuple[float, float]:
    """(wall, CPU) seconds per item of `run()`, which does `count` items."""
    gc.collect()
    wall0, cpu0 = time.perf_counter(), time.process_time()
    await run()
    return (time.perf_counter() - wall0) / count, (time.process_time() - cpu0) / count


async def sequential(call: Call, count: int) -> None:
    for _ in range(count):
        await call()


async def concurrent(call: Call, count: int, concurrency: int) -> None:
    """`count` calls, `concurrency` in flight at any time."""
    left = count

    async def worker() -> None:
        nonlocal left
        while left > 0:
            left -= 1
            await call()

    await asyncio.gather(*(worker() for _ in range(concurrency)))


async def interleave(
    calls: dict[str, Call],
    *,
    count: int,
    rounds: int,
    warmup: int,
    concurrency: int = 1,
) -> dict[str, Samples]:
    """Run every contender `rounds` times, round-robin (a rotated order each round)."""
    samples = {name: Samples(name) for name in calls}
    for call in calls.values():
        await sequential(call, warmup)
    names = list(calls)
    for round_ in range(rounds):
        for name in rotated(names, round_):
            call = calls[name]
            if concurrency == 1:
                wall, cpu = await timed(lambda c=call: sequential(c, count), count)
            else:
                wall, cpu = await timed(lambda c=call: concurrent(c, count, concurrency), count)
            samples[name].wall.append(wall)
            samples[name].cpu.append(cpu)
    return samples


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def fmt_time(seconds: float) -> str:
    """µs below 1 ms, ms below 10 s, else s."""
    if seconds < 1e-3:
        return f"{seconds * 1e6:.0f} µs"
    if seconds < 10:
        return f"{seconds * 1e3:.1f} ms" if seconds < 0.1 else f"{seconds * 1e3:.0f} ms"
    return f"{seconds:.1f} s"


def fmt_ratio(value: float, base: float = 1.0) -> str:
    return f"{value / base:.2f}x" if base > 0 else "-"
