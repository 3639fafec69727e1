"""Typed views of AXRO's wire values: integer cents and dates in three formats.

The generated models keep the wire types (int, str); these helpers give `Decimal`, `date` and
`datetime` without changing them.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

__all__ = ["cents_to_decimal", "parse_date", "parse_datetime"]

_CENT = Decimal("0.01")


def cents_to_decimal(cents: int | None) -> Decimal | None:
    """247326 -> Decimal('2473.26')."""
    return None if cents is None else (Decimal(cents) * _CENT).quantize(_CENT)


def parse_date(value: str | None) -> date | None:
    """'2025-08-19' or '20.08.2025' -> date(2025, 8, 19/20); '' or None -> None."""
    if not value:
        return None
    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"not an AXRO date: {value!r}")


def parse_datetime(value: str | None) -> datetime | None:
    """'2025-09-29 20:46:01+00:00' -> an aware datetime; a bare date gives midnight."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        day = parse_date(value)
        assert day is not None
        return datetime(day.year, day.month, day.day)
