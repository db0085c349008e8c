# The metafor values in RmaMvConfintTests: profile-likelihood CIs of rma.mv variance components, confint(res) with
# metafor's defaults (uniroot tol = .Machine$double.eps^0.25, vc.min/vc.max as in confint.rma.mv).
# Run with `Rscript confint.R DATA_DIR` where DATA_DIR holds dat.konstantopoulos2011.csv and dat.senn2013.csv
# (../shared/reference/metafor/data). metafor 3.8-1; dat.berkey1998 comes from metadat.
library(metafor)
args <- commandArgs(trailingOnly = TRUE)
show <- function(label, res) {
  ci <- confint(res)
  parts <- if (inherits(ci, "list.confint.rma")) ci[names(ci) != "digits"] else list(ci)
  cat(sprintf("== %s  (logLik %.12f)\n", label, logLik(res)))
  for (p in parts) {
    r <- p$random
    for (i in seq_len(nrow(r))) {
      cat(sprintf("%-10s %.10g %.10g %.10g  lb.sign='%s' ub.sign='%s'\n", rownames(r)[i], r[i, 1], r[i, 2], r[i, 3], p$lb.sign, p$ub.sign))
    }
  }
  print(ci)
}

# Three-level model (schools within districts), REML and ML
dat <- read.csv(file.path(args[1], "dat.konstantopoulos2011.csv"))
show("konstantopoulos2011 REML", rma.mv(yi, vi, random = ~ 1 | district/school, data = dat))
show("konstantopoulos2011 ML", rma.mv(yi, vi, random = ~ 1 | district/school, data = dat, method = "ML"))
# A 90 % level (confint uses the fit's level)
show("konstantopoulos2011 REML level 90", rma.mv(yi, vi, random = ~ 1 | district/school, data = dat, level = 90))

# Bivariate model with compound symmetry and rho estimated (Berkey et al. 1998)
dat <- dat.berkey1998
V <- bldiag(lapply(split(dat[, c("v1i", "v2i")], dat$trial), as.matrix))
show("berkey1998 CS REML", rma.mv(yi, V, mods = ~ outcome - 1, random = ~ outcome | trial, struct = "CS", data = dat))
show("berkey1998 CS ML", rma.mv(yi, V, mods = ~ outcome - 1, random = ~ outcome | trial, struct = "CS", data = dat, method = "ML"))

# Network (senn2013, contrast-based): rho and phi fixed at 1/2, so only tau2 (and gamma2) get a CI;
# the inconsistency variance gamma2 is estimated at the boundary 0, so its lower bound is 0.
dat <- read.csv(file.path(args[1], "dat.senn2013.csv"))
dat <- dat[c(1, 4:2, 5:6)]
dat <- to.wide(dat, study = "study", grp = "treatment", ref = "placebo", grpvars = 4:6)
dat <- escalc(measure = "MD", m1i = mi.1, sd1i = sdi.1, n1i = ni.1, m2i = mi.2, sd2i = sdi.2, n2i = ni.2, data = dat)
calc.v <- function(x) {
  v <- matrix(x$sdi.2[1]^2 / x$ni.2[1], nrow = nrow(x), ncol = nrow(x))
  diag(v) <- x$vi
  v
}
V <- bldiag(lapply(split(dat, dat$study), calc.v))
dat <- contrmat(dat, grp1 = "treatment.1", grp2 = "treatment.2")
mods <- ~ acarbose + benfluorex + metformin + miglitol + pioglitazone + rosiglitazone + sitagliptin + sulfonylurea + vildagliptin - 1
show("senn2013 contrast REML", rma.mv(yi, V, mods = mods, random = ~ comp | study, rho = 1/2, data = dat))
show("senn2013 inconsistency REML", rma.mv(yi, V, mods = mods, random = list(~ comp | study, ~ comp | design), rho = 1/2, phi = 1/2, data = dat))

# Two clusters: the REML profile is still within the critical value at vc.max = 100 × sigma2, so metafor reports
# ci.ub as ">vc.max" (ub.sign), and the lower bound is the limit 0.
dat <- data.frame(yi = c(-1, 1), vi = c(0.01, 0.01), id = c("a", "b"))
show("two clusters REML", rma.mv(yi, vi, random = ~ 1 | id, data = dat))
