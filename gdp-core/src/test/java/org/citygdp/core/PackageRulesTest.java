package org.citygdp.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture the packages show (issue #11): the API ({@code org.citygdp.core}) sits on top
 * and uses the domain values, the engine and the internal helpers; the engine works on plain
 * numbers and never sees an API type, so data flows one way; the domain and the units stand on
 * their own. Each rule was seen to fail with a violating import added.
 */
@AnalyzeClasses(packages = "org.citygdp", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {

  @ArchTest
  static final ArchRule engine_depends_on_no_api_class = noClasses()
      .that().resideInAPackage("org.citygdp.core.engine..")
      .should().dependOnClassesThat().resideInAPackage("org.citygdp.core")
      .because("the engine takes plain inputs: data flows from the API into the engine only");

  @ArchTest
  static final ArchRule engine_depends_on_java_and_itself_only = noClasses()
      .that().resideInAPackage("org.citygdp.core.engine..")
      .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.jspecify..",
          "org.citygdp.core.engine..", "")
      .because("the engine is plain Java over primitive columns");

  @ArchTest
  static final ArchRule domain_depends_on_no_api_or_engine_class = noClasses()
      .that().resideInAPackage("org.citygdp.core.domain..")
      .should().dependOnClassesThat()
      .resideInAnyPackage("org.citygdp.core", "org.citygdp.core.engine..")
      .because("the domain values stand below the API and know nothing of its machinery");

  @ArchTest
  static final ArchRule units_depend_on_nothing_in_core = noClasses()
      .that().resideInAPackage("org.citygdp.units..")
      .should().dependOnClassesThat().resideInAPackage("org.citygdp.core..")
      .because("the exact units are usable on their own");

  @ArchTest
  static final ArchRule internal_depends_on_no_api_class = noClasses()
      .that().resideInAPackage("org.citygdp.core.internal..")
      .should().dependOnClassesThat().resideInAPackage("org.citygdp.core")
      .because("the shared helpers serve the API and the domain, not the other way round");

  @ArchTest
  static final ArchRule no_cycles_between_packages = slices()
      .matching("org.citygdp.(**)")
      .should().beFreeOfCycles();
}
