package nl.jeugdregie.intake.internal.lists;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.OutcomeResponses;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The lists of help requests in the REST API (issue 13): the same filters, order and paging as the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Hulpvragen")
class RequestListApiController {

	private final RequestListService lists;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	RequestListApiController(RequestListService lists, CurrentUsers users, OutcomeResponses responses) {
		this.lists = lists;
		this.users = users;
		this.responses = responses;
	}

	record Item(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID id,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String number,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) int age,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String state,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate registeredOn,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String crisis, @Nullable String handler,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "OVERDUE, DUE_THIS_WEEK, RUNNING or NONE")
			String normStatus,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String norm,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) long version) {}

	record Page(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Item> items,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) int page,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) int size,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) long total,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) long pages) {}

	@GetMapping("/help-requests")
	@Operation(summary = "The caller's team's help requests with filters, sorting and paging (issue 13)")
	@ApiResponse(responseCode = "200", description = "One page of the list", content = @Content(schema = @Schema(implementation = Page.class)))
	@ApiResponse(responseCode = "400", description = "An unknown filter value, page below 1 or size above 100")
	@ApiResponse(responseCode = "403", description = "The caller is not a case worker of a team")
	ResponseEntity<?> list(
			@Parameter(description = "team, mine or unassigned (default team)") @RequestParam(required = false) @Nullable String scope,
			@Parameter(description = "open, waiting, in_treatment, route, closed or all (default open)")
			@RequestParam(required = false) @Nullable String state,
			@Parameter(description = "any, overdue, due_this_week or within (default any)")
			@RequestParam(required = false) @Nullable String norm,
			@Parameter(description = "true for crises only") @RequestParam(required = false) @Nullable String crisis,
			@Parameter(description = "urgency, deadline, newest, oldest, name or number (default urgency)")
			@RequestParam(required = false) @Nullable String sort,
			@Parameter(description = "page number from 1") @RequestParam(required = false) @Nullable String page,
			@Parameter(description = "rows per page, 1 to 100 (default 25)") @RequestParam(required = false) @Nullable String size) {
		return responses.toResponse(lists.list(users.current(), new RawFilter(scope, state, norm, crisis, sort, page, size),
				ListFilter.worklist()), list -> ResponseEntity.ok(new Page(list.rows().stream()
						.map(r -> new Item(r.id().value(), r.number(), r.name(), r.age(), r.state(), r.registeredOn(),
								r.crisis().name(), r.handler(), r.normStatus().name(), r.norm(), r.version()))
						.toList(), list.filter().page(), list.filter().size(), list.total(), list.pages())));
	}
}
