package nl.jeugdregie.steering.internal.norms;

import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.steering.internal.assignment.RefusalMessages;
import nl.jeugdregie.steering.internal.assignment.SteeringChange;
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
	private final RefusalMessages refusals;
	private final CurrentUsers users;
	private final Clock clock;

	NormPageController(NormService service, SteeringService steering, RefusalMessages refusals, CurrentUsers users,
			Clock clock) {
		this.service = service;
		this.steering = steering;
		this.refusals = refusals;
		this.users = users;
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
		var result = service.deliverFigure(users.current(), id, period, value, evidence(evidence));
		return switch (result) {
			case SteeringChange.Saved saved -> {
				redirect.addFlashAttribute("confirmation", refusals.text("steering.figureSaved"));
				yield "redirect:/sturing/normen/" + id;
			}
			case SteeringChange.NotFound notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case SteeringChange.Refused refused -> {
				forbidIfNotPermitted(refused);
				yield normPage(id, model, errors(refused), typed("period", period, "value", value));
			}
		};
	}

	@PostMapping("/{id}/oorzaakanalyse")
	String causeAnalysis(@PathVariable long id, @RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String analysis, Model model, RedirectAttributes redirect) {
		var result = service.recordCauseAnalysis(users.current(), id, period, analysis);
		return switch (result) {
			case SteeringChange.Saved saved -> {
				redirect.addFlashAttribute("confirmation", refusals.text("steering.causeAnalysisSaved"));
				yield "redirect:/sturing/normen/" + id;
			}
			case SteeringChange.NotFound notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case SteeringChange.Refused refused -> {
				forbidIfNotPermitted(refused);
				yield normPage(id, model, errors(refused), typed("analysis", analysis, "period", period));
			}
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
				redirect.addFlashAttribute("confirmation", refusals.text("steering.figuresImported", imported.figures()));
				yield "redirect:/sturing/normen";
			}
			case NormService.UploadRefused refused -> {
				if (refused.problems().stream().anyMatch(p -> p.refusal().code().equals(SteeringService.NOT_PERMITTED))) {
					throw new ResponseStatusException(HttpStatus.FORBIDDEN);
				}
				yield normsPage(model, Map.of(), refused.problems().stream().map(refusals::csvMessage).toList());
			}
		};
	}

	@PostMapping("/kwartaal-afsluiten")
	String closeQuarter(@RequestParam(required = false) @Nullable String quarter, Model model,
			RedirectAttributes redirect) {
		var result = service.closeQuarter(users.current(), quarter);
		return switch (result) {
			case SteeringChange.Saved saved -> {
				redirect.addFlashAttribute("confirmation", refusals.text("steering.quarterClosed", quarter));
				yield "redirect:/sturing/normen";
			}
			case SteeringChange.NotFound notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case SteeringChange.Refused refused -> {
				forbidIfNotPermitted(refused);
				yield normsPage(model, errors(refused), List.of());
			}
		};
	}

	@GetMapping("/bewijs/{id}")
	ResponseEntity<byte[]> evidence(@PathVariable long id) {
		var evidence = service.evidence(users.current(), id)
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
		var evaluation = service.evaluation(user, id)
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

	private Map<String, String> errors(SteeringChange.Refused refused) {
		var errors = new LinkedHashMap<String, String>();
		refused.refusals().forEach(refusal -> errors.merge(refusal.field().isEmpty() ? "general" : refusal.field(),
				refusals.message(refusal), (a, b) -> a + " " + b));
		return errors;
	}

	private static void forbidIfNotPermitted(SteeringChange.Refused refused) {
		if (refused.notPermitted()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

	private static Map<String, String> typed(String key, @Nullable String value, String otherKey,
			@Nullable String other) {
		var typed = new LinkedHashMap<String, String>();
		typed.put(key, value == null ? "" : value);
		typed.put(otherKey, other == null ? "" : other);
		return typed;
	}
}
