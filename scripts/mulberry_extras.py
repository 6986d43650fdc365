"""Draw the Mulberry-style pictures Mulberry Symbols lacks, for the core picture names.

Each picture is composed from Mulberry's own parts (people, hands, objects; CC BY-SA 4.0 allows
adaptations under the same licence) or drawn as simple shapes with Mulberry's line weight and
palette. Writes pictures-src/mulberry-extra/NAME.svg and index.tsv, which scripts/build_icons.py
reads. Run: python scripts/mulberry_extras.py [--mulberry DIR] [--out DIR]
"""

from __future__ import annotations

import argparse
import math
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from icon_svg import _class_rules, _styles

ROOT = Path(__file__).resolve().parent.parent
NS = "http://www.w3.org/2000/svg"
SHAPES = {"path", "circle", "ellipse", "line", "polyline", "polygon", "rect", "g"}
PAINT = {"fill", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin",
         "stroke-miterlimit", "stroke-dasharray", "opacity", "fill-rule", "clip-rule",
         "fill-opacity", "stroke-opacity", "d", "points", "cx", "cy", "r", "rx", "ry", "x", "y",
         "x1", "y1", "x2", "y2", "width", "height", "transform"}
# Mulberry's palette and line: dark ink, 21 units wide on an 850-unit square.
INK, SKIN, BLUE, GREY, LIGHT_GREY = "#231f20", "#ffeec8", "#a9d7f3", "#7a7878", "#c8c8c8"
YELLOW, RED, GREEN, LIME, DARK_BLUE = "#f6cc4b", "#ed1d31", "#33a048", "#abd153", "#0d72ba"
PAPER, WHITE, DARK_SKIN = "#ffffc2", "#fff", "#9c5c25"


class Composer:
    """Places Mulberry symbols, with their CSS classes turned into plain attributes."""

    def __init__(self, mulberry: Path) -> None:
        self.mulberry = mulberry
        self.clips = 0

    def part(self, name: str, x: float = 0, y: float = 0, s: float = 1, *,
             clip: str | None = None, recolour: dict[str, str] | None = None,
             rot: float = 0) -> str:
        """Symbol `name` scaled by `s`, turned by `rot` degrees and moved to (x, y);
        `clip` (a path in the symbol's own units) keeps only the part inside it."""
        root = ET.parse(self.mulberry / "EN" / f"{name}.svg").getroot()
        rules = _class_rules(root)
        body = "".join(_plain(child, rules, recolour or {}) for child in root)
        if clip:
            self.clips += 1
            body = (f'<clipPath id="c{self.clips}"><path d="{clip}"/></clipPath>'
                    f'<g clip-path="url(#c{self.clips})">{body}</g>')
        turn = f" rotate({rot})" if rot else ""
        return f'<g transform="translate({x:g} {y:g}){turn} scale({s:g})">{body}</g>'


def _plain(element: ET.Element, rules: dict[str, dict[str, str]],
           recolour: dict[str, str]) -> str:
    tag = element.tag.rsplit("}", 1)[-1]
    if tag not in SHAPES:
        return ""
    attrs = {**_styles(element, rules), **element.attrib}
    kept = {key: value for key, value in attrs.items() if key in PAINT}
    for key in ("fill", "stroke"):
        if kept.get(key, "").lower() in recolour:
            kept[key] = recolour[kept[key].lower()]
    inner = "".join(_plain(child, rules, recolour) for child in element)
    text = " ".join(f'{key}="{value}"' for key, value in kept.items())
    if tag == "g":
        return f"<g {text}>{inner}</g>" if text else inner
    return f"<{tag} {text}/>"


def svg(*parts: str) -> str:
    return f'<svg xmlns="{NS}" viewBox="0 0 850 850">{"".join(parts)}</svg>\n'


def ink(width: float = 21) -> str:
    return (f'stroke="{INK}" stroke-width="{width:g}" stroke-linecap="round" '
            'stroke-linejoin="round"')


def tick(cx: float, cy: float, size: float, colour: str = WHITE, width: float = 0) -> str:
    h = size / 2
    return (f'<polyline points="{cx - h:g} {cy:g} {cx - h * .3:g} {cy + h * .65:g} '
            f'{cx + h:g} {cy - h * .7:g}" fill="none" stroke="{colour}" '
            f'stroke-width="{width or size * .18:g}" stroke-linecap="round" '
            'stroke-linejoin="round"/>')


def cross(cx: float, cy: float, size: float) -> str:
    h = size / 2
    return (f'<path d="M{cx - h:g} {cy - h:g}L{cx + h:g} {cy + h:g}M{cx + h:g} {cy - h:g}'
            f'L{cx - h:g} {cy + h:g}" fill="none" stroke="{WHITE}" stroke-width="{size * .2:g}" '
            'stroke-linecap="round"/>')


def badge(cx: float, cy: float, r: float, fill: str) -> str:
    return f'<circle cx="{cx:g}" cy="{cy:g}" r="{r:g}" fill="{fill}" {ink()}/>'


def exclamation(cx: float, cy: float, height: float, colour: str) -> str:
    w = height * .16
    return (f'<path d="M{cx:g} {cy - height / 2:g}V{cy + height * .18:g}" stroke="{colour}" '
            f'stroke-width="{w:g}" stroke-linecap="round"/>'
            f'<circle cx="{cx:g}" cy="{cy + height * .45:g}" r="{w * .62:g}" fill="{colour}"/>')


def triangle(fill: str) -> str:
    return f'<path d="M425 95L790 735H60Z" fill="{fill}" {ink(28)}/>'


Draw = Callable[[Composer], str]
PICTURES: dict[str, tuple[Draw, str, str, str, str]] = {}


def picture(name: str, alt: str, aliases: str, keywords: str,
            based_on: str) -> Callable[[Draw], Draw]:
    """Register a drawing with its index row: alt text, aliases, keywords, Mulberry sources."""
    def register(draw: Draw) -> Draw:
        PICTURES[name] = (draw, alt, aliases, keywords, based_on)
        return draw
    return register


def heart(c: Composer, cx: float, cy: float, width: float) -> str:
    """Mulberry's red heart, taken from `partner`."""
    s = width / 190
    return c.part("partner", cx - 410 * s, cy - 88 * s, s, clip="M315 10H505V170H315Z")


@picture("friend", "Two friends smiling", "friends", "friend friendship mate pal",
         "happy_man happy_lady")
def _friend(c: Composer) -> str:
    return svg(c.part("happy_man", -20, 170, .56), c.part("happy_lady", 400, 170, .56))


@picture("people", "Three different people standing together", "",
         "people persons everyone community public", "stand_,_to")
def _people(c: Composer) -> str:
    return svg(c.part("stand_,_to", -131, 70, .85, recolour={BLUE: YELLOW, SKIN: DARK_SKIN}),
               c.part("stand_,_to", 259, 70, .85, recolour={BLUE: LIME}),
               c.part("stand_,_to", 21, 20, .95))


@picture("power", "Two people with their arms up, feeling strong", "empower empowerment",
         "power powerful strong control decide", "winner")
def _power(c: Composer) -> str:
    # The winner, without the podium or the others' hands.
    one = "M295 0H545V300H525V380H505V548H340V380H320V300H295Z"
    return svg(c.part("winner", -130, 150, clip=one),
               c.part("winner", 130, 150, clip=one,
                      recolour={"#fbed24": BLUE, "#34a047": GREY, SKIN: DARK_SKIN}))


@picture("child", "A child standing next to an adult", "kid children",
         "child young son daughter boy girl", "short")
def _child(c: Composer) -> str:
    return svg(c.part("short", 57, 20, clip="M60 60H360V820H60Z",
                      recolour={"#abd150": LIGHT_GREY, "#797878": LIGHT_GREY}),
               c.part("short", 57, 20, clip="M400 240H590V330L690 450V810H400Z",
                      recolour={"#abd150": YELLOW, "#797878": DARK_BLUE}))


@picture("team", "A team of three people cheering", "teamwork collaboration",
         "team teamwork together group cooperate", "winner")
def _team(c: Composer) -> str:
    return svg(c.part("winner", 0, 120, clip="M0 0H850V653H545V548H295V608H0Z",
                      recolour={LIGHT_GREY: BLUE}))


@picture("together", "Two people holding hands", "holding-hands", "together with join unite",
         "partner")
def _together(c: Composer) -> str:
    return svg(c.part("partner", clip="M0 0H318V150H327V238H507V0H850V850H0Z"))


@picture("mental-health", "A person thinking about feeling well", "wellbeing",
         "mental health mind feelings emotional", "think_,_to partner")
def _mental_health(c: Composer) -> str:
    return svg(c.part("think_,_to"), heart(c, 645, 225, 170))


@picture("idea", "A person with an idea", "ideas light-bulb",
         "idea think suggestion suggest lightbulb", "think_,_to lightbulb")
def _idea(c: Composer) -> str:
    return svg(c.part("think_,_to"), c.part("lightbulb", 645 - 425 * .3, 225 - 440 * .3, .3))


@picture("answer", "A person giving the right answer", "reply response",
         "answer reply respond feedback", "talk_2_,_to")
def _answer(c: Composer) -> str:
    return svg(c.part("talk_2_,_to"), tick(660, 285, 120, INK, 24))


@picture("thank-you", "A person saying thank you", "thanks", "thank thanks grateful",
         "talk_2_,_to partner")
def _thank_you(c: Composer) -> str:
    return svg(c.part("talk_2_,_to"), heart(c, 660, 280, 150))


@picture("yes", "A green circle with a tick", "tick", "yes agree ok right true done", "drawn")
def _yes(c: Composer) -> str:
    return svg(badge(425, 425, 330, GREEN), tick(425, 425, 380))


@picture("no", "A red circle with a cross", "cross-mark", "no disagree wrong false not",
         "drawn")
def _no(c: Composer) -> str:
    return svg(badge(425, 425, 330, RED), cross(425, 425, 300))


@picture("stop", "A hand held up to say stop", "stop-sign", "stop halt end finish", "married")
def _stop(c: Composer) -> str:
    octagon = "M300 60H550L790 300V550L550 790H300L60 550V300Z"
    return svg(f'<path d="{octagon}" fill="{RED}" {ink(28)}/>',
               c.part("married", 425 - 715 * 1.7, 440 - 200 * 1.7, 1.7,
                      clip="M600 30H830V370H600Z"))


@picture("important", "A red circle with an exclamation mark", "exclamation",
         "important remember notice key", "drawn")
def _important(c: Composer) -> str:
    return svg(badge(425, 425, 330, RED), exclamation(425, 410, 440, WHITE))


@picture("warning", "A yellow warning triangle", "caution", "warning careful caution beware",
         "drawn")
def _warning(c: Composer) -> str:
    return svg(triangle(YELLOW), exclamation(425, 480, 330, INK))


@picture("danger", "A red danger triangle", "dangerous hazard", "danger risk harm unsafe",
         "drawn")
def _danger(c: Composer) -> str:
    return svg(triangle(RED), exclamation(425, 480, 330, WHITE))


@picture("information", "A blue circle with the letter i", "info",
         "information details facts find-out", "drawn")
def _information(c: Composer) -> str:
    letter = (f'<path d="M380 370H435V600M375 600H485" fill="none" stroke="{WHITE}" '
              'stroke-width="70" stroke-linecap="round" stroke-linejoin="round"/>')
    return svg(badge(425, 425, 330, DARK_BLUE),
               f'<circle cx="425" cy="250" r="42" fill="{WHITE}"/>', letter)


@picture("safe", "A green shield with a tick", "safety protect",
         "safe protected protection secure", "drawn")
def _safe(c: Composer) -> str:
    shield = ("M425 70C520 130 620 150 720 150C720 470 640 660 425 790"
              "C210 660 130 470 130 150C230 150 330 130 425 70Z")
    return svg(f'<path d="{shield}" fill="{GREEN}" {ink(28)}/>', tick(425, 420, 320))


@picture("law", "Scales of justice", "justice legal", "law laws legal court fair", "drawn")
def _law(c: Composer) -> str:
    def pan(cx: int) -> str:
        return (f'<path d="M{cx} 250L{cx - 110} 480M{cx} 250L{cx + 110} 480" fill="none" '
                f'{ink(12)}/><path d="M{cx - 150} 480H{cx + 150}C{cx + 130} 580 {cx - 130} 580 '
                f'{cx - 150} 480Z" fill="{YELLOW}" {ink()}/>')
    return svg(f'<path d="M390 200H460V720H390Z" fill="{YELLOW}" {ink()}/>',
               f'<path d="M250 720H600L640 790H210Z" fill="{YELLOW}" {ink()}/>',
               f'<path d="M190 240H660" {ink(36)}/>',
               f'<circle cx="425" cy="180" r="45" fill="{YELLOW}" {ink()}/>', pan(190), pan(660))


@picture("rights", "A person with a tick for their rights", "human-rights",
         "rights entitled fair", "stand_,_to")
def _rights(c: Composer) -> str:
    return svg(c.part("stand_,_to", -110, 0), badge(640, 250, 130, GREEN), tick(640, 250, 150))


@picture("equal", "Two people the same, with an equals sign", "equality equals",
         "equal same fair fairness", "stand_,_to")
def _equal(c: Composer) -> str:
    return svg(c.part("stand_,_to", -250, 0),
               c.part("stand_,_to", 250, 0, recolour={BLUE: YELLOW, SKIN: DARK_SKIN}),
               f'<path d="M365 390H485M365 470H485" {ink(36)}/>')


@picture("leader", "A leader standing in front of a group", "boss manager",
         "leader lead chair chief head", "queue_,_to stand_,_to")
def _leader(c: Composer) -> str:
    return svg(c.part("queue_,_to", 110, 20, .75, recolour={BLUE: LIGHT_GREY}),
               c.part("stand_,_to", 0, 40, .95, recolour={BLUE: RED}))


@picture("improve", "Bars getting taller with an arrow going up", "improvement better",
         "improve improving progress grow", "drawn")
def _improve(c: Composer) -> str:
    bars = "".join(f'<rect x="{x}" y="{y}" width="150" height="{770 - y}" fill="{colour}" '
                   f'{ink()}/>' for x, y, colour in ((110, 560, BLUE), (330, 430, BLUE),
                                                    (550, 290, GREEN)))
    return svg(bars, f'<path d="M110 440L560 110" {ink(36)}/>',
               f'<path d="M445 90L600 80L560 230Z" fill="{INK}" {ink()}/>')


@picture("plan", "A plan written as a list with ticks", "planning checklist",
         "plan list steps organise", "new_document")
def _plan(c: Composer) -> str:
    rows = "".join(f'<rect x="260" y="{y - 40}" width="80" height="80" fill="{WHITE}" {ink(14)}/>'
                   f'<path d="M380 {y}H560" {ink(18)}/>' for y in (250, 420, 590))
    return svg(c.part("new_document"), rows, tick(300, 250, 90, GREEN, 24),
               tick(300, 420, 90, GREEN, 24))


@picture("report", "A report with writing and a chart", "document",
         "report reports findings results paperwork", "new_document graph_column")
def _report(c: Composer) -> str:
    text = "".join(f'<path d="M260 {y}H540" {ink(18)}/>' for y in (200, 270, 340))
    return svg(c.part("new_document"), text, c.part("graph_column", 250, 420, .38))


@picture("map", "A folded map with a pin", "maps", "map where place directions route", "drawn")
def _map(c: Composer) -> str:
    panels = "".join(f'<path d="{d}" fill="{colour}" {ink()}/>' for d, colour in (
        ("M90 200L300 130V700L90 770Z", PAPER), ("M300 130L550 200V770L300 700Z", "#fff5b4"),
        ("M550 200L760 130V700L550 770Z", PAPER)))
    road = (f'<path d="M90 520C250 470 400 560 560 430S700 330 760 360" fill="none" '
            f'stroke="{GREY}" stroke-width="22" stroke-linecap="round"/>')
    pin = (f'<path d="M470 440C380 320 360 280 360 230A110 110 0 1 1 580 230'
           f'C580 280 560 320 470 440Z" fill="{RED}" {ink()}/>'
           f'<circle cx="470" cy="230" r="42" fill="{WHITE}" {ink(14)}/>')
    return svg(panels, road, pin)


@picture("virus", "A germ", "germ germs", "virus bug infection bacteria covid", "drawn")
def _virus(c: Composer) -> str:
    spikes = ""
    for i in range(10):
        a = math.tau * i / 10
        x1, y1 = 425 + 230 * math.cos(a), 425 + 230 * math.sin(a)
        x2, y2 = 425 + 330 * math.cos(a), 425 + 330 * math.sin(a)
        spikes += (f'<path d="M{x1:.0f} {y1:.0f}L{x2:.0f} {y2:.0f}" {ink()}/>'
                   f'<circle cx="{x2:.0f}" cy="{y2:.0f}" r="40" fill="{RED}" {ink(14)}/>')
    spots = "".join(f'<circle cx="{x}" cy="{y}" r="{r}" fill="#6ebe44" {ink(14)}/>'
                    for x, y, r in ((360, 360, 45), (500, 420, 35), (400, 520, 30)))
    return svg(spikes, f'<circle cx="425" cy="425" r="240" fill="{LIME}" {ink()}/>', spots)


@picture("mask", "A person wearing a face mask", "face-mask", "mask covering protect",
         "face_neutral_3")
def _mask(c: Composer) -> str:
    mask = (f'<path d="M240 520C330 470 520 470 610 520L590 650C530 720 320 720 260 650Z" '
            f'fill="{BLUE}" {ink(14)}/>'
            f'<path d="M250 530C200 470 190 420 200 380M600 530C650 470 660 420 650 380" '
            f'fill="none" {ink(10)}/>'
            f'<path d="M290 560C380 540 470 540 560 560M300 610C380 595 470 595 550 610" '
            f'fill="none" {ink(8)}/>')
    return svg(c.part("face_neutral_3"), mask)


@picture("vaccine", "A person getting a vaccine in their arm", "vaccination immunisation",
         "vaccine vaccinate jab injection booster", "arm syringe")
def _vaccine(c: Composer) -> str:
    turn, s = math.radians(-135), .52
    tip_x, tip_y = 315 * s, 62 * s  # the needle's point in `syringe`, scaled
    # The arm, smaller and lower, leaves room above it for the whole syringe.
    arm_x, arm_y, arm_s = 40, 150, .82
    x = arm_x + 555 * arm_s - (tip_x * math.cos(turn) - tip_y * math.sin(turn))
    y = arm_y + 235 * arm_s - (tip_x * math.sin(turn) + tip_y * math.cos(turn))
    return svg(c.part("arm", arm_x, arm_y, arm_s),
               c.part("syringe", x, y, s, clip="M200 0H450V850H200Z", rot=-135))


@picture("video-call", "A video call on a computer", "video-chat",
         "video call online meeting chat teams", "computer_monitor lady_-_face")
def _video_call(c: Composer) -> str:
    return svg(c.part("computer_monitor"),
               c.part("lady_-_face", 305, 95, .5, clip="M0 0H850V850H0Z"))


@picture("hospital", "A hospital building with a first aid sign", "hospitals",
         "hospital ward clinic infirmary health", "office_block surgery_health_centre")
def _hospital(c: Composer) -> str:
    return svg(c.part("office_block", -60, 110, .85),
               c.part("surgery_health_centre", -150, 0, 1.1, clip="M590 0H850V230H590Z"))


@picture("pharmacy", "A chemist shop with a green cross", "chemist",
         "pharmacy pharmacist medicine prescription shop", "shop")
def _pharmacy(c: Composer) -> str:
    return svg(c.part("shop"),
               f'<rect x="345" y="25" width="150" height="120" rx="20" fill="{GREEN}" {ink(14)}/>',
               f'<path d="M420 45V125M380 85H460" stroke="{WHITE}" stroke-width="30"/>')


@picture("pay", "Money going into a hand", "payment paid", "pay money wages paying",
         "give_,_to money")
def _pay(c: Composer) -> str:
    return svg(c.part("give_,_to", -150, 50, 1.1, clip="M480 340H850V700H340V575L445 500L480 460Z"),
               c.part("money", 215, 0, .56))


@picture("contact", "A phone and a letter to get in touch", "contacts contact-us get-in-touch",
         "contact call phone write details", "mobile_phone envelope")
def _contact(c: Composer) -> str:
    return svg(c.part("mobile_phone", -40, 40, .75), c.part("envelope", 330, 250, .6))


def write(mulberry: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    composer = Composer(mulberry)
    rows = ["name\talt\taliases\tkeywords\tbased_on"]
    for name, (draw, alt, aliases, keywords, based_on) in sorted(PICTURES.items()):
        (out / f"{name}.svg").write_text(draw(composer), encoding="utf-8")
        rows.append("\t".join((name, alt, aliases, keywords, based_on)))
    (out / "index.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


def _default_mulberry() -> Path:
    """The shared Mulberry copy beside the checkout (main) or beside its worktree folder."""
    for base in (ROOT.parent, ROOT.parent.parent):
        if (base / "shared/pictures/mulberry/EN").is_dir():
            return base / "shared/pictures/mulberry"
    return ROOT.parent / "shared/pictures/mulberry"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mulberry", type=Path, default=_default_mulberry(),
                        help="the Mulberry Symbols folder (with EN/)")
    parser.add_argument("--out", type=Path, default=ROOT / "pictures-src/mulberry-extra")
    args = parser.parse_args(argv)
    if not (args.mulberry / "EN").is_dir():
        parser.error(f"no Mulberry Symbols folder (with EN/) at {args.mulberry}: give --mulberry")
    write(args.mulberry, args.out)
    print(f"Wrote {len(PICTURES)} pictures to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
