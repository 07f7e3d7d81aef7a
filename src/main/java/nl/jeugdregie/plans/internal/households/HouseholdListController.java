package nl.jeugdregie.plans.internal.households;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/** The list of households, as a page ({@code /gezinnen}) and in the API ({@code GET /api/v1/households}). */
@Controller
@Tag(name = "Huishoudens")
class HouseholdListController {

	private final HouseholdListService lists;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	HouseholdListController(HouseholdListService lists, CurrentUsers users, OutcomeResponses responses) {
		this.lists = lists;
		this.users = users;
		this.responses = responses;
	}

	@GetMapping(path = "/gezinnen", params = "!hulpvraag")
	String page(@RequestParam(name = "wie", required = false) @Nullable String scope,
			@RequestParam(name = "sorteer", required = false) @Nullable String sort,
			@RequestParam(name = "pagina", required = false) @Nullable String page,
			@RequestParam(name = "aantal", required = false) @Nullable String size, Model model) {
		model.addAttribute("wie", scope == null ? "team" : scope);
		model.addAttribute("sorteer", sort == null ? "naam" : sort);
		return switch (lists.list(users.current(), new HouseholdListService.RawFilter(scope, sort, page, size))) {
			case Outcome.Done<HouseholdListService.Page>(var shown) -> {
				model.addAttribute("list", shown);
				model.addAttribute("query", "?wie=" + (shown.filter().scope() == HouseholdListService.Scope.TEAM ? "team" : "mij")
						+ "&sorteer=" + switch (shown.filter().sort()) {
							case NAME -> "naam";
							case NUMBER -> "nummer";
							case MEETING -> "mdo";
						} + "&aantal=" + shown.filter().size());
				yield "plans/households";
			}
			case Outcome.Refused<HouseholdListService.Page>(var refusals) -> {
				model.addAttribute("filterErrors", refusals.stream().map(responses::message).toList());
				yield "plans/households";
			}
			case Outcome.Forbidden<HouseholdListService.Page> f -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<HouseholdListService.Page> n -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Stale<HouseholdListService.Page> s -> throw new ResponseStatusException(HttpStatus.CONFLICT);
		};
	}

	/** One page of the list in the API; the same fields as the help requests' list. */
	record HouseholdsPage(List<HouseholdListService.Row> items, int page, int size, long total, long pages) {}

	@GetMapping("/api/v1/households")
	@ResponseBody
	@Operation(summary = "The households of the caller's team and those the caller directs, paged (issue 13)")
	@ApiResponse(responseCode = "200", description = "One page of households",
			content = @Content(schema = @Schema(implementation = HouseholdsPage.class)))
	@ApiResponse(responseCode = "400", description = "Unknown scope or sort, page below 1 or size above 100")
	@ApiResponse(responseCode = "403", description = "The caller is not a case worker of a team")
	ResponseEntity<?> api(@Parameter(description = "team or directed (default team)") @RequestParam(required = false) @Nullable String scope,
			@Parameter(description = "name, number or meeting (default name)") @RequestParam(required = false) @Nullable String sort,
			@Parameter(description = "page number from 1") @RequestParam(required = false) @Nullable String page,
			@Parameter(description = "rows per page, 1 to 100 (default 25)") @RequestParam(required = false) @Nullable String size) {
		return responses.toResponse(lists.list(users.current(), new HouseholdListService.RawFilter(scope, sort, page, size)),
				shown -> ResponseEntity.ok(new HouseholdsPage(shown.rows(), shown.filter().page(),
						shown.filter().size(), shown.total(), shown.pages())));
	}
}
