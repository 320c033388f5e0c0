"""Labelled sets kept by reference (benchmarks/labelled_sets.py): packed without their text, rebuilt word for word from
a git copy of their source, and refused when their text is not their source's."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import labelled_sets

SOURCE = """<REUTERS NEWID="7">
<TITLE>LANDIA ASKS BORDURIA TO &lt;END> CURBS</TITLE>
<BODY>Landia said on Monday it would ask Borduria to lift its
curbs on Landian grain, and warned it could retaliate.
    Borduria's trade minister said the curbs would stay
until Landia ended its subsidies.
 Reuter
</BODY></REUTERS>
"""


def _git_mirror(tmp_path: Path, name: str, text: str | bytes, more: dict[str, str] | None = None) -> tuple[Path, str]:
    """A bare copy of a repository ex/news holding one file (and ``more`` files by path), laid out as the mirror is:
    (its root, the commit)."""
    work = tmp_path / "work"
    (work / name).parent.mkdir(parents=True)
    (work / name).write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    for path, content in (more or {}).items():
        (work / path).parent.mkdir(parents=True, exist_ok=True)
        (work / path).write_text(content, encoding="utf-8")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-C", str(work)]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "news"], check=True)
    commit = subprocess.run([*git, "rev-parse", "HEAD"], check=True, capture_output=True, text=True).stdout.strip()
    root = tmp_path / "mirror"
    subprocess.run(["git", "clone", "-q", "--bare", str(work), str(root / "ex+news" / "repo")], check=True)
    return root, commit


@pytest.fixture
def mirror(tmp_path: Path) -> tuple[Path, str]:
    return _git_mirror(tmp_path, "news.sgm", SOURCE)


def _make_set(root: Path, commit: str, body: str) -> Path:
    labelled = root / "audit1"
    (labelled / "articles").mkdir(parents=True)
    (labelled / "articles" / "01-grain.txt").write_text(body, encoding="utf-8")
    lines = body.split("\n")
    gold = {"_about": "test set", "articles": [{
        "file": "articles/01-grain.txt", "question": "Should Borduria lift its curbs on Landian grain?",
        "meta": {"title": lines[0], "date": "1987-03-09"},
        "source": {"repo": "ex/news", "commit": commit, "path": "news.sgm", "id": "7"},
        "sentences": [{"text": lines[2], "actors": {"LA": 1}},
                      {"text": lines[4], "actors": {"BD": -1}, "optional": ["LA"]}]}]}
    (labelled / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return labelled


BODY = ("LANDIA ASKS BORDURIA TO <END> CURBS\n\n"
        "Landia said on Monday it would ask Borduria to lift its curbs on Landian grain, and warned it could "
        "retaliate.\n\n“Borduria's trade minister said the curbs would stay until Landia ended its subsidies.”\n")


def test_a_packed_set_holds_no_sentence_and_unpacks_word_for_word(tmp_path: Path, mirror: tuple[Path, str]) -> None:
    root, commit = mirror
    labelled = _make_set(tmp_path, commit, BODY)
    packed = labelled_sets.pack_set(labelled, root)
    stored = json.dumps(packed)
    assert "would stay" not in stored and "Landia said" not in stored and "LANDIA" not in stored
    # the wrapped paragraph is one span; the added quotation marks are the only literal text
    assert [op for line in packed["articles"][0]["lines"] for op in line if isinstance(op, str)] == ["“", "”"]
    out = labelled_sets.unpack_set(json.loads(stored), root, tmp_path / "rebuilt")
    assert (out / "articles" / "01-grain.txt").read_text(encoding="utf-8") == BODY
    gold = json.loads((out / "gold.json").read_text(encoding="utf-8"))
    want = json.loads((labelled / "gold.json").read_text(encoding="utf-8"))["articles"][0]["sentences"]
    assert gold["articles"][0]["sentences"] == want
    assert gold["articles"][0]["question"] == "Should Borduria lift its curbs on Landian grain?"


def test_an_article_not_from_its_source_is_refused(tmp_path: Path, mirror: tuple[Path, str]) -> None:
    root, commit = mirror
    labelled = _make_set(tmp_path, commit, BODY.replace("Borduria's trade minister said the curbs would stay until "
                                                        "Landia ended its subsidies.",
                                                        "An entirely different sentence that the source never had."))
    with pytest.raises(labelled_sets.PackError, match=r"01-grain\.txt"):
        labelled_sets.pack_set(labelled, root)


def test_a_changed_source_is_caught_when_unpacking(tmp_path: Path, mirror: tuple[Path, str]) -> None:
    root, commit = mirror
    packed = labelled_sets.pack_set(_make_set(tmp_path, commit, BODY), root)
    packed["articles"][0]["lines"][2][0][0] += 1  # as if the source had moved under the spans
    with pytest.raises(labelled_sets.PackError, match="differs"):
        labelled_sets.unpack_set(packed, root, tmp_path / "rebuilt")


def test_characters_the_source_lacks_are_kept(tmp_path: Path, mirror: tuple[Path, str]) -> None:
    root, commit = mirror
    # a doubled space and a word of the helper's own inside a copied sentence
    body = BODY.replace("said on Monday it", "said  on Monday that it")
    packed = labelled_sets.pack_set(_make_set(tmp_path, commit, body), root)
    out = labelled_sets.unpack_set(json.loads(json.dumps(packed)), root, tmp_path / "rebuilt")
    assert (out / "articles" / "01-grain.txt").read_text(encoding="utf-8") == body


def test_a_json_source_is_read_with_its_escapes_decoded(tmp_path: Path) -> None:
    # a corpus of one JSON file per article stores "’" as \u2019 and quotation marks as \"
    article = {"title": "Landia asks Borduria to end curbs",
               "content_original": "Landia\u2019s \u201cfirm\u201d line on Borduria\u2019s \u201cunfair\u201d "
                                   "curbs, the minister\u2019s aides said, \u201cmust end\u201d now.\n\n"
                                   "Borduria said the curbs would stay."}
    root, commit = _git_mirror(tmp_path, "a1.json", json.dumps(article, ensure_ascii=True))
    labelled = _make_set(tmp_path, commit, "Landia asks Borduria to end curbs\n\n"
                         "Landia’s “firm” line on Borduria’s “unfair” curbs, the minister’s aides said, “must end” "
                         "now.\n\n"
                         "Borduria said the curbs would stay.\n")
    gold = json.loads((labelled / "gold.json").read_text(encoding="utf-8"))
    gold["articles"][0]["source"].update(path="a1.json", id="")
    (labelled / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    body = (labelled / "articles" / "01-grain.txt").read_text(encoding="utf-8")
    packed = labelled_sets.pack_set(labelled, root)
    assert "unfair" not in json.dumps(packed)  # kept by reference, not as text
    out = labelled_sets.unpack_set(json.loads(json.dumps(packed)), root, tmp_path / "rebuilt")
    assert (out / "articles" / "01-grain.txt").read_text(encoding="utf-8") == body


def test_a_json_lines_source_is_read_record_by_record(tmp_path: Path) -> None:
    # a corpus kept as one JSON record a line (named .json all the same), its quotation marks escaped
    records = [{"title": "Other news", "sources": [{"maintext": "Nothing of note happened."}]},
               {"title": "Landia asks Borduria to end curbs",
                "sources": [{"maintext": "Landia\u2019s \u201cfirm\u201d line on Borduria\u2019s \u201cunfair\u201d "
                                         "curbs, the minister\u2019s aides said, \u201cmust end\u201d now.\n\n"
                                         "Borduria said the curbs would stay."}]}]
    text = "\n".join(json.dumps(r, ensure_ascii=True) for r in records) + "\n"
    root, commit = _git_mirror(tmp_path, "events.json", text)
    labelled = _make_set(tmp_path, commit, "Landia asks Borduria to end curbs\n\n"
                         "Landia’s “firm” line on Borduria’s “unfair” curbs, the minister’s aides said, “must end” "
                         "now.\n\n"
                         "Borduria said the curbs would stay.\n")
    gold = json.loads((labelled / "gold.json").read_text(encoding="utf-8"))
    gold["articles"][0]["source"].update(path="events.json", id="")
    (labelled / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    body = (labelled / "articles" / "01-grain.txt").read_text(encoding="utf-8")
    packed = labelled_sets.pack_set(labelled, root)
    assert "unfair" not in json.dumps(packed)
    out = labelled_sets.unpack_set(json.loads(json.dumps(packed)), root, tmp_path / "rebuilt")
    assert (out / "articles" / "01-grain.txt").read_text(encoding="utf-8") == body


def test_a_csv_source_is_read_with_its_doubled_quotes_undone(tmp_path: Path) -> None:
    # a corpus kept as one CSV file, one article a row, its quotation marks doubled inside the quoted cell
    body = ('Landia called the "curbs" "unfair", "unjust", "harmful" and "wrong", said they "must" "end" "now", and '
            '"warned" it "could" "retaliate".\n\nBorduria said the curbs would stay "for now".')
    text = ('title,text\n"Other news","Nothing of note."\n"Landia asks Borduria to end curbs","'
            + body.replace('"', '""') + '"\n')
    root, commit = _git_mirror(tmp_path, "articles.csv", text)
    labelled = _make_set(tmp_path, commit, "Landia asks Borduria to end curbs\n\n" + body + "\n")
    gold = json.loads((labelled / "gold.json").read_text(encoding="utf-8"))
    gold["articles"][0]["source"].update(path="articles.csv", id="")
    (labelled / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    packed = labelled_sets.pack_set(labelled, root)
    assert "unfair" not in json.dumps(packed)
    out = labelled_sets.unpack_set(json.loads(json.dumps(packed)), root, tmp_path / "rebuilt")
    assert (out / "articles" / "01-grain.txt").read_text(encoding="utf-8") == (
        labelled / "articles" / "01-grain.txt").read_text(encoding="utf-8")


def test_a_tagged_source_and_a_file_inside_a_zip_are_read(tmp_path: Path) -> None:
    # an annotated corpus marks words inside its sentences ("<EVENT eid=…>said</EVENT>"), and another keeps its
    # articles in a zip archive: both are read as their text
    import io
    import zipfile

    tagged = ('<TimeML><TITLE>Landia asks Borduria to end curbs</TITLE><TEXT>Landia <EVENT eid="e1">said</EVENT> '
              'on <TIMEX3 tid="t1">Monday</TIMEX3> it would ask Borduria to lift its curbs.\n\n'
              'Borduria <EVENT eid="e2">said</EVENT> the curbs would stay.</TEXT></TimeML>')
    body = ("Landia asks Borduria to end curbs\n\nLandia said on Monday it would ask Borduria to lift its curbs.\n\n"
            "Borduria said the curbs would stay.\n")
    root, commit = _git_mirror(tmp_path, "a1.tml", tagged)
    labelled = _make_set(tmp_path, commit, body)
    gold = json.loads((labelled / "gold.json").read_text(encoding="utf-8"))
    gold["articles"][0]["source"].update(path="a1.tml", id="")
    (labelled / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    packed = labelled_sets.pack_set(labelled, root)
    assert "Monday it would ask" not in json.dumps(packed)
    out = labelled_sets.unpack_set(json.loads(json.dumps(packed)), root, tmp_path / "rebuilt")
    assert (out / "articles" / "01-grain.txt").read_text(encoding="utf-8") == body

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("news.json", json.dumps([{"title": "Landia asks Borduria to end curbs",
                                                   "full_article": body.split("\n\n", 1)[1]}]))
    zroot, zipped_commit = _git_mirror(tmp_path / "zipped", "news.zip", buffer.getvalue())
    gold["articles"][0]["source"].update(path="news.zip::news.json", commit=zipped_commit)
    (labelled / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    packed = labelled_sets.pack_set(labelled, zroot)
    assert "Monday it would ask" not in json.dumps(packed)
    out = labelled_sets.unpack_set(json.loads(json.dumps(packed)), zroot, tmp_path / "rebuilt2")
    assert (out / "articles" / "01-grain.txt").read_text(encoding="utf-8") == body


def test_a_headline_kept_in_another_file_of_the_source_is_packed_by_reference(tmp_path: Path) -> None:
    root, commit = _git_mirror(tmp_path, "docs/a1", "Landia said it would ask Borduria to lift its curbs.\n", {
        "meta/a1": "1\t0,0\tstring\tmeta_title\tLandia Presses Borduria on Grain\n",
    })
    body = "Landia Presses Borduria on Grain\n\nLandia said it would ask Borduria to lift its curbs.\n"
    labelled = tmp_path / "audit2"
    (labelled / "articles").mkdir(parents=True)
    (labelled / "articles" / "01.txt").write_text(body, encoding="utf-8")
    source = {"repo": "ex/news", "commit": commit, "path": "docs/a1", "id": ""}
    gold = {"_about": "", "articles": [{"file": "articles/01.txt", "question": "Should Borduria lift its curbs?",
                                        "source": source,
                                        "sentences": [{"text": body.split("\n")[2], "actors": {"LA": 1}}]}]}
    (labelled / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    with pytest.raises(labelled_sets.PackError, match="not found in its source"):
        labelled_sets.pack_set(labelled, root)  # the headline is in no file the source names
    source["headline"] = "meta/a1"
    (labelled / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    stored = json.dumps(labelled_sets.pack_set(labelled, root))
    assert "Presses" not in stored
    out = labelled_sets.unpack_set(json.loads(stored), root, tmp_path / "rebuilt")
    assert (out / "articles" / "01.txt").read_text(encoding="utf-8") == body
