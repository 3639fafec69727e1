from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class VerifyRegisteredUser(BaseModel):
    verify_registered_user: Optional["VerifyRegisteredUserVerifyRegisteredUser"] = (
        Field(alias="VerifyRegisteredUser")
    )


class VerifyRegisteredUserVerifyRegisteredUser(BaseModel):
    success: Optional[bool]
    message: Optional[str]
