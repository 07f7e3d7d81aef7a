package nl.jeugdregie.steering.internal.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.steering.internal.agenda.AgendaAlert;
import nl.jeugdregie.steering.internal.agenda.AgendaSources;
import nl.jeugdregie.steering.internal.assignment.Assignment;
import nl.jeugdregie.steering.internal.assignment.SteeringRepository;
import nl.jeugdregie.steering.internal.assignment.TargetGroup;
import nl.jeugdregie.steering.internal.assignment.TypeOfWork;
import nl.jeugdregie.steering.internal.governance.GovernanceRepository;
import nl.jeugdregie.steering.internal.governance.GovernanceService;
import nl.jeugdregie.steering.internal.governance.ImpactAnalysisPolicy;
import nl.jeugdregie.steering.internal.governance.MeetingType;
import nl.jeugdregie.steering.internal.risk.RiskScore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import nl.jeugdregie.platform.startup.StartupTask;

/**
 * Demo only: gemeente Oss's meetings of the last months about the assignment to ONS welzijn (STU-6), with minutes,
 * one re-assessed risk, one new assignment request and the next transformation meeting with its prepared agenda.
 * Lives in the steering module because it writes the module's own tables; runs once (skipped when Oss has meetings).
 */
@Component
@Profile("demo")
@Order(20)
class GovernanceDemoData implements StartupTask {

	private static final Logger LOG = LoggerFactory.getLogger(GovernanceDemoData.class);
	private static final MunicipalityCode OSS = new MunicipalityCode("0828");
	private static final String BY = "beleid";

	private final SteeringRepository steering;
	private final GovernanceRepository governance;
	private final AgendaSources sources;
	private final Clock clock;

	GovernanceDemoData(SteeringRepository steering, GovernanceRepository governance, AgendaSources sources,
			Clock clock) {
		this.steering = steering;
		this.governance = governance;
		this.sources = sources;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void start() {
		var assignment = steering.latestAssignment(OSS);
		if (assignment.isEmpty() || !governance.meetings(OSS).isEmpty()) {
			return;
		}
		var today = LocalDate.now(clock);
		var thisYear = today.getYear();
		for (var day : new LocalDate[] { today.minusWeeks(9), today.minusWeeks(6), today.minusWeeks(3) }) {
			held(assignment.get(), MeetingType.TRANSFORMATION, monday(day),
					"Voortgang besproken; de aanbieder levert de kwartaalcijfers binnen twee weken aan.");
		}
		held(assignment.get(), MeetingType.ALIGNMENT, monday(today.minusWeeks(5)),
				"Stand van zaken op hoofdlijnen besproken. Geen knelpunten die opschaling vragen.");
		for (var month : new int[] { 2, 5, 9 }) {
			held(assignment.get(), MeetingType.ADMINISTRATIVE, LocalDate.of(thisYear, month, 12),
					"Portefeuillehouder en bestuurder bespreken de voortgang van de afspraken.");
		}
		for (var month : new int[] { 3, 6 }) {
			held(assignment.get(), MeetingType.REGIONAL_ADMINISTRATIVE, LocalDate.of(thisYear, month, 19),
					"Regionale ontwikkelingen in het welzijnswerk besproken.");
		}
		held(assignment.get(), MeetingType.COUNCIL_INFORMATION, LocalDate.of(thisYear, 7, 9),
				"De raad is geïnformeerd over de voortgang en de ontwikkelingen.");
		changesSinceTheLastTransformationMeeting(assignment.get());
		var next = monday(today.plusWeeks(1));
		var since = governance.previousMeeting(OSS, MeetingType.TRANSFORMATION, next).orElse(null);
		var id = governance.addMeeting(OSS, assignment.get(), MeetingType.TRANSFORMATION, next, since, BY, clock.instant());
		governance.replaceAgenda(id, agenda(assignment.get(), since));
		LOG.info("Demo governance generated for gemeente Oss");
	}

	private void held(Assignment assignment, MeetingType type, LocalDate day, String minutes) {
		if (day.isAfter(LocalDate.now(clock))) {
			return;
		}
		var since = governance.previousMeeting(OSS, type, day).orElse(null);
		var id = governance.addMeeting(OSS, assignment, type, day, since, BY, clock.instant());
		var items = agenda(assignment, since);
		governance.replaceAgenda(id, items);
		governance.agenda(id).stream().findFirst()
				.ifPresent(item -> governance.record(item, minutes, "", BY, clock.instant()));
	}

	/** One risk re-assessed upwards and one new assignment request: what the next agenda is made of. */
	private void changesSinceTheLastTransformationMeeting(Assignment assignment) {
		steering.risks(assignment).stream().filter(risk -> risk.effect() == 4 && risk.probability() == 2).findFirst()
				.ifPresent(risk -> steering.reassess(risk, new RiskScore(3, risk.damage()),
						"De aanbieder meldt meer aanmeldingen dan verwacht; de kans is groter geworden.", BY,
						clock.instant().minus(Duration.ofDays(6))));
		var analysis = new ImpactAnalysisPolicy.Valid("Vroegsignalering schulden in de wijk",
				"Inwoners met betalingsachterstanden komen pas laat in beeld.",
				"Sociaal raadslieden nemen binnen een week contact op na een signaal van een woningcorporatie.",
				"Sluit aan bij het sociaal raadsliedenwerk en de gebiedsgerichte werkwijze vanaf 2022.",
				new BigDecimal("0.50"), 5_400_000, "Herschikking binnen de opdracht", TargetGroup.ADULTS);
		var typeId = steering.typesOfWork(assignment).stream().filter(type -> type.targetGroup() == TargetGroup.ADULTS)
				.findFirst().map(TypeOfWork::id).orElse(null);
		governance.addRequest(assignment, analysis, typeId, BY, clock.instant().minus(Duration.ofDays(4)));
	}

	private java.util.List<AgendaAlert> agenda(Assignment assignment, @org.jspecify.annotations.Nullable LocalDate since) {
		return GovernanceService.agendaOf(sources, assignment, since);
	}

	private static LocalDate monday(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}
}
