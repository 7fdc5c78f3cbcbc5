using FullstackDevelop;

[assembly: FullstackProject("Bookstore", ExpectedUsers = 5_000, Stack = new[] { "aspnetcore", "efcore", "react", "postgresql" })]

[assembly: Feature("user-authentication")]

[assembly: Requirement("ui.theme", "dark")]
[assembly: Requirement("database.engine", "postgresql")]
[assembly: Requirement("search.language", "en")]

// Builds a full-text search index of the catalogue once the backend's schema exists.
[assembly: Agent("search-indexer", DependsOn = new[] { "backend-developer" }, Reads = new[] { "search." }, EstimatedMinutes = 15)]
