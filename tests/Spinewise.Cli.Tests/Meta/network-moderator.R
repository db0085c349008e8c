# The metafor values in MetaNetworkModeratorTests (era factor): run with `Rscript network-moderator.R DATA_DIR`
# where DATA_DIR holds dat.senn2013.csv (../shared/reference/metafor/data). metafor 3.8-1.
library(metafor)
args <- commandArgs(trailingOnly = TRUE)
dat <- read.csv(file.path(args[1], "dat.senn2013.csv"))
year <- as.integer(substr(sub(".*\\(", "", dat$study), 1, 4))
dat$era <- ifelse(year < 2000, "early", ifelse(year < 2004, "mid", "late"))
dat <- dat[c(1, 4:2, 5:7)]
dat <- to.wide(dat, study = "study", grp = "treatment", ref = "placebo", grpvars = 4:6)
dat <- escalc(measure = "MD", m1i = mi.1, sd1i = sdi.1, n1i = ni.1, m2i = mi.2, sd2i = sdi.2, n2i = ni.2, data = dat)
calc.v <- function(x) {
  v <- matrix(x$sdi.2[1]^2 / x$ni.2[1], nrow = nrow(x), ncol = nrow(x))
  diag(v) <- x$vi
  v
}
V <- bldiag(lapply(split(dat, dat$study), calc.v))
dat <- contrmat(dat, grp1 = "treatment.1", grp2 = "treatment.2")
trt <- c("acarbose", "benfluorex", "metformin", "miglitol", "pioglitazone", "rosiglitazone", "sitagliptin", "sulfonylurea", "vildagliptin")
# Treatment columns, then each treatment x [era = level] for the later levels, treatment-major (as Spinewise names them).
X <- as.matrix(dat[trt])
for (t in trt) for (l in c("late", "mid")) {
  col <- dat[[t]] * (dat$era == l)
  if (any(col != 0)) X <- cbind(X, setNames(data.frame(col), paste0(t, ":era", l)))
}
X <- as.matrix(X)
res <- rma.mv(yi, V, mods = ~ X - 1, random = ~ comp | study, rho = 1/2, data = dat)
print(res, digits = 12)
print(anova(res, btt = 10:ncol(X)), digits = 12)
# metafor's own factor coding gives the same tau2 and QM:
res2 <- rma.mv(yi, V, mods = as.formula(paste("~ (", paste(trt, collapse = " + "), ") + (", paste(trt, collapse = " + "), "):era - 1")),
               random = ~ comp | study, rho = 1/2, data = dat)
cat(sprintf("%.12f %.12f\n", res2$tau2, anova(res2, btt = 10:length(coef(res2)))$QM))
