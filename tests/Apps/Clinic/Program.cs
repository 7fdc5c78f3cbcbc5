using Clinic;
using Microsoft.AspNetCore.Builder;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddClinicBackend(builder.Configuration);

var app = builder.Build();
app.MapClinicEndpoints();
app.Run();
