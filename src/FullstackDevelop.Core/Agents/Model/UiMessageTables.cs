using System;
using System.Collections.Generic;
using System.Linq;

namespace FullstackDevelop.Core.Agents.Model;

/// <summary>
/// The text of the generated pages (buttons, headings, empty states, pagination, errors, input hints) in each language the frontend
/// ships, by message key. English lists every key; another language is one more table with the same keys, registered in
/// <see cref="Tables"/>. <c>{name}</c> marks a value the page puts in (the frontend's <c>fill</c>).
/// </summary>
public static class UiMessageTables
{
    /// <summary>The language of the messages when the locale's language has no table.</summary>
    public const string DefaultLanguage = "en";

    private static readonly KeyValuePair<string, string>[] English =
    {
        Message("yes", "Yes"),
        Message("no", "No"),
        Message("notSet", "(not set)"),
        Message("none", "(none)"),
        Message("actions", "Actions"),
        Message("edit", "Edit"),
        Message("delete", "Delete"),
        Message("create", "Create"),
        Message("save", "Save"),
        Message("clear", "Clear"),
        Message("cancel", "Cancel"),
        Message("previous", "Previous"),
        Message("next", "Next"),
        Message("loading", "(loading)"),
        Message("pageStatus", "Page {page} of {pages}, {count} {items}"),
        Message("emptyList", "No {items} yet."),
        Message("newItem", "New {item}"),
        Message("editItem", "Edit {item} {key}"),
        Message("confirmDelete", "Delete the {item} {key}? This cannot be undone."),
        Message("invalidFields", "Some fields are not valid: see the messages below them."),
        Message("noEndpoints", "The API has no endpoints for {items}: they have no key. Add hand-written endpoints to the API to manage them."),
        Message("link", "Link"),
        Message("unlink", "Unlink"),
        Message("linkLabel", "{field} of the {item} to link"),
        Message("linkedStatus", "Page {page} of {pages}, {count} linked"),
        Message("emptyLinks", "No {items} linked yet."),
        Message("navigation", "Entities"),
        Message("pageNotFound", "Page not found"),
        Message("chooseFromNavigation", "Choose a page from the navigation."),
        Message("signedIn", "Signed in"),
        Message("signIn", "Sign in"),
        Message("signOut", "Sign out"),
        Message("developmentSignIn", "Development sign-in as"),
        Message("pasteToken", "Paste token"),
        Message("pasteTokenPrompt", "Paste a bearer token issued for the API:"),
        Message("signInRequired", "The API needs you to sign in (or your token has expired)."),
        Message("forbidden", "You are signed in but not allowed to do this."),
        Message("requestFailed", "The request failed with status {status}."),
        Message("oneByte", "1 byte"),
        Message("bytes", "{count} bytes"),
        Message("hintForeignKey", "The key of an existing {item}."),
        Message("hintEmail", "An e-mail address."),
        Message("hintPhone", "A phone number; an extension may follow (x123)."),
        Message("hintUrl", "A URL starting with http://, https:// or ftp://."),
        Message("hintCreateOnly", "Set when created; it cannot be changed later."),
        Message("hintBase64", "Base64."),
        Message("hintBase64Limit", "Base64, at most {count} bytes."),
        Message("hintDuration", "A duration: [days.]hours:minutes[:seconds]."),
        Message("hintGuid", "A GUID."),
    };

    private static readonly KeyValuePair<string, string>[] German =
    {
        Message("yes", "Ja"),
        Message("no", "Nein"),
        Message("notSet", "(nicht gesetzt)"),
        Message("none", "(keine Angabe)"),
        Message("actions", "Aktionen"),
        Message("edit", "Bearbeiten"),
        Message("delete", "Löschen"),
        Message("create", "Anlegen"),
        Message("save", "Speichern"),
        Message("clear", "Leeren"),
        Message("cancel", "Abbrechen"),
        Message("previous", "Zurück"),
        Message("next", "Weiter"),
        Message("loading", "(wird geladen)"),
        Message("pageStatus", "Seite {page} von {pages}, {count} {items}"),
        Message("emptyList", "Noch keine {items}."),
        Message("newItem", "Neu: {item}"),
        Message("editItem", "{item} {key} bearbeiten"),
        Message("confirmDelete", "{item} {key} löschen? Das kann nicht rückgängig gemacht werden."),
        Message("invalidFields", "Einige Felder sind ungültig: siehe die Meldungen darunter."),
        Message("noEndpoints", "Die API hat keine Endpunkte für {items}: Sie haben keinen Schlüssel. Fügen Sie der API eigene Endpunkte hinzu, um sie zu verwalten."),
        Message("link", "Verknüpfen"),
        Message("unlink", "Trennen"),
        Message("linkLabel", "{field} des zu verknüpfenden Eintrags ({item})"),
        Message("linkedStatus", "Seite {page} von {pages}, {count} verknüpft"),
        Message("emptyLinks", "Noch keine {items} verknüpft."),
        Message("navigation", "Entitäten"),
        Message("pageNotFound", "Seite nicht gefunden"),
        Message("chooseFromNavigation", "Wählen Sie eine Seite in der Navigation."),
        Message("signedIn", "Angemeldet"),
        Message("signIn", "Anmelden"),
        Message("signOut", "Abmelden"),
        Message("developmentSignIn", "Entwicklungsanmeldung als"),
        Message("pasteToken", "Token einfügen"),
        Message("pasteTokenPrompt", "Fügen Sie ein für die API ausgestelltes Bearer-Token ein:"),
        Message("signInRequired", "Die API verlangt eine Anmeldung (oder Ihr Token ist abgelaufen)."),
        Message("forbidden", "Sie sind angemeldet, dürfen dies aber nicht tun."),
        Message("requestFailed", "Die Anfrage ist mit dem Status {status} fehlgeschlagen."),
        Message("oneByte", "1 Byte"),
        Message("bytes", "{count} Bytes"),
        Message("hintForeignKey", "Der Schlüssel eines vorhandenen Eintrags ({item})."),
        Message("hintEmail", "Eine E-Mail-Adresse."),
        Message("hintPhone", "Eine Telefonnummer; eine Durchwahl darf folgen (x123)."),
        Message("hintUrl", "Eine URL, die mit http://, https:// oder ftp:// beginnt."),
        Message("hintCreateOnly", "Wird beim Anlegen gesetzt und kann danach nicht geändert werden."),
        Message("hintBase64", "Base64."),
        Message("hintBase64Limit", "Base64, höchstens {count} Bytes."),
        Message("hintDuration", "Eine Dauer: [Tage.]Stunden:Minuten[:Sekunden]."),
        Message("hintGuid", "Eine GUID."),
    };

    /// <summary>Every language's table, by primary language subtag; English is the default and lists every key.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<KeyValuePair<string, string>>> Tables { get; } =
        new Dictionary<string, IReadOnlyList<KeyValuePair<string, string>>>(StringComparer.Ordinal)
        {
            [DefaultLanguage] = English,
            ["de"] = German,
        };

    /// <summary>The messages of <paramref name="language"/> in English's key order, or null when it has no table.</summary>
    public static IReadOnlyList<ArtifactMessage>? For(string language)
    {
        if (!Tables.TryGetValue(language, out var table))
        {
            return null;
        }

        var texts = table.ToDictionary(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal);
        return English.Select(entry => new ArtifactMessage(entry.Key, texts[entry.Key])).ToList();
    }

    private static KeyValuePair<string, string> Message(string key, string text) => new(key, text);
}
