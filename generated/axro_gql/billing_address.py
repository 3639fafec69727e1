from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class BillingAddress(BaseModel):
    billing_address: Optional["BillingAddressBillingAddress"]


class BillingAddressBillingAddress(BaseModel):
    company: Optional[str]
    department: Optional[str]
    street: Optional[str]
    zip_: Optional[str] = Field(alias="zip")
    city: Optional[str]
    country: Optional[str]
