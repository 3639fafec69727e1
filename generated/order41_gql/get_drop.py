from typing import Optional

from .base_model import BaseModel
from .fragments import DropFields


class GetDrop(BaseModel):
    get_drop: Optional["GetDropGetDrop"]


GetDropGetDrop = DropFields
