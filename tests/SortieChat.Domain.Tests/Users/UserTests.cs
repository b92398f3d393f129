using SortieChat.Domain.Tests.TestData;
using SortieChat.Domain.Users;

namespace SortieChat.Domain.Tests.Users;

public sealed class UserTests
{
    private const string PasswordHash = "v1.hash-of-the-password";

    [Fact]
    public void Register_DisplayNameWithSurroundingSpaces_TrimsIt()
    {
        var user = User.Register(Some.Id(), "alice@example.com", "  Alice Martin \t", PasswordHash, Some.Now);

        user.DisplayName.Should().Be("Alice Martin");
    }

    [Fact]
    public void Register_EmailWithUpperCaseAndSpaces_StoresItTrimmedAndLowerCased()
    {
        var user = User.Register(Some.Id(), "  Alice.Martin@Example.COM ", "Alice", PasswordHash, Some.Now);

        user.Email.Should().Be("alice.martin@example.com");
    }

    [Fact]
    public void Register_NewUser_IsActive()
    {
        var user = User.Register(Some.Id(), "alice@example.com", "Alice", PasswordHash, Some.Now);

        user.DeactivatedAt.Should().BeNull();
    }

    [Fact]
    public void Register_NewUser_RaisesUserRegisteredWithNormalizedData()
    {
        var id = Some.Id();

        var user = User.Register(id, " Alice@Example.com", " Alice ", PasswordHash, Some.Now);

        user.DomainEvents.Should().Equal(new UserRegistered(id, "alice@example.com", "Alice", PasswordHash, null, Some.Now));
    }

    [Fact]
    public void RegisterExternal_NewUser_KeepsTheIssuersSubjectAndHasNoPassword()
    {
        var id = Some.Id();

        var user = User.RegisterExternal(id, "auth0|42", "Zoe@Example.org", " Zoé ", Some.Now);

        user.DomainEvents.Should().Equal(new UserRegistered(id, "zoe@example.org", "Zoé", string.Empty, "auth0|42", Some.Now));
    }

    [Fact]
    public void Deactivate_ActiveUser_SetsDeactivatedAt()
    {
        var user = User.Register(Some.Id(), "alice@example.com", "Alice", PasswordHash, Some.Now);

        user.Deactivate(Some.Now.AddDays(10));

        user.DeactivatedAt.Should().Be(Some.Now.AddDays(10));
    }

    [Fact]
    public void Deactivate_ActiveUser_MakesItInactive()
    {
        var user = User.Register(Some.Id(), "alice@example.com", "Alice", PasswordHash, Some.Now);

        user.Deactivate(Some.Now.AddDays(10));

        user.IsActive.Should().BeFalse();
    }

    [Fact]
    public void Deactivate_ActiveUser_RaisesUserDeactivated()
    {
        var user = User.Register(Some.Id(), "alice@example.com", "Alice", PasswordHash, Some.Now);
        user.ClearDomainEvents();

        user.Deactivate(Some.Now.AddDays(10));

        user.DomainEvents.Should().Equal(new UserDeactivated(user.Id, Some.Now.AddDays(10)));
    }

    [Fact]
    public void Deactivate_Twice_KeepsTheFirstDate()
    {
        var user = User.Register(Some.Id(), "alice@example.com", "Alice", PasswordHash, Some.Now);
        user.Deactivate(Some.Now.AddDays(10));

        user.Deactivate(Some.Now.AddDays(20));

        user.DeactivatedAt.Should().Be(Some.Now.AddDays(10));
    }

    [Fact]
    public void Deactivate_Twice_RaisesNoSecondEvent()
    {
        var user = User.Register(Some.Id(), "alice@example.com", "Alice", PasswordHash, Some.Now);
        user.Deactivate(Some.Now.AddDays(10));
        user.ClearDomainEvents();

        user.Deactivate(Some.Now.AddDays(20));

        user.DomainEvents.Should().BeEmpty();
    }

    [Fact]
    public void Deactivate_RehydratedDeactivatedUser_KeepsItsStoredDate()
    {
        var user = User.Rehydrate(Some.Id(), "alice@example.com", "Alice", null, PasswordHash, Some.Now, Some.Now.AddDays(1));

        user.Deactivate(Some.Now.AddDays(5));

        user.DeactivatedAt.Should().Be(Some.Now.AddDays(1));
    }
}
