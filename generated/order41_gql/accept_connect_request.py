from datetime import datetime
from typing import Optional

from .base_model import BaseModel


class AcceptConnectRequest(BaseModel):
    accept_connect_request: Optional["AcceptConnectRequestAcceptConnectRequest"]


class AcceptConnectRequestAcceptConnectRequest(BaseModel):
    accepted_at: Optional[datetime]
    created_at: Optional[datetime]
    id: Optional[str]
    rejected_at: Optional[datetime]
    requester_user: Optional["AcceptConnectRequestAcceptConnectRequestRequesterUser"]
    source: Optional[str]
    target_user: Optional["AcceptConnectRequestAcceptConnectRequestTargetUser"]
    term: Optional[str]
    updated_at: Optional[datetime]


class AcceptConnectRequestAcceptConnectRequestRequesterUser(BaseModel):
    id: Optional[str]
    name: Optional[str]
    urlkey: Optional[str]


class AcceptConnectRequestAcceptConnectRequestTargetUser(BaseModel):
    id: Optional[str]
    name: Optional[str]
    urlkey: Optional[str]
