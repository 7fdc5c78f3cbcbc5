using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FullstackDevelop.Core.Agents.Model;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Tests.Backend;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace FullstackDevelop.Core.Tests.Agents;

public sealed class DevOpsEngineerTests
{
    private const string Agent = "devops-engineer";

    public static TheoryData<string> Samples => new() { "Bookstore", "Keys", "EveryFieldType" };

    public static TheoryData<ProjectScale> Scales => new() { ProjectScale.Small, ProjectScale.Medium, ProjectScale.Large, ProjectScale.Enterprise };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_yaml_file_parses_into_mappings(string sample)
    {
        var files = AgentSamples.Render(Agent, Sample(sample));

        var yaml = files.Where(file => file.Key.EndsWith(".yaml", StringComparison.Ordinal) || file.Key.EndsWith(".yml", StringComparison.Ordinal)).ToList();
        Assert.Equal(new[] { ".github/workflows/ci.yml", "deploy/compose.yaml", "deploy/kubernetes/app.yaml", "deploy/kubernetes/frontend.yaml", "deploy/kubernetes/migrate-job.yaml" }, yaml.Select(file => file.Key));
        Assert.All(yaml, file =>
        {
            var documents = Documents(file.Value);
            Assert.NotEmpty(documents);
            Assert.All(documents, document => Assert.IsType<YamlMappingNode>(document));
        });
        Assert.Contains("deploy/Dockerfile", files.Keys);
    }

    [Theory]
    [MemberData(nameof(Scales))]
    public void Kubernetes_sizes_the_api_from_the_scale_profile(ProjectScale scale)
    {
        var requirements = WithScale(BackendSamples.Bookstore, scale);
        var profile = InfrastructureProfiles.For(scale);

        var manifests = Manifests(requirements);

        Assert.Equal(new[] { "ConfigMap", "Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget" }, manifests.Select(manifest => Text(manifest, "kind")));
        Assert.All(manifests, manifest =>
        {
            Assert.Equal("bookstore", Text(manifest, "metadata", "labels", "app.kubernetes.io/name"));
            Assert.False(((YamlMappingNode)Node(manifest, "metadata")).Children.ContainsKey("namespace"));
        });

        var deployment = Kind(manifests, "Deployment");
        var container = Container(deployment);
        Assert.Equal(profile.CpuRequest, Text(container, "resources", "requests", "cpu"));
        Assert.Equal(profile.MemoryRequest, Text(container, "resources", "requests", "memory"));
        Assert.Equal(profile.CpuLimit, Text(container, "resources", "limits", "cpu"));
        Assert.Equal(profile.MemoryLimit, Text(container, "resources", "limits", "memory"));
        Assert.Equal("RollingUpdate", Text(deployment, "spec", "strategy", "type"));

        var autoscaler = Kind(manifests, "HorizontalPodAutoscaler");
        Assert.Equal("autoscaling/v2", Text(autoscaler, "apiVersion"));
        Assert.Equal("bookstore", Text(autoscaler, "spec", "scaleTargetRef", "name"));
        Assert.Equal(profile.Replicas.ToString(System.Globalization.CultureInfo.InvariantCulture), Text(autoscaler, "spec", "minReplicas"));
        Assert.Equal(profile.MaxReplicas.ToString(System.Globalization.CultureInfo.InvariantCulture), Text(autoscaler, "spec", "maxReplicas"));
        var metric = Item(Node(autoscaler, "spec", "metrics"), 0);
        Assert.Equal("cpu", Text(metric, "resource", "name"));
        Assert.Equal(profile.TargetCpuUtilization.ToString(System.Globalization.CultureInfo.InvariantCulture), Text(metric, "resource", "target", "averageUtilization"));

        var budget = Kind(manifests, "PodDisruptionBudget");
        Assert.Equal("1", Text(budget, "spec", "maxUnavailable"));
    }

    [Theory]
    [InlineData("Bookstore")]
    [InlineData("EveryFieldType")]
    public void Kubernetes_runs_the_api_as_a_hardened_service(string sample)
    {
        var requirements = Sample(sample);
        var name = AgentSamples.Model(requirements).Project.KebabName;
        var manifests = Manifests(requirements);

        var deployment = Kind(manifests, "Deployment");
        var pod = Node(deployment, "spec", "template", "spec");
        Assert.Equal("true", Text(pod, "securityContext", "runAsNonRoot"));
        Assert.Equal("false", Text(pod, "automountServiceAccountToken"));
        var selector = (YamlMappingNode)Node(deployment, "spec", "selector", "matchLabels");
        var podLabels = (YamlMappingNode)Node(deployment, "spec", "template", "metadata", "labels");
        Assert.All(selector.Children, label => Assert.Equal(label.Value.ToString(), podLabels.Children[label.Key].ToString()));

        var container = Container(deployment);
        Assert.Equal("true", Text(container, "securityContext", "readOnlyRootFilesystem"));
        Assert.Equal("false", Text(container, "securityContext", "allowPrivilegeEscalation"));
        Assert.Equal("ALL", Item(Node(container, "securityContext", "capabilities", "drop"), 0).ToString());
        Assert.Equal("8080", Text(Item(Node(container, "ports"), 0), "containerPort"));
        foreach (var (probe, path) in new[] { ("startupProbe", "/health/live"), ("readinessProbe", "/health/ready"), ("livenessProbe", "/health/live") })
        {
            Assert.Equal("http", Text(container, probe, "httpGet", "port"));
            Assert.Equal(path, Text(container, probe, "httpGet", "path"));
        }

        // /tmp is the writable emptyDir of a read-only root file system.
        var mount = ((YamlSequenceNode)Node(container, "volumeMounts")).Single(item => Text(item, "mountPath") == "/tmp");
        var volume = ((YamlSequenceNode)Node(pod, "volumes")).Single(item => Text(item, "name") == Text(mount, "name"));
        Assert.IsType<YamlMappingNode>(Node(volume, "emptyDir"));

        // The secrets come from a Secret the manifests only name, never contain.
        Assert.DoesNotContain(manifests, manifest => Text(manifest, "kind") == "Secret");
        var secretKeys = ((YamlSequenceNode)Node(container, "env")).Select(variable => Text(variable, "valueFrom", "secretKeyRef", "name")).Distinct();
        Assert.Equal(new[] { name + "-secrets" }, secretKeys);

        var service = Kind(manifests, "Service");
        Assert.Equal("ClusterIP", Text(service, "spec", "type"));
        Assert.Equal("80", Text(Item(Node(service, "spec", "ports"), 0), "port"));
        Assert.Equal("http", Text(Item(Node(service, "spec", "ports"), 0), "targetPort"));
        Assert.Equal(selector.ToString(), Node(service, "spec", "selector").ToString());
    }

    [Fact]
    public void Kubernetes_runs_a_sqlite_project_as_one_pod_on_a_volume()
    {
        var manifests = Manifests(BackendSamples.Keys);
        var profile = InfrastructureProfiles.For(ProjectScale.Small);

        Assert.Equal(new[] { "ConfigMap", "PersistentVolumeClaim", "Deployment", "Service" }, manifests.Select(manifest => Text(manifest, "kind")));
        Assert.Equal(profile.DatabaseStorage, Text(Kind(manifests, "PersistentVolumeClaim"), "spec", "resources", "requests", "storage"));
        var deployment = Kind(manifests, "Deployment");
        Assert.Equal("1", Text(deployment, "spec", "replicas"));
        Assert.Equal("Recreate", Text(deployment, "spec", "strategy", "type"));
        Assert.Equal(profile.CpuLimit, Text(Container(deployment), "resources", "limits", "cpu"));
        Assert.Contains(((YamlSequenceNode)Node(Container(deployment), "volumeMounts")).Children, mount => Text(mount, "mountPath") == "/data");
        Assert.Equal("Sqlite", Text(Kind(manifests, "ConfigMap"), "data", "Database__Provider"));
        Assert.Equal("Data Source=/data/keys.db", Text(Kind(manifests, "ConfigMap"), "data", "ConnectionStrings__Keys"));
    }

    [Fact]
    public void Kubernetes_uses_the_image_of_the_deployment_image_requirement()
    {
        var requirements = WithRequirement(BackendSamples.Bookstore, "deployment.image", "ghcr.io/example/bookstore:1.4.2");

        Assert.Equal("ghcr.io/example/bookstore:1.4.2", Text(Container(Kind(Manifests(requirements), "Deployment")), "image"));
        Assert.Equal("bookstore:latest", Text(Container(Kind(Manifests(BackendSamples.Bookstore), "Deployment")), "image"));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Compose_runs_postgres_exactly_when_the_stack_names_it(string sample)
    {
        var requirements = Sample(sample);
        var project = AgentSamples.Model(requirements).Project;
        var usesPostgres = requirements.Project.Stack.Any(item => string.Equals(item, "postgresql", StringComparison.OrdinalIgnoreCase));

        var compose = Documents(AgentSamples.Render(Agent, requirements)["deploy/compose.yaml"]).Single();

        var services = (YamlMappingNode)Node(compose, "services");
        Assert.Equal(usesPostgres, services.Children.ContainsKey("postgres"));
        var api = Node(compose, "services", "api");

        // The default layout: the project at the repository root, the files in fullstack/.
        Assert.Equal("fullstack/deploy/Dockerfile", Text(api, "build", "dockerfile"));
        Assert.Equal("../..", Text(api, "build", "context"));

        // The schema is applied once, by the migrate service, before the API starts.
        var migrate = Node(compose, "services", "migrate");
        Assert.Equal("--migrate", Item(Node(migrate, "command"), 0).ToString());
        Assert.Equal(Node(api, "build"), Node(migrate, "build"));
        Assert.Equal(Text(api, "image"), Text(migrate, "image"));
        Assert.Equal("service_completed_successfully", Text(api, "depends_on", "migrate", "condition"));
        Assert.Equal(Node(api, "environment"), Node(migrate, "environment"));
        var web = Node(compose, "services", "web");
        Assert.Equal("..", Text(web, "build", "context"));
        Assert.Equal("deploy/frontend.Dockerfile", Text(web, "build", "dockerfile"));
        Assert.Equal("http://api:8080", Text(web, "environment", "API_UPSTREAM"));
        Assert.Equal("true", Text(api, "read_only"));
        var environment = (YamlMappingNode)Node(api, "environment");
        Assert.Equal(usesPostgres ? "PostgreSql" : "Sqlite", Text(environment, "Database__Provider"));
        var connectionString = Text(environment, "ConnectionStrings__" + project.Prefix);
        var volumes = (YamlMappingNode)Node(compose, "volumes");
        if (usesPostgres)
        {
            Assert.StartsWith("Host=postgres;", connectionString, StringComparison.Ordinal);
            Assert.Contains("${POSTGRES_PASSWORD:?", connectionString, StringComparison.Ordinal);
            Assert.Equal("service_healthy", Text(api, "depends_on", "postgres", "condition"));
            var postgres = Node(compose, "services", "postgres");
            Assert.Equal("postgres:17", Text(postgres, "image"));
            Assert.Contains("pg_isready", Node(postgres, "healthcheck", "test").ToString(), StringComparison.Ordinal);
            Assert.Equal("postgres-data:/var/lib/postgresql/data", Item(Node(postgres, "volumes"), 0).ToString());
            Assert.True(volumes.Children.ContainsKey("postgres-data"));
        }
        else
        {
            Assert.StartsWith("Data Source=/data/", connectionString, StringComparison.Ordinal);
            Assert.Equal("api-data:/data", Item(Node(api, "volumes"), 0).ToString());
            Assert.True(volumes.Children.ContainsKey("api-data"));
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Jwt_settings_are_passed_exactly_when_the_api_requires_authorization(bool authentication)
    {
        var files = AgentSamples.Render(Agent, BackendSamples.BookstoreWith(authentication));

        var environment = (YamlMappingNode)Node(Documents(files["deploy/compose.yaml"]).Single(), "services", "api", "environment");
        Assert.Equal(authentication, environment.Children.ContainsKey("Authentication__Jwt__Key"));
        var container = Container(Kind(Manifests(files), "Deployment"));
        var variables = ((YamlSequenceNode)Node(container, "env")).Select(variable => Text(variable, "name")).ToList();
        Assert.Equal(authentication, variables.Contains("Authentication__Jwt__Key"));
        Assert.Contains("ConnectionStrings__Bookstore", variables);
        var settings = (YamlMappingNode)Node(Kind(Manifests(files), "ConfigMap"), "data");
        Assert.Equal(authentication, settings.Children.ContainsKey("Authentication__Jwt__Issuer"));
        if (authentication)
        {
            Assert.Equal("${JWT_SIGNING_KEY:?set JWT_SIGNING_KEY to a secret of at least 32 bytes}", Text(environment, "Authentication__Jwt__Key"));
            Assert.Equal("${JWT_ISSUER:-bookstore}", Text(environment, "Authentication__Jwt__Issuer"));
            Assert.Equal("${JWT_AUDIENCE:-bookstore-api}", Text(environment, "Authentication__Jwt__Audience"));
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Ci_workflow_builds_tests_and_type_checks(string sample)
    {
        var requirements = Sample(sample);
        var usesPostgres = AgentSamples.Model(requirements).Project.UsesPostgreSql;
        var text = AgentSamples.Render(Agent, requirements)[".github/workflows/ci.yml"];

        Assert.Contains("${{ github.sha }}", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{{ \"", text, StringComparison.Ordinal);
        var workflow = Documents(text).Single();
        var triggers = (YamlMappingNode)Node(workflow, "on");
        Assert.True(triggers.Children.ContainsKey("push"));
        Assert.True(triggers.Children.ContainsKey("pull_request"));
        var jobs = (YamlMappingNode)Node(workflow, "jobs");
        Assert.Equal(new[] { "backend", "frontend", "image" }, jobs.Children.Keys.Select(key => key.ToString()));

        var backend = Node(workflow, "jobs", "backend");
        var backendSteps = Steps(backend);
        Assert.Equal("actions/checkout@v4", Text(backendSteps[0], "uses"));
        var setup = backendSteps.Single(step => Optional(step, "uses") == "actions/setup-dotnet@v4");
        Assert.Equal("10.0.x", Text(setup, "with", "dotnet-version"));
        var commands = backendSteps.Select(step => Optional(step, "run")).OfType<string>().ToList();
        Assert.Contains("dotnet restore " + AgentSamples.Model(requirements).Project.Namespace + ".csproj", commands);
        Assert.Contains(commands, command => command.StartsWith("dotnet build", StringComparison.Ordinal) && command.Contains("-warnaserror", StringComparison.Ordinal));
        Assert.Contains(commands, command => command.StartsWith("dotnet test", StringComparison.Ordinal));
        Assert.Equal(usesPostgres, ((YamlMappingNode)backend).Children.ContainsKey("services"));
        if (usesPostgres)
        {
            Assert.Equal("postgres:17", Text(backend, "services", "postgres", "image"));
            Assert.Contains("pg_isready", Text(backend, "services", "postgres", "options"), StringComparison.Ordinal);
        }

        var frontend = Node(workflow, "jobs", "frontend");
        Assert.Equal("fullstack/frontend", Text(frontend, "defaults", "run", "working-directory"));
        var frontendCommands = Steps(frontend).Select(step => Optional(step, "run")).OfType<string>().ToList();
        Assert.Contains(frontendCommands, command => command.Contains("npm ci", StringComparison.Ordinal));
        Assert.Contains("npm run typecheck", frontendCommands);
        Assert.Contains("npm run build", frontendCommands);
        Assert.Contains(Steps(frontend), step => Optional(step, "uses") == "actions/setup-node@v4");

        var image = Node(workflow, "jobs", "image");
        Assert.Equal("${{ github.event_name == 'push' && github.ref == 'refs/heads/main' }}", Text(image, "if"));
        Assert.Equal(new[] { "backend", "frontend" }, ((YamlSequenceNode)Node(image, "needs")).Select(need => need.ToString()));
        var builds = Steps(image).Where(step => Optional(step, "uses") == "docker/build-push-action@v6").ToList();
        Assert.Equal(new[] { "fullstack/deploy/Dockerfile", "fullstack/deploy/frontend.Dockerfile" }, builds.Select(build => Text(build, "with", "file")));
        Assert.Equal(new[] { ".", "fullstack" }, builds.Select(build => Text(build, "with", "context")));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Dockerfile_publishes_in_the_sdk_and_runs_as_the_non_root_user_of_the_runtime_image(string sample)
    {
        var requirements = Sample(sample);
        var project = AgentSamples.Model(requirements).Project;
        var lines = AgentSamples.Render(Agent, requirements)["deploy/Dockerfile"].Split('\n');

        Assert.StartsWith("# syntax=docker/dockerfile:1.", lines[0], StringComparison.Ordinal);
        var instructions = lines.Where(line => line.Length > 0 && !line.StartsWith('#') && !line.StartsWith(' ')).ToList();
        Assert.Equal("ARG DOTNET_VERSION=10.0", instructions[0]);
        var stages = instructions.Where(line => line.StartsWith("FROM ", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            new[] { "FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION} AS build", "FROM mcr.microsoft.com/dotnet/aspnet:${DOTNET_VERSION} AS final" },
            stages);
        Assert.Contains("ARG PROJECT=" + project.Namespace + ".csproj", instructions);

        // Restore runs on the project files alone, before the sources are copied, so its layer survives code changes.
        var restore = instructions.FindIndex(line => line.StartsWith("RUN dotnet restore \"$PROJECT\"", StringComparison.Ordinal));
        var sources = instructions.FindIndex(line => line.StartsWith("COPY ", StringComparison.Ordinal) && line.EndsWith(" . .", StringComparison.Ordinal));
        var publish = instructions.FindIndex(line => line.StartsWith("RUN dotnet publish \"$PROJECT\" --configuration Release", StringComparison.Ordinal));
        Assert.InRange(restore, 1, sources - 1);
        Assert.True(publish > sources);
        Assert.StartsWith("COPY --parents ", instructions[restore - 1], StringComparison.Ordinal);
        Assert.Contains("\"**/*.csproj\"", instructions[restore - 1], StringComparison.Ordinal);

        var final = instructions.IndexOf(stages[1]);
        var runtime = instructions.Skip(final).ToList();
        Assert.Contains("COPY --from=build /app ./", runtime);
        Assert.Contains("ENV ASPNETCORE_HTTP_PORTS=8080", runtime);
        Assert.Contains("EXPOSE 8080", runtime);
        Assert.Contains("USER $APP_UID", runtime);
        Assert.Equal("ENTRYPOINT [\"./start\"]", runtime[^1]);
        Assert.DoesNotContain(instructions, line => line.StartsWith("HEALTHCHECK", StringComparison.Ordinal));
        Assert.Equal(!project.UsesPostgreSql, runtime.Contains("RUN install --directory --owner=\"$APP_UID\" /data"));
    }

    [Fact]
    public void The_deployment_project_requirement_names_the_project_file_to_build()
    {
        var files = AgentSamples.Render(Agent, WithRequirement(BackendSamples.Bookstore, "deployment.project", "src/Bookstore.Api/Bookstore.Api.csproj"));

        Assert.Contains("\nARG PROJECT=src/Bookstore.Api/Bookstore.Api.csproj\n", files["deploy/Dockerfile"], StringComparison.Ordinal);
        Assert.Equal("${API_PROJECT:-src/Bookstore.Api/Bookstore.Api.csproj}", Text(Documents(files["deploy/compose.yaml"]).Single(), "services", "api", "build", "args", "PROJECT"));
    }

    internal static ProjectRequirements Sample(string name) => name switch
    {
        "Bookstore" => BackendSamples.Bookstore,
        "Keys" => BackendSamples.Keys,
        "EveryFieldType" => AgentSamples.EveryFieldType,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a sample."),
    };

    internal static ProjectRequirements WithScale(ProjectRequirements requirements, ProjectScale scale) =>
        requirements with { Project = requirements.Project with { Scale = scale, ScaleSource = ScaleSource.Declared } };

    internal static ProjectRequirements WithRequirement(ProjectRequirements requirements, string key, string value) =>
        requirements with
        {
            Requirements = EquatableArray.From(requirements.Requirements.Where(entry => entry.Key != key).Append(new RequirementEntry(key, value)).OrderBy(entry => entry.Key, StringComparer.Ordinal)),
        };

    /// <summary>The root node of every document of <paramref name="text"/>; fails on any YAML error.</summary>
    internal static IReadOnlyList<YamlNode> Documents(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Select(document => document.RootNode).ToList();
    }

    /// <summary>The node at the end of a path of mapping keys.</summary>
    internal static YamlNode Node(YamlNode node, params string[] path)
    {
        foreach (var key in path)
        {
            var mapping = Assert.IsType<YamlMappingNode>(node);
            Assert.True(mapping.Children.TryGetValue(new YamlScalarNode(key), out var child), "No key " + key + " in " + mapping);
            node = child!;
        }

        return node;
    }

    /// <summary>The scalar at the end of a path of mapping keys.</summary>
    internal static string Text(YamlNode node, params string[] path) => Assert.IsType<YamlScalarNode>(Node(node, path)).Value ?? "";

    internal static string? Optional(YamlNode node, string key) =>
        ((YamlMappingNode)node).Children.TryGetValue(new YamlScalarNode(key), out var child) ? ((YamlScalarNode)child).Value : null;

    internal static YamlNode Item(YamlNode sequence, int index) => Assert.IsType<YamlSequenceNode>(sequence).Children[index];

    private static IReadOnlyList<YamlNode> Manifests(ProjectRequirements requirements) => Manifests(AgentSamples.Render(Agent, requirements));

    private static IReadOnlyList<YamlNode> Manifests(IReadOnlyDictionary<string, string> files) => Documents(files["deploy/kubernetes/app.yaml"]);

    private static YamlNode Kind(IReadOnlyList<YamlNode> manifests, string kind) => Assert.Single(manifests, manifest => Text(manifest, "kind") == kind);

    private static YamlNode Container(YamlNode deployment)
    {
        var container = Assert.Single((YamlSequenceNode)Node(deployment, "spec", "template", "spec", "containers"));
        Assert.Equal("api", Text(container, "name"));
        return container;
    }

    private static List<YamlNode> Steps(YamlNode job) => ((YamlSequenceNode)Node(job, "steps")).Children.ToList();
}
