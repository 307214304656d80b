package example;

import org.citygdp.core.Dataset;
import org.citygdp.core.Threshold;
import org.citygdp.data.ChinaCities;

/** Uses citygdp as a Maven dependency: the bundled data, one query, one answer per line. */
public final class Consumer {
  private Consumer() {}

  public static void main(String[] args) {
    Dataset china = ChinaCities.load();
    System.out.println("club 2025: " + china.year(2025).members(Threshold.TRILLION_CLUB).ids());
  }
}
