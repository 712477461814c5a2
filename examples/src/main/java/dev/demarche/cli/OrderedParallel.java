package dev.demarche.cli;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps a stream of inputs on several threads and hands the results on in input order, in memory
 * bounded by the number of threads whatever the number of inputs.
 *
 * <p>The calling thread reads the inputs and consumes the results; a pool of worker threads applies
 * the function. At most {@code 2 × threads} inputs are in flight: when the window is full, the
 * caller waits for the oldest result and consumes it before reading on. A slow input thus never
 * lets results pile up, and a slow consumer never lets inputs pile up. See
 * docs/decisions/0006-ordered-parallel-extraction.md.
 */
final class OrderedParallel {
  private OrderedParallel() {}

  /**
   * Applies {@code work} to every element of {@code inputs} on {@code threads} threads, and passes
   * each result to {@code consumer}, in the order of the inputs, on the calling thread.
   *
   * <p>If reading an input fails, the results of the inputs before it are consumed first, then the
   * exception is thrown: the output holds everything before the bad input. If {@code work} or
   * {@code consumer} fails, the work in flight is abandoned and that exception is thrown.
   *
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  static <A, R> void forEach(
      Iterator<? extends A> inputs, Function<? super A, ? extends R> work, Consumer<? super R> consumer, int threads) {
    checkArgument(threads >= 1, "threads must be at least 1: %s", threads);
    int window = 2 * threads;
    ExecutorService pool = Executors.newFixedThreadPool(threads, new Workers());
    Deque<Future<? extends R>> inFlight = new ArrayDeque<>(window);
    try {
      RuntimeException readFailure = null;
      while (true) {
        A input;
        try {
          if (!inputs.hasNext()) {
            break;
          }
          input = inputs.next();
        } catch (RuntimeException e) {
          readFailure = e;
          break;
        }
        if (inFlight.size() == window) {
          consumer.accept(await(inFlight.removeFirst()));
        }
        inFlight.addLast(pool.submit(() -> work.apply(input)));
      }
      while (!inFlight.isEmpty()) {
        consumer.accept(await(inFlight.removeFirst()));
      }
      if (readFailure != null) {
        throw readFailure;
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R await(Future<R> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for a result");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      } else if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Daemon threads named {@code demarche-worker-N}, so that a pool left behind never holds the JVM. */
  private static final class Workers implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "demarche-worker-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
