using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Generators.Tests.Runtime.Models;

namespace FullstackDevelop.Generators.Tests.Runtime.Generation;

/// <summary>
/// The names random models use. Entity names take a plain <c>s</c> in the plural and clash with no type the domain
/// files import; field names never end in <c>Id</c>, so only the foreign keys the model means are foreign keys.
/// </summary>
internal static class NamePools
{
    public static readonly string[] Entities =
    {
        "Widget", "Gadget", "Planet", "Ticket", "Invoice", "Garden", "Project", "Member", "Payment", "Sensor", "Device", "Doctor",
        "Clinic", "Vendor", "Product", "Shipment", "Course", "Student", "Teacher", "Author", "Article", "Badge", "Team", "Player",
        "Venue", "Concert", "Recipe", "Ingredient", "Vehicle", "Driver", "Station", "Patient", "Room", "Booking", "Guest", "Hotel",
        "Lesson", "Album", "Artist", "Song", "OrderLine", "PriceTag", "UserProfile", "StockItem", "GiftCard", "TimeSlot", "BlogPost",
    };

    public static readonly string[] Enums = { "Shade", "Priority", "Stage", "Tier", "Mood" };

    public static readonly string[][] EnumMembers =
    {
        new[] { "Light", "Dark" },
        new[] { "Low", "Normal", "High", "Urgent" },
        new[] { "Draft", "Review", "Published" },
        new[] { "Bronze", "Silver", "Gold", "Platinum", "Diamond" },
        new[] { "Calm", "Busy", "Stressed" },
    };

    /// <summary>The role names of a second reference to the same entity.</summary>
    public static readonly string[] Roles = { "Owner", "Reviewer", "Creator", "Approver", "Assignee", "Sponsor" };

    private static readonly Dictionary<ScalarType, string[]> Fields = new()
    {
        [ScalarType.String] = new[] { "Name", "Title", "Label", "Note", "Description", "Comment", "Summary", "Nickname", "Headline", "Remark", "Caption", "Motto" },
        [ScalarType.Bool] = new[] { "Active", "Archived", "Visible", "Verified", "Featured" },
        [ScalarType.Byte] = new[] { "Level", "Grade", "Floor", "Shelf" },
        [ScalarType.Short] = new[] { "Rank", "Position", "Year", "Slot" },
        [ScalarType.Int] = new[] { "Count", "Quantity", "Stock", "Points", "Views", "Minutes" },
        [ScalarType.Long] = new[] { "Total", "Population", "Distance", "Budget", "Checksum" },
        [ScalarType.Float] = new[] { "Ratio", "Opacity", "Factor", "Gain" },
        [ScalarType.Double] = new[] { "Score", "Weight", "Latitude", "Temperature", "Height" },
        [ScalarType.Decimal] = new[] { "Price", "Amount", "Balance", "Fee", "Discount", "Rate" },
        [ScalarType.DateTime] = new[] { "CreatedAt", "DueAt", "StartsAt", "SeenAt" },
        [ScalarType.DateTimeOffset] = new[] { "UpdatedAt", "PublishedAt", "ExpiresAt", "ScheduledAt" },
        [ScalarType.DateOnly] = new[] { "Day", "BornOn", "OpensOn", "ReleasedOn" },
        [ScalarType.TimeOnly] = new[] { "At", "OpensAt", "ClosesAt", "WakesAt" },
        [ScalarType.TimeSpan] = new[] { "Duration", "Timeout", "Delay", "Interval" },
        [ScalarType.Guid] = new[] { "Token", "Reference", "Tracking", "Correlation" },
        [ScalarType.Bytes] = new[] { "Thumbnail", "Payload", "Signature", "Blob" },
        [ScalarType.Enum] = new[] { "Status", "Kind", "Category", "Flavor", "Phase" },
    };

    /// <summary>A field name for <paramref name="type"/> that <paramref name="used"/> does not hold yet (and then does).</summary>
    public static string Field(Random random, ScalarType type, HashSet<string> used)
    {
        var pool = Fields[type];
        var free = pool.Where(name => !used.Contains(name)).ToList();
        var name = free.Count > 0 ? free[random.Next(free.Count)] : pool[random.Next(pool.Length)] + (used.Count + 1);
        while (!used.Add(name))
        {
            name += "X";
        }

        return name;
    }
}
