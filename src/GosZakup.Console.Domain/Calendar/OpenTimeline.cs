namespace GosZakup.Console.Domain.Calendar;

/// <summary>The open intervals of a calendar as sorted arrays of UTC ticks with prefix sums of their
/// lengths, so that "working time up to t" and its inverse are each one binary search (O(log n)).</summary>
internal sealed class OpenTimeline
{
    private readonly long[] starts;
    private readonly long[] ends;
    private readonly long[] openBefore; // working ticks in all intervals before interval i
    private readonly long[] openThrough; // working ticks up to the end of interval i

    public OpenTimeline(IReadOnlyList<(long Start, long End)> intervals)
    {
        var count = intervals.Count;
        (starts, ends, openBefore, openThrough) = (new long[count], new long[count], new long[count], new long[count]);
        long total = 0;
        for (var i = 0; i < count; i++)
        {
            (starts[i], ends[i]) = intervals[i];
            openBefore[i] = total;
            total += ends[i] - starts[i];
            openThrough[i] = total;
        }
    }

    public long TotalOpen => openThrough.Length == 0 ? 0 : openThrough[^1];

    /// <summary>Working ticks from the start of the timeline up to <paramref name="ticks"/>.</summary>
    public long PositionOf(long ticks)
    {
        var i = LastStartingAtOrBefore(ticks);
        if (i < 0) return 0;
        return openBefore[i] + Math.Min(ticks, ends[i]) - starts[i];
    }

    /// <summary>The earliest instant (UTC ticks) whose position is <paramref name="position"/>: a count
    /// that ends exactly at a closing ends at that closing, not at the next opening.</summary>
    public long InstantAt(long position)
    {
        var j = Array.BinarySearch(openThrough, position);
        if (j < 0) j = ~j;
        if (j >= openThrough.Length) throw new ArgumentOutOfRangeException(nameof(position), "The count runs past the end of the calendar.");
        return starts[j] + (position - openBefore[j]);
    }

    /// <summary>Whether the instant lies in an open interval [start, end).</summary>
    public bool IsOpenAt(long ticks)
    {
        var i = LastStartingAtOrBefore(ticks);
        return i >= 0 && ticks < ends[i];
    }

    /// <summary>The start of the first interval that is open at or after the instant (the instant itself when open).</summary>
    public long NextOpenAtOrAfter(long ticks)
    {
        var i = LastStartingAtOrBefore(ticks);
        if (i >= 0 && ticks < ends[i]) return ticks;
        if (i + 1 >= starts.Length) throw new ArgumentOutOfRangeException(nameof(ticks), "No opening before the end of the calendar.");
        return starts[i + 1];
    }

    private int LastStartingAtOrBefore(long ticks)
    {
        var i = Array.BinarySearch(starts, ticks);
        return i >= 0 ? i : ~i - 1;
    }
}
