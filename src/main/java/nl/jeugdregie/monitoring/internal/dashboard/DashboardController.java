package nl.jeugdregie.monitoring.internal.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.jeugdregie.monitoring.internal.disclosure.Disclosure;
import nl.jeugdregie.monitoring.internal.disclosure.Figure;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.identity.Team;
import nl.jeugdregie.identity.Teams;
import nl.jeugdregie.intake.Referrer;
import nl.jeugdregie.platform.web.Problems;
import nl.jeugdregie.policy.NormKey;
import nl.jeugdregie.policy.Norms;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The dashboard for team leads and policy officers (MON-1, MON-7, MON-10), for the user's own municipality only;
 * the URL rules keep other roles out (SEC-2). Aggregates only: no request is ever listed.
 */
@Controller
@Tag(name = "Dashboard", description = "The dashboard's aggregate figures per municipality or team, published through the disclosure control (MON-1)")
class DashboardController {

	private final DashboardQueries queries;
	private final CurrentUsers users;
	private final Teams teams;
	private final Norms norms;
	private final Clock clock;
	private final Disclosure disclosure;
	private final InKindProvisionFigures inKind;

	DashboardController(DashboardQueries queries, CurrentUsers users, Teams teams, Norms norms, Clock clock,
			Disclosure disclosure, InKindProvisionFigures inKind) {
		this.inKind = inKind;
		this.queries = queries;
		this.users = users;
		this.teams = teams;
		this.norms = norms;
		this.clock = clock;
		this.disclosure = disclosure;
	}

	@GetMapping("/dashboard")
	String page(@RequestParam(required = false) @Nullable String team,
			@RequestParam(required = false) @Nullable String verwijzer,
			@RequestParam(required = false) @Nullable String van, @RequestParam(required = false) @Nullable String tot,
			Model model) {
		var user = users.current();
		var teamList = teams.ofMunicipality(user.municipality());
		var check = check(user, teamList, team, verwijzer, van, tot);
		model.addAttribute("municipality", municipalityName(user));
		model.addAttribute("teams", teamList);
		model.addAttribute("referrers", Arrays.asList(Referrer.values()));
		model.addAttribute("currentMonth", YearMonth.now(clock));
		var form = new LinkedHashMap<String, @Nullable String>();
		form.put("team", team);
		form.put("verwijzer", verwijzer);
		form.put("van", van);
		form.put("tot", tot);
		model.addAttribute("form", form);
		var errors = new LinkedHashMap<String, String>();
		check.errors().forEach(e -> errors.putIfAbsent(e.field().parameter, e.message()));
		model.addAttribute("errors", errors);
		model.addAttribute("inKindProvisions", InKindProvisions.empty());
		if (check.scope() != null) {
			var scope = check.scope();
			model.addAttribute("inKindProvisions", inKind.of(user.municipality().value(), scope));
			form.put("van", scope.from().toString());
			form.put("tot", scope.to().toString());
			model.addAttribute("dashboard", view(user, teamList, scope));
		}
		return "monitoring/dashboard";
	}

	@GetMapping("/api/v1/dashboard")
	@ResponseBody
	@Operation(summary = "The dashboard's figures for the municipality or a team and period: key figures, norms, triage and in-kind provisions (MON-1, MON-8)")
	@ApiResponse(responseCode = "200", description = "De cijfers van het dashboard", content = @Content(schema = @Schema(implementation = DashboardJson.class)))
	ResponseEntity<?> api(@RequestParam(required = false) @Nullable String team,
			@RequestParam(required = false) @Nullable String referrer,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to) {
		var user = users.current();
		var teamList = teams.ofMunicipality(user.municipality());
		var check = check(user, teamList, team, referrer, from, to);
		if (check.scope() == null) {
			return Problems.invalid(check.errors().stream()
					.map(e -> new Problems.FieldProblem(e.field().apiName, e.message())).toList());
		}
		var scope = check.scope();
		return ResponseEntity.ok(DashboardJson.of(scope, view(user, teamList, scope), inKind.of(user.municipality().value(), scope)));
	}

	private DashboardInput.Result check(CurrentUser user, List<Team> teamList, @Nullable String team,
			@Nullable String referrer, @Nullable String from, @Nullable String to) {
		return DashboardInput.check(user.municipality().value(), teamList.stream().map(t -> t.id().value()).toList(),
				team, referrer, from, to, YearMonth.now(clock));
	}

	private DashboardView view(CurrentUser user, List<Team> teamList, DashboardScope scope) {
		var today = LocalDate.now(clock);
		var figures = queries.figures(scope, today);
		var municipality = user.municipality();
		var normValues = new DashboardView.Norms(
				norms.inEffect(municipality, NormKey.TREATMENT_START_TERM, today).amount(),
				norms.inEffect(municipality, NormKey.MAX_CONVERSATIONS, today).amount(),
				norms.inEffect(municipality, NormKey.ROUTE_TO_CARE_LEAD_TIME, today).amount());
		var name = new StringBuilder("Gemeente ").append(municipalityName(user));
		teamList.stream().filter(t -> t.id().value().equals(scope.team())).findFirst()
				.ifPresent(t -> name.append(", ").append(t.name()));
		if (scope.referrer() != null) {
			name.append(", verwijzer: ").append(scope.referrer().dutchName());
		}
		return DashboardPresenter.present(figures, name.toString(), normValues, disclosure);
	}

	private String municipalityName(CurrentUser user) {
		return teams.municipality(user.municipality()).map(m -> m.name()).orElse(user.municipality().value());
	}

	/** The API's answer: the same published figures and legend as the page, by stable codes. */
	record DashboardJson(String scope, @Nullable String team, @Nullable String referrer, String from, String to,
			String referenceDate, boolean empty, DashboardView.Norms norms, Map<String, Figure> figures,
			Map<String, Figure> shares, Map<String, Trend> trends, Map<String, Figure> triageOutcomes,
			List<DashboardView.MonthRow> months,
			DashboardView.MonthRow total, InKindProvisions inKindProvisions, List<String> legend) {

		static DashboardJson of(DashboardScope scope, DashboardView view, InKindProvisions inKindProvisions) {
			var figures = new LinkedHashMap<String, Figure>();
			var shares = new LinkedHashMap<String, Figure>();
			var trends = new LinkedHashMap<String, Trend>();
			view.keyFigures().forEach(f -> {
				if (f.trend() != null) {
					trends.put(f.code(), f.trend());
				}
				figures.put(f.code(), f.value());
				if (f.share().value() != null || f.share().suppressed()) {
					shares.put(f.code(), f.share());
				}
			});
			var triage = new LinkedHashMap<String, Figure>();
			view.triage().forEach(t -> triage.put(t.code(), t.count()));
			return new DashboardJson(view.scopeName(), scope.team() == null ? null : scope.team().toString(),
					scope.referrer() == null ? null : scope.referrer().name(), scope.from().toString(),
					scope.to().toString(), view.referenceDate().toString(), view.empty(), view.norms(), figures, shares,
					trends, triage, view.months(), view.total(), inKindProvisions, view.legend());
		}
	}
}
