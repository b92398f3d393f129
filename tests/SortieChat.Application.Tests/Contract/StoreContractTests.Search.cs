using SortieChat.Api.Tests.Media;
using SortieChat.Application.Chats.SearchMessages;
using SortieChat.Application.Messages;
using SortieChat.Application.Messages.DeleteMessage;
using SortieChat.Application.Messages.EditMessage;
using SortieChat.Application.Tests.Support;

namespace SortieChat.Application.Tests.Contract;

/// <summary>Search (DESIGN.md section 8), the same on every store: words, accents, case, prefix, chat scope, changes, paging.</summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Search_FrenchText_FoundWhateverTheAccentsAndCase()
    {
        await using var app = await StartAsync(NewName());
        var alice = await app.RegisterAsync("Alice");
        var sortie = await app.CreateSortieAsync(alice);
        var gare = await app.SendTextAsync(alice, sortie.Id, "Rendez-vous au Café de la Gare");
        var creme = await app.SendTextAsync(alice, sortie.Id, "Un CAFÉ CRÈME à 8h, près de l'église");
        await app.SendTextAsync(alice, sortie.Id, "Un thé vert");

        (await SearchIdsAsync(app, alice, sortie.ChatId, "cafe")).Should().Equal(creme.Id, gare.Id);
        (await SearchIdsAsync(app, alice, sortie.ChatId, "CAFÉ crème")).Should().Equal(creme.Id);
        (await SearchIdsAsync(app, alice, sortie.ChatId, "Eglise pres")).Should().Equal(creme.Id);
        (await SearchIdsAsync(app, alice, sortie.ChatId, "rendez VOUS gare")).Should().Equal(gare.Id);
    }

    [Fact]
    public async Task Search_LastWord_MatchesAsAPrefixAndTheOthersWhole()
    {
        await using var app = await StartAsync(NewName());
        var alice = await app.RegisterAsync("Alice");
        var sortie = await app.CreateSortieAsync(alice);
        var sent = await app.SendTextAsync(alice, sortie.Id, "On se retrouve devant la boulangerie");

        (await SearchIdsAsync(app, alice, sortie.ChatId, "retrouve boul")).Should().Equal(sent.Id);
        (await SearchIdsAsync(app, alice, sortie.ChatId, "boul retrouve")).Should().BeEmpty("only the last word is a prefix");
        (await SearchIdsAsync(app, alice, sortie.ChatId, "boulangeries")).Should().BeEmpty();
    }

    [Fact]
    public async Task Search_AWordOfAnotherChat_IsNotFound()
    {
        await using var app = await StartAsync(NewName());
        var alice = await app.RegisterAsync("Alice");
        var mine = await app.CreateSortieAsync(alice);
        var other = await app.CreateSortieAsync(alice, title: "Other");
        await app.SendTextAsync(alice, other.Id, "Le mot de passe du vestiaire");
        var here = await app.SendTextAsync(alice, mine.Id, "Le vestiaire ferme à midi");

        (await SearchIdsAsync(app, alice, mine.ChatId, "passe")).Should().BeEmpty();
        (await SearchIdsAsync(app, alice, mine.ChatId, "vestiaire")).Should().Equal(here.Id);
    }

    [Fact]
    public async Task Search_SystemMessages_AreNeverFound()
    {
        await using var app = await StartAsync(NewName());
        var alice = await app.RegisterAsync("Alice");
        var bob = await app.RegisterAsync("Bob");
        var sortie = await app.CreateSortieAsync(alice, title: "Randonnée");
        await app.JoinAsync(alice, bob, sortie.Id);

        (await SearchIdsAsync(app, alice, sortie.ChatId, "welcome")).Should().BeEmpty();
        (await SearchIdsAsync(app, alice, sortie.ChatId, "joined")).Should().BeEmpty();
    }

    [Fact]
    public async Task Search_DeletedMessage_IsNoLongerFound()
    {
        await using var app = await StartAsync(NewName());
        var alice = await app.RegisterAsync("Alice");
        var sortie = await app.CreateSortieAsync(alice);
        var sent = await app.SendTextAsync(alice, sortie.Id, "Code du portail : 1234");
        var before = await SearchIdsAsync(app, alice, sortie.ChatId, "portail");

        (await app.SendAsync(alice, new DeleteMessageCommand(sent.Id))).IsSuccess.Should().BeTrue();

        before.Should().Equal(sent.Id);
        (await SearchIdsAsync(app, alice, sortie.ChatId, "portail")).Should().BeEmpty();
    }

    [Fact]
    public async Task Search_EditedMessage_FoundByItsNewWordsOnly()
    {
        await using var app = await StartAsync(NewName());
        var alice = await app.RegisterAsync("Alice");
        var sortie = await app.CreateSortieAsync(alice);
        var sent = await app.SendTextAsync(alice, sortie.Id, "Départ à neuf heures");

        (await app.SendAsync(alice, new EditMessageCommand(sent.Id, "Départ à dix heures"))).ShouldSucceed();

        (await SearchIdsAsync(app, alice, sortie.ChatId, "neuf")).Should().BeEmpty();
        (await SearchIdsAsync(app, alice, sortie.ChatId, "dix")).Should().Equal(sent.Id);
        (await SearchIdsAsync(app, alice, sortie.ChatId, "depart heures")).Should().Equal(sent.Id);
    }

    [Fact]
    public async Task Search_FileName_IsFoundLikeText()
    {
        await using var app = await StartAsync(NewName());
        var alice = await app.RegisterAsync("Alice");
        var sortie = await app.CreateSortieAsync(alice);
        var upload = await app.UploadAsync(alice, sortie.Id, SampleFiles.Pdf(), "Itinéraire-Randonnée.pdf");
        var sent = (await app.SendAsync(alice, Steps.MediaMessage(sortie.Id, upload, "le plan"))).ShouldSucceed().Message;

        (await SearchIdsAsync(app, alice, sortie.ChatId, "randonnee")).Should().Equal(sent.Id);
        (await SearchIdsAsync(app, alice, sortie.ChatId, "itineraire pd")).Should().Equal(sent.Id);
        (await SearchIdsAsync(app, alice, sortie.ChatId, "plan")).Should().Equal(sent.Id);
    }

    [Fact]
    public async Task Search_Paged_GoesNewestFirstThroughBefore()
    {
        await using var app = await StartAsync(NewName());
        var alice = await app.RegisterAsync("Alice");
        var sortie = await app.CreateSortieAsync(alice);
        var found = new List<string>();
        for (var i = 1; i <= 5; i++)
        {
            found.Add((await app.SendTextAsync(alice, sortie.Id, $"Pique-nique numéro {i}")).Id);
            await app.SendTextAsync(alice, sortie.Id, $"autre chose {i}");
        }

        var first = await SearchAsync(app, alice, new SearchMessagesQuery(sortie.ChatId, "pique nique", Limit: 2));
        var second = await SearchAsync(app, alice, new SearchMessagesQuery(sortie.ChatId, "pique nique", Limit: 2, Before: first.NextCursor));
        var last = await SearchAsync(app, alice, new SearchMessagesQuery(sortie.ChatId, "pique nique", Limit: 2, Before: second.NextCursor));

        (first.Items.Select(m => m.Id), first.HasMore, first.NextCursor).Should().BeEquivalentTo((new[] { found[4], found[3] }, true, found[3]));
        (second.Items.Select(m => m.Id), second.HasMore, second.NextCursor).Should().BeEquivalentTo((new[] { found[2], found[1] }, true, found[1]));
        (last.Items.Select(m => m.Id), last.HasMore, last.NextCursor).Should().BeEquivalentTo((new[] { found[0] }, false, (string?)null));
    }

    [Fact]
    public async Task Search_Results_CarryReadByAsHistoryDoes()
    {
        await using var app = await StartAsync(NewName());
        var alice = await app.RegisterAsync("Alice");
        var bob = await app.RegisterAsync("Bob");
        var sortie = await app.CreateSortieAsync(alice);
        await app.JoinAsync(alice, bob, sortie.Id);
        var sent = await app.SendTextAsync(alice, sortie.Id, "Qui apporte la glacière ?");

        var page = await SearchAsync(app, bob, new SearchMessagesQuery(sortie.ChatId, "glaciere"));

        page.Items.Should().ContainSingle().Which.Should().BeEquivalentTo(sent);
    }

    private static async Task<IEnumerable<string>> SearchIdsAsync(TestApp app, string userId, string chatId, string q) =>
        (await SearchAsync(app, userId, new SearchMessagesQuery(chatId, q))).Items.Select(m => m.Id);

    private static async Task<MessagePageDto> SearchAsync(TestApp app, string userId, SearchMessagesQuery query) =>
        (await app.SendAsync(userId, query)).ShouldSucceed();
}
