"""Make realistic easy read booklets of any number of picture rows, the same every time.

Each row has a bundled picture (``:name:``) and 1 to 3 short sentences. The booklet has
sections of about ten rows, subsections, numbered and bulleted lists, highlighted boxes,
hard words in bold with a word list, and a contact section, like a real booklet.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

__all__ = ["Booklet", "make_booklet"]

# (picture, sentences): ideas written for this benchmark, about everyday services.
IDEAS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("letter", ("You will get a letter from us.", "It says the day and the time.")),
    ("calendar", ("Write the date on your calendar.", "Put it where you can see it.")),
    ("phone", ("Phone us if you cannot come.", "We can find a new day for you.")),
    ("bus", ("You can come by bus.", "The number 9 bus stops outside.")),
    ("doctor", ("The doctor will talk to you.", "They will ask how you feel.")),
    ("nurse", ("A nurse may check your **blood pressure**.", "It does not hurt.")),
    ("medicine", ("Take your **medicine** at the same time each day.",)),
    ("pharmacy", ("You can get your medicine at the **pharmacy**.", "Take your form with you.")),
    ("friend", ("You can bring a friend with you.", "They can help you remember things.")),
    ("carer", ("Your **carer** can come too.", "Tell us if they need a chair.")),
    ("question", ("You can ask questions at any time.", "There are no silly questions.")),
    ("talk", ("Tell us what you need.", "We will listen to you.")),
    ("wait", ("You may have to wait a little.", "There are chairs and a toilet.")),
    ("money", ("You do not have to pay for this.",)),
    ("benefits", ("You may get **benefits** to help with money.", "We can help you ask.")),
    ("home", ("We can visit you at home.", "Tell us a good day for you.")),
    ("key", ("Keep your key in a safe place.",)),
    ("food", ("Eat some fruit and vegetables every day.", "They help you stay well.")),
    ("drinking-water", ("Drink water during the day.",)),
    ("sleep", ("Try to sleep at the same time each night.",)),
    ("walk", ("A short walk each day is good for you.", "You can walk with a friend.")),
    ("work", ("You have the right to fair pay at work.", "Ask us if you are not sure.")),
    ("vote", ("You can vote in elections.", "You need to **register** first.")),
    ("help", ("We are here to help you.", "You can ask for help at any time.")),
    ("safe", ("You should feel safe at home.", "Tell someone you trust if you do not.")),
    ("warning", ("Do not share your bank number with anyone.",)),
    ("email", ("You can email us too.", "We will answer within 5 days.")),
    ("website", ("There is more on our website.",)),
    ("meeting", ("We meet once a month.", "Everyone can have a say.", "We have tea and cake.")),
    ("support", ("An **advocate** can speak up for you.",)),
    ("happy", ("Well done.", "You did it.")),
    ("hospital", ("You may need to go to the hospital.", "We will tell you why.")),
    ("blood-test", ("You may need a **blood test**.", "It takes a few minutes.")),
    ("form", ("Fill in the form.", "Ask someone to help you if you need to.")),
    ("train", ("You can come by train.", "The station is a short walk away.")),
    ("shop", ("The shop is open every day.",)),
    ("clock", ("Please come 10 minutes early.",)),
    ("important", ("This is important.", "Read it with someone you trust.")),
)

WORD_LIST: tuple[tuple[str, str], ...] = (
    ("Blood pressure", "How hard your blood pushes as your heart beats."),
    ("Medicine", "Tablets or liquids that help you get better."),
    ("Pharmacy", "A shop where you get medicine."),
    ("Carer", "Someone who helps you with everyday things."),
    ("Benefits", "Money from the government to help you live."),
    ("Register", "Put your name on a list."),
    ("Advocate", "Someone who helps you say what you want."),
    ("Blood test", "Taking a little blood to check your health."),
)

TOPICS = ("Your appointment", "Getting there", "Staying well", "Money and help",
          "Your rights", "Meetings", "Staying safe", "After your visit")
SUBTOPICS = ("What to take", "What happens", "Things to remember", "Who can help")


@dataclass(frozen=True, slots=True)
class Booklet:
    """The Markdown text of a generated booklet, its picture rows and its words."""

    text: str
    rows: int
    words: int


def _words(line: str) -> int:
    return len(line.replace("**", "").split())


def make_booklet(rows: int, seed: int = 7) -> Booklet:
    """A booklet with exactly `rows` picture rows (list items and box rows count as rows)."""
    rng = random.Random(seed)
    out = ["---", f"title: Your services guide ({rows} rows)", "subtitle: What we do for you",
           "language: en-GB", "author: The easyread benchmark", "date: January 2027",
           "cover: information", "full_version: https://example.org/services",
           "checked_by:", "  - The benchmark reading group", "---", ""]
    words = 0
    made = 0
    section = 0
    while made < rows:
        topic = TOPICS[section % len(TOPICS)]
        heading = f"{topic} {section // len(TOPICS) + 1}" if section >= len(TOPICS) else topic
        out += [f"# {heading}", ""]
        words += _words(heading)
        section += 1
        for step in range(10):
            if made >= rows:
                break
            kind = (section + step) % 10
            if kind == 4 and rows - made >= 3:
                sub = SUBTOPICS[(section + step) % len(SUBTOPICS)]
                out += [f"## {sub}", ""]
                words += _words(sub)
                count = min(3 + rng.randrange(2), rows - made)
                numbered = rng.random() < 0.5
                for item in range(count):
                    picture, lines = rng.choice(IDEAS)
                    marker = f"{item + 1}." if numbered else "-"
                    out.append(f"{marker} :{picture}: {lines[0]}")
                    words += _words(lines[0])
                out.append("")
                made += count
                continue
            picture, lines = rng.choice(IDEAS)
            chosen = lines[: 1 + rng.randrange(len(lines))]
            prefix = "> " if kind == 7 else ""
            out.append(f"{prefix}:{picture}: {chosen[0]}")
            out += [f"{prefix}{line}" for line in chosen[1:]]
            out.append("")
            words += sum(_words(line) for line in chosen)
            made += 1
    body = "\n".join(out).casefold()
    used = [(t, m) for t, m in WORD_LIST if f"**{t.casefold()}**" in body]
    if used:
        out += ["# Hard words", ""]
    for term, meaning in used:
        out += [term, f": {meaning}", ""]
        words += _words(term) + _words(meaning)
    return Booklet("\n".join(out), made, words)
