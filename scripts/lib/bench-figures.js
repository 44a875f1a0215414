/**
 * What every bench script shares that is not about a browser or a stack: its `--name value` arguments and the
 * figures it prints (median and quantiles, linear between ranks).
 */

/** `--name value` from the command line, else `fallback`. */
function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}

/** The q-quantile of `xs` (0 ≤ q ≤ 1), interpolated between the two nearest ranks. */
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (i - lo);
};

const median = (xs) => quantile(xs, 0.5);

module.exports = { arg, quantile, median };
