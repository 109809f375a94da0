namespace GosZakup.Console.Web.Resources;

/// <summary>The one set of UI strings (SharedResource.resx: English; .ru.resx: Russian; .kk.resx: Kazakh).</summary>
public sealed class SharedResource;
