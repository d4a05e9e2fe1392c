package org.homewatch.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A scheduled executor whose time the test moves by hand: {@link #advance} runs, on the calling thread and in
 * time order, every task that falls due. Periodic tasks take no time to run, so fixed delay and fixed rate agree.
 */
final class ManualScheduledExecutor extends AbstractExecutorService implements ScheduledExecutorService {
  private long nowNanos;
  private long sequence;
  private final List<Task> tasks = new ArrayList<>();
  private boolean shutdown;

  /** Moves time forward by {@code by}, running every task due up to the new time (inclusive). */
  void advance(Duration by) {
    long until = nowNanos + by.toNanos();
    while (true) {
      Task next = tasks.stream().filter(t -> !t.cancelled && t.dueNanos <= until)
          .min(Comparator.comparingLong((Task t) -> t.dueNanos).thenComparingLong(t -> t.order)).orElse(null);
      if (next == null) {
        break;
      }
      nowNanos = next.dueNanos;
      next.command.run();
      if (next.periodNanos > 0) {
        next.dueNanos = nowNanos + next.periodNanos;
        next.order = sequence++;
      } else {
        tasks.remove(next);
      }
    }
    nowNanos = until;
  }

  private final class Task implements ScheduledFuture<Object> {
    final Runnable command;
    final long periodNanos;
    long dueNanos;
    long order;
    boolean cancelled;

    Task(Runnable command, long delayNanos, long periodNanos) {
      this.command = command;
      this.periodNanos = periodNanos;
      this.dueNanos = nowNanos + delayNanos;
      this.order = sequence++;
    }

    @Override
    public long getDelay(TimeUnit unit) {
      return unit.convert(dueNanos - nowNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public int compareTo(Delayed other) {
      return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      cancelled = true;
      return true;
    }

    @Override
    public boolean isCancelled() {
      return cancelled;
    }

    @Override
    public boolean isDone() {
      return cancelled;
    }

    @Override
    public Object get() {
      throw new UnsupportedOperationException("periodic tasks have no result");
    }

    @Override
    public Object get(long timeout, TimeUnit unit) {
      throw new UnsupportedOperationException("periodic tasks have no result");
    }
  }

  private ScheduledFuture<?> add(Runnable command, long delay, long period, TimeUnit unit) {
    Task task = new Task(command, unit.toNanos(delay), unit.toNanos(period));
    tasks.add(task);
    return task;
  }

  @Override
  public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
    return add(command, delay, 0, unit);
  }

  @Override
  public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
    throw new UnsupportedOperationException("not needed by the scheduler");
  }

  @Override
  public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
    return add(command, initialDelay, period, unit);
  }

  @Override
  public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
    return add(command, initialDelay, delay, unit);
  }

  @Override
  public void execute(Runnable command) {
    add(command, 0, 0, TimeUnit.NANOSECONDS);
  }

  @Override
  public void shutdown() {
    shutdown = true;
  }

  @Override
  public List<Runnable> shutdownNow() {
    shutdown = true;
    Collection<Runnable> pending = tasks.stream().map(t -> t.command).toList();
    tasks.clear();
    return List.copyOf(pending);
  }

  @Override
  public boolean isShutdown() {
    return shutdown;
  }

  @Override
  public boolean isTerminated() {
    return shutdown;
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) {
    return true;
  }
}
