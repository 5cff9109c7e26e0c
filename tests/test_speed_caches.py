"""The speed work changes nothing anyone can see: caches, rule needles and typer's option checks.

* ``rules.mask`` skips a built-in rule when none of its needle words is in the
  paragraph; here every paragraph is masked both ways and must come out the same.
* ``text.normalize`` and ``rules.mask`` remember paragraph results; cached,
  uncached and long (never cached) texts must agree, and callers get their own lists.
* ``revtrack.cli`` lets typer check plain ``str`` options without pydantic; the
  same command lines must give the same exit codes and output with typer's own checks.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from revtrack import compare
from revtrack.rules import DEFAULT_RULES, Rule, RuleSet, _mask_uncached, compile_rule, compile_rules, mask, mask_units, rule_set
from revtrack.text import CACHE_MAX_CHARS, _normalize, normalize, parse_version

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _without_needles(rules) -> RuleSet:
    rs = RuleSet(tuple(rules))
    rs.needles = (None,) * len(rs.rules)
    return rs


def _fixture_paragraphs() -> list[str]:
    out = []
    for f in sorted(FIXTURES.glob("*/v*.txt")):
        out += parse_version(f.read_text(encoding="utf-8")).paragraphs
    return out


FURNITURE = [
    "(Reporting by Ann Lee; Editing by Bo Chan)",
    "Reporting by Pavel Polityuk; Writing by Tom Balmforth; Editing by Peter Graff",
    "Editing by Jane Merriman",
    "(Additional reporting by Dmitry Antonov)",
    "(Photos by Ann Lee)",
    "AP writers Jim Heintz and Hanna Arhirova contributed to this report.",
    "Updated 5 minutes ago",
    "Police said 3 died. Posted: an hour ago.",
    "Last updated: June 4, 2023 10:15 AM EDT",
    "Click here to read more.",
    "Read more: Russia says drones hit Moscow",
    "See more stories",
    "Share this article",
    "Facebook | X | WhatsApp | E-mail | Copy link",
    "x",
    "Follow us on Twitter",
    "Sign up for our daily newsletter",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "4 min read",
    # Letters that case-insensitive regexes fold onto ASCII but str.lower() does not.
    "\u017fhare this article",
    "Ed\u0131ting by Jane Merriman",
    "CL\u0130CK HERE to subscribe.",
    "\u212a min read",  # Kelvin sign: lowers to "k" by itself
    "UPDATED 12 MINUTES AGO",
]


@pytest.mark.parametrize("text", FURNITURE + _fixture_paragraphs())
def test_needles_never_change_what_the_default_rules_take_out(text):
    with_needles = _mask_uncached(text, rule_set(DEFAULT_RULES))
    assert with_needles == _mask_uncached(text, _without_needles(DEFAULT_RULES))


def test_needles_do_skip_rules():
    # Otherwise the test above would pass with the needles switched off.
    rs = rule_set(DEFAULT_RULES)
    assert all(n is not None for n in rs.needles)
    text = "The governor said 21,600 people had fled."
    assert not any(any(w in text.lower() for w in n) for n in rs.needles)
    assert mask(FURNITURE[0], DEFAULT_RULES)[0] == ""


WORDS = ["Reporting", "by", "Editing", "writing", "Updated", "posted", "5", "minutes", "ago", "10:15", "AM", "EDT",
         "click", "here", "read", "more", "see", "share", "this", "article", "on", "Facebook", "x", "Email", "print",
         "copy", "link", "follow", "us", "sign", "up", "newsletter", "Our", "Standards:", "Trust", "Principles",
         "min", "contributed", "to", "report", "Ann", "Lee", ";", "(", ")", "|", ".", ":", "said", "\u017fhare",
         "Ed\u0131ting", "\u0130", "\n", "  "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14))
def test_needles_agree_on_generated_furniture(words):
    text = " ".join(words)
    assert _mask_uncached(text, rule_set(DEFAULT_RULES)) == _mask_uncached(text, _without_needles(DEFAULT_RULES))


def test_every_default_rule_passes_the_checks_user_rules_get():
    for rule in DEFAULT_RULES:
        checked = compile_rule(rule.pattern, why=rule.why, default=True)
        assert checked == rule and checked.regex.flags == rule.regex.flags


def test_a_user_rule_spelled_like_a_default_gets_its_needles_and_its_result():
    user = compile_rules([r"Edit\w+ by .*"], default_rules=False)
    rs = rule_set(user)
    assert rs.needles == (None,)  # no needles for a pattern of the user's own
    assert mask("Police said so. Editing by Bo", user)[0] == "Police said so."
    same = compile_rule(DEFAULT_RULES[2].pattern)
    assert rule_set([same]).needles == rule_set([DEFAULT_RULES[2]]).needles


def test_mask_cache_hands_out_equal_results_and_fresh_lists():
    text = "Police said 3 died. Updated 5 minutes ago"
    first_text, first = mask(text, DEFAULT_RULES)
    first.clear()  # a caller may do what it likes with its list
    again_text, again = mask(text, DEFAULT_RULES)
    assert again_text == first_text == "Police said 3 died."
    assert len(again) == 1 and again[0][2].pattern == DEFAULT_RULES[4].pattern


def test_equal_rule_lists_share_one_rule_set_and_different_ones_do_not():
    a, b = compile_rules(["x+y"]), compile_rules(["x+y"])
    assert a is not b and rule_set(a) is rule_set(b)
    assert rule_set(compile_rules(["x+z"])) is not rule_set(a)
    # Same pattern, different metadata: the spans name the caller's own rule.
    r1, r2 = Rule("Foo", why="one", regex=compile_rule("Foo").regex), Rule("Foo", why="two", regex=compile_rule("Foo").regex)
    assert mask("Foo said so.", [r1])[1][0][2].why == "one"
    assert mask("Foo said so.", [r2])[1][0][2].why == "two"


def test_long_texts_bypass_the_caches_with_the_same_results():
    para = "\u201cWe\u2019re here\u201d \u2014 he\u00a0said. Updated 5 minutes ago. " * (CACHE_MAX_CHARS // 40)
    assert len(para) > CACHE_MAX_CHARS
    assert normalize(para) == _normalize(para)
    short = para[:200]
    assert normalize(short) == _normalize(short) == normalize(short)
    assert mask(para, DEFAULT_RULES) == _mask_uncached(para, rule_set(DEFAULT_RULES))
    m = mask_units([para, short, "(Reporting by Ann Lee)"], compile_rules())
    assert m.wholly_ignored == [3] and m.texts[0].count("Updated") == 0


def test_comparisons_are_the_same_warm_and_cold():
    from revtrack import rules, text

    old = (FIXTURES / "belgorod" / "v1.txt").read_text(encoding="utf-8")
    new = (FIXTURES / "belgorod" / "v2.txt").read_text(encoding="utf-8")
    text.clear_caches()
    rules.clear_caches()
    cold = compare(old, new).to_dict()
    assert compare(old, new).to_dict() == cold


# --- typer option checks without pydantic -----------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["diff", "{v1}", "{v2}", "--format", "json", "--ignore", "Editing by .*", "--ignore", "x+y"],
        ["diff", "{v1}", "{v2}", "-o", "{out}", "--color", "never"],
        ["diff", "{v1}", "{v2}", "--format", "yaml"],
        ["diff", "{v1}", "{v2}", "--ignore", ".*"],
        ["diff", "{v1}"],
        ["history", "belgorod@1", "not-a-number", "--db", "{db}"],
        ["history", "belgorod@1", "0", "--db", "{db}"],
        ["watch", "http://127.0.0.1:9/", "--count", "0"],
        ["diff", "--unknown-option"],
    ],
)
def test_cli_checks_options_as_typer_itself_does(args, tmp_path, monkeypatch):
    import typer._coercion
    import typer.core
    from typer.testing import CliRunner

    from revtrack.cli import app

    fill = {"v1": str(FIXTURES / "belgorod" / "v1.txt"), "v2": str(FIXTURES / "belgorod" / "v2.txt"),
            "out": str(tmp_path / "out.txt"), "db": str(tmp_path / "none.db")}
    argv = [a.format(**fill) for a in args]
    runner = CliRunner()
    assert getattr(typer.core.build_runtime_param, "deferred", False)
    ours = runner.invoke(app, argv)
    ours_file = (tmp_path / "out.txt").read_text(encoding="utf-8") if (tmp_path / "out.txt").exists() else None
    monkeypatch.setattr(typer.core, "build_runtime_param", typer._coercion.build_runtime_param)
    (tmp_path / "out.txt").unlink(missing_ok=True)
    theirs = runner.invoke(app, argv)
    theirs_file = (tmp_path / "out.txt").read_text(encoding="utf-8") if (tmp_path / "out.txt").exists() else None
    assert (ours.exit_code, ours.output, ours_file) == (theirs.exit_code, theirs.output, theirs_file)
    assert ours.exception is None or isinstance(ours.exception, SystemExit)


def test_version_option_prints_the_version():
    # It sits next to the start-up hook in revtrack.cli; it used to answer "Missing command".
    from typer.testing import CliRunner

    from revtrack import __version__
    from revtrack.cli import app

    r = CliRunner().invoke(app, ["--version"])
    assert (r.exit_code, r.output) == (0, f"revtrack {__version__}\n")
