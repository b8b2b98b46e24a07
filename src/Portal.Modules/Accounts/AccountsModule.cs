using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Infrastructure;

namespace Portal.Modules.Accounts;

public static class AccountsModule
{
    public static IServiceCollection AddAccountsModule(this IServiceCollection services)
    {
        services.AddIdentity<PortalUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.SignIn.RequireConfirmedEmail = true;
                options.Tokens.PasswordResetTokenProvider = PasswordResetTokenProvider.ProviderName;
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddDefaultTokenProviders()
            // Identity's own providers read the system clock; these read the injected TimeProvider (ClockedTokenProviders.cs).
            .AddTokenProvider<ClockedAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddTokenProvider<PasswordResetTokenProvider>(PasswordResetTokenProvider.ProviderName)
            .AddErrorDescriber<VietnameseIdentityErrors>();
        services.AddOptions<PasswordResetTokenOptions>();

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/dang-nhap";
            cookie.LogoutPath = "/dang-xuat";
            cookie.AccessDeniedPath = "/khong-co-quyen";
            cookie.Cookie.Name = "portal.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.Events.OnValidatePrincipal = SessionRevocation.ValidateAsync;
        });

        services.AddAuthorization(options =>
        {
            foreach (var (permission, roles) in Permissions.RolesHolding)
                options.AddPolicy(permission, policy => policy.RequireAuthenticatedUser().RequireRole(roles).AddRequirements(new SecondFactorRequirement()));
        });
        services.AddOptions<TwoFactorRule>()
            .Configure<IConfiguration>((rule, configuration) =>
            {
                if (configuration[TwoFactorRule.ConfigurationKey] is { } roles)
                    rule.RequiredFor = TwoFactorRule.Parse(roles);
            })
            .Validate(rule => rule.RequiredFor.All(Roles.All.Contains), $"{TwoFactorRule.ConfigurationKey} names a role that does not exist; roles: {string.Join(", ", Roles.All)}.")
            .ValidateOnStart();
        services.AddSingleton<IAuthorizationHandler, SecondFactorHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, SecondFactorEnrolmentRedirect>();
        services.AddScoped<AdminBootstrapper>();
        services.AddSingleton(new OperatorConsole());
        return services;
    }

    /// <summary>Every page under /admin needs at least admin access, whatever its own attributes say.</summary>
    public static void ProtectAdminPages(this Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions options) =>
        options.Conventions.Add(new AdminPagesConvention());

    private sealed class AdminPagesConvention : IPageApplicationModelConvention
    {
        public void Apply(PageApplicationModel model)
        {
            var template = model.ActionDescriptor.AttributeRouteInfo?.Template ?? "";
            if (template.Equals("admin", StringComparison.OrdinalIgnoreCase) || template.StartsWith("admin/", StringComparison.OrdinalIgnoreCase))
                model.EndpointMetadata.Add(new AuthorizeAttribute(Permissions.AccessAdmin));
        }
    }
}
