from typing import Optional

from .base_model import BaseModel


class LoginWithPassword(BaseModel):
    login: Optional[str]
