using System;
using System.Linq;
using Bookstore;
using Microsoft.AspNetCore.Builder;

// `--plan` prints the execution plan and exits; otherwise the generated backend serves the API.
if (args.Contains("--plan"))
{
    PlanReport.Print(Console.Out);
    if (args.Contains("--mermaid"))
    {
        Console.WriteLine();
        Console.WriteLine(FullstackPlan.ToMermaid());
    }

    return;
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddBookstoreBackend(builder.Configuration);

var app = builder.Build();
app.MapBookstoreEndpoints();
app.Run();
