from typing import Optional

from .base_model import BaseModel


class InvalidateToken(BaseModel):
    invalidate_token: Optional[str]
