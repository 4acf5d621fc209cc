#!/usr/bin/env Rscript
# Reference results from R's `survey` package for workbench/analysis (survey estimates).
#
#   Rscript scripts/r_reference.R [OUT_DIR] [REPO_ROOT]
#
# OUT_DIR defaults to tests/fixtures/r_survey, REPO_ROOT to the current directory (it must
# hold data/survey/per_demo.csv and strata.csv). Writes the data used (api_*.csv, the R
# package's `data(api)`, which Python cannot load) and results.json: every check names its
# design, the R call and R's numbers at full precision. tests/test_survey_estimates.py
# recomputes each check with the workbench and compares (rel=1e-6), from the committed
# fixtures, and once more live when Rscript is available.

suppressPackageStartupMessages({
  library(survey)
  library(jsonlite)
})
options(survey.lonely.psu = "fail", survey.adjust.domain.lonely = FALSE)

args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) >= 1) args[1] else file.path("tests", "fixtures", "r_survey")
root <- if (length(args) >= 2) args[2] else "."
dir.create(out, showWarnings = FALSE, recursive = TRUE)

checks <- list()
designs <- list()
add <- function(check) checks[[length(checks) + 1]] <<- check
num <- function(x) unname(as.numeric(x))

# ---------------------------------------------------------------- data --------------------
data(api)
api_cols <- c("cds", "dnum", "stype", "pw", "fpc", "api00", "api99", "enroll", "awards",
              "sch.wide", "comp.imp", "avg.ed", "target", "acs.k3")
k3cat <- function(d) ifelse(is.na(d$acs.k3), NA, ifelse(d$acs.k3 >= 20, "large", "small"))
strat <- apistrat[, api_cols]
strat$k3cat <- k3cat(strat)
clus1 <- apiclus1[, api_cols]
clus1$k3cat <- k3cat(clus1)
# a stratified design with a lonely PSU: one high school only
lonely <- rbind(strat[strat$stype != "H", ], strat[strat$stype == "H", ][1, ])
write.csv(strat, file.path(out, "api_strat.csv"), row.names = FALSE, na = "")
write.csv(clus1, file.path(out, "api_clus1.csv"), row.names = FALSE, na = "")
write.csv(lonely, file.path(out, "api_lonely.csv"), row.names = FALSE, na = "")

per <- read.csv2(file.path(root, "data", "survey", "per_demo.csv"), fileEncoding = "cp1252",
                 na.strings = "", stringsAsFactors = FALSE)
strata_pop <- read.csv2(file.path(root, "data", "survey", "strata.csv"), fileEncoding = "cp1252",
                        stringsAsFactors = FALSE)
per$N_h <- strata_pop$populatie[match(per$stratum, strata_pop$stratum)]
per$r_h <- as.vector(table(per$stratum)[per$stratum])
per$w <- per$N_h / per$r_h
per$ervaren_ind <- as.numeric(per$racisme_ervaren != "nee")
margins <- read.csv2(file.path(root, "data", "survey", "population_margins.csv"),
                     fileEncoding = "cp1252", stringsAsFactors = FALSE)

dstrat <- svydesign(id = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = strat)
dclus1 <- svydesign(id = ~dnum, weights = ~pw, fpc = ~fpc, data = clus1)
dsrs_nofpc <- svydesign(id = ~1, strata = ~stype, weights = ~pw, data = strat)
pop_types <- data.frame(stype = c("E", "H", "M"), Freq = c(4421, 755, 1018))
pop_schwide <- data.frame(sch.wide = c("No", "Yes"), Freq = c(1072, 5122))
dclus1_ps <- postStratify(dclus1, ~stype, pop_types)
rake_control <- list(maxit = 100, epsilon = 1e-12)
dclus1_rake <- rake(dclus1, list(~stype, ~sch.wide), list(pop_types, pop_schwide),
                    control = rake_control)
dstrat_rake <- rake(dstrat, list(~awards, ~sch.wide),
                    list(data.frame(awards = c("No", "Yes"), Freq = c(2800, 3394)), pop_schwide),
                    control = rake_control)
dper <- svydesign(id = ~1, strata = ~stratum, weights = ~w, fpc = ~N_h, data = per)
herkomst <- margins[margins$variable == "herkomst", ]
pop_herkomst <- data.frame(herkomst = herkomst$value, Freq = herkomst$share * 130000)
pop_stratum <- data.frame(stratum = strata_pop$stratum, Freq = strata_pop$populatie)
dper_rake <- rake(dper, list(~herkomst, ~stratum), list(pop_herkomst, pop_stratum),
                  control = rake_control)

totals <- function(frame) setNames(as.list(frame$Freq), as.character(frame[[1]]))
designs$apistrat <- list(data = "api_strat.csv", strata = "stype", weights = "pw", fpc = "fpc")
designs$apistrat_nofpc <- list(data = "api_strat.csv", strata = "stype", weights = "pw")
designs$apiclus1 <- list(data = "api_clus1.csv", clusters = "dnum", weights = "pw", fpc = "fpc")
designs$apiclus1_ps <- list(base = "apiclus1",
                            poststratify = list(variable = "stype", totals = totals(pop_types)))
designs$apiclus1_rake <- list(base = "apiclus1",
                              rake = list(stype = totals(pop_types),
                                          sch.wide = totals(pop_schwide)))
designs$apistrat_rake <- list(base = "apistrat",
                              rake = list(awards = list(No = 2800, Yes = 3394),
                                          sch.wide = totals(pop_schwide)))
designs$per <- list(data = "per", strata = "stratum", weights = "w", fpc = "N_h")
designs$per_rake <- list(base = "per", rake = list(herkomst = totals(pop_herkomst),
                                                     stratum = totals(pop_stratum)))
all_designs <- list(apistrat = dstrat, apistrat_nofpc = dsrs_nofpc, apiclus1 = dclus1,
                    apiclus1_ps = dclus1_ps, apiclus1_rake = dclus1_rake,
                    apistrat_rake = dstrat_rake, per = dper, per_rake = dper_rake)

# ---------------------------------------------------------------- helpers -----------------
by_formula <- function(by) as.formula(paste("~", paste(sprintf("`%s`", by), collapse = "+")))
var_formula <- function(v) as.formula(sprintf("~`%s`", v))
group_n <- function(design, var, by) {
  keep <- weights(design, "sampling") != 0 & !is.na(design$variables[[var]])
  frame <- design$variables[keep, by, drop = FALSE]
  counts <- aggregate(list(n = rep(1, nrow(frame))), frame, length)
  counts
}
by_rows <- function(result, by, counts, extra = NULL) {
  nb <- length(by)
  rows <- list()
  for (i in seq_len(nrow(result))) {
    keys <- lapply(by, function(b) as.character(result[[b]][i]))
    names(keys) <- by
    match_n <- Reduce(`&`, lapply(by, function(b) as.character(counts[[b]]) == keys[[b]]))
    row <- c(list(by = keys), list(
      estimate = num(result[[nb + 1]][i]), se = num(result[[nb + 2]][i]),
      ci_low = num(result[[nb + 3]][i]), ci_high = num(result[[nb + 4]][i]),
      n = num(counts$n[match_n])))
    if (ncol(result) >= nb + 5) row$deff <- num(result[[nb + 5]][i])
    if (!is.null(extra)) row <- c(row, extra[[i]])
    rows[[i]] <- row
  }
  rows
}

stat_check <- function(dname, kind, var, by = character(0)) {
  design <- all_designs[[dname]]
  fun <- if (kind == "mean") svymean else svytotal
  missing_values <- any(is.na(design$variables[[var]]))
  if (length(by) == 0) {
    s <- fun(var_formula(var), design, deff = TRUE, na.rm = missing_values)
    ci <- confint(s)
    n <- sum(weights(design, "sampling") != 0 & !is.na(design$variables[[var]]))
    rows <- list(list(by = setNames(list(), character(0)), estimate = num(coef(s)),
                      se = num(SE(s)), ci_low = num(ci[1]), ci_high = num(ci[2]),
                      deff = num(deff(s)), n = n))
    call <- sprintf("%s(~%s, %s, deff=TRUE)", if (kind == "mean") "svymean" else "svytotal",
                    var, dname)
  } else {
    r <- svyby(var_formula(var), by_formula(by), design, fun, deff = TRUE,
               vartype = c("se", "ci"), na.rm = missing_values)
    rows <- by_rows(r, by, group_n(design, var, by))
    call <- sprintf("svyby(~%s, ~%s, %s, %s, deff=TRUE)", var, paste(by, collapse = "+"),
                    dname, if (kind == "mean") "svymean" else "svytotal")
  }
  add(list(id = paste(dname, kind, var, paste(by, collapse = "+"), sep = "/"),
           design = dname, kind = kind, variable = var, by = as.list(by), call = call,
           rows = rows))
}

indicator_design <- function(design, var, values) {
  x <- design$variables[[var]]
  design$variables$ind_ <- ifelse(is.na(x), NA, as.numeric(as.character(x) %in% values))
  subset(design, !is.na(ind_))
}

logit_ci <- function(p, se, df, method) {
  stopifnot(method == "logit")
  half <- qt(0.975, df) * se / (p * (1 - p))
  plogis(qlogis(p) + c(-half, half))
}

prop_check <- function(dname, var, values, by = character(0), method = "logit") {
  sub <- indicator_design(all_designs[[dname]], var, values)
  if (length(by) == 0) {
    p <- svyciprop(~ind_, sub, method = method)
    m <- svymean(~ind_, sub, deff = TRUE)
    ci <- attr(p, "ci")
    rows <- list(list(by = setNames(list(), character(0)), estimate = num(p),
                      se = num(sqrt(attr(p, "var"))), ci_low = num(ci[1]),
                      ci_high = num(ci[2]), deff = num(deff(m)),
                      n = sum(weights(sub, "sampling") != 0), df = degf(sub)))
    call <- sprintf("svyciprop(~I(%s %%in%% values), subset(%s, !is.na(%s)), method='%s')",
                    var, dname, var, method)
  } else {
    r <- svyby(~ind_, by_formula(by), sub, svyciprop, method = method,
               vartype = c("se", "ci"))
    d <- svyby(~ind_, by_formula(by), sub, svymean, deff = TRUE)
    at <- match(rownames(r), rownames(d))
    r$deff <- d[[ncol(d)]][at]
    key <- interaction(sub$variables[by], drop = TRUE)
    dfs <- lapply(rownames(r), function(k) list(df = degf(sub[key == k & !is.na(key), ])))
    # svyciprop's svyglm can diverge in a domain of a calibrated design (intercept -3e15,
    # reported as converged): keep svymean's estimate and svyciprop's interval formula there
    means <- d[[length(by) + 1]][at]
    for (i in which(abs(r[[length(by) + 1]] - means) > 1e-8)) {
      r[[length(by) + 1]][i] <- means[i]
      ci <- logit_ci(means[i], r[[length(by) + 2]][i], dfs[[i]]$df, method)
      r$ci_l[i] <- ci[1]
      r$ci_u[i] <- ci[2]
      dfs[[i]]$r_note <- "svyciprop's svyglm diverged; estimate from svymean, CI by svyciprop's formula"
    }
    rows <- by_rows(r, by, group_n(sub, "ind_", by), dfs)
    call <- sprintf("svyby(~I(%s %%in%% values), ~%s, subset(%s, !is.na(%s)), svyciprop, method='%s')",
                    var, paste(by, collapse = "+"), dname, var, method)
  }
  add(list(id = paste(dname, "proportion", method, var, paste(values, collapse = ","),
                      paste(by, collapse = "+"), sep = "/"),
           design = dname, kind = "proportion", variable = var, values = as.list(values),
           by = as.list(by), ci = method, call = call, rows = rows))
}

chisq_check <- function(dname, var, values, by) {
  sub <- indicator_design(all_designs[[dname]], var, values)
  keep <- Reduce(`&`, lapply(by, function(b) !is.na(sub$variables[[b]])))
  sub <- subset(sub, keep)
  sub$variables$by_ <- as.character(interaction(sub$variables[by], drop = TRUE))
  t <- svychisq(~ind_ + by_, sub, statistic = "F")
  add(list(id = paste(dname, "chisq", var, paste(values, collapse = ","),
                      paste(by, collapse = "+"), sep = "/"),
           design = dname, kind = "compare_proportions", variable = var,
           values = as.list(values), by = as.list(by),
           call = sprintf("svychisq(~I(%s %%in%% values) + %s, %s, statistic='F')", var,
                          paste(by, collapse = ":"), dname),
           result = list(statistic = num(t$statistic), ndf = num(t$parameter["ndf"]),
                         ddf = num(t$parameter["ddf"]), p = num(t$p.value))))
}

wald_check <- function(dname, var, by) {
  design <- all_designs[[dname]]
  design$variables$by_ <- interaction(design$variables[by], drop = TRUE)
  f <- as.formula(sprintf("`%s` ~ by_", var))
  nlev <- length(unique(design$variables$by_[!is.na(design$variables[[var]])]))
  if (nlev == 2) {
    t <- svyttest(f, design)
    result <- list(statistic = num(t$statistic)^2, ndf = 1, ddf = num(t$parameter),
                   p = num(t$p.value), t = num(t$statistic), difference = num(t$estimate))
    call <- sprintf("svyttest(%s ~ %s, %s)", var, paste(by, collapse = ":"), dname)
  } else {
    m <- svyglm(f, design)
    r <- regTermTest(m, ~by_)
    result <- list(statistic = num(r$Ftest), ndf = num(r$df), ddf = num(r$ddf), p = num(r$p))
    call <- sprintf("regTermTest(svyglm(%s ~ %s, %s), ~%s)", var, paste(by, collapse = ":"),
                    dname, paste(by, collapse = ":"))
  }
  add(list(id = paste(dname, "wald", var, paste(by, collapse = "+"), sep = "/"),
           design = dname, kind = "compare_means", variable = var, by = as.list(by),
           call = call, result = result))
}

weights_check <- function(dname) {
  w <- weights(all_designs[[dname]], "sampling")
  add(list(id = paste(dname, "weights", sep = "/"), design = dname, kind = "weights",
           call = sprintf("weights(%s)", dname),
           result = list(sum = sum(w), min = min(w), max = max(w), mean = mean(w),
                         first = head(num(w), 10), last = tail(num(w), 10))))
}

# ---------------------------------------------------------------- api checks --------------
for (dname in c("apistrat", "apistrat_nofpc", "apiclus1", "apiclus1_ps", "apiclus1_rake",
                "apistrat_rake")) {
  stat_check(dname, "mean", "api00")
  stat_check(dname, "total", "enroll")
  stat_check(dname, "mean", "api00", "awards")
  stat_check(dname, "mean", "api00", c("awards", "comp.imp"))
  stat_check(dname, "total", "enroll", "awards")
  stat_check(dname, "mean", "avg.ed", "stype")
  prop_check(dname, "sch.wide", "Yes")
  prop_check(dname, "sch.wide", "Yes", "stype")
  prop_check(dname, "k3cat", "large", "awards")
  chisq_check(dname, "sch.wide", "Yes", "stype")
  chisq_check(dname, "k3cat", "large", c("awards"))
  wald_check(dname, "api00", "awards")
  wald_check(dname, "api00", "stype")
  wald_check(dname, "avg.ed", "stype")
}
prop_check("apistrat", "sch.wide", "Yes", method = "beta")
prop_check("apistrat", "sch.wide", "Yes", "stype", method = "beta")
prop_check("apiclus1", "sch.wide", "Yes", "stype", method = "beta")
stat_check("apistrat", "mean", "target")
# deff="replace": against SRS with replacement
s <- svymean(~api00, dstrat, deff = "replace")
add(list(id = "apistrat/mean/api00/deff=replace", design = "apistrat", kind = "mean",
         variable = "api00", by = list(), deff = "replace",
         call = "svymean(~api00, apistrat, deff='replace')",
         rows = list(list(by = setNames(list(), character(0)), estimate = num(coef(s)),
                          se = num(SE(s)), deff = num(deff(s)), n = 200))))
s <- svytotal(~enroll, dclus1, deff = "replace")
add(list(id = "apiclus1/total/enroll/deff=replace", design = "apiclus1", kind = "total",
         variable = "enroll", by = list(), deff = "replace",
         call = "svytotal(~enroll, apiclus1, deff='replace')",
         rows = list(list(by = setNames(list(), character(0)), estimate = num(coef(s)),
                          se = num(SE(s)), deff = num(deff(s)), n = 183))))
for (dname in c("apiclus1_ps", "apiclus1_rake", "apistrat_rake", "per_rake")) weights_check(dname)

# lonely PSU: R's options other than the default "fail"
lonely_design <- function() svydesign(id = ~1, strata = ~stype, weights = ~pw, data = lonely)
designs$api_lonely <- list(data = "api_lonely.csv", strata = "stype", weights = "pw")
for (how in c("adjust", "certainty", "remove")) {
  options(survey.lonely.psu = how)
  name <- paste0("api_lonely_", how)
  all_designs[[name]] <- lonely_design()
  designs[[name]] <- list(base = "api_lonely", lonely_psu = how)
  stat_check(name, "mean", "api00")
  stat_check(name, "total", "enroll")
  stat_check(name, "mean", "api00", "awards")
}
options(survey.lonely.psu = "fail")
lonely_error <- tryCatch({svymean(~api00, lonely_design()); ""},
                         error = function(e) conditionMessage(e))

# ---------------------------------------------------------------- PER demo ----------------
yes <- c("een enkele keer", "vaak")
for (dname in c("per", "per_rake")) {
  prop_check(dname, "racisme_ervaren", yes)
  prop_check(dname, "racisme_ervaren", "een enkele keer")
  prop_check(dname, "racisme_ervaren", "vaak")
  prop_check(dname, "racisme_collega", yes)
  prop_check(dname, "racisme_burger", yes)
  prop_check(dname, "racisme_ervaren", yes, "herkomst")
  prop_check(dname, "racisme_ervaren", yes, "schaal")
  prop_check(dname, "racisme_collega", yes, "schaal")
  prop_check(dname, "racisme_collega", yes, "functiegroep")
  prop_check(dname, "besproken_leidinggevende", "ja")
  prop_check(dname, "tevredenheid", "tevreden", "besproken_betrokkenen")
  prop_check(dname, "racisme_ervaren", yes, c("herkomst", "functiegroep"))
  chisq_check(dname, "racisme_ervaren", yes, "herkomst")
  chisq_check(dname, "racisme_collega", yes, "schaal")
  chisq_check(dname, "tevredenheid", "tevreden", "besproken_betrokkenen")
  stat_check(dname, "mean", "leeftijd", "functiegroep")
  stat_check(dname, "total", "ervaren_ind", "organisatietype")
  wald_check(dname, "leeftijd", "functiegroep")
  wald_check(dname, "dienstjaren", "herkomst")
}
prop_check("per", "racisme_ervaren", yes, "departement", method = "beta")

meta <- list(
  generated_by = "scripts/r_reference.R",
  r_version = R.version.string,
  survey_version = as.character(packageVersion("survey")),
  options = list(survey.lonely.psu = "fail", survey.adjust.domain.lonely = FALSE),
  rake_control = rake_control,
  lonely_fail_message = lonely_error,
  notes = c(
    "proportions: indicator = value %in% values, rows with a missing value dropped first (subset), as the workbench does",
    "svyciprop logit/beta CIs use df = degf() of the domain design, as R does",
    "ci for means and totals: confint() (normal quantiles)",
    "deff: R's deff=TRUE (SRS without replacement, (N-n)/N)"
  ))
writeLines(toJSON(list(meta = meta, designs = designs, checks = checks), auto_unbox = TRUE,
                  digits = NA, null = "null", na = "null", pretty = TRUE),
           file.path(out, "results.json"))
cat(sprintf("wrote %d checks to %s\n", length(checks), file.path(out, "results.json")))
