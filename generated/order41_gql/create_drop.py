from typing import Optional

from .base_model import BaseModel
from .fragments import DropFields


class CreateDrop(BaseModel):
    create_drop: Optional["CreateDropCreateDrop"]


CreateDropCreateDrop = DropFields
