from typing import Optional

from .base_model import BaseModel
from .fragments import DropFields


class ListSharedDrops(BaseModel):
    list_shared_drops: Optional[list[Optional["ListSharedDropsListSharedDrops"]]]


ListSharedDropsListSharedDrops = DropFields
