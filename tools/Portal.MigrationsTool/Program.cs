using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Infrastructure;

// Usage: dotnet run --project tools/Portal.MigrationsTool -- add NAME   (writes both providers' migrations)
if (args.Length != 2 || args[0] != "add")
{
    Console.Error.WriteLine("usage: add MigrationName");
    return 2;
}

var root = FindRoot();
var webProject = Path.Combine(root, "src", "Portal.Web");
var webAssembly = System.Reflection.Assembly.Load("Portal.Web");

Scaffold(new SqlitePortalDbContext(Options<SqlitePortalDbContext>(o => DatabaseSetup.ConfigureSqlite(o, "Data Source=design.db"))), "Sqlite");
Scaffold(new PostgresPortalDbContext(Options<PostgresPortalDbContext>(o => DatabaseSetup.ConfigurePostgres(o, "Host=localhost;Database=design"))), "Postgres");
return 0;

void Scaffold(PortalDbContext context, string provider)
{
    var reporter = new OperationReporter(null);
    var services = new DesignTimeServicesBuilder(webAssembly, webAssembly, reporter, []).Build(context);
    var scaffolder = services.GetRequiredService<IMigrationsScaffolder>();
    var migration = scaffolder.ScaffoldMigration(args[1], "Portal.Web", $"Migrations.{provider}");
    var files = scaffolder.Save(webProject, migration, Path.Combine(webProject, "Migrations", provider));
    Console.WriteLine($"{provider}: {files.MigrationFile}");
}

static DbContextOptions<T> Options<T>(Action<DbContextOptionsBuilder> configure) where T : DbContext
{
    var builder = new DbContextOptionsBuilder<T>();
    configure(builder);
    return builder.Options;
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "Portal.sln")))
            return dir.FullName;
    throw new InvalidOperationException("Portal.sln not found above " + AppContext.BaseDirectory);
}
