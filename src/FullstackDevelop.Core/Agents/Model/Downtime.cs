using System;
using System.Globalization;

namespace FullstackDevelop.Core.Agents.Model;

/// <summary>The downtime an availability objective allows, in words.</summary>
public static class Downtime
{
    private const int SecondsIn30Days = 30 * 24 * 60 * 60;

    /// <summary>
    /// What <paramref name="availabilityPercent"/> allows in 30 days, to the minute (to the second below one):
    /// <c>7 h 12 min</c> at 99, <c>43 min</c> at 99.9, <c>26 s</c> at 99.999.
    /// </summary>
    public static string In30Days(double availabilityPercent)
    {
        var seconds = SecondsIn30Days * (100 - availabilityPercent) / 100;
        if (seconds < 59.5)
        {
            return Math.Round(seconds).ToString(CultureInfo.InvariantCulture) + " s";
        }

        var minutes = (int)Math.Round(seconds / 60);
        var hours = minutes / 60;
        var rest = minutes % 60;
        var text = hours == 0 ? string.Empty : hours.ToString(CultureInfo.InvariantCulture) + " h";
        return rest == 0 ? text : (text.Length == 0 ? string.Empty : text + " ") + rest.ToString(CultureInfo.InvariantCulture) + " min";
    }
}
