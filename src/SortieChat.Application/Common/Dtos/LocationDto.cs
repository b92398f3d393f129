namespace SortieChat.Application.Common.Dtos;

public sealed record LocationDto(double Latitude, double Longitude, string? Address, string? Name);
