from typing import Optional

from .base_model import BaseModel
from .fragments import DropWithLinkFields


class DiscoverDrops(BaseModel):
    discover_drops: Optional[list[Optional["DiscoverDropsDiscoverDrops"]]]


DiscoverDropsDiscoverDrops = DropWithLinkFields
