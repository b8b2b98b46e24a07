namespace Portal.Modules.Infrastructure.Web;

/// <summary>Page numbers for list pages; 1-based, clamped, never negative.</summary>
public sealed record Pager(int Page, int Size, int Total)
{
    public int Pages => Math.Max(1, (Total + Size - 1) / Size);
    public int Skip => (Math.Clamp(Page, 1, Pages) - 1) * Size;
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < Pages;

    public static int Normalise(int? page) => page is > 0 and < 100_000 ? page.Value : 1;
}
