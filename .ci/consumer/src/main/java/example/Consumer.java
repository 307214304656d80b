package example;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.citygdp.core.Dataset;
import org.citygdp.core.Metric;
import org.citygdp.core.Threshold;
import org.citygdp.data.ChinaCities;
import org.citygdp.data.export.CityGdpJacksonModule;

/**
 * Uses citygdp as a Maven dependency: the bundled data, one query, one answer per line; and the
 * same answer's sum as JSON through the Jackson module; and that gdp-data's optional
 * dependencies (the report's command line and chart) did not come with it.
 */
public final class Consumer {
  private Consumer() {}

  public static void main(String[] args) throws Exception {
    Dataset china = ChinaCities.load();
    System.out.println("club 2025: " + china.year(2025).members(Threshold.TRILLION_CLUB).ids());
    ObjectMapper json = new ObjectMapper().registerModule(new CityGdpJacksonModule());
    System.out.println("club 2025 GDP: " + json.writeValueAsString(
        china.year(2025).members(Threshold.TRILLION_CLUB).sum(Metric.GDP)));
    System.out.println("optional picocli, jfreechart: " + presence("picocli.CommandLine") + ", "
        + presence("org.jfree.chart.JFreeChart"));
  }

  /** Whether a class of an optional dependency of gdp-data reached this project. */
  private static String presence(String className) {
    try {
      Class.forName(className, false, Consumer.class.getClassLoader());
      return "present";
    } catch (ClassNotFoundException e) {
      return "absent";
    }
  }
}
