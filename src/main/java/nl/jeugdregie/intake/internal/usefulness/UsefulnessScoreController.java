package nl.jeugdregie.intake.internal.usefulness;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.UUID;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.intake.UsefulnessScored.Respondent;
import nl.jeugdregie.intake.internal.file.FileAction;
import nl.jeugdregie.intake.internal.file.HelpRequestController;
import nl.jeugdregie.platform.web.Problems;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** MON-3: the usefulness score of a closed request, on its file page and in the REST API. */
@Controller
@Tag(name = "Hulpvragen")
class UsefulnessScoreController {

	private final UsefulnessScoreService service;
	private final HelpRequestController files;
	private final CurrentUsers users;
	private final MessageSource messages;

	UsefulnessScoreController(UsefulnessScoreService service, HelpRequestController files, CurrentUsers users,
			MessageSource messages) {
		this.service = service;
		this.files = files;
		this.users = users;
		this.messages = messages;
	}

	record ScoreBody(@Nullable Respondent respondent, @Nullable Integer score) {}

	@PostMapping("/hulpvragen/{id}/nuttigheid")
	String score(@PathVariable UUID id, @RequestParam(required = false) @Nullable Respondent respondent,
			@RequestParam(required = false) @Nullable Integer score, Model model, RedirectAttributes redirect) {
		return switch (service.record(new HelpRequestId(id), respondent, score, users.current())) {
			case Outcome.Done<String> done -> {
				redirect.addFlashAttribute("message", done.value() + ".");
				yield "redirect:/hulpvragen/" + id;
			}
			case Outcome.Refused<String> refused -> {
				var errors = new LinkedHashMap<String, String>();
				refused.refusals().forEach(v -> errors.putIfAbsent(v.field(), text(v)));
				model.addAttribute("lifecycleForm", "usefulness");
				model.addAttribute("lifecycleErrors", errors);
				yield files.action(id, FileAction.USEFULNESS, model);
			}
			case Outcome.NotFound<String> _, Outcome.Forbidden<String> _ -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Stale<String> _ -> throw new IllegalStateException("Not versioned");
		};
	}

	@GetMapping("/api/v1/help-requests/{id}/usefulness-scores")
	@ResponseBody
	@Operation(summary = "The usefulness scores of a closed request (MON-3)")
	@ApiResponse(responseCode = "200", description = "De scores", content = @Content(array = @ArraySchema(schema = @Schema(implementation = UsefulnessScore.class))))
	ResponseEntity<?> scores(@PathVariable UUID id) {
		return service.read(new HelpRequestId(id), users.current())
				.<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(Problems::notFound);
	}

	@PostMapping("/api/v1/help-requests/{id}/usefulness-scores")
	@ResponseBody
	@Operation(summary = "Record how useful the young person or a parent found the help, 1-10, after closure (MON-3)")
	@ApiResponse(responseCode = "200", description = "De scores na de stap", content = @Content(array = @ArraySchema(schema = @Schema(implementation = UsefulnessScore.class))))
	ResponseEntity<?> record(@PathVariable UUID id, @RequestBody ScoreBody body) {
		return switch (service.record(new HelpRequestId(id), body.respondent(), body.score(), users.current())) {
			case Outcome.Done<String> done -> scores(id);
			case Outcome.Refused<String> refused when refused.refusals().getFirst().code().endsWith("already")
					|| refused.refusals().getFirst().code().endsWith("notClosed") ->
					Problems.conflict(text(refused.refusals().getFirst()));
			case Outcome.Refused<String> refused -> Problems.invalid(refused.refusals().stream()
					.map(v -> new Problems.FieldProblem(v.field(), text(v))).toList());
			case Outcome.NotFound<String> _, Outcome.Forbidden<String> _ -> Problems.notFound();
			case Outcome.Stale<String> _ -> throw new IllegalStateException("Not versioned");
		};
	}

	private String text(Refusal refusal) {
		return messages.getMessage(refusal.code(), refusal.arguments().toArray(), LocaleContextHolder.getLocale());
	}
}
