using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Portal.Modules.Site;

/// <summary>The Vietnamese 404 and error page; status code pages and the exception handler re-execute it.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "";
    public string Message { get; private set; } = "";
    /// <summary>The failed address was under /en: the page answers in English, with the English header and footer.</summary>
    public bool English { get; private set; }

    public void OnGet() => Describe();

    public void OnPost() => Describe();

    /// <summary>The codes this page explains; any other code asked for directly is a page that does not exist.</summary>
    private static readonly int[] Known = [400, 403, 404, 405, 413, 429, 500, 503];

    private void Describe()
    {
        // Read from the route, not bound: binding a re-executed POST reads its form, and a form past the framework's
        // limits (the very request that failed) would leave the code unbound and turn its 400 into a 500.
        int? code = int.TryParse(RouteData.Values["code"]?.ToString(), out var value) ? value : null;
        var reexecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;
        // Re-executed, the status is the original response's (the exception handler's choice included); visited
        // directly, only a real error code is answered as such (never 0, 101 or a 3xx without Location).
        var status = reexecuted
            ? (Response.StatusCode is >= 400 and <= 599 ? Response.StatusCode : code is >= 400 and <= 599 ? code.Value : 500)
            : (code is { } asked && Known.Contains(asked) ? asked : 404);
        Response.StatusCode = status;
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        English = original is not null && (original.Equals("/en", StringComparison.OrdinalIgnoreCase) || original.StartsWith("/en/", StringComparison.OrdinalIgnoreCase));
        if (English)
        {
            (Heading, Message) = status switch
            {
                404 => ("Page not found", "The page you are looking for does not exist or has moved. Check the address or go back to the home page."),
                400 => ("Bad request", "The request was not valid. Please try again."),
                429 => ("Too many requests", "You have sent too many requests. Please try again in a few minutes."),
                _ => ("Something went wrong", "Sorry, an error occurred while processing your request. It has been logged."),
            };
            return;
        }
        (Heading, Message) = status switch
        {
            404 => ("Không tìm thấy trang", "Trang bạn tìm không có hoặc đã được chuyển đi. Hãy kiểm tra lại địa chỉ hoặc quay về trang chủ."),
            403 => ("Không có quyền truy cập", "Tài khoản của bạn không được phép xem trang này."),
            400 => ("Yêu cầu không hợp lệ", "Yêu cầu gửi lên không hợp lệ. Vui lòng thử lại."),
            405 => ("Phương thức không được hỗ trợ", "Trang này không nhận loại yêu cầu vừa gửi."),
            413 => ("Dữ liệu gửi lên quá lớn", "Dữ liệu hoặc tệp gửi lên vượt quá giới hạn cho phép. Hãy gửi tệp nhỏ hơn."),
            429 => ("Quá nhiều yêu cầu", "Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau ít phút."),
            503 => ("Hệ thống đang bận", "Hệ thống đang bận. Vui lòng thử lại sau ít phút."),
            _ => ("Đã có lỗi xảy ra", "Rất tiếc, đã có lỗi trong khi xử lý yêu cầu của bạn. Chúng tôi đã ghi nhận sự cố."),
        };
    }
}
