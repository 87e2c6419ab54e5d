from pathlib import Path

import pytest

from desktop_app.domain.model import BodyKind, Organization, Section
from desktop_app.drafting import new_item
from desktop_app.errors import TemplateNotFound, TemplateSyntaxError, TemplateUnsafePlaceholder
from desktop_app.messages import describe
from desktop_app.resources import resource_path
from desktop_app.templating.catalog import TemplateCatalog, parse_template
from desktop_app.templating.engine import render

BOARD = Organization("kh", "Kunnanhallitus", BodyKind.BOARD, "KH", "Kommunstyrelsen")


def _user_template(folder: Path, name: str, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(body, encoding="utf-8")
    return path


MINIMAL = """
id = "{id}"
body_kind = "hallitus"
default_appeal = "oikaisuvaatimus"
sections = ["selostus", "paatosehdotus"]
[name]
fi = "{name}"
[texts.fi]
paatosehdotus = "{text}"
"""


@pytest.mark.parametrize(
    "attack",
    [
        "{{ ''.__class__ }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{% for x in range(10) %}x{% endfor %}",
        "{{ body|attr('__class__') }}",
        "{{ __import__('os').system('echo hacked') }}",
        "{{ config }}",
    ],
)
def test_code_in_placeholders_stays_inert_text(attack: str) -> None:
    result = render(f"Alku {attack} loppu {{{{ body }}}}", {"body": "Kunnanhallitus"})
    assert result.text == f"Alku {attack} loppu Kunnanhallitus"
    assert result.unsafe or result.unknown


def test_user_template_with_code_loads_with_a_clear_warning(tmp_path: Path) -> None:
    user = tmp_path / "templates"
    _user_template(
        user,
        "oma.toml",
        MINIMAL.format(id="oma", name="Oma pohja", text="{{ ''.__class__ }} päättää"),
    )
    catalog = TemplateCatalog.load(user)
    assert "oma" in catalog
    warnings = [p.error for p in catalog.problems]
    assert any(isinstance(e, TemplateUnsafePlaceholder) for e in warnings)
    assert "{{ ''.__class__ }}" in describe(warnings[0], "fi")
    item = new_item(catalog.get("oma"), BOARD, "Esimerkkilä")
    assert "{{ ''.__class__ }} päättää" in item.section(Section.PROPOSAL)


def test_broken_user_template_is_reported_and_the_rest_load(tmp_path: Path) -> None:
    user = tmp_path / "templates"
    _user_template(user, "rikki.toml", 'id = "rikki"\nname = { fi = "puuttuva lainausmerkki }\n')
    _user_template(user, "puuttuu.toml", 'id = "puuttuu"\nbody_kind = "hallitus"\n')
    _user_template(user, "latin1.toml", "")
    (user / "latin1.toml").write_bytes('id = "x" # äö'.encode("latin-1"))
    _user_template(user, "ok.toml", MINIMAL.format(id="ok", name="Toimiva", text="Teksti"))
    catalog = TemplateCatalog.load(user)
    assert "ok" in catalog and "kunnanhallitus" in catalog
    messages = {p.path.name: describe(p.error, "fi") for p in catalog.problems}
    assert set(messages) == {"rikki.toml", "puuttuu.toml", "latin1.toml"}
    assert all("Muut pohjat ovat käytössä" in m for m in messages.values())
    assert "pakollinen kenttä puuttuu" in messages["puuttuu.toml"]
    assert "UTF-8" in messages["latin1.toml"]


def test_user_template_overrides_the_bundled_one(tmp_path: Path) -> None:
    user = tmp_path / "templates"
    _user_template(
        user,
        "kh.toml",
        MINIMAL.format(id="kunnanhallitus", name="Meidän KH-pohja", text="Oma teksti"),
    )
    catalog = TemplateCatalog.load(user)
    template = catalog.get("kunnanhallitus")
    assert template.display_name() == "Meidän KH-pohja" and not template.builtin
    with pytest.raises(TemplateNotFound):
        catalog.get("ei-ole")


def test_unknown_required_field_is_a_syntax_error(tmp_path: Path) -> None:
    path = _user_template(
        tmp_path,
        "x.toml",
        MINIMAL.format(id="x", name="x", text="t").replace(
            "sections =", 'required = ["hetu"]\nsections ='
        ),
    )
    with pytest.raises(TemplateSyntaxError) as caught:
        parse_template(path, builtin=False)
    assert "tuntematon pakollinen kenttä: hetu" in describe(caught.value, "fi")
    assert "unknown required field: hetu" in describe(caught.value, "en")


def test_every_bundled_template_starts_a_draft() -> None:
    catalog = TemplateCatalog.load(None, resource_path("templates"))
    assert not catalog.problems
    for template in catalog.all():
        item = new_item(template, BOARD, "Esimerkkilän kunta")
        assert item.template_id == template.id
        assert item.appeal_type == template.default_appeal
        assert "{{" not in "".join(item.sections.values())
