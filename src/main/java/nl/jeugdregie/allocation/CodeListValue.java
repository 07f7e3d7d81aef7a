package nl.jeugdregie.allocation;

import java.util.Arrays;
import java.util.Optional;
import nl.jeugdregie.platform.text.Labelled;
import org.jspecify.annotations.Nullable;

/**
 * A value of an iJw code list (WJ756, WMO757): its code in the messages and CSVs, and its Dutch name on screen (an
 * enum label, {@link Labelled}).
 */
public interface CodeListValue extends Labelled {

	String code();

	/** The value of {@code list} with this code (surrounding spaces ignored), if any. */
	static <E extends Enum<E> & CodeListValue> Optional<E> ofCode(Class<E> list, @Nullable String code) {
		var cleaned = code == null ? "" : code.strip();
		return Arrays.stream(list.getEnumConstants()).filter(value -> value.code().equals(cleaned)).findFirst();
	}
}
