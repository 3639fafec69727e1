from datetime import datetime
from typing import Optional

from pydantic import Field

from ..base_model import BaseModel


class DomainPointerFields(BaseModel):
    id: Optional[int]
    pointer: str
    entity_type_name: Optional[str]
    monitor: Optional[bool]
    lets_encrypt_ssl: Optional[bool]
    domain: "DomainPointerFieldsDomain"
    server: Optional["DomainPointerFieldsServer"]
    lets_encrypt_certificate: Optional["DomainPointerFieldsLetsEncryptCertificate"]
    ssl_certificate: Optional["DomainPointerFieldsSslCertificate"] = Field(
        alias="SSLCertificate"
    )


class DomainPointerFieldsDomain(BaseModel):
    id: Optional[int]
    domain: str


class DomainPointerFieldsServer(BaseModel):
    id: int
    name: str


class DomainPointerFieldsLetsEncryptCertificate(BaseModel):
    id: Optional[int]
    issuer: Optional[str]
    expires: Optional[datetime]
    domain: Optional[str]


class DomainPointerFieldsSslCertificate(BaseModel):
    id: Optional[int]
    issuer: Optional[str]
    expires: Optional[datetime]
    domain: Optional[str]
