using AngleSharp;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Lifecycle.Web.Tests.Support;

/// <summary>An HTTP client that keeps cookies, reads pages with AngleSharp and submits their real forms.</summary>
public sealed class PageClient(HttpClient http)
{
    private static readonly IBrowsingContext Parser = BrowsingContext.New(Configuration.Default);

    public HttpClient Http => http;

    public static PageClient For(LifecycleFactory factory) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public static async Task<PageClient> SignedInAsync(LifecycleFactory factory, TestPerson person)
    {
        var client = For(factory);
        var page = await client.GetAsync("/account/sign-in");
        var response = await client.SubmitAsync(page, "form", new() { ["Input.Email"] = person.Email, ["Input.Password"] = TestPeople.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public async Task<IHtmlDocument> GetAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await http.GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
        return await ParseAsync(response);
    }

    public async Task<HttpResponseMessage> GetResponseAsync(string url) => await http.GetAsync(url);

    /// <summary>Posts the form chosen by <paramref name="selector"/> with its own hidden fields (antiforgery token, version) and the given values.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(IHtmlDocument page, string selector, Dictionary<string, string> values)
    {
        var form = page.QuerySelector<IHtmlFormElement>(selector) ?? throw new InvalidOperationException($"No form matches {selector}.");
        var fields = FormFields(form);
        foreach (var (name, value) in values)
        {
            fields[name] = value;
        }

        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : page.Url.Replace("http://localhost", string.Empty);
        using var body = new FormUrlEncodedContent(fields);
        return await http.PostAsync(action, body);
    }

    /// <summary>Like <see cref="SubmitAsync"/>, as multipart form data with one file attached.</summary>
    public async Task<HttpResponseMessage> SubmitWithFileAsync(IHtmlDocument page, string selector, Dictionary<string, string> values, string fileField, string fileName, byte[] file)
    {
        var form = page.QuerySelector<IHtmlFormElement>(selector) ?? throw new InvalidOperationException($"No form matches {selector}.");
        var fields = FormFields(form);
        foreach (var (name, value) in values)
        {
            fields[name] = value;
        }

        fields.Remove(fileField);
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        content.Add(new ByteArrayContent(file), fileField, fileName);
        return await http.PostAsync(page.Url.Replace("http://localhost", string.Empty), content);
    }

    /// <summary>Posts raw fields to a URL with a valid antiforgery token taken from another page of this session.</summary>
    public async Task<HttpResponseMessage> PostWithTokenAsync(string url, string tokenSourceUrl, Dictionary<string, string> values)
    {
        var source = await GetAsync(tokenSourceUrl);
        var token = source.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value
            ?? throw new InvalidOperationException("The token page has no antiforgery token.");
        values["__RequestVerificationToken"] = token;
        using var body = new FormUrlEncodedContent(values);
        return await http.PostAsync(url, body);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var document = (IHtmlDocument)await Parser.OpenAsync(req => req.Content(html).Address(response.RequestMessage!.RequestUri!));
        PageAssertions.DescriptionsPointAtElements(document);
        return document;
    }

    private static Dictionary<string, string> FormFields(IHtmlFormElement form)
    {
        var fields = new Dictionary<string, string>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "radio" or "checkbox", IsChecked: false }:
                    break;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    fields[input.Name] = input.Value;
                    break;
                case IHtmlTextAreaElement textArea when !string.IsNullOrEmpty(textArea.Name):
                    fields[textArea.Name] = textArea.Value;
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields[select.Name] = select.Value ?? string.Empty;
                    break;
            }
        }

        return fields;
    }
}
