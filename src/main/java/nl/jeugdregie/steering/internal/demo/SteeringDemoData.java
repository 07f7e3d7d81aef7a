package nl.jeugdregie.steering.internal.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.steering.internal.assignment.Assignment;
import nl.jeugdregie.steering.internal.assignment.SteeringRepository;
import nl.jeugdregie.steering.internal.assignment.TargetGroup;
import nl.jeugdregie.steering.internal.financing.FinancingCategory;
import nl.jeugdregie.steering.internal.financing.FinancingLine;
import nl.jeugdregie.steering.internal.financing.FinancingRepository;
import nl.jeugdregie.steering.internal.financing.ProRataReclaim;
import nl.jeugdregie.steering.internal.norms.DeliveredFigurePolicy;
import nl.jeugdregie.steering.internal.norms.NormKind;
import nl.jeugdregie.steering.internal.period.NormPeriod;
import nl.jeugdregie.steering.internal.norms.NormRepository;
import nl.jeugdregie.steering.internal.norms.ProposedFigure;
import nl.jeugdregie.steering.internal.period.ReportingPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import nl.jeugdregie.platform.startup.StartupTask;

/**
 * Demo content for steering on Oss's assignment (demo profile only): the demo provider account {@code aanbieder}
 * is linked to it, and ONS welzijn has delivered its figures for the last quarter — the 80 % closure norm (ISW-3)
 * at risk, the district-areas norm (CSW-1) missed without cause analysis yet — plus half-yearly actuals with a
 * deviation and a reclaim. Runs once: an assignment that already has figures is left alone.
 */
@Component
@Profile("demo")
@Order(5)
class SteeringDemoData implements StartupTask {

	static final String PROVIDER_ACCOUNT = "aanbieder";
	private static final Logger LOG = LoggerFactory.getLogger(SteeringDemoData.class);

	private final SteeringRepository steering;
	private final NormRepository norms;
	private final FinancingRepository financing;
	private final Clock clock;

	SteeringDemoData(SteeringRepository steering, NormRepository norms, FinancingRepository financing, Clock clock) {
		this.steering = steering;
		this.norms = norms;
		this.financing = financing;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void start() {
		var oss = steering.latestAssignment(new nl.jeugdregie.identity.MunicipalityCode("0828")).orElse(null);
		if (oss == null) {
			return;
		}
		norms.linkProvider(PROVIDER_ACCOUNT, oss.id());
		var all = norms.norms(oss.id());
		if (all.stream().anyMatch(norm -> !norms.figures(norm.id()).isEmpty())) {
			LOG.info("Steering demo figures present; nothing added");
			return;
		}
		var today = LocalDate.now(clock);
		var quarter = NormPeriod.QUARTER.lastEndedOn(today);
		var evidence = norms.saveEvidence(oss.id(), "kwartaalrapportage-" + quarter.label() + ".csv", "text/csv",
				("norm;periode;waarde\n").getBytes(StandardCharsets.UTF_8), PROVIDER_ACCOUNT, clock.instant());
		for (var norm : all) {
			var value = switch (norm.code()) {
				case "ISW-1" -> "96";
				case "ISW-2" -> "100";
				case "ISW-3" -> "83";
				case "ISW-4" -> "4";
				case "CSW-1" -> "9";
				default -> null;
			};
			if (value != null) {
				norms.saveFigure(new ProposedFigure(norm, quarter, new java.math.BigDecimal(value), null), evidence,
						PROVIDER_ACCOUNT, clock.instant());
			}
			if (norm.kind() == NormKind.DEADLINE && norm.deadline() != null) {
				var done = norm.deadline().minusDays(17);
				norms.saveFigure(new ProposedFigure(norm, DeliveredFigurePolicy.deadlinePeriod(norm, norm.deadline()), null,
						done), evidence, PROVIDER_ACCOUNT, clock.instant());
			}
		}
		actuals(oss, NormPeriod.HALF_YEAR.lastEndedOn(today));
		LOG.info("Steering demo: figures for {} and actuals delivered by {}", quarter.label(), PROVIDER_ACCOUNT);
	}

	/** Half-yearly actuals for the youth-work lines: one on budget, one with fewer activities than planned. */
	private void actuals(Assignment oss, ReportingPeriod halfYear) {
		var firstHalf = halfYear.start().getMonthValue() == 1;
		List<FinancingLine> lines = steering.financingLines(oss).stream()
				.filter(line -> line.label().equals("Jongerenwerkers") || line.label().equals("Activiteitenbudget")
						&& line.targetGroup() == TargetGroup.YOUTH)
				.toList();
		for (var line : lines) {
			var budget = ProRataReclaim.halfYearBudget(line.amountCents(), firstHalf);
			if (line.category() == FinancingCategory.STAFF) {
				financing.saveActual(line.id(), halfYear.start(), budget, null, null, null, PROVIDER_ACCOUNT, clock.instant());
			}
			else {
				financing.saveActual(line.id(), halfYear.start(), budget * 8 / 10,
						"Twee van de tien geplande activiteiten in de zomer gingen niet door: geen locatie beschikbaar.", 10, 8,
						PROVIDER_ACCOUNT, clock.instant());
			}
		}
	}
}
