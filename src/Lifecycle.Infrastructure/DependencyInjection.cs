using Lifecycle.Application.Abstractions;
using Lifecycle.Infrastructure.Audit;
using Lifecycle.Infrastructure.Email;
using Lifecycle.Infrastructure.Health;
using Lifecycle.Infrastructure.Identity;
using Lifecycle.Infrastructure.Pdf;
using Lifecycle.Infrastructure.Persistence;
using Lifecycle.Infrastructure.Seeding;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Lifecycle.Infrastructure;

public static class DependencyInjection
{
    public const int MinimumPasswordLength = 12;

    public static IServiceCollection AddLifecycleInfrastructure(this IServiceCollection services)
    {
        // Read when first needed, not now: hosts (and WebApplicationFactory) may still be adding configuration.
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<DatabaseOptions>>().Value);
        services.AddDbContext<LifecycleDbContext>((sp, options) => DbContextOptionsConfigurator.Configure(
            options, sp.GetRequiredService<DatabaseOptions>(), sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddScoped<ILifecycleDbContext>(sp => sp.GetRequiredService<LifecycleDbContext>());
        services.AddScoped<IPeopleDirectory, PeopleDirectory>();
        services.AddOptions<AuditSealOptions>().BindConfiguration(AuditSealOptions.Section)
            .Validate(o => o.SealKey is not { Length: > 0 } || o.KeyBytes is not null, "Audit:SealKey must be at least 32 random bytes, base64-encoded (for example from: openssl rand -base64 32)")
            .Validate<IHostEnvironment>((o, environment) => o.KeyBytes is not null || environment.IsDevelopment(),
                "Set Audit:SealKey to at least 32 random bytes, base64-encoded (for example from: openssl rand -base64 32), kept outside the database: it proves the audit trail has not been cut short or rewritten")
            .ValidateOnStart();
        services.AddSingleton<IAuditSealer, HmacAuditSealer>();
        services.AddEmail();
        services.AddSingleton(TimeProvider.System);

        services.AddIdentity<Person, IdentityRole<Guid>>(ConfigureIdentity)
            .AddEntityFrameworkStores<LifecycleDbContext>()
            .AddClaimsPrincipalFactory<PersonClaimsFactory>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddSignInManager<EqualTimeSignInManager>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<OneUseAuthenticatorTokenProvider>(OneUseAuthenticatorTokenProvider.Name);
        services.Replace(ServiceDescriptor.Scoped<ISecurityStampValidator, SessionCheck>());

        // Keys in the database, so every instance behind a load balancer reads the same cookies.
        services.AddDataProtection().SetApplicationName("Lifecycle").PersistKeysToDbContext<LifecycleDbContext>();

        services.AddOptions<PdfOptions>().BindConfiguration(PdfOptions.Section);
        services.AddSingleton<IPdfRenderer, ChromiumPdfRenderer>();

        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database").AddCheck<PdfExportHealthCheck>("pdf-export").AddCheck<OutboxHealthCheck>("email-outbox");
        services.AddScoped<DatabaseInitialiser>();
        services.AddScoped<ISchemaStatus, SchemaStatus>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<ScaleSeeder>();
        services.AddScoped<PeopleAdministration>();
        return services;
    }

    /// <summary>Applies the migrations (unless turned off) before the app serves anyone or a setup command runs.</summary>
    public static async Task InitialiseDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(cancellationToken);
    }

    /// <summary>Emails go through the outbox; the transport is chosen by Email:Transport.</summary>
    private static void AddEmail(this IServiceCollection services)
    {
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section)
            .Validate(o => o.Transport is null or "" or "File" or "Smtp" or "Notify" or "None", "Email:Transport must be File, Smtp, Notify or None")
            .Validate(o => o.Transport != "Smtp" || !string.IsNullOrWhiteSpace(o.SmtpHost), "Email:SmtpHost is required when Email:Transport is Smtp")
            .Validate(o => o.Transport != "Notify" || NotifyApiKey.IsValid(o.Notify.ApiKey), "Email:Notify:ApiKey must be a GOV.UK Notify API key when Email:Transport is Notify")
            .Validate(o => o.Transport != "Notify" || !string.IsNullOrWhiteSpace(o.Notify.DefaultTemplateId), "Email:Notify:DefaultTemplateId is required when Email:Transport is Notify: a template with ((subject)) and ((body))")
            .ValidateOnStart();
        services.AddScoped<IOutbox, Outbox>();
        services.AddScoped<OutboxSender>();
        services.AddSingleton<FileEmailTransport>();
        services.AddSingleton<SmtpEmailTransport>();
        services.AddHttpClient<NotifyEmailTransport>(client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddTransient<IEmailTransport>(sp => sp.GetRequiredService<IOptions<EmailOptions>>().Value.Transport switch
        {
            "Smtp" => sp.GetRequiredService<SmtpEmailTransport>(),
            "Notify" => sp.GetRequiredService<NotifyEmailTransport>(),
            _ => sp.GetRequiredService<FileEmailTransport>(),
        });
        services.AddHostedService(sp => new ConditionalOutboxWorker(sp));
        services.AddSingleton<Audit.AuditChainWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<Audit.AuditChainWorker>());
    }

    private static void ConfigureIdentity(IdentityOptions options)
    {
        // Length over composition rules (NCSC password guidance).
        options.Password.RequiredLength = MinimumPasswordLength;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 1;
        // Wrong passwords are slowed by the web layer's sign-in throttle, not by locking accounts:
        // a lockout lets anyone who knows a colleague's email keep them out.
        options.Lockout.AllowedForNewUsers = false;
        options.User.RequireUniqueEmail = true;
        // The user name is the email address, which the pages check; Identity's narrower list refuses real addresses such as o'brien@.
        options.User.AllowedUserNameCharacters = string.Empty;
        options.SignIn.RequireConfirmedAccount = false;
        options.Tokens.AuthenticatorTokenProvider = OneUseAuthenticatorTokenProvider.Name;
    }
}
