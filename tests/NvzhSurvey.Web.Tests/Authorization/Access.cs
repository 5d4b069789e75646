using System.Net;

namespace NvzhSurvey.Web.Tests.Authorization;

/// <summary>What a principal gets for a URL.</summary>
public abstract record Access
{
    /// <summary>200 OK.</summary>
    public static readonly Access Allowed = new Status(HttpStatusCode.OK, "200");

    /// <summary>A page asked by an anonymous visitor: 302 to /Account/Login?ReturnUrl=…</summary>
    public static readonly Access Login = new RedirectTo("/Account/Login", "login");

    /// <summary>The API without (valid) credentials: 401.</summary>
    public static readonly Access Unauthorized = new Status(HttpStatusCode.Unauthorized, "401");

    /// <summary>Signed in but not allowed: 403, 404, or (cookie pages) 302 to /Account/AccessDenied.</summary>
    public static readonly Access Denied = new Forbidden();

    /// <summary>415: allowed, and the handler refused the missing JSON body (a write sent without one).</summary>
    public static readonly Access UnsupportedBody = new Status(HttpStatusCode.UnsupportedMediaType, "415");

    /// <summary>404: used where the id itself must not be confirmed (another organisation's data).</summary>
    public static readonly Access NotFound = new Status(HttpStatusCode.NotFound, "404");

    public static Access Redirect(string path) => new RedirectTo(path, "302 " + path);

    public abstract bool Matches(HttpResponseMessage response);

    private sealed record Status(HttpStatusCode Code, string Name) : Access
    {
        public override bool Matches(HttpResponseMessage response) => response.StatusCode == Code;
        public override string ToString() => Name;
    }

    private sealed record RedirectTo(string Path, string Name) : Access
    {
        public override bool Matches(HttpResponseMessage response) =>
            response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } location
            && (location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0]).TrimEnd('/') == Path.TrimEnd('/');
        public override string ToString() => Name;
    }

    private sealed record Forbidden : Access
    {
        public override bool Matches(HttpResponseMessage response) =>
            response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.ToString().Contains("/Account/AccessDenied") == true);
        public override string ToString() => "denied";
    }
}
