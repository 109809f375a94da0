using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GosZakup.Console.Infrastructure.Persistence;

/// <summary>Every instant is stored as UTC and read back with Kind=Utc; a local DateTime never reaches the database.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    toStore => ToStore(toStore),
    fromStore => DateTime.SpecifyKind(fromStore, DateTimeKind.Utc))
{
    private static DateTime ToStore(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => throw new InvalidOperationException("A local DateTime was about to be stored; convert to UTC at the edge."),
    };
}
