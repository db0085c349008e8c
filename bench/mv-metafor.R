# Times metafor's rma.mv on the synthetic three-level data of bench/Spinewise.Benchmarks/Evidence/MvBenchmarks.cs:
# 10,000 effect sizes, 1,000 clusters of 5 schools with 2 effects each, REML, random = ~ 1 | cluster/school.
# The data are generated draw for draw as in C# (MINSTD x <- 48271 x mod 2^31 - 1, seed 2026, Box-Muller; Minstd.cs).
# Run: Rscript bench/mv-metafor.R
library(metafor)

state <- 2026
nxt <- function() { state <<- (48271 * state) %% 2147483647; state / 2147483647 }
nrm <- function(sd) { u1 <- nxt(); u2 <- nxt(); sd * sqrt(-2 * log(u1)) * cos(2 * pi * u2) }

n <- 10000
yi <- numeric(n); vi <- numeric(n); cluster <- character(n); school <- character(n)
r <- 0
for (c in 0:999) {
  u <- nrm(sqrt(0.1))
  for (s in 0:4) {
    w <- nrm(sqrt(0.05))
    for (e in 1:2) {
      v <- 0.01 + 0.09 * nxt()
      r <- r + 1
      yi[r] <- 0.2 + u + w + nrm(sqrt(v)); vi[r] <- v
      cluster[r] <- paste0("c", c); school[r] <- paste0("s", s)
    }
  }
}
dat <- data.frame(yi, vi, cluster, school)

# metafor's default works on dense k x k matrices (10,000 x 10,000 here: one fit takes longer than this script is
# given), so it is timed with sparse = TRUE (its sparse-matrix path), once, and the dense path at k = 1,000 (the first
# 100 clusters), once.
one <- function(d, sparse) system.time(res <<- rma.mv(yi, vi, random = ~ 1 | cluster/school, data = d, method = "REML", sparse = sparse))[["elapsed"]]
t_sparse <- one(dat, TRUE)
cat("k =", res$k, " sparse = TRUE: sigma2 =", format(res$sigma2, digits = 10), " seconds:", t_sparse, "\n")
small <- dat[1:1000, ]
t_dense <- one(small, FALSE)
cat("k =", res$k, " sparse = FALSE (default): sigma2 =", format(res$sigma2, digits = 10), " seconds:", t_dense, "\n")
