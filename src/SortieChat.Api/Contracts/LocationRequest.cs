using SortieChat.Domain.Sorties;

namespace SortieChat.Api.Contracts;

/// <summary>A place as clients send it: latitude -90..90, longitude -180..180.</summary>
public sealed record LocationRequest(double Latitude, double Longitude, string? Address, string? Name)
{
    public Location ToLocation() => new(Latitude, Longitude, Address, Name);
}
