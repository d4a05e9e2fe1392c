package org.homewatch.core;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import org.homewatch.spi.storage.OptionalStore;
import org.homewatch.spi.storage.Storage;
import org.jspecify.annotations.Nullable;

/**
 * A storage that hands everything to another, for tests that make one operation fail or do something meanwhile:
 * override {@link #inTransaction} (wrapping the transaction, e.g. with {@link #intercepting}) and leave the rest.
 */
public abstract class ForwardingStorage implements Storage {
  /** The storage that does the work. */
  protected final Storage delegate;

  /** @param delegate the storage that does the work */
  protected ForwardingStorage(Storage delegate) {
    this.delegate = delegate;
  }

  /** The storage that does the work, to read what was really stored. */
  public Storage delegate() {
    return delegate;
  }

  @Override
  public <T> T inTransaction(TransactionWork<T> work) {
    return delegate.inTransaction(work);
  }

  @Override
  public Set<Class<? extends OptionalStore>> optionalStores() {
    return delegate.optionalStores();
  }

  @Override
  public void close() {
    delegate.close();
  }

  /** Decides a call of an intercepted object. */
  public interface Intercept {
    /**
     * @param method the called method's name
     * @param args its arguments (an empty array for none)
     * @return a result to return instead of calling the real method, or null to call it
     */
    @Nullable Object intercept(String method, Object[] args);
  }

  /**
   * {@code real} behind a proxy of {@code type} that asks {@code intercept} first at every call: what it returns (or
   * throws) stands for the call, null lets the real method run (whose exceptions propagate unwrapped).
   */
  public static <T> T intercepting(Class<T> type, T real, Intercept intercept) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
      Object[] a = args == null ? new Object[0] : args;
      Object instead = intercept.intercept(method.getName(), a);
      if (instead != null) {
        return instead;
      }
      try {
        return method.invoke(real, a);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }));
  }
}
