from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class ListPartnerIntegrations(BaseModel):
    list_partner_integrations: Optional[
        list[Optional["ListPartnerIntegrationsListPartnerIntegrations"]]
    ]


class ListPartnerIntegrationsListPartnerIntegrations(BaseModel):
    id: Optional[str]
    list_configurations: Optional[
        list[
            Optional["ListPartnerIntegrationsListPartnerIntegrationsListConfigurations"]
        ]
    ]
    name: Optional[str]
    owner: Optional["ListPartnerIntegrationsListPartnerIntegrationsOwner"]
    owner_id: Optional[str]
    type_: Optional[str] = Field(alias="type")


class ListPartnerIntegrationsListPartnerIntegrationsListConfigurations(BaseModel):
    id: Optional[str]
    key: Optional[str]
    partner_integration_id: Optional[str]
    value: Optional[str]


class ListPartnerIntegrationsListPartnerIntegrationsOwner(BaseModel):
    id: Optional[str]
    name: Optional[str]
    urlkey: Optional[str]
