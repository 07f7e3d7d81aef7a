package nl.jeugdregie.steering.internal.assignment;

import java.util.List;
import nl.jeugdregie.platform.web.Problems;
import nl.jeugdregie.steering.internal.norms.QuarterlyFiguresCsv;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/** Says in Dutch why a change was refused, the same on the screens and in the REST API. */
@Component
public class RefusalMessages {

	private final MessageSource messages;

	RefusalMessages(MessageSource messages) {
		this.messages = messages;
	}

	public String message(Refusal refusal) {
		return messages.getMessage(code(refusal), refusal.arguments(), LocaleContextHolder.getLocale());
	}

	public String text(String code, Object... arguments) {
		return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

	/** A CSV problem with its place: "Regel 3, kolom waarde: ...". */
	public String csvMessage(QuarterlyFiguresCsv.CsvProblem problem) {
		var message = message(problem.refusal());
		if (problem.row() <= 0) {
			return message;
		}
		return problem.column().isEmpty() ? text("steering.csv.atRow", problem.row(), message)
				: text("steering.csv.atCell", problem.row(), problem.column(), message);
	}

	public List<Problems.FieldProblem> problems(List<Refusal> refusals) {
		return refusals.stream().map(refusal -> new Problems.FieldProblem(refusal.field(), message(refusal))).toList();
	}

	/** Puts each refusal next to its field, so the form shows it like any other input error. */
	public void reject(BindingResult errors, List<Refusal> refusals) {
		for (var refusal : refusals) {
			if (refusal.field().isEmpty()) {
				errors.reject(code(refusal), refusal.arguments(), null);
			}
			else {
				errors.rejectValue(refusal.field(), code(refusal), refusal.arguments(), null);
			}
		}
	}

	private static String code(Refusal refusal) {
		return "steering.refusal." + refusal.code();
	}
}
