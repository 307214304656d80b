package org.citygdp.data;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Generates the corpus of malformed datasets in {@code src/test/resources/malformed/}: each case is
 * a small valid dataset with one thing broken, and an {@code expected.txt} naming the exception
 * type and the words its message must hold. {@code MalformedCorpusTest} runs every case, and
 * checks that the files on disk are what this class generates. Regenerate after a change:
 *
 * <pre>
 * mvn -q -o -pl gdp-data -am test-compile
 * java -cp "gdp-data/target/test-classes:gdp-data/target/classes:gdp-core/target/classes:$(cat cp.txt)" \
 *     org.citygdp.data.MalformedCorpus gdp-data/src/test/resources/malformed
 * </pre>
 *
 * <p>{@code expected.txt} lines: {@code type <simple class name>}; {@code words a|b|c} (each must
 * be in the message); {@code absent x} (must not be); {@code problems n} (at least n problems);
 * {@code entry directory|stream <file>|merge-bundled|merge <folder>}; {@code setup fifo <file>},
 * {@code setup symlink-outside <file>}, {@code setup symlink <file> <target>}, {@code setup
 * directory <file>}, {@code setup sparse <file> <bytes>}: things git cannot hold, made by the test.
 */
final class MalformedCorpus {
  private MalformedCorpus() {}

  /** A case: its files (relative path → bytes) and its expected.txt lines. */
  static final class Case {
    final Map<String, byte[]> files = new TreeMap<>();
    final List<String> expected = new ArrayList<>();

    Case file(String name, String text) {
      files.put(name, text.getBytes(StandardCharsets.UTF_8));
      return this;
    }

    Case bytes(String name, byte[] b) {
      files.put(name, b);
      return this;
    }

    Case expect(String line) {
      expected.add(line);
      return this;
    }

    Case words(String... words) {
      return expect("words " + String.join("|", words));
    }

    byte[] expectedFile() {
      return (String.join("\n", expected) + "\n").getBytes(StandardCharsets.UTF_8);
    }
  }

  // ---- the valid base dataset ----

  static final String MANIFEST = "{\"id\": \"t\", \"title\": \"test\", \"sectors\": \"sectors.json\","
      + " \"clusters\": \"clusters.json\",\n \"cities\": \"cities.json\", \"sources\":"
      + " [\"sources.json\"], \"national\": \"national.json\",\n \"figures\":"
      + " [\"figures/alpha.json\", \"figures/beta.json\"]}\n";
  static final String SECTORS =
      "[{\"id\": \"tertiary\", \"nameEn\": \"Services\", \"nameZh\": \"第三产业\"}]\n";
  static final String CLUSTERS =
      "[{\"id\": \"C1\", \"nameEn\": \"Cluster one\", \"nameZh\": \"一\"}]\n";
  static final String CITIES = "[\n"
      + "{\"id\": \"alpha\", \"nameEn\": \"Alpha\", \"nameZh\": \"甲\", \"province\": \"P\","
      + " \"region\": \"EASTERN\", \"rank\": \"PREFECTURE\", \"divisionCode\": \"123400\","
      + " \"clusters\": [\"C1\"]},\n"
      + "{\"id\": \"beta\", \"nameEn\": \"Beta\", \"nameZh\": \"乙\", \"province\": \"P\","
      + " \"region\": \"WESTERN\", \"rank\": \"PREFECTURE\", \"divisionCode\": \"123500\","
      + " \"clusters\": []}\n]\n";
  static final String SOURCES = "[\n"
      + "{\"id\": \"s1\", \"publisher\": \"Bureau\", \"title\": \"Communiqué\","
      + " \"url\": \"https://example.org/communique-2024\", \"publishedOn\": \"2025-02-01\","
      + " \"grade\": \"PRIMARY\", \"type\": \"STATISTICAL_COMMUNIQUE\"},\n"
      + "{\"id\": \"s2\", \"publisher\": \"Panel\", \"title\": \"Table\","
      + " \"copy\": \"someone/panel@1dce311a9ab55b0ff528b60ad6f4202e9790051e:out/table.csv\","
      + " \"publishedOn\": \"2025-03\", \"grade\": \"COMPILATION\","
      + " \"type\": \"SECONDARY_COMPILATION\"}\n]\n";
  static final String NATIONAL = "{\"figures\": [\n"
      + "{\"year\": 2024, \"metric\": \"real_growth\", \"value\": \"5.0\", \"release\":"
      + " \"PRELIMINARY\", \"source\": \"s1\", \"verified\": true}\n]}\n";
  static final String ALPHA = "{\"city\": \"alpha\", \"figures\": [\n"
      + "{\"year\": 2024, \"metric\": \"gdp\", \"value\": \"10002.1\", \"release\": \"PRELIMINARY\","
      + " \"source\": \"s1\", \"verified\": true},\n"
      + "{\"year\": 2024, \"metric\": \"real_growth\", \"value\": \"5.7\", \"release\":"
      + " \"PRELIMINARY\", \"source\": \"s1\", \"verified\": true},\n"
      + "{\"year\": 2024, \"metric\": \"real_growth.tertiary\", \"value\": \"4.8\", \"release\":"
      + " \"PRELIMINARY\", \"source\": \"s2\", \"verified\": false, \"note\": \"seen only in a"
      + " research panel\", \"publishedOn\": \"2025-02-20\"}\n]}\n";
  static final String BETA = "{\"city\": \"beta\", \"figures\": [\n"
      + "{\"year\": 2024, \"metric\": \"gdp\", \"value\": \"8000\", \"release\": \"PRELIMINARY\","
      + " \"source\": \"s1\", \"verified\": true}\n]}\n";

  static final String CSV_MANIFEST = "{\"id\": \"t\", \"title\": \"test\", \"cities\": \"cities.csv\","
      + " \"sources\": [\"sources.csv\"],\n \"national\": \"national.csv\", \"figures\":"
      + " [\"figures.csv\"]}\n";
  static final String CITIES_CSV = "id,nameEn,nameZh,province,region,rank,divisionCode,clusters\n"
      + "alpha,Alpha,甲,P,EASTERN,PREFECTURE,123400,\n"
      + "beta,Beta,乙,P,WESTERN,PREFECTURE,123500,\n";
  static final String SOURCES_CSV = "id,publisher,title,url,copy,publishedOn,grade,type\n"
      + "s1,Bureau,Communiqué,https://example.org/communique-2024,,2025-02-01,PRIMARY,"
      + "STATISTICAL_COMMUNIQUE\n"
      + "s2,Panel,Table,,someone/panel@1dce311a9ab55b0ff528b60ad6f4202e9790051e:out/table.csv,"
      + "2025-03,COMPILATION,SECONDARY_COMPILATION\n";
  static final String NATIONAL_CSV = "year,metric,value,release,source,verified,note,publishedOn\n"
      + "2024,real_growth,5.0,PRELIMINARY,s1,true,,\n";
  static final String FIGURES_CSV =
      "city,year,metric,value,release,source,verified,note,publishedOn\n"
      + "alpha,2024,gdp,10002.1,PRELIMINARY,s1,true,,\n"
      + "alpha,2024,real_growth,5.7,PRELIMINARY,s1,true,,\n"
      + "beta,2024,gdp,8000,PRELIMINARY,s2,false,\"seen in a table, not the communiqué\","
      + "2025-03-02\n";

  static final String DOCUMENT = "{\"id\": \"t\", \"title\": \"test\",\n"
      + " \"cities\": [{\"id\": \"alpha\", \"nameEn\": \"Alpha\", \"nameZh\": \"甲\", \"province\":"
      + " \"P\", \"region\": \"EASTERN\", \"rank\": \"PREFECTURE\", \"divisionCode\": \"123400\"}],\n"
      + " \"sources\": [{\"id\": \"s1\", \"publisher\": \"Bureau\", \"title\": \"Communiqué\","
      + " \"url\": \"https://example.org/communique-2024\", \"publishedOn\": \"2025-02-01\","
      + " \"grade\": \"PRIMARY\", \"type\": \"STATISTICAL_COMMUNIQUE\"}],\n"
      + " \"national\": [{\"year\": 2024, \"metric\": \"real_growth\", \"value\": \"5.0\","
      + " \"release\": \"PRELIMINARY\", \"source\": \"s1\", \"verified\": true}],\n"
      + " \"figures\": [{\"city\": \"alpha\", \"year\": 2024, \"metric\": \"gdp\", \"value\":"
      + " \"10002.1\", \"release\": \"PRELIMINARY\", \"source\": \"s1\", \"verified\": true}]}\n";

  static Case json() {
    return new Case().file("dataset.json", MANIFEST).file("sectors.json", SECTORS)
        .file("clusters.json", CLUSTERS).file("cities.json", CITIES).file("sources.json", SOURCES)
        .file("national.json", NATIONAL).file("figures/alpha.json", ALPHA)
        .file("figures/beta.json", BETA).expect("type InvalidDataException");
  }

  static Case csv() {
    return new Case().file("dataset.json", CSV_MANIFEST).file("cities.csv", CITIES_CSV)
        .file("sources.csv", SOURCES_CSV).file("national.csv", NATIONAL_CSV)
        .file("figures.csv", FIGURES_CSV).expect("type InvalidDataException");
  }

  static Case document(String text) {
    return new Case().file("document.json", text).expect("type InvalidDataException")
        .expect("entry stream document.json");
  }

  /** A base case with one replacement in one file (which must change it). */
  static Case replace(Case c, String file, String from, String to) {
    String text = new String(c.files.get(file), StandardCharsets.UTF_8);
    if (!text.contains(from)) {
      throw new IllegalStateException(file + " has no '" + from + "'");
    }
    return c.file(file, text.replace(from, to));
  }

  // ---- the cases ----

  static Map<String, Case> cases() {
    Map<String, Case> all = new LinkedHashMap<>();
    numbers(all);
    years(all);
    dates(all);
    paths(all);
    duplicates(all);
    encodings(all);
    limits(all);
    syntax(all);
    references(all);
    csvCases(all);
    documents(all);
    merges(all);
    return all;
  }

  private static final String GDP = "\"value\": \"10002.1\"";

  /** Finding 2 and 7: values that are not plain decimals of ASCII digits. */
  private static void numbers(Map<String, Case> all) {
    String[][] strict = {
        {"exponent-huge", "1e999999999"},
        {"exponent-tiny", "1e-999999999"},
        {"exponent-small", "1.00021e4"},
        {"exponent-upper", "1E4"},
        {"spaces-around", " 10002.1 "},
        {"space-leading", " 10002.1"},
        {"tab-trailing", "10002.1\\t"},
        {"plus-sign", "+10002.1"},
        {"full-width-digits", "１０００２.１"},
        {"arabic-indic-digits", "١٠٠٠٢.١"},
        {"devanagari-digits", "१०००२.१"},
        {"leading-dot", ".5"},
        {"trailing-dot", "10002."},
        {"leading-zeros", "010002.1"},
        {"ninety-nine-digits", "1".repeat(99)},
    };
    for (String[] s : strict) {
      all.put("number-" + s[0], replace(json(), "figures/alpha.json", GDP,
          "\"value\": \"" + s[1] + "\"").words("Invalid value", "figures/alpha.json",
          "/figures/0/value", "line 2", "amount in 亿元"));
    }
    String[][] plain = {
        {"thousands-separator", "10,002.1", "Invalid value '10,002.1'"},
        {"unit-suffix", "10002.1亿", "Invalid value '10002.1亿'"},
        {"empty", "", "Invalid value ''"},
        {"nan", "NaN", "Invalid value 'NaN'"},
        {"infinity", "Infinity", "Invalid value 'Infinity'"},
        {"hex", "0x10", "Invalid value '0x10'"},
        {"underscore", "1_000", "Invalid value '1_000'"},
        {"fraction", "1/2", "Invalid value '1/2'"},
        {"double-minus", "--1", "Invalid value '--1'"},
        {"negative-gdp", "-5", "must not be negative"},
        {"too-many-decimals", "10002.123456789", "Invalid value '10002.123456789'"},
    };
    for (String[] s : plain) {
      all.put("number-" + s[0], replace(json(), "figures/alpha.json", GDP,
          "\"value\": \"" + s[1] + "\"").words(s[2], "figures/alpha.json", "/figures/0"));
    }
    all.put("number-million-digits", replace(json(), "figures/alpha.json", GDP,
        "\"value\": \"" + "9".repeat(1_000_000) + "\"").words("Invalid file", "figures/alpha.json",
        "line 2", "String value length (", "exceeds the maximum allowed (100000)")
        .expect("absent 99999999999999999999999999999999999999999"));
    all.put("number-two-hundred-digits", replace(json(), "figures/alpha.json", GDP,
        "\"value\": \"" + "9".repeat(200) + "\"").words("Invalid value '9999",
        "(200 characters)", "/figures/0/value", "must be at most 100 characters long"));
    all.put("number-growth-below-minus-100", replace(json(), "figures/alpha.json",
        "\"value\": \"5.7\"", "\"value\": \"-101\"").words("Invalid value '-101'", "below -100%",
        "/figures/1/value", "line 3"));
    String[][] nonString = {
        {"json-number", "10002.10", "10002.10"},
        {"json-exponent", "1e999999999", "1E+999999999"},
        {"json-true", "true", "true"},
        {"json-array", "[\"10002.1\"]", "[…] (an array)"},
        {"json-object", "{\"yi\": \"10002.1\"}", "{…} (an object)"},
    };
    for (String[] s : nonString) {
      all.put("number-value-" + s[0], replace(json(), "figures/alpha.json", GDP,
          "\"value\": " + s[1]).words("Invalid value '" + s[2] + "'", "must be a string",
          "/figures/0/value"));
    }
    all.put("number-value-null", replace(json(), "figures/alpha.json", GDP, "\"value\": null")
        .words("Invalid value (missing)", "is required", "/figures/0/value"));
  }

  private static final String YEAR = "\"year\": 2024, \"metric\": \"gdp\"";

  private static void years(Map<String, Case> all) {
    String[][] cases = {
        {"decimal", "2024.0", "must be a whole number"},
        {"fraction", "2024.5", "must be a whole number"},
        {"string", "\"2024\"", "must be a whole number, not a string"},
        {"exponent", "2.024e3", "must be a whole number"},
        {"twenty-digits", "99999999999999999999", "must be a whole number"},
        {"too-long-number", "123456789012345678901", "Number value length (21) exceeds"},
        {"before-1949", "1948", "must be within 1949–2100"},
        {"after-2100", "2101", "must be within 1949–2100"},
        {"negative", "-2024", "must be within 1949–2100"},
        {"int-overflow", "4294967296", "must be a whole number"},
        {"boolean", "true", "must be a whole number"},
        {"null", "null", "is required"},
    };
    for (String[] s : cases) {
      all.put("year-" + s[0], replace(json(), "figures/alpha.json", YEAR,
          "\"year\": " + s[1] + ", \"metric\": \"gdp\"").words("figures/alpha.json", "line 2",
          s[2]));
    }
  }

  /** Finding 3: far, malformed and out-of-range dates, on a source and on a figure. */
  private static void dates(Map<String, Case> all) {
    String[][] dates = {
        {"far-future-signed", "+999999999-12-31"},
        {"far-future", "999999999-12-31"},
        {"far-past", "-999999999-01-01"},
        {"year-zero", "0000-01-01"},
        {"february-30", "2025-02-30"},
        {"month-13", "2025-13"},
        {"single-digit-parts", "2025-1-1"},
        {"two-digit-year", "25-01-01"},
        {"slashes", "2025/01/01"},
        {"full-width", "２０２５-01-01"},
        {"with-time", "2025-01-01T00:00"},
        {"leading-space", " 2025-01-01"},
        {"before-1949", "1948-12-31"},
        {"after-2100", "2101-01-01"},
        {"empty", ""},
        {"max-date", "+999999999-12-31T23:59:59"},
    };
    for (String[] d : dates) {
      all.put("date-source-" + d[0], replace(json(), "sources.json", "\"2025-02-01\"",
          "\"" + d[1] + "\"").words("Invalid publishedOn", "sources.json", "line 2", "/0/publishedOn",
          "must be a date: YYYY-MM-DD"));
    }
    for (String[] d : new String[][] {dates[0], dates[4], dates[12]}) {
      all.put("date-figure-" + d[0], replace(json(), "figures/alpha.json", "\"2025-02-20\"",
          "\"" + d[1] + "\"").words("Invalid publishedOn", "figures/alpha.json", "line 4",
          "/figures/2/publishedOn"));
    }
    all.put("date-number", replace(json(), "sources.json", "\"2025-02-01\"", "20250201")
        .words("Invalid publishedOn '20250201'", "must be a string"));
  }

  private static final String FIGURES_LIST = "[\"figures/alpha.json\", \"figures/beta.json\"]";

  /** Finding 5: names leading out of the directory, and files that are not regular files. */
  private static void paths(Map<String, Case> all) {
    String[][] names = {
        {"parent", "../outside.json"},
        {"parent-inside", "figures/../../outside.json"},
        {"absolute", "/etc/passwd.json"},
        {"absolute-etc", "/etc/passwd"},
        {"dot-segment", "figures/./alpha.json"},
        {"dot-dot-only", ".."},
        {"empty-segment", "figures//alpha.json"},
        {"backslash", "figures\\\\alpha.json"},
        {"backslash-parent", "..\\\\outside.json"},
        {"drive-letter", "C:\\\\data\\\\alpha.json"},
        {"hidden", ".alpha.json"},
        {"home", "~/alpha.json"},
        {"url", "file:///etc/passwd"},
        {"percent-encoded", "%2e%2e/outside.json"},
        {"other-extension", "figures/alpha.txt"},
        {"upper-case-extension", "figures/alpha.JSON"},
        {"trailing-space", "figures/alpha.json "},
        {"empty", ""},
    };
    for (String[] n : names) {
      all.put("path-" + n[0], replace(json(), "dataset.json", FIGURES_LIST,
          "[\"figures/alpha.json\", \"" + n[1] + "\"]").words("Invalid file", "dataset.json",
          "line 3", "/figures/1", "must be a relative path inside the dataset's directory"));
    }
    all.put("path-nul-in-name", replace(json(), "dataset.json", FIGURES_LIST,
        "[\"figures/alpha.json\", \"figures/alpha.json\\u0000.csv\"]").words("Invalid figures[1]",
        "/figures/1", "must not contain NUL characters"));
    all.put("path-too-long", replace(json(), "dataset.json", FIGURES_LIST,
        "[\"figures/alpha.json\", \"" + "a/".repeat(100) + "x.json\"]").words("Invalid figures[1]",
        "/figures/1", "must be at most 200 characters long"));
    all.put("path-not-found", replace(json(), "dataset.json", FIGURES_LIST,
        "[\"figures/alpha.json\", \"figures/gamma.json\"]").words(
        "Invalid file 'figures/gamma.json'", "/figures/1", "was not found"));
    all.put("path-named-twice", replace(json(), "dataset.json", FIGURES_LIST,
        "[\"figures/alpha.json\", \"figures/alpha.json\"]").words(
        "Invalid file 'figures/alpha.json'", "/figures/1", "already names"));
    all.put("path-cities-is-figures", replace(json(), "dataset.json", "\"cities\": \"cities.json\"",
        "\"cities\": \"figures/alpha.json\"").words("figures/alpha.json", "already names"));
    all.put("path-symlink-outside", json().expect("setup symlink-outside figures/beta.json")
        .words("Invalid file 'figures/beta.json'", "/figures/1",
            "leads outside the dataset's directory").expect("absent SECRET"));
    all.put("path-symlink-manifest-outside", json().expect("setup symlink-outside dataset.json")
        .words("Invalid file 'dataset.json'", "leads outside the dataset's directory")
        .expect("absent SECRET"));
    all.put("path-symlink-dev-zero", json().expect("setup symlink figures/beta.json /dev/zero")
        .words("Invalid file 'figures/beta.json'", "leads outside the dataset's directory"));
    all.put("path-symlink-inside-is-read", replace(replace(json(), "figures/beta.json", "8000",
        "-8000"), "dataset.json", "figures/beta.json", "figures/gamma.json")
        .expect("setup symlink figures/gamma.json beta.json")
        .words("figures/gamma.json", "must not be negative"));
    all.put("path-fifo", json().expect("setup fifo figures/beta.json")
        .words("Invalid file 'figures/beta.json'", "/figures/1", "not a regular file"));
    all.put("path-fifo-manifest", json().expect("setup fifo dataset.json")
        .words("Invalid file 'dataset.json'", "not a regular file"));
    all.put("path-directory", json().expect("setup directory figures/beta.json")
        .words("Invalid file 'figures/beta.json'", "is a directory"));
    all.put("path-too-large", json().expect("setup sparse figures/beta.json 40000000")
        .words("Invalid file 'figures/beta.json'", "is 40000000 bytes, more than the limit of "
            + DatasetLoader.MAX_FILE_BYTES + " bytes"));
    all.put("path-no-manifest", new Case().file("cities.json", CITIES)
        .expect("type InvalidDataException").words("Invalid file 'dataset.json'", "was not found"));
  }

  /** Finding 6: duplicates name the file and element of both occurrences. */
  private static void duplicates(Map<String, Case> all) {
    all.put("duplicate-city-id", replace(json(), "cities.json", "\"id\": \"beta\"",
        "\"id\": \"alpha\"").words("Invalid id 'alpha'", "cities.json, line 3", "/1/id",
        "city 'alpha' is also defined at", "cities.json, line 2", "/0/id"));
    all.put("duplicate-source-id", replace(json(), "sources.json", "\"id\": \"s2\"",
        "\"id\": \"s1\"").words("Invalid id 's1'", "sources.json, line 3", "/1/id",
        "is also defined at", "sources.json, line 2", "/0/id"));
    all.put("duplicate-source-id-two-files", replace(json(), "dataset.json",
        "[\"sources.json\"]", "[\"sources.json\", \"more-sources.json\"]")
        .file("more-sources.json", "[{\"id\": \"s2\", \"publisher\": \"Other\", \"title\": \"T\","
            + " \"url\": \"https://example.org/t\", \"grade\": \"SECONDARY\", \"type\":"
            + " \"NEWS_REPORT\"}]\n")
        .words("Invalid id 's2'", "more-sources.json, line 1", "/0/id", "is also defined at",
            "sources.json, line 3", "/1/id"));
    all.put("duplicate-sector-id", replace(json(), "sectors.json", "}]",
        "}, {\"id\": \"tertiary\", \"nameEn\": \"Other\", \"nameZh\": \"三\"}]").words(
        "Invalid id 'tertiary'", "sectors.json", "/1/id", "sector 'tertiary' is also defined at",
        "/0/id"));
    all.put("duplicate-cluster-id", replace(json(), "clusters.json", "}]",
        "}, {\"id\": \"C1\", \"nameEn\": \"Other\", \"nameZh\": \"二\"}]").words("Invalid id 'C1'",
        "clusters.json", "/1/id", "cluster 'C1' is also defined at", "/0/id"));
    all.put("duplicate-cluster-in-city", replace(json(), "cities.json", "[\"C1\"]",
        "[\"C1\", \"C1\"]").words("Invalid clusters[1] 'C1'", "/0/clusters/1",
        "names a cluster twice"));
    all.put("duplicate-key-figure", replace(json(), "figures/alpha.json", YEAR,
        "\"year\": 2024, \"year\": 2023, \"metric\": \"gdp\"").words("figures/alpha.json",
        "line 2", "column", "Duplicate field 'year'"));
    all.put("duplicate-key-manifest", replace(json(), "dataset.json", "\"id\": \"t\",",
        "\"id\": \"t\", \"id\": \"u\",").words("dataset.json", "line 1", "Duplicate field 'id'"));
    all.put("duplicate-key-city", replace(json(), "cities.json", "\"province\": \"P\",",
        "\"province\": \"P\", \"province\": \"Q\",").words("cities.json", "line 2",
        "Duplicate field 'province'"));
    all.put("duplicate-figure", replace(json(), "figures/beta.json", "true}\n]}",
        "true},\n{\"year\": 2024, \"metric\": \"gdp\", \"value\": \"8000\", \"release\":"
            + " \"PRELIMINARY\", \"source\": \"s1\", \"verified\": true}\n]}").words(
        "Invalid figure '8000'", "figures/beta.json, line 3", "/figures/1",
        "is a second figure for beta 2024 gdp PRELIMINARY from source 's1'",
        "the first is at", "figures/beta.json, line 2", "with the same value"));
    all.put("contradicting-figure", replace(json(), "figures/beta.json", "true}\n]}",
        "true},\n{\"year\": 2024, \"metric\": \"gdp\", \"value\": \"8001\", \"release\":"
            + " \"PRELIMINARY\", \"source\": \"s1\", \"verified\": true}\n]}").words(
        "Invalid figure '8001'", "/figures/1", "with value '8000': a contradiction"));
    all.put("duplicate-figure-across-files", replace(json(), "figures/beta.json",
        "\"city\": \"beta\"", "\"city\": \"alpha\"").words("is a second figure for alpha 2024 gdp",
        "figures/beta.json", "figures/alpha.json", "with value '10002.1'"));
  }

  /** Finding 7: UTF-8 only, no byte-order mark, no NUL anywhere. */
  private static void encodings(Map<String, Case> all) {
    String[] files = {"dataset.json", "cities.json", "sources.json", "figures/alpha.json"};
    for (String f : files) {
      String name = f.replace("figures/", "").replace(".json", "");
      byte[] text = json().files.get(f);
      all.put("encoding-bom-utf8-" + name, json().bytes(f, concat(new byte[] {(byte) 0xEF,
          (byte) 0xBB, (byte) 0xBF}, text)).words("Invalid file '" + f + "'",
          "line 1, column 1", "starts with a UTF-8 byte-order mark"));
    }
    Object[][] encodings = {
        {"utf16le-bom", StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE},
            "is UTF-16"},
        {"utf16be-bom", StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF},
            "is UTF-16"},
        {"utf16le", StandardCharsets.UTF_16LE, new byte[0], "looks like UTF-16"},
        {"utf16be", StandardCharsets.UTF_16BE, new byte[0], "looks like UTF-16"},
        {"utf32le-bom", Charset.forName("UTF-32LE"),
            new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, "is UTF-32"},
        {"utf32be-bom", Charset.forName("UTF-32BE"),
            new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, "is UTF-32"},
        {"utf32le", Charset.forName("UTF-32LE"), new byte[0], "looks like UTF-32"},
        {"utf32be", Charset.forName("UTF-32BE"), new byte[0], "looks like UTF-32"},
    };
    for (Object[] e : encodings) {
      for (String f : new String[] {"cities.json", "dataset.json"}) {
        String text = new String(json().files.get(f), StandardCharsets.UTF_8);
        all.put("encoding-" + e[0] + "-" + f.replace(".json", ""), json().bytes(f,
            concat((byte[]) e[2], text.getBytes((Charset) e[1]))).words("Invalid file '" + f + "'",
            (String) e[3], "files must be UTF-8, without a byte-order mark"));
      }
    }
    byte[] alpha = json().files.get("figures/alpha.json");
    Object[][] bad = {
        {"invalid-byte-ff", new byte[] {(byte) 0xFF}, "byte 0xFF"},
        {"latin1-e-acute", new byte[] {(byte) 0xE9}, "byte 0xE9"},
        {"overlong-nul", new byte[] {(byte) 0xC0, (byte) 0x80}, "byte 0xC0"},
        {"encoded-surrogate", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "byte 0xED"},
        {"lone-continuation", new byte[] {(byte) 0x80}, "byte 0x80"},
    };
    for (Object[] b : bad) {
      all.put("encoding-" + b[0], json().bytes("figures/alpha.json",
          insertInNote(alpha, (byte[]) b[1])).words("Invalid file 'figures/alpha.json'",
          "line 4", "is not valid UTF-8", (String) b[2]));
    }
    all.put("encoding-truncated-at-end", json().bytes("figures/alpha.json",
        concat(alpha, new byte[] {(byte) 0xE4, (byte) 0xB8})).words("is not valid UTF-8",
        "line 6"));
    all.put("encoding-nul-in-string", json().bytes("figures/alpha.json",
        insertInNote(alpha, new byte[] {0})).words("Invalid file 'figures/alpha.json'", "line 4",
        "must not contain NUL characters (U+0000)"));
    all.put("encoding-nul-between-tokens", json().bytes("cities.json",
        concat(new byte[] {'[', 0}, java.util.Arrays.copyOfRange(json().files.get("cities.json"),
            1, json().files.get("cities.json").length)))
        .words("Invalid file 'cities.json'", "line 1, column 2", "must not contain NUL"));
    all.put("encoding-nul-at-end", json().bytes("sources.json",
        concat(json().files.get("sources.json"), new byte[] {0})).words("sources.json", "line 5",
        "must not contain NUL"));
    all.put("encoding-escaped-nul-in-note", replace(json(), "figures/alpha.json",
        "seen only in a", "seen only\\u0000in a").words("Invalid note", "\\u0000",
        "/figures/2/note", "must not contain NUL characters"));
    all.put("encoding-escaped-nul-in-id", replace(json(), "cities.json", "\"id\": \"beta\"",
        "\"id\": \"be\\u0000ta\"").words("Invalid id 'be\\u0000ta'", "/1/id",
        "must not contain NUL"));
    all.put("encoding-escaped-bell-in-name", replace(json(), "cities.json", "\"Beta\"",
        "\"Be\\u0007ta\"").words("Invalid nameEn", "/1/nameEn",
        "must not contain control characters (U+0007)"));
    all.put("encoding-lone-surrogate", replace(json(), "sources.json", "\"Bureau\"",
        "\"Bur\\ud800eau\"").words("Invalid publisher", "/0/publisher", "lone surrogate"));
    all.put("encoding-nul-in-csv", csv().bytes("figures.csv", insert(csv().files.get("figures.csv"),
        "alpha,2024,gdp,10002.1".length() + 66, new byte[] {0})).words("figures.csv",
        "must not contain NUL"));
    all.put("encoding-bom-csv", csv().bytes("cities.csv", concat(new byte[] {(byte) 0xEF,
        (byte) 0xBB, (byte) 0xBF}, csv().files.get("cities.csv"))).words("cities.csv",
        "starts with a UTF-8 byte-order mark"));
  }

  private static void limits(Map<String, Case> all) {
    all.put("limit-nesting", replace(json(), "figures/alpha.json", "\"note\": \"seen only in a"
        + " research panel\"", "\"note\": [[[[[[[[[\"deep\"]]]]]]]]]").words(
        "figures/alpha.json", "line 4", "Document nesting depth (9) exceeds the maximum allowed (8)"));
    all.put("limit-string", replace(json(), "figures/alpha.json", "seen only in a research panel",
        "x".repeat(DatasetLoader.MAX_STRING_LENGTH + 1)).words("figures/alpha.json", "line 4",
        "String value length"));
    all.put("limit-note", replace(json(), "figures/alpha.json", "seen only in a research panel",
        "x".repeat(DatasetLoader.MAX_LONG_TEXT + 1)).words("Invalid note 'xxxx",
        "(5001 characters)", "must be at most 5000 characters long"));
    all.put("limit-key", replace(json(), "figures/alpha.json", "\"note\":",
        "\"" + "k".repeat(DatasetLoader.MAX_NAME_LENGTH + 1) + "\": 1, \"note\":").words(
        "figures/alpha.json", "line 4", "Name length"));
    all.put("limit-id", replace(json(), "cities.json", "\"id\": \"beta\"",
        "\"id\": \"" + "b".repeat(101) + "\"").words("Invalid id 'bbbb", "(101 characters)",
        "must be at most 100 characters long"));
    StringBuilder many = new StringBuilder("{\"city\": \"beta\", \"figures\": [\n");
    for (int i = 0; i < 60; i++) {
      many.append(i == 0 ? "" : ",\n").append("{\"year\": ").append(1949 + i)
          .append(", \"metric\": \"gdp\", \"value\": \"x").append(i).append("\", \"release\":"
              + " \"PRELIMINARY\", \"source\": \"s1\", \"verified\": true}");
    }
    all.put("limit-many-problems", json().file("figures/beta.json", many.append("\n]}\n")
        .toString()).words("Invalid value 'x0'", "… and 49 more problems listed, and others not"
        + " looked for (at most 50 are collected)", "… 40 more in problems()")
        .expect("problems 50"));
  }

  private static void syntax(Map<String, Case> all) {
    all.put("syntax-truncated", json().file("figures/alpha.json", "{\"city\": \"alpha\","
        + " \"figures\": [").words("Invalid file 'figures/alpha.json'", "line 1",
        "must be valid JSON", "end-of-input"));
    all.put("syntax-trailing-comma", replace(json(), "cities.json", "[]}\n]", "[]},\n]").words(
        "cities.json", "line 4", "must be valid JSON"));
    all.put("syntax-comment", replace(json(), "cities.json", "[\n", "[ // cities\n").words(
        "cities.json", "line 1", "must be valid JSON"));
    all.put("syntax-single-quotes", replace(json(), "sectors.json", "\"id\": \"tertiary\"",
        "'id': 'tertiary'").words("sectors.json", "line 1", "must be valid JSON"));
    all.put("syntax-nan-literal", replace(json(), "figures/alpha.json", YEAR,
        "\"year\": NaN, \"metric\": \"gdp\"").words("figures/alpha.json", "line 2",
        "must be valid JSON"));
    all.put("syntax-trailing-content", json().file("sectors.json", SECTORS + "[]\n").words(
        "sectors.json", "line 2", "must hold one JSON value, but more follows it"));
    all.put("syntax-empty-file", json().file("clusters.json", "").words(
        "Invalid file 'clusters.json'", "is empty"));
    all.put("syntax-whitespace-only", json().file("clusters.json", " \n\t\n").words(
        "Invalid file 'clusters.json'", "is empty"));
    all.put("syntax-cities-not-array", json().file("cities.json", "{\"id\": \"alpha\"}").words(
        "cities.json", "must hold a JSON array"));
    all.put("syntax-figure-not-object", replace(json(), "figures/beta.json",
        "{\"year\": 2024, \"metric\": \"gdp\", \"value\": \"8000\"", "\"8000\", {\"year\": 2024,"
            + " \"metric\": \"gdp\", \"value\": \"8000\"").words("Invalid element '8000'",
        "/figures/0", "must be a JSON object"));
    all.put("syntax-manifest-array", json().file("dataset.json", "[\"cities.json\"]").words(
        "Invalid manifest", "must be a JSON object naming the dataset's files"));
    all.put("syntax-figures-not-array", json().file("figures/beta.json",
        "{\"city\": \"beta\", \"figures\": {}}").words("figures/beta.json", "/figures",
        "must be an array"));
    all.put("syntax-figures-missing", json().file("figures/beta.json", "{\"city\": \"beta\"}")
        .words("Invalid figures (missing)", "figures/beta.json", "is required"));
    all.put("syntax-city-missing", json().file("figures/beta.json", "{\"figures\": []}").words(
        "Invalid city (missing)", "figures/beta.json", "is required"));
    String[][] unknown = {
        {"manifest", "dataset.json", "\"id\": \"t\",", "\"id\": \"t\", \"version\": 2,",
            "Invalid field 'version'"},
        {"city", "cities.json", "\"province\": \"P\",", "\"province\": \"P\", \"country\": \"CN\",",
            "Invalid field 'country'"},
        {"source", "sources.json", "\"grade\": \"PRIMARY\",",
            "\"grade\": \"PRIMARY\", \"official\": true,", "Invalid field 'official'"},
        {"figure", "figures/alpha.json", YEAR, "\"year\": 2024, \"verifed\": true, \"metric\":"
            + " \"gdp\"", "Invalid field 'verifed'"},
        {"sector", "sectors.json", "\"id\": \"tertiary\",", "\"id\": \"tertiary\", \"x\": 1,",
            "Invalid field 'x'"},
        {"figure-file", "figures/beta.json", "\"city\": \"beta\",",
            "\"city\": \"beta\", \"year\": 2024,", "Invalid field 'year'"},
        {"city-in-national", "national.json", "{\"year\": 2024,",
            "{\"city\": \"alpha\", \"year\": 2024,", "Invalid field 'city'"},
    };
    for (String[] u : unknown) {
      all.put("unknown-field-" + u[0], replace(json(), u[1], u[2], u[3]).words(u[4], u[1],
          "is not part of the format"));
    }
    String[][] missing = {
        {"city-id", "cities.json", "\"id\": \"beta\", ", "", "Invalid id (missing)", "/1"},
        {"source-grade", "sources.json", "\"grade\": \"PRIMARY\", ", "",
            "Invalid grade (missing)", "/0"},
        {"figure-release", "figures/beta.json", "\"release\": \"PRELIMINARY\",", "",
            "Invalid release (missing)", "/figures/0"},
        {"figure-verified", "figures/beta.json", ", \"verified\": true", "",
            "Invalid verified (missing)", "/figures/0"},
        {"figure-note-unverified", "figures/alpha.json", ", \"note\": \"seen only in a research"
            + " panel\"", "", "Invalid note (missing)", "must say why a figure is unverified"},
    };
    for (String[] m : missing) {
      all.put("missing-" + m[0], replace(json(), m[1], m[2], m[3]).words(m[4], m[5], m[1]));
    }
    String[][] types = {
        {"verified-string", "figures/beta.json", "\"verified\": true", "\"verified\": \"yes\"",
            "Invalid verified 'yes'", "must be true or false"},
        {"region-lower-case", "cities.json", "\"EASTERN\"", "\"eastern\"",
            "Invalid region 'eastern'", "must be one of [EASTERN, CENTRAL, WESTERN, NORTHEAST]"},
        {"release-unknown", "figures/beta.json", "\"PRELIMINARY\"", "\"FIRST\"",
            "Invalid release 'FIRST'", "must be one of"},
        {"grade-unknown", "sources.json", "\"COMPILATION\"", "\"A1\"", "Invalid grade 'A1'",
            "must be one of"},
        {"id-upper-case", "cities.json", "\"id\": \"beta\"", "\"id\": \"Beta\"",
            "Invalid city 'Beta'", "/1/id"},
        {"division-code-short", "cities.json", "\"123500\"", "\"1235\"", "Invalid city 'beta'",
            "divisionCode"},
        {"url-home-page", "sources.json", "https://example.org/communique-2024",
            "https://example.org/", "Invalid source 's1'", "home page"},
        {"clusters-not-array", "cities.json", "[\"C1\"]", "\"C1\"", "Invalid clusters 'C1'",
            "must be an array of strings"},
        {"cluster-number", "cities.json", "[\"C1\"]", "[1]", "Invalid clusters[0] '1'",
            "must be a string"},
        {"sources-not-list", "dataset.json", "[\"sources.json\"]", "\"sources.json\"",
            "Invalid sources 'sources.json'", "must be an array of strings"},
        {"cities-list", "dataset.json", "\"cities\": \"cities.json\"",
            "\"cities\": [\"cities.json\"]", "Invalid cities '[…] (an array)'", "must be a string"},
    };
    for (String[] t : types) {
      all.put("type-" + t[0], replace(json(), t[1], t[2], t[3]).words(t[4], t[5], t[1]));
    }
  }

  private static void references(Map<String, Case> all) {
    all.put("ref-unknown-city-file", replace(json(), "figures/beta.json", "\"city\": \"beta\"",
        "\"city\": \"gamma\"").words("Invalid city 'gamma'", "figures/beta.json, line 1",
        "/city", "must name a city defined in the dataset"));
    all.put("ref-unknown-source", replace(json(), "figures/beta.json", "\"source\": \"s1\"",
        "\"source\": \"s9\"").words("Invalid source 's9'", "/figures/0/source",
        "must name a source defined in the dataset"));
    all.put("ref-unknown-cluster", replace(json(), "cities.json", "[\"C1\"]", "[\"C9\"]").words(
        "Invalid clusters[0] 'C9'", "/0/clusters/0", "must name a cluster defined"));
    all.put("ref-unknown-sector", replace(json(), "figures/alpha.json", "real_growth.tertiary",
        "real_growth.services").words("Invalid metric 'real_growth.services'",
        "sector 'services' is not defined"));
    all.put("ref-unknown-metric", replace(json(), "figures/beta.json", "\"metric\": \"gdp\"",
        "\"metric\": \"GDP\"").words("Invalid metric 'GDP'", "/figures/0/metric"));
    all.put("ref-derived-metric", replace(json(), "figures/beta.json", "\"metric\": \"gdp\"",
        "\"metric\": \"gdp_per_capita\"").words("gdp_per_capita", "figures/beta.json",
        "/figures/0", "line 2"));
    all.put("ref-verified-weak-source", replace(json(), "figures/beta.json",
        "\"source\": \"s1\"", "\"source\": \"s2\"").words("Invalid verified 'true'",
        "/figures/0/verified", "'s2' is graded COMPILATION"));
    all.put("ref-several-problems", replace(replace(json(), "figures/beta.json",
        "\"source\": \"s1\"", "\"source\": \"s9\""), "cities.json", "\"EASTERN\"", "\"EAST\"")
        .words("Invalid region 'EAST'", "… and 1 more problem:", "Invalid source 's9'")
        .expect("problems 2"));
  }

  private static void csvCases(Map<String, Case> all) {
    String row = "alpha,2024,gdp,10002.1,PRELIMINARY,s1,true,,";
    String[][] values = {
        {"value-exponent", "alpha,2024,gdp,1.00021e4,PRELIMINARY,s1,true,,", "strict"},
        {"value-spaces", "alpha,2024,gdp, 10002.1 ,PRELIMINARY,s1,true,,", "strict"},
        {"value-plus", "alpha,2024,gdp,+10002.1,PRELIMINARY,s1,true,,", "strict"},
        {"value-full-width", "alpha,2024,gdp,１０００２.１,PRELIMINARY,s1,true,,", "strict"},
        {"value-thousands", "alpha,2024,gdp,\"10,002.1\",PRELIMINARY,s1,true,,",
            "Invalid value '10,002.1'"},
        {"year-plus", "alpha,+2024,gdp,10002.1,PRELIMINARY,s1,true,,",
            "must be a whole number written in ASCII digits"},
        {"year-space", "alpha, 2024,gdp,10002.1,PRELIMINARY,s1,true,,",
            "must be a whole number written in ASCII digits"},
        {"year-full-width", "alpha,２０２４,gdp,10002.1,PRELIMINARY,s1,true,,",
            "must be a whole number written in ASCII digits"},
        {"year-decimal", "alpha,2024.0,gdp,10002.1,PRELIMINARY,s1,true,,",
            "must be a whole number written in ASCII digits"},
        {"year-empty", "alpha,,gdp,10002.1,PRELIMINARY,s1,true,,", "Invalid year (missing)"},
        {"year-far", "alpha,999999999,gdp,10002.1,PRELIMINARY,s1,true,,",
            "must be within 1949–2100"},
        {"verified-upper", "alpha,2024,gdp,10002.1,PRELIMINARY,s1,TRUE,,",
            "Invalid verified 'TRUE'"},
        {"verified-one", "alpha,2024,gdp,10002.1,PRELIMINARY,s1,1,,", "Invalid verified '1'"},
        {"date-far", "alpha,2024,gdp,10002.1,PRELIMINARY,s1,true,,+999999999-12-31",
            "Invalid publishedOn '+999999999-12-31'"},
        {"unknown-city", "gamma,2024,gdp,10002.1,PRELIMINARY,s1,true,,",
            "Invalid city 'gamma'"},
        {"too-few-cells", "alpha,2024,gdp,10002.1", "has 4 cells, but the header names 9 columns"},
        {"too-many-cells", row + ",extra", "has 10 cells, but the header names 9 columns"},
        {"unclosed-quote", "alpha,2024,gdp,\"10002.1,PRELIMINARY,s1,true,,",
            "must be valid CSV: Unexpected character"},
    };
    for (String[] v : values) {
      Case c = replace(csv(), "figures.csv", row, v[1]);
      if (v[2].equals("strict")) {
        c.words("Invalid value", "figures.csv", "line 2", "row 1", "amount in 亿元");
      } else {
        c.words(v[2], "figures.csv", v[0].equals("unclosed-quote") ? "line 4" : "line 2");
      }
      all.put("csv-" + v[0], c);
    }
    all.put("csv-unknown-column", replace(csv(), "figures.csv", "note,publishedOn",
        "notes,publishedOn").words("Invalid column 'notes'", "figures.csv, line 1",
        "is not part of the format"));
    all.put("csv-missing-column", replace(csv(), "cities.csv", "id,nameEn", "nameEn").words(
        "Invalid column 'id'", "cities.csv, line 1", "is required in the header"));
    all.put("csv-duplicate-column", replace(csv(), "sources.csv", "id,publisher",
        "id,publisher,publisher").words("Invalid column 'publisher'", "is named twice"));
    all.put("csv-empty", csv().file("figures.csv", "").words("Invalid file 'figures.csv'",
        "is empty"));
    all.put("csv-duplicate-city", replace(csv(), "cities.csv", "beta,Beta", "alpha,Beta").words(
        "Invalid id 'alpha'", "cities.csv, line 3, column 1, row 2",
        "is also defined at", "cities.csv, line 2, column 1, row 1"));
    all.put("csv-contradiction", replace(csv(), "figures.csv", "alpha,2024,real_growth,5.7",
        "alpha,2024,gdp,10002.2").words("Invalid figure '10002.2'", "row 2",
        "with value '10002.1': a contradiction"));
    all.put("csv-unknown-cluster", replace(csv(), "cities.csv", "123400,", "123400,C1;C2")
        .words("Invalid clusters[0] 'C1'", "cities.csv", "must name a cluster defined"));
    all.put("csv-empty-cluster-item", replace(csv(), "cities.csv", "123400,", "123400,;")
        .words("Invalid clusters ';'", "no empty item"));
    all.put("csv-city-column-in-national", replace(csv(), "national.csv", "year,metric",
        "city,year,metric").words("Invalid column 'city'", "national.csv"));
    all.put("csv-unverified-without-note", replace(csv(), "figures.csv",
        "\"seen in a table, not the communiqué\"", "").words("Invalid note (missing)",
        "figures.csv, line 4", "row 3", "must say why"));
  }

  private static void documents(Map<String, Case> all) {
    all.put("document-figure-without-city", document(DOCUMENT.replace("{\"city\": \"alpha\", ",
        "{")).words("Invalid city (missing)", "document.json", "/figures/0", "is required"));
    all.put("document-national-with-city", document(DOCUMENT.replace(
        "\"national\": [{\"year\"", "\"national\": [{\"city\": \"alpha\", \"year\"")).words(
        "Invalid field 'city'", "/national/0/city", "is not part of the format"));
    all.put("document-unknown-part", document(DOCUMENT.replace("\"id\": \"t\",",
        "\"id\": \"t\", \"regions\": [],")).words("Invalid field 'regions'", "line 1"));
    all.put("document-sources-not-array", document(DOCUMENT.replace("\"sources\": [{",
        "\"sources\": {\"x\": [{").replace("}],\n \"national\"", "}]},\n \"national\"")).words(
        "Invalid sources", "/sources", "must be an array"));
    all.put("document-names-files", document(DOCUMENT.replace("\"cities\": [",
        "\"cities\": \"cities.json\", \"x\": [")).words("Invalid cities 'cities.json'",
        "must be an array"));
    all.put("document-bom", new Case().bytes("document.json", concat(new byte[] {(byte) 0xEF,
        (byte) 0xBB, (byte) 0xBF}, DOCUMENT.getBytes(StandardCharsets.UTF_8)))
        .expect("type InvalidDataException").expect("entry stream document.json")
        .words("document.json", "byte-order mark"));
    all.put("document-nul", new Case().bytes("document.json",
        concat(DOCUMENT.getBytes(StandardCharsets.UTF_8), new byte[] {0}))
        .expect("type InvalidDataException").expect("entry stream document.json")
        .words("document.json", "must not contain NUL"));
    all.put("document-value-exponent", document(DOCUMENT.replace("\"10002.1\"", "\"1e5\""))
        .words("Invalid value '1e5'", "/figures/0/value", "not a plain decimal"));
    all.put("document-duplicate-key", document(DOCUMENT.replace("\"title\": \"test\"",
        "\"title\": \"test\", \"title\": \"again\"")).words("Duplicate field 'title'", "line 1"));
    all.put("document-empty", document("").words("document.json", "is empty"));
    all.put("document-too-deep", document("[".repeat(10) + "]".repeat(10)).words(
        "Document nesting depth (9) exceeds the maximum allowed (8)"));
  }

  private static void merges(Map<String, Case> all) {
    String mine = "{\"id\": \"mine\", \"title\": \"mine\", \"cities\": \"cities.json\","
        + " \"sources\": [\"sources.json\"], \"figures\": [\"figures.json\"]}\n";
    String myCities = "[{\"id\": \"beijing\", \"nameEn\": \"Beijing\", \"nameZh\": \"北京\","
        + " \"province\": \"Beijing\", \"region\": \"EASTERN\", \"rank\": \"MUNICIPALITY\","
        + " \"divisionCode\": \"110000\"}]\n";
    String mySources = "[{\"id\": \"my-source\", \"publisher\": \"Me\", \"title\": \"Mine\","
        + " \"url\": \"https://example.org/mine\", \"publishedOn\": \"2026-02-01\", \"grade\":"
        + " \"SECONDARY\", \"type\": \"NEWS_REPORT\"}]\n";
    String myFigures = "{\"city\": \"beijing\", \"figures\": [{\"year\": 2026, \"metric\":"
        + " \"gdp\", \"value\": \"55000\", \"release\": \"PRELIMINARY\", \"source\":"
        + " \"my-source\", \"verified\": false, \"note\": \"mine\"}]}\n";
    all.put("merge-duplicate-city", new Case().file("dataset.json", mine)
        .file("cities.json", myCities).file("sources.json", mySources)
        .file("figures.json", myFigures).expect("type InvalidDataException")
        .expect("entry merge-bundled").words("Invalid id 'beijing'", "cities.json, line 1",
            "city 'beijing' is also defined at", "resources of", "china/cities.json"));
    all.put("merge-duplicate-source", new Case().file("dataset.json", mine.replace(
        "\"cities\": \"cities.json\", ", "")).file("sources.json", mySources.replace("my-source",
        "nbs-2026-01-20-gdp-2025-preliminary")).file("figures.json", myFigures.replace("my-source",
        "nbs-2026-01-20-gdp-2025-preliminary")).expect("type InvalidDataException").expect("entry merge-bundled")
        .words("Invalid id 'nbs-2026-01-20-gdp-2025-preliminary'", "is also defined at", "china/sources/"));
    all.put("merge-contradiction", new Case().file("dataset.json", "{\"figures\":"
        + " [\"figures.json\"]}\n").file("figures.json", "{\"city\": \"beijing\", \"figures\":"
        + " [{\"year\": 2019, \"metric\": \"real_growth\", \"value\": \"6.2\", \"release\":"
        + " \"PRELIMINARY\", \"source\": \"beijing-gov-ja-2020-07-24-beijing-economy-2019\","
        + " \"verified\": true}]}\n").expect("type InvalidDataException")
        .expect("entry merge-bundled").words("Invalid figure '6.2'", "figures.json, line 1",
            "is a second figure for beijing 2019 real_growth PRELIMINARY", "china/figures/beijing.json",
            "with value '6.1': a contradiction"));
    all.put("merge-unknown-city", new Case().file("dataset.json", "{\"figures\":"
        + " [\"figures.json\"]}\n").file("figures.json", myFigures.replace("beijing", "bejing")
        .replace("my-source", "nbs-2026-01-20-gdp-2025-preliminary").replace("false, \"note\": \"mine\"", "true"))
        .expect("type InvalidDataException").expect("entry merge-bundled").words(
            "Invalid city 'bejing'", "figures.json, line 1", "/city", "(nearest known: beijing, qujing)"));
    all.put("merge-self", json().expect("entry merge .").words("is also defined at",
        "problems()").expect("problems 10"));
  }

  // ---- bytes ----

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  static byte[] insert(byte[] a, int at, byte[] b) {
    return concat(concat(java.util.Arrays.copyOfRange(a, 0, at), b),
        java.util.Arrays.copyOfRange(a, at, a.length));
  }

  /** Bytes inserted into the note of alpha's third figure (line 4). */
  static byte[] insertInNote(byte[] alpha, byte[] b) {
    String text = new String(alpha, StandardCharsets.UTF_8);
    int at = text.indexOf("seen only") + 4;
    return insert(alpha, text.substring(0, at).getBytes(StandardCharsets.UTF_8).length, b);
  }

  // ---- writing ----

  /** Writes every case into {@code args[0]}, replacing what is there. */
  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]);
    if (Files.exists(root)) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
          Files.delete(p);
        }
      }
    }
    for (Map.Entry<String, Case> e : cases().entrySet()) {
      Path dir = root.resolve(e.getKey());
      for (Map.Entry<String, byte[]> f : e.getValue().files.entrySet()) {
        Path p = dir.resolve(f.getKey());
        Files.createDirectories(p.getParent());
        Files.write(p, f.getValue());
      }
      Files.createDirectories(dir);
      Files.write(dir.resolve("expected.txt"), e.getValue().expectedFile());
    }
    System.out.println(cases().size() + " cases written to " + root);
  }
}
