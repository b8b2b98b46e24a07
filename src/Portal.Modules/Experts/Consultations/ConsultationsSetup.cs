using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Jobs;

namespace Portal.Modules.Experts.Consultations;

/// <summary>Consultation requests to experts and topic suggestions: their services, settings and job.</summary>
public static class ConsultationsSetup
{
    public static IServiceCollection AddExpertConsultations(this IServiceCollection services)
    {
        services.AddOptions<ConsultationOptions>().BindConfiguration("Experts:Consultations");
        services.AddScoped<ConsultationWorkflow>();
        services.AddScoped<ConsultationData>();
        services.AddPeriodicJob<ConsultationExpiryJob>();
        return services;
    }
}
