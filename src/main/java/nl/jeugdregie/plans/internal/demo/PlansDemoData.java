package nl.jeugdregie.plans.internal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.identity.UserAccounts;
import nl.jeugdregie.intake.Channel;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.Referrer;
import nl.jeugdregie.intake.RegisterHelpRequest;
import nl.jeugdregie.intake.RegistrationResult;
import nl.jeugdregie.plans.SocialWorkTrajectoryId;
import nl.jeugdregie.plans.internal.household.Commands;
import nl.jeugdregie.plans.internal.household.HouseholdService;
import nl.jeugdregie.plans.internal.household.MemberRole;
import nl.jeugdregie.plans.internal.socialwork.SocialWorkCommands;
import nl.jeugdregie.plans.internal.socialwork.SocialWorkService;
import nl.jeugdregie.plans.internal.socialwork.TrajectoryKind;
import nl.jeugdregie.platform.result.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import nl.jeugdregie.platform.startup.StartupTask;

/**
 * Demo content for PLAN-4 and PLAN-8/9, after the demo module made Oss's users: a family whose son turns 18 in two
 * months without a future plan (on the "Bijna 18" worklist of CJG Oss Noord), an adult trajectory due for its
 * evaluation and a registration still waiting for its first conversation. Runs once, through the services, so the
 * rules and the audit apply as for real work.
 */
@Component
@Profile("demo")
@Order(20)
class PlansDemoData implements StartupTask {

	private static final Logger LOG = LoggerFactory.getLogger(PlansDemoData.class);

	private final UserAccounts accounts;
	private final HouseholdService households;
	private final HelpRequestRegistration registration;
	private final SocialWorkService socialWork;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final String professional;

	PlansDemoData(UserAccounts accounts, HouseholdService households, HelpRequestRegistration registration, SocialWorkService socialWork, JdbcClient jdbc,
			Clock clock, @Value("${jeugdregie.demo.plans-professional:professional}") String professional) {
		this.accounts = accounts;
		this.households = households;
		this.registration = registration;
		this.socialWork = socialWork;
		this.jdbc = jdbc;
		this.clock = clock;
		this.professional = professional;
	}

	@Override
	public void start() {
		var found = accounts.find(professional);
		if (found.isEmpty() || jdbc.sql("select count(*) from social_work_trajectory where municipality_code = ?")
				.param(found.get().municipality().value()).query(Long.class).single() > 0) {
			return;
		}
		var user = found.get();
		var today = LocalDate.now(clock);
		var request = registration.register(new RegisterHelpRequest("Emre", "Yilmaz", today.minusYears(18).plusDays(60),
				null, "Ayse Yilmaz", "moeder", Channel.PHONE, Referrer.PARENT,
				"Emre wordt bijna 18; zijn moeder maakt zich zorgen over school en wonen."), user,
				clock.instant().minus(java.time.Duration.ofDays(30)));
		if (request instanceof RegistrationResult.Registered registered
				&& households.create(new Commands.NewHousehold(registered.id().value(), "Gezin Yilmaz"), user)
				instanceof Outcome.Done<UUID> saved) {
			var id = new nl.jeugdregie.plans.HouseholdId(saved.value());
			households.addMember(id, 0, new Commands.NewMember("Ayse Yilmaz", today.minusYears(44), MemberRole.PARENT, "moeder", null), user);
			households.addMember(id, 1, new Commands.NewMember("Emre Yilmaz", today.minusYears(18).plusDays(60),
					MemberRole.YOUNG_PERSON, "zoon", null), user);
			households.addMember(id, 2, new Commands.NewMember("Elif Yilmaz", today.minusYears(12).minusDays(40),
					MemberRole.YOUNG_PERSON, "dochter", null), user);
		}
		var registeredOn = today.minusMonths(5).minusDays(10);
		if (socialWork.register(new SocialWorkCommands.NewTrajectory("Henk Visser", LocalDate.of(1968, 3, 14),
				"Ik heb mijn baan verloren en de rekeningen stapelen zich op.", registeredOn), user)
				instanceof Outcome.Done<UUID> saved) {
			var id = new SocialWorkTrajectoryId(saved.value());
			socialWork.recordClarificationConversation(id, 0, new SocialWorkCommands.Conversation(registeredOn.plusDays(16),
					"Kennismaking; Henk brengt zijn post mee."), user);
			socialWork.recordClarificationConversation(id, 1, new SocialWorkCommands.Conversation(registeredOn.plusDays(23),
					"Overzicht van schulden gemaakt; zoon helpt met de administratie."), user);
			socialWork.completeClarification(id, 2, new SocialWorkCommands.Clarified(registeredOn.plusDays(23),
					"Henk wil grip op zijn geld en weer werk. Zoon Bas helpt met de post; schuldhulp via de gemeente.",
					TrajectoryKind.REGULAR, null), user);
		}
		socialWork.register(new SocialWorkCommands.NewTrajectory("Greet Hendriks", LocalDate.of(1951, 9, 2),
				"Sinds mijn man is overleden kom ik de deur bijna niet meer uit.", today.minusWeeks(5)), user);
		LOG.info("Demo future plan and social work content generated");
	}
}
