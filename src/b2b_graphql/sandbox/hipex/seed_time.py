"""The fixed point seeded timestamps count from (so the same seed gives the same data)."""

from __future__ import annotations

from datetime import UTC, datetime

EPOCH = datetime(2024, 1, 1, tzinfo=UTC)
