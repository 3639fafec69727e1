from typing import Optional

from .base_model import BaseModel
from .fragments import DropFields


class UpdateDrop(BaseModel):
    update_drop: Optional["UpdateDropUpdateDrop"]


UpdateDropUpdateDrop = DropFields
