using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using SortieChat.Api.Hubs;

namespace SortieChat.Api.Tests.Authorization;

/// <summary>What a client can call, read from the running app: its route table and its hub's methods.</summary>
public static class AppSurface
{
    /// <summary>"METHOD /template" for each route and method of the app's endpoints ("*" when the endpoint takes any method).</summary>
    public static IReadOnlyList<string> Routes(IServiceProvider services) =>
        [.. services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(method => $"{method} /{endpoint.RoutePattern.RawText!.TrimStart('/')}"))
            .Distinct()
            .Order(StringComparer.Ordinal)];

    /// <summary>The hub methods a client can invoke, by their wire names, found as SignalR finds them.</summary>
    public static IReadOnlyList<string> HubMethods() =>
        [.. typeof(ChatHub).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(IsHubMethod)
            .Select(method => method.GetCustomAttribute<HubMethodNameAttribute>()?.Name ?? method.Name)
            .Order(StringComparer.Ordinal)];

    private static bool IsHubMethod(MethodInfo method)
    {
        var declaredBy = method.GetBaseDefinition().DeclaringType!;
        var baseType = declaredBy.IsGenericType ? declaredBy.GetGenericTypeDefinition() : declaredBy;
        return !method.IsSpecialName && baseType != typeof(object) && baseType != typeof(Hub) && baseType != typeof(Hub<>);
    }
}
