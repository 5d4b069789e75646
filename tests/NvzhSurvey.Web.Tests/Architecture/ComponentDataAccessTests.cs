using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;

namespace NvzhSurvey.Web.Tests.Architecture;

/// <summary>
/// ADR 015: a Razor component renders and forwards intent; its data and writes go through a Core service or query
/// class. So no component is handed a DbContext or its factory.
/// </summary>
public class ComponentDataAccessTests
{
    private static readonly Type[] DataAccess = [typeof(SurveyDbContext), typeof(IDbContextFactory<SurveyDbContext>), typeof(DbContext)];

    [Fact]
    public void No_component_injects_a_DbContext_or_a_DbContext_factory()
    {
        var components = typeof(Program).Assembly.GetTypes().Where(t => typeof(IComponent).IsAssignableFrom(t) && !t.IsAbstract).ToList();

        var offending = components
            .SelectMany(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Where(p => p.GetCustomAttribute<InjectAttribute>() is not null && DataAccess.Any(d => d.IsAssignableFrom(p.PropertyType)))
                .Select(p => $"{t.FullName}.{p.Name}: {p.PropertyType.Name}"))
            .ToList();

        components.Should().HaveCountGreaterThan(50, "the web assembly's components are found");
        offending.Should().BeEmpty("inject a Core service or query class (ADR 015)");
    }

    [Fact]
    public void No_endpoint_handler_takes_a_DbContext_or_a_DbContext_factory()
    {
        var endpointClasses = typeof(Program).Assembly.GetTypes()
            .Where(t => t.Name.EndsWith("Endpoint", StringComparison.Ordinal) || t.Name.EndsWith("Endpoints", StringComparison.Ordinal))
            .ToList();

        var offending = endpointClasses
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(m => m.GetParameters().Any(p => DataAccess.Any(d => d.IsAssignableFrom(p.ParameterType))))
                .Select(m => $"{t.FullName}.{m.Name}"))
            .ToList();

        endpointClasses.Should().HaveCountGreaterThan(5, "the web assembly's endpoint classes are found");
        offending.Should().BeEmpty("an endpoint asks a Core service or query class, as a page does (ADR 015)");
    }
}
