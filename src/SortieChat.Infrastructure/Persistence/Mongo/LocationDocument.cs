namespace SortieChat.Infrastructure.Persistence.Mongo;

internal sealed class LocationDocument
{
    public double Latitude { get; set; }

    public double Longitude { get; set; }

    public string? Address { get; set; }

    public string? Name { get; set; }
}
