using GosZakup.Console.Infrastructure.Persistence.Audit;
using GosZakup.Console.Web.Features.Audit;

namespace GosZakup.Console.Web.Tests;

public class AuditChangeTests
{
    [Fact]
    public void An_update_lists_each_property_with_its_old_and_new_value()
    {
        var entry = new AuditEntry
        {
            Action = AuditAction.Updated, Before = """{"FullName":"Әлия","IsDisabled":false}""", After = """{"FullName":"Әлия С.","IsDisabled":true}"""
        };

        Assert.Equal([new("FullName", "Әлия", "Әлия С."), new("IsDisabled", "false", "true")], AuditChange.Lines(entry));
    }

    [Fact]
    public void A_creation_leaves_out_empty_values()
    {
        var entry = new AuditEntry { Action = AuditAction.Created, After = """{"Email":"a@test.kz","PhoneNumber":null,"IsDisabled":false,"AccessCount":0}""" };

        Assert.Equal([new AuditChangeLine("Email", null, "a@test.kz")], AuditChange.Lines(entry));
    }
}
