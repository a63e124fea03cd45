/**
 * A logger for vega-lite's compiler and vega's views that keeps what they report instead of
 * writing to the console: warnings are kept for the build summary, an error fails the chart.
 */

/** The logger interface vega and vega-lite call. */
export interface VegaLogger {
  level(): number;
  level(level: number): VegaLogger;
  error(...args: readonly unknown[]): VegaLogger;
  warn(...args: readonly unknown[]): VegaLogger;
  info(...args: readonly unknown[]): VegaLogger;
  debug(...args: readonly unknown[]): VegaLogger;
}

/** A logger with the warnings and errors it has collected. */
export interface LogCollector {
  logger: VegaLogger;
  /** Distinct warnings in the order first reported. */
  warnings(): string[];
  /** Throws the errors reported since the last call, naming the chart kind; clears them. */
  throwIfError(kind: string): void;
}

/** A fresh collector; warn level, info and debug ignored. */
export function createLogCollector(): LogCollector {
  const warnings = new Set<string>();
  let errors: string[] = [];
  const text = (args: readonly unknown[]): string =>
    args.map((arg) => (arg instanceof Error ? arg.message : String(arg))).join(' ');
  const logger: VegaLogger = {
    level: ((level?: number) => (level === undefined ? 2 : logger)) as VegaLogger['level'],
    error: (...args) => {
      errors.push(text(args));
      return logger;
    },
    warn: (...args) => {
      warnings.add(text(args));
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  return {
    logger,
    warnings: () => [...warnings],
    throwIfError(kind) {
      if (errors.length === 0) return;
      const message = `vega could not draw a ${kind} chart: ${errors.join('; ')}`;
      errors = [];
      throw new Error(message);
    },
  };
}
