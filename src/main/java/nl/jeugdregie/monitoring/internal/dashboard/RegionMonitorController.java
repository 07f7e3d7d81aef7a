package nl.jeugdregie.monitoring.internal.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.monitoring.internal.disclosure.Disclosure;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.web.Problems;
import nl.jeugdregie.policy.NormKey;
import nl.jeugdregie.policy.Norms;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The regional access-team monitor (MON-9): the member municipalities of the reader's youth-care region side by
 * side, for team leads and policy officers of a member municipality (the URL rules of {@code /dashboard/**} keep
 * other roles out, SEC-2). Aggregates only; the period is checked as on the dashboard.
 */
@Controller
@Tag(name = "Dashboard")
class RegionMonitorController {

	static final String NO_REGION = "Uw gemeente hoort bij geen regio. Daarom is er geen regionale monitor voor u.";

	private final RegionDirectory regions;
	private final DashboardQueries queries;
	private final CurrentUsers users;
	private final Norms norms;
	private final Clock clock;
	private final Disclosure disclosure;

	RegionMonitorController(RegionDirectory regions, DashboardQueries queries, CurrentUsers users, Norms norms,
			Clock clock, Disclosure disclosure) {
		this.regions = regions;
		this.queries = queries;
		this.users = users;
		this.norms = norms;
		this.clock = clock;
		this.disclosure = disclosure;
	}

	@GetMapping("/dashboard/regio")
	String page(@RequestParam(required = false) @Nullable String van,
			@RequestParam(required = false) @Nullable String tot, Model model) {
		var user = users.current();
		var region = regions.regionOf(user.municipality().value());
		model.addAttribute("currentMonth", YearMonth.now(clock));
		var form = new LinkedHashMap<String, @Nullable String>();
		form.put("van", van);
		form.put("tot", tot);
		model.addAttribute("form", form);
		var errors = new LinkedHashMap<String, String>();
		model.addAttribute("errors", errors);
		if (region.isEmpty()) {
			model.addAttribute("noRegion", NO_REGION);
			return "monitoring/region";
		}
		var check = check(user, van, tot);
		check.errors().forEach(e -> errors.putIfAbsent(e.field().parameter, e.message()));
		if (check.scope() != null) {
			form.put("van", check.scope().from().toString());
			form.put("tot", check.scope().to().toString());
			model.addAttribute("region", view(user, region.get(), check.scope()));
		}
		return "monitoring/region";
	}

	@GetMapping("/api/v1/dashboard/region")
	@ResponseBody
	@Operation(summary = "The region's figures per municipality for a period, for the regional monitor (MON-1)")
	@ApiResponse(responseCode = "200", description = "De cijfers per gemeente van de regio", content = @Content(schema = @Schema(implementation = RegionJson.class)))
	ResponseEntity<?> api(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		var user = users.current();
		var region = regions.regionOf(user.municipality().value());
		if (region.isEmpty()) {
			return Problems.of(HttpStatus.NOT_FOUND, "geen-regio", "Geen regio", NO_REGION);
		}
		var check = check(user, from, to);
		if (check.scope() == null) {
			return Problems.invalid(check.errors().stream()
					.map(e -> new Problems.FieldProblem(e.field().apiName, e.message())).toList());
		}
		var scope = check.scope();
		var view = view(user, region.get(), scope);
		return ResponseEntity.ok(new RegionJson(region.get().code(), view.regionName(), scope.from().toString(),
				scope.to().toString(), view.referenceDate().toString(), view.norms(), view.rows(), view.total(),
				view.legend()));
	}

	private DashboardInput.Result check(CurrentUser user, @Nullable String from, @Nullable String to) {
		return DashboardInput.check(user.municipality().value(), List.of(), null, null, from, to, YearMonth.now(clock));
	}

	private RegionView view(CurrentUser user, RegionDirectory.Region region, DashboardScope scope) {
		var today = LocalDate.now(clock);
		var members = region.members().stream()
				.map(m -> new RegionPresenter.MemberFigures(m.code(), m.name(),
						queries.figures(DashboardScope.municipality(m.code(), scope.from(), scope.to()), today)))
				.toList();
		// Labels use the reader's own norms; each municipality's figures were counted against its own norms.
		var municipality = user.municipality();
		var normValues = new DashboardView.Norms(
				norms.inEffect(municipality, NormKey.TREATMENT_START_TERM, today).amount(),
				norms.inEffect(municipality, NormKey.MAX_CONVERSATIONS, today).amount(),
				norms.inEffect(municipality, NormKey.ROUTE_TO_CARE_LEAD_TIME, today).amount());
		return RegionPresenter.present(region.name(), municipality.value(), members, scope.from(), scope.to(), today,
				normValues, disclosure);
	}

	/** The API's answer: the same published rows and legend as the page. */
	record RegionJson(String regionCode, String region, String from, String to, String referenceDate,
			DashboardView.Norms norms, List<RegionView.Row> municipalities, RegionView.Row total,
			List<String> legend) {}
}
