# Times metafor's rma.mv on the synthetic network of bench/Spinewise.Benchmarks/Evidence/NetworkBenchmarks.cs:
# 20 treatments, 500 studies, every tenth with three arms, MD, REML, random = ~ comp | study, rho = 1/2.
# The data are generated draw for draw as in C# (MINSTD x <- 48271 x mod 2^31 - 1, seed 20260, Box-Muller).
# Run: Rscript bench/nma-metafor.R
library(metafor)

state <- 20260
nxt <- function() { state <<- (48271 * state) %% 2147483647; state / 2147483647 }
nrm <- function(sd) { u1 <- nxt(); u2 <- nxt(); sd * sqrt(-2 * log(u1)) * cos(2 * pi * u2) }

rows <- list()
for (i in 0:499) {
  trt <- if (i < 19) c(i, i + 1) else floor(nxt() * 20)
  size <- if (i %% 10 == 0) 3 else 2
  while (length(trt) < size) { t <- floor(nxt() * 20); if (!(t %in% trt)) trt <- c(trt, t) }
  mu <- nrm(1)
  for (t in trt) {
    n <- 20 + floor(nxt() * 80); sd <- 1 + nxt()
    m <- 0.05 * t + mu + nrm(0.2) + nrm(sd / sqrt(n))
    rows[[length(rows) + 1]] <- data.frame(study = sprintf("S%03d", i + 1), treatment = sprintf("T%02d", t + 1), mi = m, sdi = sd, ni = n)
  }
}
arms <- do.call(rbind, rows)

fit <- function() {
  dat <- to.wide(arms, study = "study", grp = "treatment", ref = "T01", grpvars = c("mi", "sdi", "ni"))
  dat <- escalc(measure = "MD", m1i = mi.1, sd1i = sdi.1, n1i = ni.1, m2i = mi.2, sd2i = sdi.2, n2i = ni.2, data = dat)
  calc.v <- function(x) { v <- matrix(x$sdi.2[1]^2 / x$ni.2[1], nrow = nrow(x), ncol = nrow(x)); diag(v) <- x$vi; v }
  V <- bldiag(lapply(split(dat, dat$study), calc.v))
  dat <- contrmat(dat, grp1 = "treatment.1", grp2 = "treatment.2")
  mods <- as.formula(paste("~", paste(sprintf("T%02d", 2:20), collapse = " + "), "- 1"))
  rma.mv(yi, V, mods = mods, random = ~ comp | study, rho = 1/2, data = dat)
}

res <- fit()
cat("tau2 =", res$tau2, " k =", res$k, "\n")
times <- replicate(5, system.time(fit())[["elapsed"]])
cat("metafor rma.mv (to.wide + escalc + V + fit), 5 runs, seconds:", format(times), "\n")
cat("mean seconds:", mean(times), "\n")
