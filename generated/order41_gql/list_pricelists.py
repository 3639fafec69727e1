from typing import Optional

from .base_model import BaseModel
from .fragments import PricelistFields


class ListPricelists(BaseModel):
    list_pricelists: Optional[list[Optional["ListPricelistsListPricelists"]]]


ListPricelistsListPricelists = PricelistFields
