from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class UserInfo(BaseModel):
    user_info: Optional["UserInfoUserInfo"]


class UserInfoUserInfo(BaseModel):
    email: Optional[str]
    customer: Optional["UserInfoUserInfoCustomer"]
    billing_address: Optional["UserInfoUserInfoBillingAddress"]


class UserInfoUserInfoCustomer(BaseModel):
    company: Optional[str]


class UserInfoUserInfoBillingAddress(BaseModel):
    company: Optional[str]
    department: Optional[str]
    street: Optional[str]
    zip_: Optional[str] = Field(alias="zip")
    city: Optional[str]
    country: Optional[str]
