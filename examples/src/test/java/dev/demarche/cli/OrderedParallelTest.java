package dev.demarche.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedParallelTest {

  /** Counts 0, 1, 2, … up to {@code size}, then fails if {@code failAt} is reached. */
  private static final class Counting implements Iterator<Integer> {
    private final int size;
    private final int failAt;
    private int next;

    Counting(int size, int failAt) {
      this.size = size;
      this.failAt = failAt;
    }

    int read() {
      return next;
    }

    @Override
    public boolean hasNext() {
      if (next == failAt) {
        throw new IllegalStateException("bad input " + next);
      }
      return next < size;
    }

    @Override
    public Integer next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return next++;
    }
  }

  private static int slowSquare(int i) {
    LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(200_000));
    return i * i;
  }

  @Test
  void resultsComeInInputOrderWhateverTheWorkersFinishingOrder() {
    List<Integer> results = new ArrayList<>();

    OrderedParallel.forEach(new Counting(500, -1), OrderedParallelTest::slowSquare, results::add, 4);

    assertEquals(IntStream.range(0, 500).map(i -> i * i).boxed().toList(), results);
  }

  @Test
  void atMostTwoInputsPerThreadAreInFlight() {
    Counting inputs = new Counting(1000, -1);
    AtomicInteger consumed = new AtomicInteger();
    int[] maxInFlight = {0};

    OrderedParallel.forEach(
        inputs,
        OrderedParallelTest::slowSquare,
        r -> maxInFlight[0] = Math.max(maxInFlight[0], inputs.read() - consumed.getAndIncrement()),
        3);

    assertEquals(1000, consumed.get());
    assertTrue(maxInFlight[0] <= 6 + 1, "in flight: " + maxInFlight[0]);
  }

  @Test
  void aBadInputFailsAfterEveryResultBeforeItIsConsumed() {
    List<Integer> results = new ArrayList<>();

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> OrderedParallel.forEach(new Counting(100, 40), i -> i, results::add, 4));

    assertEquals("bad input 40", e.getMessage());
    assertEquals(IntStream.range(0, 40).boxed().toList(), results);
  }

  @Test
  void aFailingTaskFailsTheRunWithItsOwnException() {
    IllegalArgumentException failure = new IllegalArgumentException("no 7");

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                OrderedParallel.forEach(
                    new Counting(100, -1),
                    i -> {
                      if (i == 7) {
                        throw failure;
                      }
                      return i;
                    },
                    r -> {},
                    2));

    assertSame(failure, e);
  }

  @Test
  void oneThreadIsEnoughAndZeroIsRefused() {
    List<Integer> results = new ArrayList<>();

    OrderedParallel.forEach(new Counting(10, -1), i -> i + 1, results::add, 1);

    assertEquals(IntStream.rangeClosed(1, 10).boxed().toList(), results);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> OrderedParallel.forEach(new Counting(10, -1), i -> i, r -> {}, 0));
    assertEquals("threads must be at least 1: 0", e.getMessage());
  }
}
