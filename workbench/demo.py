"""The demo project: the fictional PER survey and six focus groups from ``data/``, with the
starter codebook from ``codebooks/``; nothing is coded yet."""

from __future__ import annotations

from pathlib import Path

from .errors import ProjectError
from .project import Progress, Project

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
CODEBOOK = ROOT / "codebooks" / "per_racisme.yaml"
OPEN_QUESTIONS = ("open_ervaring", "open_gesignaleerd", "open_verbetering")
TRANSCRIPTS = (
    "fg1_beleid.txt",
    "fg2_uitvoering.txt",
    "fg3_inspectie.docx",
    "fg4_ondersteuning.docx",
    "fg5_leidinggevenden.vtt",
    "fg6_gemengd.srt",
)


def build_demo(
    path: str | Path,
    *,
    data: Path = DATA,
    force: bool = False,
    user: str | None = None,
    progress: Progress | None = None,
) -> Project:
    """Create ``path`` from the demo data (replacing it if ``force``) and return it open."""
    path = Path(path)
    if path.exists():
        if not force:
            raise ProjectError(f"{path}: already exists (use --force to rebuild the demo)")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    project = Project.create(path, name="PER 2023 demo (fictional)", user=user)
    try:
        project.import_survey(
            data / "survey" / "per_demo.csv",
            id="respondent_id",
            stratum="stratum",
            weight="weight",
            open=OPEN_QUESTIONS,
        )
        for name in TRANSCRIPTS:
            project.import_transcript(data / "transcripts" / name)
        project.import_speakers(data / "transcripts" / "speakers.csv")
        project.survey.import_strata(
            data / "survey" / "strata.csv",
            stratum="stratum",
            population="populatie",
            sampled="steekproef",
        )
        project.survey.import_margins(data / "survey" / "population_margins.csv")
        project.codebook.import_file(CODEBOOK)
        project.segment(progress=progress)
    except BaseException:
        project.close()
        raise
    return project
