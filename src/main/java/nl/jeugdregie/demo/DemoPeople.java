package nl.jeugdregie.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;
import nl.jeugdregie.intake.Channel;
import nl.jeugdregie.intake.Referrer;
import nl.jeugdregie.intake.RegisterHelpRequest;

/** Invents plausible young people, carers and questions; every choice comes from the seeded generator. */
final class DemoPeople {

	private static final List<String> GIVEN_NAMES = List.of("Sem", "Noah", "Liam", "Lucas", "Finn", "Daan", "Levi",
			"Luuk", "Mees", "Milan", "Emma", "Julia", "Mila", "Tess", "Sophie", "Zoë", "Nora", "Yara", "Sara", "Lotte",
			"Fleur", "Anna", "Eva", "Ilse", "Ayoub", "Mohammed", "Amira", "Fatima", "Bram", "Jesse", "Thijs", "Ruben");
	private static final List<String> FAMILY_NAMES = List.of("de Jong", "Jansen", "de Vries", "van den Berg",
			"van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos",
			"Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits",
			"de Graaf", "van der Meer", "van den Heuvel", "Verhoeven", "van Erp", "Kuijpers", "El Amrani", "Yilmaz");
	private static final List<String> RELATIONS = List.of("moeder", "vader", "moeder", "vader", "pleegouder",
			"grootouder", "stiefouder");
	private static final List<String> QUESTIONS = List.of(
			"Ouders maken zich zorgen over driftbuien thuis en op school.",
			"Jongere slaapt slecht en gaat niet meer naar school.",
			"Moeder vraagt hulp bij opvoeding na scheiding.",
			"School signaleert terugtrekkend gedrag en somberheid.",
			"Vragen over de ontwikkeling van de taal van een peuter.",
			"Ouders hebben vaak ruzie; kinderen zijn er getuige van.",
			"Jongere gebruikt veel blowen en heeft schulden.",
			"Huisarts verwijst in verband met angstklachten.",
			"Zorgen over eetgedrag van een puber.",
			"Kind heeft een beperking; ouders zijn overbelast.",
			"Jongere van 19 dreigt dakloos te raken.",
			"Pesten op school; kind wil niet meer naar school.",
			"Vragen over ADHD-diagnose en ondersteuning thuis.",
			"Leerplichtambtenaar meldt hoog verzuim.");

	private final RandomGenerator random;

	DemoPeople(RandomGenerator random) {
		this.random = random;
	}

	RegisterHelpRequest helpRequest(LocalDate registeredOn) {
		var age = ageWeightedTowardsSchoolYears();
		var dateOfBirth = registeredOn.minusYears(age).minusDays(random.nextInt(1, 365));
		var familyName = pick(FAMILY_NAMES);
		var minor = age < 18;
		var withCarer = minor ? random.nextInt(10) < 9 : random.nextInt(10) < 2;
		var referrer = referrer(age);
		return new RegisterHelpRequest(pick(GIVEN_NAMES), familyName, dateOfBirth,
				random.nextInt(10) < 6 ? bsn() : null,
				withCarer ? pick(GIVEN_NAMES) + " " + familyName : null, withCarer ? pick(RELATIONS) : null,
				channel(), referrer, pick(QUESTIONS));
	}

	private int ageWeightedTowardsSchoolYears() {
		var roll = random.nextInt(100);
		if (roll < 15) {
			return random.nextInt(0, 4);
		}
		if (roll < 55) {
			return random.nextInt(4, 12);
		}
		if (roll < 90) {
			return random.nextInt(12, 18);
		}
		return random.nextInt(18, 23);
	}

	private Referrer referrer(int age) {
		var roll = random.nextInt(100);
		if (roll < 35) {
			return age >= 16 ? Referrer.YOUNG_PERSON : Referrer.PARENT;
		}
		if (roll < 55) {
			return Referrer.SCHOOL;
		}
		if (roll < 70) {
			return Referrer.GENERAL_PRACTITIONER;
		}
		if (roll < 78) {
			return Referrer.YOUTH_DOCTOR;
		}
		if (roll < 84) {
			return Referrer.VEILIG_THUIS;
		}
		var others = List.of(Referrer.CHILDCARE, Referrer.SOCIAL_TEAM, Referrer.POLICE, Referrer.YOUTH_WORKER,
				Referrer.COMPULSORY_EDUCATION_OFFICER, Referrer.MEDICAL_SPECIALIST, Referrer.CERTIFIED_INSTITUTION);
		return pick(others);
	}

	private Channel channel() {
		var roll = random.nextInt(100);
		return roll < 45 ? Channel.PHONE : roll < 70 ? Channel.ONLINE_FORM : roll < 85 ? Channel.IN_PERSON
				: roll < 95 ? Channel.OUTREACH : Channel.EMAIL;
	}

	/** A made-up number that passes the eleven-test, so the demo exercises BSN handling. */
	String bsn() {
		while (true) {
			var digits = new int[9];
			var sum = 0;
			for (var i = 0; i < 8; i++) {
				digits[i] = i == 0 ? random.nextInt(1, 10) : random.nextInt(10);
				sum += (9 - i) * digits[i];
			}
			var check = sum % 11;
			if (check < 10) {
				digits[8] = check;
				var text = new StringBuilder();
				for (var d : digits) {
					text.append(d);
				}
				return text.toString();
			}
		}
	}

	<T> T pick(List<T> options) {
		return options.get(random.nextInt(options.size()));
	}
}
