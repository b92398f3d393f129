using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using SortieChat.Api.Auth;
using SortieChat.Api.Contracts;
using SortieChat.Api.Health;
using SortieChat.Api.Http;
using SortieChat.Api.OpenApi;
using SortieChat.Application;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Common.Behaviors;
using SortieChat.Application.Common.DomainEvents;
using SortieChat.Infrastructure;

namespace SortieChat.Api.Configuration;

public static class ServiceRegistration
{
    /// <summary>The use cases and their adapters (the Application tests register the same three without the host).</summary>
    public static IServiceCollection AddSortieChat(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSortieChatMediator();
        services.AddApplication();
        services.AddInfrastructure(configuration, environment);
        return services;
    }

    /// <summary>The HTTP host on top: controllers, JSON, problem details, authentication, health.</summary>
    public static IServiceCollection AddSortieChatHttp(this IServiceCollection services)
    {
        services.AddControllers(options => options.Filters.Add<ValidateRequestsFilter>())
            .AddJsonOptions(options => JsonSetup.Configure(options.JsonSerializerOptions))
            .ConfigureApiBehaviorOptions(options =>
            {
                options.InvalidModelStateResponseFactory = ModelStateProblems.Create;
                // MVC's own client errors (415 for a content type a route does not take) stay empty for FrameworkProblems.
                options.SuppressMapClientErrors = true;
            });
        services.AddValidatorsFromAssemblyContaining<SendMessageRequestValidator>(ServiceLifetime.Singleton);
        // FluentValidation is the one place that validates: MVC adds no implicit "required" of its own.
        services.Configure<MvcOptions>(options => options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true);
        services.ConfigureHttpJsonOptions(options => JsonSetup.Configure(options.SerializerOptions));
        services.AddProblemDetails();
        services.AddExceptionHandler<UnexpectedExceptionHandler>();
        services.AddSortieChatAuthentication();
        services.AddSortieChatHub();
        services.Configure<Microsoft.AspNetCore.SignalR.HubOptions>(options => Microsoft.AspNetCore.SignalR.HubOptionsExtensions.AddFilter<Hubs.LiveConnectionFilter>(options));
        services.AddSortieChatOpenApi();
        services.AddHostedService<PublishPendingEventsOnStop>();
        // Uploads are streamed by hand, but any form reading stays within the largest upload allowed.
        services.AddOptions<Microsoft.AspNetCore.Http.Features.FormOptions>()
            .Configure<IMediaLimits>((form, media) => form.MultipartBodyLengthLimit = media.LargestBytes + 1_048_576);
        services.AddSortieChatHealthChecks();
        return services;
    }

    /// <summary>The generated mediator: read at compile time, so every assembly with handlers is listed here.</summary>
    public static IServiceCollection AddSortieChatMediator(this IServiceCollection services) =>
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(Application.DependencyInjection)];
            options.PipelineBehaviors = [typeof(MetricsBehavior<,>), typeof(ValidationBehavior<,>), typeof(UnitOfWorkBehavior<,>)];
            options.NotificationPublisherType = typeof(HandlerIsolatingPublisher);
        });
}
