package nl.jeugdregie.findability.internal.onlinerequest;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.Team;
import nl.jeugdregie.identity.Teams;
import nl.jeugdregie.intake.OnlineHelpRequests;
import nl.jeugdregie.intake.RegisterHelpRequest;
import nl.jeugdregie.intake.RegistrationResult;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.policy.NormKey;
import nl.jeugdregie.policy.Norms;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * VIND-3, TOE-2: a resident asks the CJG for help online. In this order: the one-time token (signed by this server,
 * not older than its maximum age, not sent faster than a person fills the form), the honeypot, the limit of requests
 * per source address per hour, every field; then postcode → district → team, and intake registers the request with
 * channel "online formulier". A refusal stores nothing; the token is used, and the address counted, only in the
 * transaction that registers the request. The answer names the reference, never the person's data, and never
 * whether the young person is known.
 */
@Service
public class OnlineRequestService {

	/** What the confirmation page shows. */
	public record Submitted(String reference, String teamName, int termWeeks) {}

	private final OnlineHelpRequests intake;
	private final PostcodeDistricts districts;
	private final Teams teams;
	private final Norms norms;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final FormToken tokens;
	private final int maxPerHour;

	OnlineRequestService(OnlineHelpRequests intake, PostcodeDistricts districts, Teams teams, Norms norms,
			JdbcClient jdbc, Clock clock,
			@Value("${jeugdregie.public-form.minimum-fill-seconds:3}") int minimumFillSeconds,
			@Value("${jeugdregie.public-form.max-per-address-per-hour:5}") int maxPerHour) {
		this.intake = intake;
		this.districts = districts;
		this.teams = teams;
		this.norms = norms;
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxPerHour = maxPerHour;
		this.tokens = new FormToken(Duration.ofSeconds(minimumFillSeconds), Duration.ofHours(2), System::nanoTime);
	}

	String newToken() {
		return tokens.issue();
	}

	int termWeeks(MunicipalityCode municipality) {
		return norms.inEffect(municipality, NormKey.TREATMENT_START_TERM, LocalDate.now(clock)).amount();
	}

	@Transactional
	public Outcome<Submitted> submit(MunicipalityCode municipality, OnlineRequestForm form, String address) {
		var now = clock.instant();
		var today = LocalDate.now(clock);
		var nonce = switch (tokens.check(OnlineRequestForm.text(form.getToken()))) {
			case FormToken.Check.Valid valid -> valid.nonce();
			case FormToken.Check.TooFast tooFast -> null;
			case FormToken.Check.Expired expired -> "";
			case FormToken.Check.Invalid invalid -> "";
		};
		if (nonce == null) {
			return Outcome.refused(Refusal.ofWhole("findability.online.tooFast"));
		}
		if (nonce.isEmpty()) {
			return Outcome.refused(Refusal.ofWhole("findability.online.expired"));
		}
		if (!OnlineRequestForm.text(form.getWebsite()).isEmpty()) {
			return Outcome.refused(Refusal.ofWhole("findability.online.notSent"));
		}
		var addressHash = tokens.hashOf(address);
		var recent = jdbc.sql("select count(*) from findability_submission where address_hash = ? and submitted_at > ?")
				.params(addressHash, Timestamp.from(now.minus(Duration.ofHours(1)))).query(Long.class).single();
		if (recent >= maxPerHour) {
			return Outcome.forbidden("findability.online.tooMany");
		}
		var checked = OnlineRequestFieldsComplete.request(form, today);
		if (!(checked instanceof Outcome.Done<OnlineRequest>(OnlineRequest request))) {
			return (Outcome<Submitted>) (Outcome<?>) checked;
		}
		var district = districts.districtOf(municipality, request.postcode().area(), today);
		if (district.isEmpty()) {
			return Outcome.refused(Refusal.of("postcode", "findability.online.postcode.elsewhere"));
		}
		var team = teamFor(municipality, district.get());
		if (team == null) {
			return Outcome.refused(Refusal.of("postcode", "findability.online.postcode.elsewhere"));
		}
		// One use per token: a second submission of the same form waits here for the first one's commit, then refuses.
		var fresh = jdbc.sql("insert into findability_form_token_used (nonce, used_at) values (?, ?) on conflict do nothing")
				.params(nonce, Timestamp.from(now)).update() == 1;
		if (!fresh) {
			return Outcome.refused(Refusal.ofWhole("findability.online.alreadySent"));
		}
		var result = intake.submit(new RegisterHelpRequest(request.givenName(), request.familyName(),
				request.dateOfBirth(), null, request.carerName(), request.carerRelation(), null, request.who(),
				request.questionWithContact()), team.id(), now);
		return switch (result) {
			case RegistrationResult.Registered registered -> {
				jdbc.sql("insert into findability_submission (address_hash, submitted_at) values (?, ?)")
						.params(addressHash, Timestamp.from(now)).update();
				yield Outcome.done(new Submitted(registered.number(), team.name(), termWeeks(municipality)));
			}
			case RegistrationResult.Refused refused -> {
				// Nothing stored on refusal, also not the token.
				TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
				yield Outcome.refused(refused.refusals().stream()
						.map(r -> new Refusal(field(r.field()), r.code(), r.arguments())).toList());
			}
		};
	}

	private Team teamFor(MunicipalityCode municipality, String district) {
		return teams.servingDistrict(municipality, district)
				.or(() -> teams.ofMunicipality(municipality).stream().findFirst()).orElse(null);
	}

	/** Intake's fields that the public form names differently. */
	private static String field(String intakeField) {
		return switch (intakeField) {
			case "referrer" -> "who";
			case "givenName", "familyName", "dateOfBirth", "carerName", "carerRelation", "question" -> intakeField;
			default -> "";
		};
	}

	/** The administrator's postcode ranges. */
	@Transactional(readOnly = true)
	List<PostcodeDistricts.Range> ranges(CurrentUser administrator) {
		requireAdministrator(administrator);
		return districts.of(administrator.municipality());
	}

	@Transactional
	Outcome<PostcodeRange> addRange(CurrentUser administrator, PostcodeRangeValid.Input input) {
		requireAdministrator(administrator);
		var refusals = PostcodeRangeValid.all(input);
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		var range = PostcodeRangeValid.range(input);
		districts.add(administrator.municipality(), range, administrator.username(), clock.instant());
		return Outcome.done(range);
	}

	/** Demo data: a range from a date. */
	@Transactional
	public void addRange(MunicipalityCode municipality, PostcodeRange range, String by) {
		districts.add(municipality, range, by, clock.instant());
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	private static void requireAdministrator(CurrentUser user) {
		if (user.role() != Role.ADMINISTRATOR) {
			throw new IllegalArgumentException("Only the administrator keeps the postcode ranges");
		}
	}
}
