from typing import Optional

from .base_model import BaseModel
from .fragments import DropFields


class RecentDrops(BaseModel):
    recent_drops: Optional[list[Optional["RecentDropsRecentDrops"]]]


RecentDropsRecentDrops = DropFields
