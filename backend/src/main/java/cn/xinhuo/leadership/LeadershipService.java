package cn.xinhuo.leadership;

import cn.xinhuo.common.paging.PageQuery;
import cn.xinhuo.common.problem.FieldError;
import cn.xinhuo.common.problem.ProblemException;
import cn.xinhuo.common.problem.ProblemType;
import cn.xinhuo.common.web.ETags;
import cn.xinhuo.leadership.dto.AppointmentForm;
import cn.xinhuo.leadership.dto.AppointmentPage;
import cn.xinhuo.leadership.dto.AppointmentView;
import cn.xinhuo.leadership.dto.LeadershipSummary;
import cn.xinhuo.leadership.dto.TrainingForm;
import cn.xinhuo.leadership.dto.TrainingPage;
import cn.xinhuo.leadership.dto.TrainingView;
import cn.xinhuo.organization.Organization;
import cn.xinhuo.organization.OrganizationRepository;
import cn.xinhuo.security.CurrentCaller;
import cn.xinhuo.volunteer.VolunteerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Leadership teams over time and the trainings of their members, inside the caller's subtree. */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class LeadershipService {

    private final AppointmentRepository appointments;
    private final TrainingRepository trainings;
    private final OrganizationRepository organizations;
    private final VolunteerRepository volunteers;
    private final CurrentCaller caller;

    LeadershipService(AppointmentRepository appointments, TrainingRepository trainings, OrganizationRepository organizations,
                      VolunteerRepository volunteers, CurrentCaller caller) {
        this.appointments = appointments;
        this.trainings = trainings;
        this.organizations = organizations;
        this.volunteers = volunteers;
        this.caller = caller;
    }

    // ---- appointments -----------------------------------------------------------------------------

    @Transactional(TxType.SUPPORTS)
    public AppointmentPage search(AppointmentRepository.Search search, PageQuery paging) {
        requireVisible(search.organizationId());
        requireVisible(search.within());
        List<Long> ids = appointments.search(search, caller.scope(), paging.offset(), paging.size);
        return new AppointmentPage(views(ids), paging.page, paging.size, appointments.count(search, caller.scope()));
    }

    @Transactional(TxType.SUPPORTS)
    public AppointmentView get(long id) {
        return views(List.of(loadAppointment(id).id)).get(0);
    }

    public AppointmentView appoint(AppointmentForm form) {
        Appointment a = new Appointment();
        apply(form, a);
        appointments.persistAndFlush(a);
        return get(a.id);
    }

    public AppointmentView update(long id, long expectedVersion, AppointmentForm form) {
        Appointment a = loadAppointment(id);
        ETags.requireCurrent(expectedVersion, a.version);
        apply(form, a);
        appointments.flush();
        return get(id);
    }

    @Transactional(TxType.SUPPORTS)
    public LeadershipSummary summary(Long within, LocalDate from, LocalDate to) {
        String subtree = organizations.subtreePath(within, caller.scope());
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.badField("to", "period.to-before-from");
        }
        List<LeadershipSummary.ByRole> byRole = appointments.summary(subtree, from, to).stream()
                .map(r -> new LeadershipSummary.ByRole(LeaderRole.valueOf((String) r[0]), ((Number) r[1]).longValue(),
                        ((Number) r[2]).longValue(), ((Number) r[3]).longValue()))
                .toList();
        return LeadershipSummary.of(from, to, byRole);
    }

    private void apply(AppointmentForm form, Appointment a) {
        Organization organization = visibleOrganization(form.organizationId());
        LeadershipPolicy.check(organization.type, form.role(), form.startedOn(), form.endedOn());
        if (form.volunteerId() != null && volunteers.findInScope(form.volunteerId(), caller.scope()).isEmpty()) {
            throw ProblemException.missingReference("volunteerId", "appointment.volunteer.not-found");
        }
        a.organizationId = organization.id;
        a.personName = form.personName().trim();
        a.volunteerId = form.volunteerId();
        a.role = form.role();
        a.startedOn = form.startedOn();
        a.endedOn = form.endedOn();
        a.changeReason = form.changeReason();
    }

    /** A page of appointments in three queries: the seats, their training, their organizations. */
    private List<AppointmentView> views(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, LocalDate> trainedOn = appointments.lastTrained(ids);
        Map<Long, Appointment> byId = appointments.list("id in ?1", ids).stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        Map<Long, String> names = organizations.namesOf(byId.values().stream().map(a -> a.organizationId).distinct().toList());
        LocalDate today = LocalDate.now();
        return ids.stream().map(byId::get).map(a -> new AppointmentView(a.id, a.organizationId, names.get(a.organizationId),
                a.personName, a.volunteerId, a.role, a.startedOn, a.endedOn, a.changeReason,
                !a.startedOn.isAfter(today) && (a.endedOn == null || !a.endedOn.isBefore(today)),
                trainedOn.containsKey(a.id), trainedOn.get(a.id), a.version)).toList();
    }

    private Appointment loadAppointment(long id) {
        return appointments.findInScope(id, caller.scope()).orElseThrow(() -> ProblemException.notFound("appointment", id));
    }

    // ---- trainings --------------------------------------------------------------------------------

    @Transactional(TxType.SUPPORTS)
    public TrainingPage trainings(Long within, LocalDate from, LocalDate to, PageQuery paging) {
        requireVisible(within);
        List<Long> ids = trainings.search(within, from, to, caller.scope(), paging.offset(), paging.size);
        return new TrainingPage(trainingViews(ids), paging.page, paging.size, trainings.count(within, from, to, caller.scope()));
    }

    @Transactional(TxType.SUPPORTS)
    public TrainingView training(long id) {
        return view(loadTraining(id));
    }

    public TrainingView holdTraining(TrainingForm form) {
        Training t = new Training();
        apply(form, t);
        trainings.persistAndFlush(t);
        return view(t);
    }

    public TrainingView updateTraining(long id, long expectedVersion, TrainingForm form) {
        Training t = loadTraining(id);
        ETags.requireCurrent(expectedVersion, t.version);
        apply(form, t);
        trainings.flush();
        return view(t);
    }

    @Transactional(TxType.SUPPORTS)
    public List<AppointmentView> attendees(long trainingId) {
        loadTraining(trainingId);
        return views(trainings.attendeeAppointments(trainingId));
    }

    /** A leader of the organizer's subtree attended; attending again is a conflict. */
    public AppointmentView attend(long trainingId, long appointmentId) {
        Training t = loadTraining(trainingId);
        Appointment a = appointments.findInScope(appointmentId, caller.scope())
                .filter(x -> organizations.isWithinSubtree(x.organizationId, t.organizationId))
                .orElseThrow(() -> ProblemException.missingReference("appointmentId", "training.attendee.not-found"));
        if (trainings.attends(trainingId, appointmentId)) {
            throw new ProblemException(ProblemType.CONFLICT,
                    List.of(new FieldError("appointmentId", "{training.already-attending}")), "training.already-attending");
        }
        TrainingAttendance attendance = new TrainingAttendance();
        attendance.trainingId = trainingId;
        attendance.appointmentId = a.id;
        trainings.getEntityManager().persist(attendance);
        trainings.flush();
        return get(a.id);
    }

    /** The current leaders of the organizer's subtree not trained since their appointment: whom to invite. */
    @Transactional(TxType.SUPPORTS)
    public AppointmentPage proposedAttendees(long trainingId, PageQuery paging) {
        Training t = loadTraining(trainingId);
        return search(new AppointmentRepository.Search(null, t.organizationId, null, true, true, null, null), paging);
    }

    private void apply(TrainingForm form, Training t) {
        t.organizationId = visibleOrganization(form.organizationId()).id;
        t.heldOn = form.heldOn();
        t.title = form.title().trim();
        t.format = form.format();
    }

    private TrainingView view(Training t) {
        return trainingViews(List.of(t.id)).get(0);
    }

    /** A page of trainings in three queries: the trainings, their organizers, their attendance. */
    private List<TrainingView> trainingViews(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> attendees = trainings.attendees(ids);
        Map<Long, Training> byId = trainings.list("id in ?1", ids).stream().collect(Collectors.toMap(t -> t.id, Function.identity()));
        Map<Long, String> names = organizations.namesOf(byId.values().stream().map(t -> t.organizationId).distinct().toList());
        return ids.stream().map(byId::get).map(t -> new TrainingView(t.id, t.organizationId, names.get(t.organizationId), t.heldOn,
                t.title, t.format, attendees.getOrDefault(t.id, 0L), t.version)).toList();
    }

    private Training loadTraining(long id) {
        return trainings.findInScope(id, caller.scope()).orElseThrow(() -> ProblemException.notFound("training", id));
    }

    // ---- shared -----------------------------------------------------------------------------------

    private Organization visibleOrganization(long id) {
        if (!organizations.isVisible(id, caller.scope())) {
            throw ProblemException.missingReference("organizationId", "user.organization.not-found");
        }
        return organizations.findById(id);
    }

    private void requireVisible(Long organizationId) {
        if (organizationId != null && !organizations.isVisible(organizationId, caller.scope())) {
            throw ProblemException.notFound("organization", organizationId);
        }
    }
}
