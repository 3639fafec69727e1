from typing import Optional

from .base_model import BaseModel


class DiscoverDropsMeta(BaseModel):
    discover_drops_meta: Optional["DiscoverDropsMetaDiscoverDropsMeta"]


class DiscoverDropsMetaDiscoverDropsMeta(BaseModel):
    count: Optional[int]
