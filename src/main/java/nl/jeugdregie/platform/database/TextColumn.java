package nl.jeugdregie.platform.database;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One column of many rows as a {@code text[]} parameter, for statements that write a batch as one array per column
 * ({@code insert … select from unnest(?::text[], …)}, ADR 0054): one short statement whatever the number of rows.
 */
public final class TextColumn {

	private TextColumn() {
	}

	/** The value of each row, in the rows' order; null stays null. */
	public static <T> @Nullable String[] of(List<T> rows, Function<T, @Nullable String> value) {
		var column = new @Nullable String[rows.size()];
		for (var i = 0; i < column.length; i++) {
			column[i] = value.apply(rows.get(i));
		}
		return column;
	}
}
