from typing import Optional

from .base_model import BaseModel


class SignupConfirm(BaseModel):
    signup_confirm: Optional["SignupConfirmSignupConfirm"]


class SignupConfirmSignupConfirm(BaseModel):
    id: Optional[str]
    user: Optional["SignupConfirmSignupConfirmUser"]


class SignupConfirmSignupConfirmUser(BaseModel):
    id: Optional[str]
    name: Optional[str]
    urlkey: Optional[str]
