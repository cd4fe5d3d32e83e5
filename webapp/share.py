"""A language's share picture (og:image, 1200 x 630): the site's icon and name and its one-line
promise, drawn at build time with Debian's Noto Sans CJK (fonts-noto-cjk), in the face of the
language's script: Traditional Chinese in the TC face, whose characters take Taiwan's standard
forms, Simplified in the SC face, English in the SC face's Latin."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from PIL.PngImagePlugin import PngInfo

from . import icons

DIRECTORY = "assets/app/share-"
SIZE = (1200, 630)
FONTS = Path("/usr/share/fonts/opentype/noto")
FILES = {"bold": FONTS / "NotoSansCJK-Bold.ttc", "regular": FONTS / "NotoSansCJK-Regular.ttc"}
FACES = {"Hans": "Noto Sans CJK SC", "Hant": "Noto Sans CJK TC", "Latn": "Noto Sans CJK SC"}
MARGIN = 80
TEXT = "#212121"  # Material's text on white


class MissingFont(RuntimeError):
    pass


def font(weight: str, family: str, size: int) -> ImageFont.FreeTypeFont:
    """The face of `family` in Noto CJK's collection: found by name, never by a numbered index
    that a new release of the collection could reorder."""
    path = FILES[weight]
    if not path.is_file():
        raise MissingFont(
            f"{path} is missing: the share pictures need Debian's Noto CJK (apt-get install fonts-noto-cjk)"
        )
    index = 0
    while True:
        try:
            face = ImageFont.truetype(str(path), size, index=index)
        except OSError:
            raise MissingFont(f"{path} has no {family}: apt-get install fonts-noto-cjk") from None
        if face.getname()[0] == family:
            return face
        index += 1


def fitted(weight: str, family: str, lines: list[str], largest: int, width: int) -> ImageFont.FreeTypeFont:
    """The largest size up to `largest` at which every line fits in `width`."""
    size = largest
    while (face := font(weight, family, size)) and max(face.getlength(line) for line in lines) > width:
        size -= 2
    return face


def render(language, colours: dict[str, str], svg: str, family: str | None = None) -> bytes:
    """The picture as PNG; `family` chooses another face (the tests compare one)."""
    family = family or FACES[language.script]
    image = Image.new("RGB", SIZE, colours["background"])
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, SIZE[1] - 28, SIZE[0], SIZE[1]), fill=colours["theme"])
    mark = Image.open(io.BytesIO(icons.png(svg, 150)))
    image.paste(mark, (MARGIN - 10, 64), mark)
    width = SIZE[0] - 2 * MARGIN
    name = fitted("bold", family, [language.name], 96, width)
    draw.text((MARGIN, 236), language.name, font=name, fill=colours["theme"])
    lines = language.promise.splitlines()
    promise = fitted("regular", family, lines, 50, width)
    draw.multiline_text((MARGIN, 390), "\n".join(lines), font=promise, fill=TEXT, spacing=promise.size // 2)
    info = PngInfo()
    info.add_text("Comment", "Generated at build time by webapp/share.py: do not edit.")
    info.add_text("Font", f"{family} ({FILES['bold'].name}, {FILES['regular'].name})")
    out = io.BytesIO()
    image.save(out, "PNG", pnginfo=info, optimize=True)
    return out.getvalue()
