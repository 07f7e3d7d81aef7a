package nl.jeugdregie.identity.internal.skj;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The page's form of an SKJ registration (SEC-1); a bean so a wrongly typed date is shown back next to its error. */
public class SkjForm {

	private @Nullable String skjNumber;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate skjRegisteredUntil;

	SkjInput input() {
		return new SkjInput(skjNumber, skjRegisteredUntil);
	}

	public @Nullable String getSkjNumber() {
		return skjNumber;
	}

	public void setSkjNumber(@Nullable String skjNumber) {
		this.skjNumber = skjNumber;
	}

	public @Nullable LocalDate getSkjRegisteredUntil() {
		return skjRegisteredUntil;
	}

	public void setSkjRegisteredUntil(@Nullable LocalDate skjRegisteredUntil) {
		this.skjRegisteredUntil = skjRegisteredUntil;
	}
}
