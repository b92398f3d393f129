using Mediator;
using NetArchTest.Rules;
using SortieChat.Domain.Common;

namespace SortieChat.Architecture.Tests;

/// <summary>The house layout of STYLE.md: handlers and validators named after their use case, aggregates sealed.</summary>
public sealed class NamingTests
{
    private static readonly System.Reflection.Assembly Application = typeof(SortieChat.Application.DependencyInjection).Assembly;

    [Fact]
    public void CommandAndQueryHandlers_AreNamedHandler()
    {
        var result = Types.InAssembly(Application).That()
            .ImplementInterface(typeof(ICommandHandler<,>)).Or().ImplementInterface(typeof(IQueryHandler<,>))
            .Should().HaveNameEndingWith("Handler").And().BeSealed().GetResult();

        result.FailingTypeNames.Should().BeNullOrEmpty();
    }

    [Fact]
    public void Validators_AreNamedValidator()
    {
        var result = Types.InAssembly(Application).That().Inherit(typeof(FluentValidation.AbstractValidator<>))
            .Should().HaveNameEndingWith("Validator").GetResult();

        result.FailingTypeNames.Should().BeNullOrEmpty();
    }

    [Fact]
    public void Aggregates_AreSealed()
    {
        var result = Types.InAssembly(typeof(Result).Assembly).That().Inherit(typeof(AggregateRoot))
            .Should().BeSealed().GetResult();

        result.FailingTypeNames.Should().BeNullOrEmpty();
    }

    [Fact]
    public void DomainEvents_AreSealedAndNamedInThePastTense()
    {
        var result = Types.InAssembly(typeof(Result).Assembly).That().ImplementInterface(typeof(IDomainEvent)).And().AreClasses()
            .Should().BeSealed().And().HaveNameMatching("(ed|Read)$").GetResult();

        result.FailingTypeNames.Should().BeNullOrEmpty();
    }

    [Fact]
    public void CommittedEventHandlers_LiveWhereTheMediatorLooks()
    {
        // The source generator registers the handlers of the assemblies listed in AddMediator only (the Application):
        // a handler written anywhere else would be dropped without a word.
        var elsewhere = new[] { typeof(Infrastructure.DependencyInjection).Assembly, typeof(Program).Assembly }
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => typeof(INotificationHandler<Application.Common.DomainEvents.DomainEventCommitted>).IsAssignableFrom(type))
            .Select(type => type.FullName);

        elsewhere.Should().BeEmpty();
    }

    [Fact]
    public void CommittedEventHandlers_AreSealed()
    {
        var result = Types.InAssembly(Application).That().Inherit(typeof(Application.Common.DomainEvents.CommittedEventHandler<>))
            .Should().BeSealed().GetResult();

        result.FailingTypeNames.Should().BeNullOrEmpty();
    }
}
