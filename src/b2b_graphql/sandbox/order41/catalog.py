"""The platform's reference lists: industries, their brands, currency codes."""

from __future__ import annotations

from typing import Any

from ._wiring import Call, Resolvers
from .filters import Record, listing, matches, select

__all__ = ["CURRENCY_CODES", "resolvers"]

resolvers = Resolvers()
CURRENCY_CODES = (
    "AUD",
    "CAD",
    "CHF",
    "CNY",
    "DKK",
    "EUR",
    "GBP",
    "JPY",
    "NOK",
    "PLN",
    "SEK",
    "USD",
)


def brands(call: Call, f: Any) -> list[Record]:
    """IndustryBrandFilter: a brand by id, or the brands of an industry."""
    f = f or {}
    industry = f.get("industryId")
    return [
        b
        for b in call.state.table("brands").values()
        if matches(b["id"], f.get("brandId"))
        and (not industry or any(matches(i, industry) for i in b["industryIds"]))
    ]


@resolvers.query("listBrands")
def list_brands(
    call: Call, filter: Any = None, first: Any = None, offset: Any = None, orderBy: Any = None
) -> list[Record]:
    return listing(brands(call, filter), first, offset, orderBy)


@resolvers.query("_listBrandsMeta")
def list_brands_meta(call: Call, filter: Any = None) -> Record:
    return {"count": len(brands(call, filter))}


@resolvers.query("listIndustries")
def list_industries(
    call: Call, filter: Any = None, first: Any = None, offset: Any = None, orderBy: Any = None
) -> list[Record]:
    found = select(call.state.table("industries").values(), filter)
    return listing(found, first, offset, orderBy)


@resolvers.query("_listIndustriesMeta")
def list_industries_meta(call: Call, filter: Any = None) -> Record:
    return {"count": len(select(call.state.table("industries").values(), filter))}


@resolvers.query("listSystemCurrencyCodes")
def list_system_currency_codes(call: Call) -> list[str]:
    return list(CURRENCY_CODES)


@resolvers.field("Industry", "listBrands")
def industry_brands(
    call: Call, parent: Record, first: Any = None, offset: Any = None, orderBy: Any = None
) -> list[Record]:
    return listing(brands(call, {"industryId": {"eq": parent["id"]}}), first, offset, orderBy)
