using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Core.Agents.Model;

/// <summary>
/// The API's service level objectives (<c>objectives</c>): the profile's targets unless <c>slo.</c> keys set them.
/// Worked out once here, so the SLOs, the alert rules and their tests, the capacity plan and the requirements spec state
/// the same availability, latency, window, error budget and burn-rate thresholds.
/// </summary>
/// <param name="Availability">The availability objective as declared: <c>99.5</c> (percent of requests without a 5xx).</param>
/// <param name="LatencyP95Ms">The time in milliseconds within which 95% of requests must complete.</param>
/// <param name="LatencyBucketMs">
/// The first bucket of ASP.NET Core's <c>http.server.request.duration</c> histogram at or above <paramref name="LatencyP95Ms"/>:
/// what the latency SLO counts requests against.
/// </param>
/// <param name="Window">The rolling window: <c>30d</c>.</param>
/// <param name="Notes">One sentence per <c>slo.</c> value that is not valid, naming the default applied instead.</param>
public sealed record ServiceObjectives(string Availability, int LatencyP95Ms, int LatencyBucketMs, string Window, EquatableArray<string> Notes)
{
    /// <summary>The key of the availability objective.</summary>
    public const string AvailabilityKey = "slo.availability";

    /// <summary>The key of the latency objective.</summary>
    public const string LatencyKey = "slo.latency-p95-ms";

    /// <summary>The key of the window.</summary>
    public const string WindowKey = "slo.window";

    /// <summary>The window when <see cref="WindowKey"/> is not declared.</summary>
    public const string DefaultWindow = "30d";

    // ASP.NET Core's http.server.request.duration bucket boundaries, in milliseconds.
    private static readonly int[] LatencyBuckets = { 5, 10, 25, 50, 75, 100, 250, 500, 750, 1000, 2500, 5000, 7500, 10000 };

    // The catalog's forms of the three keys (RequirementKeyCatalog); a value outside them falls back to the default.
    private static readonly Regex AvailabilityForm = new(@"^9[0-9](\.[0-9]{1,3})?$", RegexOptions.CultureInvariant);
    private static readonly Regex LatencyForm = new("^[1-9][0-9]{0,4}$", RegexOptions.CultureInvariant);
    private static readonly Regex WindowForm = new("^[1-9][0-9]?d$", RegexOptions.CultureInvariant);

    /// <summary><see cref="Availability"/> as a number of percent.</summary>
    public double AvailabilityPercent => double.Parse(Availability, CultureInfo.InvariantCulture);

    /// <summary>The share of requests that may fail: <c>0.005</c> at 99.5%.</summary>
    public double ErrorBudget => Math.Round((100 - AvailabilityPercent) / 100, 6);

    /// <summary>The window in hours.</summary>
    public int WindowHours => int.Parse(Window.Substring(0, Window.Length - 1), CultureInfo.InvariantCulture) * 24;

    /// <summary>The downtime the availability objective allows in 30 days, as the requirements spec states it: <c>3 h 36 min</c>.</summary>
    public string MonthlyDowntime => Downtime.In30Days(AvailabilityPercent);

    /// <summary>The error ratio of the fast-burn page over one hour: 2% of the window's budget spent within the hour.</summary>
    public double PageFastBurnThreshold => BurnThreshold(0.02, 1);

    /// <summary>The error ratio of the fast-burn page over six hours: 5% of the budget.</summary>
    public double PageSlowBurnThreshold => BurnThreshold(0.05, 6);

    /// <summary>The error ratio of the slow-burn ticket over a day: 10% of the budget.</summary>
    public double TicketFastBurnThreshold => BurnThreshold(0.1, 24);

    /// <summary>The error ratio of the slow-burn ticket over three days: 10% of the budget.</summary>
    public double TicketSlowBurnThreshold => BurnThreshold(0.1, 72);

    /// <summary>
    /// The objectives of <paramref name="profile"/>, with the <c>slo.</c> keys of <paramref name="requirements"/> (an agent's
    /// slice: an agent that does not read them gets the profile's targets).
    /// </summary>
    public static ServiceObjectives For(InfrastructureProfile profile, IEnumerable<ArtifactRequirement> requirements)
    {
        var declared = requirements.ToDictionary(requirement => requirement.Key, requirement => requirement.Value, StringComparer.Ordinal);
        var notes = new List<string>();
        var defaultLatency = profile.LatencyTarget.ToString(CultureInfo.InvariantCulture);
        var availability = Valid(declared, AvailabilityKey, AvailabilityForm, profile.AvailabilityTarget, "is not a percentage from 90 to 99.999; the " + profile.Scale + " default " + profile.AvailabilityTarget + " applies.", notes);
        var latency = int.Parse(Valid(declared, LatencyKey, LatencyForm, defaultLatency, "is not a number of milliseconds from 1 to 99999; the " + profile.Scale + " default " + defaultLatency + " applies.", notes), CultureInfo.InvariantCulture);
        var window = Valid(declared, WindowKey, WindowForm, DefaultWindow, "is not a number of days such as 28d; " + DefaultWindow + " applies.", notes);
        var bucket = LatencyBuckets.Where(boundary => boundary >= latency).DefaultIfEmpty(LatencyBuckets[LatencyBuckets.Length - 1]).First();
        return new ServiceObjectives(availability, latency, bucket, window, EquatableArray.From(notes));
    }

    private static string Valid(Dictionary<string, string> declared, string key, Regex form, string fallback, string problem, List<string> notes)
    {
        if (!declared.TryGetValue(key, out var value))
        {
            return fallback;
        }

        if (form.IsMatch(value))
        {
            return value;
        }

        notes.Add(key + " \"" + value + "\" " + problem);
        return fallback;
    }

    // The error ratio above which `share` of the window's error budget is spent within `hours` (the SRE workbook's burn rates).
    private double BurnThreshold(double share, int hours) => Math.Round(share * WindowHours / hours * ((100 - AvailabilityPercent) / 100), 6);
}
