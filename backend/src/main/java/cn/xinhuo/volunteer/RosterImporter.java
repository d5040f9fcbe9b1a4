package cn.xinhuo.volunteer;

import cn.xinhuo.common.problem.Messages;
import cn.xinhuo.common.problem.ProblemException;
import cn.xinhuo.privacy.PersonalDataCipher;
import cn.xinhuo.security.Caller;
import cn.xinhuo.security.Permission;
import cn.xinhuo.volunteer.RosterReader.RosterRow;
import cn.xinhuo.volunteer.VolunteerImportRepository.Registered;
import cn.xinhuo.volunteer.VolunteerImportRepository.RosterOrganization;
import cn.xinhuo.volunteer.dto.ImportProblem;
import cn.xinhuo.volunteer.dto.VolunteerForm;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a roster row by row against the same rules as the form, matches each row to the person
 * it already is (ID card number, else name + birth date + organization), and writes it all in one
 * transaction — or nothing when a row is wrong, unless only the valid rows were asked for.
 */
@ApplicationScoped
public class RosterImporter {

    /** Rows between two progress reports and flushes: whole batches of 128 (application.properties). */
    private static final int STEP = 512;
    private static final DateTimeFormatter[] DATE_FORMATS = {
            DateTimeFormatter.ofPattern("uuuu-M-d"), DateTimeFormatter.ofPattern("uuuu/M/d"),
            DateTimeFormatter.ofPattern("uuuu.M.d"), DateTimeFormatter.ofPattern("uuuuMMdd"),
            DateTimeFormatter.ofPattern("uuuu年M月d日")};

    /** What the import was asked to do, on whose behalf. */
    record Job(long importId, List<RosterRow> rows, Caller caller, Locale locale, boolean validRowsOnly,
               boolean confirmPossibleDuplicates) {
    }

    /** A checked row: the form, the number as typed, and the registered person it is (if any). */
    private record Planned(int row, VolunteerForm form, String idCard, Long existingId) {
    }

    private final VolunteerImportRepository imports;
    private final VolunteerRepository volunteers;
    private final EligibilityRuleRepository rules;
    private final VolunteerService register;
    private final PersonalDataCipher cipher;
    private final ImportProgress progress;
    private final Validator validator;

    RosterImporter(VolunteerImportRepository imports, VolunteerRepository volunteers, EligibilityRuleRepository rules,
                   VolunteerService register, PersonalDataCipher cipher, ImportProgress progress, Validator validator) {
        this.imports = imports;
        this.volunteers = volunteers;
        this.rules = rules;
        this.register = register;
        this.cipher = cipher;
        this.progress = progress;
        this.validator = validator;
    }

    /** The labels the template offers and a roster may use for each organization of the scope. */
    static Map<String, RosterOrganization> labels(List<RosterOrganization> organizations) {
        Map<String, Long> names = organizations.stream().collect(Collectors.groupingBy(RosterOrganization::name, Collectors.counting()));
        Map<String, RosterOrganization> byLabel = new java.util.LinkedHashMap<>();
        for (RosterOrganization o : organizations) {
            // a name used twice in the scope (two 新村 under two townships) is told apart by its parent
            String label = names.get(o.name()) > 1 && o.parentName() != null ? o.parentName() + "/" + o.name() : o.name();
            byLabel.putIfAbsent(label, o);
        }
        return byLabel;
    }

    @Transactional
    @TransactionConfiguration(timeout = 1800)
    public void run(Job job) {
        // one import writes at a time: a second upload of the same file then finds the first one's rows
        imports.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('volunteer_import'))")
                .getSingleResult();
        int total = job.rows().size();
        long started = System.nanoTime();
        List<ImportProblem> problems = new ArrayList<>();
        List<Planned> plan = check(job, problems);
        long checked = System.nanoTime();
        if (!problems.isEmpty() && !job.validRowsOnly()) {
            progress.finish(job.importId(), VolunteerImport.Status.REJECTED, total, 0, 0, 0, 0, problems);
            return;
        }
        int created = 0, updated = 0, unchanged = 0;
        for (int from = 0; from < plan.size(); from += STEP) {
            List<Planned> chunk = plan.subList(from, Math.min(plan.size(), from + STEP));
            List<Long> ids = chunk.stream().map(Planned::existingId).filter(Objects::nonNull).toList();
            Map<Long, Volunteer> existing = ids.isEmpty() ? Map.of()
                    : volunteers.list("id in ?1", ids).stream().collect(Collectors.toMap(v -> v.id, Function.identity()));
            List<Volunteer> registered = new ArrayList<>();
            for (Planned p : chunk) {
                if (p.existingId() == null) {
                    Volunteer v = new Volunteer();
                    register.fill(v, p.form(), p.idCard(), false);
                    volunteers.persist(v);
                    registered.add(v);
                } else {
                    Volunteer v = existing.get(p.existingId());
                    if (sameAs(v, p)) {
                        unchanged++;
                    } else {
                        String idCard = p.idCard() != null ? p.idCard() : cipher.decrypt(v.idCardCipher);
                        register.fill(v, p.form(), idCard, p.form().mobile() == null);
                        updated++;
                    }
                }
            }
            // the people first, then their histories: each table's inserts go in batches
            volunteers.flush();
            registered.forEach(v -> register.recordRegistration(v, "登记（名册导入）"));
            created += registered.size();
            volunteers.flush();
            volunteers.getEntityManager().clear();
            progress.advance(job.importId(), total, total);
        }
        Log.infof("roster import %d: %d rows checked in %d ms, written in %d ms", job.importId(), total,
                (checked - started) / 1_000_000, (System.nanoTime() - checked) / 1_000_000);
        int skipped = (int) problems.stream().map(ImportProblem::row).distinct().count();
        progress.finish(job.importId(), VolunteerImport.Status.SUCCEEDED, total, created, updated, unchanged,
                job.validRowsOnly() ? skipped : 0, problems);
    }

    private List<Planned> check(Job job, List<ImportProblem> problems) {
        Map<String, RosterOrganization> byLabel = labels(imports.organizations(job.caller().scope()));
        Map<Long, RosterOrganization> byId = byLabel.values().stream()
                .collect(Collectors.toMap(RosterOrganization::id, Function.identity(), (a, b) -> a));
        List<EligibilityRule> allRules = rules.history();
        boolean mayOverride = job.caller().has(Permission.ELIGIBILITY_OVERRIDE);

        // pass 1: each row on its own
        List<Planned> candidates = new ArrayList<>();
        Map<String, Integer> idCardRows = new HashMap<>();
        Map<String, Integer> personRows = new HashMap<>();
        int done = 0;
        for (RosterRow row : job.rows()) {
            List<ImportProblem> rowProblems = new ArrayList<>();
            VolunteerForm form = form(row, byLabel, byId, rowProblems, job);
            if (form != null) {
                for (ConstraintViolation<VolunteerForm> v : validator.validate(form)) {
                    String field = v.getPropertyPath().toString().replaceAll("[\\[.].*$", "");
                    rowProblems.add(problem(row.number(), field, v.getMessage()));
                }
            }
            if (form != null && rowProblems.isEmpty()) {
                LocalDate day = form.joinedOn() != null ? form.joinedOn() : LocalDate.now();
                try {
                    EligibilityPolicy.check(ruleInForce(allRules, form.residence(), form.gender(), day), form.birthDate(),
                            day, form.eligibilityOverrideReason(), mayOverride);
                } catch (ProblemException e) {
                    e.errors().forEach(fe -> rowProblems.add(problem(row.number(), fe.field(),
                            Messages.resolve(job.locale(), fe.message(), e.args()))));
                }
            }
            if (rowProblems.isEmpty()) {
                String idCard = form.idCardNumber() == null ? null : form.idCardNumber().toUpperCase(Locale.ROOT);
                Integer sameCard = idCard == null ? null : idCardRows.putIfAbsent(idCard, row.number());
                Integer samePerson = personRows.putIfAbsent(form.name() + "|" + form.birthDate() + "|" + form.organizationId(),
                        row.number());
                if (sameCard != null) {
                    rowProblems.add(problem(row.number(), RosterColumn.ID_CARD,
                            Messages.get(job.locale(), "import.same-id-card-as-row", sameCard)));
                } else if (samePerson != null) {
                    rowProblems.add(problem(row.number(), RosterColumn.NAME,
                            Messages.get(job.locale(), "import.same-person-as-row", samePerson)));
                } else {
                    candidates.add(new Planned(row.number(), form, idCard, null));
                }
            }
            problems.addAll(rowProblems);
            if (++done % STEP == 0) {
                progress.advance(job.importId(), job.rows().size(), done / 2);
            }
        }

        // pass 2: against the register, in a few queries for the whole file
        Map<String, Registered> byHash = imports.withIdCardHashes(candidates.stream().map(Planned::idCard)
                        .filter(Objects::nonNull).map(cipher::keyedHash).toList())
                .stream().collect(Collectors.toMap(Registered::idCardHash, Function.identity()));
        Map<String, List<Registered>> byNameAndBirth = imports.withNames(candidates.stream().map(p -> p.form().name())
                        .distinct().toList(), job.caller().scope())
                .stream().collect(Collectors.groupingBy(r -> r.name() + "|" + r.birthDate()));
        List<Planned> plan = new ArrayList<>();
        for (Planned p : candidates) {
            VolunteerForm form = p.form();
            Registered byCard = p.idCard() == null ? null : byHash.get(cipher.keyedHash(p.idCard()));
            List<Registered> sameNameAndBirth = byNameAndBirth.getOrDefault(form.name() + "|" + form.birthDate(), List.of());
            if (byCard != null) {
                if (!byId.containsKey(byCard.organizationId())) {
                    problems.add(problem(p.row(), RosterColumn.ID_CARD, Messages.get(job.locale(), "import.registered-elsewhere")));
                } else {
                    plan.add(new Planned(p.row(), form, p.idCard(), byCard.id()));
                }
                continue;
            }
            List<Registered> same = sameNameAndBirth.stream()
                    .filter(r -> r.organizationId() == form.organizationId() && (p.idCard() == null || !r.hasIdCard()))
                    .toList();
            if (same.size() > 1) {
                problems.add(problem(p.row(), RosterColumn.NAME, Messages.get(job.locale(), "import.ambiguous",
                        same.stream().map(r -> String.valueOf(r.id())).collect(Collectors.joining("、")))));
                continue;
            }
            if (same.size() == 1) {
                plan.add(new Planned(p.row(), form, p.idCard(), same.get(0).id()));
                continue;
            }
            long township = byId.get(form.organizationId()).townshipId();
            var elsewhere = sameNameAndBirth.stream()
                    .filter(r -> byId.containsKey(r.organizationId()) && byId.get(r.organizationId()).townshipId() == township)
                    .findFirst();
            if (elsewhere.isPresent() && !job.confirmPossibleDuplicates()) {
                problems.add(problem(p.row(), RosterColumn.NAME,
                        Messages.get(job.locale(), "import.possible-duplicate", elsewhere.get().id())));
                continue;
            }
            plan.add(p);
        }
        problems.sort(Comparator.comparingInt(ImportProblem::row));
        progress.advance(job.importId(), job.rows().size(), job.rows().size() / 2);
        return plan;
    }

    /** The form a row stands for, or null with the row's problems when a cell cannot be read. */
    private VolunteerForm form(RosterRow row, Map<String, RosterOrganization> byLabel, Map<Long, RosterOrganization> byId,
                               List<ImportProblem> problems, Job job) {
        int n = row.number();
        Locale locale = job.locale();
        for (RosterColumn c : RosterColumn.values()) {
            if (c.required && row.get(c) == null) {
                problems.add(problem(n, c, Messages.get(locale, "import.required")));
            }
        }
        Gender gender = word(row, RosterColumn.GENDER, Gender.class, problems, locale);
        Residence residence = word(row, RosterColumn.RESIDENCE, Residence.class, problems, locale);
        LocalDate birth = date(row, RosterColumn.BIRTH_DATE, problems, locale);
        LocalDate joined = date(row, RosterColumn.JOINED_ON, problems, locale);
        Set<VolunteerCategory> categories = EnumSet.noneOf(VolunteerCategory.class);
        if (row.get(RosterColumn.CATEGORIES) != null) {
            for (String word : row.get(RosterColumn.CATEGORIES).split("[、,，;；/\\s]+")) {
                if (!word.isBlank()) {
                    RegisterWords.parse(VolunteerCategory.class, word).ifPresentOrElse(categories::add, () -> problems.add(
                            problem(n, RosterColumn.CATEGORIES, Messages.get(locale, "import.not-allowed", word,
                                    String.join("、", RegisterWords.all(VolunteerCategory.class))))));
                }
            }
        }
        Long organizationId = null;
        String org = row.get(RosterColumn.ORGANIZATION);
        if (org != null) {
            RosterOrganization found = byLabel.get(org);
            if (found == null && org.matches("\\d{1,18}")) {
                found = byId.get(Long.parseLong(org));
            }
            if (found == null) {
                problems.add(problem(n, RosterColumn.ORGANIZATION, Messages.get(locale, "import.unknown-organization", org)));
            } else {
                organizationId = found.id();
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new VolunteerForm(organizationId, row.get(RosterColumn.NAME), gender, birth, row.get(RosterColumn.ETHNICITY),
                row.get(RosterColumn.ID_CARD), row.get(RosterColumn.MOBILE), residence, categories,
                row.get(RosterColumn.FORMER_OCCUPATION), row.get(RosterColumn.SPECIALTIES),
                row.get(RosterColumn.POLITICAL_STATUS), row.get(RosterColumn.HEALTH), joined,
                row.get(RosterColumn.OVERRIDE_REASON), job.confirmPossibleDuplicates());
    }

    private static <E extends Enum<E>> E word(RosterRow row, RosterColumn column, Class<E> type, List<ImportProblem> problems,
                                              Locale locale) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        return RegisterWords.parse(type, text).orElseGet(() -> {
            problems.add(problem(row.number(), column, Messages.get(locale, "import.not-allowed", text,
                    String.join("、", RegisterWords.all(type)))));
            return null;
        });
    }

    private static LocalDate date(RosterRow row, RosterColumn column, List<ImportProblem> problems, Locale locale) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        for (DateTimeFormatter f : DATE_FORMATS) {
            try {
                return LocalDate.parse(text, f);
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        problems.add(problem(row.number(), column, Messages.get(locale, "import.bad-date", text)));
        return null;
    }

    private static EligibilityRule ruleInForce(List<EligibilityRule> all, Residence residence, Gender gender, LocalDate day) {
        return all.stream().filter(r -> r.residence == residence && r.gender == gender && !r.effectiveFrom.isAfter(day))
                .max(Comparator.comparing(r -> r.effectiveFrom)).orElse(null);
    }

    /** Whether the row would change nothing on the registered person (blank numbers keep the stored ones). */
    private boolean sameAs(Volunteer v, Planned p) {
        VolunteerForm f = p.form();
        String[] categories = f.categories().stream().sorted().map(Enum::name).toArray(String[]::new);
        return v.organizationId.equals(f.organizationId()) && v.name.equals(f.name().trim()) && v.gender == f.gender()
                && v.birthDate.equals(f.birthDate()) && Objects.equals(v.ethnicity, f.ethnicity())
                && v.residence == f.residence() && Arrays.equals(v.categories, categories)
                && Objects.equals(v.formerOccupation, f.formerOccupation()) && Objects.equals(v.specialties, f.specialties())
                && Objects.equals(v.politicalStatus, f.politicalStatus()) && Objects.equals(v.health, f.health())
                && Objects.equals(v.joinedOn, f.joinedOn())
                && Objects.equals(v.eligibilityOverrideReason, f.eligibilityOverrideReason())
                && (p.idCard() == null || cipher.keyedHash(p.idCard()).equals(v.idCardHash))
                && (f.mobile() == null || cipher.keyedHash(f.mobile().trim()).equals(v.mobileHash));
    }

    private static ImportProblem problem(int row, RosterColumn column, String message) {
        return new ImportProblem(row, column.heading, message);
    }

    private static ImportProblem problem(int row, String field, String message) {
        return new ImportProblem(row, RosterColumn.byField(field).map(c -> c.heading).orElse(null), message);
    }
}
