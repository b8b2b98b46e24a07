using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Infrastructure;
using Portal.Modules.Jobs;

namespace Portal.Modules.Experts.Rights;

/// <summary>Data-subject rights on expert profiles: self-service, the public request form and the staff queue.</summary>
public static class RightsSetup
{
    public static IServiceCollection AddExpertRights(this IServiceCollection services)
    {
        services.AddWorkingCalendar();
        services.AddScoped<ExpertRights>();
        services.AddScoped<DataRequestWorkflow>();
        services.AddPeriodicJob<PendingRequestCleanupJob>();
        // The export's parts, in the order they are written; other parts (consultations) add theirs.
        services.AddScoped<IExpertDataPart, ConsentDataPart>();
        services.AddScoped<IExpertDataPart, DataRequestPart>();
        services.AddScoped<IExpertDataPart, MailDataPart>();
        services.AddScoped<IExpertDataPart, AuditDataPart>();
        services.AddScoped<IExpertDataPart, RevisionDataPart>();
        services.AddScoped<IExpertDataPart, ConsultationDataPart>();
        return services;
    }
}
