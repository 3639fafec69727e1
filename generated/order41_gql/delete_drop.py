from typing import Optional

from .base_model import BaseModel
from .fragments import DropFields


class DeleteDrop(BaseModel):
    delete_drop: Optional["DeleteDropDeleteDrop"]


DeleteDropDeleteDrop = DropFields
