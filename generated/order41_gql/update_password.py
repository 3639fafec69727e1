from typing import Optional

from .base_model import BaseModel


class UpdatePassword(BaseModel):
    update_password: Optional[str]
