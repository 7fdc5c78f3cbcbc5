using System;
using System.Linq;
using System.Text.RegularExpressions;
using FullstackDevelop.Core.Agents.Model;
using Xunit;

namespace FullstackDevelop.Core.Tests.Agents;

public sealed class UiMessageTablesTests
{
    [Fact]
    public void Every_table_has_the_english_keys_with_the_same_placeholders_and_a_text_of_its_own()
    {
        var english = UiMessageTables.For(UiMessageTables.DefaultLanguage)!;
        Assert.Equal(english.Count, english.Select(message => message.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.All(english, message => Assert.Matches("^[a-z][A-Za-z0-9]*$", message.Key));
        foreach (var (language, table) in UiMessageTables.Tables)
        {
            Assert.Equal(english.Select(message => message.Key).OrderBy(key => key, StringComparer.Ordinal), table.Select(entry => entry.Key).OrderBy(key => key, StringComparer.Ordinal));
            var messages = UiMessageTables.For(language)!;
            Assert.Equal(english.Select(message => message.Key), messages.Select(message => message.Key));
            foreach (var (message, original) in messages.Zip(english, (message, original) => (message, original)))
            {
                Assert.Equal(Placeholders(original.Text), Placeholders(message.Text));
                Assert.False(string.IsNullOrWhiteSpace(message.Text), language + " " + message.Key);
            }
        }
    }

    [Fact]
    public void German_is_german_and_a_language_without_a_table_has_none()
    {
        var german = UiMessageTables.For("de")!.ToDictionary(message => message.Key, message => message.Text, StringComparer.Ordinal);

        Assert.Equal("Speichern", german["save"]);
        Assert.Equal("Seite {page} von {pages}, {count} {items}", german["pageStatus"]);
        Assert.Null(UiMessageTables.For("fr"));
    }

    private static string[] Placeholders(string text) =>
        Regex.Matches(text, @"\{(\w+)\}").Select(match => match.Groups[1].Value).OrderBy(name => name, StringComparer.Ordinal).ToArray();
}
