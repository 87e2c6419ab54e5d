"""``paatospaja import PATH``: bring earlier decisions in and update the search index."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.cli.common import open_workspace, progress_printer
from desktop_app.importing.importer import ImportInputs, ImportReport
from desktop_app.importing.importer import run as run_import
from desktop_app.search.service import SearchService


def register(subparsers: Any) -> None:
    from desktop_app.cli.common import add_workspace_argument

    parser = subparsers.add_parser(
        "import",
        help="tuo aiempia päätöksiä (JSON Lines tai kansio DOCX/PDF/HTML/TXT-tiedostoja)",
        description="Tuo aiempia päätöksiä työtilaan ja päivittää hakemiston. Sama tiedosto "
        "päivittyy eikä kahdennu. Paluuarvo on 1, jos jokin tiedosto jäi tuomatta.",
    )
    parser.add_argument("paths", nargs="+", metavar="POLKU", help="tiedosto tai kansio")
    parser.add_argument(
        "--prune", action="store_true", help="poista päätökset, joiden tiedosto on poistunut"
    )
    add_workspace_argument(parser)
    parser.set_defaults(handler=run)


def print_report(report: ImportReport) -> None:
    print(f"Uusia: {len(report.imported)}")
    print(f"Päivitettyjä: {len(report.updated)}")
    print(f"Ennallaan: {len(report.unchanged)}")
    if report.removed:
        print(f"Poistettuja: {len(report.removed)}")
    if report.missing:
        print(
            f"Kansiosta poistuneita: {len(report.missing)} (päätökset jäivät; --prune poistaa ne)"
        )
    print(f"Epäonnistuneita: {len(report.failed)}")
    for failure in report.failed:
        print(f"  {failure.message}")
    if report.cancelled:
        print("Tuonti keskeytettiin.")


def run(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    try:
        inputs = ImportInputs(
            paths=[Path(p) for p in args.paths],
            db_path=workspace.database_path,
            prune=args.prune,
        )
        report = run_import(inputs, progress_printer("Tuonti"))
        with SearchService(workspace.index_dir, workspace.database_path) as service:
            service.ensure_index(progress_printer("Hakemisto"))
            if report.changed_ids:
                service.index_decisions(report.changed_ids, progress_printer("Hakemisto"))
    finally:
        workspace.close()
    print_report(report)
    return 1 if report.failed or report.cancelled else 0
