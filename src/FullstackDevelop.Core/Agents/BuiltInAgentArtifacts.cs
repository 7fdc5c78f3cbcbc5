using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Backend;

namespace FullstackDevelop.Core.Agents;

/// <summary>
/// The files the eight built-in agents write, from <c>../shared/DESIGN.md</c>'s table. A project overrides any of them by
/// adding a template of the same name; per-entity files are rendered and cached one entity at a time.
/// </summary>
public static class BuiltInAgentArtifacts
{
    /// <summary>Every built-in artifact, agent by agent in pipeline order.</summary>
    public static IReadOnlyList<AgentArtifact> All { get; } = new[]
    {
        Project("product-manager", "product-requirements-spec", "docs/requirements.md"),
        Entity("product-manager", "product-user-stories", "docs/user-stories/{entity-kebab}.md"),

        Project("technical-architect", "architecture-document", "docs/architecture.md"),
        Project("technical-architect", "architecture-openapi", "api/openapi.yaml"),

        Project("frontend-developer", "frontend-package", "frontend/package.json"),
        Project("frontend-developer", "frontend-tsconfig", "frontend/tsconfig.json"),
        Project("frontend-developer", "frontend-vite-config", "frontend/vite.config.ts"),
        Project("frontend-developer", "frontend-index-html", "frontend/index.html"),
        Project("frontend-developer", "frontend-main", "frontend/src/main.tsx"),
        Project("frontend-developer", "frontend-api-client", "frontend/src/api/client.ts"),
        Project("frontend-developer", "frontend-validation", "frontend/src/validation.ts"),
        Project("frontend-developer", "frontend-theme", "frontend/src/theme.ts"),
        Project("frontend-developer", "frontend-locale", "frontend/src/locale.ts"),
        Project("frontend-developer", "frontend-messages", "frontend/src/messages.ts"),
        Project("frontend-developer", "frontend-app", "frontend/src/App.tsx"),
        Entity("frontend-developer", "frontend-entity-api", "frontend/src/api/{entity-kebab}.ts"),
        Entity("frontend-developer", "frontend-entity-page", "frontend/src/pages/{entity}Page.tsx"),

        Project("backend-developer", "database-schema", "database/schema.sql"),
        Entity("backend-developer", "database-table", "database/tables/{table}.sql"),
        Project("backend-developer", "database-constraints", "database/constraints.sql"),

        Project("devops-engineer", "devops-dockerfile", "deploy/Dockerfile"),
        Project("devops-engineer", "devops-compose", "deploy/compose.yaml"),
        Project("devops-engineer", "devops-kubernetes", "deploy/kubernetes/app.yaml"),
        Project("devops-engineer", "devops-kubernetes-migrate-job", "deploy/kubernetes/migrate-job.yaml"),
        Project("devops-engineer", "devops-kubernetes-frontend", "deploy/kubernetes/frontend.yaml"),
        Project("devops-engineer", "devops-frontend-dockerfile", "deploy/frontend.Dockerfile"),
        Project("devops-engineer", "devops-nginx-config", "deploy/nginx/default.conf.template"),
        Project("devops-engineer", "devops-ci-workflow", ".github/workflows/ci.yml"),

        Project("qa-engineer", "qa-test-plan", "docs/test-plan.md"),
        Entity("qa-engineer", "qa-api-tests", "tests/api/{entity-kebab}.http"),
        Project("qa-engineer", "qa-test-project", "tests/ApiTests/ApiTests.csproj"),
        Project("qa-engineer", "qa-test-factory", "tests/ApiTests/ApiFactory.cs"),
        Entity("qa-engineer", "qa-entity-tests", "tests/ApiTests/{entity}ApiTests.cs"),

        Project("site-reliability-engineer", "sre-slos", "monitoring/slos.yaml"),
        Project("site-reliability-engineer", "sre-alert-rules", "monitoring/alert-rules.yaml"),
        Project("site-reliability-engineer", "sre-alert-rules-test", "monitoring/alert-rules.test.yaml"),
        Project("site-reliability-engineer", "sre-capacity-plan", "docs/capacity-plan.md"),

        Project("development-coordinator", "coordinator-delivery-report", "docs/delivery-report.md"),
    };

    /// <summary>The artifacts of <paramref name="agent"/>, in order; empty for an agent that is not built in.</summary>
    public static IReadOnlyList<AgentArtifact> Of(string agent) => All.Where(artifact => artifact.Agent == agent).ToList();

    private static AgentArtifact Project(string agent, string template, string path) => new(agent, template, path, ArtifactScope.Project);

    private static AgentArtifact Entity(string agent, string template, string path) => new(agent, template, path, ArtifactScope.Entity);
}
