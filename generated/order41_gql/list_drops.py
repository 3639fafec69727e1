from typing import Optional

from .base_model import BaseModel
from .fragments import DropFields


class ListDrops(BaseModel):
    list_drops: Optional[list[Optional["ListDropsListDrops"]]]


ListDropsListDrops = DropFields
