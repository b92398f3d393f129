using System.Reflection;
using NetArchTest.Rules;

namespace SortieChat.Architecture.Tests;

/// <summary>
/// Dependencies point inward only (DESIGN.md section 1): Api -> Application -> Domain; Infrastructure -> Application;
/// the Api names Infrastructure in its composition root only.
/// </summary>
public sealed class LayerTests
{
    private static readonly Assembly Domain = typeof(SortieChat.Domain.Common.Result).Assembly;
    private static readonly Assembly Application = typeof(SortieChat.Application.DependencyInjection).Assembly;
    private static readonly Assembly Infrastructure = typeof(SortieChat.Infrastructure.DependencyInjection).Assembly;
    private static readonly Assembly Api = typeof(SortieChat.Api.Configuration.ServiceRegistration).Assembly;

    /// <summary>The Api's composition root: the start-up program and the registration of every layer's services.</summary>
    private static readonly string[] CompositionRoot = ["Program", typeof(SortieChat.Api.Configuration.ServiceRegistration).FullName!];

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
    public void Api_OutsideItsCompositionRoot_KnowsApplicationAbstractionsOnly()
    {
        var result = Types.InAssembly(Api).ShouldNot().HaveDependencyOn("SortieChat.Infrastructure").GetResult();

        (result.FailingTypeNames ?? []).Where(name => !InCompositionRoot(name)).Should().BeEmpty();
    }

    [Fact]
    public void Api_OutsideItsCompositionRoot_CatchesNoInfrastructureException()
    {
        // NetArchTest does not read catch clauses: they are read here from every method body, async state machines included.
        const BindingFlags Declared = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        var catching = Api.GetTypes()
            .Where(type => !InCompositionRoot(type.FullName!))
            .SelectMany(type => type.GetMethods(Declared).Concat<MethodBase>(type.GetConstructors(Declared)))
            .Where(method => method.GetMethodBody()?.ExceptionHandlingClauses
                .Any(clause => clause.Flags == ExceptionHandlingClauseOptions.Clause && clause.CatchType?.Assembly == Infrastructure) == true)
            .Select(method => $"{method.DeclaringType!.FullName}.{method.Name}");

        catching.Should().BeEmpty();
    }

    [Fact]
    public void Api_CompositionRoot_IsWhereInfrastructureIsNamed()
    {
        // Guards the exemption above: the check does see the composition root's dependency on Infrastructure.
        var result = Types.InAssembly(Api).ShouldNot().HaveDependencyOn("SortieChat.Infrastructure").GetResult();

        result.FailingTypeNames.Should().Contain(name => InCompositionRoot(name));
    }

    [Fact]
    public void Rule_WhenBroken_IsReported()
    {
        // Guards the guard: the same check does see a dependency that exists.
        var result = Types.InAssembly(Application).ShouldNot().HaveDependencyOn("SortieChat.Domain").GetResult();

        result.IsSuccessful.Should().BeFalse();
    }

    /// <summary>The type itself or one the compiler nested in it (lambdas, state machines).</summary>
    private static bool InCompositionRoot(string typeName) =>
        CompositionRoot.Any(root => typeName == root || typeName.StartsWith(root + "/", StringComparison.Ordinal) || typeName.StartsWith(root + "+", StringComparison.Ordinal));
}
