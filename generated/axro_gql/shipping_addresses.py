from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class ShippingAddresses(BaseModel):
    shipping_addresses: Optional[list[Optional["ShippingAddressesShippingAddresses"]]]


class ShippingAddressesShippingAddresses(BaseModel):
    id: Optional[str]
    company: Optional[str]
    department: Optional[str]
    firstname: Optional[str]
    lastname: Optional[str]
    street: Optional[str]
    zip_: Optional[str] = Field(alias="zip")
    city: Optional[str]
    country: Optional[str]
    phone: Optional[str]
    email: Optional[str]
    status: Optional[str]
    info: Optional[str]
