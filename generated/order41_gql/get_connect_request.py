from datetime import datetime
from typing import Optional

from .base_model import BaseModel


class GetConnectRequest(BaseModel):
    get_connect_request: Optional["GetConnectRequestGetConnectRequest"]


class GetConnectRequestGetConnectRequest(BaseModel):
    accepted_at: Optional[datetime]
    created_at: Optional[datetime]
    id: Optional[str]
    rejected_at: Optional[datetime]
    requester_user: Optional["GetConnectRequestGetConnectRequestRequesterUser"]
    source: Optional[str]
    target_user: Optional["GetConnectRequestGetConnectRequestTargetUser"]
    term: Optional[str]
    updated_at: Optional[datetime]


class GetConnectRequestGetConnectRequestRequesterUser(BaseModel):
    id: Optional[str]
    name: Optional[str]
    urlkey: Optional[str]


class GetConnectRequestGetConnectRequestTargetUser(BaseModel):
    id: Optional[str]
    name: Optional[str]
    urlkey: Optional[str]
