namespace Lifecycle.Web.TagHelpers;

/// <summary>Lets views compute the same field ids that error links point at.</summary>
public static class ModelStateExtensionsForViews
{
    public static string FieldId(string key) => ModelStateExtensions.FieldId(key);
}
