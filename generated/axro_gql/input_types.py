from typing import Optional

from pydantic import ConfigDict, Field

from .base_model import BaseModel


class ShippingAddressInput(BaseModel):
    """A new shipping address. Rules: company, department, street, city at most 35 characters;
    phone "+" and 5-20 digits; country ISO 3166-1 alpha-2."""

    model_config = ConfigDict(extra="forbid")
    company: str
    department: str
    firstname: Optional[str] = None
    lastname: Optional[str] = None
    street: str
    zip_: str = Field(alias="zip")
    city: str
    country: str
    phone: Optional[str] = None
    email: Optional[str] = None


class ShippingAddressUpdateInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    phone: Optional[str] = None
    email: Optional[str] = None


class OrderInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    shipping_address_id: str
    cart: list["CartItemInput"]
    custom_reference: Optional[str] = None
    additional_information: Optional[str] = None


class CartItemInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    product_number: str
    quantity: int
