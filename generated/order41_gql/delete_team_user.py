from typing import Optional

from .base_model import BaseModel


class DeleteTeamUser(BaseModel):
    delete_team_user: Optional["DeleteTeamUserDeleteTeamUser"]


class DeleteTeamUserDeleteTeamUser(BaseModel):
    credential: Optional["DeleteTeamUserDeleteTeamUserCredential"]
    credential_id: Optional[str]
    id: Optional[str]
    role: Optional[str]
    user_id: Optional[str]


class DeleteTeamUserDeleteTeamUserCredential(BaseModel):
    email: Optional[str]
    status: Optional[bool]
