using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;

namespace Portal.Web;

/// <summary>
/// Compression runs inside the output cache, so a cached entry is the compressed body and a hit only copies bytes.
/// Every cached response therefore varies by the encoding the compression middleware will choose (br, gzip or
/// identity), not by the raw Accept-Encoding header, whose spellings would otherwise multiply the entries.
/// A base policy, so no cached endpoint can forget it; it enables caching for none.
/// </summary>
internal sealed class EncodingCacheKey : IOutputCachePolicy
{
    public const string Name = "encoding";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var compression = http.RequestServices.GetRequiredService<IResponseCompressionProvider>();
        context.CacheVaryByRules.VaryByValues[Name] = compression.CheckRequestAcceptsCompression(http)
            ? compression.GetCompressionProvider(http)?.EncodingName ?? "identity"
            : "identity";
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
