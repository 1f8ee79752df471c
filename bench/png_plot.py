"""A small line chart written as a PNG with the standard library only (zlib): the benchmark's scaling
plot, without a plotting dependency. Log-log axes, one polyline per series, target markers, a legend,
and text in a 5x7 bitmap font."""

from __future__ import annotations

import itertools
import math
import struct
import zlib
from collections.abc import Sequence
from pathlib import Path

Color = tuple[int, int, int]
WHITE: Color = (255, 255, 255)
BLACK: Color = (0, 0, 0)
GREY: Color = (215, 215, 215)

# 5x7 glyphs, one string per row ('#' = ink); unknown characters are drawn as a blank.
_FONT = {
    "0": [".###.", "#...#", "#..##", "#.#.#", "##..#", "#...#", ".###."],
    "1": ["..#..", ".##..", "..#..", "..#..", "..#..", "..#..", ".###."],
    "2": [".###.", "#...#", "....#", "...#.", "..#..", ".#...", "#####"],
    "3": ["#####", "...#.", "..#..", "...#.", "....#", "#...#", ".###."],
    "4": ["...#.", "..##.", ".#.#.", "#..#.", "#####", "...#.", "...#."],
    "5": ["#####", "#....", "####.", "....#", "....#", "#...#", ".###."],
    "6": ["..##.", ".#...", "#....", "####.", "#...#", "#...#", ".###."],
    "7": ["#####", "....#", "...#.", "..#..", ".#...", ".#...", ".#..."],
    "8": [".###.", "#...#", "#...#", ".###.", "#...#", "#...#", ".###."],
    "9": [".###.", "#...#", "#...#", ".####", "....#", "...#.", ".##.."],
    ".": [".....", ".....", ".....", ".....", ".....", ".##..", ".##.."],
    ",": [".....", ".....", ".....", ".....", ".##..", "..#..", ".#..."],
    ":": [".....", ".##..", ".##..", ".....", ".##..", ".##..", "....."],
    "-": [".....", ".....", ".....", "#####", ".....", ".....", "....."],
    "+": [".....", "..#..", "..#..", "#####", "..#..", "..#..", "....."],
    "/": [".....", "....#", "...#.", "..#..", ".#...", "#....", "....."],
    "(": ["...#.", "..#..", ".#...", ".#...", ".#...", "..#..", "...#."],
    ")": [".#...", "..#..", "...#.", "...#.", "...#.", "..#..", ".#..."],
    "<": ["...#.", "..#..", ".#...", "#....", ".#...", "..#..", "...#."],
    "=": [".....", ".....", "#####", ".....", "#####", ".....", "....."],
    "x": [".....", ".....", "#...#", ".#.#.", "..#..", ".#.#.", "#...#"],
    " ": ["....."] * 7,
    "a": [".....", ".....", ".###.", "....#", ".####", "#...#", ".####"],
    "b": ["#....", "#....", "#.##.", "##..#", "#...#", "#...#", "####."],
    "c": [".....", ".....", ".###.", "#....", "#....", "#...#", ".###."],
    "d": ["....#", "....#", ".##.#", "#..##", "#...#", "#...#", ".####"],
    "e": [".....", ".....", ".###.", "#...#", "#####", "#....", ".###."],
    "f": ["..##.", ".#..#", ".#...", "###..", ".#...", ".#...", ".#..."],
    "g": [".....", ".####", "#...#", "#...#", ".####", "....#", ".###."],
    "h": ["#....", "#....", "#.##.", "##..#", "#...#", "#...#", "#...#"],
    "i": ["..#..", ".....", ".##..", "..#..", "..#..", "..#..", ".###."],
    "j": ["...#.", ".....", "..##.", "...#.", "...#.", "#..#.", ".##.."],
    "k": ["#....", "#....", "#..#.", "#.#..", "##...", "#.#..", "#..#."],
    "l": [".##..", "..#..", "..#..", "..#..", "..#..", "..#..", ".###."],
    "m": [".....", ".....", "##.#.", "#.#.#", "#.#.#", "#...#", "#...#"],
    "n": [".....", ".....", "#.##.", "##..#", "#...#", "#...#", "#...#"],
    "o": [".....", ".....", ".###.", "#...#", "#...#", "#...#", ".###."],
    "p": [".....", ".....", "####.", "#...#", "####.", "#....", "#...."],
    "q": [".....", ".....", ".##.#", "#..##", ".####", "....#", "....#"],
    "r": [".....", ".....", "#.##.", "##..#", "#....", "#....", "#...."],
    "s": [".....", ".....", ".###.", "#....", ".###.", "....#", "####."],
    "t": [".#...", ".#...", "###..", ".#...", ".#...", ".#..#", "..##."],
    "u": [".....", ".....", "#...#", "#...#", "#...#", "#..##", ".##.#"],
    "v": [".....", ".....", "#...#", "#...#", "#...#", ".#.#.", "..#.."],
    "w": [".....", ".....", "#...#", "#...#", "#.#.#", "#.#.#", ".#.#."],
    "y": [".....", ".....", "#...#", "#...#", ".####", "....#", ".###."],
    "z": [".....", ".....", "#####", "...#.", "..#..", ".#...", "#####"],
    "A": [".###.", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"],
    "C": [".###.", "#...#", "#....", "#....", "#....", "#...#", ".###."],
    "G": [".###.", "#...#", "#....", "#.###", "#...#", "#...#", ".####"],
    "I": [".###.", "..#..", "..#..", "..#..", "..#..", "..#..", ".###."],
    "L": ["#....", "#....", "#....", "#....", "#....", "#....", "#####"],
    "M": ["#...#", "##.##", "#.#.#", "#.#.#", "#...#", "#...#", "#...#"],
    "N": ["#...#", "#...#", "##..#", "#.#.#", "#..##", "#...#", "#...#"],
    "O": [".###.", "#...#", "#...#", "#...#", "#...#", "#...#", ".###."],
    "P": ["####.", "#...#", "#...#", "####.", "#....", "#....", "#...."],
    "R": ["####.", "#...#", "#...#", "####.", "#.#..", "#..#.", "#...#"],
    "S": [".####", "#....", "#....", ".###.", "....#", "....#", "####."],
    "T": ["#####", "..#..", "..#..", "..#..", "..#..", "..#..", "..#.."],
}


class Canvas:
    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        self.pixels = bytearray(WHITE * (width * height))

    def dot(self, x: int, y: int, color: Color) -> None:
        if 0 <= x < self.width and 0 <= y < self.height:
            offset = (y * self.width + x) * 3
            self.pixels[offset : offset + 3] = bytes(color)

    def line(self, x0: float, y0: float, x1: float, y1: float, color: Color, width: int = 1, dash: int = 0) -> None:
        steps = int(max(abs(x1 - x0), abs(y1 - y0))) + 1
        for step in range(steps + 1):
            if dash and (step // dash) % 2:
                continue
            x = round(x0 + (x1 - x0) * step / steps)
            y = round(y0 + (y1 - y0) * step / steps)
            for dx in range(-(width // 2), width - width // 2):
                for dy in range(-(width // 2), width - width // 2):
                    self.dot(x + dx, y + dy, color)

    def text(self, x: int, y: int, text: str, color: Color = BLACK, scale: int = 2, *, anchor: str = "left") -> None:
        advance = 6 * scale
        if anchor == "right":
            x -= advance * len(text)
        elif anchor == "center":
            x -= advance * len(text) // 2
        for index, char in enumerate(text):
            glyph = _FONT.get(char, _FONT[" "])
            for row, bits in enumerate(glyph):
                for column, bit in enumerate(bits):
                    if bit == "#":
                        for sx in range(scale):
                            for sy in range(scale):
                                self.dot(x + index * advance + column * scale + sx, y + row * scale + sy, color)

    def marker(self, x: float, y: float, color: Color, size: int = 6) -> None:
        self.line(x - size, y - size, x + size, y + size, color, width=2)
        self.line(x - size, y + size, x + size, y - size, color, width=2)

    def png(self) -> bytes:
        rows = b"".join(
            b"\x00" + bytes(self.pixels[y * self.width * 3 : (y + 1) * self.width * 3]) for y in range(self.height)
        )

        def chunk(kind: bytes, data: bytes) -> bytes:
            return struct.pack("!I", len(data)) + kind + data + struct.pack("!I", zlib.crc32(kind + data) & 0xFFFFFFFF)

        header = struct.pack("!IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)
        return (
            b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")
        )


def log_log_chart(
    path: Path,
    *,
    title: str,
    x_label: str,
    y_label: str,
    series: Sequence[tuple[str, Color, Sequence[tuple[float, float]]]],
    targets: Sequence[tuple[float, float, Color]] = (),
    width: int = 960,
    height: int = 600,
) -> None:
    """Write a log-log line chart: `series` are (label, color, [(x, y)...]); `targets` are crosses."""
    canvas = Canvas(width, height)
    left, right, top, bottom = 110, width - 30, 60, height - 90
    points = [point for _, _, values in series for point in values] + [(x, y) for x, y, _ in targets]
    x_min, x_max = (
        10 ** math.floor(math.log10(min(x for x, _ in points))),
        10 ** math.ceil(math.log10(max(x for x, _ in points))),
    )
    y_min, y_max = (
        10 ** math.floor(math.log10(min(y for _, y in points))),
        10 ** math.ceil(math.log10(max(y for _, y in points))),
    )
    x_max, y_max = max(x_max, x_min * 10), max(y_max, y_min * 10)  # at least one decade per axis

    def px(x: float) -> float:
        return left + (math.log10(x) - math.log10(x_min)) / (math.log10(x_max) - math.log10(x_min)) * (right - left)

    def py(y: float) -> float:
        return bottom - (math.log10(y) - math.log10(y_min)) / (math.log10(y_max) - math.log10(y_min)) * (bottom - top)

    for decade in range(round(math.log10(x_min)), round(math.log10(x_max)) + 1):
        for factor in (1, 2, 5):
            x = factor * 10**decade
            if x_min <= x <= x_max:
                canvas.line(px(x), top, px(x), bottom, GREY, dash=0 if factor == 1 else 3)
                canvas.text(round(px(x)), bottom + 10, f"{x:g}", anchor="center")
    for decade in range(round(math.log10(y_min)), round(math.log10(y_max)) + 1):
        for factor in (1, 2, 5):
            y = factor * 10**decade
            if y_min <= y <= y_max:
                canvas.line(left, py(y), right, py(y), GREY, dash=0 if factor == 1 else 3)
                canvas.text(left - 8, round(py(y)) - 7, f"{y:g}", anchor="right")
    canvas.line(left, top, left, bottom, BLACK)
    canvas.line(left, bottom, right, bottom, BLACK)
    canvas.text(width // 2, 8, title, scale=2, anchor="center")
    canvas.text((left + right) // 2, bottom + 45, x_label, anchor="center")
    canvas.text(10, top - 24, y_label)
    for _label, color, values in series:
        ordered = sorted(values)
        for (x0, y0), (x1, y1) in itertools.pairwise(ordered):
            canvas.line(px(x0), py(y0), px(x1), py(y1), color, width=3)
        for x, y in ordered:
            canvas.line(px(x) - 3, py(y), px(x) + 3, py(y), color, width=7)
    for x, y, color in targets:
        canvas.marker(px(x), py(y), color)
    legend_y = top + 10
    for label, color, _ in series:
        canvas.line(left + 20, legend_y + 7, left + 60, legend_y + 7, color, width=3)
        canvas.text(left + 70, legend_y, label)
        legend_y += 24
    if targets:
        canvas.marker(left + 40, legend_y + 7, BLACK)
        canvas.text(left + 70, legend_y, "target (same color as its series)")
    path.write_bytes(canvas.png())
