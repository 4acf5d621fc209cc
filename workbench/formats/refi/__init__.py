"""REFI-QDA (QDA-XML 1.0), the exchange format of NVivo, ATLAS.ti, MAXQDA, QualCoder and
Taguette: :mod:`.qdc` (codebooks, and the Description layout that carries our code
fields), :mod:`.qde` (projects read into plain records; the conventions of our own
export), :mod:`.archive` (a .qdpx archive opened and checked), :mod:`.guids` (GUIDs as
the standard writes them, and the per-project namespace that makes ours stable).

Pure: reading and writing XML, no database. Used by the codebook's .qdc import and export,
the .qdpx import (:mod:`workbench.ingest._qdpx_read`, :mod:`workbench.qdpx_import`) and the
.qdpx export (:mod:`workbench.export.qdpx`).
"""
