using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Infrastructure;
using Portal.Modules.Media.Storage;
using Portal.Modules.Recipes;

namespace Portal.Modules.Media;

/// <summary>
/// { "name": "media", "items": [ { "id": "32 hex", "file": "media/hoi-thao.jpg", "alt", "caption", "credit", "folder", "tags" } ] }.
/// Upsert by id: a file whose bytes (SHA-256) and texts already match is left alone; new bytes go through the same
/// checks and presets as an upload. Files are named relative to the recipe and may not leave its folder.
/// </summary>
internal sealed partial class MediaRecipeStep(PortalDbContext db, MediaProcessor processor, IMediaStore store, MediaUploader uploader, TimeProvider clock) : IRecipeStep
{
    public string Name => "media";

    /// <summary>Before content (100), whose media fields must name files that exist.</summary>
    public int Order => 50;

    private sealed record Entry(string Id, string Path, string File, string FullPath, string Alt, string Caption, string Credit, string Folder, string Tags);

    public async Task ImportAsync(JsonElement step, RecipeContext context, CancellationToken ct)
    {
        // Every entry is checked before any file is processed, so a missing file stops the recipe before the store is touched.
        var entries = context.Array(step, "items", "items").Select(e => Read(e.Item, e.Path, context)).ToList();
        foreach (var entry in entries)
        {
            var hash = await HashAsync(entry.FullPath, ct);
            var item = await db.Set<MediaItem>().FirstOrDefaultAsync(m => m.Id == entry.Id, ct);
            var changed = false;
            if (item is null || item.Hash != hash)
            {
                var file = await ProcessAsync(entry, item?.Kind, context, ct);
                var now = clock.GetUtcNow().UtcDateTime;
                if (item is null)
                {
                    item = new MediaItem
                    {
                        Id = entry.Id, FileName = System.IO.Path.GetFileName(entry.File), Mime = file.Type.Mime, Extension = file.Type.Extension,
                        Hash = file.Hash, CreatedUtc = now, UploadedBy = "Công thức " + context.FileName,
                    };
                    db.Add(item);
                }
                item.FileName = System.IO.Path.GetFileName(entry.File);
                item.Mime = file.Type.Mime;
                item.Extension = file.Type.Extension;
                MediaUploader.Apply(item, file, now);
                changed = true;
            }
            if (item.Alt != entry.Alt || item.Caption != entry.Caption || item.Credit != entry.Credit || item.Folder != entry.Folder || item.Tags != entry.Tags)
            {
                (item.Alt, item.Caption, item.Credit, item.Folder, item.Tags) = (entry.Alt, entry.Caption, entry.Credit, entry.Folder, entry.Tags);
                if (item.Kind == MediaKind.Image && item.Alt.Length == 0)
                    throw context.Error($"{entry.Path}.alt", string.Format(MediaTexts.AltRequired, entry.File));
                changed = true;
            }
            if (changed)
            {
                item.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
                uploader.RecordChange(item);
                context.Changes++;
            }
        }
    }

    /// <summary>Writes each original to media/{id}.{ext} beside the recipe, so the export imports on another machine.</summary>
    public async Task<JsonObject?> ExportAsync(string folder, CancellationToken ct)
    {
        var items = await db.Set<MediaItem>().AsNoTracking().OrderBy(m => m.Id).ToListAsync(ct);
        if (items.Count == 0)
            return null;
        Directory.CreateDirectory(System.IO.Path.Combine(folder, "media"));
        var nodes = new JsonArray();
        foreach (var item in items)
        {
            var relative = $"media/{item.Id}.{item.Extension}";
            await using (var source = await store.OpenReadAsync(MediaKeys.Original(item.Hash), ct))
            {
                if (source is null)
                    continue;
                await using var target = File.Create(System.IO.Path.Combine(folder, relative));
                await source.CopyToAsync(target, ct);
            }
            nodes.Add(new JsonObject
            {
                ["id"] = item.Id, ["file"] = relative, ["alt"] = item.Alt, ["caption"] = item.Caption,
                ["credit"] = item.Credit, ["folder"] = item.Folder, ["tags"] = item.Tags,
            });
        }
        return new JsonObject { ["name"] = Name, ["items"] = nodes };
    }

    public Task<JsonObject?> ExportAsync(CancellationToken ct) =>
        throw new InvalidOperationException("The media step exports files and needs the recipe's folder.");

    private static Entry Read(JsonElement element, string path, RecipeContext context)
    {
        var id = context.RequiredString(element, "id", path);
        if (!IdPattern().IsMatch(id))
            throw context.Error($"{path}.id", MediaTexts.RecipeIdInvalid);
        var file = context.RequiredString(element, "file", path);
        if (context.Folder is not { } folder)
            throw context.Error($"{path}.file", MediaTexts.RecipeNoFolder);
        var root = System.IO.Path.GetFullPath(folder);
        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(root, file));
        if (System.IO.Path.IsPathRooted(file) || !full.StartsWith(root.TrimEnd(System.IO.Path.DirectorySeparatorChar) + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw context.Error($"{path}.file", string.Format(MediaTexts.RecipeFileOutside, file));
        if (!File.Exists(full))
            throw context.Error($"{path}.file", string.Format(MediaTexts.RecipeFileMissing, file));
        var alt = context.OptionalString(element, "alt", path)?.Trim() ?? "";
        if (alt.Length > 500)
            throw context.Error($"{path}.alt", MediaTexts.AltTooLong);
        return new Entry(id, path, file, full, alt,
            MediaUploader.Clip(context.OptionalString(element, "caption", path), 1000),
            MediaUploader.Clip(context.OptionalString(element, "credit", path), 200),
            MediaUploader.Clip(context.OptionalString(element, "folder", path), 100),
            MediaUploader.NormaliseTags(context.OptionalString(element, "tags", path)));
    }

    private async Task<ProcessedFile> ProcessAsync(Entry entry, MediaKind? existingKind, RecipeContext context, CancellationToken ct)
    {
        var field = "file";
        try
        {
            await using var content = File.OpenRead(entry.FullPath);
            return await processor.ProcessAsync(content, System.IO.Path.GetFileName(entry.File), type =>
            {
                if (existingKind is { } kind && type.Kind != kind)
                    return string.Format(MediaTexts.ReplaceKindMismatch, MediaTexts.KindName(kind));
                if (type.Kind == MediaKind.Image && entry.Alt.Length == 0)
                {
                    field = "alt";
                    return string.Format(MediaTexts.AltRequired, entry.File);
                }
                return null;
            }, ct);
        }
        catch (MediaRejectedException ex)
        {
            throw context.Error($"{entry.Path}.{field}", ex.Message);
        }
    }

    private static async Task<string> HashAsync(string path, CancellationToken ct)
    {
        await using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(file, ct));
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial System.Text.RegularExpressions.Regex IdPattern();
}
