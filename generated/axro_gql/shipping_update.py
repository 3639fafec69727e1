from typing import Any, Optional

from .base_model import BaseModel


class ShippingUpdate(BaseModel):
    shipping_update: Optional[Any]
