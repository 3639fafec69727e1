from datetime import datetime
from typing import Optional

from .base_model import BaseModel


class SendConnectRequest(BaseModel):
    send_connect_request: Optional["SendConnectRequestSendConnectRequest"]


class SendConnectRequestSendConnectRequest(BaseModel):
    accepted_at: Optional[datetime]
    created_at: Optional[datetime]
    id: Optional[str]
    rejected_at: Optional[datetime]
    requester_user: Optional["SendConnectRequestSendConnectRequestRequesterUser"]
    source: Optional[str]
    target_user: Optional["SendConnectRequestSendConnectRequestTargetUser"]
    term: Optional[str]
    updated_at: Optional[datetime]


class SendConnectRequestSendConnectRequestRequesterUser(BaseModel):
    id: Optional[str]
    name: Optional[str]
    urlkey: Optional[str]


class SendConnectRequestSendConnectRequestTargetUser(BaseModel):
    id: Optional[str]
    name: Optional[str]
    urlkey: Optional[str]
