using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Common;
using SortieChat.Application.Common.DomainEvents;
using SortieChat.Application.Common.Observability;
using SortieChat.Application.Media.DiscardUnusedUploads;

namespace SortieChat.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Validators, the caller of the scope, and the queues that publish committed events. The mediator itself is generated in the host
    /// (<c>AddMediator</c>), which lists this assembly, the pipeline behaviours and <see cref="HandlerIsolatingPublisher"/>;
    /// the mediator registers the event handlers.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        // A rule stops at its first failure: "required" is reported alone, and later checks never see a null.
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
        // Singletons: building a validator compiles expression trees, far too slow to repeat for every request.
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        // IMeterFactory comes from the host (every .NET host registers it).
        services.AddSingleton<ChatMetrics>();
        services.AddSingleton<SlowSideEffects>();
        services.AddSingleton<CommittedEventQueue>();
        services.AddScoped<UnusedUploadSweep>();
        return services;
    }
}
