from typing import Any, Optional

from .base_model import BaseModel


class ShippingCreate(BaseModel):
    shipping_create: Optional[Any]
