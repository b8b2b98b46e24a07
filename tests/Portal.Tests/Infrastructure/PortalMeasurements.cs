using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Infrastructure;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// Sums what the "Portal" meter of one app records from now on. Other apps in the test process have meters of the
/// same name; only this app's (its IMeterFactory is the meter's scope) is listened to.
/// </summary>
public sealed class PortalMeasurements : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly Dictionary<string, long> sums = [];

    public PortalMeasurements(IServiceProvider app)
    {
        var factory = app.GetRequiredService<IMeterFactory>();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == PortalMetrics.Name && ReferenceEquals(instrument.Meter.Scope, factory))
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            lock (sums)
                sums[instrument.Name] = sums.GetValueOrDefault(instrument.Name) + value;
        });
        listener.Start();
    }

    public long this[string instrument]
    {
        get
        {
            lock (sums)
                return sums.GetValueOrDefault(instrument);
        }
    }

    public void Dispose() => listener.Dispose();
}
