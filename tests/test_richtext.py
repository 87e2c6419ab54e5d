from desktop_app.domain.richtext import (
    ListBlock,
    Paragraph,
    Table,
    clean_html,
    html_to_text,
    parse_html,
)

QT_STYLE_HTML = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0//EN"><html><head>
<meta name="qrichtext" content="1" /><style type="text/css">p, li { white-space: pre-wrap; }</style>
</head><body style=" font-family:'Sans'; font-size:10pt;">
<h2 style=" margin-top:16px;"><span style=" font-size:x-large; font-weight:700;">Taustaa</span></h2>
<p style=" margin-top:0px;">Kunnanhallitus <span style=" font-weight:700;">päättää</span> \
<span style=" font-style:italic;">yksimielisesti</span>.</p>
<ul style="margin-top: 0px;"><li style=" margin-top:12px;">ensimmäinen</li><li>toinen</li></ul>
<ol><li>yksi</li></ol>
<table border="1"><thead><tr><td><p>Tarjoaja</p></td><td><p>Hinta</p></td></tr></thead>
<tr><td><p>Oy Esimerkki Ab</p></td><td><p>12 000 €</p></td></tr></table>
<script>alert('x')</script><p>loppu</p></body></html>"""


def test_qt_html_becomes_clean_blocks() -> None:
    blocks = parse_html(QT_STYLE_HTML)
    assert isinstance(blocks[0], Paragraph) and blocks[0].heading == 2
    assert blocks[0].text() == "Taustaa"
    paragraph = blocks[1]
    assert isinstance(paragraph, Paragraph)
    assert [(r.text, r.bold, r.italic) for r in paragraph.runs] == [
        ("Kunnanhallitus ", False, False),
        ("päättää", True, False),
        (" ", False, False),
        ("yksimielisesti", False, True),
        (".", False, False),
    ]
    assert isinstance(blocks[2], ListBlock) and not blocks[2].ordered
    assert [i.text() for i in blocks[2].items] == ["ensimmäinen", "toinen"]
    assert isinstance(blocks[3], ListBlock) and blocks[3].ordered
    table = blocks[4]
    assert isinstance(table, Table) and table.header_rows == 1
    assert [[c.text() for c in row] for row in table.rows] == [
        ["Tarjoaja", "Hinta"],
        ["Oy Esimerkki Ab", "12 000 €"],
    ]
    assert "alert" not in html_to_text(QT_STYLE_HTML)
    assert html_to_text(QT_STYLE_HTML).endswith("loppu")


def test_clean_html_is_stable_and_escapes_text() -> None:
    once = clean_html("<p>a &lt;b&gt; &amp; <b>c</b></p><h1>Otsikko</h1>")
    assert once == "<p>a &lt;b&gt; &amp; <b>c</b></p><h1>Otsikko</h1>"
    assert clean_html(once) == once


def test_control_characters_and_garbage_never_raise() -> None:
    text = html_to_text("<p>a\x00b\x07c\x1f</p><p><b>unclosed <i>tags")
    assert text == "abc\nunclosed tags"
    assert parse_html("") == []
    assert html_to_text("<<<>>>&&&") == "<<<>>>&&&"
    assert clean_html("<img src=x onerror=alert(1)><p>ok</p>") == "<p>ok</p>"
