namespace SortieChat.Api.Tests.Authorization;

/// <summary>The outcome of every actor for one route or hub method: a rule of thumb, then its exceptions.</summary>
public sealed class ActorOutcomes
{
    private readonly Dictionary<Actor, Outcome> outcomes;

    private ActorOutcomes(Dictionary<Actor, Outcome> outcomes) => this.outcomes = outcomes;

    public Outcome this[Actor actor] => outcomes[actor];

    /// <summary>An open route: the same for everyone, token or not.</summary>
    public static ActorOutcomes Everyone(Outcome outcome) => new(Enum.GetValues<Actor>().ToDictionary(a => a, _ => outcome));

    /// <summary>Any signed-in user with a live account; no token or a deactivated account's is 401 unauthorized.</summary>
    public static ActorOutcomes SignedIn(Outcome outcome) =>
        Everyone(outcome).With(Actor.Anonymous, Outcome.Unauthorized).With(Actor.Deactivated, Outcome.Unauthorized);

    /// <summary>Members of the chat only (the creator is one): everyone else signed in is 403 not_a_member.</summary>
    public static ActorOutcomes Members(Outcome outcome) =>
        SignedIn(outcome).With(Actor.Stranger, Outcome.NotAMember).With(Actor.Pending, Outcome.NotAMember).With(Actor.Removed, Outcome.NotAMember);

    public ActorOutcomes With(Actor actor, Outcome outcome) => new(new Dictionary<Actor, Outcome>(outcomes) { [actor] = outcome });
}
