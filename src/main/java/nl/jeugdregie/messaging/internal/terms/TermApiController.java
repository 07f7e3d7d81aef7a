package nl.jeugdregie.messaging.internal.terms;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.OutcomeResponses;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** TOEW-7, BEY-5: the iJw answer terms in the REST API, with the worklist's filters and paging and the dashboard. */
@RestController
@RequestMapping("/api/v1/ijw")
@Tag(name = "iJw: termijnen", description = "Answer terms of the iJw messages in working days (OP090, OP271, OP272, OP274, OP346)")
class TermApiController {

	private final TermService terms;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	TermApiController(TermService terms, CurrentUsers users, OutcomeResponses responses) {
		this.terms = terms;
		this.users = users;
		this.responses = responses;
	}

	@Schema(name = "IjwTerm")
	record TermItem(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "RETOUR, REQUEST_ANSWER, INVESTIGATION, START_MESSAGE, STOP_MESSAGE or DECLARATION_ANSWER")
			String kind,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The standard's rule, e.g. OP090") String rule,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "allocation, start, stop, allocation_request, change_request, answer or declaration")
			String flow,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Who must act: MUNICIPALITY or PROVIDER") String side,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String providerAgb,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The message that opened the term") String messageType,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String reference,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The message(s) that meet it") String expected,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate startedOn,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate dueOn, @Nullable LocalDate metOn,
			@Nullable String metByType, @Nullable String metByReference,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "IN_TIME, LATE, DUE or OVERDUE") String status) {

		static TermItem of(ListedTerm term) {
			return new TermItem(term.id(), term.kind().name(), term.rule(), term.flow().apiName(), term.side().name(),
					term.providerAgb(), term.messageType().name(), term.reference(), term.kind().expected(term.messageType()),
					term.startedOn(), term.dueOn(), term.metOn(), term.metByType() == null ? null : term.metByType().name(),
					term.metByReference(), term.status().name());
		}
	}

	@Schema(name = "IjwTermPage")
	record TermPage(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<TermItem> items,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) int page,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) int size,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) long total,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) long pages) {}

	@Schema(name = "IjwFlowCounts")
	record FlowItem(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String flow,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String label,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Met on or before the due date") long inTime,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Met after the due date") long late,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Open, due date not passed") long due,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Open past the due date") long overdue) {}

	@Schema(name = "IjwTermSummary")
	record Summary(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate today, @Nullable String providerAgb,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<FlowItem> flows) {}

	@GetMapping("/terms")
	@Operation(summary = "The answer terms that need attention, or as filtered, most urgent first (TOEW-7)")
	@ApiResponse(responseCode = "200", description = "One page of terms",
			content = @Content(schema = @Schema(implementation = TermPage.class)))
	@ApiResponse(responseCode = "400", description = "An unknown filter value, a malformed AGB code, page below 1 or size above 100")
	@ApiResponse(responseCode = "403", description = "The role does not see the worklist, or a provider account is not linked")
	ResponseEntity<?> list(
			@Parameter(description = "allocation, start, stop, allocation_request, change_request, answer, declaration or all (default)")
			@RequestParam(required = false) @Nullable String flow,
			@Parameter(description = "attention (default: due, overdue or late), overdue, due, late, in_time or all")
			@RequestParam(required = false) @Nullable String status,
			@Parameter(description = "a provider's AGB code (eight digits); a provider always gets its own")
			@RequestParam(required = false) @Nullable String provider,
			@Parameter(description = "who must act: municipality, provider or all (default)")
			@RequestParam(required = false) @Nullable String side,
			@Parameter(description = "page number from 1") @RequestParam(required = false) @Nullable String page,
			@Parameter(description = "rows per page, 1 to 100 (default 25)") @RequestParam(required = false) @Nullable String size) {
		return responses.toResponse(terms.list(users.current(), new RawTermFilter(flow, status, provider, side, page, size)),
				list -> ResponseEntity.ok(new TermPage(list.rows().stream().map(TermItem::of).toList(), list.filter().page(),
						list.filter().size(), list.total(), list.pages())));
	}

	@GetMapping("/terms/summary")
	@Operation(summary = "Per message flow the terms answered in time, late, open and overdue today (TOEW-7)")
	@ApiResponse(responseCode = "200", description = "The counts per flow",
			content = @Content(schema = @Schema(implementation = Summary.class)))
	@ApiResponse(responseCode = "400", description = "A malformed AGB code")
	@ApiResponse(responseCode = "403", description = "The role does not see the dashboard, or a provider account is not linked")
	ResponseEntity<?> summary(
			@Parameter(description = "a provider's AGB code (eight digits); a provider always gets its own")
			@RequestParam(required = false) @Nullable String provider) {
		return responses.toResponse(terms.summary(users.current(), provider), summary -> ResponseEntity.ok(new Summary(
				summary.today(), summary.provider() == null ? null : summary.provider().value(),
				summary.flows().stream().map(f -> new FlowItem(f.flow() == null ? "all" : f.flow().apiName(),
						f.flow() == null ? "Alle" : f.flow().label(), f.inTime(), f.late(), f.due(), f.overdue())).toList())));
	}
}
