from typing import Optional

from .base_model import BaseModel
from .fragments import PricelistFields


class GetPricelist(BaseModel):
    get_pricelist: Optional["GetPricelistGetPricelist"]


GetPricelistGetPricelist = PricelistFields
