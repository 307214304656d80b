package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.citygdp.core.internal.Checks;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Every public method and constructor of the core API rejects {@code null} where it is not
 * marked {@code @Nullable}, at once, with a {@link NullPointerException} naming the parameter
 * ("id must not be null"), thrown by the API's own check rather than somewhere deep inside (issue
 * #10, finding 8). Arrays and collections are checked element by element ("ids[1] must not be
 * null"). The classes are found on disk, so a new public class or method is covered without
 * listing it here; the exceptions' own constructors are left to the exception hierarchy.
 */
class NullArgumentsTest {

  @Test
  void should_reject_null_in_every_public_method_naming_the_parameter() throws Exception {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Class<?> type : ApiSamples.publicClasses()) {
      List<Executable> executables = new ArrayList<>(Arrays.asList(type.getDeclaredMethods()));
      executables.addAll(Arrays.asList(type.getDeclaredConstructors()));
      for (Executable e : executables) {
        if (!Modifier.isPublic(e.getModifiers()) || e.isSynthetic()
            || (e instanceof Method m && (m.isBridge() || isObjectMethod(m)
                || type.isEnum() && (m.getName().equals("valueOf")
                    || m.getName().equals("values"))))) {
          continue;
        }
        Class<?>[] params = e.getParameterTypes();
        AnnotatedType[] annotated = e.getAnnotatedParameterTypes();
        for (int i = 0; i < params.length; i++) {
          if (params[i].isPrimitive() || annotated[i].isAnnotationPresent(Nullable.class)) {
            continue;
          }
          checked++;
          String problem = callWithNull(type, e, i, false);
          if (problem != null) {
            wrong.add(signature(type, e) + " with null argument " + i + ": " + problem);
          }
          // Guava's immutable collections hold no null by construction
          if (params[i].isArray() || Iterable.class.isAssignableFrom(params[i])
              && !params[i].getName().startsWith("com.google.common.collect.Immutable")) {
            checked++;
            problem = callWithNull(type, e, i, true);
            if (problem != null) {
              wrong.add(signature(type, e) + " with a null element in argument " + i + ": "
                  + problem);
            }
          }
        }
      }
    }
    assertThat(wrong).as("public methods that do not reject null at once, naming it").isEmpty();
    assertThat(checked).as("null arguments tried").isGreaterThan(150);
  }

  private static boolean isObjectMethod(Method m) {
    return m.getName().equals("equals") && m.getParameterCount() == 1
        || m.getName().equals("hashCode") && m.getParameterCount() == 0
        || m.getName().equals("toString") && m.getParameterCount() == 0;
  }

  /** Calls {@code e} with argument {@code i} null (or an array/list holding a null); null if OK. */
  private static @Nullable String callWithNull(Class<?> type, Executable e, int i,
      boolean element) {
    Class<?>[] params = e.getParameterTypes();
    Object[] args = new Object[params.length];
    for (int k = 0; k < params.length; k++) {
      args[k] = k == i ? (element ? holdingNull(params[k]) : null) : ApiSamples.sample(params[k]);
    }
    Object receiver = null;
    if (e instanceof Method m && !Modifier.isStatic(m.getModifiers())) {
      Supplier<Object> r = ApiSamples.RECEIVERS.get(type);
      if (r == null) {
        return "no receiver in the test for " + type.getSimpleName();
      }
      receiver = r.get();
    }
    try {
      if (e instanceof Method m) {
        m.invoke(receiver, args);
      } else {
        ((Constructor<?>) e).newInstance(args);
      }
      return "accepted it";
    } catch (InvocationTargetException x) {
      Throwable t = x.getCause();
      String name = e.getParameters()[i].isNamePresent() ? e.getParameters()[i].getName() : null;
      if (!(t instanceof NullPointerException) || t.getMessage() == null
          || !t.getMessage().matches("[a-zA-Z][\\w.]*(\\[\\d+\\])? must not be null")) {
        return "threw " + t;
      }
      if (name != null && !t.getMessage().startsWith(name)) {
        return "named another parameter: " + t.getMessage();
      }
      StackTraceElement top = t.getStackTrace().length == 0 ? null : t.getStackTrace()[0];
      if (top == null || !top.getClassName().equals(Checks.class.getName())) {
        return "failed inside, at " + top + ": " + t.getMessage();
      }
      return null;
    } catch (ReflectiveOperationException | IllegalArgumentException x) {
      return "could not be called: " + x;
    }
  }

  /** An array or list whose only element is null. */
  private static Object holdingNull(Class<?> type) {
    if (type.isArray()) {
      return java.lang.reflect.Array.newInstance(type.getComponentType(), 1);
    }
    List<Object> l = new ArrayList<>();
    l.add(null);
    return type == Set.class ? new java.util.HashSet<>(l) : l;
  }

  private static String signature(Class<?> type, Executable e) {
    String name = type.getName().substring(type.getName().lastIndexOf('.') + 1);
    StringBuilder sb = new StringBuilder(name).append('.')
        .append(e instanceof Constructor ? "<init>" : e.getName()).append('(');
    for (Class<?> p : e.getParameterTypes()) {
      sb.append(sb.charAt(sb.length() - 1) == '(' ? "" : ", ").append(p.getSimpleName());
    }
    return sb.append(')').toString();
  }
}
