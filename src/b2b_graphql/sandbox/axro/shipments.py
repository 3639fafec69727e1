"""Shipments: `shipmentList`, `shipmentDetails` and `trackingHistory`."""

from __future__ import annotations

from .._core import Call, Resolvers
from .paging import PageError, list_error, page_of
from .state import AxroSandbox, Record

__all__ = ["FOREIGN_SHIPMENT", "resolvers"]

resolvers = Resolvers()
FOREIGN_SHIPMENT = "shipmentNumber does not belong to customerNumber"
SHIPMENTS_PER_PAGE = 10


@resolvers.query("shipmentList")
def shipment_list(
    call: Call[AxroSandbox], *, page: int | None = None, orderNumber: str | None = None
) -> Record:
    try:
        items, total_pages = page_of(
            call.state.shipment_list(orderNumber), page, None, SHIPMENTS_PER_PAGE
        )
    except PageError as error:
        return list_error("shipments", error)
    return {"shipments": items, "totalPages": total_pages, "error": None}


@resolvers.query("shipmentDetails")
def shipment_details(call: Call[AxroSandbox], *, shipmentNumber: str) -> Record:
    shipment = call.state.shipments.get(shipmentNumber)
    return {
        "shipmentNumber": shipmentNumber,
        "shipment": shipment["details"] if shipment else None,
        "error": None if shipment else FOREIGN_SHIPMENT,
    }


@resolvers.query("trackingHistory")
def tracking_history(call: Call[AxroSandbox], *, shipmentNumber: str) -> Record:
    """An unknown shipment answers `history: {}` with the error, as the document shows."""
    shipment = call.state.shipments.get(shipmentNumber)
    return {
        "shipmentNumber": shipmentNumber,
        "history": shipment["history"] if shipment else {},
        "error": None if shipment else FOREIGN_SHIPMENT,
    }
