import json

from typer.testing import CliRunner

from revtrack.cli import app

runner = CliRunner()

OLD = "date 2023-06-04 (Adds quotes) KYIV, June 4 (Reuters) -\n\nThe governor said 21,600 people fled.\n\nHe spoke to reporters.\n"
NEW = "date 2023-06-04 (Adds quotes, paragraph 2) KYIV, June 4 (Reuters) -\n\nThe governor said 21,000 people fled.\n\n\"We will win,\" he said.\n\nHe spoke to reporters.\n"


def write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return str(p)


def test_diff_text_report_and_exit_codes(tmp_path):
    a, b = write(tmp_path, "a.txt", OLD), write(tmp_path, "b.txt", NEW)
    r = runner.invoke(app, ["diff", a, b, "--color", "never"])
    assert r.exit_code == 1
    assert "1 added, 1 changed, 0 moved, 0 removed, 1 unchanged" in r.output
    assert "[-21,600-]{+21,000+}" in r.output
    assert "\u00b62 added" in r.output
    same = runner.invoke(app, ["diff", a, a])
    assert same.exit_code == 0


def test_diff_json_is_to_dict(tmp_path):
    from revtrack import compare

    a, b = write(tmp_path, "a.txt", OLD), write(tmp_path, "b.txt", NEW)
    r = runner.invoke(app, ["diff", a, b, "--format", "json"])
    assert json.loads(r.output) == json.loads(json.dumps(compare(OLD, NEW).to_dict()))


def test_diff_output_file(tmp_path):
    a, b = write(tmp_path, "a.txt", OLD), write(tmp_path, "b.txt", NEW)
    out = tmp_path / "r.md"
    r = runner.invoke(app, ["diff", a, b, "--format", "markdown", "-o", str(out)])
    assert r.exit_code == 1 and r.output == ""
    assert "~~21,600~~**21,000**" in out.read_text()


def test_bad_inputs_exit_2_with_one_line(tmp_path):
    a = write(tmp_path, "a.txt", OLD)
    empty = write(tmp_path, "e.txt", "")
    binary = tmp_path / "bin.dat"
    binary.write_bytes(b"\x89PNG\x00\x00")
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"caf\xe9")
    for other in (empty, str(binary), str(latin), str(tmp_path / "missing.txt"), str(tmp_path)):
        r = runner.invoke(app, ["diff", a, other])
        assert r.exit_code == 2, other
        assert "Traceback" not in r.output
