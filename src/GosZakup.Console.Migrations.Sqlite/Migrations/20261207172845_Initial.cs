using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GosZakup.Console.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ActCounters",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActCounters", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "Announcements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IncidentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FirstPublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastPublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Announcements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ApiKeys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RevokedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastUsedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FullNameKk = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FullNameRu = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    IsDisabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Before = table.Column<string>(type: "TEXT", nullable: true),
                    After = table.Column<string>(type: "TEXT", nullable: true),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "CalendarOverrides",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Calendar = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false, defaultValue: "ContactCentre"),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Opens = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    Closes = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    LunchStarts = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    LunchEnds = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    ReasonKk = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ReasonRu = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ReasonEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarOverrides", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IncidentCounters",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IncidentCounters", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "Incidents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    RegisteredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RegisteredByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SystemModule = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AssignedToId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AssignedToName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AssignedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReproductionSteps = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    ReproductionResult = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConfirmationAlertSentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConfirmationAlertSentByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NoSecurityMemberTookPart = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsOperatorRelated = table.Column<bool>(type: "INTEGER", nullable: true),
                    CauseCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ClassificationNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    SeveritySetAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PlannedFixAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FixStartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FixedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FixMeasures = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RegionalLossRegion = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RegionalLossFromUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RegionalLossToUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RegionalLossConfirmation = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RegionalLossRecordedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ForceMajeureFromUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ForceMajeureToUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ForceMajeureDescription = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ForceMajeureWholePortal = table.Column<bool>(type: "INTEGER", nullable: false),
                    OwnerAgreementBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    OwnerAgreementReference = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    OwnerAgreementAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ForceMajeureRecordedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    PreventionKk = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PreventionRu = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OwnerReportSentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OwnerReportSentBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ExtensionsDueAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Incidents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LongJobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubjectKey = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Progress = table.Column<int>(type: "INTEGER", nullable: false),
                    Done = table.Column<int>(type: "INTEGER", nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    LeaseUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    HeartbeatUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    ErrorCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Payload = table.Column<string>(type: "TEXT", maxLength: 6291456, nullable: true),
                    PayloadName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: true),
                    ResultJson = table.Column<string>(type: "TEXT", nullable: true),
                    RequestedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FinishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LongJobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MailTemplates",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubjectKk = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SubjectRu = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    BodyKk = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    BodyRu = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MailTemplates", x => x.Kind);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    MessageKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Arguments = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ReadAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Obligations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Clause = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    SubjectType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TriggerSeverity = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    TriggerChannel = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    TriggeredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DueAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    TargetAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Warn50AtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Warn80AtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Counting = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Calendar = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false, defaultValue: "ContactCentre"),
                    CalendarVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MetAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    MetByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    MetNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Waived = table.Column<bool>(type: "INTEGER", nullable: false),
                    WaivedReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    WaivedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Obligations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubjectType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    BodyText = table.Column<string>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Procurements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AnnouncementNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CustomerName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CustomerBin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    OrganiserName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OrganiserBin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SystemModule = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ResultsProtocolFormedAutomatically = table.Column<bool>(type: "INTEGER", nullable: false),
                    ResultsProtocolCancelledAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Procurements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "QuarterlyReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Progress = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RequestedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    BuiltAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ContentJson = table.Column<string>(type: "TEXT", nullable: true),
                    SignedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SignedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    SignerPosition = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CertificateSubject = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CertificateSerial = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    SignedPdfSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuarterlyReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReminderDigests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    SubjectKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderDigests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Reminders",
                columns: table => new
                {
                    ObligationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reminders", x => new { x.ObligationId, x.Stage });
                });

            migrationBuilder.CreateTable(
                name: "SavedViews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    List = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Query = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SavedViews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SignInSessions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Ticket = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignInSessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WorkingGroupMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false, defaultValue: "WorkingGroup"),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Position = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    HandlesInformationSecurity = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsHead = table.Column<bool>(type: "INTEGER", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkingGroupMembers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WorksPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    ApprovedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ApprovedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorksPlans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AnnouncementUpdates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AnnouncementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TitleKk = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TitleRu = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    BodyKk = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    BodyRu = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnouncementUpdates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnouncementUpdates_Announcements_AnnouncementId",
                        column: x => x.AnnouncementId,
                        principalTable: "Announcements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Acts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    IncidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ActDateUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FailureFromUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FailureToUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SystemModule = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ProcurementNumbers = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    LotNumbers = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    IsOperatorRelated = table.Column<bool>(type: "INTEGER", nullable: false),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    CauseKk = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CauseRu = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SubmittedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReturnComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SignedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SignedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    SignerPosition = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CertificateSubject = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CertificateSerial = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SignedPdfSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReplacesActId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Acts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Acts_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Appeals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DetectedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LateReport = table.Column<bool>(type: "INTEGER", nullable: false),
                    OrganisationName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    TaxpayerNumber = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    ProcurementNumbers = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    LotNumbers = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ParticipationBlocked = table.Column<bool>(type: "INTEGER", nullable: false),
                    RegistrationDueAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RegistrationTargetAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    TakenById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    TakenByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    TakenAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RegisteredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RegisteredById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    RegisteredByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    IncidentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AlertFingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AlertRepeats = table.Column<int>(type: "INTEGER", nullable: false),
                    AlertLastStartsAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AlertLastSeenAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Appeals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Appeals_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ContactLogs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IncidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ObligationCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactLogs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContactLogs_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IncidentDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IncidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ReferralId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IncidentDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IncidentDocuments_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IncidentEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IncidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Arguments = table.Column<string>(type: "TEXT", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IncidentEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IncidentEvents_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IncidentLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IncidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LinkedIncidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    LinkedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IncidentLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IncidentLinks_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IncidentLinks_Incidents_LinkedIncidentId",
                        column: x => x.LinkedIncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IncidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Addressee = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    LetterReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    OwnerConsent = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Referrals_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeadlineChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcurementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LotId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    OldUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NewUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Clause = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeadlineChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeadlineChanges_Procurements_ProcurementId",
                        column: x => x.ProcurementId,
                        principalTable: "Procurements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExtensionOrders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcurementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcurementNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LotId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LotNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    OldUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NewUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Clause = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SourceKind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CancelsAutoProtocol = table.Column<bool>(type: "INTEGER", nullable: false),
                    Provisional = table.Column<bool>(type: "INTEGER", nullable: false),
                    OverrideKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    OverrideByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    OverrideReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ComputedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ApprovedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ApprovedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AppliedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Cursor = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExtensionOrders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExtensionOrders_Procurements_ProcurementId",
                        column: x => x.ProcurementId,
                        principalTable: "Procurements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Lots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcurementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LotNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Lots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Lots_Procurements_ProcurementId",
                        column: x => x.ProcurementId,
                        principalTable: "Procurements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PotentialSuppliers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcurementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaxpayerNumber = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    SecurityAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PotentialSuppliers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PotentialSuppliers_Procurements_ProcurementId",
                        column: x => x.ProcurementId,
                        principalTable: "Procurements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QuarterlyReportFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuarterlyReportFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuarterlyReportFiles_QuarterlyReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "QuarterlyReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IncidentSecurityParticipants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IncidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IncidentSecurityParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IncidentSecurityParticipants_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IncidentSecurityParticipants_WorkingGroupMembers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "WorkingGroupMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WorkingGroupComplaints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LetterNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LetterDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FromMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    FromPosition = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IncidentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IncidentNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    RegisteredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RegisteredByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AnswerDueAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Priority = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Causes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Confirmed = table.Column<bool>(type: "INTEGER", nullable: true),
                    FixStartAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FixByUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AnsweredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AnsweredByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkingGroupComplaints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkingGroupComplaints_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WorkingGroupComplaints_WorkingGroupMembers_FromMemberId",
                        column: x => x.FromMemberId,
                        principalTable: "WorkingGroupMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WorksWindows",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StartUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActualEndUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Modules = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    DescriptionKk = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DescriptionRu = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ExtensionsDueAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NoticeQueuedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorksWindows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorksWindows_WorksPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "WorksPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActFiles",
                columns: table => new
                {
                    ActId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SignedPdf = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActFiles", x => x.ActId);
                    table.ForeignKey(
                        name: "FK_ActFiles_Acts_ActId",
                        column: x => x.ActId,
                        principalTable: "Acts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ActSuppliers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    TaxpayerNumber = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ProcurementNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LotNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    SecurityAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActSuppliers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActSuppliers_Acts_ActId",
                        column: x => x.ActId,
                        principalTable: "Acts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Attachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AppealId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Attachments_Appeals_AppealId",
                        column: x => x.AppealId,
                        principalTable: "Appeals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProcurementDeadlines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcurementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LotId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AnnouncedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcurementDeadlines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProcurementDeadlines_Lots_LotId",
                        column: x => x.LotId,
                        principalTable: "Lots",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ProcurementDeadlines_Procurements_ProcurementId",
                        column: x => x.ProcurementId,
                        principalTable: "Procurements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SecurityReturns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActSupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SupplierTaxpayerNumber = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ProcurementNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LotNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReturnDueAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReturnedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReturnNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReturnRecordedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreditedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreditedTo = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    CreditRecordedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LetterDueAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LetterReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LetterReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    OrganiserName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    OrganiserBin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    CustomerHeadName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Beneficiary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    BeneficiaryBin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    BeneficiaryBank = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Iik = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Bic = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    LetterRecordedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    RefundDueAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RefundedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RefundPaymentReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SupplierToldAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SupplierToldLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    RefundRecordedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SecurityReturns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SecurityReturns_ActSuppliers_ActSupplierId",
                        column: x => x.ActSupplierId,
                        principalTable: "ActSuppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SecurityReturns_Acts_ActId",
                        column: x => x.ActId,
                        principalTable: "Acts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Acts_IncidentId",
                table: "Acts",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_Acts_Number",
                table: "Acts",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Acts_Year_Sequence",
                table: "Acts",
                columns: new[] { "Year", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ActSuppliers_ActId",
                table: "ActSuppliers",
                column: "ActId");

            migrationBuilder.CreateIndex(
                name: "IX_Announcements_IncidentId",
                table: "Announcements",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_Announcements_LastPublishedAtUtc",
                table: "Announcements",
                column: "LastPublishedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_AnnouncementUpdates_AnnouncementId_State",
                table: "AnnouncementUpdates",
                columns: new[] { "AnnouncementId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_Hash",
                table: "ApiKeys",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Appeals_AlertFingerprint",
                table: "Appeals",
                column: "AlertFingerprint");

            migrationBuilder.CreateIndex(
                name: "IX_Appeals_Channel_IncidentId",
                table: "Appeals",
                columns: new[] { "Channel", "IncidentId" });

            migrationBuilder.CreateIndex(
                name: "IX_Appeals_IdempotencyKey",
                table: "Appeals",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Appeals_IncidentId",
                table: "Appeals",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_Appeals_ReceivedAtUtc",
                table: "Appeals",
                column: "ReceivedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Appeals_RegisteredAtUtc_RegistrationDueAtUtc",
                table: "Appeals",
                columns: new[] { "RegisteredAtUtc", "RegistrationDueAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Appeals_TaxpayerNumber",
                table: "Appeals",
                column: "TaxpayerNumber");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_AppealId",
                table: "Attachments",
                column: "AppealId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_AtUtc",
                table: "AuditEntries",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_EntityId",
                table: "AuditEntries",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_CalendarOverrides_Calendar_Date",
                table: "CalendarOverrides",
                columns: new[] { "Calendar", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContactLogs_IncidentId",
                table: "ContactLogs",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineChanges_ProcurementId_AtUtc",
                table: "DeadlineChanges",
                columns: new[] { "ProcurementId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ExtensionOrders_Cursor",
                table: "ExtensionOrders",
                column: "Cursor");

            migrationBuilder.CreateIndex(
                name: "IX_ExtensionOrders_ProcurementId_Kind",
                table: "ExtensionOrders",
                columns: new[] { "ProcurementId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_ExtensionOrders_SourceKind_SourceId_State",
                table: "ExtensionOrders",
                columns: new[] { "SourceKind", "SourceId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_ExtensionOrders_State",
                table: "ExtensionOrders",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_IncidentDocuments_IncidentId",
                table: "IncidentDocuments",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_IncidentEvents_IncidentId_AtUtc",
                table: "IncidentEvents",
                columns: new[] { "IncidentId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_IncidentLinks_IncidentId_LinkedIncidentId",
                table: "IncidentLinks",
                columns: new[] { "IncidentId", "LinkedIncidentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IncidentLinks_LinkedIncidentId",
                table: "IncidentLinks",
                column: "LinkedIncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_Number",
                table: "Incidents",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_Status",
                table: "Incidents",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_Year_Sequence",
                table: "Incidents",
                columns: new[] { "Year", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IncidentSecurityParticipants_IncidentId_MemberId",
                table: "IncidentSecurityParticipants",
                columns: new[] { "IncidentId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IncidentSecurityParticipants_MemberId",
                table: "IncidentSecurityParticipants",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_LongJobs_Kind_SubjectKey_State",
                table: "LongJobs",
                columns: new[] { "Kind", "SubjectKey", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_LongJobs_State_LeaseUntilUtc",
                table: "LongJobs",
                columns: new[] { "State", "LeaseUntilUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Lots_ProcurementId_LotNumber",
                table: "Lots",
                columns: new[] { "ProcurementId", "LotNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserId_ReadAtUtc",
                table: "Notifications",
                columns: new[] { "UserId", "ReadAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Obligations_DueAtUtc",
                table: "Obligations",
                column: "DueAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Obligations_MetAtUtc_Waived_Warn50AtUtc",
                table: "Obligations",
                columns: new[] { "MetAtUtc", "Waived", "Warn50AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Obligations_SubjectType_SubjectId",
                table: "Obligations",
                columns: new[] { "SubjectType", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SentAtUtc_NextAttemptAtUtc",
                table: "OutboxMessages",
                columns: new[] { "SentAtUtc", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SubjectType_SubjectId",
                table: "OutboxMessages",
                columns: new[] { "SubjectType", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_PotentialSuppliers_ProcurementId_TaxpayerNumber",
                table: "PotentialSuppliers",
                columns: new[] { "ProcurementId", "TaxpayerNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PotentialSuppliers_TaxpayerNumber",
                table: "PotentialSuppliers",
                column: "TaxpayerNumber");

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementDeadlines_LotId",
                table: "ProcurementDeadlines",
                column: "LotId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementDeadlines_ProcurementId_LotId_Kind",
                table: "ProcurementDeadlines",
                columns: new[] { "ProcurementId", "LotId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Procurements_AnnouncementNumber",
                table: "Procurements",
                column: "AnnouncementNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Procurements_CustomerBin",
                table: "Procurements",
                column: "CustomerBin");

            migrationBuilder.CreateIndex(
                name: "IX_Procurements_OrganiserBin",
                table: "Procurements",
                column: "OrganiserBin");

            migrationBuilder.CreateIndex(
                name: "IX_QuarterlyReportFiles_ReportId_Kind",
                table: "QuarterlyReportFiles",
                columns: new[] { "ReportId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QuarterlyReports_Year_Quarter_RequestedAtUtc",
                table: "QuarterlyReports",
                columns: new[] { "Year", "Quarter", "RequestedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_IncidentId",
                table: "Referrals",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_ReminderDigests_UserId_SubjectKey_Stage_SentAtUtc",
                table: "ReminderDigests",
                columns: new[] { "UserId", "SubjectKey", "Stage", "SentAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SavedViews_UserId_List_Name",
                table: "SavedViews",
                columns: new[] { "UserId", "List", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SecurityReturns_ActId",
                table: "SecurityReturns",
                column: "ActId");

            migrationBuilder.CreateIndex(
                name: "IX_SecurityReturns_ActSupplierId",
                table: "SecurityReturns",
                column: "ActSupplierId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SignInSessions_ExpiresAtUtc",
                table: "SignInSessions",
                column: "ExpiresAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_SignInSessions_UserId",
                table: "SignInSessions",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkingGroupComplaints_FromMemberId",
                table: "WorkingGroupComplaints",
                column: "FromMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkingGroupComplaints_IncidentId",
                table: "WorkingGroupComplaints",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkingGroupComplaints_ReceivedAtUtc",
                table: "WorkingGroupComplaints",
                column: "ReceivedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_WorkingGroupMembers_Unit_Email",
                table: "WorkingGroupMembers",
                columns: new[] { "Unit", "Email" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorksPlans_Year",
                table: "WorksPlans",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorksWindows_Code",
                table: "WorksWindows",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorksWindows_PlanId",
                table: "WorksWindows",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_WorksWindows_StartUtc",
                table: "WorksWindows",
                column: "StartUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActCounters");

            migrationBuilder.DropTable(
                name: "ActFiles");

            migrationBuilder.DropTable(
                name: "AnnouncementUpdates");

            migrationBuilder.DropTable(
                name: "ApiKeys");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "Attachments");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "CalendarOverrides");

            migrationBuilder.DropTable(
                name: "ContactLogs");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "DeadlineChanges");

            migrationBuilder.DropTable(
                name: "ExtensionOrders");

            migrationBuilder.DropTable(
                name: "IncidentCounters");

            migrationBuilder.DropTable(
                name: "IncidentDocuments");

            migrationBuilder.DropTable(
                name: "IncidentEvents");

            migrationBuilder.DropTable(
                name: "IncidentLinks");

            migrationBuilder.DropTable(
                name: "IncidentSecurityParticipants");

            migrationBuilder.DropTable(
                name: "LongJobs");

            migrationBuilder.DropTable(
                name: "MailTemplates");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "Obligations");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "PotentialSuppliers");

            migrationBuilder.DropTable(
                name: "ProcurementDeadlines");

            migrationBuilder.DropTable(
                name: "QuarterlyReportFiles");

            migrationBuilder.DropTable(
                name: "Referrals");

            migrationBuilder.DropTable(
                name: "ReminderDigests");

            migrationBuilder.DropTable(
                name: "Reminders");

            migrationBuilder.DropTable(
                name: "SavedViews");

            migrationBuilder.DropTable(
                name: "SecurityReturns");

            migrationBuilder.DropTable(
                name: "SignInSessions");

            migrationBuilder.DropTable(
                name: "WorkingGroupComplaints");

            migrationBuilder.DropTable(
                name: "WorksWindows");

            migrationBuilder.DropTable(
                name: "Announcements");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Appeals");

            migrationBuilder.DropTable(
                name: "Lots");

            migrationBuilder.DropTable(
                name: "QuarterlyReports");

            migrationBuilder.DropTable(
                name: "ActSuppliers");

            migrationBuilder.DropTable(
                name: "WorkingGroupMembers");

            migrationBuilder.DropTable(
                name: "WorksPlans");

            migrationBuilder.DropTable(
                name: "Procurements");

            migrationBuilder.DropTable(
                name: "Acts");

            migrationBuilder.DropTable(
                name: "Incidents");
        }
    }
}
