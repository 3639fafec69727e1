from typing import Optional

from .base_model import BaseModel


class LoginAs(BaseModel):
    login_as: Optional[str]
