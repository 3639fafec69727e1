from typing import Optional

from pydantic import Field

from .base_model import BaseModel
from .enums import Locale


class MutateAccountSelf(BaseModel):
    account_self: Optional["MutateAccountSelfAccountSelf"] = Field(alias="AccountSelf")


class MutateAccountSelfAccountSelf(BaseModel):
    id: Optional[int]
    email: Optional[str]
    locale: Optional[Locale]
