using NvzhSurvey.Web.Features.Accounts;
using NvzhSurvey.Web.Features.Accounts.Security;
using NvzhSurvey.Web.Features.Api;
using NvzhSurvey.Web.Features.Benchmarks;
using NvzhSurvey.Web.Features.Dashboard;
using NvzhSurvey.Web.Features.Editions;
using NvzhSurvey.Web.Features.Exchange;
using NvzhSurvey.Web.Features.Interviews;
using NvzhSurvey.Web.Features.Mail;
using NvzhSurvey.Web.Features.MemberPortal;
using NvzhSurvey.Web.Features.Organisations;
using NvzhSurvey.Web.Features.Reporting;
using NvzhSurvey.Web.Features.Publication;
using NvzhSurvey.Web.Hosting;

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
builder.Services.AddOrganisations();
builder.Services.AddEditions();
builder.Services.AddInterviews();
builder.Services.AddMemberPortal();
builder.Services.AddDashboard();
builder.Services.AddSurveyMailCycle();
builder.Services.AddPublication(builder.Configuration);
builder.Services.AddBenchmarks();
builder.Services.AddExchange(builder.Configuration);
builder.Services.AddSurveyApi(builder.Configuration);

var app = builder.Build();

app.UseSurveyPipeline();
app.MapSurveyEndpoints();
app.MapPublicationEndpoints();
app.MapMemberPortal();
app.MapBenchmarkEndpoints();
app.MapPublicWebEdition();
app.MapSurveyApi();

app.Run();

/// <summary>Entry point, public for WebApplicationFactory in tests.</summary>
public partial class Program;
