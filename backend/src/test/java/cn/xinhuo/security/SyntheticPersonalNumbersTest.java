package cn.xinhuo.security;

import cn.xinhuo.volunteer.IdCardNumber;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * P3: the demo data and the tests carry no real ID card or mobile numbers. An ID card number with a
 * right check character anywhere in seeds/, the test sources, the browser and unit tests must lie
 * in region 9xxxxx, which does not exist (SyntheticPeople, the e2e helpers and the data generator
 * make them there); the demo data set holds no mobile number at all, and the tests use only the
 * placeholders listed here. (Generated data: DataGeneratorTest.)
 */
@Tag("P3")
class SyntheticPersonalNumbersTest {

    private static final Pattern ID_CARD = Pattern.compile("(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");
    /** Obvious placeholders, not copied from anyone: add a new one here knowingly. */
    private static final Set<String> PLACEHOLDER_MOBILES = Set.of("13800000000", "13800000004", "13900000000", "13812345678");

    @Test
    void everyWellFormedIdCardNumberIsInTheRegionThatDoesNotExist() throws IOException {
        List<String> real = new ArrayList<>();
        for (Path file : files()) {
            Matcher m = ID_CARD.matcher(Files.readString(file));
            while (m.find()) {
                String number = m.group().toUpperCase();
                if (IdCardNumber.parse(number).isPresent() && number.charAt(0) != '9') {
                    real.add(file + ": " + number);
                }
            }
        }
        assertThat(real).as("well-formed ID card numbers outside region 9xxxxx").isEmpty();
    }

    @Test
    void theDemoDataHoldsNoMobileNumberAndTheTestsOnlyPlaceholders() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files()) {
            Matcher m = MOBILE.matcher(Files.readString(file));
            while (m.find()) {
                if (file.toString().contains("seeds") || !PLACEHOLDER_MOBILES.contains(m.group())) {
                    found.add(file + ": " + m.group());
                }
            }
        }
        assertThat(found).as("mobile numbers in the demo data, or not a listed placeholder in a test").isEmpty();
    }

    private static List<Path> files() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(root.resolve("seeds")) || !Files.isDirectory(root.resolve("backend"))) {
            root = root.getParent();
        }
        List<Path> all = new ArrayList<>();
        for (String dir : List.of("seeds/demo", "backend/src/test", "frontend/e2e", "frontend/src", "bench/src")) {
            if (!Files.isDirectory(root.resolve(dir))) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root.resolve(dir))) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> p.toString().matches(".*\\.(json|java|ts|vue|csv|txt|scala|kt)$"))
                        .filter(p -> !dir.equals("frontend/src") || p.toString().endsWith(".test.ts"))
                        .forEach(all::add);
            }
        }
        assertThat(all).as("files searched").hasSizeGreaterThan(100);
        return all;
    }
}
