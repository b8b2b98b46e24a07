using System.Runtime.InteropServices;

namespace Portal.Modules.Media.Imaging;

/// <summary>
/// The few libvips entry points the portal needs. The vips_* functions that take options are C varargs:
/// each extern below is one fixed argument list (ints and pointers only, closed by IntPtr.Zero), which is how
/// the x86-64 SysV ABI passes varargs anyway. Never add a double or struct argument to these.
/// </summary>
internal static unsafe partial class VipsNative
{
    private const string Vips = "libvips.so.42";
    private const string GObject = "libgobject-2.0.so.0";
    private const string GLib = "libglib-2.0.so.0";

    public const int SizeDown = 2;
    public const int FailOnTruncated = 1;

    [LibraryImport(Vips, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int vips_init(string argv0);

    [LibraryImport(Vips)]
    public static partial void vips_block_untrusted_set(int state);

    [LibraryImport(Vips)]
    public static partial void vips_cache_set_max(int max);

    [LibraryImport(Vips)]
    public static partial IntPtr vips_error_buffer();

    [LibraryImport(Vips)]
    public static partial void vips_error_clear();

    [LibraryImport(Vips, StringMarshalling = StringMarshalling.Utf8)]
    public static partial IntPtr vips_image_new_from_buffer(byte* buffer, nuint length, string optionString, IntPtr end);

    [LibraryImport(Vips)]
    public static partial int vips_image_get_width(IntPtr image);

    [LibraryImport(Vips)]
    public static partial int vips_image_get_height(IntPtr image);

    /// <summary>vips_thumbnail_buffer(buf, len, &amp;out, width, "height", h, "size", size, "option_string", s, NULL)</summary>
    [LibraryImport(Vips, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int vips_thumbnail_buffer(byte* buffer, nuint length, out IntPtr output, int width,
        string heightName, int height, string sizeName, int size, string optionName, string optionString, IntPtr end);

    /// <summary>vips_thumbnail_image(in, &amp;out, width, "height", h, "size", size, NULL)</summary>
    [LibraryImport(Vips, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int vips_thumbnail_image(IntPtr input, out IntPtr output, int width,
        string heightName, int height, string sizeName, int size, IntPtr end);

    [LibraryImport(Vips)]
    public static partial IntPtr vips_image_copy_memory(IntPtr image);

    [LibraryImport(Vips, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int vips_image_write_to_buffer(IntPtr image, string suffix, out IntPtr buffer, out nuint size, IntPtr end);

    /// <summary>A NULL-terminated array of field names; free with g_strfreev.</summary>
    [LibraryImport(Vips)]
    public static partial IntPtr vips_image_get_fields(IntPtr image);

    [LibraryImport(Vips, StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.I4)]
    public static partial int vips_image_remove(IntPtr image, string name);

    [LibraryImport(GLib)]
    public static partial void g_strfreev(IntPtr strings);

    [LibraryImport(GObject)]
    public static partial void g_object_unref(IntPtr instance);

    [LibraryImport(GLib)]
    public static partial void g_free(IntPtr memory);
}
