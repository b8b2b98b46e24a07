using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Modules.Infrastructure;

/// <summary>
/// On SQLite, the queries of a page read (GET, HEAD) share one connection, opened before the handler and given back
/// when the request's context is disposed, after the view. EF otherwise opens and closes it around every query (a
/// page makes 3–6), and each open takes Microsoft.Data.Sqlite's pool lock and registers EF's SQL functions again:
/// under 50 concurrent readers the pool lock's spinning was the largest single cost of opening.
/// </summary>
internal sealed class SqliteConnectionPerPage : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            await http.RequestServices.GetRequiredService<PortalDbContext>().Database.OpenConnectionAsync(http.RequestAborted);
        await next();
    }
}
