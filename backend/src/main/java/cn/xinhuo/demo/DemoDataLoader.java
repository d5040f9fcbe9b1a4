package cn.xinhuo.demo;

import cn.xinhuo.assessment.AssessmentService;
import cn.xinhuo.assessment.TemplateKind;
import cn.xinhuo.assessment.dto.Criterion;
import cn.xinhuo.assessment.dto.TemplateForm;
import cn.xinhuo.beneficiary.BeneficiaryCategory;
import cn.xinhuo.beneficiary.BeneficiaryService;
import cn.xinhuo.beneficiary.dto.BeneficiaryForm;
import cn.xinhuo.beneficiary.dto.ConsentForm;
import cn.xinhuo.leadership.LeaderRole;
import cn.xinhuo.leadership.LeadershipService;
import cn.xinhuo.leadership.TrainingFormat;
import cn.xinhuo.leadership.dto.AppointmentForm;
import cn.xinhuo.leadership.dto.TrainingForm;
import cn.xinhuo.organization.OrganizationRepository;
import cn.xinhuo.research.ResearchVisitService;
import cn.xinhuo.research.dto.ResearchVisitForm;
import cn.xinhuo.pairing.ActivityService;
import cn.xinhuo.pairing.PairOutcome;
import cn.xinhuo.pairing.PairService;
import cn.xinhuo.pairing.PairStatus;
import cn.xinhuo.pairing.PairType;
import cn.xinhuo.pairing.dto.ActivityForm;
import cn.xinhuo.pairing.dto.PairForm;
import cn.xinhuo.pairing.dto.TransitionForm;
import cn.xinhuo.organization.OrganizationService;
import cn.xinhuo.organization.OrganizationType;
import cn.xinhuo.organization.dto.OrganizationCreate;
import cn.xinhuo.security.CurrentCaller;
import cn.xinhuo.security.Role;
import cn.xinhuo.honor.HonorLevel;
import cn.xinhuo.honor.HonorService;
import cn.xinhuo.honor.dto.CoverageForm;
import cn.xinhuo.honor.dto.HonorForm;
import cn.xinhuo.team.TeamService;
import cn.xinhuo.team.TeamType;
import cn.xinhuo.team.dto.MemberForm;
import cn.xinhuo.team.dto.TeamForm;
import cn.xinhuo.user.User;
import cn.xinhuo.volunteer.Gender;
import cn.xinhuo.volunteer.Residence;
import cn.xinhuo.volunteer.VolunteerCategory;
import cn.xinhuo.volunteer.VolunteerService;
import cn.xinhuo.volunteer.dto.StatusChangeForm;
import cn.xinhuo.volunteer.dto.VolunteerForm;
import cn.xinhuo.user.UserRepository;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the demo data set (seeds/demo: the 五大连池市 tree, the demo accounts, the 五老 register, teams, honours, pairs, leadership teams, trainings, research visits, score sheets, the 五好 campaign and 党建带关工 results) into an empty
 * database, once. Used by the local run and the browser tests; off in production.
 */
@ApplicationScoped
public class DemoDataLoader {

    /** The password of every demo account, listed in the README; demo accounts need no change. */
    static final String DEMO_PASSWORD = "Xinhuo@2016";

    /** One organization of organizations.json; {@code parent} is another row's key. */
    record DemoOrganization(String key, String name, OrganizationType type, String parent, String regionCode,
                            String address, String contact, LocalDate establishedOn) {
    }

    /** One account of accounts.json; {@code organization} is an organization's key. */
    record DemoAccount(String username, String displayName, String organization, Set<Role> roles) {
    }

    /** One 五老 of volunteers.json; {@code organization} is an organization's key. */
    record DemoVolunteer(String key, String organization, String name, Gender gender, LocalDate birthDate,
                         String ethnicity, Residence residence, Set<VolunteerCategory> categories,
                         String formerOccupation, String specialties, String politicalStatus, String health,
                         LocalDate joinedOn, List<StatusChangeForm> statusChanges) {
    }

    /** One team of teams.json; {@code leader} and {@code members} are volunteers' keys. */
    record DemoTeam(String key, String organization, TeamType type, String name, String leader,
                    LocalDate establishedOn, List<String> members) {
    }

    /** honors.json: commendations and media coverage; {@code volunteer} is a volunteer's key. */
    record DemoHonors(List<DemoHonor> honors, List<DemoCoverage> mediaCoverage) {
    }

    record DemoHonor(String volunteer, HonorLevel level, String title, LocalDate awardedOn, String issuer, String story) {
    }

    record DemoCoverage(String volunteer, String outlet, LocalDate coveredOn, String title) {
    }

    /** pairs.json: beneficiaries, and pairs of a volunteer's and a beneficiary's key with their activities. */
    record DemoPairs(List<DemoBeneficiary> beneficiaries, List<DemoPair> pairs) {
    }

    record DemoBeneficiary(String key, String organization, String name, Gender gender, LocalDate birthDate,
                           BeneficiaryCategory category, String situation, String guardianName, String guardianRelation,
                           String parentsWhereabouts, ConsentForm consent) {
    }

    /** A pair, started ACTIVE; {@code close}, when given, is its last step (paused, completed or ended). */
    record DemoPair(String volunteer, String beneficiary, PairType type, String goals, LocalDate startedOn,
                    LocalDate plannedEndOn, List<ActivityForm> activities, DemoStep close) {
    }

    /** leadership.json: appointments (by key), trainings with the appointments that attended, research visits. */
    record DemoLeadership(List<DemoAppointment> appointments, List<DemoTraining> trainings,
                          List<DemoVisit> researchVisits) {
    }

    record DemoAppointment(String key, String organization, String personName, LeaderRole role, LocalDate startedOn,
                           LocalDate endedOn, String changeReason) {
    }

    record DemoTraining(String organization, LocalDate heldOn, String title, TrainingFormat format, List<String> attendees) {
    }

    record DemoVisit(String organization, LocalDate visitedOn, String ledBy, List<String> places, String topics,
                     String findings, String measures) {
    }

    /** assessment-templates.json: the city's score sheets. */
    record DemoTemplate(String organization, TemplateKind kind, String name, java.math.BigDecimal passTotal,
                        java.math.BigDecimal passPerCriterion, List<Criterion> criteria) {
    }

    record DemoStep(PairStatus status, LocalDate on, List<PairOutcome> outcomes, String outcomeNote, String reason) {
    }

    private final OrganizationService organizations;
    private final VolunteerService volunteers;
    private final TeamService teams;
    private final HonorService honors;
    private final BeneficiaryService beneficiaries;
    private final PairService pairs;
    private final ActivityService activities;
    private final LeadershipService leadership;
    private final ResearchVisitService research;
    private final AssessmentService assessments;
    private final DemoAssessments campaign;
    private final OrganizationRepository organizationRepository;
    private final UserRepository users;
    private final CurrentCaller caller;
    private final ObjectMapper json;
    private final boolean enabled;

    DemoDataLoader(OrganizationService organizations, VolunteerService volunteers, TeamService teams,
                   HonorService honors, BeneficiaryService beneficiaries, PairService pairs, ActivityService activities,
                   LeadershipService leadership, ResearchVisitService research, AssessmentService assessments,
                   DemoAssessments campaign, OrganizationRepository organizationRepository, UserRepository users, CurrentCaller caller,
                   ObjectMapper json, @ConfigProperty(name = "xinhuo.demo-data.load") boolean enabled) {
        this.organizations = organizations;
        this.volunteers = volunteers;
        this.teams = teams;
        this.honors = honors;
        this.beneficiaries = beneficiaries;
        this.pairs = pairs;
        this.activities = activities;
        this.leadership = leadership;
        this.research = research;
        this.assessments = assessments;
        this.campaign = campaign;
        this.organizationRepository = organizationRepository;
        this.users = users;
        this.caller = caller;
        this.json = json;
        this.enabled = enabled;
    }

    @ActivateRequestContext
    @Transactional
    // the whole set in one transaction, which takes a while on a busy machine
    @TransactionConfiguration(timeout = 600)
    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (!enabled || organizationRepository.count() > 0) {
            return;
        }
        caller.actAsSystem();
        Map<String, Long> ids = new HashMap<>();
        List<DemoOrganization> rows = read("demo/organizations.json", new TypeReference<>() { });
        for (DemoOrganization row : rows) {
            Long parentId = row.parent() == null ? null : ids.get(row.parent());
            var created = organizations.create(new OrganizationCreate(row.name(), row.type(), parentId,
                    row.regionCode(), row.address(), row.contact(), row.establishedOn()));
            ids.put(row.key(), created.id());
        }
        List<DemoAccount> accounts = read("demo/accounts.json", new TypeReference<>() { });
        String hash = BcryptUtil.bcryptHash(DEMO_PASSWORD);
        for (DemoAccount account : accounts) {
            User user = new User();
            user.username = account.username();
            user.displayName = account.displayName();
            user.organizationId = ids.get(account.organization());
            user.setRoles(account.roles());
            user.passwordHash = hash;
            user.mustChangePassword = false;
            users.persist(user);
        }
        List<DemoVolunteer> register = read("demo/volunteers.json", new TypeReference<>() { });
        Map<String, Long> people = new HashMap<>();
        for (DemoVolunteer v : register) {
            var created = volunteers.create(new VolunteerForm(ids.get(v.organization()), v.name(), v.gender(),
                    v.birthDate(), v.ethnicity(), null, null, v.residence(), v.categories(), v.formerOccupation(),
                    v.specialties(), v.politicalStatus(), v.health(), v.joinedOn(), null, true));
            people.put(v.key(), created.id());
            long version = created.version();
            for (StatusChangeForm change : v.statusChanges()) {
                version = volunteers.changeStatus(created.id(), version, change).version();
            }
        }
        List<DemoTeam> teamRows = read("demo/teams.json", new TypeReference<>() { });
        for (DemoTeam t : teamRows) {
            var team = teams.create(new TeamForm(ids.get(t.organization()), t.type(), t.name(),
                    t.leader() == null ? null : people.get(t.leader()), t.establishedOn()));
            for (String member : t.members()) {
                teams.join(team.id(), new MemberForm(people.get(member), t.establishedOn()));
            }
        }
        DemoHonors models = readOne("demo/honors.json", DemoHonors.class);
        for (DemoHonor h : models.honors()) {
            honors.create(new HonorForm(people.get(h.volunteer()), h.level(), h.title(), h.awardedOn(), h.issuer(),
                    h.story()));
        }
        for (DemoCoverage c : models.mediaCoverage()) {
            honors.addCoverage(new CoverageForm(people.get(c.volunteer()), c.outlet(), c.coveredOn(), c.title()));
        }
        DemoPairs mentoring = readOne("demo/pairs.json", DemoPairs.class);
        Map<String, Long> helped = new HashMap<>();
        for (DemoBeneficiary b : mentoring.beneficiaries()) {
            helped.put(b.key(), beneficiaries.create(new BeneficiaryForm(ids.get(b.organization()), b.name(), b.gender(),
                    b.birthDate(), b.category(), b.situation(), b.guardianName(), b.guardianRelation(), null,
                    b.parentsWhereabouts(), b.consent())).id());
        }
        int recorded = 0;
        for (DemoPair p : mentoring.pairs()) {
            var pair = pairs.create(new PairForm(people.get(p.volunteer()), helped.get(p.beneficiary()), null, p.type(),
                    p.goals(), p.startedOn(), p.plannedEndOn(), "ACTIVE"));
            for (ActivityForm a : p.activities()) {
                activities.record(pair.id(), a, null);
                recorded++;
            }
            if (p.close() != null) {
                DemoStep step = p.close();
                pairs.transition(pair.id(), pair.version(), new TransitionForm(step.status(), step.on(), step.reason(),
                        step.outcomes(), step.outcomeNote()));
            }
        }
        DemoLeadership teamsOfLeaders = readOne("demo/leadership.json", DemoLeadership.class);
        Map<String, Long> seats = new HashMap<>();
        for (DemoAppointment a : teamsOfLeaders.appointments()) {
            seats.put(a.key(), leadership.appoint(new AppointmentForm(ids.get(a.organization()), a.personName(), null, a.role(),
                    a.startedOn(), a.endedOn(), a.changeReason())).id());
        }
        for (DemoTraining t : teamsOfLeaders.trainings()) {
            long training = leadership.holdTraining(new TrainingForm(ids.get(t.organization()), t.heldOn(), t.title(),
                    t.format())).id();
            t.attendees().forEach(a -> leadership.attend(training, seats.get(a)));
        }
        for (DemoVisit v : teamsOfLeaders.researchVisits()) {
            research.create(new ResearchVisitForm(ids.get(v.organization()), v.visitedOn(), v.ledBy(),
                    v.places().stream().map(ids::get).collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)),
                    v.topics(), v.findings(), v.measures()));
        }
        List<DemoTemplate> sheets = read("demo/assessment-templates.json", new TypeReference<>() { });
        Map<TemplateKind, Long> citySheets = new java.util.EnumMap<>(TemplateKind.class);
        for (DemoTemplate t : sheets) {
            citySheets.put(t.kind(), assessments.createTemplate(new TemplateForm(ids.get(t.organization()), t.kind(), t.name(),
                    t.criteria(), t.passTotal(), t.passPerCriterion())).id());
        }
        int scored = campaign.load(readOne("demo/assessments.json", DemoAssessments.Data.class), ids, citySheets);
        Log.infof("demo data loaded: %d organizations, %d accounts, %d volunteers, %d teams, %d honours, %d pairs,"
                        + " %d activities, %d appointments, %d trainings, %d research visits, %d evaluations", rows.size(),
                accounts.size(), register.size(), teamRows.size(), models.honors().size(), mentoring.pairs().size(), recorded,
                seats.size(), teamsOfLeaders.trainings().size(), teamsOfLeaders.researchVisits().size(), scored);
    }

    private <T> T readOne(String resource, Class<T> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("demo data missing from the build: " + resource);
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> List<T> read(String resource, TypeReference<List<T>> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("demo data missing from the build: " + resource);
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
