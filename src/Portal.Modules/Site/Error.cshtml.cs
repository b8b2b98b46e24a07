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

    public void OnGet() => Describe();

    public void OnPost() => Describe();

    private void Describe()
    {
        // Read from the route, not bound: binding a re-executed POST reads its form, and a form past the framework's
        // limits (the very request that failed) would leave the code unbound and turn its 400 into a 500.
        int? code = int.TryParse(RouteData.Values["code"]?.ToString(), out var value) ? value : null;
        var reexecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;
        var status = code ?? 500;
        if (!reexecuted && code is null)
            status = 404;
        Response.StatusCode = status;
        (Heading, Message) = status switch
        {
            404 => ("Không tìm thấy trang", "Trang bạn tìm không có hoặc đã được chuyển đi. Hãy kiểm tra lại địa chỉ hoặc quay về trang chủ."),
            403 => ("Không có quyền truy cập", "Tài khoản của bạn không được phép xem trang này."),
            400 => ("Yêu cầu không hợp lệ", "Yêu cầu gửi lên không hợp lệ. Vui lòng thử lại."),
            429 => ("Quá nhiều yêu cầu", "Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau ít phút."),
            503 => ("Hệ thống đang bận", "Hệ thống đang bận. Vui lòng thử lại sau ít phút."),
            _ => ("Đã có lỗi xảy ra", "Rất tiếc, đã có lỗi trong khi xử lý yêu cầu của bạn. Chúng tôi đã ghi nhận sự cố."),
        };
    }
}
