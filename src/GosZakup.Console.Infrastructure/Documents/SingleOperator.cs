namespace GosZakup.Console.Infrastructure.Documents;

/// <summary>The configuration section <c>Forms:Operator</c>: how the forms name the single operator and who signs them.
/// Form F1 is signed by the operator's head and the responsible person of the technical administration department; form F2
/// by the head of the single operator, with the seal (the Rules, "Forms"; R2 §17). Each text is given in Kazakh and Russian.</summary>
public sealed class SingleOperator
{
    public const string Section = "Forms:Operator";

    public string NameKk { get; set; } = "«Электрондық қаржы орталығы» АҚ";
    public string NameRu { get; set; } = "АО «Центр электронных финансов»";

    /// <summary>The head's title above the signature of F2; by default the form's own words.</summary>
    public string HeadTitleKk { get; set; } = "Электрондық мемлекеттік сатып алу саласындағы бірыңғай оператордың басшысы";
    public string HeadTitleRu { get; set; } = "Руководитель единого оператора в сфере электронных государственных закупок";

    /// <summary>The head's full name, printed beside the signature of F1 and F2; empty leaves the line to be filled by hand.</summary>
    public string HeadNameKk { get; set; } = "";
    public string HeadNameRu { get; set; } = "";

    /// <summary>The department whose responsible person signs F1, in the genitive, as the signature line reads:
    /// "<c>{DepartmentKk}</c> жауапты тұлғасы", "Ответственное лицо <c>{DepartmentRu}</c>".</summary>
    public string DepartmentKk { get; set; } = "Техникалық әкімшілендіру бөлімінің";
    public string DepartmentRu { get; set; } = "отдела технического администрирования";

    public BilingualText Name => new(NameKk.Trim(), NameRu.Trim());

    public BilingualText HeadTitle => new(HeadTitleKk.Trim(), HeadTitleRu.Trim());

    public BilingualText HeadName => new(HeadNameKk.Trim(), HeadNameRu.Trim());

    public BilingualText Department => new(DepartmentKk.Trim(), DepartmentRu.Trim());
}
