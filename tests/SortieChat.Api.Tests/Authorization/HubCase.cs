namespace SortieChat.Api.Tests.Authorization;

/// <summary>One hub method: its argument in the matrix's sortie, and what each actor must get.</summary>
public sealed record HubCase(string Method, ActorOutcomes Expected, Func<MatrixFixture, object> Argument)
{
    public override string ToString() => Method;
}
