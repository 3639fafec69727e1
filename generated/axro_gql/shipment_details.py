from typing import Optional

from .base_model import BaseModel


class ShipmentDetails(BaseModel):
    shipment_details: Optional["ShipmentDetailsShipmentDetails"]


class ShipmentDetailsShipmentDetails(BaseModel):
    shipment_number: Optional[str]
    error: Optional[str]
    shipment: Optional["ShipmentDetailsShipmentDetailsShipment"]


class ShipmentDetailsShipmentDetailsShipment(BaseModel):
    order_numbers: Optional[list[Optional[str]]]
    invoice_number: Optional[str]
    shipment_number: Optional[str]
    shipping_date: Optional[str]
    items: Optional[list[Optional["ShipmentDetailsShipmentDetailsShipmentItems"]]]


class ShipmentDetailsShipmentDetailsShipmentItems(BaseModel):
    product_number: Optional[str]
    order_number: Optional[str]
    oem_number: Optional[str]
    commission: Optional[str]
    quantity: Optional[int]
    total: Optional[int]
