using NvzhSurvey.Web.Features.Accounts;
using NvzhSurvey.Web.Features.Accounts.Security;
using NvzhSurvey.Web.Features.Api;
using NvzhSurvey.Web.Features.Benchmarks;
using NvzhSurvey.Web.Features.Dashboard;
using NvzhSurvey.Web.Features.Hosting;
using NvzhSurvey.Web.Features.Interviews;
using NvzhSurvey.Web.Features.Mail;
using NvzhSurvey.Web.Features.Reporting;
using NvzhSurvey.Web.Features.Publication;

var builder = WebApplication.CreateBuilder(args);
builder.CheckStartupSettings();

builder.AddSurveyLogging();
// First, so migrations run before other hosted services (data protection reads its keys from the database).
builder.Services.AddSurveyStartupTasks(builder.Configuration);
builder.Services.AddSurveyData(builder.Configuration);
builder.Services.AddSurveyReverseProxy(builder.Configuration);
builder.Services.AddSurveyPublicAddress(builder.Configuration, builder.Environment);
builder.Services.AddSurveyAccounts();
builder.Services.AddSurveyDataProtection(builder.Configuration);
builder.Services.AddSurveyUserInterface();
builder.Services.AddReporting();
builder.Services.AddSurveyIntake();
builder.Services.AddDashboard();
builder.Services.AddSurveyMailCycle();
builder.Services.AddPublication(builder.Configuration);
builder.Services.AddBenchmarks();
builder.Services.AddSurveyApi(builder.Configuration);

var app = builder.Build();

app.UseSurveyPipeline();
app.MapSurveyEndpoints();
app.MapPublicationEndpoints();
app.MapBenchmarkEndpoints();
app.MapPublicWebEdition();
app.MapSurveyApi();

app.Run();

/// <summary>Entry point, public for WebApplicationFactory in tests.</summary>
public partial class Program;
