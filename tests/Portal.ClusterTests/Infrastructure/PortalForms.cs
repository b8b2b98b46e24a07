using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Portal.ClusterTests.Infrastructure;

/// <summary>The portal's forms as a browser posts them: sign-in, the news editor, the media upload.</summary>
internal static class PortalForms
{
    public static async Task SignInAsync(HttpClient client, string email, string password)
    {
        var token = await TokenAsync(client, "/dang-nhap");
        var response = await client.PostAsync("/dang-nhap", Form(("__RequestVerificationToken", token), ("Input.Email", email), ("Input.Password", password)));
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in of {email} at {client.BaseAddress} answered {(int)response.StatusCode}");
    }

    /// <summary>
    /// Creates a news item through the create form, as a draft or with a step at once ("Publish", or "Schedule"
    /// with Input.PublishAt); returns its id (from the editor address the form redirects to).
    /// </summary>
    public static async Task<string> CreateNewsAsync(HttpClient client, string title, string slug, string body, string? handler = null, params (string, string)[] extra)
    {
        var response = await PostNewsAsync(client, title, slug, body, await TokenAsync(client, "/admin/noi-dung/tao/news"), handler, extra);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Creating {slug} at {client.BaseAddress} answered {(int)response.StatusCode}");
        return response.Headers.Location!.OriginalString.Split('/').Last();
    }

    /// <summary>The create form's POST alone, with a token read before (a session's token works on every node).</summary>
    public static Task<HttpResponseMessage> PostNewsAsync(HttpClient client, string title, string slug, string body, string token,
        string? handler = null, params (string, string)[] extra) =>
        client.PostAsync("/admin/noi-dung/tao/news" + (handler is null ? "" : "?handler=" + handler), Form([("__RequestVerificationToken", token), ("culture", "vi"),
            ("Input.Title", title), ("Input.Slug", slug), ("Input.Body", body), ("Input.FieldsJson", "{}"), .. extra]));

    /// <summary>What the editor's datetime-local field sends for a moment (Vietnam time, UTC+7).</summary>
    public static (string, string) PublishAt(DateTime utc) => ("Input.PublishAt", utc.AddHours(7).ToString("yyyy-MM-ddTHH:mm:ss"));

    /// <summary>Saves the editor form with a new title and body, then publishes it (the "Đăng" button).</summary>
    public static Task PublishAsync(HttpClient client, string id, string? title = null, string? body = null) =>
        EditorStepAsync(client, id, "Publish", title, body);

    private static async Task EditorStepAsync(HttpClient client, string id, string handler, string? title, string? body)
    {
        var url = $"/admin/noi-dung/{id}";
        var html = await client.GetStringAsync(url);
        var fields = new List<(string, string)>
        {
            ("__RequestVerificationToken", FormValue(html, "__RequestVerificationToken")),
            ("Input.Stamp", FormValue(html, "Input.Stamp")),
            ("Input.FieldsJson", FormValue(html, "Input.FieldsJson")),
            ("Input.Title", title ?? FormValue(html, "Input.Title")),
            ("Input.Slug", FormValue(html, "Input.Slug")),
            ("Input.Summary", ""),
            ("Input.Body", body ?? TextAreaValue(html, "Input.Body")),
        };
        var response = await client.PostAsync($"{url}?handler={handler}", Form([.. fields]));
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"{handler} of {id} at {client.BaseAddress} answered {(int)response.StatusCode}");
    }

    /// <summary>Uploads a file to the library through /admin/api/media; returns the JSON the picker gets.</summary>
    public static async Task<JsonElement> UploadAsync(HttpClient client, byte[] bytes, string fileName, string alt)
    {
        var token = await TokenAsync(client, "/admin/thu-vien");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse("application/octet-stream");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(alt), "alt");
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var response = await client.PostAsync("/admin/api/media", form);
        var json = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.Created)
            throw new InvalidOperationException($"Upload at {client.BaseAddress} answered {(int)response.StatusCode}: {json}");
        return JsonDocument.Parse(json).RootElement.Clone();
    }

    public static async Task<string> TokenAsync(HttpClient client, string url) =>
        FormValue(await client.GetStringAsync(url), "__RequestVerificationToken");

    public static string FormValue(string html, string name)
    {
        var match = Regex.Match(html, $"name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"");
        if (!match.Success)
            match = Regex.Match(html, $"value=\"([^\"]*)\"[^>]*name=\"{Regex.Escape(name)}\"");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"No form value {name}");
    }

    private static string TextAreaValue(string html, string name)
    {
        var match = Regex.Match(html, $"<textarea[^>]*name=\"{Regex.Escape(name)}\"[^>]*>([^<]*)</textarea>");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value).TrimStart('\n') : throw new InvalidOperationException($"No text area {name}");
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
}
