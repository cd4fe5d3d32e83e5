"""The app's PNG icons, rendered at build time from the one source drawing (an SVG) with resvg.

"any" icons are the drawing as it is, on a transparent ground. The maskable icon and the
apple-touch-icon stand it on a full square of the background colour, the whole drawing within
the central circle of 80 % of the width that a launcher's mask always keeps (the safe zone of
the W3C manifest spec); iOS fills a transparent ground with black, so its icon is opaque too.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET

import resvg_py

DIRECTORY = "assets/app/"
SVG = "http://www.w3.org/2000/svg"
# Path below the site root -> (size in pixels, purpose).
ICONS = {
    f"{DIRECTORY}icon-192.png": (192, "any"),
    f"{DIRECTORY}icon-512.png": (512, "any"),
    f"{DIRECTORY}maskable-512.png": (512, "maskable"),
    f"{DIRECTORY}apple-touch-icon.png": (180, "apple"),
}
APPLE_TOUCH_ICON = f"{DIRECTORY}apple-touch-icon.png"
SAFE_ZONE = 0.8  # the diameter of the circle a mask keeps, as a share of the icon's width


def on_ground(svg: str, background: str, size: int) -> str:
    """The drawing centred on a square of `background`, its whole viewBox inside the safe zone."""
    ET.register_namespace("", SVG)
    drawing = ET.fromstring(svg)
    _, _, width, height = (float(n) for n in drawing.get("viewBox").split())
    # The viewBox's corners on the safe circle: its diagonal is the circle's diameter.
    scale = SAFE_ZONE * size / math.hypot(width, height)
    drawing.set("width", str(width * scale))
    drawing.set("height", str(height * scale))
    drawing.set("x", str((size - width * scale) / 2))
    drawing.set("y", str((size - height * scale) / 2))
    outer = ET.Element(f"{{{SVG}}}svg", width=str(size), height=str(size), viewBox=f"0 0 {size} {size}")
    ET.SubElement(outer, f"{{{SVG}}}rect", width=str(size), height=str(size), fill=background)
    outer.append(drawing)
    return ET.tostring(outer, encoding="unicode")


def png(svg: str, size: int) -> bytes:
    return bytes(resvg_py.svg_to_bytes(svg_string=svg, width=size, height=size, skip_system_fonts=True))


def render(svg: str, background: str) -> dict[str, bytes]:
    """Every icon, by its path below the site root."""
    return {
        path: png(svg if purpose == "any" else on_ground(svg, background, size), size)
        for path, (size, purpose) in ICONS.items()
    }
