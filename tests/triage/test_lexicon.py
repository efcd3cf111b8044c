"""Loading and validating the multilingual lexicons."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.triage import INDICATOR_CODES, Lexicon, load_lexicon
from bot.triage import lexicon as lexicon_module
from bot.triage.indicators import find_indicators
from bot.triage.lexicon import compile_language, lexicon_digest

CATALOG_LANGUAGES = (
    "en", "da", "ro", "bg", "hu", "th", "ru", "uk", "pl", "lt", "cs", "es", "pt", "zh", "vi",
    "tl", "fr",
)  # fmt: skip


def test_every_catalog_language_has_a_lexicon(lexicon: Lexicon) -> None:
    assert set(CATALOG_LANGUAGES) <= set(lexicon.languages)


@pytest.mark.parametrize("language", CATALOG_LANGUAGES)
def test_every_lexicon_covers_every_indicator(lexicon: Lexicon, language: str) -> None:
    entries = lexicon.languages[language].entries
    assert [code for code in INDICATOR_CODES if not entries.get(code)] == []


def test_thai_and_chinese_are_matched_without_word_boundaries(lexicon: Lexicon) -> None:
    assert lexicon.languages["th"].script == "thai"
    assert lexicon.languages["zh"].script == "han"
    assert all(m.stripped is None for m in lexicon.languages["zh"].matchers)
    assert all(m.stripped is not None for m in lexicon.languages["ro"].matchers)


def write(directory: Path, name: str, body: dict) -> None:
    (directory / f"{name}.yml").write_text(yaml.safe_dump(body, allow_unicode=True), "utf-8")


def test_load_lexicon_from_a_directory(tmp_path: Path) -> None:
    write(tmp_path, "xx", {"language": "xx", "indicators": {"documents_withheld": ["took pass"]}})
    lexicon = load_lexicon(tmp_path)
    assert list(lexicon.languages) == ["xx"]
    assert [m.code for m in lexicon.matchers()] == ["documents_withheld"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"language": "xx", "indicators": {"passport": ["x"]}}, "unknown indicator code"),
        ({"language": "xx", "indicators": {"minor": ["re: (unclosed"]}}, "cannot use entry"),
        ({"language": "xx", "indicators": {"minor": ["re: a*"]}}, "matches empty text"),
        ({"language": "xx", "indicators": {"minor": "child"}}, "must be a list"),
        ({"language": "xx", "script": "klingon", "indicators": {"minor": ["x"]}}, "script"),
        ({"indicators": {"minor": ["x"]}}, "'language'"),
        ({"language": "xx", "indicators": {}}, "'indicators'"),
        ({"language": "xx", "indicators": {"minor": ["x"]}, "harmless": ["x"]}, "'harmless'"),
        (
            {"language": "xx", "indicators": {"minor": ["x"]}, "harmless": {"kill": ["x"]}},
            "harmless: unknown indicator code",
        ),
        (
            {"language": "xx", "indicators": {"minor": ["x"]}, "harmless": {"minor": ["re: ("]}},
            "harmless: minor: cannot use entry",
        ),
        (
            {"language": "xx", "indicators": {"minor": ["x"]}, "harmless": {"minor, kill": ["x"]}},
            "harmless: unknown indicator code",
        ),
        (
            {"language": "xx", "indicators": {"minor": ["x"]}, "harmless": {"minor,": ["x"]}},
            "names an empty code",
        ),
        (
            {"language": "xx", "indicators": {"minor": ["x"]}, "harmless": {"minor": "x"}},
            "harmless: minor must be a list",
        ),
        ({"language": "xx", "indicators": {"minor": ["x"]}, "leave_taking": "bye"}, "leave_taking"),
        (
            {"language": "xx", "indicators": {"minor": ["x"]}, "leave_taking": ["re: ("]},
            "harmless: leave_taking: cannot use entry",
        ),
        ({"language": "xx", "indicators": {"minor": ["x"]}, "word_lists": ["x"]}, "word_lists"),
        (
            {"language": "xx", "indicators": {"minor": ["x"]}, "word_lists": {"w": "(x"}},
            "word list 'w'",
        ),
        (
            {"language": "xx", "indicators": {"minor": ["x"]}, "word_lists": {"w": " "}},
            "word_lists",
        ),
        (
            {
                "language": "xx",
                "indicators": {"minor": ["re: x{{any:w}}"]},
                "word_lists": {"w": "x"},
            },
            "only harmless phrases may name a word list",
        ),
        (
            {
                "language": "xx",
                "indicators": {"minor": ["x"]},
                "harmless": {"minor": ["x {{any:w}}"]},
                "word_lists": {"w": "x"},
            },
            "only a 're: ' entry may name a word list",
        ),
        (
            {"language": "xx", "indicators": {"minor": ["re: x.{{reach:9|2}}"]}},
            "only harmless phrases may name a word list or a reach",
        ),
        (
            {
                "language": "xx",
                "indicators": {"minor": ["x"]},
                "harmless": {"minor": ["x .{{reach:9|2}}"]},
            },
            "a reach needs a 're: ' entry and only one",
        ),
        (
            {
                "language": "xx",
                "indicators": {"minor": ["x"]},
                "harmless": {"minor": ["re: .{{reach:9|2}}x.{{reach:9|2}}"]},
            },
            "a reach needs a 're: ' entry and only one",
        ),
        (
            {
                "language": "xx",
                "indicators": {"minor": ["x"]},
                "harmless": {"minor": ["re: x{{any:v}}"]},
                "word_lists": {"w": "x"},
            },
            "names unknown word list 'v' \\(known: w\\)",
        ),
    ],
)
def test_invalid_lexicons_raise_a_clear_error(body: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        compile_language(body, source="xx.yml")


def test_language_must_match_the_file_name(tmp_path: Path) -> None:
    write(tmp_path, "xx", {"language": "yy", "indicators": {"minor": ["child"]}})
    with pytest.raises(ValueError, match="does not match the file name"):
        load_lexicon(tmp_path)


def test_a_group_of_harmless_phrases_written_twice_is_refused_not_half_dropped(
    tmp_path: Path,
) -> None:
    """YAML keeps the last of two equal keys, so the first group's phrases would be lost
    without a word (a harmless phrase added to a second ``immediate_danger, minor:`` group
    was, once, until this was refused)."""
    (tmp_path / "xx.yml").write_text(
        "language: xx\n"
        "indicators:\n"
        "  immediate_danger: [locked in]\n"
        "harmless:\n"
        "  immediate_danger, minor:\n"
        "    - locked in the toilet\n"
        "  immediate_danger, minor:\n"
        "    - locked in the sauna\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="(?s)xx.yml: cannot.*'immediate_danger, minor' twice"):
        load_lexicon(tmp_path)


def test_empty_directory_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no lexicon files"):
        load_lexicon(tmp_path)


def test_a_harmless_phrase_hides_only_the_matches_inside_it(tmp_path: Path) -> None:
    write(tmp_path, "xx", {
        "language": "xx",
        "indicators": {"immediate_danger": ["kill me"], "excessive_hours": ["job"]},
        "harmless": {"immediate_danger": ["job .. kill me"]},
    })  # fmt: skip
    lexicon = load_lexicon(tmp_path)

    def codes(text: str) -> list[str]:
        return [finding.code for finding in find_indicators(text, lexicon)]

    assert codes("this job will kill me") == ["excessive_hours"]  # another code is not hidden
    assert codes("he will kill me") == ["immediate_danger"]
    assert codes("the job is fine but he will kill me") == ["excessive_hours", "immediate_danger"]
    assert codes("this job will kill me, and he will kill me too") == [
        "excessive_hours",
        "immediate_danger",
    ]


def test_a_harmless_phrase_with_the_line_before_group_also_covers_the_line_before(
    tmp_path: Path,
) -> None:
    """A resolution that begins a line ("turned out it was a film shoot") resolves the alarm
    on the line before ("they pushed a girl into a van"), and only that line."""
    write(tmp_path, "xx", {
        "language": "xx",
        "indicators": {"immediate_danger": ["into a van", "locked us in"]},
        "harmless": {
            "immediate_danger": [
                "re: (?P<line_before>)^turned out it was a film",
                "re: ^luckily it was a party",
            ],
        },
    })  # fmt: skip
    lexicon = load_lexicon(tmp_path)

    def danger(text: str) -> list[tuple[str, ...]]:
        return [f.evidence for f in find_indicators(text, lexicon) if f.code == "immediate_danger"]

    assert danger("they pushed a girl into a van\nturned out it was a film shoot") == []
    # The line two lines up is not the one resolved; danger after the resolution still counts.
    assert danger("they locked us in\nthey pushed a girl into a van\nturned out it was a film") == [
        ("locked us in",)
    ]
    assert danger(
        "they pushed a girl into a van\nturned out it was a film, then they locked us in"
    ) == [("locked us in",)]
    # Without the group a phrase covers its own line only; at the top it has no line before.
    assert danger("they pushed a girl into a van\nluckily it was a party") == [("into a van",)]
    assert danger("turned out it was a film\nthey pushed a girl into a van") == [("into a van",)]


def test_a_harmless_phrase_with_a_reach_stands_for_its_line_and_the_start_of_the_next(
    tmp_path: Path,
) -> None:
    """``{{reach:SAME|START}}`` writes the resolution once: anywhere on its line, up to SAME
    characters in, and at the start of a line, up to START characters in, where it resolves
    the line before too."""
    write(tmp_path, "xx", {
        "language": "xx",
        "indicators": {"immediate_danger": ["into a van", "locked us in"]},
        "harmless": {"immediate_danger": ["re: [^\\n]{{reach:40|8}}?turned out it was a film"]},
    })  # fmt: skip
    lexicon = load_lexicon(tmp_path)

    def danger(text: str) -> list[tuple[str, ...]]:
        return [f.evidence for f in find_indicators(text, lexicon) if f.code == "immediate_danger"]

    assert danger("they pushed a girl into a van, turned out it was a film shoot") == []
    assert danger("they pushed a girl into a van\nturned out it was a film shoot") == []
    assert danger("they pushed a girl into a van\nok so turned out it was a film shoot") == []
    # Further in than START, the resolution covers its own line only.
    late = "they pushed a girl into a van\nwell, the next day: turned out it was a film"
    assert danger(late) == [("into a van",)]
    # Further in than SAME, it covers nothing; the line two lines up is not the one resolved.
    far = "they pushed a girl into a van and we watched it all from the bus stop, turned out it"
    assert danger(f"{far} was a film") == [("into a van",)]
    assert danger("they locked us in\nthey pushed a girl into a van\nturned out it was a film") == [
        ("locked us in",)
    ]


def test_a_harmless_phrase_listed_once_for_several_codes_hides_the_matches_of_each(
    tmp_path: Path,
) -> None:
    write(tmp_path, "xx", {
        "language": "xx",
        "indicators": {
            "immediate_danger": ["kill me"],
            "threats_violence": ["will kill"],
            "excessive_hours": ["plate"],
        },
        "harmless": {
            "threats_violence": ["will kill time"],
            "immediate_danger, threats_violence": ["will kill me if i break another plate"],
            "immediate_danger": ["job .. kill me"],
        },
    })  # fmt: skip
    lexicon = load_lexicon(tmp_path)

    def codes(text: str) -> list[str]:
        return [finding.code for finding in find_indicators(text, lexicon)]

    assert codes("boss will kill me if i break another plate") == ["excessive_hours"]
    assert sorted(codes("boss will kill me, i broke a plate")) == [
        "excessive_hours",
        "immediate_danger",
        "threats_violence",
    ]
    # Each code's own phrases still hide only that code's matches.
    assert codes("this job will kill me") == ["threats_violence"]
    assert codes("we will kill time at the mall") == []
    assert codes("he will kill me") == ["threats_violence", "immediate_danger"]


def test_each_harmless_phrase_covers_what_it_covers_whatever_its_place_in_the_file(
    tmp_path: Path,
) -> None:
    # Both phrases start at "the cat"; as one alternation the first listed took the place and
    # the longer second one, which holds the lock, never counted.
    write(tmp_path, "xx", {
        "language": "xx",
        "indicators": {"movement_restricted": ["locked me in"]},
        "harmless": {"movement_restricted": ["the cat", "the cat locked me in the bathroom"]},
    })  # fmt: skip
    lexicon = load_lexicon(tmp_path)

    def codes(text: str) -> list[str]:
        return [finding.code for finding in find_indicators(text, lexicon)]

    assert codes("the cat locked me in the bathroom lol") == []
    assert codes("the cat saw it: he locked me in the bathroom") == ["movement_restricted"]


def test_each_indicator_entry_finds_what_it_finds_whatever_its_place_in_the_file(
    tmp_path: Path,
) -> None:
    # Both entries start at "locked me in"; as one alternation the first listed took the place,
    # so the harmless phrase, which covers only the shorter match, set the danger aside.
    write(tmp_path, "xx", {
        "language": "xx",
        "indicators": {"movement_restricted": ["locked me in", "locked me in the cellar"]},
        "harmless": {"movement_restricted": ["the kids locked me in"]},
    })  # fmt: skip
    lexicon = load_lexicon(tmp_path)
    [finding] = find_indicators("the kids locked me in the cellar", lexicon)

    assert finding.code == "movement_restricted"
    assert finding.evidence == ("locked me in the cellar",)


@pytest.mark.parametrize(
    "text",
    [
        # Danish "says I owe him": an entry listed earlier took "jeg skylder ham" first.
        (
            "min kæreste siger jeg skylder ham for lejligheden og tøjet og at jeg skal sove "
            "med hans venner for at betale tilbage"
        ),
        # Vietnamese eviction unless they work overtime: a shorter threat entry went first.
        (
            "Chủ nhà cũng là ông chủ của tụi em, ông ta dọa đuổi tụi em ra đường nếu không "
            "chịu làm thêm giờ."
        ),
    ],
)
def test_a_longer_entry_listed_after_a_shorter_one_still_counts(
    lexicon: Lexicon, text: str
) -> None:
    assert find_indicators(text, lexicon)


def test_a_harmless_phrase_stands_down_for_the_words_of_every_language(tmp_path: Path) -> None:
    """A harmless phrase holds for a message in any language, so its guard must be every
    language's words: a file names a word list and the loader puts in each language's own."""
    write(tmp_path, "xx", {
        "language": "xx",
        "indicators": {"isolation": ["no phone"], "immediate_danger": ["locked in"]},
        "harmless": {
            "isolation": [
                "re: (?<![^\\n])(?=[^\\n]*?\\bcamp\\b)(?![^\\n]*?{{any:serious}})[^\\n]+"
            ],
            "immediate_danger": ["re: locked in[^\\n]*?{{not_after_any:hedge}}escape room"],
        },
        "word_lists": {"serious": "boss|hit\\w*", "hedge": "no\\s"},
    })  # fmt: skip
    write(tmp_path, "yy", {
        "language": "yy",
        "script": "han",
        "indicators": {"minor": ["孩子"]},
        "word_lists": {"serious": "老板|打", "hedge": "不是"},
    })  # fmt: skip
    lexicon = load_lexicon(tmp_path)

    def codes(text: str) -> list[str]:
        return [finding.code for finding in find_indicators(text, lexicon)]

    assert codes("summer camp, no phone after nine") == []
    assert codes("summer camp, no phone after nine, the boss is there") == ["isolation"]
    assert codes("summer camp, no phone after nine, 老板 is there") == ["isolation"]
    assert codes("summer camp, no phone after nine, they hitting her") == ["isolation"]
    assert codes("summer camp, no phone after nine, his bossy sister") == []  # whole words only
    assert codes("locked in, escape room fun") == []
    assert codes("locked in, no escape room fun") == ["immediate_danger"]
    assert codes("locked in, 不是escape room") == ["immediate_danger"]


def test_a_phrase_in_its_own_grammar_stands_down_for_its_own_and_english_words_only(
    tmp_path: Path,
) -> None:
    """``{{near:NAME}}``: other languages' word stems only collide with a phrase written in
    its own language's grammar (Romanian "bat*", to beat, is in "bathroom")."""
    write(tmp_path, "en", {
        "language": "en",
        "indicators": {"minor": ["child"]},
        "word_lists": {"serious": "boss"},
    })  # fmt: skip
    write(tmp_path, "xx", {
        "language": "xx",
        "indicators": {"immediate_danger": ["locked me out"]},
        "harmless": {"immediate_danger": ["re: (?![^\\n]*?{{near:serious}})toddler locked me out"]},
        "word_lists": {"serious": "chef"},
    })  # fmt: skip
    write(tmp_path, "yy", {
        "language": "yy",
        "indicators": {"minor": ["kid"]},
        "word_lists": {"serious": "bat\\w*"},
    })  # fmt: skip
    lexicon = load_lexicon(tmp_path)

    def codes(text: str) -> list[str]:
        return [finding.code for finding in find_indicators(text, lexicon)]

    assert codes("my toddler locked me out of the bathroom") == []
    assert codes("my toddler locked me out, the chef laughs") == ["immediate_danger"]
    assert codes("my toddler locked me out, the boss laughs") == ["immediate_danger"]
    assert codes("he locked me out of the bathroom") == ["immediate_danger"]


def test_a_phrase_that_names_its_own_words_reads_no_other_language_not_even_english(
    tmp_path: Path,
) -> None:
    """``{{own:NAME}}``: words a phrase needs in its own grammar, written once per language
    (a Tagalog ward phrase that also took English "hospital" set aside "after the hospital
    they dont let me go out alone anymore")."""
    write(tmp_path, "en", {
        "language": "en",
        "indicators": {"minor": ["child"]},
        "word_lists": {"medical": "hospital"},
    })  # fmt: skip
    write(tmp_path, "xx", {
        "language": "xx",
        "indicators": {"movement_restricted": ["no exit"]},
        "harmless": {"movement_restricted": ["re: {{own:medical}} says no exit"]},
        "word_lists": {"medical": "ospital|doktor"},
    })  # fmt: skip
    lexicon = load_lexicon(tmp_path)

    def codes(text: str) -> list[str]:
        return [finding.code for finding in find_indicators(text, lexicon)]

    assert codes("ospital says no exit") == []
    assert codes("doktor says no exit") == []
    assert codes("hospital says no exit") == ["movement_restricted"]
    assert codes("myospital says no exit") == ["movement_restricted"]  # whole words only

    write(tmp_path, "yy", {
        "language": "yy",
        "indicators": {"minor": ["kid"]},
        "harmless": {"minor": ["re: {{own:medical}} kid"]},
    })  # fmt: skip
    with pytest.raises(ValueError, match="names word list 'medical', which 'yy' does not list"):
        load_lexicon(tmp_path)


def test_a_pattern_every_language_shares_is_written_once_and_keys_the_cache(
    tmp_path: Path,
) -> None:
    """``{{pattern:NAME}}``: a pattern that reads the same in every language (an age from 10 to
    17), written once in ``_shared.yml``, which is no language. Changing it compiles again."""
    shared = tmp_path / "_shared.yml"
    shared.write_text(yaml.safe_dump({"patterns": {"teen": "1[0-7]"}}), "utf-8")
    write(tmp_path, "xx", {
        "language": "xx",
        "indicators": {"movement_restricted": ["no exit"]},
        "harmless": {"movement_restricted": ["re: no exit at camp(?![^\\n]*{{pattern:teen}})"]},
    })  # fmt: skip
    cache = tmp_path / "cache"

    def codes(text: str) -> list[str]:
        lexicon = load_lexicon(tmp_path, cache_dir=cache)
        assert list(lexicon.languages) == ["xx"]
        return [finding.code for finding in find_indicators(text, lexicon)]

    assert codes("no exit at camp") == []
    assert codes("no exit at camp for girls of 15") == ["movement_restricted"]
    shared.write_text(yaml.safe_dump({"patterns": {"teen": "1[0-4]"}}), "utf-8")
    assert codes("no exit at camp for girls of 15") == []

    shared.write_text(yaml.safe_dump({"patterns": {"teen": "1[0-7]|seventeen"}}), "utf-8")
    with pytest.raises(ValueError, match="pattern 'teen' is an alternation"):
        load_lexicon(tmp_path)
    shared.write_text(yaml.safe_dump({"patterns": {"age": "1[0-7]"}}), "utf-8")
    with pytest.raises(ValueError, match="names unknown pattern 'teen' \\(known: age"):
        load_lexicon(tmp_path)
    shared.write_text(yaml.safe_dump({"patterns": ["1[0-7]"]}), "utf-8")
    with pytest.raises(ValueError, match="'patterns' must map names to non-empty regular"):
        load_lexicon(tmp_path)


def test_a_leave_taking_hides_matches_of_every_code_only_in_a_goodbye(tmp_path: Path) -> None:
    """Leaving the chat is no sign; a goodbye word inside a longer story is read as written."""
    write(tmp_path, "xx", {
        "language": "xx",
        "indicators": {"immediate_danger": ["go now"], "movement_restricted": ["leaving"]},
        "leave_taking": ["(i )?(have to|must) go now", "leaving (now)?", "bye"],
    })  # fmt: skip
    lexicon = load_lexicon(tmp_path)

    def codes(text: str) -> list[str]:
        return [finding.code for finding in find_indicators(text, lexicon)]

    assert codes("ok i have to go now, bye") == []
    assert codes("leaving now") == []
    assert codes("go now, bye") == ["immediate_danger"]  # "go now" is not inside a goodbye
    assert codes("they said go now and took us to the van, i am scared") == ["immediate_danger"]
    # Under half of this message is leave-taking: the story is read whole, "go now" included.
    assert codes("i have to go now and they are not leaving the house, the man is still here") == [
        "movement_restricted",
        "immediate_danger",
    ]


def test_a_lexicon_is_compiled_once_and_read_back_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cache keeps what was compiled from these very files; a changed file, or a damaged
    cache file, means compiling again (never a failed start-up or stale phrases)."""
    lexicons, cache = tmp_path / "lexicons", tmp_path / "cache"
    lexicons.mkdir()
    write(lexicons, "xx", {
        "language": "xx",
        "indicators": {"documents_withheld": ["took my passport"]},
        "harmless": {"documents_withheld": ["took my passport to the embassy"]},
    })  # fmt: skip

    def codes(lexicon: Lexicon, text: str) -> list[str]:
        return [finding.code for finding in find_indicators(text, lexicon)]

    load_lexicon(lexicons, cache_dir=cache)
    [cached] = cache.glob("triage-lexicon-*.pickle")
    with monkeypatch.context() as patch:
        patch.setattr(lexicon_module, "_compiled_lexicon", _must_not_compile)
        again = load_lexicon(lexicons, cache_dir=cache)
    assert codes(again, "he took my passport") == ["documents_withheld"]
    assert codes(again, "he took my passport to the embassy") == []

    write(lexicons, "xx", {"language": "xx", "indicators": {"minor": ["i am 15"]}})
    changed = load_lexicon(lexicons, cache_dir=cache)
    assert codes(changed, "he took my passport, i am 15") == ["minor"]
    assert [path.name for path in cache.glob("triage-lexicon-*.pickle")] != [cached.name]
    assert not cached.exists()  # one compiled lexicon in the cache, the newest

    cached.write_bytes(b"not a pickle")
    write(lexicons, "xx", {
        "language": "xx",
        "indicators": {"documents_withheld": ["took my passport"]},
        "harmless": {"documents_withheld": ["took my passport to the embassy"]},
    })  # fmt: skip
    mended = load_lexicon(lexicons, cache_dir=cache)
    assert codes(mended, "he took my passport") == ["documents_withheld"]
    with monkeypatch.context() as patch:  # the damaged file was replaced
        patch.setattr(lexicon_module, "_compiled_lexicon", _must_not_compile)
        assert codes(load_lexicon(lexicons, cache_dir=cache), "took my passport") == [
            "documents_withheld"
        ]


def _must_not_compile(*arguments: object) -> Lexicon:
    raise AssertionError("compiled again instead of reading the cache")


def test_the_cache_key_names_the_files_and_the_code_that_compiles_them(tmp_path: Path) -> None:
    write(tmp_path, "xx", {"language": "xx", "indicators": {"minor": ["i am 15"]}})
    paths = sorted(tmp_path.glob("*.yml"))
    before = lexicon_digest(paths)
    assert lexicon_digest(paths) == before
    write(tmp_path, "xx", {"language": "xx", "indicators": {"minor": ["i am 16"]}})
    assert lexicon_digest(paths) != before
