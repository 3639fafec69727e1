from typing import Optional

from .base_model import BaseModel
from .fragments import PricelistFields


class CreatePricelist(BaseModel):
    create_pricelist: Optional["CreatePricelistCreatePricelist"]


CreatePricelistCreatePricelist = PricelistFields
