"""Badge layouts the committee shapes: which fields, where, how big, on which card stock.

A layout is plain data stored in the fair (setting ``badge.layout``), so it travels with
the file and the window and the command line print the same badges. It names a
*stock* — a single card or an A4 sheet of cards or labels, with its margins and
gutters — and, for the front (and optionally the back), the *boxes* of the fields:
position and size in millimetres from the card's top-left corner, font size and the
legible minimum it may shrink to, alignment, colour. Category colours, an emblem and a
background image (the pre-printed card, shown in the preview and printed only when
asked) complete it. A field that cannot fit its box shrinks to its minimum, then
wraps; if it still does not fit it is flagged before printing
(:func:`fairdesk.reports.badges.designed.overflows`).
"""

from __future__ import annotations

import base64
import re
from dataclasses import asdict, dataclass, field, replace
from typing import TYPE_CHECKING, Any

from fairdesk.base.errors import ValidationError

if TYPE_CHECKING:
    from fairdesk.core.changes import Changes
    from fairdesk.core.fair import Fair


@dataclass(frozen=True)
class Stock:
    """Card stock: a single card, or a sheet of ``cols`` x ``rows`` cards (all in mm)."""

    code: str
    zh: str
    en: str
    card: tuple[float, float]  # width, height
    page: tuple[float, float]
    cols: int = 1
    rows: int = 1
    gutter: tuple[float, float] = (0.0, 0.0)  # between columns, between rows
    margin: tuple[float, float] | None = None  # left, top; None: the cards centred

    def origins(self) -> list[tuple[float, float]]:
        """Each card's top-left corner on the page (mm from the page's top-left), by row."""
        cw, ch = self.card
        gx, gy = self.gutter
        if self.margin is None:
            left = (self.page[0] - self.cols * cw - (self.cols - 1) * gx) / 2
            top = (self.page[1] - self.rows * ch - (self.rows - 1) * gy) / 2
        else:
            left, top = self.margin
        return [(left + c * (cw + gx), top + r * (ch + gy))
                for r in range(self.rows) for c in range(self.cols)]

    @property
    def per_page(self) -> int:
        return self.cols * self.rows


A4 = (210.0, 297.0)
STOCKS: dict[str, Stock] = {s.code: s for s in (
    Stock("a6", "A6 单张", "A6, one per page", (105, 148), (105, 148)),
    Stock("lanyard", "挂绳证 90×130", "Lanyard card 90×130", (90, 130), (90, 130)),
    Stock("cr80", "CR80 卡片", "CR80 card", (85.6, 54), (85.6, 54)),
    Stock("a4-2x4-85x54", "A4 2×4 张 85×54", "A4, 2×4 of 85×54", (85, 54), A4, 2, 4, (10, 10)),
    Stock("a4-2x4-90x54", "A4 2×4 张 90×54", "A4, 2×4 of 90×54", (90, 54), A4, 2, 4, (8, 8)),
    Stock("a4-2x4-86x54", "A4 2×4 张 86×54", "A4, 2×4 of 86×54", (86, 54), A4, 2, 4, (10, 10)),
    # label sheets of ten: the labels touch top to bottom, as Avery-style sheets are cut
    Stock("a4-2x5-85x54", "A4 2×5 张 85×54", "A4, 2×5 of 85×54", (85, 54), A4, 2, 5, (10, 0),
          (15, 13.5)),
    Stock("a4-2x5-90x54", "A4 2×5 张 90×54", "A4, 2×5 of 90×54", (90, 54), A4, 2, 5, (0, 0),
          (15, 13.5)),
    Stock("a4-2x5-86x54", "A4 2×5 张 86×54", "A4, 2×5 of 86×54", (86, 54), A4, 2, 5, (8, 0),
          (15, 13.5)),
)}

FIELDS = {  # key: (Chinese, English)
    "fair_name": ("投洽会名称", "Fair name"), "fair_line": ("英文名称与日期", "English name, dates"),
    "name": ("姓名", "Name"), "name_latin": ("拼音/外文名", "Latin name"),
    "organisation": ("单位", "Organisation"), "title": ("职务", "Title"),
    "category": ("类别", "Category"), "qr": ("二维码", "QR code"),
    "code": ("证件码（文字）", "Code in letters"), "photo": ("照片", "Photo"),
    "emblem": ("会徽", "Emblem"),
}
# what only the back side may show: nothing a badge worn in public must not (no phone numbers,
# no room number: the snapshot's BadgeBack holds none; the hotline is the committee's own)
BACK_FIELDS = {
    "agenda": ("日程", "Agenda"), "hotel": ("住宿", "Hotel"), "car": ("用车", "Car"),
    "escort": ("陪同", "Escort"), "hotline": ("服务热线", "Hotline"),
}
ALL_FIELDS = {**FIELDS, **BACK_FIELDS}
ALIGNS = ("left", "centre", "right")
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class Box:
    """Where one field goes on the card (mm from the top-left) and how it is set."""

    key: str
    x: float
    y: float
    w: float
    h: float
    size: float = 10.0  # font size in points
    min_size: float = 7.0  # the smallest legible size it may shrink to before wrapping
    align: str = "centre"
    colour: str = "#1A1A1A"


@dataclass(frozen=True)
class BadgeLayout:
    stock: Stock
    front: tuple[Box, ...]
    head_mm: float = 0.0  # category-coloured band along the top (0: none, as on printed stock)
    foot_mm: float = 0.0  # and along the bottom
    colours: dict[str, str] = field(default_factory=dict)  # category -> "#rrggbb"
    emblem: bytes | None = None  # PNG/JPEG drawn in the "emblem" box
    background: bytes | None = None  # the card's artwork (PNG/JPEG)
    print_background: bool = False  # False: pre-printed stock, the artwork is only previewed
    back: tuple[Box, ...] = ()  # none: the fixed back (cards.draw_back) is printed
    back_head_mm: float = 0.0  # the back's own bands
    back_foot_mm: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """The layout as JSON-ready data (images base64), for the fair's settings."""
        d = asdict(self)
        d["stock"] = asdict(self.stock)
        d["emblem"] = _b64(self.emblem)
        d["background"] = _b64(self.background)
        return d


def _b64(data: bytes | None) -> str:
    return base64.b64encode(data).decode("ascii") if data else ""


def portrait_boxes(w: float, h: float) -> tuple[Box, ...]:
    """The default front for an upright card, in the spirit of the fixed A6 badge."""
    m = 4.0
    return (
        Box("emblem", m, 3, 14, 14),
        Box("fair_name", m + 15, 4, w - 2 * m - 30, 8, 14, 8, colour="#FFFFFF"),
        Box("fair_line", m, h * 0.12, w - 2 * m, 4, 7.5, 5, colour="#FFFFFF"),
        Box("photo", (w - h * 0.14) / 2, h * 0.19, h * 0.14, h * 0.17),
        Box("name", m, h * 0.36, w - 2 * m, h * 0.12, w * 0.5, 16),
        Box("name_latin", m, h * 0.48, w - 2 * m, h * 0.034, 10, 7, colour="#5F6670"),
        Box("organisation", m, h * 0.516, w - 2 * m, h * 0.068, 11, 8),
        Box("title", m, h * 0.585, w - 2 * m, h * 0.034, 10, 7, colour="#5F6670"),
        Box("qr", (w - h * 0.226) / 2, h * 0.622, h * 0.226, h * 0.226),
        Box("code", m, h * 0.85, w - 2 * m, h * 0.024, 6.5, 5, colour="#5F6670"),
        Box("category", m, h * 0.905, w - 2 * m, h * 0.07, 16, 9, colour="#FFFFFF"),
    )


def landscape_boxes(w: float, h: float) -> tuple[Box, ...]:
    """The default front for a card on its side (CR80, 90x54)."""
    m, qr = 4.0, min(h * 0.5, w * 0.32)
    text_w = w - 2 * m - qr - 2
    band = h * 0.2  # the emblem sits in the top band, left; the fair's name centred beside it
    side = band - 2
    return (
        Box("emblem", 2, 1, side, side),
        Box("fair_name", side + 3, 1.5, w - 2 * side - 6, 5, 9, 6, colour="#FFFFFF"),
        Box("fair_line", side + 3, 6.5, w - 2 * side - 6, 3, 5.5, 4.5, colour="#FFFFFF"),
        Box("name", m, h * 0.24, text_w, 9, 19, 11, align="left"),
        Box("name_latin", m, h * 0.24 + 9.5, text_w, 3, 7, 5.5, align="left",
            colour="#5F6670"),
        Box("organisation", m, h * 0.24 + 13, text_w, 6.5, 7.5, 6, align="left"),
        Box("title", m, h * 0.24 + 20, text_w, 3, 7, 5.5, align="left", colour="#5F6670"),
        Box("qr", w - m - qr, h * 0.22, qr, qr),
        Box("code", w - m - qr - 2, h * 0.22 + qr, qr + 4, 2.6, 5.2, 4.5, colour="#5F6670"),
        Box("category", m, h * 0.85, w - 2 * m, h * 0.13, 9, 6, colour="#FFFFFF"),
    )


def back_bands(w: float, h: float) -> tuple[float, float]:
    """The default back's coloured bands, top and bottom (mm): narrower than the front's,
    so the agenda has the room; a card on its side has a top band only."""
    return (h * 0.12, h * 0.08) if h > w else (7.0, 0.0)


def back_boxes(w: float, h: float) -> tuple[Box, ...]:
    """The default back: the emblem and the fair's name in the top band; the guest's hotel,
    car, escort and agenda below; the committee's hotline at the foot."""
    m = 4.0
    band, foot = back_bands(w, h)
    if h > w:  # upright: one line each, then the agenda; the hotline in the bottom band
        line, size, least, side = h * 0.045, 10.0, 7.0, min(14.0, band - 2)
        top = band + 2.5
        head = (Box("emblem", m, (band - side) / 2, side, side),
                Box("fair_name", m + side + 1, (band - 8) / 2, w - 2 * (m + side + 1), 8, 14, 8,
                    colour="#FFFFFF"))
        rows = tuple(Box(key, m, top + k * line, w - 2 * m, line, size, least, "left")
                     for k, key in enumerate(("hotel", "car", "escort")))
        agenda_top, agenda = top + 3 * line + 2, (9.0, 6.0)
        hotline = Box("hotline", m, h - foot + 1, w - 2 * m, foot - 2, 10, 6, colour="#FFFFFF")
    else:  # on its side: car and escort share a line, the hotline in grey at the foot
        line, size, least, side = 3.6, 7.0, 5.5, band - 2
        top, half = band + 1, (w - 2 * m) / 2
        head = (Box("emblem", 2, 1, side, side),
                Box("fair_name", side + 3, 1, w - 2 * side - 6, band - 2, 8, 6,
                    colour="#FFFFFF"))
        rows = (Box("hotel", m, top, w - 2 * m, line, size, least, "left"),
                Box("car", m, top + line, half - 1, line, size, least, "left"),
                Box("escort", m + half + 1, top + line, half - 1, line, size, least, "left"))
        agenda_top, agenda = top + 2 * line + 0.6, (6.5, 5.5)
        hotline = Box("hotline", m, h - 5.5, w - 2 * m, 3.5, 6.5, 5, colour="#5F6670")
    agenda_h = min(hotline.y, h - foot) - agenda_top - 1.5
    return (*head, *rows, Box("agenda", m, agenda_top, w - 2 * m, agenda_h, *agenda, "left"),
            hotline)


def with_default_back(layout: BadgeLayout) -> BadgeLayout:
    """``layout`` with the default back for its card (boxes and bands)."""
    w, h = layout.stock.card
    head, foot = back_bands(w, h)
    return replace(layout, back=back_boxes(w, h), back_head_mm=head, back_foot_mm=foot)


def default_layout(stock_code: str = "a6") -> BadgeLayout:
    stock = stock_of(stock_code)
    w, h = stock.card
    portrait = h > w
    return BadgeLayout(stock, portrait_boxes(w, h) if portrait else landscape_boxes(w, h),
                       head_mm=h * (0.17 if portrait else 0.2),
                       foot_mm=h * (0.12 if portrait else 0.17))


def stock_of(code: str) -> Stock:
    """Raises ValidationError for an unknown preset."""
    if code not in STOCKS:
        raise ValidationError("stock", f"证件纸张“{code}”无效（{'、'.join(STOCKS)}）。",
                              f"Card stock '{code}' is not one of {', '.join(STOCKS)}.")
    return STOCKS[code]


def restocked(layout: BadgeLayout, stock: Stock) -> BadgeLayout:
    """The layout moved to another stock: its boxes scaled to the new card when it stands
    the same way up, else the new card's default boxes (colours and images kept)."""
    old_w, old_h = layout.stock.card
    if (stock.card[1] > stock.card[0]) != (old_h > old_w):
        fresh = default_layout(stock.code) if stock.code in STOCKS else layout
        moved = replace(layout, stock=stock, front=fresh.front, head_mm=fresh.head_mm,
                        foot_mm=fresh.foot_mm)
        return with_default_back(moved) if layout.back else replace(moved, back=())
    sx, sy = stock.card[0] / old_w, stock.card[1] / old_h
    scale = min(sx, sy)

    def move(b: Box) -> Box:
        size = max(4.0, b.size * scale)
        return replace(b, x=b.x * sx, y=b.y * sy, w=b.w * sx, h=b.h * sy, size=size,
                       min_size=max(4.0, min(b.min_size * scale, size)))
    return replace(layout, stock=stock, front=tuple(map(move, layout.front)),
                   back=tuple(map(move, layout.back)), head_mm=layout.head_mm * sy,
                   foot_mm=layout.foot_mm * sy, back_head_mm=layout.back_head_mm * sy,
                   back_foot_mm=layout.back_foot_mm * sy)


# --- reading a stored layout, every mistake named ---------------------------------------------

def from_dict(d: dict[str, Any]) -> BadgeLayout:
    """The layout stored in the fair. Raises ValidationError naming the field at fault."""
    stock = _stock(d.get("stock") or "a6")
    boxes = tuple(_box(b, stock, i) for i, b in enumerate(d.get("front") or ()))
    back = tuple(_box(b, stock, i, back=True) for i, b in enumerate(d.get("back") or ()))
    colours = {str(k): str(v) for k, v in (d.get("colours") or {}).items()}
    for cat, colour in colours.items():
        if not _HEX.match(colour):
            raise ValidationError("colours", f"类别“{cat}”的颜色“{colour}”应为 #RRGGBB。",
                                  f"The colour '{colour}' of category '{cat}' is not #RRGGBB.")
    head, foot, back_head, back_foot = (_number(d, key, 0, stock.card[1] / 2) for key in (
        "head_mm", "foot_mm", "back_head_mm", "back_foot_mm"))
    return BadgeLayout(stock, boxes, head, foot, colours, _image(d.get("emblem")),
                       _image(d.get("background")), bool(d.get("print_background")), back,
                       back_head, back_foot)


def _stock(value: Any) -> Stock:
    if isinstance(value, str):
        return stock_of(value)
    try:
        s = Stock(str(value.get("code") or "custom"), str(value.get("zh") or "自定义"),
                  str(value.get("en") or "Custom"), _pair(value["card"]), _pair(value["page"]),
                  int(value.get("cols") or 1), int(value.get("rows") or 1),
                  _pair(value.get("gutter") or (0, 0)),
                  _pair(value["margin"]) if value.get("margin") else None)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ValidationError("stock", "自定义纸张须有卡片和页面的宽高（毫米）。",
                              "A custom stock needs the card's and the page's width and "
                              "height in mm.") from exc
    right = max(x for x, _y in s.origins()) + s.card[0]
    bottom = max(y for _x, y in s.origins()) + s.card[1]
    if min(*s.card, s.cols, s.rows) <= 0 or right > s.page[0] + 0.01 or bottom > s.page[1] + 0.01 \
            or min(min(x, y) for x, y in s.origins()) < -0.01:
        raise ValidationError("stock", f"{s.cols}×{s.rows} 张 {s.card[0]:g}×{s.card[1]:g} 毫米的"
                              f"卡片放不进 {s.page[0]:g}×{s.page[1]:g} 毫米的页面。",
                              f"{s.cols}×{s.rows} cards of {s.card[0]:g}×{s.card[1]:g} mm do not "
                              f"fit a {s.page[0]:g}×{s.page[1]:g} mm page.")
    return s


def _pair(v: Any) -> tuple[float, float]:
    a, b = v
    return float(a), float(b)


def _number(d: dict, key: str, lo: float, hi: float) -> float:
    try:
        value = float(d.get(key) or 0)
    except (TypeError, ValueError) as exc:
        raise ValidationError(key, f"“{key}”应为数字。", f"'{key}' must be a number.") from exc
    if not lo <= value <= hi:
        raise ValidationError(key, f"“{key}”应在 {lo:g} 到 {hi:g} 之间。",
                              f"'{key}' must be between {lo:g} and {hi:g}.")
    return value


def _box(d: dict[str, Any], stock: Stock, i: int, *, back: bool = False) -> Box:
    key = str(d.get("key") or "")
    known = ALL_FIELDS if back else FIELDS
    if key not in known:
        side_zh, side_en = ("背面", "Back field") if back else ("正面", "Front field")
        if key in BACK_FIELDS:  # the agenda, hotel… are the back's: never on the worn front
            raise ValidationError("front", f"正面第 {i + 1} 个字段“{ALL_FIELDS[key][0]}”只能放在背面。",
                                  f"Front field {i + 1}, '{ALL_FIELDS[key][1]}', belongs on the "
                                  "back.")
        raise ValidationError("back" if back else "front",
                              f"{side_zh}第 {i + 1} 个字段“{key}”未知（{'、'.join(known)}）。",
                              f"{side_en} {i + 1}, '{key}', is not one of {', '.join(known)}.")
    zh, en = ALL_FIELDS[key]
    try:
        box = Box(key, float(d["x"]), float(d["y"]), float(d["w"]), float(d["h"]),
                  float(d.get("size") or 10), float(d.get("min_size") or 6),
                  str(d.get("align") or "centre"), str(d.get("colour") or "#1A1A1A"))
    except (KeyError, TypeError, ValueError) as exc:
        raise ValidationError(key, f"“{zh}”须有位置和大小（x、y、宽、高，毫米）。",
                              f"'{en}' needs a position and a size (x, y, w, h in mm).") from exc
    w, h = stock.card
    if box.w <= 0 or box.h <= 0 or box.x < -0.01 or box.y < -0.01 or box.x + box.w > w + 0.01 \
            or box.y + box.h > h + 0.01:
        raise ValidationError(key, f"“{zh}”超出了 {w:g}×{h:g} 毫米的卡片。",
                              f"'{en}' reaches past the {w:g}×{h:g} mm card.")
    if key not in ("qr", "photo", "emblem") and not 4 <= box.min_size <= box.size <= 200:
        raise ValidationError(key, f"“{zh}”的字号须在最小字号（不小于 4）与 200 之间。",
                              f"'{en}': the font size must lie between its minimum (4 or "
                              "more) and 200.")
    if box.align not in ALIGNS or not _HEX.match(box.colour):
        raise ValidationError(key, f"“{zh}”的对齐方式或颜色无效。",
                              f"'{en}': alignment or colour is not valid.")
    return box


def _image(value: Any) -> bytes | None:
    if not value:
        return None
    try:
        return base64.b64decode(value, validate=True)
    except (ValueError, TypeError) as exc:
        raise ValidationError("image", "会徽或底图数据已损坏。",
                              "The emblem or background image is damaged.") from exc


# --- in the fair --------------------------------------------------------------------------------

def fair_layout(fair: Fair) -> BadgeLayout | None:
    """The committee's layout stored in the fair, or None (the fixed badge sizes then)."""
    stored = fair.setting("badge.layout")
    return from_dict(stored) if stored else None


def save_layout(fair: Fair, layout: BadgeLayout) -> Changes:
    """Store ``layout`` in the fair (audited, one transaction). Raises ValidationError."""
    data = layout.to_dict()
    from_dict(data)  # what is stored must read back
    return fair.set_settings(badge__layout=data)


def clear_layout(fair: Fair) -> Changes:
    return fair.set_settings(badge__layout={})
