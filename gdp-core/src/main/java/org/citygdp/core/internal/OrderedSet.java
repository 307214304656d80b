package org.citygdp.core.internal;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An immutable set that iterates in the order its elements were first given, over one array: what
 * a {@code City} keeps its clusters in, so that building a city loads no collection library
 * (issue #11: Guava's jar and classes were a tenth of a fresh JVM's start-up). Equal to any
 * {@link Set} with the same elements, with the same hash code, as the {@link Set} contract says.
 * Thread-safe; mutators throw {@link UnsupportedOperationException}.
 *
 * @param <E> the element type
 */
public final class OrderedSet<E> extends AbstractSet<E> {
  private static final OrderedSet<?> EMPTY = new OrderedSet<>(new Object[0]);
  /** Above this size, {@link #contains} asks a hash set instead of looking along the array. */
  private static final int LINEAR = 8;

  private final Object[] elements;
  private final @Nullable Set<Object> index;

  private OrderedSet(Object[] elements) {
    this.elements = elements;
    this.index = elements.length > LINEAR ? new HashSet<>(Arrays.asList(elements)) : null;
  }

  /** The empty set. */
  @SuppressWarnings("unchecked")
  public static <E> OrderedSet<E> of() {
    return (OrderedSet<E>) EMPTY;
  }

  /**
   * The distinct elements of {@code given} in their first order; {@code given} itself if it is one.
   *
   * @throws NullPointerException naming the element ({@code "clusters[1] must not be null"}) if
   *     one is null
   */
  @SuppressWarnings("unchecked")
  public static <E> OrderedSet<E> copyOf(String parameter, Collection<? extends E> given) {
    if (given instanceof OrderedSet) {
      return (OrderedSet<E>) given;
    }
    Object[] all = Checks.notNullElements(parameter, given.toArray());
    int n = 0;
    @Nullable Set<Object> seen = all.length > LINEAR ? new HashSet<>() : null;
    for (int i = 0; i < all.length; i++) {
      Object e = all[i];
      boolean repeat;
      if (seen != null) {
        repeat = !seen.add(e);
      } else {
        repeat = false;
        for (int k = 0; k < n; k++) {
          if (all[k].equals(e)) {
            repeat = true;
            break;
          }
        }
      }
      if (!repeat) {
        all[n++] = e;
      }
    }
    return n == 0 ? of() : new OrderedSet<>(n == all.length ? all : Arrays.copyOf(all, n));
  }

  @Override
  public int size() {
    return elements.length;
  }

  @Override
  public boolean contains(@Nullable Object o) {
    if (o == null) {
      return false;
    }
    if (index != null) {
      return index.contains(o);
    }
    for (Object e : elements) {
      if (e.equals(o)) {
        return true;
      }
    }
    return false;
  }

  /** The element at {@code i} of the order. */
  @SuppressWarnings("unchecked")
  public E get(int i) {
    return (E) elements[i];
  }

  @Override
  public Iterator<E> iterator() {
    return new Iterator<E>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < elements.length;
      }

      @Override
      @SuppressWarnings("unchecked")
      public E next() {
        if (next >= elements.length) {
          throw new NoSuchElementException();
        }
        return (E) elements[next++];
      }
    };
  }

  @Override
  public Object[] toArray() {
    return elements.clone();
  }

  @Override
  public boolean add(E e) {
    throw new UnsupportedOperationException("an OrderedSet is immutable");
  }

  @Override
  public boolean remove(@Nullable Object o) {
    throw new UnsupportedOperationException("an OrderedSet is immutable");
  }

  @Override
  public boolean addAll(Collection<? extends E> c) {
    throw new UnsupportedOperationException("an OrderedSet is immutable");
  }

  @Override
  public boolean removeAll(Collection<?> c) {
    throw new UnsupportedOperationException("an OrderedSet is immutable");
  }

  @Override
  public boolean retainAll(Collection<?> c) {
    throw new UnsupportedOperationException("an OrderedSet is immutable");
  }

  @Override
  public boolean removeIf(java.util.function.Predicate<? super E> filter) {
    throw new UnsupportedOperationException("an OrderedSet is immutable");
  }

  @Override
  public void clear() {
    throw new UnsupportedOperationException("an OrderedSet is immutable");
  }
}
