package org.citygdp.data.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.citygdp.core.Dataset;
import org.citygdp.data.ChinaCities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's chart: a PNG of the stated size, drawn headless; bad paths are named. */
class ClubChartTest {
  private static final Dataset CHINA = ChinaCities.load();
  @TempDir Path dir;

  private static int run(StringWriter out, StringWriter err, String... args) {
    return ReportCommand.run(args, new PrintWriter(out), new PrintWriter(err), () -> CHINA);
  }

  @Test
  void chart_writes_a_png_of_the_stated_size_and_the_report_still_prints() throws Exception {
    Path png = dir.resolve("club.png");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = run(out, err, "2025", "--chart=" + png, "--format=csv");
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).startsWith("year,city_id,");
    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(ClubChart.WIDTH).isEqualTo(1200);
    assertThat(image.getHeight()).isEqualTo(ClubChart.HEIGHT).isEqualTo(800);
    assertThat(System.getProperty("java.awt.headless")).isEqualTo("true");
    // not blank: the picture has ink, in more than two colours
    java.util.Set<Integer> colours = new java.util.HashSet<>();
    for (int x = 0; x < image.getWidth(); x += 7) {
      for (int y = 0; y < image.getHeight(); y += 7) {
        colours.add(image.getRGB(x, y));
      }
    }
    assertThat(colours).hasSizeGreaterThan(5);
  }

  @Test
  void an_earlier_year_and_a_view_are_drawn_too() {
    for (Dataset d : new Dataset[] {CHINA.asOf(java.time.LocalDate.of(2026, 2, 6)),
        CHINA.atLeast(org.citygdp.core.domain.SourceGrade.PRIMARY)}) {
      for (int year : d.years()) {
        BufferedImage image = ClubChart.draw(d, year);
        assertThat(image.getWidth()).isEqualTo(1200);
      }
    }
  }

  @Test
  void a_bad_chart_path_is_named() {
    StringWriter err = new StringWriter();
    assertThat(run(new StringWriter(), err, "--chart=" + dir.resolve("club.svg"))).isEqualTo(2);
    assertThat(err.toString()).startsWith("Invalid value for option '--chart': '"
        + dir.resolve("club.svg") + "' must name a .png file");
    StringWriter err2 = new StringWriter();
    assertThat(run(new StringWriter(), err2, "--chart=" + dir.resolve("no/such/dir/c.png")))
        .isEqualTo(2);
    assertThat(err2.toString()).contains("the directory of '").contains("' does not exist");
  }

  @Test
  void the_readme_shows_the_committed_picture() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    assertThat(readme).contains("](docs/club-2025.png)");
    BufferedImage image = ImageIO.read(Path.of("..", "docs", "club-2025.png").toFile());
    assertThat(image.getWidth()).isEqualTo(ClubChart.WIDTH);
    assertThat(image.getHeight()).isEqualTo(ClubChart.HEIGHT);
  }
}
