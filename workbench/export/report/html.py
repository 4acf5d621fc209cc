"""The report as one self-contained HTML page: charts embedded as PNG data URIs, every text
from the data escaped, and a content security policy that lets no script run."""

from __future__ import annotations

import base64
from html import escape

from .model import Block, Bullets, Figure, Paragraph, Quote, Report, Table

POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"
STYLE = """
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem;
       color: #1a1a1a; line-height: 1.45; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; margin-top: 2rem; }
h3 { font-size: 1.1rem; margin-top: 1.6rem; border-top: 1px solid #ddd; padding-top: .8rem; }
.meta, .note, figcaption, .notes, footer { color: #555; font-size: .9rem; }
.lead { font-weight: 600; }
table { border-collapse: collapse; margin: .8rem 0; font-size: .88rem; }
caption { text-align: left; font-weight: 600; padding: .2rem 0; }
th, td { border: 1px solid #ccc; padding: .25rem .5rem; vertical-align: top; }
th { background: #f2f4f7; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
blockquote { margin: .5rem 0 .5rem 1rem; padding-left: .8rem; border-left: 3px solid #9ab; }
blockquote cite { display: block; color: #555; font-size: .85rem; font-style: normal; }
figure { margin: 1rem 0; } img { max-width: 100%; height: auto; }
nav ol { columns: 2; font-size: .9rem; }
"""


def render(report: Report) -> bytes:
    """The page as UTF-8 bytes."""
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{report.language}">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">',
        f"<title>{escape(report.title)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{escape(report.title)}</h1>",
    ]
    out += [f'<p class="meta">{escape(line)}</p>' for line in report.subtitle]
    out += ["</header>", "<nav><ol>"]
    out += [
        f'<li><a href="#s{i}">{escape(s.title)}</a></li>'
        for i, s in enumerate(report.sections)
        if s.level == 1
    ]
    out += ["</ol></nav>", "<main>"]
    figures = 0
    for i, section in enumerate(report.sections):
        level = min(section.level + 1, 6)
        out.append(f'<h{level} id="s{i}">{escape(section.title)}</h{level}>')
        for block in section.blocks:
            if isinstance(block, Figure):
                figures += 1
            out.append(_block(block, f"{report.figure} {figures}"))
    out += ["</main>", f"<footer><p>{escape(report.footer)}</p></footer>", "</body>", "</html>"]
    return ("\n".join(out) + "\n").encode("utf-8")


def _block(block: Block, figure_name: str) -> str:
    if isinstance(block, Paragraph):
        style = f' class="{block.style}"' if block.style else ""
        return f"<p{style}>{escape(block.text)}</p>"
    if isinstance(block, Bullets):
        return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in block.items) + "</ul>"
    if isinstance(block, Quote):
        cite = f"<cite>{escape(block.source)}</cite>" if block.source else ""
        return f"<blockquote><p>{escape(block.text)}</p>{cite}</blockquote>"
    if isinstance(block, Table):
        return _table(block)
    data = base64.b64encode(block.png).decode("ascii")
    return (
        f'<figure><img src="data:image/png;base64,{data}" alt="{escape(block.alt)}">'
        f"<figcaption>{escape(figure_name)}. {escape(block.caption)}</figcaption></figure>"
    )


def _table(table: Table) -> str:
    head = "".join(f'<th scope="col">{escape(c)}</th>' for c in table.columns)
    body = "".join(
        "<tr>"
        + "".join(f"<td{_numeric(c) if k else ''}>{escape(c)}</td>" for k, c in enumerate(row))
        + "</tr>"
        for row in table.rows
    )
    caption = f"<caption>{escape(table.caption)}</caption>" if table.caption else ""
    notes = "".join(f'<p class="notes">{escape(n)}</p>' for n in table.notes)
    return f"<table>{caption}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{notes}"


def _numeric(cell: str) -> str:
    """Right-align cells that hold a figure."""
    head = cell[:1]
    return ' class="n"' if head.isdigit() or head in "–<-" else ""
