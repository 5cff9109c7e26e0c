#!/usr/bin/env python3
"""Generate wire-style story edits with exact ground truth, for benchmarks/accuracy.py.

    python benchmarks/synth_wire.py OUT_DIR [--cases 200] [--seed 7]

Each case is a folder ``caseNNNN`` with ``old.txt``, ``new.txt`` and
``gold.json`` (``links``, ``added``, ``removed``, ``moved``, ``ops``), the same
format as the shared evaluation sets.

The stories are made up here, procedurally: a topic (a flood, a strike, an
election, an earnings report) picks its people, places and organisations, and
templated sentences fill 10-30 paragraphs, so paragraphs of one story share
names and wording the way real wire copy does (which is what makes aligning
it hard).  No real news text is used.

Then a random sequence of desk edits is applied, each tracking which old
paragraphs every new paragraph came from: a new lede on top with the old lede
reworded below it, inserted quotes and background, cuts, moves with and without
edits, splits, merges, typo fixes, light rewording, appended sentences and
re-typeset quotes and dashes.  Gold links are (old, new) pairs of source and
result; ``moved`` lists new numbers of paragraphs that were moved (at least two
places away, never split or merged afterwards).
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

FIRST = ["Anna", "Pedro", "Mei", "Olu", "Sara", "Dmitri", "Laila", "James", "Ines", "Kofi", "Hana", "Viktor", "Rosa", "Tomas", "Aisha", "Ben"]
LAST = ["Moreno", "Okafor", "Lindqvist", "Tanaka", "Haddad", "Kowalski", "Ferreira", "Nguyen", "Brennan", "Adeyemi", "Schulz", "Petrov", "Castillo", "Mbeki"]
PLACES = ["Northport", "Val Serra", "Kestrel Bay", "Amberley", "Port Ruan", "Oskarby", "Santa Lia", "Duneford", "Mirovo", "Tallis", "Brackwater", "Eastmere"]
ORGS = ["the Interior Ministry", "the regional council", "the Red Cross", "the central bank", "the port authority", "Harlow Energy", "the national weather service", "the transport union", "Cobalt Mining Corp", "the electoral commission", "the health ministry", "Meridian Airlines"]
ROLES = ["a spokeswoman for", "a spokesman for", "the head of", "an analyst at", "a senior official at", "the chief executive of", "a lawyer for", "a director at"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TOPICS = {
    "flood": (["flooding", "heavy rain", "the storm", "rising rivers", "landslides"], ["evacuated", "stranded", "rescued", "left homeless", "injured"], ["homes", "roads", "bridges", "farms", "schools"]),
    "strike": (["the strike", "the walkout", "the dispute", "the stoppage", "wage talks"], ["idled", "cancelled", "delayed", "suspended", "disrupted"], ["flights", "trains", "shipments", "shifts", "services"]),
    "election": (["the election", "the vote", "the runoff", "the campaign", "the count"], ["counted", "disputed", "cast", "rejected", "recounted"], ["ballots", "votes", "districts", "seats", "polling stations"]),
    "earnings": (["the quarter", "the results", "the forecast", "the sale", "the merger"], ["cut", "raised", "missed", "beat", "revised"], ["profit", "revenue", "margins", "dividends", "orders"]),
}
QUOTES = [
    "We are doing everything we can to help the people affected",
    "This is not the outcome anyone wanted",
    "The situation remains very difficult and we expect it to last for days",
    "Nobody should underestimate how serious this is",
    "We will not accept any deal that leaves our members worse off",
    "The numbers speak for themselves",
    "It is too early to say what caused it",
    "We have asked for an independent review of what went wrong",
    "Our priority is safety, and that will not change",
    "I have never seen anything like it in thirty years",
]


@dataclass
class Story:
    topic: str
    people: list[tuple[str, str, str]]  # name, role, org
    places: list[str]
    rng: random.Random
    used: set = field(default_factory=set)

    def person(self) -> tuple[str, str, str]:
        return self.rng.choice(self.people)

    def sentence(self) -> str:
        r = self.rng
        subj, verbs, objs = TOPICS[self.topic]
        name, role, org = self.person()
        place = r.choice(self.places)
        n = r.choice([12, 40, 85, 120, 300, 1500, 2400, 18])
        day = r.choice(DAYS)
        forms = [
            lambda: f"{n} {r.choice(objs)} were {r.choice(verbs)} in {place} after {r.choice(subj)}, {org} said on {day}.",
            lambda: f'"{r.choice(QUOTES)}," {name}, {role} {org}, told reporters in {place}.',
            lambda: f"{name} said {r.choice(subj)} had {r.choice(verbs)} {r.choice(objs)} across {place} and neighbouring districts.",
            lambda: f"Officials in {place} said {n} more {r.choice(objs)} could be {r.choice(verbs)} by {day} if {r.choice(subj)} continued.",
            lambda: f"{org.capitalize() if org.startswith('the') else org} has been criticised for its handling of {r.choice(subj)} since it began {r.choice(['last week', 'in March', 'two years ago', 'on ' + day])}.",
            lambda: f"The last time {r.choice(subj)} hit {place} on this scale, in {r.choice(['1998', '2004', '2011', '2017'])}, about {n} {r.choice(objs)} were {r.choice(verbs)}.",
            lambda: f"{name} declined to comment on whether {org} would change course.",
            lambda: f"Shares in {r.choice(ORGS[5:])} fell {r.choice(['2.1', '3.4', '0.8', '5.2'])} percent in early trading on {day}.",
            lambda: f"Residents of {place} said help had been slow to arrive and that {r.choice(objs)} had been {r.choice(verbs)} for hours.",
            lambda: f"{org.capitalize() if org.startswith('the') else org} said it would publish a full assessment of {r.choice(subj)} by the end of the month.",
            lambda: f"According to figures from {r.choice(ORGS)}, {n} {r.choice(objs)} had been {r.choice(verbs)} by {day} evening.",
            lambda: f"{name}, who took over as {role.split(' ', 1)[1].replace(' for', '').replace(' at', '').replace(' of', '')} in {r.choice(['2019', '2021', '2022'])}, has faced calls to resign over {r.choice(subj)}.",
        ]
        for _ in range(20):
            s = r.choice(forms)()
            if s not in self.used:
                self.used.add(s)
                return s
        return s

    def paragraph(self, k: int | None = None) -> str:
        k = k or self.rng.choice([1, 1, 2, 2, 2, 3])
        return " ".join(self.sentence() for _ in range(k))


def make_story(rng: random.Random) -> tuple[Story, list[str]]:
    topic = rng.choice(sorted(TOPICS))
    orgs = rng.sample(ORGS, 4)
    people = [(f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(ROLES), rng.choice(orgs)) for _ in range(4)]
    st = Story(topic, people, rng.sample(PLACES, 3), rng)
    n = rng.randint(10, 30)
    dateline = f"{st.places[0].upper()}, {rng.choice(['March', 'June', 'Oct.'])} {rng.randint(1, 28)} (Wire) - "
    paras = [dateline + st.paragraph(rng.choice([1, 2]))] + [st.paragraph() for _ in range(n - 1)]
    return st, paras


@dataclass
class Item:
    text: str
    src: frozenset
    moved: bool = False
    locked: bool = False  # moved items are never split or merged afterwards


WORD_SWAPS = [("said", "told reporters"), ("more", "further"), ("about", "around"), ("after", "following"), ("had been", "were"), ("could", "might"), ("would", "will")]


def reword(text: str, rng: random.Random, story: Story, heavy: bool = False) -> str:
    """Desk rewording: swap a few words, trim a clause, append a sentence."""
    for a, b in rng.sample(WORD_SWAPS, 3 if heavy else 1):
        if f" {a} " in text:
            text = text.replace(f" {a} ", f" {b} ", 1)
    if heavy or rng.random() < 0.3:
        text = text + " " + story.sentence()
    return text


def typo_fix(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    cands = [k for k, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    if not cands:
        return text + " "
    k = rng.choice(cands)
    w = words[k]
    p = rng.randrange(1, len(w) - 1)
    words[k] = w[:p] + w[p + 1] + w[p] + w[p + 2 :]  # transpose two letters
    return " ".join(words)


def retypeset(text: str) -> str:
    out, open_q = [], True
    for ch in text:
        if ch == '"':
            out.append("\u201c" if open_q else "\u201d")
            open_q = not open_q
        elif ch == "'":
            out.append("\u2019")
        else:
            out.append(ch)
    return "".join(out).replace(" - ", " \u2014 ")


def edit(story: Story, paras: list[str], rng: random.Random) -> tuple[list[Item], list[str]]:
    items = [Item(p, frozenset([i])) for i, p in enumerate(paras)]
    ops = []
    for _ in range(rng.randint(1, 5)):
        op = rng.choice(["lede", "insert", "insert", "delete", "move", "move_edit", "split", "merge", "typo", "light", "retypeset", "append"])
        singles = [k for k, it in enumerate(items) if len(it.src) == 1 and not it.locked]
        if op == "lede" and "lede" not in ops:
            items[0] = Item(reword(items[0].text, rng, story), items[0].src, items[0].moved, items[0].locked)
            dl = items[0].text.split(" - ", 1)[0] + " - " if " - " in items[0].text[:60] else ""
            items.insert(0, Item(dl + story.paragraph(1), frozenset()))
            if dl:
                items[1].text = items[1].text[len(dl):]
        elif op == "insert":
            k = rng.randint(1, len(items))
            items.insert(k, Item(story.paragraph(rng.choice([1, 2])), frozenset()))
        elif op == "delete" and len(items) > 4:
            del items[rng.randint(1, len(items) - 1)]
        elif op in ("move", "move_edit") and len(singles) > 6:
            k = rng.choice(singles[1:])
            it = items.pop(k)
            choices = [t for t in range(1, len(items) + 1) if abs(t - k) >= 3]
            if not choices:
                items.insert(k, it)
                continue
            t = rng.choice(choices)
            text = reword(it.text, rng, story) if op == "move_edit" else it.text
            items.insert(t, Item(text, it.src, moved=True, locked=True))
        elif op == "split":
            multi = [k for k in singles if it_sentences(items[k].text) >= 2]
            if not multi:
                continue
            k = rng.choice(multi)
            s = split_sents(items[k].text)
            cut = rng.randint(1, len(s) - 1)
            it = items[k]
            items[k : k + 1] = [Item(" ".join(s[:cut]), it.src, locked=True), Item(" ".join(s[cut:]), it.src, locked=True)]
        elif op == "merge":
            pairs = [k for k in singles if k + 1 in singles and k > 0]
            if not pairs:
                continue
            k = rng.choice(pairs)
            a, b = items[k], items[k + 1]
            items[k : k + 2] = [Item(a.text + " " + b.text, a.src | b.src, locked=True)]
        elif op == "typo":
            k = rng.randrange(len(items))
            items[k].text = typo_fix(items[k].text, rng)
        elif op == "light":
            k = rng.randrange(len(items))
            items[k].text = reword(items[k].text, rng, story)
        elif op == "append":
            k = rng.randrange(len(items))
            items[k].text = items[k].text + " " + story.sentence()
        elif op == "retypeset":
            for it in items:
                it.text = retypeset(it.text)
        else:
            continue
        ops.append(op)
    return items, ops


def split_sents(text: str) -> list[str]:
    out, cur = [], []
    for w in text.split(" "):
        cur.append(w)
        if w.endswith((".", '."', ".\u201d")) and not w.endswith(("Corp.", "Oct.")):
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return out


def it_sentences(text: str) -> int:
    return len(split_sents(text))


def make_case(rng: random.Random) -> tuple[str, str, dict]:
    story, paras = make_story(rng)
    items, ops = edit(story, paras, rng)
    links = sorted((i + 1, j + 1) for j, it in enumerate(items) for i in it.src)
    gold = {
        "ops": ops,
        "moved": [j + 1 for j, it in enumerate(items) if it.moved and len(it.src) == 1],
        "links": [list(x) for x in links],
        "added": [j + 1 for j, it in enumerate(items) if not it.src],
        "removed": sorted(set(range(1, len(paras) + 1)) - {i for i, _ in links}),
    }
    return "\n\n".join(paras) + "\n", "\n\n".join(it.text for it in items) + "\n", gold


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--cases", type=int, default=200)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    for c in range(a.cases):
        old, new, gold = make_case(rng)
        d = a.out / f"case{c:04d}"
        d.mkdir(parents=True, exist_ok=True)
        (d / "old.txt").write_text(old, encoding="utf-8")
        (d / "new.txt").write_text(new, encoding="utf-8")
        (d / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    print(f"wrote {a.cases} cases to {a.out}")


if __name__ == "__main__":
    main()
