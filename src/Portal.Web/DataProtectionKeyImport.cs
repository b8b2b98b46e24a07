using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;

namespace Portal.Web;

/// <summary>
/// Data-protection keys used to be files in {data}/keys; they now live in the database (DataProtection_Keys), shared
/// by every node and carried by a backup. On start, a file the table lacks (by name: "key-{id}", as the framework
/// names both) is copied in, so sign-ins and tokens issued before the upgrade stay valid. The files are left alone.
/// </summary>
internal static class DataProtectionKeyImport
{
    public static async Task<int> ImportAsync(PortalDbContext db, string folder, ILogger logger, CancellationToken ct = default)
    {
        if (!Directory.Exists(folder))
            return 0;
        var known = (await db.DataProtectionKeys.Select(k => k.FriendlyName).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var added = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.xml").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (known.Contains(name))
                continue;
            try
            {
                db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = name, Xml = XElement.Load(file).ToString(SaveOptions.DisableFormatting) });
                added++;
            }
            catch (XmlException ex)
            {
                logger.LogWarning(ex, "Data-protection key file {File} is not XML; it is not imported", file);
            }
        }
        if (added > 0)
        {
            await db.SaveChangesAsync(ct);
            logger.LogInformation("Imported {Count} data-protection keys from {Folder} into the database", added, folder);
        }
        return added;
    }
}
