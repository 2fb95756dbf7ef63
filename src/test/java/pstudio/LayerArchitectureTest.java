package pstudio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the layers of DESIGN.md: place -> engine -> parallelizer -> protocol -> cli | ui, JavaFX only in ui. */
@AnalyzeClasses(packages = "pstudio", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheUiUsesJavaFx = noClasses()
            .that().resideOutsideOfPackage("pstudio.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..",
                    "atlantafx..")
            .because("nothing below the UI may draw or depend on the JavaFX thread");

    @ArchTest
    static final ArchRule thePlaceModelKnowsNoGroovy = noClasses()
            .that().resideInAPackage("pstudio.place..")
            .should().dependOnClassesThat().resideInAnyPackage("groovy..", "org.codehaus.groovy..",
                    "org.apache.groovy..")
            .because("the place model is plain data shared by the editor and the engine");

    @ArchTest
    static final ArchRule thePlaceModelKnowsNoScriptThreads = noClasses()
            .that().resideInAPackage("pstudio.place..")
            .should().dependOnClassesThat().areAssignableTo(ThreadLocal.class)
            .because("which thread runs which script is the engine's business; the tree asks it through ScriptHost.locateWith");

    @ArchTest
    static final ArchRule layersOnlyUseTheOnesAbove = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
            .layer("place").definedBy("pstudio.place..")
            .layer("engine").definedBy("pstudio.engine..")
            .layer("parallelizer").definedBy("pstudio.parallelizer..")
            .layer("protocol").definedBy("pstudio.protocol..")
            .layer("cli").definedBy("pstudio.cli..")
            .layer("ui").definedBy("pstudio.ui..")
            .whereLayer("ui").mayNotBeAccessedByAnyLayer()
            .whereLayer("cli").mayOnlyBeAccessedByLayers("ui")
            .whereLayer("protocol").mayOnlyBeAccessedByLayers("cli", "ui")
            .whereLayer("parallelizer").mayOnlyBeAccessedByLayers("protocol", "cli", "ui")
            .whereLayer("engine").mayOnlyBeAccessedByLayers("parallelizer", "protocol", "cli", "ui")
            .whereLayer("place").mayOnlyBeAccessedByLayers("engine", "parallelizer", "protocol", "cli", "ui");
}
