"""File formats, read and written safely: no database, no project.

Shared readers of users' files: :mod:`.text` (encodings, line numbers, normalisation),
:mod:`.delimited` (CSV/TSV: delimiter detection, records with their line numbers),
:mod:`.archives` (zip containers checked for zip bombs and paths that lead outside them),
:mod:`.safe_xml` (XML without DTDs or entities); :mod:`.codes` (what a code can hold, the
entries a codebook file is read into and the document one is written from); and
:mod:`.refi`, the REFI-QDA exchange format (.qdc codebooks, .qde projects, .qdpx archives,
GUIDs). :mod:`workbench.ingest`, :mod:`workbench.codebook` and :mod:`workbench.export` use
them; every problem is one :class:`workbench.errors.InputError` naming the file.
"""
