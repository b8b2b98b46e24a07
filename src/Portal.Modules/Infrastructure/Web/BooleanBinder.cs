using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Portal.Modules.Infrastructure.Web;

/// <summary>
/// Binds checkboxes. The framework's binder keeps a value that is not a boolean ("zz") as the attempted value,
/// and the checkbox tag helper then throws while re-rendering the form: a 500 for a tampered field. This one
/// records a Vietnamese validation error and keeps nothing to re-render, so the form comes back unticked.
/// </summary>
public sealed class BooleanBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext context)
    {
        var values = context.ValueProvider.GetValue(context.ModelName);
        if (values == ValueProviderResult.None)
            return Task.CompletedTask;
        var first = values.FirstValue;
        var nullable = context.ModelType == typeof(bool?);
        if (bool.TryParse(first, out var parsed))
        {
            context.ModelState.SetModelValue(context.ModelName, values);
            context.Result = ModelBindingResult.Success(parsed);
        }
        else if (string.IsNullOrEmpty(first) && nullable)
            context.Result = ModelBindingResult.Success(null);
        else
        {
            context.ModelState.SetModelValue(context.ModelName, rawValue: null, attemptedValue: null);
            context.ModelState.TryAddModelError(context.ModelName, "Giá trị không hợp lệ.");
            context.Result = ModelBindingResult.Failed();
        }
        return Task.CompletedTask;
    }

    public sealed class Provider : IModelBinderProvider
    {
        public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
            context.Metadata.ModelType == typeof(bool) || context.Metadata.ModelType == typeof(bool?) ? new BooleanBinder() : null;
    }
}
