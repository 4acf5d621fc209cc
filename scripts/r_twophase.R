#!/usr/bin/env Rscript
# Reference results from R's `survey` package for workbench/analysis/twophase.py.
#
#   Rscript scripts/r_twophase.R [OUT_DIR]
#
# OUT_DIR defaults to tests/fixtures/r_twophase. Generates (seeded) a stratified survey with
# weights and a finite population correction (phase 1), an open question some respondents
# answered, a coding sample of the answers (phase 2, stratified SRS by another variable;
# respondents without an answer are a certainty stratum: their value, 0, is known) and a
# model score per answer. Writes the data (data.csv) and results.json: per check the R call
# and R's numbers at full precision. tests/test_twophase.py recomputes each check (rel 1e-6)
# from these fixtures, and once more live when Rscript is available.

suppressPackageStartupMessages({
  library(survey)
  library(jsonlite)
})
options(survey.lonely.psu = "fail")

args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) >= 1) args[1] else file.path("tests", "fixtures", "r_twophase")
dir.create(out, showWarnings = FALSE, recursive = TRUE)

set.seed(20261203)
n1 <- 1500
strata <- c("A", "B", "C", "D")
pop <- c(A = 20000, B = 8000, C = 3000, D = 1200)
d <- data.frame(id = sprintf("R%04d", 1:n1),
                stratum = sample(strata, n1, TRUE, prob = c(.35, .3, .2, .15)),
                stringsAsFactors = FALSE)
d$N <- unname(pop[d$stratum])
d$n_h <- as.vector(table(d$stratum)[d$stratum])
# imported weights: N_h / n_h with a nonresponse adjustment that varies within strata
d$group <- sample(c("x", "y", "z"), n1, TRUE, prob = c(.5, .3, .2))
adj <- c(x = 0.9, y = 1.05, z = 1.2)
d$w <- d$N / d$n_h * unname(adj[d$group])
d$region <- sample(c("noord", "zuid"), n1, TRUE)
d$answered <- rbinom(n1, 1, ifelse(d$group == "z", 0.5, 0.75))
p_true <- ifelse(d$group == "x", 0.15, ifelse(d$group == "y", 0.3, 0.45))
d$truth <- ifelse(d$answered == 1, rbinom(n1, 1, p_true), 0)
d$score <- ifelse(d$answered == 1,
                  plogis(qlogis(ifelse(d$truth == 1, 0.7, 0.2)) + rnorm(n1, 0, 1)), 0)
# the coding sample: stratified by region among those who answered
d$sstratum <- ifelse(d$answered == 1, d$region, "(no answer)")
d$sampled <- d$answered == 0
for (s in c("noord", "zuid")) {
  idx <- which(d$sstratum == s)
  d$sampled[sample(idx, if (s == "noord") 120 else 90)] <- TRUE
}
# a second sample stratified by the survey strata (the usual case)
d$sstratum2 <- ifelse(d$answered == 1, d$stratum, "(no answer)")
d$sampled2 <- d$answered == 0
for (s in strata) {
  idx <- which(d$sstratum2 == s)
  d$sampled2[sample(idx, 40)] <- TRUE
}
d$y <- ifelse(d$sampled, d$truth, NA)
d$y2 <- ifelse(d$sampled2, d$truth, NA)
d$c1 <- d$w * d$answered
d$c2 <- d$w * d$answered * d$score
d$c3 <- d$w * (1 - d$answered)
write.csv(d, file.path(out, "data.csv"), row.names = FALSE, na = "")

num <- function(x) unname(as.numeric(x))
checks <- list()
add <- function(check) checks[[length(checks) + 1]] <<- check

design <- function(sampled, sstratum) {
  twophase(id = list(~1, ~1), strata = list(~stratum, as.formula(paste0("~", sstratum))),
           weights = list(~w, NULL), fpc = list(~N, NULL),
           subset = as.formula(paste0("~", sampled)), data = d, method = "approx")
}
designs <- list(
  sample_region = list(sampled = "sampled", sstratum = "sstratum", y = "y"),
  sample_strata = list(sampled = "sampled2", sstratum = "sstratum2", y = "y2"))

for (name in names(designs)) {
  spec <- designs[[name]]
  des <- design(spec$sampled, spec$sstratum)
  model <- calibrate(des, phase = 2, formula = ~ 0 + c1 + c2 + c3, calfun = "linear")
  for (method in c("sample", "model-assisted")) {
    dd <- if (method == "sample") des else model
    yv <- spec$y
    # among all respondents: the mean of y (0 for those without an answer)
    for (among in c("all", "answered")) {
      for (by in c("", "group")) {
        levels <- if (by == "") "" else sort(unique(d$group))
        for (level in levels) {
          num_ <- dd$phase1$sample$variables[[yv]]
          dom <- rep(1, length(num_))
          if (among == "answered") dom <- dom * dd$phase1$sample$variables$answered
          if (level != "") dom <- dom * (dd$phase1$sample$variables$group == level)
          dd$phase1$sample$variables$num_ <- num_ * dom
          dd$phase1$sample$variables$dom_ <- dom
          r <- svyratio(~num_, ~dom_, dd)
          v <- r$var[1, 1]
          add(list(design = name, method = method, among = among, by = by, level = level,
                   call = sprintf("svyratio(~I(%s*dom), ~dom, %s)", yv,
                                  if (method == "sample") "twophase(...)" else
                                    "calibrate(twophase(...), phase=2, ~0+c1+c2+c3)"),
                   estimate = num(coef(r)), se = sqrt(num(v))))
        }
      }
    }
    # the phases of the overall mean, and the logit CI of svyciprop
    m <- svymean(as.formula(paste0("~", yv)), dd)
    phases <- attr(attr(m, "var"), "phases")
    ci <- svyciprop(as.formula(paste0("~", yv)), dd, method = "logit")
    add(list(design = name, method = method, among = "all", by = "", level = "",
             call = "svymean + svyciprop(method='logit')", estimate = num(coef(m)),
             se = num(SE(m)), var_phase1 = num(phases$phase1), var_phase2 = num(phases$phase2),
             ci_low = num(attr(ci, "ci"))[1], ci_high = num(attr(ci, "ci"))[2],
             df = num(degf(dd))))
  }
}

meta <- list(r = R.version.string, survey = as.character(packageVersion("survey")),
             seed = 20261203)
writeLines(toJSON(list(meta = meta, checks = checks), digits = NA, auto_unbox = TRUE,
                  pretty = TRUE), file.path(out, "results.json"))
cat("wrote", length(checks), "checks to", out, "\n")
