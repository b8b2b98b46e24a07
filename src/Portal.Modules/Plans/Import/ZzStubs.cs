namespace Portal.Modules.Plans.Import;
public static class PlanTextParser { public static ParsedPlan Parse(string text) => throw new NotImplementedException(); }
public static class DocxText { public static string Extract(Stream s) => throw new NotImplementedException(); }
public static class PeriodParser { public static PlanPeriod Parse(string? text, int? defaultYear = null) => PlanPeriod.Unspecified(text ?? ""); }
public sealed class PlanImportException(string message, Exception? inner = null) : Exception(message, inner);
public static class VietnameseNumbers {
  public static bool TryParseNumber(string? text, out decimal value) => decimal.TryParse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), out value);
  public static bool TryParseAmount(string? text, long defaultUnit, out long dong) { var ok = TryParseNumber(text, out var v); dong = (long)(v * defaultUnit); return ok; }
}
