from typing import Optional

from .base_model import BaseModel
from .fragments import DropFields


class ExploreDrops(BaseModel):
    explore_drops: Optional[list[Optional["ExploreDropsExploreDrops"]]]


ExploreDropsExploreDrops = DropFields
