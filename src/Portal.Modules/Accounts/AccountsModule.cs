using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Infrastructure.Identity;
using Portal.Modules.Infrastructure.Web;
using Portal.Modules.Infrastructure;
using Portal.Modules.Recipes;

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
        // After the framework's post-configuration, which creates the format this wraps.
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, cookie =>
            cookie.TicketDataFormat = new AuthCookieFormat(cookie.TicketDataFormat));

        services.AddAuthorization();
        services.AddOptions<AuthorizationOptions>().Configure<IEnumerable<PermissionDefinition>>(AddPermissionPolicies).ValidateOnStart();
        services.AddPermissions(AccountsPermissions.All);
        services.AddAdminMenu(new AdminMenuEntry("Người dùng", "/admin/nguoi-dung", AccountsPermissions.ManageUsers, 50));
        services.AddScoped<IAuthorizationHandler, OwnerHandler>();
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
        services.AddScoped<IRecipeStep, UsersRecipeStep>();
        services.AddSingleton(new OperatorConsole());
        return services;
    }

    /// <summary>
    /// One policy per permission the modules registered: the roles its definition names, signed in, and the second
    /// factor when the role must use one (TwoFactorRule.cs). Read at start-up (ValidateOnStart), so a permission
    /// declared twice or naming an unknown role stops the app there.
    /// </summary>
    private static void AddPermissionPolicies(AuthorizationOptions options, IEnumerable<PermissionDefinition> permissions)
    {
        foreach (var permission in permissions)
        {
            if (options.GetPolicy(permission.Name) is not null)
                throw new InvalidOperationException($"The permission {permission.Name} is declared twice.");
            if (permission.DefaultRoles.FirstOrDefault(r => !Roles.All.Contains(r)) is { } unknown)
                throw new InvalidOperationException($"The permission {permission.Name} names the role {unknown}, which does not exist; roles: {string.Join(", ", Roles.All)}.");
            options.AddPolicy(permission.Name, policy => policy.RequireAuthenticatedUser().RequireRole(permission.DefaultRoles).AddRequirements(new SecondFactorRequirement()));
        }
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
                model.EndpointMetadata.Add(new AuthorizeAttribute(AccountsPermissions.AccessAdmin));
        }
    }
}
