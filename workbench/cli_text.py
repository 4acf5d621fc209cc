"""How command results read as text (``--json`` prints them as they are)."""

from __future__ import annotations


def format_counts(info: dict) -> str:
    lines = [f"{info['name']}  ({info['path']}, schema version {info['schema_version']})"]
    if "mode" in info:
        lines.append(
            f"  single-user project: {info['user']} acts as owner"
            if info["mode"] == "single-user"
            else f"  team project: {info['user']} acts as {info['role']}"
        )
    lines += [f"  {key:>22}: {value}" for key, value in info["counts"].items()]
    return "\n".join(lines)


def import_done(result: dict) -> str:
    skip = {"file", "warnings"}
    return (
        f"imported {result['file']}: "
        + ", ".join(f"{k} {v}" for k, v in result.items() if k not in skip and v is not None)
        + "".join(f"\nwarning: {w}" for w in result.get("warnings", ()))
    )


def media_linked(result: dict) -> str:
    """One line: which recording now plays with which transcript, and where it is kept."""
    length = f", {result['seconds']:.1f} s" if result.get("seconds") is not None else ""
    return (
        f"linked {result['file']} ({result['format']}{length}) to the transcript of group"
        f" {result['group']!r} (document {result['document']}); kept as"
        f" {result['folder']}/{result['stored']}"
    )


def transcribed(result: dict) -> str:
    """What a transcription wrote: turns, length, model, and that speakers are to be named."""
    line = (
        f"transcribed {result['file']} ({result['seconds']:.1f} s, language"
        f" {result['language']}, {result['model']['name']}) into {result['turns']} timed turns"
        f" of group {result['group']!r} (document {result['document']}), all by"
        f" {result['speaker']!r}: Whisper does not tell speakers apart; the recording is kept"
        f" as {result['kept']}"
    )
    if "segmentation" in result:
        line += f"; {result['segmentation'].get('sentences', 0)} sentences"
    return line


def transcript_preview(preview: dict) -> str:
    """A transcript as an import would read it; nothing is written."""
    lines = [
        f"preview of {preview['file']} ({preview['format']}, group {preview['group']!r}): "
        f"{preview['turns']} turns by {len(preview['speakers'])} speakers; nothing was written"
    ]
    if preview["title"]:
        lines.append("title: " + " / ".join(preview["title"].split("\n")))
    lines.append(f"  {'speaker':<40} {'turns':>5}  first {preview['unit']}")
    lines += [f"  {s['name']:<40} {s['turns']:>5}  {s['first']}" for s in preview["speakers"]]
    lines += [f"warning: {w}" for w in preview["warnings"]]
    if preview["ambiguous"]:
        lines.append(
            "to import, settle each ambiguous label with --speaker LABEL or --not-speaker LABEL"
        )
    return "\n".join(lines)


def estimate_text(result: dict) -> str:
    from .figures import THIN_MENTIONS  # here: the CLI's parser must not load numpy

    percent = result["statistic"] == "proportion"

    def number(value: float | None) -> str:
        if value is None:
            return "-"
        return f"{100 * value:.1f}%" if percent else f"{value:,.6g}"

    by = result["by"]
    lines = [
        f"{result['statistic']} of {result['variable']}"
        + (f" by {' x '.join(by)}" if by else "")
        + f" (weighted; 95% CI; groups under {result['min_cell']} respondents suppressed)"
    ]
    for row in result["estimates"]:
        group = " / ".join(str(row[b]) for b in by) or "all"
        n = f"<{result['min_cell']}" if row["suppressed"] else str(row["n"])
        deff = "-" if row.get("deff") is None else f"{row['deff']:.2f}"
        coded = (
            f"  coded {row['n_coded']}"
            if row.get("n_coded") is not None and result.get("method") not in (None, "complete")
            else ""
        )
        lines.append(
            f"  {group:<28} {number(row['estimate']):>9}  "
            f"[{number(row['ci_low'])}, {number(row['ci_high'])}]  "
            f"se {number(row['se'])}  n {n}{coded}  deff {deff}"
            + (f"  (thin: fewer than {THIN_MENTIONS} coded mentions)" if row.get("thin") else "")
        )
    test = result["test"]
    if test:
        lines.append(
            f"  {test['test']} = {test['statistic']:.2f} on {test['ndf']:.2f} and "
            f"{test['ddf']:.1f} df, p = {test['p']:.2g} {test['sig']}".rstrip()
        )
    if result.get("basis"):
        lines.append(f"  method {result['method']}: {result['basis']}")
    agreement = result.get("model_agreement")
    if agreement and agreement.get("kappa") is not None:
        lines.append(
            f"  model vs humans on the sample: kappa {agreement['kappa']:.2f}, "
            f"alpha {agreement['alpha']:.2f} (n {agreement['n']})"
        )
    return "\n".join(lines)


def coverage_text(info: dict) -> str:
    lines = [
        f"{info['code']}: known for {info['known']} of {info['answers']} answers "
        f"({info['reviewed']} reviewed, {info['positive']} coded with it); "
        f"{info['respondents_known']} of {info['respondents']} respondents; "
        f"coverage {'complete' if info['complete'] else 'incomplete'}"
    ]
    for sample in info["samples"]:
        lines.append(
            f"  sample {sample['name']}: {sample['coded']} coded of {sample['drawn']} drawn"
        )
    return "\n".join(lines)


def sample_text(status: dict) -> str:
    lines = [
        f"sample {status['name']!r}: {status['drawn']} drawn of {status['frame']} "
        f"{status['unit']}s, {status['reviewed']} reviewed; strata: "
        f"{', '.join(status['stratify_by']) or 'none'}; {len(status['draws'])} draw(s)"
    ]
    for row in status["strata"]:
        lines.append(
            f"  {row['stratum']:<32} frame {row['frame_size']:>6}  drawn "
            f"{row['drawn']:>5}  reviewed {row['reviewed']:>5}"
        )
    return "\n".join(lines)


def weights_text(report: dict) -> str:
    lines = ["weights          n        sum      min      max     cv  deff(weighting)"]
    for name, w in report["weights"].items():
        lines.append(
            f"{name:<10} {w['n']:>6} {w['sum']:>10,.0f} {w['min']:>8.2f} {w['max']:>8.2f} "
            f"{w['cv']:>6.2f} {w['deff_kish']:>8.2f}"
        )
    rows = report["representativeness"]
    if rows:
        names = [
            k
            for k in rows[0]
            if k not in ("variable", "value", "population") and not k.startswith("gap_")
        ]
        lines.append("")
        lines.append(
            f"{'variable = value':<34} {'population':>10} " + " ".join(f"{n:>10}" for n in names)
        )
        for row in rows:
            label = f"{row['variable']} = {row['value']}"[:34]
            lines.append(
                f"{label:<34} {row['population']:>10.1%} "
                + " ".join(f"{row[n]:>10.1%}" for n in names)
            )
    return "\n".join(lines)


def agreement_table(report: dict) -> str:
    def number(value: float | None) -> str:
        return "   -  " if value is None else f"{value:6.3f}"

    lines = [f"{'code':<50} {'units':>6} {'agree%':>7} {'kappa':>6} {'alpha':>6}"]
    for row in [*report["per_code"], report["overall"]]:
        percent = row["percent_agreement"]
        lines.append(
            f"{row['code'][:50]:<50} {row['units']:>6} "
            f"{'    -  ' if percent is None else f'{percent * 100:7.1f}'} "
            f"{number(row['cohen_kappa'])} {number(row['krippendorff_alpha'])}"
        )
    scope = report.get("scope") or {}
    where = (
        f"the units of double-coding sample(s) {', '.join(scope['samples'])}"
        if scope.get("samples")
        else "the units the coders coded (no double-coding sample was given to them)"
    )
    lines.append(
        f"units: per code, the units at least two coders saw; overall, unit x code pairs; on {where}"
    )
    return "\n".join(lines)


def suggested(result: dict) -> str:
    lines = [
        f"run {result['run']}: {result['suggested']} suggestions by {result['model']} "
        f"({result['replaced']} open ones replaced)"
    ]
    for path, info in result["codes"].items():
        cv = ""
        if info.get("cv_precision") is not None or info.get("cv_recall") is not None:
            cv = (
                f", cross-validated precision {info.get('cv_precision')} "
                f"recall {info.get('cv_recall')}"
            )
        lines.append(
            f"  {path}: {info.get('suggested', 0)} ({info.get('method', '-')}, "
            f"{info['positives']} positive, {info['negatives']} negative{cv})"
        )
    return "\n".join(lines)


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def topics_text(result: dict) -> str:
    m = result["metrics"]
    lines = [
        f"run {result['run']}: {len(result['topics'])} topics in {result['units']} "
        f"{result['unit']} ({result['model']}; outliers {m['outlier_share_before']:.0%} "
        f"-> {m['outlier_share_after']:.0%})",
        f"  NPMI coherence {_num(m.get('npmi'))}, topic diversity {_num(m.get('diversity'))}"
        f" (k chosen by: {m.get('k_criterion') or 'asked'})",
    ]
    lines += [f"  {t['topic']:>3}  {t['size']:>6}  {t['label']}" for t in result["topics"]]
    return "\n".join(lines)


def qdpx_text(r: dict) -> str:
    skipped = r["sources"]["skipped"]
    lines = [
        f"created {r['project']} from {r['file']} ({r['origin'] or 'unknown origin'}): "
        f"{r['sources']['read']} sources read, {len(skipped)} skipped; {r['answers']} "
        f"answers, {r['transcripts']} transcripts, {r['respondents']} respondents, "
        f"{r['codes']} codes, {r['codings']} codings, {r['memos']} memos"
    ]
    lines += [f"  skipped {s['name']}: {s['reason']} ({s['codings']} codings)" for s in skipped]
    lost = {k: v for k, v in {**r["codings_skipped"], **r["not_carried"]}.items() if v}
    if lost:
        lines.append("  not carried: " + ", ".join(f"{k} {v}" for k, v in lost.items()))
    lines += [f"  warning: {w}" for w in r["warnings"]]
    return "\n".join(lines)


def models_text(models: list[dict]) -> str:
    """The embedding registry: one line per model, then its title and languages."""
    lines = []
    for m in models:
        state = f"installed {m['version']}" if m["installed"] else f"not installed ({m['package']})"
        dims = m["dims"] if m["dims"] is not None else "corpus"
        default = f"default for {' and '.join(m['default_for'])}, " if m["default_for"] else ""
        lines.append(f"{m['name']:<8} {default}{state}, dims {dims}")
        lines.append(f"         {m['title']}; {m['languages']}")
    return "\n".join(lines)


def _matrix_cell(cell: dict, min_cell: int) -> str:
    if cell["people"] is None:
        return f"<{min_cell}"
    text = f"{cell['people']}"
    if cell.get("share") is not None:
        text += f" ({100 * cell['share']:.0f}%)"
    return text + ("*" if cell["suppressed"] else "")


def matrix_text(result: dict) -> str:
    """Codes x columns: people per cell (weighted share of respondents in brackets); * marks
    a cell under the small-cell threshold (blanked for viewers and in files)."""
    cells = {(c["row"], c["column"]): c for c in result["cells"]}
    header = ["code", *result["columns"]]
    rows = [
        [row, *(_matrix_cell(cells[(row, col)], result["min_cell"]) for col in result["columns"])]
        for row in result["rows"]
    ]
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(str(v).ljust(w) for v, w in zip(r, widths)) for r in [header, *rows]]
    lines.append(
        f"{result['people']} per cell (units: {result['unit']}); * fewer than "
        f"{result['min_cell']}: blanked for viewers and in files"
    )
    lines += result.get("notes", [])
    if "file" in result:
        f = result["file"]
        lines.append(f"wrote {f['path']} ({f['format']}, {f['suppressed']} cells suppressed)")
    return "\n".join(lines)


def words_text(result: dict) -> str:
    """Per group: word, units, count; * marks a word under the small-cell threshold."""
    lines: list[str] = []
    group = None
    for row in result["words"]:
        if row["group"] != group:
            group = row["group"]
            lines.append(f"{group}:")
        mark = "*" if row["suppressed"] else ""
        lines.append(f"  {row['word']:<24} {row['units']:>7} units {row['count']:>8}x{mark}")
    if not lines:
        lines.append("no words (nothing segmented or coded here)")
    lines.append(f"* fewer than {result['min_cell']} units or people: left out for viewers")
    return "\n".join(lines)
