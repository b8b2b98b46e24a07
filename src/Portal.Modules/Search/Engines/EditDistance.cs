namespace Portal.Modules.Search.Engines;

internal static class EditDistance
{
    /// <summary>Levenshtein distance with adjacent transpositions (a typist's swaps count as one).</summary>
    public static int Between(string a, string b) => Within(a, b, int.MaxValue - 1);

    /// <summary>
    /// The distance when it is at most <paramref name="max"/>, else some number above it: three rows on the stack,
    /// and the comparison stops as soon as every cell of a row is past the bound (most terms of a vocabulary are).
    /// </summary>
    public static int Within(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
            return max + 1;
        var width = b.Length + 1;
        Span<int> rows = width <= 256 ? stackalloc int[3 * width] : new int[3 * width];
        Span<int> before = rows[..width], previous = rows.Slice(width, width), current = rows.Slice(2 * width, width);
        for (var j = 0; j < width; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j < width; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, before[j - 2] + 1);
                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }
            if (rowMin > max)
                return max + 1;
            var spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return previous[width - 1];
    }
}
