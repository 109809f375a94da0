using GosZakup.Console.Web.Commands;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace GosZakup.Console.Web.Features.MailTemplates;

public partial class MailTemplateEditor
{
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;
    [Parameter, EditorRequired] public MailTemplateKind Kind { get; set; } = default!;
    /// <summary>Raised after a save or a restore, so the list shows who changed what.</summary>
    [Parameter] public EventCallback Changed { get; set; }

    private static readonly (string Language, string Subject, string Body)[] Languages =
    [
        ("Kazakh", nameof(MailTemplateForm.SubjectKk), nameof(MailTemplateForm.BodyKk)),
        ("Russian", nameof(MailTemplateForm.SubjectRu), nameof(MailTemplateForm.BodyRu)),
    ];

    private MailTemplateForm Form { get; set; } = new();
    private readonly FieldMessages errors = new();
    private string? refusal;
    private string? conflict;
    private string focused = nameof(MailTemplateForm.BodyKk);
    private bool validated, saving;

    private MailTemplateKind? loaded;

    protected override async Task OnParametersSetAsync()
    {
        // The page re-renders after a save; only another kind replaces what the Admin is typing.
        if (loaded == Kind) return;
        loaded = Kind;
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        Form = await Admin.LoadAsync(Kind);
        errors.Clear();
        (refusal, conflict, validated) = (null, null, false);
    }

    private string Text(string field) => field switch
    {
        nameof(MailTemplateForm.SubjectKk) => Form.SubjectKk,
        nameof(MailTemplateForm.SubjectRu) => Form.SubjectRu,
        nameof(MailTemplateForm.BodyKk) => Form.BodyKk,
        _ => Form.BodyRu,
    };

    private void SetText(string field, string? value)
    {
        value ??= "";
        switch (field)
        {
            case nameof(MailTemplateForm.SubjectKk): Form.SubjectKk = value; break;
            case nameof(MailTemplateForm.SubjectRu): Form.SubjectRu = value; break;
            case nameof(MailTemplateForm.BodyKk): Form.BodyKk = value; break;
            default: Form.BodyRu = value; break;
        }
        // Once the Admin has tried to save, the messages follow the typing.
        if (validated) errors.Show(MailTemplateAdmin.Validate(Kind, Form), L);
    }

    private void Insert(string placeholder) => SetText(focused, Text(focused) + $"{{{placeholder}}}");

    private string PreviewText()
    {
        var (subject, body) = Admin.Preview(Kind, Form);
        return $"{L["MailTemplates.PreviewSubject"]}: {subject}\n\n{body}";
    }

    private async Task SaveAsync()
    {
        validated = true;
        errors.Show(MailTemplateAdmin.Validate(Kind, Form), L);
        if (errors.Count > 0) return;
        saving = true;
        var result = await Admin.SaveAsync(Form, (await AuthState).User.Identity?.Name ?? "?");
        saving = false;
        await AfterAsync(result, L["MailTemplates.Saved"]);
    }

    private async Task RestoreAsync(Guid version)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(L["MailTemplates.Restore"], L["MailTemplates.RestoreConfirm"].Value,
            yesText: L["MailTemplates.Restore"], cancelText: L["Common.Cancel"]);
        if (confirmed != true) return;
        saving = true;
        var result = await Admin.RestoreBuiltInAsync(Kind, version);
        saving = false;
        await AfterAsync(result, L["MailTemplates.Restored"]);
    }

    private async Task AfterAsync(CommandResult result, string success)
    {
        if (result.Refusal == RefusalCode.Stale)
        {
            conflict = L.RefusalText(result); // the typed text stays, so nothing the Admin wrote is lost
            return;
        }
        if (!result.Succeeded)
        {
            errors.Show(result, L);
            refusal = L.RefusalText(result);
            return;
        }
        Snackbar.Add(success, Severity.Success);
        await ReloadAsync();
        await Changed.InvokeAsync();
    }
}
