using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Portal.Web;

/// <summary>
/// Redis when ConnectionStrings:Redis is set: one connection per node, the output-cache store every node shares
/// (unless Portal:OutputCacheStore=Memory) and a readiness check. Unset, none of this runs and no server is needed.
/// </summary>
internal static class RedisSetup
{
    public const string DefaultInstanceName = "portal:";

    // Short timeouts: a Redis that does not answer must cost a request little (the cache store then rests a while).
    private const string Defaults = "abortConnect=false,connectTimeout=2000,syncTimeout=1000,asyncTimeout=1000,connectRetry=1";

    /// <summary>After AddOutputCache: the Redis store replaces the in-memory one.</summary>
    public static void AddPortalRedis(this IServiceCollection services, IConfiguration configuration)
    {
        var connection = configuration.GetConnectionString("Redis") is { Length: > 0 } c ? c : null;
        var sharedCache = UsesRedisOutputCache(configuration, connection is not null);
        if (connection is null)
            return;
        services.AddSingleton<IConnectionMultiplexer>(sp => Connect(connection, sp.GetRequiredService<ILogger<ConnectionMultiplexer>>()));
        // Down is Degraded, not Unhealthy: the node still serves, only uncached.
        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", HealthStatus.Degraded, ["ready"]);
        if (sharedCache)
            AddRedisOutputCache(services, configuration["Redis:InstanceName"] is { Length: > 0 } name ? name : DefaultInstanceName);
    }

    private static bool UsesRedisOutputCache(IConfiguration configuration, bool redisConfigured) =>
        configuration["Portal:OutputCacheStore"] switch
        {
            null or "" => redisConfigured,
            var s when s.Equals("Memory", StringComparison.OrdinalIgnoreCase) => false,
            var s when s.Equals("Redis", StringComparison.OrdinalIgnoreCase) => redisConfigured
                ? true
                : throw new InvalidOperationException("Portal:OutputCacheStore=Redis cần ConnectionStrings:Redis."),
            var s => throw new InvalidOperationException($"Portal:OutputCacheStore phải là Memory hoặc Redis (đang là \"{s}\")."),
        };

    private static ConnectionMultiplexer Connect(string configuration, ILogger logger)
    {
        // The operator's settings come after the defaults and win.
        var options = ConfigurationOptions.Parse(Defaults + "," + configuration);
        // While disconnected a command fails at once instead of waiting in a backlog for its timeout.
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ClientName ??= "portal";
        var redis = ConnectionMultiplexer.Connect(options);
        redis.ConnectionFailed += (_, e) => logger.LogWarning(e.Exception, "Redis connection to {Endpoint} lost ({Failure})", e.EndPoint, e.FailureType);
        redis.ConnectionRestored += (_, e) => logger.LogInformation("Redis connection to {Endpoint} restored", e.EndPoint);
        if (!redis.IsConnected)
            logger.LogWarning("Redis ({Endpoints}) is not reachable at start-up; pages are served uncached until it is", string.Join(", ", options.EndPoints));
        return redis;
    }

    /// <summary>
    /// Microsoft's Redis output-cache store (keys under <paramref name="instanceName"/>), over this node's one
    /// connection, wrapped so a node that loses Redis degrades instead of failing (<see cref="ResilientOutputCacheStore"/>).
    /// </summary>
    private static void AddRedisOutputCache(IServiceCollection services, string instanceName)
    {
        services.RemoveAll<IOutputCacheStore>();
        services.AddStackExchangeRedisOutputCache(o => o.InstanceName = instanceName);
        services.AddOptions<RedisOutputCacheOptions>().Configure<IServiceProvider>((o, sp) =>
            o.ConnectionMultiplexerFactory = () => Task.FromResult(sp.GetRequiredService<IConnectionMultiplexer>()));
        var redisStore = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Remove(redisStore);
        services.AddSingleton<IOutputCacheStore>(sp => new ResilientOutputCacheStore(
            Create(sp, redisStore), sp.GetRequiredService<ILogger<ResilientOutputCacheStore>>()));
    }

    private static IOutputCacheStore Create(IServiceProvider services, ServiceDescriptor descriptor) =>
        (IOutputCacheStore)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
