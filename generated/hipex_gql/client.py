from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union

from .async_base_client import AsyncBaseClient
from .base_model import UNSET

if TYPE_CHECKING:
    from .backups import Backups
    from .base_model import UnsetType
    from .checklists import Checklists
    from .database_users import DatabaseUsers
    from .databases import Databases
    from .domain_pointers import DomainPointers
    from .domains import Domains
    from .enums import FileType
    from .filesystem_application import FilesystemApplication
    from .filesystem_user import FilesystemUser
    from .forgot_password import ForgotPassword
    from .ftp_users import FtpUsers
    from .input_types import (
        AccountSelfInput,
        ChecklistStartInput,
        DatabaseInput,
        DatabaseUserInput,
        DomainInput,
        DomainPointerInput,
        FilterInput,
        FtpUserInput,
        LetsEncryptRequestInput,
        SortInput,
        SshKeyInput,
        SslCertificateInput,
        UserInput,
    )
    from .integration_tests import IntegrationTests
    from .login_with_password import LoginWithPassword
    from .monitor_disk_io import MonitorDiskIo
    from .monitor_disk_space import MonitorDiskSpace
    from .monitor_memory_usage import MonitorMemoryUsage
    from .monitor_network_traffic import MonitorNetworkTraffic
    from .monitor_server_load import MonitorServerLoad
    from .monitor_validate import MonitorValidate
    from .mutate_account_self import MutateAccountSelf
    from .mutate_database import MutateDatabase
    from .mutate_database_user import MutateDatabaseUser
    from .mutate_domain import MutateDomain
    from .mutate_domain_pointer import MutateDomainPointer
    from .mutate_ftp_user import MutateFtpUser
    from .mutate_ssh_key import MutateSshKey
    from .mutate_ssl_certificate import MutateSslCertificate
    from .mutate_user import MutateUser
    from .performance_scans import PerformanceScans
    from .register_user import RegisterUser
    from .request_lets_encrypt import RequestLetsEncrypt
    from .server_changes import ServerChanges
    from .servers import Servers
    from .ssh_keys import SshKeys
    from .ssl_certificates import SslCertificates
    from .start_checklist import StartChecklist
    from .start_integration_test import StartIntegrationTest
    from .start_performance_scan import StartPerformanceScan
    from .users import Users
    from .verify_forgot_password import VerifyForgotPassword
    from .verify_registered_user import VerifyRegisteredUser
if TYPE_CHECKING:
    from typing import Unpack

    from b2b_graphql import CallOptions


def gql(q: str) -> str:
    return q


class HipexGeneratedClient(AsyncBaseClient):
    secret_variables = {
        "loginWithPassword": ("password",),
        "mutateAccountSelf": (
            "entity.confirmNewPassword",
            "entity.currentPassword",
            "entity.newPassword",
        ),
        "mutateDatabase": ("entity.password",),
        "mutateDatabaseUser": ("entity.password",),
        "mutateDomain": ("entity.blackFireToken", "entity.newRelicKey"),
        "mutateFtpUser": ("entity.password",),
        "mutateSshKey": ("entity.key",),
        "mutateSslCertificate": ("entity.key",),
        "mutateUser": ("entity.password",),
        "registerUser": ("password",),
        "verifyForgotPassword": (
            "confirmNewPassword",
            "newPassword",
            "verificationToken",
        ),
        "verifyRegisteredUser": ("verificationToken",),
    }

    async def login_with_password(
        self, username: str, password: str, **options: Unpack[CallOptions]
    ) -> "LoginWithPassword":
        from .login_with_password import LoginWithPassword

        query = gql("""
            mutation loginWithPassword($username: String!, $password: String!) {
              Login(username: $username, password: $password) {
                id
                success
                errorMessage
                errorMessageId
                email
                name
                locale
                settings {
                  key
                  value
                }
                ssoJwt
              }
            }
            """)
        variables: dict[str, object] = {"username": username, "password": password}
        response = await self.execute(
            query=query,
            operation_name="loginWithPassword",
            variables=variables,
            **options,
        )
        return self.get_model(response, LoginWithPassword)

    async def register_user(
        self, email: str, name: str, password: str, **options: Unpack[CallOptions]
    ) -> "RegisterUser":
        from .register_user import RegisterUser

        query = gql("""
            mutation registerUser($email: String!, $name: String!, $password: String!) {
              RegisterUser(email: $email, name: $name, password: $password) {
                email
                display_name
              }
            }
            """)
        variables: dict[str, object] = {
            "email": email,
            "name": name,
            "password": password,
        }
        response = await self.execute(
            query=query, operation_name="registerUser", variables=variables, **options
        )
        return self.get_model(response, RegisterUser)

    async def verify_registered_user(
        self, email: str, verification_token: str, **options: Unpack[CallOptions]
    ) -> "VerifyRegisteredUser":
        from .verify_registered_user import VerifyRegisteredUser

        query = gql("""
            mutation verifyRegisteredUser($email: String!, $verificationToken: String!) {
              VerifyRegisteredUser(email: $email, verificationToken: $verificationToken) {
                success
                message
              }
            }
            """)
        variables: dict[str, object] = {
            "email": email,
            "verificationToken": verification_token,
        }
        response = await self.execute(
            query=query,
            operation_name="verifyRegisteredUser",
            variables=variables,
            **options,
        )
        return self.get_model(response, VerifyRegisteredUser)

    async def forgot_password(
        self, email: str, **options: Unpack[CallOptions]
    ) -> "ForgotPassword":
        from .forgot_password import ForgotPassword

        query = gql("""
            mutation forgotPassword($email: String!) {
              ForgotPassword(email: $email) {
                email
              }
            }
            """)
        variables: dict[str, object] = {"email": email}
        response = await self.execute(
            query=query, operation_name="forgotPassword", variables=variables, **options
        )
        return self.get_model(response, ForgotPassword)

    async def verify_forgot_password(
        self,
        email: str,
        verification_token: str,
        new_password: str,
        confirm_new_password: str,
        **options: Unpack[CallOptions],
    ) -> "VerifyForgotPassword":
        from .verify_forgot_password import VerifyForgotPassword

        query = gql("""
            mutation verifyForgotPassword($email: String!, $verificationToken: String!, $newPassword: String!, $confirmNewPassword: String!) {
              VerifyForgotPassword(
                email: $email
                verificationToken: $verificationToken
                newPassword: $newPassword
                confirmNewPassword: $confirmNewPassword
              ) {
                success
                message
              }
            }
            """)
        variables: dict[str, object] = {
            "email": email,
            "verificationToken": verification_token,
            "newPassword": new_password,
            "confirmNewPassword": confirm_new_password,
        }
        response = await self.execute(
            query=query,
            operation_name="verifyForgotPassword",
            variables=variables,
            **options,
        )
        return self.get_model(response, VerifyForgotPassword)

    async def mutate_account_self(
        self,
        delete: bool,
        entity: Union[Optional["AccountSelfInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "MutateAccountSelf":
        from .input_types import AccountSelfInput
        from .mutate_account_self import MutateAccountSelf

        query = gql("""
            mutation mutateAccountSelf($entity: AccountSelfInput, $delete: Boolean!) {
              AccountSelf(entity: $entity, delete: $delete) {
                id
                email
                locale
              }
            }
            """)
        variables: dict[str, object] = {
            "entity": self._input_argument("entity", AccountSelfInput, entity),
            "delete": delete,
        }
        response = await self.execute(
            query=query,
            operation_name="mutateAccountSelf",
            variables=variables,
            **options,
        )
        return self.get_model(response, MutateAccountSelf)

    async def checklists(
        self,
        filter_: Union[Optional["FilterInput"], "UnsetType"] = UNSET,
        limit: Union[Optional[int], "UnsetType"] = UNSET,
        skip: Union[Optional[int], "UnsetType"] = UNSET,
        sort: Union[Optional["SortInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "Checklists":
        from .checklists import Checklists
        from .input_types import FilterInput, SortInput

        query = gql("""
            query checklists($filter: FilterInput, $limit: Int, $skip: Int, $sort: SortInput) {
              Checklist(filter: $filter, limit: $limit, skip: $skip, sort: $sort) {
                ...ChecklistFields
              }
            }

            fragment ChecklistFields on Checklist {
              id
              status
              error
              finished
              groupsToRun
              domain {
                id
                domain
              }
              applicationInfo {
                type
                version
                latestVersion
                url
              }
              groups {
                title
                checks {
                  title
                  tooltip
                  status
                  statusLevel
                  error
                }
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", FilterInput, filter_),
            "limit": limit,
            "skip": skip,
            "sort": self._input_argument("sort", SortInput, sort),
        }
        response = await self.execute(
            query=query, operation_name="checklists", variables=variables, **options
        )
        return self.get_model(response, Checklists)

    async def start_checklist(
        self,
        checklist: Union[Optional["ChecklistStartInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "StartChecklist":
        from .input_types import ChecklistStartInput
        from .start_checklist import StartChecklist

        query = gql("""
            mutation startChecklist($checklist: ChecklistStartInput) {
              ChecklistStart(checklist: $checklist) {
                ...ChecklistFields
              }
            }

            fragment ChecklistFields on Checklist {
              id
              status
              error
              finished
              groupsToRun
              domain {
                id
                domain
              }
              applicationInfo {
                type
                version
                latestVersion
                url
              }
              groups {
                title
                checks {
                  title
                  tooltip
                  status
                  statusLevel
                  error
                }
              }
            }
            """)
        variables: dict[str, object] = {
            "checklist": self._input_argument(
                "checklist", ChecklistStartInput, checklist
            )
        }
        response = await self.execute(
            query=query, operation_name="startChecklist", variables=variables, **options
        )
        return self.get_model(response, StartChecklist)

    async def performance_scans(
        self,
        filter_: Union[Optional["FilterInput"], "UnsetType"] = UNSET,
        limit: Union[Optional[int], "UnsetType"] = UNSET,
        skip: Union[Optional[int], "UnsetType"] = UNSET,
        sort: Union[Optional["SortInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "PerformanceScans":
        from .input_types import FilterInput, SortInput
        from .performance_scans import PerformanceScans

        query = gql("""
            query performanceScans($filter: FilterInput, $limit: Int, $skip: Int, $sort: SortInput) {
              PerformanceScan(filter: $filter, limit: $limit, skip: $skip, sort: $sort) {
                ...PerformanceScanFields
              }
            }

            fragment PerformanceScanFields on PerformanceScan {
              id
              name
              url
              createdAt
              finished
              score
              screenDesktop
              screenMobile
              domain {
                id
                domain
              }
              groups {
                name
                score
                items {
                  name
                  value
                  generalDescription
                  scanDescription
                }
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", FilterInput, filter_),
            "limit": limit,
            "skip": skip,
            "sort": self._input_argument("sort", SortInput, sort),
        }
        response = await self.execute(
            query=query,
            operation_name="performanceScans",
            variables=variables,
            **options,
        )
        return self.get_model(response, PerformanceScans)

    async def start_performance_scan(
        self, website: str, **options: Unpack[CallOptions]
    ) -> "StartPerformanceScan":
        from .start_performance_scan import StartPerformanceScan

        query = gql("""
            mutation startPerformanceScan($website: String!) {
              PerformanceScanStart(website: $website) {
                ...PerformanceScanFields
              }
            }

            fragment PerformanceScanFields on PerformanceScan {
              id
              name
              url
              createdAt
              finished
              score
              screenDesktop
              screenMobile
              domain {
                id
                domain
              }
              groups {
                name
                score
                items {
                  name
                  value
                  generalDescription
                  scanDescription
                }
              }
            }
            """)
        variables: dict[str, object] = {"website": website}
        response = await self.execute(
            query=query,
            operation_name="startPerformanceScan",
            variables=variables,
            **options,
        )
        return self.get_model(response, StartPerformanceScan)

    async def integration_tests(
        self,
        filter_: Union[Optional["FilterInput"], "UnsetType"] = UNSET,
        limit: Union[Optional[int], "UnsetType"] = UNSET,
        skip: Union[Optional[int], "UnsetType"] = UNSET,
        sort: Union[Optional["SortInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "IntegrationTests":
        from .input_types import FilterInput, SortInput
        from .integration_tests import IntegrationTests

        query = gql("""
            query integrationTests($filter: FilterInput, $limit: Int, $skip: Int, $sort: SortInput) {
              IntegrationTest(filter: $filter, limit: $limit, skip: $skip, sort: $sort) {
                ...IntegrationTestFields
              }
            }

            fragment IntegrationTestFields on IntegrationTest {
              id
              name
              finished
              maxRequestTime
              totalTime
              domain {
                id
                domain
              }
              previousTest {
                id
                finished
              }
              schedule {
                id
              }
              steps {
                id
                url
                started
                timeSpend
                status
                result
                screenShotPath
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", FilterInput, filter_),
            "limit": limit,
            "skip": skip,
            "sort": self._input_argument("sort", SortInput, sort),
        }
        response = await self.execute(
            query=query,
            operation_name="integrationTests",
            variables=variables,
            **options,
        )
        return self.get_model(response, IntegrationTests)

    async def start_integration_test(
        self, id: int, **options: Unpack[CallOptions]
    ) -> "StartIntegrationTest":
        from .start_integration_test import StartIntegrationTest

        query = gql("""
            mutation startIntegrationTest($id: Int!) {
              IntegrationTestStart(id: $id) {
                ...IntegrationTestFields
              }
            }

            fragment IntegrationTestFields on IntegrationTest {
              id
              name
              finished
              maxRequestTime
              totalTime
              domain {
                id
                domain
              }
              previousTest {
                id
                finished
              }
              schedule {
                id
              }
              steps {
                id
                url
                started
                timeSpend
                status
                result
                screenShotPath
              }
            }
            """)
        variables: dict[str, object] = {"id": id}
        response = await self.execute(
            query=query,
            operation_name="startIntegrationTest",
            variables=variables,
            **options,
        )
        return self.get_model(response, StartIntegrationTest)

    async def databases(
        self,
        filter_: Union[Optional["FilterInput"], "UnsetType"] = UNSET,
        limit: Union[Optional[int], "UnsetType"] = UNSET,
        skip: Union[Optional[int], "UnsetType"] = UNSET,
        sort: Union[Optional["SortInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "Databases":
        from .databases import Databases
        from .input_types import FilterInput, SortInput

        query = gql("""
            query databases($filter: FilterInput, $limit: Int, $skip: Int, $sort: SortInput) {
              Database(filter: $filter, limit: $limit, skip: $skip, sort: $sort) {
                ...DatabaseFields
              }
            }

            fragment DatabaseFields on Database {
              id
              database
              backup
              charset
              entityTypeName
              domain {
                id
                domain
              }
              users {
                id
                username
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", FilterInput, filter_),
            "limit": limit,
            "skip": skip,
            "sort": self._input_argument("sort", SortInput, sort),
        }
        response = await self.execute(
            query=query, operation_name="databases", variables=variables, **options
        )
        return self.get_model(response, Databases)

    async def mutate_database(
        self,
        delete: bool,
        entity: Union[Optional["DatabaseInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "MutateDatabase":
        from .input_types import DatabaseInput
        from .mutate_database import MutateDatabase

        query = gql("""
            mutation mutateDatabase($entity: DatabaseInput, $delete: Boolean!) {
              Database(entity: $entity, delete: $delete) {
                ...DatabaseFields
              }
            }

            fragment DatabaseFields on Database {
              id
              database
              backup
              charset
              entityTypeName
              domain {
                id
                domain
              }
              users {
                id
                username
              }
            }
            """)
        variables: dict[str, object] = {
            "entity": self._input_argument("entity", DatabaseInput, entity),
            "delete": delete,
        }
        response = await self.execute(
            query=query, operation_name="mutateDatabase", variables=variables, **options
        )
        return self.get_model(response, MutateDatabase)

    async def database_users(
        self,
        filter_: Union[Optional["FilterInput"], "UnsetType"] = UNSET,
        limit: Union[Optional[int], "UnsetType"] = UNSET,
        skip: Union[Optional[int], "UnsetType"] = UNSET,
        sort: Union[Optional["SortInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "DatabaseUsers":
        from .database_users import DatabaseUsers
        from .input_types import FilterInput, SortInput

        query = gql("""
            query databaseUsers($filter: FilterInput, $limit: Int, $skip: Int, $sort: SortInput) {
              DatabaseUser(filter: $filter, limit: $limit, skip: $skip, sort: $sort) {
                ...DatabaseUserFields
              }
            }

            fragment DatabaseUserFields on DatabaseUser {
              id
              username
              readOnly
              entityTypeName
              domain {
                id
                domain
              }
              databases {
                id
                database
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", FilterInput, filter_),
            "limit": limit,
            "skip": skip,
            "sort": self._input_argument("sort", SortInput, sort),
        }
        response = await self.execute(
            query=query, operation_name="databaseUsers", variables=variables, **options
        )
        return self.get_model(response, DatabaseUsers)

    async def mutate_database_user(
        self,
        delete: bool,
        entity: Union[Optional["DatabaseUserInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "MutateDatabaseUser":
        from .input_types import DatabaseUserInput
        from .mutate_database_user import MutateDatabaseUser

        query = gql("""
            mutation mutateDatabaseUser($entity: DatabaseUserInput, $delete: Boolean!) {
              DatabaseUser(entity: $entity, delete: $delete) {
                ...DatabaseUserFields
              }
            }

            fragment DatabaseUserFields on DatabaseUser {
              id
              username
              readOnly
              entityTypeName
              domain {
                id
                domain
              }
              databases {
                id
                database
              }
            }
            """)
        variables: dict[str, object] = {
            "entity": self._input_argument("entity", DatabaseUserInput, entity),
            "delete": delete,
        }
        response = await self.execute(
            query=query,
            operation_name="mutateDatabaseUser",
            variables=variables,
            **options,
        )
        return self.get_model(response, MutateDatabaseUser)

    async def backups(
        self,
        domain: Union[Optional[int], "UnsetType"] = UNSET,
        database: Union[Optional[int], "UnsetType"] = UNSET,
        id: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "Backups":
        from .backups import Backups

        query = gql("""
            query backups($domain: Int, $database: Int, $id: String) {
              Backup(domain: $domain, database: $database, id: $id) {
                id
                created
                size
                url
                domain {
                  id
                  domain
                }
                database {
                  id
                  database
                }
              }
            }
            """)
        variables: dict[str, object] = {
            "domain": domain,
            "database": database,
            "id": id,
        }
        response = await self.execute(
            query=query, operation_name="backups", variables=variables, **options
        )
        return self.get_model(response, Backups)

    async def domains(
        self,
        filter_: Union[Optional["FilterInput"], "UnsetType"] = UNSET,
        limit: Union[Optional[int], "UnsetType"] = UNSET,
        skip: Union[Optional[int], "UnsetType"] = UNSET,
        sort: Union[Optional["SortInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "Domains":
        from .domains import Domains
        from .input_types import FilterInput, SortInput

        query = gql("""
            query domains($filter: FilterInput, $limit: Int, $skip: Int, $sort: SortInput) {
              Domain(filter: $filter, limit: $limit, skip: $skip, sort: $sort) {
                ...DomainFields
              }
            }

            fragment DomainFields on Domain {
              id
              domain
              entityTypeName
              backup
              monitor
              letsEncryptSsl
              mainPhp
              alternativePhp
              accessLogs
              newRelicKey
              blackFireId
              blackFireToken
              phpMyAdmin
              development
              devOpsAsAService
              server {
                id
                name
              }
              user {
                id
                user
              }
              customer {
                id
                name
              }
              letsEncryptCertificate {
                id
                issuer
                expires
                domain
              }
              SSLCertificate {
                id
                issuer
                expires
                domain
              }
              lastPerformanceScan {
                id
                finished
                score
              }
              lastChecklist {
                id
                finished
                status
              }
              lastIntegrationTest {
                id
                finished
              }
              pointers {
                id
                pointer
              }
              databases {
                id
                database
              }
              databaseUsers {
                id
                username
              }
              ftpUsers {
                id
                username
              }
              integrationTests {
                id
                name
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", FilterInput, filter_),
            "limit": limit,
            "skip": skip,
            "sort": self._input_argument("sort", SortInput, sort),
        }
        response = await self.execute(
            query=query, operation_name="domains", variables=variables, **options
        )
        return self.get_model(response, Domains)

    async def mutate_domain(
        self,
        delete: bool,
        entity: Union[Optional["DomainInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "MutateDomain":
        from .input_types import DomainInput
        from .mutate_domain import MutateDomain

        query = gql("""
            mutation mutateDomain($entity: DomainInput, $delete: Boolean!) {
              Domain(entity: $entity, delete: $delete) {
                ...DomainFields
              }
            }

            fragment DomainFields on Domain {
              id
              domain
              entityTypeName
              backup
              monitor
              letsEncryptSsl
              mainPhp
              alternativePhp
              accessLogs
              newRelicKey
              blackFireId
              blackFireToken
              phpMyAdmin
              development
              devOpsAsAService
              server {
                id
                name
              }
              user {
                id
                user
              }
              customer {
                id
                name
              }
              letsEncryptCertificate {
                id
                issuer
                expires
                domain
              }
              SSLCertificate {
                id
                issuer
                expires
                domain
              }
              lastPerformanceScan {
                id
                finished
                score
              }
              lastChecklist {
                id
                finished
                status
              }
              lastIntegrationTest {
                id
                finished
              }
              pointers {
                id
                pointer
              }
              databases {
                id
                database
              }
              databaseUsers {
                id
                username
              }
              ftpUsers {
                id
                username
              }
              integrationTests {
                id
                name
              }
            }
            """)
        variables: dict[str, object] = {
            "entity": self._input_argument("entity", DomainInput, entity),
            "delete": delete,
        }
        response = await self.execute(
            query=query, operation_name="mutateDomain", variables=variables, **options
        )
        return self.get_model(response, MutateDomain)

    async def domain_pointers(
        self,
        filter_: Union[Optional["FilterInput"], "UnsetType"] = UNSET,
        limit: Union[Optional[int], "UnsetType"] = UNSET,
        skip: Union[Optional[int], "UnsetType"] = UNSET,
        sort: Union[Optional["SortInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "DomainPointers":
        from .domain_pointers import DomainPointers
        from .input_types import FilterInput, SortInput

        query = gql("""
            query domainPointers($filter: FilterInput, $limit: Int, $skip: Int, $sort: SortInput) {
              DomainPointer(filter: $filter, limit: $limit, skip: $skip, sort: $sort) {
                ...DomainPointerFields
              }
            }

            fragment DomainPointerFields on DomainPointer {
              id
              pointer
              entityTypeName
              monitor
              letsEncryptSsl
              domain {
                id
                domain
              }
              server {
                id
                name
              }
              letsEncryptCertificate {
                id
                issuer
                expires
                domain
              }
              SSLCertificate {
                id
                issuer
                expires
                domain
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", FilterInput, filter_),
            "limit": limit,
            "skip": skip,
            "sort": self._input_argument("sort", SortInput, sort),
        }
        response = await self.execute(
            query=query, operation_name="domainPointers", variables=variables, **options
        )
        return self.get_model(response, DomainPointers)

    async def mutate_domain_pointer(
        self,
        delete: bool,
        entity: Union[Optional["DomainPointerInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "MutateDomainPointer":
        from .input_types import DomainPointerInput
        from .mutate_domain_pointer import MutateDomainPointer

        query = gql("""
            mutation mutateDomainPointer($entity: DomainPointerInput, $delete: Boolean!) {
              DomainPointer(entity: $entity, delete: $delete) {
                ...DomainPointerFields
              }
            }

            fragment DomainPointerFields on DomainPointer {
              id
              pointer
              entityTypeName
              monitor
              letsEncryptSsl
              domain {
                id
                domain
              }
              server {
                id
                name
              }
              letsEncryptCertificate {
                id
                issuer
                expires
                domain
              }
              SSLCertificate {
                id
                issuer
                expires
                domain
              }
            }
            """)
        variables: dict[str, object] = {
            "entity": self._input_argument("entity", DomainPointerInput, entity),
            "delete": delete,
        }
        response = await self.execute(
            query=query,
            operation_name="mutateDomainPointer",
            variables=variables,
            **options,
        )
        return self.get_model(response, MutateDomainPointer)

    async def ftp_users(
        self,
        filter_: Union[Optional["FilterInput"], "UnsetType"] = UNSET,
        limit: Union[Optional[int], "UnsetType"] = UNSET,
        skip: Union[Optional[int], "UnsetType"] = UNSET,
        sort: Union[Optional["SortInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "FtpUsers":
        from .ftp_users import FtpUsers
        from .input_types import FilterInput, SortInput

        query = gql("""
            query ftpUsers($filter: FilterInput, $limit: Int, $skip: Int, $sort: SortInput) {
              FtpUser(filter: $filter, limit: $limit, skip: $skip, sort: $sort) {
                ...FtpUserFields
              }
            }

            fragment FtpUserFields on FtpUser {
              id
              username
              path
              entityTypeName
              user {
                id
                user
              }
              domain {
                id
                domain
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", FilterInput, filter_),
            "limit": limit,
            "skip": skip,
            "sort": self._input_argument("sort", SortInput, sort),
        }
        response = await self.execute(
            query=query, operation_name="ftpUsers", variables=variables, **options
        )
        return self.get_model(response, FtpUsers)

    async def mutate_ftp_user(
        self,
        delete: bool,
        entity: Union[Optional["FtpUserInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "MutateFtpUser":
        from .input_types import FtpUserInput
        from .mutate_ftp_user import MutateFtpUser

        query = gql("""
            mutation mutateFtpUser($entity: FtpUserInput, $delete: Boolean!) {
              FtpUser(entity: $entity, delete: $delete) {
                ...FtpUserFields
              }
            }

            fragment FtpUserFields on FtpUser {
              id
              username
              path
              entityTypeName
              user {
                id
                user
              }
              domain {
                id
                domain
              }
            }
            """)
        variables: dict[str, object] = {
            "entity": self._input_argument("entity", FtpUserInput, entity),
            "delete": delete,
        }
        response = await self.execute(
            query=query, operation_name="mutateFtpUser", variables=variables, **options
        )
        return self.get_model(response, MutateFtpUser)

    async def filesystem_application(
        self,
        application_id: int,
        path: Union[Optional[str], "UnsetType"] = UNSET,
        depth: Union[Optional[int], "UnsetType"] = UNSET,
        type_: Union[Optional["FileType"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "FilesystemApplication":
        from .filesystem_application import FilesystemApplication

        query = gql("""
            query filesystemApplication($applicationId: Int!, $path: ChrootPath, $depth: Int, $type: FileType) {
              FilesystemApplication(
                applicationId: $applicationId
                path: $path
                depth: $depth
                type: $type
              ) {
                path
                size
                type
                modifiedTime
              }
            }
            """)
        variables: dict[str, object] = {
            "applicationId": application_id,
            "path": path,
            "depth": depth,
            "type": type_,
        }
        response = await self.execute(
            query=query,
            operation_name="filesystemApplication",
            variables=variables,
            **options,
        )
        return self.get_model(response, FilesystemApplication)

    async def filesystem_user(
        self,
        user_id: int,
        path: Union[Optional[str], "UnsetType"] = UNSET,
        depth: Union[Optional[int], "UnsetType"] = UNSET,
        type_: Union[Optional["FileType"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "FilesystemUser":
        from .filesystem_user import FilesystemUser

        query = gql("""
            query filesystemUser($userId: Int!, $path: ChrootPath, $depth: Int, $type: FileType) {
              FilesystemUser(userId: $userId, path: $path, depth: $depth, type: $type) {
                path
                size
                type
                modifiedTime
              }
            }
            """)
        variables: dict[str, object] = {
            "userId": user_id,
            "path": path,
            "depth": depth,
            "type": type_,
        }
        response = await self.execute(
            query=query, operation_name="filesystemUser", variables=variables, **options
        )
        return self.get_model(response, FilesystemUser)

    async def monitor_disk_io(
        self,
        application_id: Union[Optional[str], "UnsetType"] = UNSET,
        server_id: Union[Optional[str], "UnsetType"] = UNSET,
        start_time: Union[Optional[str], "UnsetType"] = UNSET,
        end_time: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "MonitorDiskIo":
        from .monitor_disk_io import MonitorDiskIo

        query = gql("""
            query monitorDiskIo($applicationId: String, $serverId: String, $startTime: String, $endTime: String) {
              MonitorDiskIo(
                applicationId: $applicationId
                serverId: $serverId
                startTime: $startTime
                endTime: $endTime
              ) {
                ...MonitorValueFields
              }
            }

            fragment MonitorValueFields on MonitorQueryValue {
              date
              values {
                key
                value
              }
            }
            """)
        variables: dict[str, object] = {
            "applicationId": application_id,
            "serverId": server_id,
            "startTime": start_time,
            "endTime": end_time,
        }
        response = await self.execute(
            query=query, operation_name="monitorDiskIo", variables=variables, **options
        )
        return self.get_model(response, MonitorDiskIo)

    async def monitor_disk_space(
        self,
        application_id: Union[Optional[str], "UnsetType"] = UNSET,
        server_id: Union[Optional[str], "UnsetType"] = UNSET,
        start_time: Union[Optional[str], "UnsetType"] = UNSET,
        end_time: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "MonitorDiskSpace":
        from .monitor_disk_space import MonitorDiskSpace

        query = gql("""
            query monitorDiskSpace($applicationId: String, $serverId: String, $startTime: String, $endTime: String) {
              MonitorDiskSpace(
                applicationId: $applicationId
                serverId: $serverId
                startTime: $startTime
                endTime: $endTime
              ) {
                ...MonitorValueFields
              }
            }

            fragment MonitorValueFields on MonitorQueryValue {
              date
              values {
                key
                value
              }
            }
            """)
        variables: dict[str, object] = {
            "applicationId": application_id,
            "serverId": server_id,
            "startTime": start_time,
            "endTime": end_time,
        }
        response = await self.execute(
            query=query,
            operation_name="monitorDiskSpace",
            variables=variables,
            **options,
        )
        return self.get_model(response, MonitorDiskSpace)

    async def monitor_memory_usage(
        self,
        application_id: Union[Optional[str], "UnsetType"] = UNSET,
        server_id: Union[Optional[str], "UnsetType"] = UNSET,
        start_time: Union[Optional[str], "UnsetType"] = UNSET,
        end_time: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "MonitorMemoryUsage":
        from .monitor_memory_usage import MonitorMemoryUsage

        query = gql("""
            query monitorMemoryUsage($applicationId: String, $serverId: String, $startTime: String, $endTime: String) {
              MonitorMemoryUsage(
                applicationId: $applicationId
                serverId: $serverId
                startTime: $startTime
                endTime: $endTime
              ) {
                ...MonitorValueFields
              }
            }

            fragment MonitorValueFields on MonitorQueryValue {
              date
              values {
                key
                value
              }
            }
            """)
        variables: dict[str, object] = {
            "applicationId": application_id,
            "serverId": server_id,
            "startTime": start_time,
            "endTime": end_time,
        }
        response = await self.execute(
            query=query,
            operation_name="monitorMemoryUsage",
            variables=variables,
            **options,
        )
        return self.get_model(response, MonitorMemoryUsage)

    async def monitor_network_traffic(
        self,
        application_id: Union[Optional[str], "UnsetType"] = UNSET,
        server_id: Union[Optional[str], "UnsetType"] = UNSET,
        start_time: Union[Optional[str], "UnsetType"] = UNSET,
        end_time: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "MonitorNetworkTraffic":
        from .monitor_network_traffic import MonitorNetworkTraffic

        query = gql("""
            query monitorNetworkTraffic($applicationId: String, $serverId: String, $startTime: String, $endTime: String) {
              MonitorNetworkTraffic(
                applicationId: $applicationId
                serverId: $serverId
                startTime: $startTime
                endTime: $endTime
              ) {
                ...MonitorValueFields
              }
            }

            fragment MonitorValueFields on MonitorQueryValue {
              date
              values {
                key
                value
              }
            }
            """)
        variables: dict[str, object] = {
            "applicationId": application_id,
            "serverId": server_id,
            "startTime": start_time,
            "endTime": end_time,
        }
        response = await self.execute(
            query=query,
            operation_name="monitorNetworkTraffic",
            variables=variables,
            **options,
        )
        return self.get_model(response, MonitorNetworkTraffic)

    async def monitor_server_load(
        self,
        application_id: Union[Optional[str], "UnsetType"] = UNSET,
        server_id: Union[Optional[str], "UnsetType"] = UNSET,
        start_time: Union[Optional[str], "UnsetType"] = UNSET,
        end_time: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "MonitorServerLoad":
        from .monitor_server_load import MonitorServerLoad

        query = gql("""
            query monitorServerLoad($applicationId: String, $serverId: String, $startTime: String, $endTime: String) {
              MonitorServerLoad(
                applicationId: $applicationId
                serverId: $serverId
                startTime: $startTime
                endTime: $endTime
              ) {
                ...MonitorValueFields
              }
            }

            fragment MonitorValueFields on MonitorQueryValue {
              date
              values {
                key
                value
              }
            }
            """)
        variables: dict[str, object] = {
            "applicationId": application_id,
            "serverId": server_id,
            "startTime": start_time,
            "endTime": end_time,
        }
        response = await self.execute(
            query=query,
            operation_name="monitorServerLoad",
            variables=variables,
            **options,
        )
        return self.get_model(response, MonitorServerLoad)

    async def monitor_validate(
        self,
        domain_name: Union[Optional[str], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "MonitorValidate":
        from .monitor_validate import MonitorValidate

        query = gql("""
            query monitorValidate($domainName: String) {
              MonitorValidate(domainName: $domainName) {
                domainName
                successful
                result {
                  successful
                  message
                  messageArguments
                }
              }
            }
            """)
        variables: dict[str, object] = {"domainName": domain_name}
        response = await self.execute(
            query=query,
            operation_name="monitorValidate",
            variables=variables,
            **options,
        )
        return self.get_model(response, MonitorValidate)

    async def servers(
        self,
        filter_: Union[Optional["FilterInput"], "UnsetType"] = UNSET,
        limit: Union[Optional[int], "UnsetType"] = UNSET,
        skip: Union[Optional[int], "UnsetType"] = UNSET,
        sort: Union[Optional["SortInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "Servers":
        from .input_types import FilterInput, SortInput
        from .servers import Servers

        query = gql("""
            query servers($filter: FilterInput, $limit: Int, $skip: Int, $sort: SortInput) {
              Server(filter: $filter, limit: $limit, skip: $skip, sort: $sort) {
                ...ServerFields
              }
            }

            fragment ServerFields on Server {
              id
              name
              development
              type
              customer {
                id
                name
              }
              parent {
                id
                name
              }
              children {
                id
                name
              }
              domains {
                id
                domain
              }
              users {
                id
                user
              }
              sshKeys {
                id
                name
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", FilterInput, filter_),
            "limit": limit,
            "skip": skip,
            "sort": self._input_argument("sort", SortInput, sort),
        }
        response = await self.execute(
            query=query, operation_name="servers", variables=variables, **options
        )
        return self.get_model(response, Servers)

    async def server_changes(
        self,
        filter_: Union[Optional["FilterInput"], "UnsetType"] = UNSET,
        limit: Union[Optional[int], "UnsetType"] = UNSET,
        skip: Union[Optional[int], "UnsetType"] = UNSET,
        sort: Union[Optional["SortInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "ServerChanges":
        from .input_types import FilterInput, SortInput
        from .server_changes import ServerChanges

        query = gql("""
            query serverChanges($filter: FilterInput, $limit: Int, $skip: Int, $sort: SortInput) {
              ServerChange(filter: $filter, limit: $limit, skip: $skip, sort: $sort) {
                ...ServerChangeFields
              }
            }

            fragment ServerChangeFields on ServerChange {
              id
              entityType
              entityId
              entityName
              action
              createdAt
              metaData
              started
              finished
              successful
              user {
                id
                user
              }
              executions {
                started
                finished
                successful
                steps {
                  message
                  messageArguments
                  finished
                  successful
                }
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", FilterInput, filter_),
            "limit": limit,
            "skip": skip,
            "sort": self._input_argument("sort", SortInput, sort),
        }
        response = await self.execute(
            query=query, operation_name="serverChanges", variables=variables, **options
        )
        return self.get_model(response, ServerChanges)

    async def users(
        self,
        filter_: Union[Optional["FilterInput"], "UnsetType"] = UNSET,
        limit: Union[Optional[int], "UnsetType"] = UNSET,
        skip: Union[Optional[int], "UnsetType"] = UNSET,
        sort: Union[Optional["SortInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "Users":
        from .input_types import FilterInput, SortInput
        from .users import Users

        query = gql("""
            query users($filter: FilterInput, $limit: Int, $skip: Int, $sort: SortInput) {
              User(filter: $filter, limit: $limit, skip: $skip, sort: $sort) {
                ...UserFields
              }
            }

            fragment UserFields on User {
              id
              user
              passwordEnabled
              entityTypeName
              server {
                id
                name
              }
              sshKeys {
                id
                name
                type
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", FilterInput, filter_),
            "limit": limit,
            "skip": skip,
            "sort": self._input_argument("sort", SortInput, sort),
        }
        response = await self.execute(
            query=query, operation_name="users", variables=variables, **options
        )
        return self.get_model(response, Users)

    async def mutate_user(
        self,
        delete: bool,
        entity: Union[Optional["UserInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "MutateUser":
        from .input_types import UserInput
        from .mutate_user import MutateUser

        query = gql("""
            mutation mutateUser($entity: UserInput, $delete: Boolean!) {
              User(entity: $entity, delete: $delete) {
                ...UserFields
              }
            }

            fragment UserFields on User {
              id
              user
              passwordEnabled
              entityTypeName
              server {
                id
                name
              }
              sshKeys {
                id
                name
                type
              }
            }
            """)
        variables: dict[str, object] = {
            "entity": self._input_argument("entity", UserInput, entity),
            "delete": delete,
        }
        response = await self.execute(
            query=query, operation_name="mutateUser", variables=variables, **options
        )
        return self.get_model(response, MutateUser)

    async def ssh_keys(
        self,
        filter_: Union[Optional["FilterInput"], "UnsetType"] = UNSET,
        limit: Union[Optional[int], "UnsetType"] = UNSET,
        skip: Union[Optional[int], "UnsetType"] = UNSET,
        sort: Union[Optional["SortInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "SshKeys":
        from .input_types import FilterInput, SortInput
        from .ssh_keys import SshKeys

        query = gql("""
            query sshKeys($filter: FilterInput, $limit: Int, $skip: Int, $sort: SortInput) {
              SSHKey(filter: $filter, limit: $limit, skip: $skip, sort: $sort) {
                ...SshKeyFields
              }
            }

            fragment SshKeyFields on SSHKey {
              id
              name
              type
              key
              validUntil
              fromPattern
              entityTypeName
              users {
                id
                user
              }
              servers {
                id
                name
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", FilterInput, filter_),
            "limit": limit,
            "skip": skip,
            "sort": self._input_argument("sort", SortInput, sort),
        }
        response = await self.execute(
            query=query, operation_name="sshKeys", variables=variables, **options
        )
        return self.get_model(response, SshKeys)

    async def mutate_ssh_key(
        self,
        delete: bool,
        entity: Union[Optional["SshKeyInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "MutateSshKey":
        from .input_types import SshKeyInput
        from .mutate_ssh_key import MutateSshKey

        query = gql("""
            mutation mutateSshKey($entity: SshKeyInput, $delete: Boolean!) {
              SSHKey(entity: $entity, delete: $delete) {
                ...SshKeyFields
              }
            }

            fragment SshKeyFields on SSHKey {
              id
              name
              type
              key
              validUntil
              fromPattern
              entityTypeName
              users {
                id
                user
              }
              servers {
                id
                name
              }
            }
            """)
        variables: dict[str, object] = {
            "entity": self._input_argument("entity", SshKeyInput, entity),
            "delete": delete,
        }
        response = await self.execute(
            query=query, operation_name="mutateSshKey", variables=variables, **options
        )
        return self.get_model(response, MutateSshKey)

    async def ssl_certificates(
        self,
        filter_: Union[Optional["FilterInput"], "UnsetType"] = UNSET,
        limit: Union[Optional[int], "UnsetType"] = UNSET,
        skip: Union[Optional[int], "UnsetType"] = UNSET,
        sort: Union[Optional["SortInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "SslCertificates":
        from .input_types import FilterInput, SortInput
        from .ssl_certificates import SslCertificates

        query = gql("""
            query sslCertificates($filter: FilterInput, $limit: Int, $skip: Int, $sort: SortInput) {
              SSLCertificate(filter: $filter, limit: $limit, skip: $skip, sort: $sort) {
                ...SslCertificateFields
              }
            }

            fragment SslCertificateFields on SSLCertificate {
              id
              domain
              issuer
              expires
              alternativeDomains
              certificateError
              certificate
              chain
              key
              connectedDomains {
                id
                domain
              }
              connectedDomainPointers {
                id
                pointer
              }
            }
            """)
        variables: dict[str, object] = {
            "filter": self._input_argument("filter_", FilterInput, filter_),
            "limit": limit,
            "skip": skip,
            "sort": self._input_argument("sort", SortInput, sort),
        }
        response = await self.execute(
            query=query,
            operation_name="sslCertificates",
            variables=variables,
            **options,
        )
        return self.get_model(response, SslCertificates)

    async def mutate_ssl_certificate(
        self,
        delete: bool,
        entity: Union[Optional["SslCertificateInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "MutateSslCertificate":
        from .input_types import SslCertificateInput
        from .mutate_ssl_certificate import MutateSslCertificate

        query = gql("""
            mutation mutateSslCertificate($entity: SslCertificateInput, $delete: Boolean!) {
              SSLCertificate(entity: $entity, delete: $delete) {
                ...SslCertificateFields
              }
            }

            fragment SslCertificateFields on SSLCertificate {
              id
              domain
              issuer
              expires
              alternativeDomains
              certificateError
              certificate
              chain
              key
              connectedDomains {
                id
                domain
              }
              connectedDomainPointers {
                id
                pointer
              }
            }
            """)
        variables: dict[str, object] = {
            "entity": self._input_argument("entity", SslCertificateInput, entity),
            "delete": delete,
        }
        response = await self.execute(
            query=query,
            operation_name="mutateSslCertificate",
            variables=variables,
            **options,
        )
        return self.get_model(response, MutateSslCertificate)

    async def request_lets_encrypt(
        self,
        entity: Union[Optional["LetsEncryptRequestInput"], "UnsetType"] = UNSET,
        **options: Unpack[CallOptions],
    ) -> "RequestLetsEncrypt":
        from .input_types import LetsEncryptRequestInput
        from .request_lets_encrypt import RequestLetsEncrypt

        query = gql("""
            mutation requestLetsEncrypt($entity: LetsEncryptRequestInput) {
              LetsEncryptRequest(entity: $entity) {
                steps {
                  message
                  successful
                }
              }
            }
            """)
        variables: dict[str, object] = {
            "entity": self._input_argument("entity", LetsEncryptRequestInput, entity)
        }
        response = await self.execute(
            query=query,
            operation_name="requestLetsEncrypt",
            variables=variables,
            **options,
        )
        return self.get_model(response, RequestLetsEncrypt)
