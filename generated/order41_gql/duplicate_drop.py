from typing import Optional

from .base_model import BaseModel
from .fragments import DropFields


class DuplicateDrop(BaseModel):
    duplicate_drop: Optional["DuplicateDropDuplicateDrop"]


DuplicateDropDuplicateDrop = DropFields
