using NvzhSurvey.Web.Features.Accounts;
using NvzhSurvey.Web.Features.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddSurveyLogging();
builder.Services.AddSurveyData(builder.Configuration);
builder.Services.AddSurveyAccounts();
builder.Services.AddSurveyUserInterface();
builder.Services.AddSurveyStartupTasks(builder.Configuration);

var app = builder.Build();

app.UseSurveyPipeline();
app.MapSurveyEndpoints();

app.Run();

/// <summary>Entry point, public for WebApplicationFactory in tests.</summary>
public partial class Program;
