using System.Reflection;
using GosZakup.Console.Web.Features;
using GosZakup.Console.Web.Hosting;
using NetArchTest.Rules;

namespace GosZakup.Console.Web.Tests.Architecture;

/// <summary>Issue 19 §2: a feature folder uses Domain, Infrastructure, the shared Web parts and only the features its
/// registration names (<see cref="UsesFeaturesAttribute"/>), and no two features use each other. The compiled
/// assembly is read (NetArchTest, over Mono.Cecil), so a component placed in markup counts as much as a call.</summary>
public sealed class FeatureDependencyTests
{
    private const string Prefix = "GosZakup.Console.Web.Features.";
    private static readonly Assembly Web = typeof(ConsoleServices).Assembly;
    private static readonly Types Compiled = Types.InAssembly(Web);

    /// <summary>Every feature folder's name, from the namespaces of its types.</summary>
    private static IReadOnlyList<string> Features { get; } = Web.GetTypes()
        .Select(t => t.Namespace).OfType<string>().Where(ns => ns.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(ns => ns[Prefix.Length..].Split('.')[0]).Distinct().Order().ToList();

    private static Type? RegistrationOf(string feature) => Web.GetType($"{Prefix}{feature}.{feature}Registration");

    private static IReadOnlyList<string> UsesOf(string feature) =>
        RegistrationOf(feature)?.GetCustomAttribute<UsesFeaturesAttribute>()?.Registrations.Select(FeatureOf).ToList() ?? [];

    private static string FeatureOf(Type registration) => registration.Namespace![Prefix.Length..].Split('.')[0];

    public static TheoryData<string> EveryFeature => new(Features);

    [Fact]
    public void The_features_are_found()
    {
        Assert.Contains("Incidents", Features);
        Assert.Contains("Acts", Features);
        Assert.True(Features.Count >= 30, string.Join(", ", Features));
    }

    [Theory, MemberData(nameof(EveryFeature))]
    public void A_feature_uses_only_the_features_its_registration_names(string feature)
    {
        var allowed = UsesOf(feature).Append(feature).ToHashSet();
        var others = Features.Where(f => !allowed.Contains(f)).Select(f => Prefix + f).ToArray();
        var result = Compiled.That().ResideInNamespace(Prefix + feature)
            .ShouldNot().HaveDependencyOnAny(others).GetResult();
        var offenders = result.FailingTypes?.Select(t => $"{t.FullName}: {t.Explanation}") ?? [];
        Assert.True(result.IsSuccessful,
            $"{feature} uses a feature its registration does not name ([UsesFeatures] on {feature}Registration):\n"
            + string.Join("\n", offenders));
    }

    [Theory, MemberData(nameof(EveryFeature))]
    public void A_feature_names_only_features_it_uses(string feature)
    {
        foreach (var used in UsesOf(feature))
        {
            var result = Compiled.That().ResideInNamespace(Prefix + feature)
                .ShouldNot().HaveDependencyOnAny(Prefix + used).GetResult();
            Assert.False(result.IsSuccessful, $"{feature}Registration names {used}, which {feature} does not use.");
        }
    }

    [Fact]
    public void No_two_features_use_each_other_even_round_a_circle()
    {
        var uses = Features.ToDictionary(f => f, UsesOf);
        var state = new Dictionary<string, bool>(); // false: on the current path; true: done
        foreach (var feature in Features) Visit(feature, []);

        void Visit(string feature, List<string> path)
        {
            if (state.TryGetValue(feature, out var done))
            {
                Assert.True(done, "Features use each other round a circle: " + string.Join(" → ", path.Append(feature)));
                return;
            }
            state[feature] = false;
            foreach (var used in uses[feature]) Visit(used, [.. path, feature]);
            state[feature] = true;
        }
    }

    [Fact]
    public void A_registration_names_features_by_their_registrations()
    {
        foreach (var feature in Features)
            foreach (var registration in RegistrationOf(feature)?.GetCustomAttribute<UsesFeaturesAttribute>()?.Registrations ?? [])
                Assert.Equal($"{FeatureOf(registration)}Registration", registration.Name);
    }
}
