from typing import Optional

from .base_model import BaseModel


class AddTeamUser(BaseModel):
    add_team_user: Optional["AddTeamUserAddTeamUser"]


class AddTeamUserAddTeamUser(BaseModel):
    credential: Optional["AddTeamUserAddTeamUserCredential"]
    credential_id: Optional[str]
    id: Optional[str]
    role: Optional[str]
    user_id: Optional[str]


class AddTeamUserAddTeamUserCredential(BaseModel):
    email: Optional[str]
    status: Optional[bool]
