package nl.jeugdregie.platform.paging;

import java.util.Optional;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * A page number from 1 and a page size from 1 to {@code maxSize}: no list is read whole at once. A missing number
 * is page 1 and a missing size {@code defaultSize}; text is refused. Each list names its own message codes: the page
 * refusal {@code pageCode}, the size refusal {@code sizeCode} (with the maximum as its argument).
 */
public final class PageWithinBounds<R extends RawPage> implements Policy<R> {

	private final int defaultSize;
	private final int maxSize;
	private final String pageCode;
	private final String sizeCode;

	public PageWithinBounds(int defaultSize, int maxSize, String pageCode, String sizeCode) {
		if (defaultSize < 1 || defaultSize > maxSize || pageCode.isBlank() || sizeCode.isBlank()) {
			throw new IllegalArgumentException("A page holds from 1 row, by default no more than its maximum");
		}
		this.defaultSize = defaultSize;
		this.maxSize = maxSize;
		this.pageCode = pageCode;
		this.sizeCode = sizeCode;
	}

	@Override
	public Optional<Refusal> check(R raw) {
		var page = number(raw.page(), 1);
		if (page == null || page < 1) {
			return Optional.of(Refusal.of("page", pageCode));
		}
		var size = number(raw.size(), defaultSize);
		if (size == null || size < 1 || size > maxSize) {
			return Optional.of(Refusal.of("size", sizeCode, maxSize));
		}
		return Optional.empty();
	}

	/** The number typed, {@code otherwise} when none; null when it is not a number (the check refuses it). */
	public static @Nullable Integer number(@Nullable String value, int otherwise) {
		if (value == null || value.isBlank()) {
			return otherwise;
		}
		try {
			return Integer.valueOf(value.strip());
		} catch (NumberFormatException notANumber) {
			return null;
		}
	}
}
