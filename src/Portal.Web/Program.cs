using Portal.Modules.Accounts;
using Portal.Modules.Content;
using Portal.Modules.Infrastructure;
using Portal.Modules.News;
using Portal.Modules.Pages;
using Portal.Modules.Recipes;
using Portal.Modules.Search;
using Portal.Modules.Settings;
using Portal.Modules.Taxonomies;
using Portal.Web;

var builder = WebApplication.CreateBuilder(args);
var paths = PortalPaths.From(builder.Configuration, builder.Environment);

builder.AddPortalHost(paths);
builder.Services.AddPortalDatabase(builder.Configuration, paths);
builder.Services.AddAccountsModule();
builder.Services.AddSettingsModule();
builder.Services.AddContentModule();
builder.Services.AddTaxonomiesModule();
builder.Services.AddRecipesModule();
builder.Services.AddPagesModule();
builder.Services.AddNewsModule();
builder.Services.AddSearchModule();

var app = builder.Build();

if (PortalCommands.IsCommand(args))
    return await PortalCommands.RunAsync(app, args);
if (SearchCommands.IsCommand(args))
    return await SearchCommands.RunAsync(app, args);

await app.InitializePortalAsync();
app.UsePortalHost();
app.MapContentModule();
app.MapSearchModule();
await app.RunAsync();
return 0;

public partial class Program;
