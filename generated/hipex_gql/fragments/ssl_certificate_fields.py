from datetime import datetime
from typing import Optional

from ..base_model import BaseModel


class SslCertificateFields(BaseModel):
    id: Optional[int]
    domain: Optional[str]
    issuer: Optional[str]
    expires: Optional[datetime]
    alternative_domains: Optional[list[Optional[str]]]
    certificate_error: Optional[str]
    certificate: Optional[str]
    chain: Optional[str]
    key: Optional[str]
    connected_domains: Optional[list[Optional["SslCertificateFieldsConnectedDomains"]]]
    connected_domain_pointers: Optional[
        list[Optional["SslCertificateFieldsConnectedDomainPointers"]]
    ]


class SslCertificateFieldsConnectedDomains(BaseModel):
    id: Optional[int]
    domain: str


class SslCertificateFieldsConnectedDomainPointers(BaseModel):
    id: Optional[int]
    pointer: str
