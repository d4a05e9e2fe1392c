package org.homewatch.storage.memory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.homewatch.StorageException;
import org.jspecify.annotations.Nullable;

/**
 * Runs transactions one at a time under a re-entrant lock, and rolls a failed one back from its undo log.
 * The tables call {@link #guard()} before every access and {@link #onRollback} after every write.
 */
public final class Engine {
  private final ReentrantLock lock = new ReentrantLock();
  private volatile boolean closed;
  /** The running transaction's undo actions, oldest first; null outside a transaction. Guarded by the lock. */
  private @Nullable List<Runnable> undo;

  public <T> T run(Supplier<T> work) {
    if (lock.isHeldByCurrentThread()) {
      // Same thread, already inside: join the outer transaction, whose end decides commit or rollback.
      guard();
      return work.get();
    }
    failIfClosed();
    lock.lock();
    try {
      failIfClosed();
      List<Runnable> log = new ArrayList<>();
      undo = log;
      boolean committed = false;
      try {
        T result = work.get();
        committed = true;
        return result;
      } finally {
        undo = null;
        if (!committed && !closed) {
          for (int i = log.size() - 1; i >= 0; i--) {
            log.get(i).run();
          }
        }
      }
    } finally {
      lock.unlock();
    }
  }

  /** Fails unless the calling thread is inside a transaction of an open storage. */
  public void guard() {
    failIfClosed();
    if (!lock.isHeldByCurrentThread() || undo == null) {
      throw new StorageException(
          "memory storage: a store was used outside the transaction that gave it (stores are valid only inside "
              + "the work passed to inTransaction, on that thread)");
    }
  }

  /** Records how to undo a write just made by the running transaction. */
  public void onRollback(Runnable action) {
    List<Runnable> log = undo;
    if (log == null) {
      throw new IllegalStateException("a write outside a transaction");
    }
    log.add(action);
  }

  /** Marks the storage closed, waiting for a running transaction of another thread, and then releases memory. */
  public void close(Runnable release) {
    lock.lock();
    try {
      if (!closed) {
        closed = true;
        release.run();
      }
    } finally {
      lock.unlock();
    }
  }

  private void failIfClosed() {
    if (closed) {
      throw new StorageException("memory storage is closed");
    }
  }
}
