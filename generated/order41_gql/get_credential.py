from typing import Optional

from .base_model import BaseModel
from .enums import AccountType


class GetCredential(BaseModel):
    get_credential: Optional["GetCredentialGetCredential"]


class GetCredentialGetCredential(BaseModel):
    account_type: Optional[AccountType]
    email: Optional[str]
    is_admin: Optional[bool]
    nl_accept: Optional[bool]
    plan: Optional["GetCredentialGetCredentialPlan"]
    recovery_inform: Optional[bool]
    representing: Optional[list[Optional["GetCredentialGetCredentialRepresenting"]]]
    status: Optional[bool]
    user_id: Optional[str]
    welcome: Optional[bool]


class GetCredentialGetCredentialPlan(BaseModel):
    account_type: Optional[str]
    description: Optional[str]
    id: Optional[str]
    name: Optional[str]


class GetCredentialGetCredentialRepresenting(BaseModel):
    id: Optional[str]
    name: Optional[str]
    urlkey: Optional[str]
