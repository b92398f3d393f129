using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Common;
using SortieChat.Application.Common.DomainEvents;
using SortieChat.Application.Media.DiscardUnusedUploads;

namespace SortieChat.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Validators, the caller of the scope, after-commit event handlers and the dispatcher. The mediator itself is generated in the host
    /// (<c>AddMediator</c>), which lists this assembly and the pipeline behaviours.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        // A rule stops at its first failure: "required" is reported alone, and later checks never see a null.
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
        // Singletons: building a validator compiles expression trees, far too slow to repeat for every request.
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddScoped<DomainEventDispatcher>();
        services.AddSingleton<CommittedEventQueue>();
        services.AddScoped<UnusedUploadSweep>();
        services.AddDomainEventHandlersFrom(typeof(DependencyInjection).Assembly);
        return services;
    }

    public static IServiceCollection AddDomainEventHandlersFrom(this IServiceCollection services, System.Reflection.Assembly assembly)
    {
        var handlers = assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false });
        foreach (var handler in handlers)
        {
            foreach (var contract in handler.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDomainEventHandler<>)))
            {
                services.AddScoped(contract, handler);
            }
        }

        return services;
    }
}
