using FullstackDevelop;

[assembly: FullstackProject("Clinic", ExpectedUsers = 300, Stack = new[] { "aspnetcore", "efcore", "react", "postgresql" })]
[assembly: Feature("user-authentication")]
[assembly: Feature("audit-log")]
[assembly: Requirement("api.cors-origins", "http://localhost:5173")]
