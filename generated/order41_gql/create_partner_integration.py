from typing import Optional

from pydantic import Field

from .base_model import BaseModel


class CreatePartnerIntegration(BaseModel):
    create_partner_integration: Optional[
        "CreatePartnerIntegrationCreatePartnerIntegration"
    ]


class CreatePartnerIntegrationCreatePartnerIntegration(BaseModel):
    id: Optional[str]
    list_configurations: Optional[
        list[
            Optional[
                "CreatePartnerIntegrationCreatePartnerIntegrationListConfigurations"
            ]
        ]
    ]
    name: Optional[str]
    owner: Optional["CreatePartnerIntegrationCreatePartnerIntegrationOwner"]
    owner_id: Optional[str]
    type_: Optional[str] = Field(alias="type")


class CreatePartnerIntegrationCreatePartnerIntegrationListConfigurations(BaseModel):
    id: Optional[str]
    key: Optional[str]
    partner_integration_id: Optional[str]
    value: Optional[str]


class CreatePartnerIntegrationCreatePartnerIntegrationOwner(BaseModel):
    id: Optional[str]
    name: Optional[str]
    urlkey: Optional[str]
