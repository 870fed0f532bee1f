package org.communityjourneys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure: no cycles, no module reaching into another module's internals (only the
 * {@code domain} and {@code service} named interfaces are open). Also writes the module canvases
 * and PlantUML (C4) diagrams into {@code target/module-docs/} and checks that the committed copy in
 * {@code docs/modules/} is the same, so running the tests never changes the work tree. After a change
 * to the modules, {@code ./mvnw test -Dtest=ModularityTests -Dcommunityjourneys.update-module-docs=true}
 * copies the new documentation into {@code docs/modules/}.
 */
class ModularityTests {

    static final String DOCUMENTATION_FOLDER = "target/module-docs";
    static final Path COMMITTED_FOLDER = Path.of("docs", "modules");
    static final String UPDATE_PROPERTY = "communityjourneys.update-module-docs";

    /** Written by spring-modulith-apt at compile time; the canvases take each type's Javadoc from it. */
    static final Path JAVADOC_METADATA = Path.of("target", "generated-spring-modulith", "javadoc.json");

    private final ApplicationModules modules = ApplicationModules.of(CommunityJourneysApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void theCommittedModuleDocumentationIsCurrent() throws IOException {
        readableJavadocMetadata();
        Path generated = Path.of(DOCUMENTATION_FOLDER);
        if (Files.exists(generated)) {
            try (Stream<Path> old = Files.list(generated)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
        }
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCUMENTATION_FOLDER))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();
        inStableOrder(generated);
        modules.forEach(module -> assertThat(generated.resolve("module-" + module.getIdentifier() + ".adoc"))
                .as("the canvas of module %s", module.getIdentifier()).isNotEmptyFile());

        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            try (Stream<Path> stale = Files.list(COMMITTED_FOLDER)) {
                for (Path file : stale.filter(ModularityTests::isGenerated).toList()) {
                    Files.delete(file);
                }
            }
            try (Stream<Path> files = Files.list(generated)) {
                for (Path file : files.toList()) {
                    Files.copy(file, COMMITTED_FOLDER.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        assertThat(names(COMMITTED_FOLDER)).as("the files in %s", COMMITTED_FOLDER).isEqualTo(names(generated));
        for (String name : names(generated)) {
            assertThat(Files.readString(COMMITTED_FOLDER.resolve(name), StandardCharsets.UTF_8))
                    .as("%s/%s is out of date; run ./mvnw test -Dtest=ModularityTests -D%s=true and commit it",
                            COMMITTED_FOLDER, name, UPDATE_PROPERTY)
                    .isEqualTo(Files.readString(generated.resolve(name), StandardCharsets.UTF_8));
        }
    }

    private static boolean isGenerated(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".puml") || name.endsWith(".adoc");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(ModularityTests::isGenerated).map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * The Documenter lists relations and events in no fixed order; sorting each run of them keeps
     * the committed files unchanged while the modules are.
     */
    static void inStableOrder(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml") || f.toString().endsWith(".adoc")).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                List<String> sorted = new ArrayList<>();
                int i = 0;
                while (i < lines.size()) {
                    int end = i;
                    while (end < lines.size() && sortable(lines.get(i), lines.get(end), end == i)) {
                        end++;
                    }
                    if (end - i > 1) {
                        boolean cell = lines.get(i).startsWith("|* ");
                        List<String> run = new ArrayList<>(lines.subList(i, end));
                        if (cell) {
                            run.set(0, run.get(0).substring(1));
                        }
                        Collections.sort(run);
                        if (cell) {
                            run.set(0, "|" + run.get(0));
                        }
                        sorted.addAll(run);
                        i = end;
                    } else {
                        sorted.add(lines.get(i));
                        i++;
                    }
                }
                String text = String.join("\n", sorted) + "\n";
                Files.writeString(file, text, StandardCharsets.UTF_8);
            }
        }
    }

    /** Relations ({@code Rel(...)}) in diagrams; list items ({@code * `...`}) in a canvas cell. */
    private static boolean sortable(String first, String line, boolean isFirst) {
        if (first.startsWith("Rel(")) {
            return line.startsWith("Rel(");
        }
        if (first.startsWith("|* `") || first.startsWith("* `")) {
            return isFirst || line.startsWith("* `");
        }
        return false;
    }

    /**
     * Spring Modulith reads the Javadoc metadata with Spring Boot's BasicJsonParser, which loses
     * its place on an escaped quote followed by a comma (a Javadoc such as {@code "£1,234"}), and
     * then no canvas can be written at all. Quotes inside Javadoc become apostrophes here, before
     * the documentation classes load.
     */
    private static void readableJavadocMetadata() throws IOException {
        if (Files.exists(JAVADOC_METADATA)) {
            String json = Files.readString(JAVADOC_METADATA, StandardCharsets.UTF_8);
            Files.writeString(JAVADOC_METADATA, json.replace("\\\"", "'"), StandardCharsets.UTF_8);
        }
    }
}
