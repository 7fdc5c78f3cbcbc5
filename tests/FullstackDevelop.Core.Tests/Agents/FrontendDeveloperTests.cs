using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Tests.Agents.Infrastructure;
using FullstackDevelop.Core.Tests.Backend;
using FullstackDevelop.Tests.Shared;
using Xunit;

namespace FullstackDevelop.Core.Tests.Agents;

public sealed class FrontendDeveloperTests
{
    private const string Agent = "frontend-developer";

    private static readonly string[] SampleNames = { "Bookstore", "Keys", "EveryFieldType", "Minimal", "Rules" };

    public static TheoryData<string> Samples => new(SampleNames);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Package_json_and_tsconfig_json_are_json_with_exact_versions_and_strict_settings(string sample)
    {
        var requirements = Sample(sample);
        var files = AgentSamples.Render(Agent, requirements);

        using var package = JsonDocument.Parse(files["frontend/package.json"]);
        var root = package.RootElement;
        Assert.Equal(AgentSamples.Model(requirements).Project.KebabName + "-frontend", root.GetProperty("name").GetString());
        Assert.True(root.GetProperty("private").GetBoolean());
        Assert.Equal("tsc --noEmit", root.GetProperty("scripts").GetProperty("typecheck").GetString());
        Assert.Contains("vite build", root.GetProperty("scripts").GetProperty("build").GetString(), StringComparison.Ordinal);
        Assert.Equal("vite", root.GetProperty("scripts").GetProperty("dev").GetString());
        Assert.Equal(
            new[] { "react", "react-dom", "react-router-dom" },
            root.GetProperty("dependencies").EnumerateObject().Select(property => property.Name).OrderBy(name => name, StringComparer.Ordinal));
        Assert.Equal(
            new[] { "@types/react", "@types/react-dom", "@vitejs/plugin-react", "typescript", "vite" },
            root.GetProperty("devDependencies").EnumerateObject().Select(property => property.Name).OrderBy(name => name, StringComparer.Ordinal));
        var versions = root.GetProperty("dependencies").EnumerateObject().Concat(root.GetProperty("devDependencies").EnumerateObject());
        Assert.All(versions, version => Assert.Matches(@"^\d+\.\d+\.\d+$", version.Value.GetString()));
        Assert.StartsWith("18.", root.GetProperty("dependencies").GetProperty("react").GetString(), StringComparison.Ordinal);

        using var tsconfig = JsonDocument.Parse(files["frontend/tsconfig.json"]);
        var options = tsconfig.RootElement.GetProperty("compilerOptions");
        Assert.True(options.GetProperty("strict").GetBoolean());
        Assert.True(options.GetProperty("noEmit").GetBoolean());
        Assert.Equal("react-jsx", options.GetProperty("jsx").GetString());
        Assert.Equal("bundler", options.GetProperty("moduleResolution").GetString());
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Writes_one_api_module_and_one_page_per_entity(string sample)
    {
        var requirements = Sample(sample);
        var files = AgentSamples.Render(Agent, requirements);
        var entities = AgentSamples.Model(requirements).Entities;

        var modules = files.Keys.Where(path => path.StartsWith("frontend/src/api/", StringComparison.Ordinal) && path != "frontend/src/api/client.ts");
        Assert.Equal(entities.Select(entity => "frontend/src/api/" + entity.KebabName + ".ts").OrderBy(path => path, StringComparer.Ordinal), modules);
        var pages = files.Keys.Where(path => path.StartsWith("frontend/src/pages/", StringComparison.Ordinal));
        Assert.Equal(entities.Select(entity => "frontend/src/pages/" + entity.Name + "Page.tsx").OrderBy(path => path, StringComparer.Ordinal), pages);
        Assert.Equal(
            new[]
            {
                "frontend/index.html", "frontend/package.json", "frontend/src/App.tsx", "frontend/src/api/client.ts", "frontend/src/locale.ts", "frontend/src/main.tsx",
                "frontend/src/messages.ts", "frontend/src/theme.ts", "frontend/src/validation.ts", "frontend/tsconfig.json", "frontend/vite.config.ts",
            },
            files.Keys.Where(path => !modules.Contains(path) && !pages.Contains(path)).OrderBy(path => path, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_entity_api_module_declares_its_dto_with_every_field_by_json_name(string sample)
    {
        var requirements = Sample(sample);
        var files = AgentSamples.Render(Agent, requirements);
        foreach (var entity in AgentSamples.Model(requirements).Entities)
        {
            var module = files["frontend/src/api/" + entity.KebabName + ".ts"];
            var dto = Members(module, entity.Name + "Dto");
            Assert.Equal(entity.Fields.Select(field => field.JsonName), dto.Keys);
            foreach (var field in entity.Fields)
            {
                Assert.Equal(field.IsRequired ? field.TsType : field.TsType + " | null", dto[field.JsonName]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Requests_and_functions_follow_the_generated_endpoints(string sample)
    {
        var requirements = Sample(sample);
        var files = AgentSamples.Render(Agent, requirements);
        foreach (var entity in AgentSamples.Model(requirements).Entities)
        {
            var module = files["frontend/src/api/" + entity.KebabName + ".ts"];
            if (!entity.HasEndpoints)
            {
                Assert.DoesNotContain("requestJson", module, StringComparison.Ordinal);
                Assert.DoesNotContain("Request {", module, StringComparison.Ordinal);
                Assert.Contains("no endpoints", module, StringComparison.Ordinal);
                Assert.Contains("The API has no endpoints for", Normalize(files["frontend/src/pages/" + entity.Name + "Page.tsx"]), StringComparison.Ordinal);
                continue;
            }

            var create = Members(module, "Create" + entity.Name + "Request");
            Assert.Equal(entity.Fields.Where(field => field.InCreate).Select(field => field.JsonName), create.Keys);
            var update = Members(module, "Update" + entity.Name + "Request");
            Assert.Equal(entity.Fields.Where(field => field.InUpdate).Select(field => field.JsonName), update.Keys);
            Assert.Contains("export const " + entity.PluralCamelName + "Route = '" + entity.Route + "';", module, StringComparison.Ordinal);
            if (entity.HasCompositeKey)
            {
                // A key object with every part, and item paths with every part in route order.
                var key = Members(module, entity.Name + "Key");
                Assert.Equal(entity.Keys.Select(part => (part.JsonName, part.TsType)), key.Select(member => (member.Key, member.Value)));
                Assert.Contains(
                    "return " + string.Join(" + ", entity.Keys.Select(part => "'/' + encodeURIComponent(String(key." + part.JsonName + "))")) + ";",
                    module,
                    StringComparison.Ordinal);
            }
            else
            {
                Assert.Contains("export type " + entity.Name + "Key = " + entity.Key!.TsType + ";", module, StringComparison.Ordinal);
            }

            var functions = new[] { "list" + entity.PluralName, "get" + entity.Name, "create" + entity.Name, "update" + entity.Name, "remove" + entity.Name, "validateCreate" + entity.Name, "validateUpdate" + entity.Name }
                .Concat(entity.ManyToMany.SelectMany(relation => new[] { "list", "link", "unlink" }.Select(verb => verb + entity.Name + relation.Name)));
            foreach (var function in functions)
            {
                Assert.Contains("export function " + function + "(", module, StringComparison.Ordinal);
            }

            foreach (var relation in entity.ManyToMany)
            {
                Assert.Contains("import type { " + relation.Target + "Dto } from './" + relation.TargetKebabName + "';", module, StringComparison.Ordinal);
                Assert.Contains("Promise<PagedResult<" + relation.Target + "Dto>>", module, StringComparison.Ordinal);
                Assert.Contains("itemPath(key) + '/" + relation.Segment + "/' + encodeURIComponent(String(" + relation.TargetParameter + "))", module, StringComparison.Ordinal);
            }

            // The validation of each request lists the fields of the request, and nothing else.
            Assert.Equal(create.Keys, ValidationMembers(module, "create" + entity.Name + "Validation"));
            Assert.Equal(update.Keys, ValidationMembers(module, "update" + entity.Name + "Validation"));

            Assert.Contains("method: 'POST'", module, StringComparison.Ordinal);
            Assert.Contains("method: 'PUT'", module, StringComparison.Ordinal);
            Assert.Contains("method: 'DELETE'", module, StringComparison.Ordinal);
            var sortable = entity.Fields.Where(field => field.IsSortable).Select(field => "'" + field.JsonName + "'");
            Assert.Contains("export type " + entity.Name + "SortField = " + string.Join(" | ", sortable) + ";", module, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_page_has_an_input_and_a_column_per_field(string sample)
    {
        var requirements = Sample(sample);
        var files = AgentSamples.Render(Agent, requirements);
        foreach (var entity in AgentSamples.Model(requirements).Entities.Where(entity => entity.HasEndpoints))
        {
            var page = files["frontend/src/pages/" + entity.Name + "Page.tsx"];
            Assert.Contains("export default function " + entity.Name + "Page(", page, StringComparison.Ordinal);
            Assert.Contains("window.confirm(", page, StringComparison.Ordinal);

            // The form checks a request with the API's rules before it sends it, and shows the messages by field.
            Assert.Contains("if (refused(key === null ? validateCreate" + entity.Name + "(create) : validateUpdate" + entity.Name + "(update))) {", page, StringComparison.Ordinal);
            Assert.True(
                page.IndexOf("validateCreate" + entity.Name + "(create)", StringComparison.Ordinal) < page.IndexOf("await create" + entity.Name + "(create)", StringComparison.Ordinal),
                "The page validates before it creates.");
            foreach (var relation in entity.ManyToMany)
            {
                Assert.Contains("{editing !== null && <" + entity.Name + relation.Name + "Panel owner={editing} />}", page, StringComparison.Ordinal);
                Assert.Contains("if (await change(() => link" + entity.Name + relation.Name + "(owner, ", page, StringComparison.Ordinal);
                Assert.Contains("unlink" + entity.Name + relation.Name + "(owner, item." + relation.TargetKey.JsonName + ")", page, StringComparison.Ordinal);
            }

            Assert.DoesNotMatch(@":\s*any\b|\bas any\b|<any>|\bany\[\]", page);
            Assert.DoesNotMatch(@":\s*any\b|\bas any\b|<any>|\bany\[\]", files["frontend/src/api/" + entity.KebabName + ".ts"]);
            foreach (var field in entity.Fields)
            {
                Assert.Contains("item." + field.JsonName + ")}</td>", page, StringComparison.Ordinal);
                if (!field.InCreate && !field.InUpdate)
                {
                    Assert.DoesNotContain("id=\"" + entity.KebabName + "-" + field.JsonName + "\"", page, StringComparison.Ordinal);
                    continue;
                }

                // Required unless an empty text is a value; key parts and create-only fields are editable on create only.
                var input = Element(page, entity.KebabName + "-" + field.JsonName);
                Assert.Equal(field.IsRequired && field.Type != "bool" && !field.Rules.AllowEmptyStrings, input.Contains(" required", StringComparison.Ordinal));
                Assert.Equal(!field.InUpdate, input.Contains("disabled={editing !== null}", StringComparison.Ordinal));
                Assert.Contains("messagesFor('" + field.JsonName + "')", page, StringComparison.Ordinal);
                switch (field.Type)
                {
                    case "bool":
                        Assert.Contains(field.IsRequired ? "type=\"checkbox\"" : "<select", input, StringComparison.Ordinal);
                        break;
                    case "enum":
                        Assert.StartsWith("<select", input, StringComparison.Ordinal);
                        Assert.Contains(
                            "[" + string.Join(", ", field.EnumMembers.Select(member => "'" + member + "'")) + "]",
                            page,
                            StringComparison.Ordinal);
                        break;
                    case "date":
                        Assert.Contains("type=\"date\"", input, StringComparison.Ordinal);
                        break;
                    case "datetime" or "datetimeoffset":
                        Assert.Contains("type=\"datetime-local\"", input, StringComparison.Ordinal);
                        break;
                    case "string" when field.MaxLength is { } maxLength:
                        Assert.Contains("maxLength={" + maxLength + "}", input, StringComparison.Ordinal);
                        break;
                    default:
                        if (field.OpenApiType is "integer" or "number")
                        {
                            Assert.Contains("type=\"number\"", input, StringComparison.Ordinal);
                        }

                        break;
                }
            }
        }
    }

    [Fact]
    public void The_app_routes_every_entity_page_and_links_the_entities_with_endpoints()
    {
        foreach (var requirements in new[] { BackendSamples.Bookstore, BackendSamples.Keys })
        {
            var app = AgentSamples.Render(Agent, requirements)["frontend/src/App.tsx"];
            foreach (var entity in AgentSamples.Model(requirements).Entities)
            {
                var path = entity.Route["/api".Length..];
                Assert.Contains("import " + entity.Name + "Page from './pages/" + entity.Name + "Page';", app, StringComparison.Ordinal);
                Assert.Contains("<Route path=\"" + path + "\" element={<" + entity.Name + "Page />} />", app, StringComparison.Ordinal);
                Assert.Equal(entity.HasEndpoints, app.Contains("{ path: '" + path + "',", StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void The_client_sends_a_bearer_token_only_when_the_project_requires_authorization()
    {
        var secured = AgentSamples.Render(Agent, BackendSamples.Bookstore);
        Assert.Contains("export function setToken(", secured["frontend/src/api/client.ts"], StringComparison.Ordinal);
        Assert.Contains("export function getToken(", secured["frontend/src/api/client.ts"], StringComparison.Ordinal);
        Assert.Contains("`Bearer ${accessToken}`", secured["frontend/src/api/client.ts"], StringComparison.Ordinal);
        Assert.Contains("<TokenPanel", secured["frontend/src/App.tsx"], StringComparison.Ordinal);

        var open = AgentSamples.Render(Agent, BackendSamples.BookstoreWith(authentication: false, "Author", "Book"));
        Assert.DoesNotContain("Token", open["frontend/src/api/client.ts"], StringComparison.Ordinal);
        Assert.DoesNotContain("Authorization", open["frontend/src/api/client.ts"], StringComparison.Ordinal);
        Assert.DoesNotContain("Token", open["frontend/src/App.tsx"], StringComparison.Ordinal);
        Assert.Contains("export class ApiError extends Error", open["frontend/src/api/client.ts"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_theme_follows_ui_theme_while_every_other_file_stays_byte_identical()
    {
        var light = AgentSamples.Render(Agent, WithRequirement(BackendSamples.Bookstore, "ui.theme", "light"));
        var dark = AgentSamples.Render(Agent, WithRequirement(BackendSamples.Bookstore, "ui.theme", "dark"));

        Assert.Contains("export const themeMode: ThemeMode = 'light';", light["frontend/src/theme.ts"], StringComparison.Ordinal);
        Assert.Contains("export const themeMode: ThemeMode = 'dark';", dark["frontend/src/theme.ts"], StringComparison.Ordinal);
        Assert.Contains("'ui.theme': 'dark',", dark["frontend/src/theme.ts"], StringComparison.Ordinal);
        Assert.Equal(light.Keys, dark.Keys);
        Assert.All(
            light.Keys.Where(path => path != "frontend/src/theme.ts"),
            path => Assert.Equal(light[path], dark[path]));
        Assert.Equal(
            AgentSamples.Model(BackendSamples.Bookstore).Entities.Count * 2,
            light.Keys.Count(path => path.StartsWith("frontend/src/pages/", StringComparison.Ordinal) || (path.StartsWith("frontend/src/api/", StringComparison.Ordinal) && path != "frontend/src/api/client.ts")));
    }

    [Fact]
    public void The_theme_reads_the_primary_colour_and_the_catalogs_ui_keys_with_light_defaults()
    {
        var declared = AgentSamples.Render(Agent, AgentSamples.EveryFieldType)["frontend/src/theme.ts"];
        Assert.Contains("export const themeMode: ThemeMode = 'dark';", declared, StringComparison.Ordinal);
        Assert.Contains("export const primaryColor: string = '#3355ff';", declared, StringComparison.Ordinal);
        Assert.Contains("'ui.primary-color': '#3355ff',", declared, StringComparison.Ordinal);

        var bookstore = AgentSamples.Render(Agent, BackendSamples.Bookstore)["frontend/src/theme.ts"];
        Assert.Contains("'ui.theme': 'dark',", bookstore, StringComparison.Ordinal);
        Assert.DoesNotContain("search.language", bookstore, StringComparison.Ordinal);

        // A key the catalog does not list is read by no template, so the theme does not show it.
        var unread = AgentSamples.Render(Agent, WithRequirement(BackendSamples.Bookstore, "frontend.framework", "vue"))["frontend/src/theme.ts"];
        Assert.Equal(bookstore, unread);

        var plain = AgentSamples.Render(Agent, BackendSamples.Bookstore with { Requirements = default })["frontend/src/theme.ts"];
        Assert.Contains("export const themeMode: ThemeMode = 'light';", plain, StringComparison.Ordinal);
        Assert.Contains("export const primaryColor: string = '#2563eb';", plain, StringComparison.Ordinal);

        var quoted = AgentSamples.Render(Agent, WithRequirement(BackendSamples.Bookstore, "ui.primary-color", "Rock 'n' roll \\ books"))["frontend/src/theme.ts"];
        Assert.Contains(@"'ui.primary-color': 'Rock \'n\' roll \\ books',", quoted, StringComparison.Ordinal);
        Assert.Contains(@"export const primaryColor: string = 'Rock \'n\' roll \\ books';", quoted, StringComparison.Ordinal);

        var unknown = AgentSamples.Render(Agent, WithRequirement(BackendSamples.Bookstore, "ui.theme", "sepia"))["frontend/src/theme.ts"];
        Assert.Contains("export const themeMode: ThemeMode = 'light';", unknown, StringComparison.Ordinal);
    }

    [Fact]
    public void Ui_locale_sets_the_page_language_the_formatting_locale_and_the_messages_while_every_other_file_stays_byte_identical()
    {
        var english = AgentSamples.Render(Agent, BackendSamples.Bookstore);
        var german = AgentSamples.Render(Agent, WithRequirement(BackendSamples.Bookstore, "ui.locale", "de-DE"));

        Assert.Contains("<html lang=\"en\">", english["frontend/index.html"], StringComparison.Ordinal);
        Assert.Contains("export const locale = 'en-US';", english["frontend/src/locale.ts"], StringComparison.Ordinal);
        Assert.Contains("  save: 'Save',", english["frontend/src/messages.ts"], StringComparison.Ordinal);
        Assert.Contains("<html lang=\"de\">", german["frontend/index.html"], StringComparison.Ordinal);
        Assert.Contains("export const locale = 'de-DE';", german["frontend/src/locale.ts"], StringComparison.Ordinal);
        Assert.Contains("  save: 'Speichern',", german["frontend/src/messages.ts"], StringComparison.Ordinal);
        Assert.Contains("// The messages are in the language of de-DE (de)", german["frontend/src/messages.ts"], StringComparison.Ordinal);

        var changed = english.Keys.Where(path => english[path] != german[path]).OrderBy(path => path, StringComparer.Ordinal);
        Assert.Equal(new[] { "frontend/index.html", "frontend/src/locale.ts", "frontend/src/messages.ts", "frontend/src/theme.ts" }, changed);
        Assert.Contains("'ui.locale': 'de-DE',", german["frontend/src/theme.ts"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_locale_without_messages_formats_for_itself_in_english_and_an_odd_value_falls_back_to_en_us()
    {
        var french = AgentSamples.Render(Agent, WithRequirement(BackendSamples.Bookstore, "ui.locale", "fr-CA"));
        Assert.Contains("<html lang=\"fr\">", french["frontend/index.html"], StringComparison.Ordinal);
        Assert.Contains("export const locale = 'fr-CA';", french["frontend/src/locale.ts"], StringComparison.Ordinal);
        Assert.Contains("// There are no built-in messages for fr-CA, so they are in English; dates and numbers are still formatted for", french["frontend/src/messages.ts"], StringComparison.Ordinal);
        Assert.Contains("  save: 'Save',", french["frontend/src/messages.ts"], StringComparison.Ordinal);

        var odd = AgentSamples.Render(Agent, WithRequirement(BackendSamples.Bookstore, "ui.locale", "de'\"><script>"));
        var plain = AgentSamples.Render(Agent, BackendSamples.Bookstore);
        Assert.Equal(plain["frontend/index.html"], odd["frontend/index.html"]);
        Assert.Equal(plain["frontend/src/messages.ts"], odd["frontend/src/messages.ts"]);
        Assert.Contains("export const locale = 'en-US';", odd["frontend/src/locale.ts"], StringComparison.Ordinal);
        Assert.Contains("// `ui.locale` is not a BCP 47 language tag such as de-DE, so values are formatted for en-US.", odd["frontend/src/locale.ts"], StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", odd["frontend/src/locale.ts"], StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_format_dates_times_and_numbers_through_the_locale_module_and_take_their_text_from_the_messages()
    {
        var files = AgentSamples.Render(Agent, AgentSamples.EveryFieldType);
        var page = files.Single(pair => pair.Key.StartsWith("frontend/src/pages/", StringComparison.Ordinal) && pair.Value.Contains("formatDate(", StringComparison.Ordinal)).Value;

        Assert.Contains("import { formatDate, formatDateTime, formatNumber, formatTime } from '../locale';", page, StringComparison.Ordinal);
        Assert.Contains("import { fill, messages } from '../messages';", page, StringComparison.Ordinal);
        Assert.Matches(@"\{formatNumber\(item\.requiredDecimal\)\}", page);
        Assert.Matches(@"\{formatDate\(item\.requiredDate\)\}", page);
        Assert.Matches(@"\{formatTime\(item\.requiredTime\)\}", page);
        Assert.Matches(@"\{formatDateTime\(item\.requiredDatetime\)\}", page);
        Assert.Contains("{messages.previous}", page, StringComparison.Ordinal);
        Assert.DoesNotContain("toLocaleString", string.Concat(files.Values), StringComparison.Ordinal);
        Assert.DoesNotContain("Previous", page, StringComparison.Ordinal);
        Assert.Contains("{messages.hintGuid}", page, StringComparison.Ordinal);
        Assert.DoesNotContain("A GUID.", page, StringComparison.Ordinal);
        Assert.Single(files, pair => pair.Value.Contains("new Intl.", StringComparison.Ordinal));
    }

    /// <summary>
    /// Writes the frontends of the samples, runs the real TypeScript compiler over them, then builds each with Vite
    /// (index.html → src/main.tsx → App, with vite.config.ts). The npm packages are installed once per package.json
    /// into the temp folder and reused by later runs.
    /// </summary>
    [NodeFact]
    public async Task The_generated_frontends_type_check_with_the_typescript_compiler_and_build_with_vite()
    {
        var node = NodeModules.FindOnPath("node");
        Assert.True(node is not null && NodeModules.FindOnPath("npm") is not null, "Node.js and npm must be on the PATH (FULLSTACK_REQUIRE_INTEGRATION=1 forbids skipping).");
        var rendered = SampleNames.ToDictionary(sample => sample, sample => AgentSamples.Render(Agent, Sample(sample)));
        Assert.Single(rendered.Values.Select(files => Dependencies(files["frontend/package.json"])).Distinct());
        var installation = await NodeModules.InstallAsync(rendered["Bookstore"]["frontend/package.json"]);

        // One tsc per sample, side by side: each project sits under the installation, so its imports resolve there.
        var checks = rendered.Select(async pair =>
        {
            var project = Path.Combine(installation, "projects", pair.Key + "-" + Guid.NewGuid().ToString("N")[..8]);
            try
            {
                foreach (var (path, text) in pair.Value)
                {
                    var target = Path.Combine(project, path["frontend/".Length..]);
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    await File.WriteAllTextAsync(target, text);
                }

                var tsc = Path.Combine(installation, "node_modules", "typescript", "bin", "tsc");
                var typeCheck = await ProcessRunner.RunAsync(node, project, TimeSpan.FromMinutes(2), tsc, "--noEmit", "-p", ".");
                if (typeCheck.ExitCode != 0)
                {
                    return (Sample: pair.Key, Step: "type-check", typeCheck.ExitCode, typeCheck.Output);
                }

                var vite = Path.Combine(installation, "node_modules", "vite", "bin", "vite.js");
                var build = await ProcessRunner.RunAsync(node, project, TimeSpan.FromMinutes(2), vite, "build", "--logLevel", "warn");
                var page = Path.Combine(project, "dist", "index.html");
                var built = build.ExitCode == 0 && File.Exists(page) && File.ReadAllText(page).Contains("<script type=\"module\"", StringComparison.Ordinal);
                return (Sample: pair.Key, Step: "build with vite", ExitCode: built ? 0 : Math.Max(build.ExitCode, 1), build.Output);
            }
            finally
            {
                NodeModules.TryDelete(project);
            }
        });
        var failures = (await Task.WhenAll(checks)).Where(check => check.ExitCode != 0).ToList();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Select(check => check.Sample + " fails to " + check.Step + ":" + Environment.NewLine + check.Output)));
    }

    /// <summary>
    /// The frontend of a project with <c>ui.locale</c> de-DE as built: it type-checks and Vite builds it, the built page
    /// has <c>lang="de"</c> and its bundle the locale, and the generated formatting and messages modules, bundled for
    /// Node.js, give German dates, times, numbers and text.
    /// </summary>
    [NodeFact]
    public async Task A_de_DE_frontend_builds_with_lang_de_and_formats_german_dates_and_numbers()
    {
        var node = NodeModules.FindOnPath("node")!;
        var files = AgentSamples.Render(Agent, WithRequirement(AgentSamples.EveryFieldType, "ui.locale", "de-DE"));
        var installation = await NodeModules.InstallAsync(files["frontend/package.json"]);
        var project = Path.Combine(installation, "projects", "locale-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            foreach (var (path, text) in files)
            {
                var target = Path.Combine(project, path["frontend/".Length..]);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                await File.WriteAllTextAsync(target, text);
            }

            Succeeds(await ProcessRunner.RunAsync(node, project, TimeSpan.FromMinutes(2), Path.Combine(installation, "node_modules", "typescript", "bin", "tsc"), "--noEmit", "-p", "."));
            Succeeds(await ProcessRunner.RunAsync(node, project, TimeSpan.FromMinutes(2), Path.Combine(installation, "node_modules", "vite", "bin", "vite.js"), "build", "--logLevel", "warn"));
            var page = await File.ReadAllTextAsync(Path.Combine(project, "dist", "index.html"));
            Assert.Contains("<html lang=\"de\">", page, StringComparison.Ordinal);
            var bundle = string.Concat(Directory.GetFiles(Path.Combine(project, "dist", "assets"), "*.js").Select(File.ReadAllText));
            Assert.Contains("\"de-DE\"", bundle, StringComparison.Ordinal);
            Assert.Contains("Speichern", bundle, StringComparison.Ordinal);

            await File.WriteAllTextAsync(
                Path.Combine(project, "check.ts"),
                """
                import { formatDate, formatDateTime, formatNumber, formatTime } from './src/locale';
                import { fill, messages } from './src/messages';

                console.log(JSON.stringify({
                  number: formatNumber(1234.5),
                  date: formatDate('2026-12-31'),
                  time: formatTime('13:05:09.1234567'),
                  dateTime: formatDateTime('2026-12-31T12:00:00Z'),
                  status: fill(messages.pageStatus, { page: 1, pages: 2, count: 1234, items: 'owners' }),
                }));
                """);
            Succeeds(await ProcessRunner.RunAsync(
                node, project, TimeSpan.FromMinutes(2), Path.Combine(installation, "node_modules", "esbuild", "bin", "esbuild"), "check.ts", "--bundle", "--format=esm", "--platform=node", "--outfile=check.mjs", "--log-level=warning"));
            var run = await ProcessRunner.RunAsync(node, project, TimeSpan.FromMinutes(1), "check.mjs");
            Succeeds(run);
            using var output = JsonDocument.Parse(run.Output.Trim().Split('\n').Last());
            var values = output.RootElement;
            Assert.Equal("1.234,5", values.GetProperty("number").GetString());
            Assert.Equal("31.12.2026", values.GetProperty("date").GetString());
            Assert.Equal("13:05:09", values.GetProperty("time").GetString());
            Assert.StartsWith("31.12.2026, ", values.GetProperty("dateTime").GetString(), StringComparison.Ordinal);
            Assert.Equal("Seite 1 von 2, 1.234 owners", values.GetProperty("status").GetString());
        }
        finally
        {
            NodeModules.TryDelete(project);
        }
    }

    [Fact]
    public void The_entry_page_loads_main_which_mounts_the_app_and_vite_forwards_the_api_routes()
    {
        var files = AgentSamples.Render(Agent, WithProjectName(BackendSamples.Bookstore, "Books & <Co>"));

        Assert.Contains("<title>Books &amp; &lt;Co&gt;</title>", files["frontend/index.html"], StringComparison.Ordinal);
        Assert.Contains("<div id=\"root\"></div>", files["frontend/index.html"], StringComparison.Ordinal);
        Assert.Contains("<script type=\"module\" src=\"/src/main.tsx\"></script>", files["frontend/index.html"], StringComparison.Ordinal);
        Assert.Contains("import App from './App';", files["frontend/src/main.tsx"], StringComparison.Ordinal);
        Assert.Contains("document.getElementById('root')", files["frontend/src/main.tsx"], StringComparison.Ordinal);
        Assert.Contains("'/api': target,", files["frontend/vite.config.ts"], StringComparison.Ordinal);
        Assert.Contains("'/dev': target,", files["frontend/vite.config.ts"], StringComparison.Ordinal);
        Assert.Contains("plugins: [react()]", files["frontend/vite.config.ts"], StringComparison.Ordinal);
    }

    private static ProjectRequirements Minimal { get; } = new(
        new ProjectInfo("Minimal", ProjectScale.Small, ScaleSource.Default, 0, default),
        default,
        EquatableArray.Of(
            BackendSamples.Entity("Marker", new[] { BackendSamples.Key("Id", "int32") }),
            BackendSamples.Entity("Flag", new[] { BackendSamples.Key("Id", "guid"), BackendSamples.Field("Enabled", "bool", required: false) })),
        default,
        default);

    private static ProjectRequirements Sample(string name) => name switch
    {
        "Bookstore" => BackendSamples.Bookstore,
        "Keys" => BackendSamples.Keys,
        "EveryFieldType" => AgentSamples.EveryFieldType,
        "Minimal" => Minimal,
        "Rules" => RulesSample.Requirements,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a sample."),
    };

    private static ProjectRequirements WithProjectName(ProjectRequirements requirements, string name) =>
        requirements with { Project = requirements.Project with { Name = name } };

    private static ProjectRequirements WithRequirement(ProjectRequirements requirements, string key, string value) => requirements with
    {
        Requirements = EquatableArray.From(
            requirements.Requirements.Where(entry => entry.Key != key)
                .Append(new RequirementEntry(key, value))
                .OrderBy(entry => entry.Key, StringComparer.Ordinal)),
    };

    // The members of an exported interface, by name, with their types: `name: type;` or `name?: type;` lines.
    private static Dictionary<string, string> Members(string module, string interfaceName)
    {
        var block = Regex.Match(module, @"^export interface " + interfaceName + @" \{\n(?<body>.*?)^\}", RegexOptions.Multiline | RegexOptions.Singleline);
        Assert.True(block.Success, "No interface " + interfaceName + " in:" + Environment.NewLine + module);
        return Regex.Matches(block.Groups["body"].Value, @"^  (?<name>\w+)\??: (?<type>[^;\n]+);$", RegexOptions.Multiline)
            .ToDictionary(match => match.Groups["name"].Value, match => match.Groups["type"].Value, StringComparer.Ordinal);
    }

    // The members of an exported validation map: `  name: entityNameValidation,` lines.
    private static List<string> ValidationMembers(string module, string constant)
    {
        var block = Regex.Match(module, @"^export const " + constant + @": FieldValidations<\w+> = \{\n(?<body>.*?)^\};", RegexOptions.Multiline | RegexOptions.Singleline);
        Assert.True(block.Success, "No validation " + constant + " in:" + Environment.NewLine + module);
        return Regex.Matches(block.Groups["body"].Value, @"^  (?<name>\w+): \w+Validation,$", RegexOptions.Multiline).Select(match => match.Groups["name"].Value).ToList();
    }

    // The opening tag of the JSX element with the id: the generated pages close a multi-line tag on a line of its own.
    private static string Element(string page, string id)
    {
        var match = Regex.Match(page, @"<(?<tag>input|select|textarea)\s+id=""" + Regex.Escape(id) + @"""(?<attributes>.*?)\n\s*/?>", RegexOptions.Singleline);
        Assert.True(match.Success, "No input " + id + " in:" + Environment.NewLine + page);
        return Normalize("<" + match.Groups["tag"].Value + " " + match.Groups["attributes"].Value);
    }

    private static string Dependencies(string packageJson)
    {
        using var document = JsonDocument.Parse(packageJson);
        return document.RootElement.GetProperty("dependencies").GetRawText() + document.RootElement.GetProperty("devDependencies").GetRawText();
    }

    private static string Normalize(string text) => Regex.Replace(text, @"\s+", " ");

    private static void Succeeds(ProcessResult result) => Assert.True(result.ExitCode == 0, result.Describe());
}
