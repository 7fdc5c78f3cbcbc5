using FullstackDevelop;

[assembly: FullstackProject("Bookstore", ExpectedUsers = 5_000, Stack = new[] { "aspnetcore", "efcore", "react", "postgresql" })]

[assembly: Feature("user-authentication")]

[assembly: Requirement("ui.theme", "dark")]
[assembly: Requirement("database.engine", "postgresql")]
[assembly: Requirement("search.language", "en")]

// Builds a full-text search index of the catalogue once the backend's schema exists, from the project's templates
// (Templates/*.scriban): one index file for the project and one mapping per entity.
[assembly: Agent("search-indexer", DependsOn = new[] { "backend-developer" }, Reads = new[] { "search." }, EstimatedMinutes = 15)]
[assembly: AgentTemplate("search-indexer", "search-index", Output = "search/index.json")]
[assembly: AgentTemplate("search-indexer", "search-entity", Output = "search/entities/{entity-kebab}.json", PerEntity = true)]
