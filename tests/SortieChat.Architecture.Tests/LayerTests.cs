using System.Reflection;
using NetArchTest.Rules;

namespace SortieChat.Architecture.Tests;

/// <summary>Dependencies point inward only (DESIGN.md section 1): Api -> Application -> Domain; Infrastructure -> Application.</summary>
public sealed class LayerTests
{
    private static readonly Assembly Domain = typeof(SortieChat.Domain.Common.Result).Assembly;
    private static readonly Assembly Application = typeof(SortieChat.Application.DependencyInjection).Assembly;
    private static readonly Assembly Infrastructure = typeof(SortieChat.Infrastructure.DependencyInjection).Assembly;

    [Fact]
    public void Domain_DependsOnNoOtherLayerNorPackage()
    {
        var result = Types.InAssembly(Domain).ShouldNot()
            .HaveDependencyOnAny("SortieChat.Application", "SortieChat.Infrastructure", "SortieChat.Api", "Mediator", "FluentValidation", "Riok", "Microsoft", "MongoDB")
            .GetResult();

        result.FailingTypeNames.Should().BeNullOrEmpty();
    }

    [Fact]
    public void Application_DependsOnNeitherInfrastructureNorApiNorAStore()
    {
        var result = Types.InAssembly(Application).ShouldNot()
            .HaveDependencyOnAny("SortieChat.Infrastructure", "SortieChat.Api", "Microsoft.Data.Sqlite", "MongoDB", "Microsoft.AspNetCore")
            .GetResult();

        result.FailingTypeNames.Should().BeNullOrEmpty();
    }

    [Fact]
    public void Infrastructure_DoesNotDependOnApi()
    {
        var result = Types.InAssembly(Infrastructure).ShouldNot().HaveDependencyOn("SortieChat.Api").GetResult();

        result.FailingTypeNames.Should().BeNullOrEmpty();
    }

    [Fact]
    public void Rule_WhenBroken_IsReported()
    {
        // Guards the guard: the same check does see a dependency that exists.
        var result = Types.InAssembly(Application).ShouldNot().HaveDependencyOn("SortieChat.Domain").GetResult();

        result.IsSuccessful.Should().BeFalse();
    }
}
