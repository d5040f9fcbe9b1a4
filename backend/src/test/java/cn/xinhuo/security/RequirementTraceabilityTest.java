package cn.xinhuo.security;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every requirement of {@code docs/security-requirements.md} (A1 … R5) is named by at least one
 * test, so the list is traceable to the tests that prove it (issue 10).
 *
 * <p>How a test names a requirement, literally:
 * <ul>
 *   <li>JUnit ({@code backend/src/test/**}): {@code @Tag("A2")} on the test method or class, one
 *       {@code @Tag} per id ({@code mvn test -Dgroups=A2} then runs what proves A2);</li>
 *   <li>Playwright ({@code frontend/e2e/**}) and Vitest ({@code frontend/src/**}{@code /*.test.ts}): the
 *       id in square brackets in the title of a {@code test}, {@code it} or {@code describe}, e.g.
 *       {@code test('[V2] stored HTML is shown as text', …)} ({@code npx playwright test -g "\[V2\]"}).</li>
 * </ul>
 * Tag a test only with what it really proves. This test fails listing every id that no test names.
 *
 * <p>{@code docs/security-requirements.md} is a verbatim copy of the project's shared
 * {@code ../shared/docs/security.md}: where that file exists (next to the repository), the copy
 * must equal it; on a machine without it (CI) the copy alone is read.
 */
class RequirementTraceabilityTest {

    /** A requirement in the list: "- A1 Passwords: …". */
    private static final Pattern REQUIREMENT = Pattern.compile("(?m)^- ([A-Z][0-9]+) ");
    private static final Pattern JUNIT_TAG = Pattern.compile("@Tag\\(\\s*\"([A-Z][0-9]+)\"\\s*\\)");
    /** A test title: test('…'), it("…"), describe(`…`), also test.describe / test.only. */
    private static final Pattern TITLE = Pattern.compile(
            "\\b(?:test|it|describe)(?:\\.[a-zA-Z]+)*\\(\\s*(['\"`])((?:(?!\\1)[^\\\\\\n]|\\\\.)*)\\1");
    private static final Pattern BRACKETED_ID = Pattern.compile("\\[([A-Z][0-9]+)]");

    @Test
    void everyRequirementIsNamedByATest() throws IOException {
        Path root = repositoryRoot();
        List<String> ids = requirementIds(Files.readString(root.resolve("docs/security-requirements.md")));
        assertThat(ids).as("requirement ids in docs/security-requirements.md").hasSizeGreaterThanOrEqualTo(28)
                .doesNotHaveDuplicates();

        Map<String, Set<String>> namedBy = namedBy(root);
        StringBuilder table = new StringBuilder("requirement → tests naming it\n");
        List<String> unnamed = new ArrayList<>();
        for (String id : ids) {
            Set<String> tests = namedBy.getOrDefault(id, Set.of());
            table.append(String.format("  %-3s %s%n", id, tests.isEmpty() ? "—" : String.join(", ", tests)));
            if (tests.isEmpty()) {
                unnamed.add(id);
            }
        }
        System.out.print(table);

        assertThat(unnamed).as("requirements no test names (tag a test that proves each: see this class's comment)")
                .isEmpty();
        assertThat(new TreeSet<>(namedBy.keySet())).as("tags naming no requirement (a typo?)")
                .isSubsetOf(ids);
    }

    @Test
    void theCommittedRequirementsEqualTheSharedOnes() throws IOException {
        Path root = repositoryRoot();
        Path shared = root.resolve("../shared/docs/security.md").normalize();
        String copy = Files.readString(root.resolve("docs/security-requirements.md"));
        if (Files.isRegularFile(shared)) {
            assertThat(copy).as("docs/security-requirements.md must be a verbatim copy of " + shared
                    + " (copy it again and tag the tests of any new requirement)").isEqualTo(Files.readString(shared));
        }
        assertThat(requirementIds(copy)).startsWith("A1").endsWith("R5");
    }

    @Test
    void theScannerFindsTagsAndBracketedTitlesOnly() {
        Map<String, Set<String>> found = new TreeMap<>();
        collectJava("@Tag(\"A2\")\n@Tag( \"S1\" )\nvoid x() {} // L4 in a comment, @Tag(\"l4\")", "T.java", found);
        collectTypeScript("test('[V2][Z5] html is inert', …)\n"
                + "test.describe(\"[P2] consent\", () => {})\n"
                + "it(`escaped \\` [L1]`, …)\n"
                + "const x = list[A1]\n"
                + "test('no id here, A3 alone', …)", "t.spec.ts", found);
        assertThat(found.keySet()).containsExactly("A2", "L1", "P2", "S1", "V2", "Z5");
    }

    static List<String> requirementIds(String markdown) {
        List<String> ids = new ArrayList<>();
        Matcher m = REQUIREMENT.matcher(markdown);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** id → the test files (relative to the repository) naming it. */
    private static Map<String, Set<String>> namedBy(Path root) throws IOException {
        Map<String, Set<String>> found = new TreeMap<>();
        Path self = root.resolve("backend/src/test/java/cn/xinhuo/security/RequirementTraceabilityTest.java");
        for (Path file : files(root.resolve("backend/src/test"), ".java")) {
            if (!file.equals(self)) {
                collectJava(Files.readString(file), root.relativize(file).toString(), found);
            }
        }
        for (Path file : files(root.resolve("frontend/e2e"), ".ts")) {
            collectTypeScript(Files.readString(file), root.relativize(file).toString(), found);
        }
        for (Path file : files(root.resolve("frontend/src"), ".test.ts")) {
            collectTypeScript(Files.readString(file), root.relativize(file).toString(), found);
        }
        return found;
    }

    private static void collectJava(String source, String file, Map<String, Set<String>> found) {
        Matcher m = JUNIT_TAG.matcher(source);
        while (m.find()) {
            found.computeIfAbsent(m.group(1), k -> new LinkedHashSet<>()).add(name(file));
        }
    }

    private static void collectTypeScript(String source, String file, Map<String, Set<String>> found) {
        Matcher title = TITLE.matcher(source);
        while (title.find()) {
            Matcher id = BRACKETED_ID.matcher(title.group(2));
            while (id.find()) {
                found.computeIfAbsent(id.group(1), k -> new LinkedHashSet<>()).add(name(file));
            }
        }
    }

    private static String name(String file) {
        return file.substring(file.lastIndexOf('/') + 1);
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(suffix) && Files.isRegularFile(p))
                    .filter(p -> !p.toString().contains("/node_modules/")).sorted().toList();
        }
    }

    /** The repository root: Surefire runs in backend/, an IDE maybe elsewhere below the root. */
    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("docs/security-requirements.md")) && Files.isDirectory(p.resolve("backend"))) {
                return p;
            }
        }
        throw new UncheckedIOException(new IOException("no repository root above " + dir));
    }
}
