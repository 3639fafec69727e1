from typing import Optional

from .base_model import BaseModel
from .fragments import DiscountFields


class CreateDiscount(BaseModel):
    create_discount: Optional["CreateDiscountCreateDiscount"]


CreateDiscountCreateDiscount = DiscountFields
