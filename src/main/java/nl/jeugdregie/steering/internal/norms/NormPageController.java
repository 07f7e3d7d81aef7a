package nl.jeugdregie.steering.internal.norms;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import nl.jeugdregie.steering.internal.norms.NormCommands.NormId;
import nl.jeugdregie.steering.internal.assignment.SteeringService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import nl.jeugdregie.steering.internal.period.NormPeriod;
import nl.jeugdregie.steering.internal.period.ReportingPeriod;

/**
 * The norm screens (STU-5, BEY-3): all norms with met / at risk / missed and the figure behind it; one norm with its
 * delivered figures, evidence, cause analysis and the risks of its type of work. The provider delivers figures
 * (form or CSV file) and cause analyses; the municipality closes quarters. Plain forms, no JavaScript needed.
 */
@Controller
@RequestMapping("/sturing/normen")
class NormPageController {

	private final NormService service;
	private final SteeringService steering;
	private final CurrentUsers users;
	private final OutcomeResponses responses;
	private final Clock clock;

	NormPageController(NormService service, SteeringService steering, CurrentUsers users,
			OutcomeResponses responses, Clock clock) {
		this.service = service;
		this.steering = steering;
		this.users = users;
		this.responses = responses;
		this.clock = clock;
	}

	@GetMapping
	String norms(Model model) {
		return normsPage(model, Map.of(), List.of());
	}

	@GetMapping("/{id}")
	String norm(@PathVariable long id, Model model) {
		return normPage(id, model, Map.of(), Map.of());
	}

	@PostMapping("/{id}/cijfers")
	String deliver(@PathVariable long id, @RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String value,
			@RequestParam(required = false) @Nullable MultipartFile evidence, Model model, RedirectAttributes redirect)
			throws IOException {
		var user = users.current();
		var file = evidence(evidence);
		return switch (deliverable(user, id)
				.then(evaluation -> NormCommands.DeliverFigure.of(evaluation.norm(), period, value, file, today(),
						service.closedQuarters(evaluation.norm())))
				.then(delivery -> service.deliverFigure(user, delivery))) {
			case Outcome.Done<NormId> _ -> {
				redirect.addFlashAttribute("confirmation", responses.text("steering.figureSaved"));
				yield "redirect:/sturing/normen/" + id;
			}
			case Outcome.NotFound<NormId> _ -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Forbidden<NormId> _ -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.Stale<NormId> _ -> throw new IllegalStateException("A delivery is not versioned");
			case Outcome.Refused<NormId> refused ->
					normPage(id, model, errors(refused), typed("period", period, "value", value));
		};
	}

	@PostMapping("/{id}/oorzaakanalyse")
	String causeAnalysis(@PathVariable long id, @RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String analysis, Model model, RedirectAttributes redirect) {
		var user = users.current();
		return switch (deliverable(user, id)
				.then(evaluation -> NormCommands.RecordCauseAnalysis.of(evaluation, period, analysis))
				.then(cause -> service.recordCauseAnalysis(user, cause))) {
			case Outcome.Done<NormId> _ -> {
				redirect.addFlashAttribute("confirmation", responses.text("steering.causeAnalysisSaved"));
				yield "redirect:/sturing/normen/" + id;
			}
			case Outcome.NotFound<NormId> _ -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Forbidden<NormId> _ -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.Stale<NormId> _ -> throw new IllegalStateException("A cause analysis is not versioned");
			case Outcome.Refused<NormId> refused ->
					normPage(id, model, errors(refused), typed("analysis", analysis, "period", period));
		};
	}

	@PostMapping("/upload")
	String upload(@RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable MultipartFile evidence, Model model, RedirectAttributes redirect)
			throws IOException {
		var content = file == null ? new byte[0] : file.getBytes();
		var result = service.upload(users.current(), content, evidence(evidence));
		return switch (result) {
			case NormService.Imported imported -> {
				redirect.addFlashAttribute("confirmation", responses.text("steering.figuresImported", imported.figures()));
				yield "redirect:/sturing/normen";
			}
			case NormService.UploadRefused refused -> {
				if (refused.problems().stream().anyMatch(p -> p.refusal().code().equals(NormService.NOT_PERMITTED))) {
					throw new ResponseStatusException(HttpStatus.FORBIDDEN);
				}
				yield normsPage(model, Map.of(), refused.problems().stream().map(problem -> problem.message(responses)).toList());
			}
		};
	}

	@PostMapping("/kwartaal-afsluiten")
	String closeQuarter(@RequestParam(required = false) @Nullable String quarter, Model model,
			RedirectAttributes redirect) {
		var user = users.current();
		return switch (service.closable(user)
				.then(assignment -> NormCommands.CloseQuarter.of(quarter, today()))
				.then(closing -> service.closeQuarter(user, closing))) {
			case Outcome.Done<ReportingPeriod> _ -> {
				redirect.addFlashAttribute("confirmation", responses.text("steering.quarterClosed", quarter));
				yield "redirect:/sturing/normen";
			}
			case Outcome.NotFound<ReportingPeriod> _ -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Forbidden<ReportingPeriod> _ -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.Stale<ReportingPeriod> _ -> throw new IllegalStateException("Closing a quarter is not versioned");
			case Outcome.Refused<ReportingPeriod> refused -> normsPage(model, errors(refused), List.of());
		};
	}

	@GetMapping("/bewijs/{id}")
	ResponseEntity<byte[]> evidence(@PathVariable long id) {
		var evidence = NormCommands.EvidenceId.of(id).flatMap(file -> service.evidence(users.current(), file))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(evidence.fileName()).build().toString())
				.contentType(MediaType.APPLICATION_OCTET_STREAM)
				.body(evidence.content());
	}

	static NormService.@Nullable EvidenceFile evidence(@Nullable MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			return null;
		}
		var name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "bewijs"
				: file.getOriginalFilename();
		var type = file.getContentType() == null ? "application/octet-stream" : file.getContentType();
		return new NormService.EvidenceFile(name, type, file.getBytes());
	}

	private String normsPage(Model model, Map<String, String> errors, List<String> csvErrors) {
		var user = users.current();
		var assignment = service.assignmentOf(user);
		model.addAttribute("assignment", assignment.orElse(null));
		model.addAttribute("evaluations", service.evaluations(user));
		model.addAttribute("closedQuarters", assignment.map(service::closedQuarters).orElse(List.of()).stream()
				.map(NormPeriod.QUARTER::label).toList());
		model.addAttribute("mayDeliver", NormService.mayDeliver(user) && assignment.isPresent());
		model.addAttribute("mayEdit", SteeringService.mayEdit(user));
		model.addAttribute("errors", errors);
		model.addAttribute("csvErrors", csvErrors);
		return "steering/norms";
	}

	private String normPage(long id, Model model, Map<String, String> errors, Map<String, String> typed) {
		var user = users.current();
		var evaluation = NormId.of(id).flatMap(norm -> service.evaluation(user, norm))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var norm = evaluation.norm();
		model.addAttribute("evaluation", evaluation);
		model.addAttribute("norm", norm);
		model.addAttribute("figures", service.figures(norm));
		model.addAttribute("detail", steering.typeOfWork(user, norm.typeOfWorkId()).orElse(null));
		model.addAttribute("mayDeliver", NormService.mayDeliver(user));
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed);
		model.addAttribute("zone", clock.getZone());
		return "steering/norm";
	}

	private Map<String, String> errors(Outcome.Refused<?> refused) {
		var errors = new LinkedHashMap<String, String>();
		refused.refusals().forEach(refusal -> errors.merge(refusal.concernsWhole() ? "general" : refusal.field(),
				responses.message(refusal), (a, b) -> a + " " + b));
		return errors;
	}

	private Outcome<NormEvaluation> deliverable(CurrentUser user, long id) {
		return NormId.of(id).map(norm -> service.deliverable(user, norm))
				.orElseGet(() -> NormService.mayDeliver(user) ? Outcome.notFound() : Outcome.forbidden(NormService.NOT_PERMITTED));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static Map<String, String> typed(String key, @Nullable String value, String otherKey,
			@Nullable String other) {
		var typed = new LinkedHashMap<String, String>();
		typed.put(key, value == null ? "" : value);
		typed.put(otherKey, other == null ? "" : other);
		return typed;
	}
}
