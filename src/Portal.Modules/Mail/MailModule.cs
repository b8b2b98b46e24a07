using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Modules.Infrastructure;
using Portal.Modules.Jobs;

namespace Portal.Modules.Mail;

/// <summary>A message waiting in the outbox; written in the same transaction as what caused it.</summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }
    public required string To { get; set; }
    public required string Subject { get; set; }
    public required string TextBody { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? SentUtc { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    /// <summary>Which node is sending it, so two nodes never send the same message.</summary>
    public Guid? ClaimToken { get; set; }
    public DateTime? ClaimedUtc { get; set; }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> message)
    {
        message.ToTable("Mail_Outbox");
        message.Property(m => m.To).HasMaxLength(320);
        message.Property(m => m.Subject).HasMaxLength(300);
        message.Property(m => m.LastError).HasMaxLength(1000);
        message.HasIndex(m => new { m.SentUtc, m.ClaimedUtc });
    }
}

public sealed class MailOptions
{
    /// <summary>SMTP host; when empty, messages are written as .eml files into the data folder (development).</summary>
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    /// <summary>None, StartTls, SslOnConnect (port 465), Auto or StartTlsWhenAvailable; unset, <see cref="SmtpSsl"/> decides.</summary>
    public SecureSocketOptions? SmtpSecurity { get; set; }
    /// <summary>The older switch, kept working: true is STARTTLS (what System.Net.Mail's EnableSsl did), false is none.</summary>
    public bool SmtpSsl { get; set; } = true;
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }
    /// <summary>Connecting, and each command after it, gives up after this long.</summary>
    public TimeSpan SmtpTimeout { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>An address, or "Tên &lt;address&gt;".</summary>
    public string From { get; set; } = "no-reply@localhost";
    /// <summary>The sender's name shown to readers; overrides a name written in <see cref="From"/>.</summary>
    public string? FromName { get; set; }
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(10);

    public SecureSocketOptions Security => SmtpSecurity ?? (SmtpSsl ? SecureSocketOptions.StartTls : SecureSocketOptions.None);
}

public static class MailModule
{
    public static IServiceCollection AddMailModule(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration("Mail");
        services.AddScoped<IMailOutbox, MailOutbox>();
        services.AddScoped<IMailArchive, MailArchive>();
        services.TryAddSingleton<PortalMetrics>();
        services.AddScoped<MailDispatcher>();
        services.AddPeriodicJob<MailDispatchJob>();
        return services;
    }
}
