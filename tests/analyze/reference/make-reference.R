# Reference values for tests/analyze/model: R's own answers on fixed synthetic data.
#
# Run from the repository root:   Rscript tests/analyze/reference/make-reference.R
# Needs R (r-base-core) and sandwich (r-cran-sandwich). It rewrites, byte for byte:
#   tests/analyze/reference/{ols,logit,lmg,city}.csv  synthetic data from fixed seeds
#   tests/analyze/reference/reference.json            R's results, 17 significant digits
# The tests read these files and never call R. Every model is fitted on the data as read back
# from the CSV files, so R and the TypeScript code see the very same doubles.

suppressPackageStartupMessages(library(sandwich))
stopifnot(getRversion() >= "3.6.0") # sample() and set.seed() as used here date from 3.6.0
RNGkind("Mersenne-Twister", "Inversion", "Rejection")
dir <- file.path("tests", "analyze", "reference")
if (!dir.exists(dir)) stop("run from the repository root: ", dir, " not found")

# --- writing ---------------------------------------------------------------------------------

num <- function(x) ifelse(is.na(x), "null", sprintf("%.17g", x))
arr <- function(x) paste0("[", paste(num(x), collapse = ", "), "]")
mat <- function(m) paste0("[", paste(apply(m, 1, arr), collapse = ", "), "]")
obj <- function(...) {
  fields <- list(...)
  paste0("{", paste(sprintf("\"%s\": %s", names(fields), unlist(fields)), collapse = ", "), "}")
}
write_data <- function(df, name) {
  path <- file.path(dir, name)
  cell <- function(col) if (is.numeric(col)) ifelse(is.na(col), "", sprintf("%.17g", col)) else col
  lines <- do.call(paste, c(lapply(df, cell), sep = ","))
  writeLines(c(paste(names(df), collapse = ","), lines), path)
  read.csv(path, stringsAsFactors = FALSE)
}

# --- models ----------------------------------------------------------------------------------

# Coefficients with classical and cluster-robust (HC1, t with G − 1 df) inference.
ols_json <- function(fit, cluster) {
  s <- summary(fit)
  cf <- coef(fit)
  se <- rep(NA, length(cf)); se[!is.na(cf)] <- s$coefficients[, 2]
  p <- rep(NA, length(cf)); p[!is.na(cf)] <- s$coefficients[, 4]
  ci <- confint(fit)
  v <- vcovCL(fit, cluster = cluster, type = "HC1")
  rse <- rep(NA, length(cf)); rse[!is.na(cf)] <- sqrt(diag(v))
  g <- length(unique(cluster))
  rp <- 2 * pt(-abs(cf / rse), g - 1)
  q <- qt(0.975, g - 1)
  obj(
    coefficients = arr(unname(cf)), se = arr(se), p = arr(p),
    ciLower = arr(ci[, 1]), ciUpper = arr(ci[, 2]),
    robustSe = arr(rse), robustP = arr(rp),
    robustCiLower = arr(cf - q * rse), robustCiUpper = arr(cf + q * rse),
    r2 = num(s$r.squared), adjustedR2 = num(s$adj.r.squared), sigma = num(s$sigma),
    dfResidual = num(fit$df.residual), clusters = num(g)
  )
}

logit_json <- function(fit, cluster) {
  s <- summary(fit)
  cf <- coef(fit)
  se <- s$coefficients[, 2]
  z <- qnorm(0.975)
  v <- vcovCL(fit, cluster = cluster, type = "HC1")
  rse <- sqrt(diag(v))
  obj(
    coefficients = arr(unname(cf)), se = arr(se), p = arr(s$coefficients[, 4]),
    oddsRatios = arr(exp(cf)), orLower = arr(exp(cf - z * se)), orUpper = arr(exp(cf + z * se)),
    robustSe = arr(rse), robustP = arr(2 * pnorm(-abs(cf / rse))),
    deviance = num(fit$deviance), iterations = num(fit$iter)
  )
}

cor_json <- function(x, y) {
  t <- cor.test(x, y)
  ci <- if (is.null(t$conf.int)) c(NA, NA) else t$conf.int
  obj(n = num(sum(complete.cases(x, y))), r = num(unname(t$estimate)), p = num(t$p.value),
      ciLower = num(ci[1]), ciUpper = num(ci[2]))
}

# Exact LMG: R² of every subset by lm, Shapley weights |S|!(p−|S|−1)!/p!.
lmg_shares <- function(y, X) {
  p <- ncol(X)
  r2 <- numeric(2^p)
  for (mask in 1:(2^p - 1)) {
    cols <- which(bitwAnd(mask, 2^(0:(p - 1))) > 0)
    r2[mask + 1] <- summary(lm(y ~ X[, cols, drop = FALSE]))$r.squared
  }
  shares <- numeric(p)
  for (mask in 0:(2^p - 1)) {
    inside <- bitwAnd(mask, 2^(0:(p - 1))) > 0
    s <- sum(inside)
    for (j in which(!inside)) {
      w <- factorial(s) * factorial(p - s - 1) / factorial(p)
      shares[j] <- shares[j] + w * (r2[mask + 2^(j - 1) + 1] - r2[mask + 1])
    }
  }
  list(shares = shares, r2 = r2)
}

out <- list()

# --- OLS with an aliased column and unequal clusters (one of size 1) --------------------------

set.seed(20250401)
n <- 57
g <- c(rep(1:8, times = c(3, 5, 7, 9, 4, 11, 6, 11)), 9)
x1 <- rnorm(n); x2 <- rnorm(n) + 0.5 * x1; x3 <- runif(n)
y <- 1 + 0.6 * x1 - 0.3 * x2 + 0.2 * x3 + rnorm(9, sd = 0.5)[g] + rnorm(n)
d <- write_data(data.frame(g, y, x1, x2, x3, x4 = x1 - 2 * x2), "ols.csv")
out$ols <- obj(
  full = ols_json(lm(y ~ x1 + x2 + x3 + x4, d), d$g),
  noIntercept = ols_json(lm(y ~ 0 + x1 + x2 + x3, d), d$g),
  simple = ols_json(lm(y ~ x1, d), d$g)
)

# --- correlation ------------------------------------------------------------------------------

out$correlation <- obj(
  x1y = cor_json(d$x1, d$y), x3y = cor_json(d$x3, d$y),
  small = cor_json(d$x1[1:5], d$y[1:5]), four = cor_json(d$x1[1:4], d$x2[1:4]),
  three = cor_json(d$x1[1:3], d$x2[1:3])
)

# --- logistic regression ----------------------------------------------------------------------

set.seed(20250402)
n <- 240
g <- rep(1:12, times = c(10, 14, 22, 30, 8, 26, 18, 20, 24, 16, 28, 24))
x1 <- rnorm(n); x2 <- rbinom(n, 1, 0.4); x3 <- rnorm(n) + 0.3 * x1
eta <- -0.4 + 0.8 * x1 - 0.6 * x2 + 0.25 * x3 + rnorm(12, sd = 0.4)[g]
y <- rbinom(n, 1, plogis(eta))
d <- write_data(data.frame(g, y, x1, x2, x3), "logit.csv")
out$logit <- logit_json(glm(y ~ x1 + x2 + x3, binomial, d), d$g)

# --- Benjamini–Hochberg -----------------------------------------------------------------------

bh_p <- c(0.001, 0.04, 0.03, 0.2, 0.04, NA, 0.8, 0.0101, 1, 0.05)
out$bh <- obj(p = arr(bh_p), adjusted = arr(p.adjust(bh_p, method = "BH")))

# --- LMG on 5 correlated factors ----------------------------------------------------------------

set.seed(20250403)
n <- 300
z <- matrix(rnorm(n * 5), n, 5)
X <- z %*% chol(0.4 * diag(5) + 0.6 * outer(1:5, 1:5, function(i, j) 0.7^abs(i - j)))
y <- X %*% c(0.5, 0.3, 0, -0.2, 0.1) + rnorm(n)
d <- write_data(data.frame(y = y[, 1], x1 = X[, 1], x2 = X[, 2], x3 = X[, 3], x4 = X[, 4], x5 = X[, 5]), "lmg.csv")
l <- lmg_shares(d$y, as.matrix(d[, 2:6]))
out$lmg <- obj(shares = arr(l$shares), subsetR2 = arr(l$r2), r2 = num(l$r2[2^5]))

# --- city influencer model ----------------------------------------------------------------------

set.seed(20250404)
schools <- 14
sizes <- sample(6:30, schools * 3, replace = TRUE)
school <- rep(rep(sprintf("S%02d", 1:schools), each = 3), times = sizes)
grade <- rep(rep(4:6, times = schools), times = sizes)
n <- length(school)
s_eff <- rnorm(schools)[match(school, sprintf("S%02d", 1:schools))]
f1 <- rnorm(n) + 0.5 * s_eff; f2 <- 0.6 * f1 + rnorm(n); f3 <- rnorm(n) + s_eff; f4 <- rnorm(n)
y <- 50 + 5 * grade + 4 * f1 + 1.5 * f2 + 0 * f3 + 6 * s_eff + rnorm(n, sd = 8)
f2[sample(n, 12)] <- NA; y[sample(n, 7)] <- NA; f4[sample(n, 5)] <- NA
d <- write_data(data.frame(school, grade, y, f1, f2, f3, f4), "city.csv")
zg <- function(v) ave(v, d$grade, FUN = function(u) (u - mean(u, na.rm = TRUE)) / sd(u, na.rm = TRUE))
z <- data.frame(y = zg(d$y), f1 = zg(d$f1), f2 = zg(d$f2), f3 = zg(d$f3), f4 = zg(d$f4))
keep <- complete.cases(z)
fe <- paste(d$school, d$grade)[keep]
cl <- d$school[keep]
w <- as.data.frame(lapply(z[keep, ], function(v) v - ave(v, fe)))
fit <- lm(y ~ f1 + f2 + f3 + f4, w)
v <- vcovCL(fit, cluster = cl, type = "HC1")
G <- length(unique(cl))
slope <- coef(fit)[-1]; se <- sqrt(diag(v))[-1]
p <- 2 * pt(-abs(slope / se), G - 1)
cors <- lapply(2:5, function(j) cor.test(w[[j]], w$y))
l <- lmg_shares(w$y, as.matrix(w[, 2:5]))
out$city <- obj(
  n = num(sum(keep)), clusters = num(G), slope = arr(slope), se = arr(se),
  slopeLower = arr(slope - qt(0.975, G - 1) * se), slopeUpper = arr(slope + qt(0.975, G - 1) * se),
  p = arr(p), pAdjusted = arr(p.adjust(p, method = "BH")),
  r = arr(sapply(cors, function(t) t$estimate)),
  rLower = arr(sapply(cors, function(t) t$conf.int[1])),
  rUpper = arr(sapply(cors, function(t) t$conf.int[2])),
  shares = arr(l$shares), r2 = num(l$r2[2^4])
)

# --- DerSimonian–Laird between-school variance and empirical-Bayes pulls --------------------------

b <- c(0.42, 0.10, 0.55, 0.31, -0.05, 0.28, 0.60, 0.18)
s <- c(0.12, 0.20, 0.25, 0.10, 0.30, 0.15, 0.22, 0.18)
wt <- 1 / s^2
mu <- sum(wt * b) / sum(wt)
Q <- sum(wt * (b - mu)^2)
tau2 <- max(0, (Q - (length(b) - 1)) / (sum(wt) - sum(wt^2) / sum(wt)))
pulled <- (tau2 * b + s^2 * mu) / (tau2 + s^2)
pse <- sqrt(tau2 * s^2 / (tau2 + s^2))
out$shrink <- obj(
  slopes = arr(b), ses = arr(s), mean = num(mu), q = num(Q), tau2 = num(tau2),
  pulled = arr(pulled), pulledLower = arr(pulled - qnorm(0.975) * pse), pulledUpper = arr(pulled + qnorm(0.975) * pse)
)

# --- distribution functions ----------------------------------------------------------------------

tq <- expand.grid(level = c(0.8, 0.9, 0.95, 0.99), df = c(1, 2.5, 7, 30, 59, 1000, 14000))
tp <- expand.grid(t = c(-45, -6.5, -2.1, -0.3, 0.8, 3.9), df = c(1, 3, 12, 59, 14000))
out$distributions <- obj(
  tLevel = arr(tq$level), tDf = arr(tq$df), tCritical = arr(qt((1 + tq$level) / 2, tq$df)),
  zLevel = arr(c(0.5, 0.8, 0.9, 0.95, 0.99, 0.999)), zCritical = arr(qnorm((1 + c(0.5, 0.8, 0.9, 0.95, 0.99, 0.999)) / 2)),
  pT = arr(tp$t), pDf = arr(tp$df), pTwoSided = arr(2 * pt(-abs(tp$t), tp$df)),
  pZ = arr(c(-38, -9, -3.1, -1, 0, 2.5)), pNormal = arr(2 * pnorm(-abs(c(-38, -9, -3.1, -1, 0, 2.5))))
)

json <- paste0("{\n", paste(sprintf("  \"%s\": %s", names(out), unlist(out)), collapse = ",\n"), "\n}")
writeLines(json, file.path(dir, "reference.json"))
