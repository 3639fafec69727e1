from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class GetPartnerIntegration(BaseModel):
    get_partner_integration: Optional["GetPartnerIntegrationGetPartnerIntegration"]


class GetPartnerIntegrationGetPartnerIntegration(BaseModel):
    id: Optional[str]
    list_configurations: Optional[
        list[Optional["GetPartnerIntegrationGetPartnerIntegrationListConfigurations"]]
    ]
    name: Optional[str]
    owner: Optional["GetPartnerIntegrationGetPartnerIntegrationOwner"]
    owner_id: Optional[str]
    type_: Optional[str] = Field(alias="type")


class GetPartnerIntegrationGetPartnerIntegrationListConfigurations(BaseModel):
    id: Optional[str]
    key: Optional[str]
    partner_integration_id: Optional[str]
    value: Optional[str]


class GetPartnerIntegrationGetPartnerIntegrationOwner(BaseModel):
    id: Optional[str]
    name: Optional[str]
    urlkey: Optional[str]
