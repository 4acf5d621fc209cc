"""Survey frame: strata, respondent characteristics, outcomes, weights and calibration.

The published PER figures are reproduced by a seeded latent-variable model whose
intercepts are then calibrated (per target group) against the design-weighted estimates.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

ORG_TYPES = ["beleid", "inspectie", "ondersteuning", "uitvoering"]
FUNCTIEGROEPEN = ["leidinggevende", "medewerker"]
HERKOMST = ["Nederland", "Europa", "buiten Europa"]
SCHAAL = ["1-4", "5-8", "9-10", "11-13", "14+"]
FREQ = ["nee", "een enkele keer", "vaak"]
DEPARTEMENTEN = ["AZ", "BZ", "BZK", "EZK", "Financiën", "IenW", "JenV", "OCW", "SZW", "VWS"]
BESPROKEN = ["leidinggevende", "vertrouwenspersoon", "integriteit", "betrokkenen"]


@dataclass(frozen=True)
class Stratum:
    """One design stratum: population size, sampled and responding counts."""

    org: str
    fg: str
    populatie: int
    steekproef: int
    respons: int

    @property
    def name(self) -> str:
        return f"{self.org}|{self.fg}"


# Population N_h (sums to 130,000), sample n_h (sums to 14,304), respondents r_h (4,481).
# Managers are over-sampled and respond more; uitvoering staff respond least.
STRATA: list[Stratum] = [
    Stratum("beleid", "leidinggevende", 3120, 1000, 430),
    Stratum("beleid", "medewerker", 27480, 2600, 930),
    Stratum("inspectie", "leidinggevende", 1040, 600, 250),
    Stratum("inspectie", "medewerker", 8910, 1500, 540),
    Stratum("ondersteuning", "leidinggevende", 2210, 800, 320),
    Stratum("ondersteuning", "medewerker", 18650, 2200, 700),
    Stratum("uitvoering", "leidinggevende", 6830, 1300, 420),
    Stratum("uitvoering", "medewerker", 61760, 4304, 891),
]

# Population share (Europa, buiten Europa) per stratum; respondents of non-European
# origin respond somewhat less, which a later raking step on herkomst can correct.
POP_HERKOMST: dict[str, tuple[float, float]] = {
    "beleid|leidinggevende": (0.055, 0.040),
    "beleid|medewerker": (0.070, 0.080),
    "inspectie|leidinggevende": (0.050, 0.035),
    "inspectie|medewerker": (0.060, 0.070),
    "ondersteuning|leidinggevende": (0.060, 0.060),
    "ondersteuning|medewerker": (0.080, 0.120),
    "uitvoering|leidinggevende": (0.060, 0.065),
    "uitvoering|medewerker": (0.085, 0.130),
}
RESPONSE_FACTOR = {"Nederland": 1.0, "Europa": 0.9, "buiten Europa": 0.78}

SCHAAL_P: dict[str, list[float]] = {
    "beleid|medewerker": [0.02, 0.12, 0.28, 0.50, 0.08],
    "inspectie|medewerker": [0.03, 0.20, 0.35, 0.38, 0.04],
    "ondersteuning|medewerker": [0.12, 0.42, 0.26, 0.17, 0.03],
    "uitvoering|medewerker": [0.09, 0.50, 0.26, 0.13, 0.02],
    "beleid|leidinggevende": [0.0, 0.01, 0.08, 0.55, 0.36],
    "inspectie|leidinggevende": [0.0, 0.02, 0.15, 0.60, 0.23],
    "ondersteuning|leidinggevende": [0.0, 0.06, 0.30, 0.50, 0.14],
    "uitvoering|leidinggevende": [0.0, 0.08, 0.37, 0.45, 0.10],
}
SCHAAL_TILT_BE = np.array([2.0, 1.4, 1.0, 0.7, 0.5])  # non-European origin: lower scales

DEPT_P: dict[str, list[float]] = {  # order of DEPARTEMENTEN
    "beleid": [0.012, 0.11, 0.14, 0.10, 0.10, 0.10, 0.12, 0.10, 0.10, 0.118],
    "inspectie": [0.0, 0.0, 0.05, 0.18, 0.05, 0.25, 0.15, 0.12, 0.10, 0.10],
    "ondersteuning": [0.006, 0.08, 0.30, 0.08, 0.14, 0.10, 0.12, 0.06, 0.05, 0.064],
    "uitvoering": [0.0, 0.03, 0.07, 0.04, 0.35, 0.12, 0.25, 0.08, 0.04, 0.02],
}

# Published weighted estimates (proportions) that the data must reproduce.
TARGETS: dict[str, float] = {
    "ervaren": 0.10,
    "ervaren_enkele": 0.09,
    "ervaren_vaak": 0.01,
    "collega": 0.17,
    "collega_enkele": 0.16,
    "collega_vaak": 0.01,
    "burger": 0.11,
    "burger_enkele": 0.10,
    "burger_vaak": 0.01,
    "ervaren_buiten_europa": 0.29,
    "ervaren_schaal_1_4": 0.17,
    "collega_schaal_1_4": 0.35,
    "collega_leidinggevende": 0.25,
    "besproken_lg_bij_ervaren": 0.35,
}
TOLERANCE = 0.005


def strata_table() -> pd.DataFrame:
    """The design table written to strata.csv."""
    return pd.DataFrame(
        {
            "stratum": [s.name for s in STRATA],
            "organisatietype": [s.org for s in STRATA],
            "functiegroep": [s.fg for s in STRATA],
            "populatie": [s.populatie for s in STRATA],
            "steekproef": [s.steekproef for s in STRATA],
            "respons": [s.respons for s in STRATA],
        }
    )


def population_margins() -> pd.DataFrame:
    """Population distribution of herkomst, organisatietype and functiegroep."""
    total = sum(s.populatie for s in STRATA)
    rows: list[tuple[str, str, float]] = []
    eu = sum(s.populatie * POP_HERKOMST[s.name][0] for s in STRATA) / total
    be = sum(s.populatie * POP_HERKOMST[s.name][1] for s in STRATA) / total
    for value, share in (("Nederland", 1 - eu - be), ("Europa", eu), ("buiten Europa", be)):
        rows.append(("herkomst", value, share))
    for org in ORG_TYPES:
        rows.append(
            ("organisatietype", org, sum(s.populatie for s in STRATA if s.org == org) / total)
        )
    for fg in FUNCTIEGROEPEN:
        rows.append(("functiegroep", fg, sum(s.populatie for s in STRATA if s.fg == fg) / total))
    return pd.DataFrame(rows, columns=["variable", "value", "share"])


def make_frame(rng: np.random.Generator) -> pd.DataFrame:
    """Respondent characteristics per stratum (no outcomes yet), with design weights."""
    parts: list[pd.DataFrame] = []
    for s in STRATA:
        r = s.respons
        eu, be = POP_HERKOMST[s.name]
        p = np.array([1 - eu - be, eu, be]) * np.array([RESPONSE_FACTOR[h] for h in HERKOMST])
        herkomst = rng.choice(HERKOMST, size=r, p=p / p.sum())
        base = np.array(SCHAAL_P[s.name])
        schaal = np.empty(r, dtype=object)
        for i, h in enumerate(herkomst):
            q = base * (SCHAAL_TILT_BE if h == "buiten Europa" else 1.0)
            schaal[i] = SCHAAL[rng.choice(5, p=q / q.sum())]
        mean_age = 50.0 if s.fg == "leidinggevende" else 44.0
        sd_age = 8.0 if s.fg == "leidinggevende" else 11.5
        age = rng.normal(mean_age, sd_age, r) - np.where(schaal == "1-4", 6, 0)
        age = np.clip(np.rint(age), 18, 67).astype(int)
        service = np.rint((age - 18) * rng.beta(1.6, 2.2, r)).astype(int)
        dept = rng.choice(DEPARTEMENTEN, size=r, p=np.array(DEPT_P[s.org]) / sum(DEPT_P[s.org]))
        parts.append(
            pd.DataFrame(
                {
                    "stratum": s.name,
                    "weight": s.populatie / s.respons,
                    "organisatietype": s.org,
                    "functiegroep": s.fg,
                    "herkomst": herkomst,
                    "schaal": schaal.astype(str),
                    "leeftijd": age,
                    "dienstjaren": service,
                    "departement": dept,
                }
            )
        )
    df = pd.concat(parts, ignore_index=True)
    # Shuffle so that respondent ids are not ordered by stratum (like a real export).
    df = df.iloc[rng.permutation(len(df))].reset_index(drop=True)
    df.insert(0, "respondent_id", [f"R{i:05d}" for i in range(1, len(df) + 1)])
    return df


def _wshare(flag: np.ndarray, w: np.ndarray, group: np.ndarray | None = None) -> float:
    """Weighted share of `flag` within `group` (all rows when group is None)."""
    if group is None:
        group = np.ones(len(flag), dtype=bool)
    return float((w * flag * group).sum() / (w * group).sum())


def _solve(score: np.ndarray, w: np.ndarray, group: np.ndarray, target: float) -> float:
    """Shift d so that the weighted share of (score + d > 0) in `group` is closest to target."""
    lo, hi = -15.0, 15.0
    for _ in range(80):
        mid = (lo + hi) / 2
        if _wshare(score + mid > 0, w, group) < target:
            lo = mid
        else:
            hi = mid
    s_lo, s_hi = _wshare(score + lo > 0, w, group), _wshare(score + hi > 0, w, group)
    return lo if abs(s_lo - target) < abs(s_hi - target) else hi


def _calibrate(
    eta: np.ndarray, w: np.ndarray, constraints: list[tuple[np.ndarray, float]], rounds: int = 60
) -> np.ndarray:
    """Coordinate-wise intercept shifts, one per (group mask, target) constraint.

    Constraint k adds a shift to the rows in its group; each shift is re-solved in turn
    until all weighted group shares sit at their targets. Returns the shifted score.
    """
    masks = [m.astype(float) for m, _ in constraints]
    shifts = np.zeros(len(constraints))
    for _ in range(rounds):
        for k, (mask, target) in enumerate(constraints):
            other = sum(
                (shifts[j] * masks[j] for j in range(len(constraints)) if j != k),
                np.zeros(len(eta)),
            )
            shifts[k] = _solve(eta + other, w, mask.astype(bool), target)
    return eta + sum((shifts[j] * masks[j] for j in range(len(constraints))), np.zeros(len(eta)))


def _ordinal(z: np.ndarray, w: np.ndarray, vaak_target: float) -> np.ndarray:
    """Three-level outcome from a calibrated latent z: 0 nee, 1 een enkele keer, 2 vaak."""
    c = -_solve(z, w, np.ones(len(z), dtype=bool), vaak_target)
    out = np.where(z > 0, 1, 0)
    out[z > c] = 2
    return out


def add_outcomes(df: pd.DataFrame, rng: np.random.Generator) -> pd.DataFrame:
    """Experienced / noticed racism, whom it was discussed with, and satisfaction."""
    n = len(df)
    w = df["weight"].to_numpy()
    be = (df["herkomst"] == "buiten Europa").to_numpy()
    eu = (df["herkomst"] == "Europa").to_numpy()
    s14 = (df["schaal"] == "1-4").to_numpy()
    leid = (df["functiegroep"] == "leidinggevende").to_numpy()
    everyone = np.ones(n, dtype=bool)
    schaal_eff = (
        df["schaal"]
        .map({"1-4": 0.9, "5-8": 0.4, "9-10": 0.1, "11-13": 0.0, "14+": -0.2})
        .to_numpy()
    )
    org = df["organisatietype"]
    dept_eff = dict(zip(DEPARTEMENTEN, rng.normal(0, 0.2, len(DEPARTEMENTEN))))
    age_c = (df["leeftijd"].to_numpy() - 45) / 10

    def noise() -> np.ndarray:
        return rng.logistic(0, 1, n)

    # Experienced racism at work (self).
    eta = (
        -3.2
        + 2.0 * be
        + 0.8 * eu
        + schaal_eff
        - 0.3 * leid
        - 0.15 * age_c
        + org.map(
            {"beleid": 0.0, "inspectie": -0.1, "ondersteuning": 0.2, "uitvoering": 0.35}
        ).to_numpy()
        + df["departement"].map(dept_eff).to_numpy()
    )
    z = _calibrate(
        eta + noise(),
        w,
        [
            (everyone, TARGETS["ervaren"]),
            (be, TARGETS["ervaren_buiten_europa"]),
            (s14, TARGETS["ervaren_schaal_1_4"]),
        ],
    )
    ervaren = _ordinal(z, w, TARGETS["ervaren_vaak"])

    # Noticed racism towards colleagues.
    eta = (
        -2.3
        + 1.8 * (ervaren > 0)
        + 0.9 * leid
        + 1.1 * s14
        + 0.3 * (schaal_eff > 0.3)
        + 0.5 * be
        + 0.2 * eu
        - 0.1 * age_c
        + org.map(
            {"beleid": 0.0, "inspectie": 0.1, "ondersteuning": 0.1, "uitvoering": 0.25}
        ).to_numpy()
    )
    z = _calibrate(
        eta + noise(),
        w,
        [
            (everyone, TARGETS["collega"]),
            (s14, TARGETS["collega_schaal_1_4"]),
            (leid, TARGETS["collega_leidinggevende"]),
        ],
    )
    collega = _ordinal(z, w, TARGETS["collega_vaak"])

    # Noticed racism by colleagues towards citizens.
    eta = (
        -2.8
        + 1.3 * (collega > 0)
        + 0.3 * leid
        + 0.3 * be
        + org.map(
            {"beleid": -0.6, "inspectie": 0.6, "ondersteuning": -0.5, "uitvoering": 0.9}
        ).to_numpy()
    )
    z = _calibrate(eta + noise(), w, [(everyone, TARGETS["burger"])])
    burger = _ordinal(z, w, TARGETS["burger_vaak"])

    df = df.copy()
    df["racisme_ervaren"] = [FREQ[k] for k in ervaren]
    df["racisme_collega"] = [FREQ[k] for k in collega]
    df["racisme_burger"] = [FREQ[k] for k in burger]

    # Whom it was discussed with (multiple response), only for those who experienced it.
    exp = ervaren > 0
    vaak = ervaren == 2
    eta_lg = -0.7 + 0.5 * vaak - 0.3 * be + rng.logistic(0, 1, n)
    z_lg = _calibrate(eta_lg, w, [(exp, TARGETS["besproken_lg_bij_ervaren"])])
    ch = {
        "leidinggevende": z_lg > 0,
        "vertrouwenspersoon": rng.random(n) < np.where(vaak, 0.26, 0.12),
        "integriteit": rng.random(n) < np.where(vaak, 0.16, 0.05),
        "betrokkenen": rng.random(n) < np.where(be, 0.17, 0.23),
    }
    anyone = np.zeros(n, dtype=bool)
    for k in BESPROKEN:
        anyone |= ch[k]
    for k in BESPROKEN:
        df[f"besproken_{k}"] = np.where(exp, np.where(ch[k], "ja", "nee"), "")
    df["besproken_niemand"] = np.where(exp, np.where(anyone, "nee", "ja"), "")

    # Satisfaction with the outcome, for those who discussed it with someone.
    u = rng.random(n)
    p_tev = np.where(ch["betrokkenen"], 0.56, 0.21) - 0.08 * vaak
    p_neu = np.where(ch["betrokkenen"], 0.27, 0.32)
    tev = np.where(u < p_tev, "tevreden", np.where(u < p_tev + p_neu, "neutraal", "ontevreden"))
    df["tevredenheid"] = np.where(exp & anyone, tev, "")
    return df


def figures(df: pd.DataFrame) -> list[tuple[str, float, float, float]]:
    """(label, target, weighted, unweighted) for every published figure."""
    w = df["weight"].to_numpy()
    one = np.ones(len(df))

    def both(flag: pd.Series, group: pd.Series | None = None) -> tuple[float, float]:
        g = np.ones(len(df), dtype=bool) if group is None else group.to_numpy()
        f = flag.to_numpy()
        return _wshare(f, w, g), _wshare(f, one, g)

    e, c, b = df["racisme_ervaren"], df["racisme_collega"], df["racisme_burger"]
    be = df["herkomst"] == "buiten Europa"
    s14 = df["schaal"] == "1-4"
    leid = df["functiegroep"] == "leidinggevende"
    rows = [
        ("racisme ervaren (enkele keer of vaak)", "ervaren", both(e != "nee")),
        ("  ervaren: een enkele keer", "ervaren_enkele", both(e == "een enkele keer")),
        ("  ervaren: vaak", "ervaren_vaak", both(e == "vaak")),
        ("racisme richting collega's gesignaleerd", "collega", both(c != "nee")),
        ("  collega: een enkele keer", "collega_enkele", both(c == "een enkele keer")),
        ("  collega: vaak", "collega_vaak", both(c == "vaak")),
        ("racisme richting burgers gesignaleerd", "burger", both(b != "nee")),
        ("  burger: een enkele keer", "burger_enkele", both(b == "een enkele keer")),
        ("  burger: vaak", "burger_vaak", both(b == "vaak")),
        ("ervaren | herkomst buiten Europa", "ervaren_buiten_europa", both(e != "nee", be)),
        ("ervaren | schaal 1-4", "ervaren_schaal_1_4", both(e != "nee", s14)),
        ("collega gesignaleerd | schaal 1-4", "collega_schaal_1_4", both(c != "nee", s14)),
        ("collega gesignaleerd | leidinggevende", "collega_leidinggevende", both(c != "nee", leid)),
        (
            "besproken met leidinggevende | ervaren",
            "besproken_lg_bij_ervaren",
            both(df["besproken_leidinggevende"] == "ja", e != "nee"),
        ),
    ]
    return [(label, TARGETS[key], wv, uv) for label, key, (wv, uv) in rows]


def satisfaction_table(df: pd.DataFrame) -> pd.DataFrame:
    """Weighted satisfaction among those who discussed it, by 'besproken met betrokkenen'."""
    d = df[df["tevredenheid"] != ""]
    out = []
    for val in ("ja", "nee"):
        g = d[d["besproken_betrokkenen"] == val]
        tot = g["weight"].sum()
        row = {"besproken_betrokkenen": val, "n": len(g)}
        for t in ("tevreden", "neutraal", "ontevreden"):
            row[t] = g.loc[g["tevredenheid"] == t, "weight"].sum() / tot
        out.append(row)
    return pd.DataFrame(out)
