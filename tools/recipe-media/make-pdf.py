"""One A4 page: a coloured band with a title, a few lines, an embedded JPEG and a footer.

Written by hand (six objects and a correct cross-reference table) because no PDF writer is guaranteed on the
machines; the standard Helvetica font needs no embedding, so the text stays ASCII.
Usage: make-pdf.py OUT.pdf PICTURE.jpg "R G B" TITLE [LINE ...]
"""
import sys


def jpeg_size(data):
    i = 2
    while i < len(data):
        if data[i] != 0xFF:
            i += 1
            continue
        marker, length = data[i + 1], int.from_bytes(data[i + 2:i + 4], "big")
        if marker in (0xC0, 0xC1, 0xC2):
            return int.from_bytes(data[i + 7:i + 9], "big"), int.from_bytes(data[i + 5:i + 7], "big")
        i += 2 + length
    raise ValueError("no JPEG frame header")


def main(out, picture, band, title, *lines):
    image = open(picture, "rb").read()
    width, height = jpeg_size(image)
    shown_w = 475
    shown_h = shown_w * height // width
    text = "BT /F1 30 Tf 1 1 1 rg 60 760 Td (%s) Tj ET\n" % title
    y = 700
    for line in lines:
        text += "BT /F1 18 Tf 0.1 0.15 0.2 rg 60 %d Td (%s) Tj ET\n" % (y, line)
        y -= 30
    content = ("%s rg 0 720 595 122 re f\n" % band) + text + ("q %d 0 0 %d 60 %d cm /Im1 Do Q\n" % (shown_w, shown_h, y - shown_h - 20)) \
        + "0.043 0.31 0.54 rg 0 0 595 40 re f\nBT /F1 11 Tf 1 1 1 rg 60 16 Td (So Khoa hoc va Cong nghe) Tj ET\n"
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 5 0 R>>/XObject<</Im1 6 0 R>>>>/Contents 4 0 R>>",
        b"<</Length %d>>stream\n" % len(content) + content.encode() + b"\nendstream",
        b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica-Bold>>",
        b"<</Type/XObject/Subtype/Image/Width %d/Height %d/ColorSpace/DeviceRGB/BitsPerComponent 8/Filter/DCTDecode/Length %d>>stream\n"
        % (width, height, len(image)) + image + b"\nendstream",
    ]
    pdf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        pdf += b"%010d 00000 n \n" % offset
    pdf += b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    open(out, "wb").write(pdf)


if __name__ == "__main__":
    main(*sys.argv[1:])
