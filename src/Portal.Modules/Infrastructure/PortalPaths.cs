using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Portal.Modules.Infrastructure;

/// <summary>Where the portal keeps its files: the data folder (database, mail), the media store and the recipes.</summary>
public sealed class PortalPaths
{
    public required string DataFolder { get; init; }
    public required string RecipesFolder { get; init; }
    /// <summary>The media store's root (Media:Folder, default {data}/media): one folder every web node mounts.</summary>
    public string MediaFolder
    {
        get => mediaFolder ?? Path.Combine(DataFolder, "media");
        init => mediaFolder = value;
    }

    /// <summary>Media:Folder was set: what the nodes must share about media (the signing key) lives there too.</summary>
    public bool SharedMediaFolder { get; init; }

    private readonly string? mediaFolder;

    public string MailFolder => Path.Combine(DataFolder, "mail");

    /// <summary>Where versions before the keys moved into the database kept the data-protection keys.</summary>
    public string LegacyKeysFolder => Path.Combine(DataFolder, "keys");

    public static PortalPaths From(IConfiguration configuration, IHostEnvironment environment)
    {
        var root = FindRepositoryRoot(environment.ContentRootPath);
        var data = configuration["PORTAL_DATA"] ?? configuration["Portal:DataFolder"] ?? Path.Combine(root, "App_Data");
        var recipes = configuration["Portal:RecipesFolder"] ?? Path.Combine(root, "content-recipes");
        Directory.CreateDirectory(data);
        var media = configuration["Media:Folder"] is { Length: > 0 } folder ? folder : null;
        return new PortalPaths
        {
            DataFolder = Path.GetFullPath(data),
            RecipesFolder = Path.GetFullPath(recipes),
            MediaFolder = Path.GetFullPath(media ?? Path.Combine(data, "media")),
            SharedMediaFolder = media is not null,
        };
    }

    private static string FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "content-recipes")))
                return dir.FullName;
        }
        return start;
    }
}
