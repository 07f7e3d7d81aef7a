package nl.jeugdregie.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.TreeMap;

/**
 * The generally recognised public holidays of the Algemene termijnenwet (art. 3), which the iJw standard's "werkdagen"
 * follow (ADR 0037): New Year's Day, Easter Monday, King's Day, Liberation Day (5 May, every year: the law names it
 * without the five-yearly condition of collective agreements), Ascension Day, Whit Monday and both Christmas days.
 * Good Friday is not one. Easter and Whit Sunday fall on a Sunday and are named for completeness.
 */
public final class DutchPublicHolidays {

	/** Per year, made once: every working-day count asks for each day it passes (P4 counts terms per message). */
	private static final Map<Integer, Map<LocalDate, String>> YEARS = new java.util.concurrent.ConcurrentHashMap<>();

	private DutchPublicHolidays() {}

	/** The holidays of a year with their Dutch names, in date order (unmodifiable). */
	public static Map<LocalDate, String> of(int year) {
		return YEARS.computeIfAbsent(year, DutchPublicHolidays::make);
	}

	private static Map<LocalDate, String> make(int year) {
		var easter = easterSunday(year);
		var holidays = new TreeMap<LocalDate, String>();
		holidays.put(LocalDate.of(year, Month.JANUARY, 1), "Nieuwjaarsdag");
		holidays.put(easter, "Eerste Paasdag");
		holidays.put(easter.plusDays(1), "Tweede Paasdag");
		holidays.put(kingsDay(year), "Koningsdag");
		holidays.put(LocalDate.of(year, Month.MAY, 5), "Bevrijdingsdag");
		holidays.put(easter.plusDays(39), "Hemelvaartsdag");
		holidays.put(easter.plusDays(49), "Eerste Pinksterdag");
		holidays.put(easter.plusDays(50), "Tweede Pinksterdag");
		holidays.put(LocalDate.of(year, Month.DECEMBER, 25), "Eerste Kerstdag");
		holidays.put(LocalDate.of(year, Month.DECEMBER, 26), "Tweede Kerstdag");
		return java.util.Collections.unmodifiableSortedMap(holidays);
	}

	/** Whether a date is one of the holidays. */
	public static boolean isHoliday(LocalDate date) {
		return of(date.getYear()).containsKey(date);
	}

	/** King's Day: 27 April, or 26 April when the 27th is a Sunday (Wet vaststelling Koningsdag). */
	static LocalDate kingsDay(int year) {
		var day = LocalDate.of(year, Month.APRIL, 27);
		return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(1) : day;
	}

	/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
	static LocalDate easterSunday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = ((h + l - 7 * m + 114) % 31) + 1;
		return LocalDate.of(year, month, day);
	}
}
