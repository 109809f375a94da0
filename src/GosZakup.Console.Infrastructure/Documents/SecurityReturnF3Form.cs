namespace GosZakup.Console.Infrastructure.Documents;

/// <summary>The text of form F3 (annex 3 to R2) with the values filled in: the Kazakh wording follows the Kazakh
/// original of the Rules, the Russian one its official Russian text; of the three destinations the form lists to
/// underline, only the chosen one is printed.</summary>
public static class SecurityReturnF3Form
{
    public static BilingualText FormName { get; } = new("Қағидаларға 3-қосымша, F3 нысаны", "Приложение 3 к Правилам, форма F3");

    public static BilingualText Title { get; } = new(
        "Сатып алуға қатысуға өтінімді қамтамасыз етудің тиісті бюджет кірісіне қайтарылуы туралы ақпарат",
        "Информация о зачислении обеспечения заявки на участие в закупках в доход соответствующего бюджета");

    public static BilingualText Organiser(SecurityReturnDocument f3) => new(
        $"Ұйымдастырушы: {f3.OrganiserName} (БСН {f3.OrganiserBin}).",
        $"Организатор: {f3.OrganiserName} (БИН {f3.OrganiserBin}).");

    public static BilingualText Crediting(SecurityReturnDocument f3)
    {
        var (actDate, figures) = (ActF2Form.Date(f3.ActDateUtc), AmountInWords.Figures(f3.Amount));
        return new(
            $"«Операторға байланысты» техникалық іркіліс түрі көрсетілген, салдарынан баға ұсынысын беруге техникалық мүмкіндігі " +
            $"болмаған мемлекеттік сатып алу веб-порталының істен шығуы туралы {actDate} №\u00A0{f3.ActNumber} актісі негізінде " +
            $"{f3.SupplierName} (БСН {f3.SupplierBin}) әлеуетті өнім берушінің №\u00A0{f3.LotNumber} лот, №\u00A0{f3.ProcurementNumber} " +
            $"сатып алуға қатысуға өтінімді қамтамасыз ету сомасы {figures} теңге ({AmountInWords.Kazakh(f3.Amount)}) " +
            $"{Destination(f3.CreditedTo).Kazakh} кірісіне есепке жазылды.",
            $"На основании акта №\u00A0{f3.ActNumber} от {actDate} о сбое веб-портала государственных закупок, вследствие которого " +
            $"отсутствовала техническая возможность подачи ценового предложения, с указанием вида технического сбоя «связанный " +
            $"с оператором», сумма обеспечения заявки на участие в закупках потенциального поставщика {f3.SupplierName} " +
            $"(БИН {f3.SupplierBin}) по лоту №\u00A0{f3.LotNumber} закупки №\u00A0{f3.ProcurementNumber} в размере {figures} тенге " +
            $"({AmountInWords.Russian(f3.Amount)}) зачислена в доход {Destination(f3.CreditedTo).Russian}.");
    }

    /// <summary>Worded to stand before "кірісіне" and after "в доход".</summary>
    public static BilingualText Destination(SecurityCreditedTo creditedTo) => creditedTo switch
    {
        SecurityCreditedTo.RepublicanBudget => new("республикалық бюджет", "республиканского бюджета"),
        SecurityCreditedTo.LocalBudget => new("жергілікті бюджет", "местного бюджета"),
        SecurityCreditedTo.StateOwnedEntity => new(
            "дауыс берілетін акцияларының (жарғылық капиталдағы қатысу үлесінің) елу және одан да көп пайызы мемлекетке тиесілі " +
            "мемлекеттік кәсіпорынның, заңды тұлғаның немесе солармен аффилиирленген заңды тұлғаның",
            "государственного предприятия, юридического лица, пятьдесят и более процентов голосующих акций (долей участия " +
            "в уставном капитале) которого принадлежат государству, или аффилиированного с ними юридического лица"),
        _ => throw new ArgumentOutOfRangeException(nameof(creditedTo), creditedTo, null),
    };

    public static BilingualText BankDetails { get; } = new("Өнім берушінің деректері", "Реквизиты поставщика");

    public static BilingualText Value { get; } = new("Мәні", "Значение");

    public static IReadOnlyList<(BilingualText Label, string Value)> BankRows(SupplierBankDetails bank) =>
    [
        (new("Бенефициар", "Бенефициар"), bank.Beneficiary),
        (new("БСН", "БИН"), bank.BeneficiaryBin),
        (new("Бенефициар банкі", "Банк бенефициара"), bank.BeneficiaryBank),
        (new("ЖСК", "ИИК"), bank.Iik),
        (new("БСК", "БИК"), bank.Bic),
    ];

    public static BilingualText Signatory { get; } = new("Тапсырыс берушінің басшысы", "Руководитель заказчика");

    public static BilingualText Date { get; } = new("Күні", "Дата");
}
