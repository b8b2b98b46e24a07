using Portal.Modules.Accounts;
using Portal.Modules.Admin;
using Portal.Modules.Audit;
using Portal.Modules.Backup;
using Portal.Modules.Changes;
using Portal.Modules.Bulletins;
using Portal.Modules.Clips;
using Portal.Modules.Columns;
using Portal.Modules.Content;
using Portal.Modules.Documents;
using Portal.Modules.Events;
using Portal.Modules.Exchange;
using Portal.Modules.Experts;
using Portal.Modules.Plans;
using Portal.Modules.Feeds;
using Portal.Modules.Infrastructure;
using Portal.Modules.Jobs;
using Portal.Modules.Mail;
using Portal.Modules.Media;
using Portal.Modules.News;
using Portal.Modules.Pages;
using Portal.Modules.Publications;
using Portal.Modules.Questions;
using Portal.Modules.Recipes;
using Portal.Modules.Search;
using Portal.Modules.Settings;
using Portal.Modules.Site.Counters;
using Portal.Modules.Taxonomies;
using Portal.Web;
using Portal.Web.Observability;

var builder = WebApplication.CreateBuilder(args);
var paths = PortalPaths.From(builder.Configuration, builder.Environment);

builder.AddPortalHost(paths);
builder.Services.AddPortalDatabase(builder.Configuration, paths);
builder.Services.AddAuditModule();
builder.Services.AddChangesModule();
builder.Services.AddJobsModule();
builder.Services.AddAccountsModule();
builder.Services.AddAdminModule();
builder.Services.AddMailModule();
builder.Services.AddSettingsModule();
builder.Services.AddContentModule();
builder.Services.AddTaxonomiesModule();
builder.Services.AddRecipesModule();
builder.Services.AddPagesModule();
builder.Services.AddNewsModule();
builder.Services.AddColumnsModule();
builder.Services.AddClipsModule();
builder.Services.AddBulletinsModule();
builder.Services.AddPublicationsModule();
builder.Services.AddEventsModule();
builder.Services.AddDocumentsModule();
builder.Services.AddFeedsModule();
builder.Services.AddMediaModule();
builder.Services.AddSearchModule();
builder.Services.AddExchangeModule();
builder.Services.AddExpertsModule();
builder.Services.AddPlansModule();
builder.Services.AddSiteCounters();
builder.Services.AddQuestionsModule();
builder.Services.AddBackupModule();
// Last: it wraps the output-cache store whichever module registered it.
builder.AddPortalObservability();

var app = builder.Build();

if (PortalCommands.IsCommand(args))
    return await PortalCommands.RunAsync(app, args);
if (SearchCommands.IsCommand(args))
    return await SearchCommands.RunAsync(app, args);
if (ExpertCommands.IsCommand(args))
    return await ExpertCommands.RunAsync(app, args);
if (PlanCommands.IsCommand(args))
    return await PlanCommands.RunAsync(app, args);
if (BackupCommands.IsCommand(args))
    return await BackupCommands.RunAsync(app, args);

await app.InitializePortalAsync();
app.UsePortalObservability();
app.UsePortalHost();
app.UseAuditModule();
app.MapContentModule();
app.MapEventsModule();
app.MapFeedsModule();
app.MapMediaModule();
app.MapSearchModule();
app.MapExchangeModule();
app.MapPlansModule();
app.MapSiteCounters();
await app.RunAsync();
return 0;

public partial class Program;
