using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Accounts_Consents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    TextVersion = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    GrantedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    WithdrawnUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    IpAddress = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Accounts_Consents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Accounts_Roles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Accounts_Roles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Accounts_Users",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    DisplayName = table.Column<string>(type: "text", nullable: false),
                    OrganisationName = table.Column<string>(type: "text", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Accounts_Users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Content_Audit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContentItemId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: true),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Detail = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Content_Audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Content_Changes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContentItemId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Culture = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Content_Changes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Content_Items",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Culture = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Slug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FirstPublishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    OwnerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Stamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Content_Items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Content_Redirects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContentType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Culture = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    OldSlug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentItemId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Content_Redirects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Content_Terms",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContentItemId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Culture = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Taxonomy = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    TermSlug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    TermName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Content_Terms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Mail_Outbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    To = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TextBody = table.Column<string>(type: "text", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ClaimToken = table.Column<Guid>(type: "uuid", nullable: true),
                    ClaimedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Mail_Outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Media_Items",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Mime = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Extension = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    Width = table.Column<int>(type: "integer", nullable: true),
                    Height = table.Column<int>(type: "integer", nullable: true),
                    PresetWidths = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PresetFormats = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DurationSeconds = table.Column<double>(type: "double precision", nullable: true),
                    Alt = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Caption = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Credit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Folder = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Tags = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CaptionsId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Media_Items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Search_Cursor",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Position = table.Column<long>(type: "bigint", nullable: false),
                    RebuildTarget = table.Column<long>(type: "bigint", nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Search_Cursor", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "Search_Documents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Culture = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Lead = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    Url = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    DateUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Day = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Search_Documents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Search_Facets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EntryId = table.Column<long>(type: "bigint", nullable: false),
                    Name = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Value = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Search_Facets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Search_Terms",
                columns: table => new
                {
                    Term = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Display = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Docs = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Search_Terms", x => x.Term);
                });

            migrationBuilder.CreateTable(
                name: "Settings_Site",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    AgencyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AgencyNameEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ParentAgency = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Phone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Email = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    LogoUrl = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    FacebookUrl = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    YoutubeUrl = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ZaloUrl = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ResponsiblePerson = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LicenceNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Stamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Settings_Site", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Taxonomies_Terms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Taxonomy = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ParentSlug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    Order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Taxonomies_Terms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Accounts_RoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Accounts_RoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Accounts_RoleClaims_Accounts_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Accounts_Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Accounts_UserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Accounts_UserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Accounts_UserClaims_Accounts_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Accounts_Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Accounts_UserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Accounts_UserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_Accounts_UserLogins_Accounts_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Accounts_Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Accounts_UserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    RoleId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Accounts_UserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_Accounts_UserRoles_Accounts_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Accounts_Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Accounts_UserRoles_Accounts_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Accounts_Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Accounts_UserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Accounts_UserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_Accounts_UserTokens_Accounts_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Accounts_Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Content_Versions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContentItemId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Culture = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Latest = table.Column<bool>(type: "boolean", nullable: false),
                    Published = table.Column<bool>(type: "boolean", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Slug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    BodyMarkdown = table.Column<string>(type: "text", nullable: false),
                    BodyHtml = table.Column<string>(type: "text", nullable: false),
                    FieldsJson = table.Column<string>(type: "text", nullable: false),
                    DisplayDateUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ScheduledUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AuthorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    AuthorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Content_Versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Content_Versions_Content_Items_ContentItemId",
                        column: x => x.ContentItemId,
                        principalTable: "Content_Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_Consents_UserId_Purpose",
                table: "Accounts_Consents",
                columns: new[] { "UserId", "Purpose" });

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_RoleClaims_RoleId",
                table: "Accounts_RoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "Accounts_Roles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_UserClaims_UserId",
                table: "Accounts_UserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_UserLogins_UserId",
                table: "Accounts_UserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_UserRoles_RoleId",
                table: "Accounts_UserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "Accounts_Users",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "Accounts_Users",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Content_Audit_ContentItemId_AtUtc",
                table: "Content_Audit",
                columns: new[] { "ContentItemId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Content_Items_ContentType_Culture_Slug",
                table: "Content_Items",
                columns: new[] { "ContentType", "Culture", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Content_Redirects_ContentType_Culture_OldSlug",
                table: "Content_Redirects",
                columns: new[] { "ContentType", "Culture", "OldSlug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Content_Terms_ContentItemId",
                table: "Content_Terms",
                column: "ContentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Content_Terms_ContentType_Culture_Taxonomy_TermSlug",
                table: "Content_Terms",
                columns: new[] { "ContentType", "Culture", "Taxonomy", "TermSlug" });

            migrationBuilder.CreateIndex(
                name: "IX_Content_Versions_ContentItemId_Number",
                table: "Content_Versions",
                columns: new[] { "ContentItemId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Content_Versions_ContentType_Culture_Published_DisplayDateU~",
                table: "Content_Versions",
                columns: new[] { "ContentType", "Culture", "Published", "DisplayDateUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Content_Versions_ContentType_Culture_Slug_Published",
                table: "Content_Versions",
                columns: new[] { "ContentType", "Culture", "Slug", "Published" });

            migrationBuilder.CreateIndex(
                name: "IX_Content_Versions_State_ScheduledUtc",
                table: "Content_Versions",
                columns: new[] { "State", "ScheduledUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Mail_Outbox_SentUtc_ClaimedUtc",
                table: "Mail_Outbox",
                columns: new[] { "SentUtc", "ClaimedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Media_Items_Folder_CreatedUtc",
                table: "Media_Items",
                columns: new[] { "Folder", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Media_Items_Hash",
                table: "Media_Items",
                column: "Hash");

            migrationBuilder.CreateIndex(
                name: "IX_Search_Documents_Key",
                table: "Search_Documents",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Search_Facets_EntryId",
                table: "Search_Facets",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_Search_Facets_Name_Value_EntryId",
                table: "Search_Facets",
                columns: new[] { "Name", "Value", "EntryId" });

            migrationBuilder.CreateIndex(
                name: "IX_Taxonomies_Terms_Taxonomy_Slug",
                table: "Taxonomies_Terms",
                columns: new[] { "Taxonomy", "Slug" },
                unique: true);

            // Folding happens in C#; unaccent is a safety net in the vector, pg_trgm serves spelling suggestions.
            migrationBuilder.Sql("""
                CREATE EXTENSION IF NOT EXISTS unaccent;
                CREATE EXTENSION IF NOT EXISTS pg_trgm;
                ALTER TABLE "Search_Documents" ADD COLUMN "Vector" tsvector;
                CREATE INDEX "IX_Search_Documents_Vector" ON "Search_Documents" USING gin ("Vector");
                CREATE INDEX "IX_Search_Terms_Trigram" ON "Search_Terms" USING gin ("Term" gin_trgm_ops);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Search_Terms_Trigram";""");
            migrationBuilder.DropTable(
                name: "Accounts_Consents");

            migrationBuilder.DropTable(
                name: "Accounts_RoleClaims");

            migrationBuilder.DropTable(
                name: "Accounts_UserClaims");

            migrationBuilder.DropTable(
                name: "Accounts_UserLogins");

            migrationBuilder.DropTable(
                name: "Accounts_UserRoles");

            migrationBuilder.DropTable(
                name: "Accounts_UserTokens");

            migrationBuilder.DropTable(
                name: "Content_Audit");

            migrationBuilder.DropTable(
                name: "Content_Changes");

            migrationBuilder.DropTable(
                name: "Content_Redirects");

            migrationBuilder.DropTable(
                name: "Content_Terms");

            migrationBuilder.DropTable(
                name: "Content_Versions");

            migrationBuilder.DropTable(
                name: "Mail_Outbox");

            migrationBuilder.DropTable(
                name: "Media_Items");

            migrationBuilder.DropTable(
                name: "Search_Cursor");

            migrationBuilder.DropTable(
                name: "Search_Documents");

            migrationBuilder.DropTable(
                name: "Search_Facets");

            migrationBuilder.DropTable(
                name: "Search_Terms");

            migrationBuilder.DropTable(
                name: "Settings_Site");

            migrationBuilder.DropTable(
                name: "Taxonomies_Terms");

            migrationBuilder.DropTable(
                name: "Accounts_Roles");

            migrationBuilder.DropTable(
                name: "Accounts_Users");

            migrationBuilder.DropTable(
                name: "Content_Items");
        }
    }
}
