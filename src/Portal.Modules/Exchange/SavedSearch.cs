using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Modules.Exchange;

/// <summary>
/// A visitor's saved search on one kind's list, mailed as a daily digest of the listings published since
/// <see cref="NotifiedUntilUtc"/>. Holds only what that needs: the address, the filters, the two tokens and the
/// times. Active once <see cref="ConfirmedUtc"/> is set (the link mailed to the address, or at once for a member
/// subscribing with the account's confirmed address).
/// </summary>
public sealed class SavedSearch
{
    public int Id { get; set; }
    /// <summary>Trimmed and lower-cased, so a member's page finds the searches of the account's address.</summary>
    public required string Email { get; set; }
    public ListingKind Kind { get; set; }
    /// <summary>The list's words (q), or null.</summary>
    public string? Words { get; set; }
    /// <summary>The facet parameters as the list's query string ("linh-vuc=401&amp;tinh=48"), in the panel's order.</summary>
    public string Filters { get; set; } = "";
    /// <summary>The confirmation link's token; null once confirmed.</summary>
    public string? ConfirmToken { get; set; }
    /// <summary>Every digest's one-click unsubscribe link; unguessable, never shown on a page.</summary>
    public required string UnsubscribeToken { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? ConfirmedUtc { get; set; }
    /// <summary>Listings published up to here have been considered: each is mailed to this search at most once.</summary>
    public DateTime NotifiedUntilUtc { get; set; }
    public DateTime? LastDigestUtc { get; set; }
    public Guid Stamp { get; set; } = Guid.NewGuid();

    public bool IsActive => ConfirmedUtc is not null;

    public AlertFilter Filter => AlertFilter.FromStored(Kind, Words, Filters);

    /// <summary>32 random bytes, URL-safe: what a link carries instead of the row's id.</summary>
    public static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string NormaliseEmail(string email) => email.Trim().ToLowerInvariant();

    /// <summary>Tokens are 43 URL-safe characters; anything else is refused before a query.</summary>
    public static bool LooksLikeToken(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}

internal sealed class SavedSearchConfiguration : IEntityTypeConfiguration<SavedSearch>
{
    public void Configure(EntityTypeBuilder<SavedSearch> search)
    {
        search.ToTable("Exchange_SavedSearches");
        search.Property(s => s.Email).HasMaxLength(AlertTexts.MaxEmailLength);
        search.Property(s => s.Words).HasMaxLength(ExchangeTexts.MaxQueryLength);
        search.Property(s => s.Filters).HasMaxLength(AlertFilter.MaxStoredLength);
        search.Property(s => s.ConfirmToken).HasMaxLength(64);
        search.Property(s => s.UnsubscribeToken).HasMaxLength(64);
        search.Property(s => s.Stamp).IsConcurrencyToken();
        search.HasIndex(s => s.Email);
        search.HasIndex(s => s.ConfirmToken).IsUnique();
        search.HasIndex(s => s.UnsubscribeToken).IsUnique();
        search.HasIndex(s => new { s.ConfirmedUtc, s.LastDigestUtc });
    }
}
