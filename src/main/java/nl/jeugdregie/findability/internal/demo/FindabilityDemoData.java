package nl.jeugdregie.findability.internal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.findability.AllocationLink;
import nl.jeugdregie.findability.internal.information.Audience;
import nl.jeugdregie.findability.internal.information.InformationService;
import nl.jeugdregie.findability.internal.onlinerequest.OnlineRequestService;
import nl.jeugdregie.findability.internal.onlinerequest.PostcodeRange;
import nl.jeugdregie.findability.internal.publishing.PublicSites;
import nl.jeugdregie.findability.internal.socialmap.SocialMapService.NewLocation;
import nl.jeugdregie.findability.internal.socialmap.SocialMapService.NewOrganization;
import nl.jeugdregie.findability.internal.socialmap.SocialMapService.NewService;
import nl.jeugdregie.findability.internal.socialmap.SocialMapService;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.NewUserAccount;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.Teams;
import nl.jeugdregie.identity.UserAccounts;
import nl.jeugdregie.platform.startup.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo only: gemeente Oss's public CJG site: contact settings, districts of the three teams with their postcode
 * ranges, information pages for parents and young people (one draft), a social map of clearly fictional
 * organisations (one entry overdue for confirmation, one with a reported waiting time) and the editor
 * {@code redacteur}. Runs once, after the general demo data; skipped when Oss has a site.
 */
@Component
@Profile("demo")
@Order(30)
class FindabilityDemoData implements StartupTask {

	private static final Logger LOG = LoggerFactory.getLogger(FindabilityDemoData.class);
	private static final MunicipalityCode OSS = new MunicipalityCode("0828");
	private static final String PASSWORD = "jeugdregie-demo";
	private static final String BY = "redacteur";

	private final PublicSites sites;
	private final InformationService information;
	private final SocialMapService map;
	private final OnlineRequestService requests;
	private final Teams teams;
	private final UserAccounts accounts;
	private final Clock clock;

	FindabilityDemoData(PublicSites sites, InformationService information, SocialMapService map,
			OnlineRequestService requests, Teams teams, UserAccounts accounts, Clock clock) {
		this.sites = sites;
		this.information = information;
		this.map = map;
		this.requests = requests;
		this.teams = teams;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public void start() {
		if (sites.find(OSS).isPresent() || teams.municipality(OSS).isEmpty()) {
			return;
		}
		var today = LocalDate.now(clock);
		if (!accounts.exists("redacteur")) {
			accounts.create(new NewUserAccount("redacteur", PASSWORD, "Eva Janssen", Role.EDITOR, OSS, null));
		}
		districts();
		sites.createForDemo(OSS, "CJG Oss", "0412 000 000", "info@cjg-oss.example",
				"CJG Oss, Raadhuislaan 1 (fictief), 5341 AA Oss\nInloop: maandag tot en met vrijdag van 09:00 tot 12:00 uur",
				BY);
		pages(today);
		socialMap(today);
		LOG.info("Demo public CJG site generated for gemeente Oss");
	}

	private void districts() {
		var byName = java.util.Map.of("CJG Oss Noord", List.of("Oss-Noord"), "CJG Oss Centrum", List.of("Oss-Centrum"),
				"CJG Oss Zuid", List.of("Oss-Zuid", "Ruwaard"));
		for (var team : teams.ofMunicipality(OSS)) {
			var districts = byName.get(team.name());
			if (districts != null) {
				teams.serveDistricts(team.id(), districts);
			}
		}
		var from = LocalDate.of(2020, 1, 1);
		requests.addRange(OSS, new PostcodeRange(5341, 5342, "Oss-Centrum", from), BY);
		requests.addRange(OSS, new PostcodeRange(5343, 5345, "Oss-Noord", from), BY);
		requests.addRange(OSS, new PostcodeRange(5346, 5348, "Ruwaard", from), BY);
		requests.addRange(OSS, new PostcodeRange(5349, 5353, "Oss-Zuid", from), BY);
	}

	private void pages(LocalDate today) {
		var from = today.minusMonths(2);
		information.createPublished(OSS, "huilen-en-slapen", Audience.EVERYONE, "Huilen en slapen",
				"Uw baby huilt veel of slaapt slecht. Wat kunt u doen?", """
				Alle baby's huilen. Sommige baby's huilen veel. Dat is zwaar voor u.

				## Wat kunt u doen?
				- Zorg voor rust en een vast ritme.
				- Leg uw baby op tijd in bed.
				- Vraag hulp als het u te veel wordt.

				## Wanneer belt u ons?
				Huilt uw baby elke dag lang? Of bent u heel moe? Bel het CJG. Wij denken met u mee.""", from, BY);
		information.createPublished(OSS, "grenzen-stellen", Audience.EVERYONE, "Grenzen stellen",
				"Kinderen hebben regels nodig. Hoe doet u dat?", """
				Kinderen leren van regels. Ze weten dan waar ze aan toe zijn.

				## Tips
				- Maak weinig regels, maar houd u eraan.
				- Zeg wat u wel wilt zien.
				- Geef een compliment als het goed gaat.

				Lukt het niet? Dat is normaal. Vraag ons om advies.""", from, BY);
		information.createPublished(OSS, "zo-helpt-het-cjg", Audience.EVERYONE, "Zo helpt het CJG",
				"Wat doet het CJG en hoe gaat dat?", """
				Het CJG helpt ouders, kinderen en jongeren tot 23 jaar. Het is gratis.

				## Hoe gaat het?
				- U stelt uw vraag: aan de balie, via de telefoon of online.
				- Binnen twee weken gaan wij met u aan de slag.
				- Samen kijken we wat u nodig heeft.

				Soms is meer hulp nodig. Dan zoeken we samen de juiste hulp.""", from, BY);
		information.createPublished(OSS, "scheiden-en-kinderen", Audience.EVERYONE, "Scheiden en de kinderen",
				"U gaat uit elkaar. Hoe helpt u uw kinderen?", """
				Een scheiding is moeilijk voor kinderen. Ze hebben u allebei nodig.

				## Wat helpt?
				- Vertel het samen aan uw kinderen.
				- Maak geen ruzie waar de kinderen bij zijn.
				- Luister naar uw kind.""", from, BY);
		information.createPublished(OSS, "stress-en-school", Audience.YOUNG_PEOPLE, "Stress door school?",
				"Toetsen, huiswerk, en dan ook nog thuis gedoe. Herken je dat?", """
				Iedereen heeft weleens stress. Soms wordt het te veel. Dan slaap je slecht of je kunt je niet concentreren.

				## Wat kun je doen?
				- Praat erover met iemand die je vertrouwt.
				- Plan je huiswerk in kleine stukjes.
				- Beweeg elke dag even.

				Blijft het lastig? Stuur ons een bericht. Je mag ook gewoon bellen.""", from, BY);
		information.createPublished(OSS, "ruzie-thuis", Audience.YOUNG_PEOPLE, "Ruzie thuis",
				"Is er vaak ruzie bij jou thuis? Je staat er niet alleen voor.", """
				Ruzie hoort er soms bij. Maar als het vaak gebeurt, is dat zwaar.

				Voel je je niet veilig thuis? Bel Veilig Thuis: 0800 2000. Dat is gratis.

				Wil je erover praten? Het CJG luistert naar jou.""", from, BY);
		information.createDraft(OSS, "schermtijd", Audience.EVERYONE, "Schermtijd",
				"Hoeveel schermtijd is goed voor uw kind?", """
				Kinderen zitten veel achter een scherm. Hoeveel is goed? Dat hangt af van de leeftijd van uw kind,
				en van wat het verder doet op een dag, zoals buiten spelen, sporten en slapen.""", BY);
	}

	private void socialMap(LocalDate today) {
		var recent = today.minusMonths(1);
		map.addOrganization(OSS, new NewOrganization("Opvoedpunt De Brug (fictief)",
				"Fictieve organisatie voor de demo: advies en cursussen over opvoeden.", "https://example.org/debrug", null,
				"0412 000 001", null,
				List.of(new NewLocation("De Brug Centrum", "Voorbeeldstraat 1", "5341 AB", "Oss", "Oss-Centrum")),
				List.of(new NewService("Cursus Positief Opvoeden", "Een cursus van zes avonden voor ouders van kinderen"
						+ " van 2 tot 12 jaar. U leert hoe u grenzen stelt en uw kind prijst.", 2, 12, "0412 000 001", null,
						List.of("opvoeden"), recent),
						new NewService("Spreekuur opvoeden", "Loop binnen met uw vraag over opvoeden. Zonder afspraak.", 0,
								18, null, null, List.of("opvoeden", "ontwikkeling"), recent))));
		map.addOrganization(OSS, new NewOrganization("Jongerenwerk Het Plein (fictief)",
				"Fictieve organisatie voor de demo: jongerenwerk in de wijken.", null, null, null, null,
				List.of(new NewLocation("Het Plein Noord", "Proefplein 5", "5344 CD", "Oss", "Oss-Noord"),
						new NewLocation("Het Plein Ruwaard", "Testlaan 9", "5347 EF", "Oss", "Ruwaard")),
				List.of(new NewService("Inloop voor jongeren", "Elke woensdag en vrijdag open. Chillen, praten, sporten."
						+ " Je kunt ook praten over pesten of stress.", 12, 23, null, null,
						List.of("vrije-tijd", "psychisch"), recent))));
		var linde = new AllocationLink("12345678", "45");
		map.addOrganization(OSS, new NewOrganization("Zorgaanbieder De Linde (fictief)",
				"Fictieve organisatie voor de demo: ambulante jeugdhulp.", "https://example.org/delinde", null, null,
				"aanbieder",
				List.of(new NewLocation("De Linde Oss", "Demoweg 12", "5349 GH", "Oss", "Oss-Zuid")),
				List.of(new NewService("Gezinsbegeleiding", "Een begeleider komt bij u thuis en helpt het gezin met"
						+ " opvoeden en structuur. Met een verwijzing van het CJG.", 0, 18, "0412 000 003", linde,
						List.of("opvoeden", "veiligheid"), today.minusMonths(8)),
						new NewService("Hulp bij angst en somberheid", "Gesprekken voor jongeren die angstig of somber zijn.",
								12, 23, null, null, List.of("psychisch"), recent))));
		map.addOrganization(OSS, new NewOrganization("Schuldhulp Oss (fictief)",
				"Fictieve organisatie voor de demo.", null, null, null, null,
				List.of(new NewLocation("Loket Schuldhulp", "Fictieweg 3", "5342 JK", "Oss", "Oss-Centrum")),
				List.of(new NewService("Hulp bij geldzorgen", "Gratis hulp als u rekeningen niet meer kunt betalen.", 18,
						99, null, null, List.of("geld"), today.minusMonths(7)))));
		map.addOrganization(OSS, new NewOrganization("Sportmaatje (fictief)",
				"Fictieve organisatie voor de demo.", null, null, null, null,
				List.of(new NewLocation("Sporthal Voorbeeld", "Balweg 2", "5345 LM", "Oss", "Oss-Noord")),
				List.of(new NewService("Sporten met een maatje", "Kinderen die moeilijk aansluiting vinden, sporten samen"
						+ " met een vrijwilliger.", 6, 16, null, null, List.of("vrije-tijd"), recent))));
		map.record(linde, 6, today.minusDays(3));
	}
}
