import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .checklist_fields import (
        ChecklistFields,
        ChecklistFieldsApplicationInfo,
        ChecklistFieldsDomain,
        ChecklistFieldsGroups,
        ChecklistFieldsGroupsChecks,
    )
    from .database_fields import (
        DatabaseFields,
        DatabaseFieldsDomain,
        DatabaseFieldsUsers,
    )
    from .database_user_fields import (
        DatabaseUserFields,
        DatabaseUserFieldsDatabases,
        DatabaseUserFieldsDomain,
    )
    from .domain_fields import (
        DomainFields,
        DomainFieldsCustomer,
        DomainFieldsDatabases,
        DomainFieldsDatabaseUsers,
        DomainFieldsFtpUsers,
        DomainFieldsIntegrationTests,
        DomainFieldsLastChecklist,
        DomainFieldsLastIntegrationTest,
        DomainFieldsLastPerformanceScan,
        DomainFieldsLetsEncryptCertificate,
        DomainFieldsPointers,
        DomainFieldsServer,
        DomainFieldsSslCertificate,
        DomainFieldsUser,
    )
    from .domain_pointer_fields import (
        DomainPointerFields,
        DomainPointerFieldsDomain,
        DomainPointerFieldsLetsEncryptCertificate,
        DomainPointerFieldsServer,
        DomainPointerFieldsSslCertificate,
    )
    from .ftp_user_fields import FtpUserFields, FtpUserFieldsDomain, FtpUserFieldsUser
    from .integration_test_fields import (
        IntegrationTestFields,
        IntegrationTestFieldsDomain,
        IntegrationTestFieldsPreviousTest,
        IntegrationTestFieldsSchedule,
        IntegrationTestFieldsSteps,
    )
    from .monitor_value_fields import MonitorValueFields, MonitorValueFieldsValues
    from .performance_scan_fields import (
        PerformanceScanFields,
        PerformanceScanFieldsDomain,
        PerformanceScanFieldsGroups,
        PerformanceScanFieldsGroupsItems,
    )
    from .server_change_fields import (
        ServerChangeFields,
        ServerChangeFieldsExecutions,
        ServerChangeFieldsExecutionsSteps,
        ServerChangeFieldsUser,
    )
    from .server_fields import (
        ServerFields,
        ServerFieldsChildren,
        ServerFieldsCustomer,
        ServerFieldsDomains,
        ServerFieldsParent,
        ServerFieldsSshKeys,
        ServerFieldsUsers,
    )
    from .ssh_key_fields import SshKeyFields, SshKeyFieldsServers, SshKeyFieldsUsers
    from .ssl_certificate_fields import (
        SslCertificateFields,
        SslCertificateFieldsConnectedDomainPointers,
        SslCertificateFieldsConnectedDomains,
    )
    from .user_fields import UserFields, UserFieldsServer, UserFieldsSshKeys

_LAZY_IMPORTS = {
    "ChecklistFields": ".checklist_fields",
    "ChecklistFieldsApplicationInfo": ".checklist_fields",
    "ChecklistFieldsDomain": ".checklist_fields",
    "ChecklistFieldsGroups": ".checklist_fields",
    "ChecklistFieldsGroupsChecks": ".checklist_fields",
    "DatabaseFields": ".database_fields",
    "DatabaseFieldsDomain": ".database_fields",
    "DatabaseFieldsUsers": ".database_fields",
    "DatabaseUserFields": ".database_user_fields",
    "DatabaseUserFieldsDatabases": ".database_user_fields",
    "DatabaseUserFieldsDomain": ".database_user_fields",
    "DomainFields": ".domain_fields",
    "DomainFieldsCustomer": ".domain_fields",
    "DomainFieldsDatabaseUsers": ".domain_fields",
    "DomainFieldsDatabases": ".domain_fields",
    "DomainFieldsFtpUsers": ".domain_fields",
    "DomainFieldsIntegrationTests": ".domain_fields",
    "DomainFieldsLastChecklist": ".domain_fields",
    "DomainFieldsLastIntegrationTest": ".domain_fields",
    "DomainFieldsLastPerformanceScan": ".domain_fields",
    "DomainFieldsLetsEncryptCertificate": ".domain_fields",
    "DomainFieldsPointers": ".domain_fields",
    "DomainFieldsServer": ".domain_fields",
    "DomainFieldsSslCertificate": ".domain_fields",
    "DomainFieldsUser": ".domain_fields",
    "DomainPointerFields": ".domain_pointer_fields",
    "DomainPointerFieldsDomain": ".domain_pointer_fields",
    "DomainPointerFieldsLetsEncryptCertificate": ".domain_pointer_fields",
    "DomainPointerFieldsServer": ".domain_pointer_fields",
    "DomainPointerFieldsSslCertificate": ".domain_pointer_fields",
    "FtpUserFields": ".ftp_user_fields",
    "FtpUserFieldsDomain": ".ftp_user_fields",
    "FtpUserFieldsUser": ".ftp_user_fields",
    "IntegrationTestFields": ".integration_test_fields",
    "IntegrationTestFieldsDomain": ".integration_test_fields",
    "IntegrationTestFieldsPreviousTest": ".integration_test_fields",
    "IntegrationTestFieldsSchedule": ".integration_test_fields",
    "IntegrationTestFieldsSteps": ".integration_test_fields",
    "MonitorValueFields": ".monitor_value_fields",
    "MonitorValueFieldsValues": ".monitor_value_fields",
    "PerformanceScanFields": ".performance_scan_fields",
    "PerformanceScanFieldsDomain": ".performance_scan_fields",
    "PerformanceScanFieldsGroups": ".performance_scan_fields",
    "PerformanceScanFieldsGroupsItems": ".performance_scan_fields",
    "ServerChangeFields": ".server_change_fields",
    "ServerChangeFieldsExecutions": ".server_change_fields",
    "ServerChangeFieldsExecutionsSteps": ".server_change_fields",
    "ServerChangeFieldsUser": ".server_change_fields",
    "ServerFields": ".server_fields",
    "ServerFieldsChildren": ".server_fields",
    "ServerFieldsCustomer": ".server_fields",
    "ServerFieldsDomains": ".server_fields",
    "ServerFieldsParent": ".server_fields",
    "ServerFieldsSshKeys": ".server_fields",
    "ServerFieldsUsers": ".server_fields",
    "SshKeyFields": ".ssh_key_fields",
    "SshKeyFieldsServers": ".ssh_key_fields",
    "SshKeyFieldsUsers": ".ssh_key_fields",
    "SslCertificateFields": ".ssl_certificate_fields",
    "SslCertificateFieldsConnectedDomainPointers": ".ssl_certificate_fields",
    "SslCertificateFieldsConnectedDomains": ".ssl_certificate_fields",
    "UserFields": ".user_fields",
    "UserFieldsServer": ".user_fields",
    "UserFieldsSshKeys": ".user_fields",
}


def __getattr__(name):
    """Import the module a fragment class lives in, the first time it is used."""
    module_name = _LAZY_IMPORTS.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module_name, __name__), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(__all__)


__all__ = [
    "ChecklistFields",
    "ChecklistFieldsApplicationInfo",
    "ChecklistFieldsDomain",
    "ChecklistFieldsGroups",
    "ChecklistFieldsGroupsChecks",
    "DatabaseFields",
    "DatabaseFieldsDomain",
    "DatabaseFieldsUsers",
    "DatabaseUserFields",
    "DatabaseUserFieldsDatabases",
    "DatabaseUserFieldsDomain",
    "DomainFields",
    "DomainFieldsCustomer",
    "DomainFieldsDatabaseUsers",
    "DomainFieldsDatabases",
    "DomainFieldsFtpUsers",
    "DomainFieldsIntegrationTests",
    "DomainFieldsLastChecklist",
    "DomainFieldsLastIntegrationTest",
    "DomainFieldsLastPerformanceScan",
    "DomainFieldsLetsEncryptCertificate",
    "DomainFieldsPointers",
    "DomainFieldsServer",
    "DomainFieldsSslCertificate",
    "DomainFieldsUser",
    "DomainPointerFields",
    "DomainPointerFieldsDomain",
    "DomainPointerFieldsLetsEncryptCertificate",
    "DomainPointerFieldsServer",
    "DomainPointerFieldsSslCertificate",
    "FtpUserFields",
    "FtpUserFieldsDomain",
    "FtpUserFieldsUser",
    "IntegrationTestFields",
    "IntegrationTestFieldsDomain",
    "IntegrationTestFieldsPreviousTest",
    "IntegrationTestFieldsSchedule",
    "IntegrationTestFieldsSteps",
    "MonitorValueFields",
    "MonitorValueFieldsValues",
    "PerformanceScanFields",
    "PerformanceScanFieldsDomain",
    "PerformanceScanFieldsGroups",
    "PerformanceScanFieldsGroupsItems",
    "ServerChangeFields",
    "ServerChangeFieldsExecutions",
    "ServerChangeFieldsExecutionsSteps",
    "ServerChangeFieldsUser",
    "ServerFields",
    "ServerFieldsChildren",
    "ServerFieldsCustomer",
    "ServerFieldsDomains",
    "ServerFieldsParent",
    "ServerFieldsSshKeys",
    "ServerFieldsUsers",
    "SshKeyFields",
    "SshKeyFieldsServers",
    "SshKeyFieldsUsers",
    "SslCertificateFields",
    "SslCertificateFieldsConnectedDomainPointers",
    "SslCertificateFieldsConnectedDomains",
    "UserFields",
    "UserFieldsServer",
    "UserFieldsSshKeys",
]
