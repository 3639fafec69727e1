from typing import Optional

from .base_model import BaseModel
from .enums import AccountType


class Signup(BaseModel):
    signup: Optional["SignupSignup"]


class SignupSignup(BaseModel):
    account_type: Optional[AccountType]
    id: Optional[str]
    urlkey: Optional[str]
