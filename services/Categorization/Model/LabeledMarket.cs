namespace Ito.Categorization.Model;

/// <summary>A row of the training or evaluation set: a market as a venue shows it, with its true basket and factor.</summary>
public sealed record LabeledMarket(string Venue, string Title, string? VenueCategory, IReadOnlyList<string> Tags, int Basket, string Factor);
