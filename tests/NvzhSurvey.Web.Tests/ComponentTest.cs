using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor.Services;

namespace NvzhSurvey.Web.Tests;

/// <summary>Base class of bUnit tests of MudBlazor components (see STACK-NOTES: loose JS interop, interactive renderer).</summary>
public abstract class ComponentTest : IAsyncLifetime
{
    protected ComponentTest()
    {
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
        Context.Services.AddMudServices();
    }

    protected BunitContext Context { get; } = new();

    /// <summary>After the constructors, so derived tests can still register services.</summary>
    public virtual Task InitializeAsync()
    {
        Context.SetRendererInfo(new RendererInfo("Server", true));
        return Task.CompletedTask;
    }

    // MudBlazor's PopoverService is only IAsyncDisposable.
    public virtual async Task DisposeAsync() => await Context.DisposeAsync();
}
