from typing import Any, Optional

from .base_model import BaseModel


class OrderCreate(BaseModel):
    order_create: Optional[Any]
