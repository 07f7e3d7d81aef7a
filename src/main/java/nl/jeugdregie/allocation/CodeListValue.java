package nl.jeugdregie.allocation;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A value of an iJw code list (WJ756, WMO757): its code in the messages and CSVs, and its Dutch name on screen. */
public interface CodeListValue {

	String code();

	String dutchName();

	/** The value of {@code list} with this code (surrounding spaces ignored), if any. */
	static <E extends Enum<E> & CodeListValue> Optional<E> ofCode(Class<E> list, @Nullable String code) {
		var cleaned = code == null ? "" : code.strip();
		return Arrays.stream(list.getEnumConstants()).filter(value -> value.code().equals(cleaned)).findFirst();
	}
}
