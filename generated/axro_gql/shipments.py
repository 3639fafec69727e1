from typing import Optional

from .base_model import BaseModel


class Shipments(BaseModel):
    shipment_list: Optional["ShipmentsShipmentList"]


class ShipmentsShipmentList(BaseModel):
    total_pages: Optional[int]
    error: Optional[str]
    shipments: Optional[list[Optional["ShipmentsShipmentListShipments"]]]


class ShipmentsShipmentListShipments(BaseModel):
    shipment_number: Optional[str]
    company: Optional[str]
    commission: Optional[str]
    status: Optional[str]
    date: Optional[str]
    shipping_date: Optional[str]
    tracking_url: Optional[str]
    tracking_code: Optional[str]
    carrier: Optional[str]
