using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GosZakup.Console.Infrastructure.SavedViews;

/// <summary>A filter a user saved under a name of their own for one list ("inbox", "incidents", "journal"): the list's
/// query string, replayed when the view is opened.</summary>
public sealed class SavedViewRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string UserId { get; set; } = "";
    public string List { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>The list's filter as its page reads it from the address, without the leading "?".</summary>
    public string Query { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
}

internal sealed class SavedViewConfiguration : IEntityTypeConfiguration<SavedViewRecord>
{
    public void Configure(EntityTypeBuilder<SavedViewRecord> view)
    {
        view.ToTable("SavedViews");
        view.Property(v => v.UserId).HasMaxLength(450);
        view.Property(v => v.List).HasMaxLength(20);
        view.Property(v => v.Name).HasMaxLength(60);
        view.Property(v => v.Query).HasMaxLength(1000);
        view.HasIndex(v => new { v.UserId, v.List, v.Name }).IsUnique();
    }
}
