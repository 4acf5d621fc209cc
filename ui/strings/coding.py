"""UI strings (Dutch, English) of coding: the Codebook, Code, Retrieve and Agreement
pages; ui/i18n.py merges the parts into one table."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # codebook
    "page_codebook": {"nl": "Codeboek", "en": "Codebook"},
    "download": {"nl": "Download", "en": "Download"},
    "codebook_caption": {
        "nl": "Codeboekversie {version} · {n} codes · {codings} coderingen",
        "en": "Codebook version {version} · {n} codes · {codings} codings",
    },
    "definition": {"nl": "Definitie", "en": "Definition"},
    "inclusion": {"nl": "Wel coderen als", "en": "Include when"},
    "exclusion": {"nl": "Niet coderen als", "en": "Exclude when"},
    "examples": {"nl": "Voorbeelden", "en": "Examples"},
    "examples_lines": {"nl": "Voorbeelden (één per regel)", "en": "Examples (one per line)"},
    "no_definition": {"nl": "geen definitie", "en": "no definition"},
    "label_en": {"nl": "Engelse naam", "en": "English label"},
    "color": {"nl": "Kleur", "en": "Colour"},
    "own_color": {"nl": "Eigen kleur", "en": "Own colour"},
    "code_path": {"nl": "Code (pad)", "en": "Code (path)"},
    "code_path_help": {
        "nl": "Bijvoorbeeld Vormen/Grappen: ontbrekende bovenliggende codes worden ook gemaakt.",
        "en": "For example Vormen/Grappen: missing parent codes are created too.",
    },
    "add_code": {"nl": "Code toevoegen", "en": "Add code"},
    "edit": {"nl": "Bewerken", "en": "Edit"},
    "save": {"nl": "Opslaan", "en": "Save"},
    "new_name": {"nl": "Nieuwe naam", "en": "New name"},
    "rename": {"nl": "Hernoemen", "en": "Rename"},
    "new_parent": {"nl": "Nieuwe bovenliggende code", "en": "New parent code"},
    "move": {"nl": "Verplaatsen", "en": "Move"},
    "merge_split": {"nl": "Samenvoegen / splitsen", "en": "Merge / split"},
    "action": {"nl": "Actie", "en": "Action"},
    "merge": {"nl": "Samenvoegen", "en": "Merge"},
    "split": {"nl": "Splitsen", "en": "Split"},
    "merge_into": {"nl": "Samenvoegen met (doelcode)", "en": "Merge into (target code)"},
    "merge_help": {
        "nl": "Alle {n} coderingen van {code} gaan naar de doelcode; {code} blijft "
        "in de geschiedenis bewaard.",
        "en": "All {n} codings of {code} move to the target code; {code} stays in the history.",
    },
    "i_am_sure": {"nl": "Ik weet het zeker", "en": "I am sure"},
    "nothing_to_merge": {
        "nl": "Er is geen andere code om mee samen te voegen.",
        "en": "There is no other code to merge into.",
    },
    "split_help": {
        "nl": "Kies de coderingen die naar een nieuwe code gaan (naast deze code).",
        "en": "Choose the codings that move to a new code (next to this one).",
    },
    "split_name": {"nl": "Naam van de nieuwe code", "en": "Name of the new code"},
    "split_n": {"nl": "Splitsen ({n} coderingen)", "en": "Split ({n} codings)"},
    "no_codings_to_split": {
        "nl": "Deze code heeft geen coderingen om te splitsen.",
        "en": "This code has no codings to split.",
    },
    "delete": {"nl": "Verwijderen", "en": "Delete"},
    "delete_which": {"nl": "Ongebruikte code", "en": "Unused code"},
    "delete_help": {
        "nl": "Alleen codes zonder coderingen en zonder subcodes kunnen weg.",
        "en": "Only codes without codings and without subcodes can be deleted.",
    },
    "nothing_to_delete": {
        "nl": "Er zijn geen ongebruikte codes.",
        "en": "There are no unused codes.",
    },
    "import_export": {"nl": "Import / export", "en": "Import / export"},
    "import_codebook": {"nl": "Codeboek importeren", "en": "Import codebook"},
    "export_codebook": {"nl": "Codeboek exporteren", "en": "Export codebook"},
    "no_codes_to_export": {
        "nl": "Het codeboek is nog leeg: er valt nog niets te exporteren.",
        "en": "The codebook is empty: there is nothing to export yet.",
    },
    "codebook_file": {
        "nl": "Codeboekbestand (yaml, csv, qdc)",
        "en": "Codebook file (yaml, csv, qdc)",
    },
    "importing": {"nl": "Importeren…", "en": "Importing…"},
    "codebook_imported": {
        "nl": "Codeboek geïmporteerd: {added} toegevoegd, {updated} bijgewerkt, "
        "{unchanged} ongewijzigd (versie {version}).",
        "en": "Codebook imported: {added} added, {updated} updated, "
        "{unchanged} unchanged (version {version}).",
    },
    "code_added": {"nl": "Code toegevoegd: {code}", "en": "Code added: {code}"},
    "code_saved": {"nl": "Opgeslagen: {code}", "en": "Saved: {code}"},
    "code_renamed": {"nl": "Hernoemd: {code}", "en": "Renamed: {code}"},
    "code_moved": {"nl": "Verplaatst: {code}", "en": "Moved: {code}"},
    "code_merged": {
        "nl": "{source} samengevoegd met {target} ({n} coderingen).",
        "en": "Merged {source} into {target} ({n} codings).",
    },
    "code_split": {
        "nl": "Nieuwe code {code} met {n} coderingen.",
        "en": "New code {code} with {n} codings.",
    },
    "code_deleted": {"nl": "Verwijderd: {code}", "en": "Deleted: {code}"},
    # order of siblings and a code's history (ui/codebook_history.py)
    "sibling_order": {"nl": "Volgorde", "en": "Order"},
    "order_help": {
        "nl": "De volgorde van de boom en van de exports; ↑ en ↓ werken ook met het toetsenbord.",
        "en": "The order of the tree and of the exports; ↑ and ↓ work from the keyboard too.",
    },
    "no_siblings": {
        "nl": "Deze code heeft geen naastgelegen codes.",
        "en": "This code has no siblings.",
    },
    "move_up": {"nl": "{code} een plaats omhoog", "en": "Move {code} up one place"},
    "move_down": {"nl": "{code} een plaats omlaag", "en": "Move {code} down one place"},
    "code_reordered": {"nl": "Volgorde gewijzigd: {code}", "en": "Reordered: {code}"},
    "history": {"nl": "Geschiedenis van een code", "en": "History of a code"},
    "history_none": {"nl": "Geen geschiedenis.", "en": "No history."},
    "history_when": {"nl": "Wanneer (UTC)", "en": "When (UTC)"},
    "history_who": {"nl": "Wie", "en": "Who"},
    "history_what": {"nl": "Wat", "en": "What"},
    "history_created": {"nl": "gemaakt als {path}", "en": "created as {path}"},
    "history_edited": {"nl": "gewijzigd: {fields}", "en": "changed {fields}"},
    "history_renamed": {"nl": "hernoemd van {old} naar {new}", "en": "renamed from {old} to {new}"},
    "history_moved": {"nl": "verplaatst van {old} naar {new}", "en": "moved from {old} to {new}"},
    "history_merged_into": {
        "nl": "samengevoegd met {into} ({codings} coderingen, {memos} memo's verplaatst)",
        "en": "merged into {into} ({codings} codings, {memos} memos moved)",
    },
    "history_merged_from": {
        "nl": "{source} hiermee samengevoegd ({codings} coderingen, {memos} memo's verplaatst)",
        "en": "{source} merged into it ({codings} codings, {memos} memos moved)",
    },
    "history_split_off": {
        "nl": "gesplitst: {codings} coderingen naar nieuwe code {new}",
        "en": "split: {codings} codings moved to new code {new}",
    },
    "history_split_from": {
        "nl": "gemaakt door {source} te splitsen ({codings} coderingen)",
        "en": "made by splitting {source} ({codings} codings)",
    },
    "history_deleted": {"nl": "verwijderd", "en": "deleted"},
    "history_reordered": {
        "nl": "plaats tussen naastgelegen codes van {old} naar {new}",
        "en": "place among its siblings from {old} to {new}",
    },
    "history_memo": {"nl": "memo geschreven", "en": "memo written"},
    "history_codings": {
        "nl": "{codings} keer toegepast, van {first} tot {last}",
        "en": "applied {codings} times from {first} to {last}",
    },
    # code page
    "page_code": {"nl": "Coderen", "en": "Code"},
    "segment": {"nl": "Segment", "en": "Segment"},
    "coding_as": {
        "nl": "U codeert als {coder} (zie de zijbalk).",
        "en": "You are coding as {coder} (see the sidebar).",
    },
    "document_n": {"nl": "Document ({n} op deze pagina)", "en": "Document ({n} on this page)"},
    "source": {"nl": "Werkwijze", "en": "Work from"},
    "pick_document": {"nl": "Document kiezen", "en": "Pick a document"},
    "work_queue": {"nl": "Werklijst", "en": "Work queue"},
    "find_answers": {"nl": "Antwoorden zoeken", "en": "Find answers"},
    "find_answers_help": {
        "nl": "Zoekt op woorden en hun verbuigingen; leeg: blader per pagina.",
        "en": "Searches words and their inflections; empty: page through.",
    },
    "queue": {"nl": "Werklijst", "en": "Queue"},
    "queue_assigned": {"nl": "Aan mij toegewezen", "en": "Assigned to me"},
    "queue_uncoded": {"nl": "Ongecodeerde antwoorden", "en": "Uncoded answers"},
    "queue_suggested": {"nl": "Voorstellen van het model", "en": "Model suggestions"},
    "model_suggests": {"nl": "Voorstel:", "en": "Suggested:"},
    "accepted_notice": {"nl": "Voorstel aanvaard", "en": "Suggestion accepted"},
    "rejected_notice": {"nl": "Voorstel afgewezen", "en": "Suggestion rejected"},
    "queue_empty": {"nl": "Geen ongecodeerde antwoorden meer.", "en": "No uncoded answers left."},
    "queue_progress": {
        "nl": "{done} van {total} gecodeerd of gelezen",
        "en": "{done} of {total} coded or read",
    },
    "nothing_applies": {"nl": "Niets van toepassing · volgende", "en": "Nothing applies · next"},
    "nothing_applies_help": {
        "nl": "Legt vast dat u dit antwoord hebt gelezen en dat geen code van toepassing is "
        "(een beoordeling; ongedaan te maken), en gaat naar het volgende.",
        "en": "Records that you read this answer and no code applies (a review; undoable), "
        "and moves to the next one.",
    },
    "nothing_applies_notice": {
        "nl": "Gelezen: geen code van toepassing.",
        "en": "Read: no code applies.",
    },
    "queue_item_reviewed": {
        "nl": "U hebt dit antwoord al gelezen.",
        "en": "You have read this answer already.",
    },
    "queue_item": {"nl": "Item (van {total})", "en": "Item (of {total})"},
    "refresh_queue": {"nl": "Werklijst verversen", "en": "Refresh queue"},
    "no_assignments": {
        "nl": "Er is niets aan {coder} toegewezen. Maak een steekproef voor "
        "dubbel coderen op de pagina Overeenstemming.",
        "en": "Nothing is assigned to {coder}. Create a double-coding sample on "
        "the Agreement page.",
    },
    "previous": {"nl": "◀ Vorige", "en": "◀ Previous"},
    "next": {"nl": "Volgende ▶", "en": "Next ▶"},
    "active_code": {"nl": "Actieve code", "en": "Active code"},
    "active_code_help": {
        "nl": "De code die de knop ＋ bij elk segment toepast.",
        "en": "The code the ＋ button of every segment applies.",
    },
    "quick_list": {"nl": "Snelkeuze (toetsen 1-9)", "en": "Quick list (keys 1-9)"},
    "quick_list_help": {
        "nl": "Deze codes staan als knoppen bij elk segment, en onder de toetsen "
        "1-9 bij het selecteren van tekst.",
        "en": "These codes are the buttons of every segment, and keys 1-9 when you select text.",
    },
    "blind": {"nl": "Blind coderen", "en": "Blind coding"},
    "blind_help": {
        "nl": "Verberg de coderingen van andere codeurs.",
        "en": "Hide other coders' codings.",
    },
    "undo": {"nl": "Ongedaan maken", "en": "Undo"},
    "undo_help": {
        "nl": "Maakt de laatste actie van {coder} ongedaan.",
        "en": "Reverses the last action of {coder}.",
    },
    "undone": {"nl": "Ongedaan gemaakt: {action}", "en": "Undone: {action}"},
    "nothing_to_undo": {"nl": "Niets om ongedaan te maken.", "en": "Nothing to undo."},
    "coded_notice": {"nl": "Gecodeerd: {code}", "en": "Coded: {code}"},
    "removed_notice": {"nl": "Codering verwijderd.", "en": "Coding removed."},
    "coding_mode": {"nl": "Manier van coderen", "en": "Coding mode"},
    "mode_units": {"nl": "Hele segmenten", "en": "Whole segments"},
    "mode_spans": {"nl": "Tekst selecteren", "en": "Select text"},
    "apply_help": {
        "nl": "Pas {code} toe op dit hele segment.",
        "en": "Apply {code} to this whole segment.",
    },
    "toggle_codes": {"nl": "Codes aan/uit", "en": "Toggle codes"},
    "more_codes": {"nl": "Codes", "en": "Codes"},
    "more_codes_n": {"nl": "Codes ({n})", "en": "Codes ({n})"},
    "more_codes_help": {
        "nl": "Codes van de snellijst aan- of uitzetten voor deze korte eenheid.",
        "en": "Switch codes of the quick list on or off for this short unit.",
    },
    "span_hint": {
        "nl": "Selecteer tekst en druk op 1-9 (of klik een code).",
        "en": "Select text and press 1-9 (or click a code).",
    },
    "selected": {"nl": "Selectie", "en": "Selected"},
    "selection_is": {
        "nl": "Selectie: tekens {start}-{end}",
        "en": "Selection: characters {start}-{end}",
    },
    "apply_to_selection": {
        "nl": "Pas {code} toe op de selectie",
        "en": "Apply {code} to the selection",
    },
    "codings_here": {
        "nl": "Coderingen in dit document ({n})",
        "en": "Codings in this document ({n})",
    },
    "none_yet": {"nl": "Nog geen.", "en": "None yet."},
    "remove_coding": {"nl": "Eigen codering verwijderen", "en": "Remove one of my codings"},
    "remove": {"nl": "Verwijderen", "en": "Remove"},
    "memos_n": {"nl": "Memo's ({n})", "en": "Memos ({n})"},
    "memo_on": {"nl": "Memo bij", "en": "Memo on"},
    "memo_text": {"nl": "Memo", "en": "Memo"},
    "add_memo": {"nl": "Memo toevoegen", "en": "Add memo"},
    "memo_added": {"nl": "Memo toegevoegd.", "en": "Memo added."},
    # retrieve
    "page_retrieve": {"nl": "Ophalen", "en": "Retrieve"},
    "all_coders": {"nl": "Alle codeurs", "en": "All coders"},
    "filters": {"nl": "Filters en kenmerken", "en": "Filters and attributes"},
    "show_variables": {"nl": "Toon enquêtevariabelen", "en": "Show survey variables"},
    "filter_variables": {"nl": "Filter op enquêtevariabelen", "en": "Filter on survey variables"},
    "filter_attributes": {"nl": "Filter op sprekerkenmerken", "en": "Filter on speaker attributes"},
    "passages": {"nl": "Fragmenten", "en": "Passages"},
    "table": {"nl": "Tabel", "en": "Table"},
    "cooccurrence": {"nl": "Samen voorkomen", "en": "Co-occurrence"},
    "cooccurrence_help": {
        "nl": "Aantal eenheden waarin beide codes zijn toegepast (diagonaal: "
        "eenheden met de code).",
        "en": "Units where both codes were applied (diagonal: units with the code).",
    },
    "n_passages": {"nl": "{n} gecodeerde fragmenten", "en": "{n} coded passages"},
    "no_passages": {"nl": "Geen gecodeerde fragmenten.", "en": "No coded passages."},
    "play_from": {"nl": "▶ Afspelen vanaf {time}", "en": "▶ Play from {time}"},
    "media_missing": {
        "nl": "De opname {file} staat niet (meer) in de mediamap van het project.",
        "en": "The recording {file} is not (or no longer) in the project's media folder.",
    },
    # agreement
    "page_agreement": {"nl": "Overeenstemming", "en": "Agreement"},
    "coders": {"nl": "Codeurs", "en": "Coders"},
    "download_csv": {"nl": "Download als CSV", "en": "Download as CSV"},
    "computing": {"nl": "Berekenen…", "en": "Computing…"},
    "applied": {"nl": "toegepast", "en": "applied"},
    "not_applied": {"nl": "niet toegepast", "en": "not applied"},
    "agreement": {"nl": "Overeenstemming", "en": "Agreement"},
    "disagreements": {"nl": "Verschillen", "en": "Disagreements"},
    "need_two_coders": {
        "nl": "Overeenstemming vraagt minstens twee codeurs.",
        "en": "Agreement needs at least two coders.",
    },
    "overall": {"nl": "(alle codes)", "en": "(all codes)"},
    "units_n": {"nl": "Eenheden", "en": "Units"},
    "percent_agreement": {"nl": "% overeenstemming", "en": "% agreement"},
    "applied_by": {"nl": "toegepast door", "en": "applied by"},
    "agreement_help": {
        "nl": "Per code: eenheden die minstens twee codeurs zagen; de rij (alle codes) "
        "telt paren van eenheid en code. Zonder keuze: de codes die deze codeurs "
        "gebruikten. Kappa alleen bij twee codeurs; – waar het niet gedefinieerd is.",
        "en": "Per code: units seen by at least two coders; the (all codes) row counts "
        "unit x code pairs. Without a choice: the codes these coders used. Kappa only "
        "with two coders; – where it is undefined.",
    },
    "agreement_scope_samples": {
        "nl": "Alleen de eenheden van de steekproef voor dubbel coderen ({samples}): "
        "codes die daarbuiten zijn toegekend tellen niet mee.",
        "en": "Only the units of the double-coding sample ({samples}): codes applied "
        "outside it do not count.",
    },
    "agreement_scope_coded": {
        "nl": "Deze codeurs kregen geen steekproef voor dubbel coderen: de eenheden die "
        "zij codeerden tellen mee.",
        "en": "These coders were given no double-coding sample: the units they coded count.",
    },
    "all_used_codes": {"nl": "Alle gebruikte codes", "en": "All codes used"},
    "double_coding_sample": {"nl": "Steekproef voor dubbel coderen", "en": "Double-coding sample"},
    "blind_open": {
        "nl": "Blind dubbel coderen: {samples}. Tot een eigenaar de steekproef onthult, ziet "
        "elke codeur van deze eenheden alleen het eigen werk.",
        "en": "Blind double coding: {samples}. Until an owner reveals the sample, each coder "
        "sees only their own work on these units.",
    },
    "reveal_which": {"nl": "Steekproef om te onthullen", "en": "Sample to reveal"},
    "reveal_sample": {"nl": "Onthullen", "en": "Reveal"},
    "reveal_help": {
        "nl": "Daarna zien de codeurs elkaars coderingen en de consensus (vastgelegd).",
        "en": "The coders then see each other's codings and the consensus (recorded).",
    },
    "revealed_notice": {
        "nl": "{sample} onthuld: {coders} zien nu elkaars coderingen.",
        "en": "{sample} revealed: {coders} now see each other's codings.",
    },
    "sample_name": {"nl": "Naam (optioneel)", "en": "Name (optional)"},
    "create_sample": {"nl": "Steekproef maken", "en": "Create sample"},
    "sample_created": {
        "nl": "Steekproef {sample}: {n} eenheden toegewezen aan {coders}.",
        "en": "Sample {sample}: {n} units assigned to {coders}.",
    },
    "no_disagreements": {
        "nl": "Geen verschillen tussen deze codeurs.",
        "en": "No disagreements between these coders.",
    },
    "n_disagreements": {
        "nl": "{n} betwiste (segment, code)-paren",
        "en": "{n} disputed (segment, code) pairs",
    },
    "decide_applied": {"nl": "✓ Toegepast", "en": "✓ Applied"},
    "decide_not_applied": {"nl": "✗ Niet toegepast", "en": "✗ Not applied"},
    "consensus_is": {"nl": "Consensus: {decision}", "en": "Consensus: {decision}"},
    "consensus_saved": {
        "nl": "Consensus vastgelegd: {code} {decision}.",
        "en": "Consensus recorded: {code} {decision}.",
    },
    "consensus_help": {
        "nl": "Een besluit wordt vastgelegd als codeur 'consensus' (door {coder}); "
        "de oorspronkelijke coderingen blijven.",
        "en": "A decision is recorded as coder 'consensus' (by {coder}); the "
        "original codings stay.",
    },
}
