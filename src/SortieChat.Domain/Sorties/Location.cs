namespace SortieChat.Domain.Sorties;

/// <summary>A place: latitude -90..90, longitude -180..180 (checked where input enters).</summary>
public sealed record Location(double Latitude, double Longitude, string? Address, string? Name);
