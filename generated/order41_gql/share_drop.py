from typing import Optional

from .base_model import BaseModel
from .fragments import DropFields


class ShareDrop(BaseModel):
    share_drop: Optional["ShareDropShareDrop"]


ShareDropShareDrop = DropFields
