package org.homewatch.examples.simulation;

import java.io.PrintStream;

/**
 * A progress bar redrawn in place on a terminal, or nothing at all when the output is not a terminal (a log file,
 * a CI job, a test), where the daily summary lines are the progress. Redrawn only when the shown percentage
 * changes, so it costs nothing measurable.
 */
abstract class Progress {
  abstract void start(int totalSteps);

  abstract void step();

  /** Clears the bar so that a summary line can be printed; the next step draws it again. */
  abstract void pause();

  abstract void done();

  /** A bar when {@code System.console()} is attached, otherwise silence. */
  static Progress forConsole(PrintStream out) {
    return System.console() != null ? new Bar(out) : new Silent();
  }

  static final class Silent extends Progress {
    @Override
    void start(int totalSteps) {}

    @Override
    void step() {}

    @Override
    void pause() {}

    @Override
    void done() {}
  }

  static final class Bar extends Progress {
    private static final int WIDTH = 40;
    private final PrintStream out;
    private int total = 1;
    private int done;
    private int shown = -1;

    Bar(PrintStream out) {
      this.out = out;
    }

    @Override
    void start(int totalSteps) {
      total = Math.max(1, totalSteps);
    }

    @Override
    void step() {
      done++;
      int percent = (int) (100L * done / total);
      if (percent != shown) {
        shown = percent;
        int filled = WIDTH * done / total;
        out.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + " %");
        out.flush();
      }
    }

    @Override
    void pause() {
      out.print("\r" + " ".repeat(WIDTH + 8) + "\r");
      shown = -1;
    }

    @Override
    void done() {
      pause();
    }
  }
}
